"""A ticket's follow-ups in time order (SPEC F4): rescheduling, escalation, status updates.

Each row reads as two or three short lines::

    Escalation · 12.11.26 14:00 · Anna Becker
    Escalated to tier 2.
    Due 14.11.26 09:00 · Overdue

An open follow-up past its due time is overdue: a warning icon AND the word "Overdue" (and the
same in its accessible text), never colour alone. ``FollowUpModel`` is a plain list model
(qtmodeltester); ``FollowUpList`` shows it with the default delegate, which wraps lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QListView,
    QStyle,
    QWidget,
)

from journey_widget.model import FollowUp, FollowUpKind
from journey_widget.ui.common.formatting import arg, format_datetime
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.common.read_only_rows import ReadOnlyRows
from journey_widget.ui.common.tooltips import plain_tooltip
from journey_widget.ui.common.workflow_labels import (
    follow_up_kind_labels,
    overdue_label,
    ticket_status_labels,
)

_Index = QModelIndex | QPersistentModelIndex
SEPARATOR = " · "


def follow_up_lines(follow_up: FollowUp, now: datetime) -> list[str]:
    """The row's lines: what and when (and who), the note, then due / status / done."""
    head = [follow_up_kind_labels()[follow_up.kind], format_datetime(follow_up.at)]
    if follow_up.by:
        head.append(follow_up.by)
    lines = [SEPARATOR.join(head)]
    if follow_up.note:
        lines.append(follow_up.note)
    tail = []
    if follow_up.status is not None:
        status = ticket_status_labels()[follow_up.status]
        tail.append(arg(QCoreApplication.translate("FollowUps", "Status: %1"), status))
    if follow_up.due_at is not None and follow_up.kind is not FollowUpKind.STATUS_UPDATE:
        due = format_datetime(follow_up.due_at)
        tail.append(arg(QCoreApplication.translate("FollowUps", "Due %1"), due))
    if follow_up.is_overdue(now):
        tail.append(overdue_label())
    elif follow_up.done and follow_up.kind is not FollowUpKind.STATUS_UPDATE:
        tail.append(QCoreApplication.translate("FollowUps", "Done"))
    if tail:
        lines.append(SEPARATOR.join(tail))
    return lines


class FollowUpModel(ReadOnlyRows, QAbstractListModel):
    """Follow-ups of one ticket, oldest first (the order they happened)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[FollowUp, ...] = ()
        self._now = datetime.now(UTC)

    def set_follow_ups(self, follow_ups: Sequence[FollowUp], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = tuple(sorted(follow_ups, key=lambda f: f.at))
        self._now = now or datetime.now(UTC)
        self.endResetModel()

    def follow_ups(self) -> tuple[FollowUp, ...]:
        return self._rows

    def overdue_count(self) -> int:
        return sum(1 for f in self._rows if f.is_overdue(self._now))

    def refresh_texts(self) -> None:
        """The language changed: every row's words are new."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        follow_up = self._rows[index.row()]
        overdue = follow_up.is_overdue(self._now)
        if role == ItemRole.FOLLOW_UP:
            return follow_up
        if role == ItemRole.OVERDUE:
            return overdue
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(follow_up_lines(follow_up, self._now))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return SEPARATOR.join(follow_up_lines(follow_up, self._now))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("\n".join(follow_up_lines(follow_up, self._now)))
        if role == Qt.ItemDataRole.DecorationRole and overdue:
            return _warning_icon()
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


class FollowUpList(QListView):
    """The follow-ups of the ticket shown, wrapped, keyboard-browsable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow_up_model = FollowUpModel(self)
        self.setModel(self.follow_up_model)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(3)
        self.setIconSize(QSize(16, 16))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("FollowUps", "Follow-ups"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "FollowUps", "Rescheduling, escalations and status updates, oldest first"
            )
        )
        self.follow_up_model.refresh_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
