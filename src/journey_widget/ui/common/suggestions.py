"""Picking one customer when a search matches several (SPEC C1, D1).

A small popup list under the search field: Up / Down move, Enter or a click picks, Escape
closes, and any other key goes back to the search field so typing simply continues. It is a
plain list view with the Qt.Popup window flag rather than a QCompleter, because a completer
attached to the field would also react to every keystroke and fight the Enter-to-search flow.
The live search fields (report search, operations picker) drive it through one
``customer_completer.CustomerCompleter``; the main window shows it for its Enter-to-search.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from journey_widget.model import CustomerMatch
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.common.read_only_rows import ReadOnlyRows

MAX_VISIBLE_ROWS = 8

_Index = QModelIndex | QPersistentModelIndex


class SuggestionModel(ReadOnlyRows, QAbstractListModel):
    """Customer matches as list rows: "Name · what matched"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: tuple[CustomerMatch, ...] = ()

    def set_matches(self, matches: Sequence[CustomerMatch]) -> None:
        self.beginResetModel()
        self._matches = tuple(matches)
        self.endResetModel()

    def match_at(self, row: int) -> CustomerMatch:
        return self._matches[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        match = self._matches[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            name = match.name or match.customer_id
            return name if match.matched == name else f"{name} · {match.matched}"
        if role == ItemRole.CUSTOMER_ID:
            return match.customer_id
        return None


class SuggestionPopup(QListView):
    """The popup list; emits ``match_picked`` with the chosen customer's id."""

    match_picked = Signal(str)

    def __init__(self, editor: QWidget) -> None:
        # Parented to the editor so it dies with the window; the Popup flag makes it a
        # top-level that closes on an outside click.
        super().__init__(editor)
        self._editor = editor
        self._model = SuggestionModel(self)
        self.setWindowFlags(Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setModel(self._model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._connect_signals()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("SuggestionPopup", "Matching customers"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "SuggestionPopup", "Up and Down choose, Enter opens the customer, Escape closes"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.clicked.connect(self.on_index_chosen)

    def model(self) -> SuggestionModel:
        return self._model

    def show_matches(self, matches: Sequence[CustomerMatch]) -> None:
        """Open under the editor, as wide as it, with the first match selected."""
        self._model.set_matches(matches)
        if not matches:
            self.hide()
            return
        rows = min(len(matches), MAX_VISIBLE_ROWS)
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 6)
        frame = 2 * self.frameWidth()
        self.resize(self._editor.width(), rows * row_height + frame)
        self.move(self._editor.mapToGlobal(QPoint(0, self._editor.height())))
        self.setCurrentIndex(self._model.index(0))
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def on_index_chosen(self, index: QModelIndex) -> None:
        customer_id = index.data(ItemRole.CUSTOMER_ID)
        self.hide()
        if customer_id:
            self.match_picked.emit(customer_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.on_index_chosen(self.currentIndex())
            event.accept()
        elif key == Qt.Key.Key_Escape:
            self.hide()
            event.accept()
        elif key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        ):
            super().keyPressEvent(event)
        else:
            # Typing continues in the search field.
            self.hide()
            self._editor.setFocus(Qt.FocusReason.PopupFocusReason)
            QCoreApplication.sendEvent(self._editor, event)
