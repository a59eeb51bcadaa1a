"""The history list (SPEC C3): a caption and the conversations, newest first.

Several conversations may be selected (Ctrl / Shift): the longest session among them sets the
timeline's scale (SPEC C4), so the supervisor can compare conversations at one scale. The rows
come from ``HistoryModel``; the list's text is plain (no delegate markup) and wraps.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from journey_widget.model.conversation_layout import MIN_SCALE, scale_of
from journey_widget.ui.report.history_model import HistoryModel


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = QLabel(self)
        self._list = QListView(self)
        self._model = HistoryModel(self)
        self._list.setModel(self._model)
        self._list.setWordWrap(True)
        self._list.setUniformItemSizes(False)
        self._list.setSpacing(2)
        self._list.setMinimumWidth(200)
        self._list.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self._caption.setBuddy(self._list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._caption)
        layout.addWidget(self._list, 1)
        self.setFocusProxy(self._list)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._caption.setText(self.tr("&History"))
        self._list.setAccessibleName(self.tr("Conversation history"))
        self._list.setAccessibleDescription(
            self.tr("Newest first; the customer's last interaction is marked.")
        )
        self._model.set_last_id(self._model.last_id)  # the rows' words and dates, again

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def list(self) -> QListView:
        return self._list

    @property
    def model(self) -> HistoryModel:
        return self._model

    def select(self, row: int) -> None:
        self._list.setCurrentIndex(self._model.index(row))

    def selection_scale(self) -> timedelta:
        """The longest session of the selection: the selected conversations, or the current."""
        rows = {index.row() for index in self._list.selectionModel().selectedIndexes()}
        current = self._list.currentIndex()
        if current.isValid():
            rows.add(current.row())
        if not rows:
            return MIN_SCALE
        return scale_of(self._model.interaction_at(row) for row in sorted(rows))
