"""The full task result legend (SPEC D5): every result of how a task can end, and its meaning.

Opened from the report's "Task result legend…" button; a plain, selectable, scrollable text
in the UI language, so a supervisor can read it beside the report or copy a line.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from journey_widget.model import TaskResult
from journey_widget.ui.common.labels import (
    failed_label,
    task_result_descriptions,
    task_result_labels,
)


def legend_html() -> str:
    """The legend as an HTML table (the dialog and the printout use it)."""
    labels, meanings = task_result_labels(), task_result_descriptions()
    rows = []
    for result in TaskResult:
        name = html.escape(labels[result])
        if result.is_failure:
            name += f" <i>({html.escape(failed_label())})</i>"
        rows.append(
            f"<tr><td style='padding:3px 10px 3px 0'><b>{name}</b></td>"
            f"<td style='padding:3px 0'>{html.escape(meanings[result])}</td></tr>"
        )
    return "<table cellspacing='0'>" + "".join(rows) + "</table>"


class TaskResultLegendDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = QTextBrowser(self)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._text)
        layout.addWidget(self._buttons)
        self._buttons.rejected.connect(self.reject)
        self.resize(560, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Task result legend"))
        self._text.setAccessibleName(self.tr("Task results and what they mean"))
        self._text.setHtml(legend_html())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def text(self) -> str:
        return self._text.toPlainText()
