"""The grid view's item model (SPEC A4, A7, A9): one row per interaction, sortable by any column.

The model holds the journey's interactions as an immutable tuple and formats cells on demand,
so a 10,000-interaction journey costs only what the visible rows cost. Sorting reorders the
rows in place (``sort()``), by the value a column stands for: times by instant, durations and
scores numerically, text case-insensitively, with empty cells last in either order.
``ItemRole.SORT_KEY`` exposes the same keys for a proxy model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from journey_widget.model import Interaction
from journey_widget.ui.common.channel_icons import interaction_icon
from journey_widget.ui.common.formatting import (
    arg,
    channel_text,
    contact_text,
    direction_text,
    format_datetime,
    format_duration,
    format_number,
    outcome_text,
)
from journey_widget.ui.common.icons import failure_dot
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.common.labels import failed_label
from journey_widget.ui.common.read_only_rows import ReadOnlyRows
from journey_widget.ui.common.row_order import follow_rows

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The union of the Campaign Manager and Data Cloud fields of SPEC A7, in reading order."""

    DATE = 0
    CHANNEL = 1
    DIRECTION = 2
    CAMPAIGN = 3
    OUTCOME = 4
    AGENT = 5
    DURATION = 6
    CONTACT = 7
    PREVIOUS_SCORE = 8
    CURRENT_SCORE = 9
    COMMENTS = 10


NUMERIC_COLUMNS = frozenset({Column.DURATION, Column.PREVIOUS_SCORE, Column.CURRENT_SCORE})

# What a column sorts by; None means "no value" and sorts last.
_SORT_KEYS: dict[Column, Callable[[Interaction], Any]] = {
    Column.DATE: lambda i: i.started_at,
    Column.CHANNEL: lambda i: channel_text(i).casefold(),
    Column.DIRECTION: lambda i: direction_text(i).casefold(),
    Column.CAMPAIGN: lambda i: i.campaign.casefold() if i.campaign else None,
    Column.OUTCOME: lambda i: outcome_text(i).casefold() or None,
    Column.AGENT: lambda i: i.last_agent.casefold() if i.last_agent else None,
    Column.DURATION: lambda i: i.duration,
    Column.CONTACT: lambda i: contact_text(i).casefold() or None,
    Column.PREVIOUS_SCORE: lambda i: i.previous_score,
    Column.CURRENT_SCORE: lambda i: i.current_score,
    Column.COMMENTS: lambda i: i.agent_comments.casefold() if i.agent_comments else None,
}


_COLUMNS = tuple(Column)
_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ItemRole.SORT_KEY,
        ItemRole.INTERACTION,
    }
)


def _sort_role_value(value: Any) -> Any:
    """A key a QSortFilterProxyModel compares correctly: numbers for times and durations."""
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, timedelta):
        return value.total_seconds()
    return value


class InteractionTableModel(ReadOnlyRows, QAbstractTableModel):
    """Interactions as table rows; ``set_interactions`` replaces them and keeps the sort."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Interaction, ...] = ()
        self._sort_column = Column.DATE
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._filled: frozenset[Column] = frozenset()

    # --- content ------------------------------------------------------------------------

    def set_interactions(self, interactions: Sequence[Interaction]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(tuple(interactions), self._sort_column, self._sort_order)
        self._filled = frozenset(
            column
            for column in Column
            if any(_SORT_KEYS[column](i) is not None for i in self._rows)
        )
        self.endResetModel()

    def add_interaction(self, interaction: Interaction) -> int:
        """Insert one interaction (a live event) where the current sort puts it; its row."""
        row = self._insertion_row(interaction)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows = (*self._rows[:row], interaction, *self._rows[row:])
        self._filled = self._filled | {c for c in Column if _SORT_KEYS[c](interaction) is not None}
        self.endInsertRows()
        return row

    def _insertion_row(self, interaction: Interaction) -> int:
        """Where a stable sort of the rows plus this one puts it: after its equals.

        A scan, not a re-sort: a live event at the newest edge is found at once.
        """
        key = _SORT_KEYS[self._sort_column]
        value = key(interaction)
        if value is None:
            return len(self._rows)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        for n, row in enumerate(self._rows):
            other = key(row)
            if other is None or (other < value if descending else value < other):
                return n
        return len(self._rows)

    def row_of(self, interaction: Interaction) -> int | None:
        return next((n for n, i in enumerate(self._rows) if i.id == interaction.id), None)

    def interactions(self) -> tuple[Interaction, ...]:
        """The rows in their current (sorted) order."""
        return self._rows

    def interaction(self, row: int) -> Interaction:
        return self._rows[row]

    def retranslate(self) -> None:
        """A new language: headers and every cell (labels, dates, numbers) read anew."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def column_has_data(self, column: int) -> bool:
        """Whether any row has a value here: the view hides columns a source never fills."""
        return column in self._filled

    # --- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headers()[Column(section)]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if section in NUMERIC_COLUMNS
                else Qt.AlignmentFlag.AlignLeft
            )
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask every cell for a dozen roles (font, colours, check state ...): the ones
        # answered here are few, so the rest cost one set lookup (measuring columns asks a lot).
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._rows) or not 0 <= col < len(_COLUMNS):
            return None
        interaction = self._rows[row]
        column = _COLUMNS[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(interaction, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._described(interaction, column) or None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == Column.OUTCOME and interaction.is_failure:
                return failure_dot()
            if column == Column.CHANNEL:
                return interaction_icon(interaction, QGuiApplication.palette())
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if column in NUMERIC_COLUMNS
                else Qt.AlignmentFlag.AlignLeft
            )
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == ItemRole.SORT_KEY:
            return _sort_role_value(_SORT_KEYS[column](interaction))
        if role == ItemRole.INTERACTION:
            return interaction
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._sort_column, self._sort_order = Column(column), order
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        self._rows = self._sorted(old_rows, self._sort_column, order)
        follow_rows(self, old_rows, self._rows, id)
        self.layoutChanged.emit()

    # --- helpers ------------------------------------------------------------------------

    @staticmethod
    def _sorted(
        rows: tuple[Interaction, ...], column: Column, order: Qt.SortOrder
    ) -> tuple[Interaction, ...]:
        """Stable sort by the column's value; rows without one go last in both orders."""
        key = _SORT_KEYS[column]
        keyed = [(key(i), i) for i in rows]
        present = [pair for pair in keyed if pair[0] is not None]
        missing = [i for value, i in keyed if value is None]
        present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return tuple(i for _, i in present) + tuple(missing)

    def _headers(self) -> dict[Column, str]:
        return {
            Column.DATE: self.tr("Date & time"),
            Column.CHANNEL: self.tr("Channel"),
            Column.DIRECTION: self.tr("Direction"),
            Column.CAMPAIGN: self.tr("Campaign"),
            Column.OUTCOME: self.tr("Outcome"),
            Column.AGENT: self.tr("Agent"),
            Column.DURATION: self.tr("Duration"),
            Column.CONTACT: self.tr("Phone number / address"),
            Column.PREVIOUS_SCORE: self.tr("Previous score"),
            Column.CURRENT_SCORE: self.tr("Current score"),
            Column.COMMENTS: self.tr("Agent comments"),
        }

    @staticmethod
    def _display(interaction: Interaction, column: Column) -> str | None:
        match column:
            case Column.DATE:
                return format_datetime(interaction.started_at)
            case Column.CHANNEL:
                return channel_text(interaction)
            case Column.DIRECTION:
                return direction_text(interaction)
            case Column.CAMPAIGN:
                return interaction.campaign
            case Column.OUTCOME:
                return outcome_text(interaction)
            case Column.AGENT:
                return interaction.last_agent
            case Column.DURATION:
                duration = interaction.duration
                return None if duration is None else format_duration(duration)
            case Column.CONTACT:
                return contact_text(interaction) or None
            case Column.PREVIOUS_SCORE:
                score = interaction.previous_score
                return None if score is None else format_number(score)
            case Column.CURRENT_SCORE:
                score = interaction.current_score
                return None if score is None else format_number(score)
            case Column.COMMENTS:
                # One line in the grid; the tooltip and the detail pop-up show all of it.
                comments = interaction.agent_comments
                return " ".join(comments.split()) if comments else None
        return None

    def _described(self, interaction: Interaction, column: Column) -> str:
        """Tooltip and screen-reader text: the full value, and "Failed" beside a red dot."""
        if column == Column.OUTCOME and interaction.is_failure:
            outcome = outcome_text(interaction)
            failed = failed_label()
            return failed if outcome == failed else arg(self.tr("%1: %2"), failed, outcome)
        if column == Column.AGENT and len(interaction.agents) > 1:
            return " → ".join(interaction.agents)
        if column == Column.COMMENTS:
            return interaction.agent_comments or ""
        return self._display(interaction, column) or ""
