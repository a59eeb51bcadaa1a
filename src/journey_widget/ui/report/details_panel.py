"""Conversation details (SPEC C7): the task completion code and cross-selling code the agent
chose, and the conversation's parameters.

Where the service has no codes configured, the panel says "The feature is not configured for
this service" instead of two empty lines; where codes are configured but none was chosen (yet:
an agent may fill them in later, SPEC C9), it says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from journey_widget.model import Interaction


class DetailsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._interaction: Interaction | None = None
        self._message = QLabel(self)
        self._codes = QFormLayout()
        self._codes.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._tcc_caption, self._tcc = QLabel(self), QLabel(self)
        self._csc_caption, self._csc = QLabel(self), QLabel(self)
        self._codes.addRow(self._tcc_caption, self._tcc)
        self._codes.addRow(self._csc_caption, self._csc)
        self._parameters_caption = QLabel(self)
        self._parameters = QFormLayout()
        self._parameters.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._parameter_labels: list[QLabel] = []
        for label in (self._message, self._tcc, self._csc):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._tcc_caption.setBuddy(self._tcc)
        self._csc_caption.setBuddy(self._csc)
        caption_font = self._parameters_caption.font()
        caption_font.setBold(True)
        self._parameters_caption.setFont(caption_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._message)
        layout.addLayout(self._codes)
        layout.addWidget(self._parameters_caption)
        layout.addLayout(self._parameters)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._tcc_caption.setText(self.tr("Task completion code:"))
        self._csc_caption.setText(self.tr("Cross-selling code:"))
        self._parameters_caption.setText(self.tr("Parameters"))
        self.setAccessibleName(self.tr("Conversation details"))
        self.set_interaction(self._interaction)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def message(self) -> str:
        return self._message.text() if not self._message.isHidden() else ""

    def codes(self) -> tuple[str, str]:
        return self._tcc.text(), self._csc.text()

    def parameters(self) -> list[tuple[str, str]]:
        pairs = self._parameter_labels
        return [(pairs[n].text(), pairs[n + 1].text()) for n in range(0, len(pairs), 2)]

    def set_interaction(self, interaction: Interaction | None) -> None:
        self._interaction = interaction
        configured = interaction is not None and interaction.codes_configured
        chosen = configured and bool(
            interaction.completion_code or interaction.cross_selling_code  # type: ignore[union-attr]
        )
        if interaction is None:
            self._message.setText("")
        elif not interaction.codes_configured:
            self._message.setText(self.tr("The feature is not configured for this service."))
        elif not chosen:
            self._message.setText(self.tr("The agent has not chosen a code for this conversation."))
        self._message.setHidden(interaction is None or chosen)
        for widget in (self._tcc_caption, self._tcc, self._csc_caption, self._csc):
            widget.setHidden(not chosen)
        if chosen:
            none = self.tr("None chosen")
            self._tcc.setText(interaction.completion_code or none)  # type: ignore[union-attr]
            self._csc.setText(interaction.cross_selling_code or none)  # type: ignore[union-attr]
        self._fill_parameters(interaction)

    def _fill_parameters(self, interaction: Interaction | None) -> None:
        while self._parameters.rowCount():
            self._parameters.removeRow(0)
        self._parameter_labels = []
        params = dict(interaction.parameters) if interaction is not None else {}
        self._parameters_caption.setHidden(interaction is None)
        if interaction is not None and not params:
            empty = QLabel(self.tr("No parameters were recorded."), self)
            empty.setWordWrap(True)
            self._parameters.addRow(empty)
        for key, value in sorted(params.items()):
            name, shown = QLabel(f"{key}:", self), QLabel(value, self)
            name.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._parameters.addRow(name, shown)
            self._parameter_labels += [name, shown]
