"""The conversation history (SPEC C3, D2) as a list model: newest first, one row a conversation.

Each row shows the service name, the start date and time, and a direction icon (inbound, or
outbound / call as a service / callback). The customer's last interaction is marked, bold,
tinted and with the words "Last interaction", and it stays marked whatever the date filter
shows: the window tells the model which interaction is the last one, independently of the
rows it lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from journey_widget.model import Interaction
from journey_widget.ui.common.channel_icons import interaction_icon
from journey_widget.ui.common.formatting import (
    channel_text,
    direction_text,
    format_datetime,
    format_duration,
)
from journey_widget.ui.common.interaction_words import SEPARATOR
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.common.read_only_rows import ReadOnlyRows

_Index = QModelIndex | QPersistentModelIndex


def last_interaction_label() -> str:
    return QCoreApplication.translate("HistoryModel", "Last interaction")


def service_name(interaction: Interaction) -> str:
    """The service, else the campaign, else the channel: a row is never nameless."""
    return interaction.service or interaction.campaign or channel_text(interaction)


def history_line(interaction: Interaction) -> str:
    """One conversation in words: "Service · Inbound · 20.11.26 09:00 · Voice · 0:06:40"."""
    parts = [
        service_name(interaction),
        direction_text(interaction),
        format_datetime(interaction.started_at),
        channel_text(interaction),
    ]
    if interaction.duration is not None:
        parts.append(format_duration(interaction.duration))
    return SEPARATOR.join(parts)


class HistoryModel(ReadOnlyRows, QAbstractListModel):
    """Conversations newest first; ``set_last_id`` marks the customer's last interaction."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Interaction, ...] = ()
        self._last_id: str | None = None

    def set_conversations(
        self, interactions: Sequence[Interaction], last_id: str | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = tuple(sorted(interactions, key=lambda i: i.started_at, reverse=True))
        self._last_id = last_id
        self.endResetModel()

    def set_last_id(self, last_id: str | None) -> None:
        self._last_id = last_id
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    @property
    def last_id(self) -> str | None:
        return self._last_id

    def conversations(self) -> tuple[Interaction, ...]:
        return self._rows

    def row_of(self, interaction_id: str) -> int | None:
        return next((n for n, i in enumerate(self._rows) if i.id == interaction_id), None)

    def interaction_at(self, row: int) -> Interaction:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        interaction = self._rows[index.row()]
        is_last = interaction.id == self._last_id
        if role == Qt.ItemDataRole.DisplayRole:
            when = format_datetime(interaction.started_at)
            second = SEPARATOR.join([when, direction_text(interaction)])
            if is_last:
                second = SEPARATOR.join([second, last_interaction_label()])
            return f"{service_name(interaction)}\n{second}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            line = history_line(interaction)
            return SEPARATOR.join([line, last_interaction_label()]) if is_last else line
        if role == Qt.ItemDataRole.DecorationRole:
            return interaction_icon(interaction, _palette())
        if role == Qt.ItemDataRole.FontRole and is_last:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and is_last:
            tint = QColor(_palette().color(QPalette.ColorRole.Highlight))
            tint.setAlpha(40)
            return tint
        if role == ItemRole.INTERACTION:
            return interaction
        if role == ItemRole.IS_LAST:
            return is_last
        return None


def _palette() -> QPalette:
    return QGuiApplication.palette()
