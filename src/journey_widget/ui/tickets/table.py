"""The ticket list (SPEC F3): a table whose status column is painted as badges.

Enter, a double-click (``activated``) or the Right arrow opens the current ticket
(``ticket_opened``); the column headers sort. Docked, the assignee column is hidden and the
last update shows as a date.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from journey_widget.model import Ticket
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.common.status_badge import TICKET_HUES, badge_size, paint_badge
from journey_widget.ui.common.workflow_labels import ticket_status_labels
from journey_widget.ui.tickets.model import TicketColumn, TicketTableModel

_Index = QModelIndex | QPersistentModelIndex
# Columns fit the widest of this many rows: badges and dates are alike, and measuring every
# row of a customer with hundreds of tickets costs more than it shows.
RESIZE_PRECISION = 60


class BadgeDelegate(QStyledItemDelegate):
    """Paints the status column as a badge over the item's normal (selected) background."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        status = index.data(ItemRole.TICKET_STATUS)
        if status is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = QRectF(option.rect).adjusted(6, 2, -4, -2)
        text = ticket_status_labels()[status]
        paint_badge(painter, rect, text, TICKET_HUES[status], option.palette, option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        status = index.data(ItemRole.TICKET_STATUS)
        if status is None:
            return super().sizeHint(option, index)
        size = badge_size(option.font, ticket_status_labels()[status])
        return QSize(size.width() + 10, size.height() + 6)


class TicketTable(QTableView):
    """The ticket list; Enter opens the current ticket (``ticket_opened``)."""

    ticket_opened = Signal(object)  # Ticket

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setStretchLastSection(False)
        self.setItemDelegateForColumn(TicketColumn.STATUS, BadgeDelegate(self))
        self.activated.connect(self._on_activated)

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TicketColumn.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(TicketColumn.UPDATED, Qt.SortOrder.DescendingOrder)

    def current_ticket(self) -> Ticket | None:
        value = self.currentIndex().data(ItemRole.TICKET)
        return value if isinstance(value, Ticket) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right):
            ticket = self.current_ticket()
            if ticket is not None:
                self.ticket_opened.emit(ticket)
                event.accept()
                return
        super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        value = index.data(ItemRole.TICKET)
        if isinstance(value, Ticket):
            self.ticket_opened.emit(value)

    def fit_columns(self, wide: bool) -> None:
        """Docked: no assignee column, and the last update as a date (time in the tooltip)."""
        self.setColumnHidden(TicketColumn.ASSIGNEE, not wide)
        model = self.model()
        if isinstance(model, TicketTableModel):
            model.set_compact(not wide)
