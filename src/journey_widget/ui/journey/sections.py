"""What the journey page adds around its views for issue 6: sections and context menus.

- ``SectionBar``: Interactions | Tickets (n), a tab bar under the customer header (SPEC F3
  "reachable from the journey page"). One short row even docked at 380 px; the page hides
  it when the customer has no tickets, so a source without tickets costs no space.
- ``HistoryContextMenus``: the H3 menu (call back, copy the number, open the case) on an
  item view whose items carry an Interaction: a right-click opens it for the item under the
  mouse, the Menu key or Shift+F10 for the current item, so the keyboard reaches it too.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTabBar, QWidget

from journey_widget.model import Interaction
from journey_widget.ui.common.formatting import arg, format_count
from journey_widget.ui.journey.history_actions import HistoryActions


class SectionKind(StrEnum):
    INTERACTIONS = "interactions"
    TICKETS = "tickets"


_ORDER = (SectionKind.INTERACTIONS, SectionKind.TICKETS)


class SectionBar(QTabBar):
    """Interactions | Tickets (n); ``section_picked`` says which one the agent chose."""

    section_picked = Signal(str)  # SectionKind value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tickets = 0
        self._open = 0
        self.setDocumentMode(True)
        self.setExpanding(False)
        self.setDrawBase(True)
        for _ in _ORDER:
            self.addTab("")
        self.currentChanged.connect(self._on_current_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Journey sections"))
        described = self.tr("Interactions or tickets of this customer; arrow keys switch")
        self.setAccessibleDescription(described)
        self.setToolTip(described)
        self.setTabText(0, self.tr("Interactions"))
        self.setTabToolTip(0, self.tr("Timeline and grid of the interactions"))
        if self._open:
            text = arg(self.tr("Tickets (%1 open)"), format_count(self._open))
        else:
            text = arg(self.tr("Tickets (%1)"), format_count(self._tickets))
        self.setTabText(1, text)
        self.setTabToolTip(1, self.tr("Tickets and their follow-ups"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_ticket_counts(self, total: int, still_open: int) -> None:
        self._tickets, self._open = total, still_open
        self.retranslate_ui()

    @property
    def section(self) -> SectionKind:
        return _ORDER[max(0, self.currentIndex())]

    def show_section(self, section: SectionKind) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(_ORDER.index(section))
        self.blockSignals(False)

    def _on_current_changed(self, index: int) -> None:
        if 0 <= index < len(_ORDER):
            self.section_picked.emit(_ORDER[index].value)


class HistoryContextMenus(QObject):
    """Gives item views the H3 context menu; ``role`` is where their items keep the Interaction.

    ``opened`` reports each menu shown (for tests and the page's selection).
    """

    opened = Signal(object, object)  # QMenu, Interaction

    def __init__(self, actions: HistoryActions, role: int, parent: QObject | None = None):
        super().__init__(parent)
        self._actions = actions
        self._role = role
        self._views: list[QAbstractItemView] = []

    def install(self, view: QAbstractItemView) -> None:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        self._views.append(view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            view = self._view_of(watched)
            if view is not None:
                return self._show(view, event)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            view = self._view_of(watched)
            shift_f10 = event.key() == Qt.Key.Key_F10 and bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if view is not None and (shift_f10 or event.key() == Qt.Key.Key_Menu):
                return self._show_for(view, view.currentIndex(), None)
        return False

    def _view_of(self, watched: QObject) -> QAbstractItemView | None:
        for view in self._views:
            if watched is view or watched is view.viewport():
                return view
        return None

    def _show(self, view: QAbstractItemView, event: QContextMenuEvent) -> bool:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            position = view.viewport().mapFromGlobal(event.globalPos())
            index = view.indexAt(position)
            return self._show_for(view, index, position)
        return self._show_for(view, view.currentIndex(), None)

    def _show_for(
        self, view: QAbstractItemView, index: QModelIndex, position: QPoint | None
    ) -> bool:
        interaction = index.data(self._role) if index.isValid() else None
        if not isinstance(interaction, Interaction):
            return False
        if view.currentIndex() != index:
            view.setCurrentIndex(index)
        if position is None:
            position = view.visualRect(index).center()
        menu = self._actions.menu_for(interaction, view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.opened.emit(menu, interaction)
        menu.popup(view.viewport().mapToGlobal(position))
        return True


def menu_texts(menu: QMenu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]
