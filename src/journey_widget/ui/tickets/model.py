"""The customer's tickets as a sortable table model (SPEC F3): status, subject, updated, assignee.

Newest update first unless the agent sorts otherwise; ``sort`` keeps the choice when the
rows change (another scope, another customer). The status column's display text is the
badge's words, so sorting, the screen reader and the painted badge all agree. Tested with
qtmodeltester.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from journey_widget.model import Ticket, TicketStatus
from journey_widget.ui.common.formatting import arg, format_datetime, to_local_qdatetime
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.common.read_only_rows import ReadOnlyRows
from journey_widget.ui.common.tooltips import plain_tooltip
from journey_widget.ui.common.workflow_labels import ticket_status_labels

_Index = QModelIndex | QPersistentModelIndex


class TicketColumn(IntEnum):
    STATUS = 0
    SUBJECT = 1
    UPDATED = 2
    ASSIGNEE = 3


_STATUS_ORDER = {status: n for n, status in enumerate(TicketStatus)}


def column_title(column: TicketColumn) -> str:
    titles = {
        TicketColumn.STATUS: QCoreApplication.translate("TicketModel", "Status"),
        TicketColumn.SUBJECT: QCoreApplication.translate("TicketModel", "Subject"),
        TicketColumn.UPDATED: QCoreApplication.translate("TicketModel", "Last update"),
        TicketColumn.ASSIGNEE: QCoreApplication.translate("TicketModel", "Assignee"),
    }
    return titles[column]


def ticket_summary(ticket: Ticket) -> str:
    """One line for tooltips and screen readers: status, subject, last update."""
    status = ticket_status_labels()[ticket.status]
    return arg(
        QCoreApplication.translate("TicketModel", "%1 · %2 · updated %3"),
        status,
        ticket.subject,
        format_datetime(ticket.updated_at),
    )


class TicketTableModel(ReadOnlyRows, QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Ticket] = []
        self._sort = (TicketColumn.UPDATED, Qt.SortOrder.DescendingOrder)
        self._compact = False  # docked: the last update as a date, the time in the tooltip

    # --- content ------------------------------------------------------------------------

    def set_tickets(self, tickets: Sequence[Ticket]) -> None:
        self.beginResetModel()
        self._rows = list(tickets)
        self._sort_rows()
        self.endResetModel()

    def tickets(self) -> tuple[Ticket, ...]:
        return tuple(self._rows)

    def set_compact(self, compact: bool) -> None:
        if compact != self._compact:
            self._compact = compact
            self.refresh_texts()

    def refresh_texts(self) -> None:
        """The language changed: headers, badges and dates read anew."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(TicketColumn) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(TicketColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def ticket_at(self, row: int) -> Ticket | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ticket_id: str) -> int | None:
        return next((n for n, t in enumerate(self._rows) if t.id == ticket_id), None)

    # --- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TicketColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(TicketColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(TicketColumn(section))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ticket = self._rows[index.row()]
        column = TicketColumn(index.column())
        if role == ItemRole.TICKET:
            return ticket
        if role == ItemRole.TICKET_STATUS:
            return ticket.status
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(ticket, column, compact=self._compact)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(ticket_summary(ticket))
        return None

    @staticmethod
    def _text(ticket: Ticket, column: TicketColumn, *, compact: bool = False) -> str:
        if column is TicketColumn.STATUS:
            return ticket_status_labels()[ticket.status]
        if column is TicketColumn.SUBJECT:
            return ticket.subject
        if column is TicketColumn.UPDATED:
            if compact:
                day = to_local_qdatetime(ticket.updated_at).date()
                return QLocale().toString(day, QLocale.FormatType.ShortFormat)
            return format_datetime(ticket.updated_at)
        return ticket.assignee or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(TicketColumn):
            return
        self.layoutAboutToBeChanged.emit()
        old = [self.index(r, c) for r in range(len(self._rows)) for c in range(len(TicketColumn))]
        ids = [t.id for t in self._rows]
        self._sort = (TicketColumn(column), order)
        self._sort_rows()
        new_rows = {t.id: n for n, t in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(new_rows[ids[i.row()]], i.column()) for i in old]
        )
        self.layoutChanged.emit()

    def sort_order(self) -> tuple[TicketColumn, Qt.SortOrder]:
        return self._sort

    def _sort_rows(self) -> None:
        column, order = self._sort

        def key(ticket: Ticket) -> tuple:
            if column is TicketColumn.STATUS:
                first: Any = _STATUS_ORDER[ticket.status]
            elif column is TicketColumn.SUBJECT:
                first = ticket.subject.casefold()
            elif column is TicketColumn.ASSIGNEE:
                first = (ticket.assignee or "").casefold()
            else:
                first = ticket.updated_at
            return (first, ticket.updated_at, ticket.id)

        self._rows.sort(key=key, reverse=order is Qt.SortOrder.DescendingOrder)
