"""The customer operations history table (SPEC D3, D2): one row per session, newest first.

Columns as the seed lists them: date and time, source, initial service, first queued
service, last connected user, opening hours, issues reported, result, duration, actions.
The last interaction of the whole history (not of the filtered rows) is marked in bold, with
the row's background and the words "last interaction" in its date cell, tooltip and
accessible text, so the mark survives any filter that keeps it and never relies on colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from journey_widget.model import Interaction, Journey, display_identifier
from journey_widget.model.history_filters import HistoryFilters
from journey_widget.ui.common.formatting import (
    arg,
    contact_text,
    format_datetime,
    format_duration,
    outcome_text,
)
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.common.labels import task_result_labels
from journey_widget.ui.common.read_only_rows import ReadOnlyRows
from journey_widget.ui.common.row_order import follow_rows

_Index = QModelIndex | QPersistentModelIndex


class HistoryColumn(IntEnum):
    DATE = 0
    SOURCE = 1
    SERVICE = 2
    QUEUED_SERVICE = 3
    USER = 4
    OPENING_HOURS = 5
    ISSUES = 6
    RESULT = 7
    DURATION = 8
    ACTIONS = 9


def column_titles() -> dict[HistoryColumn, str]:
    return {
        HistoryColumn.DATE: QCoreApplication.translate("OperationsHistory", "Date & time"),
        HistoryColumn.SOURCE: QCoreApplication.translate("OperationsHistory", "Source"),
        HistoryColumn.SERVICE: QCoreApplication.translate("OperationsHistory", "Initial service"),
        HistoryColumn.QUEUED_SERVICE: QCoreApplication.translate(
            "OperationsHistory", "1st queued service"
        ),
        HistoryColumn.USER: QCoreApplication.translate("OperationsHistory", "Last connected user"),
        HistoryColumn.OPENING_HOURS: QCoreApplication.translate(
            "OperationsHistory", "Opening hours"
        ),
        HistoryColumn.ISSUES: QCoreApplication.translate("OperationsHistory", "Issues reported"),
        HistoryColumn.RESULT: QCoreApplication.translate("OperationsHistory", "Result"),
        HistoryColumn.DURATION: QCoreApplication.translate("OperationsHistory", "Duration"),
        HistoryColumn.ACTIONS: QCoreApplication.translate("OperationsHistory", "Actions"),
    }


def result_text(item: Interaction) -> str:
    """The session's result in the Reporting Model's terms (D5), else the source's outcome."""
    if item.task_result is not None:
        return task_result_labels()[item.task_result]
    return outcome_text(item)


def source_text(item: Interaction, journey: Journey) -> str:
    """Who the session was with: the number or address used, else the customer's first one."""
    used = contact_text(item)
    if used:
        return used
    phone = journey.customer.primary_phone
    if phone:
        return display_identifier(phone)
    return journey.customer.name or journey.customer.id


_SORT_KEYS: dict[HistoryColumn, Callable[[Interaction], Any]] = {
    HistoryColumn.DATE: lambda i: i.started_at,
    HistoryColumn.SERVICE: lambda i: (i.service or "").casefold(),
    HistoryColumn.QUEUED_SERVICE: lambda i: (i.first_queued_service or "").casefold(),
    HistoryColumn.USER: lambda i: (i.last_agent or "").casefold(),
    HistoryColumn.OPENING_HOURS: lambda i: (i.opening_hours or "").casefold(),
    HistoryColumn.ISSUES: lambda i: (i.issues_reported or "").casefold(),
    HistoryColumn.RESULT: lambda i: result_text(i).casefold(),
    HistoryColumn.DURATION: lambda i: i.duration.total_seconds() if i.duration else -1.0,
}


class OperationsHistoryModel(ReadOnlyRows, QAbstractTableModel):
    """A journey's sessions, filtered by ``HistoryFilters``, sorted newest first by default."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journey: Journey | None = None
        self._all: tuple[Interaction, ...] = ()
        self._rows: tuple[Interaction, ...] = ()
        self._filters = HistoryFilters()
        self._last_id: str | None = None
        self._sort = (HistoryColumn.DATE, Qt.SortOrder.DescendingOrder)

    # --- what the view uses ----------------------------------------------------------------

    def set_journey(self, journey: Journey | None) -> None:
        self.beginResetModel()
        self._journey = journey
        self._all = journey.interactions if journey is not None else ()
        last = journey.last_interaction if journey is not None else None
        self._last_id = last.id if last is not None else None
        self._rows = self._arranged()
        self.endResetModel()

    def set_filters(self, filters: HistoryFilters) -> None:
        self.beginResetModel()
        self._filters = filters
        self._rows = self._arranged()
        self.endResetModel()

    @property
    def journey(self) -> Journey | None:
        return self._journey

    @property
    def interactions(self) -> Sequence[Interaction]:
        """Every session of the journey, filtered or not (the filters' choices come from it)."""
        return self._all

    @property
    def last_interaction(self) -> Interaction | None:
        return next((i for i in self._all if i.id == self._last_id), None)

    def row_of_last(self) -> int | None:
        """The row of the last interaction, None while a filter hides it."""
        return next((n for n, i in enumerate(self._rows) if i.id == self._last_id), None)

    def interaction_at(self, row: int) -> Interaction:
        return self._rows[row]

    def retranslate(self) -> None:
        """The language changed: headers and cells read again (labels, "last interaction")."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HistoryColumn) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(HistoryColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(HistoryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HistoryColumn):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column_titles()[HistoryColumn(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(HistoryColumn):
            return None
        item = self._rows[index.row()]
        column = HistoryColumn(index.column())
        is_last = item.id == self._last_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column, is_last)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(item, column, is_last)
            if column is HistoryColumn.ACTIONS:
                return QCoreApplication.translate(
                    "OperationsHistory", "Download this session's trace as a JSON file"
                )
            return text
        if role == Qt.ItemDataRole.FontRole and is_last:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and is_last:
            return QGuiApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        if role == Qt.ItemDataRole.ForegroundRole and column is HistoryColumn.ACTIONS:
            return QGuiApplication.palette().brush(QPalette.ColorRole.Link)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is HistoryColumn.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ItemRole.INTERACTION:
            return item
        if role == ItemRole.SORT_KEY:
            key = _SORT_KEYS.get(column)
            return key(item) if key is not None else self._text(item, column, False)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HistoryColumn) or column == HistoryColumn.ACTIONS:
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._sort = (HistoryColumn(column), order)
        self._rows = self._arranged()
        follow_rows(self, old_rows, self._rows, lambda item: item.id)
        self.layoutChanged.emit()

    # --- internals -------------------------------------------------------------------------

    def _arranged(self) -> tuple[Interaction, ...]:
        kept = [i for i in self._all if self._filters.accepts(i, result_text)]
        column, order = self._sort
        key = _SORT_KEYS.get(column)
        if key is None and self._journey is not None:
            journey = self._journey
            key = lambda i: source_text(i, journey).casefold()  # noqa: E731
        if key is not None:
            kept.sort(key=lambda i: (key(i), i.id), reverse=order == Qt.SortOrder.DescendingOrder)
        return tuple(kept)

    def _text(self, item: Interaction, column: HistoryColumn, is_last: bool) -> str:
        if column is HistoryColumn.DATE:
            when = format_datetime(item.started_at)
            if is_last:
                return arg(
                    QCoreApplication.translate("OperationsHistory", "%1 · last interaction"), when
                )
            return when
        if column is HistoryColumn.SOURCE:
            return source_text(item, self._journey) if self._journey is not None else ""
        if column is HistoryColumn.SERVICE:
            return item.service or ""
        if column is HistoryColumn.QUEUED_SERVICE:
            return item.first_queued_service or ""
        if column is HistoryColumn.USER:
            return item.last_agent or ""
        if column is HistoryColumn.OPENING_HOURS:
            return item.opening_hours or ""
        if column is HistoryColumn.ISSUES:
            return item.issues_reported or ""
        if column is HistoryColumn.RESULT:
            return result_text(item)
        if column is HistoryColumn.DURATION:
            return format_duration(item.duration) if item.duration is not None else ""
        return QCoreApplication.translate("OperationsHistory", "Download trace")
