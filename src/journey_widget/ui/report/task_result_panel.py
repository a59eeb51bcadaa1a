"""The extended task result at the end of the timeline (SPEC C5, D5).

How the conversation ended (the task result, with its legend text), the modality it used,
and whether it was handled within or outside the SLA. "Task result legend…" opens the full
legend of every result.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journey_widget.model import Interaction
from journey_widget.ui.common.formatting import arg, channel_text, outcome_text
from journey_widget.ui.common.labels import (
    failed_label,
    sla_labels,
    task_result_descriptions,
    task_result_labels,
)
from journey_widget.ui.report.task_result_legend import TaskResultLegendDialog


def ended_text(interaction: Interaction) -> str:
    """ "Hangup in Queue (Failed): The customer hung up while the task was queued."""
    if interaction.task_result is None:
        return outcome_text(interaction) or ""
    name = task_result_labels()[interaction.task_result]
    if interaction.task_result.is_failure:
        name = arg(QCoreApplication.translate("TaskResultPanel", "%1 (%2)"), name, failed_label())
    meaning = task_result_descriptions()[interaction.task_result]
    return arg(QCoreApplication.translate("TaskResultPanel", "%1: %2"), name, meaning)


class TaskResultPanel(QWidget):
    legend_requested = Signal()  # after the legend was shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._interaction: Interaction | None = None
        self._ended_caption = QLabel(self)
        self._ended = QLabel(self)
        self._modality_caption = QLabel(self)
        self._modality = QLabel(self)
        self._sla_caption = QLabel(self)
        self._sla = QLabel(self)
        self._legend = QPushButton(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)
        for caption, value in (
            (self._ended_caption, self._ended),
            (self._modality_caption, self._modality),
            (self._sla_caption, self._sla),
        ):
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption.setBuddy(value)
            form.addRow(caption, value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self._legend)
        self._legend_dialog: TaskResultLegendDialog | None = None
        self._legend.clicked.connect(self.on_legend_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._ended_caption.setText(self.tr("How it ended:"))
        self._modality_caption.setText(self.tr("Modality:"))
        self._sla_caption.setText(self.tr("SLA:"))
        self._legend.setText(self.tr("Task result &legend…"))
        self._legend.setAccessibleName(self.tr("Task result legend"))
        self._legend.setAccessibleDescription(self.tr("Every task result and what it means"))
        self.set_interaction(self._interaction)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_interaction(self, interaction: Interaction | None) -> None:
        self._interaction = interaction
        if interaction is None:
            for label in (self._ended, self._modality, self._sla):
                label.clear()
            return
        self._ended.setText(ended_text(interaction) or self.tr("Not recorded"))
        self._modality.setText(channel_text(interaction))
        if interaction.sla is None:
            self._sla.setText(self.tr("Not measured for this conversation"))
        else:
            self._sla.setText(sla_labels()[interaction.sla])
        for caption, value in (
            (self._ended_caption, self._ended),
            (self._modality_caption, self._modality),
            (self._sla_caption, self._sla),
        ):
            value.setAccessibleName(f"{caption.text()} {value.text()}")

    @property
    def legend_dialog(self) -> TaskResultLegendDialog | None:
        return self._legend_dialog

    def on_legend_clicked(self) -> None:
        """Show the full legend (one dialog, raised again on the next click)."""
        if self._legend_dialog is None:
            self._legend_dialog = TaskResultLegendDialog(self.window())
        self._legend_dialog.show()
        self._legend_dialog.raise_()
        self._legend_dialog.activateWindow()
        self.legend_requested.emit()

    def values(self) -> tuple[str, str, str]:
        return self._ended.text(), self._modality.text(), self._sla.text()
