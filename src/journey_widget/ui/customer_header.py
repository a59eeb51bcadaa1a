"""Who is calling, at a glance (SPEC H4): name, number, tenant, how much and how it last went.

An agent reads this in the two seconds before answering, so it is four short lines that wrap
rather than cut off when the widget is docked narrow: the name (or the number when the
customer has no name), number and tenant, how many interactions, and the last contact with
its channel and outcome. Repeated failed attempts get their own line with the red dot.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..model import Journey, display_phone
from .formatting import arg, channel_text, format_datetime, outcome_text, to_local_qdatetime
from .icons import failure_dot
from .labels import failed_label
from .summary import RECENT_DAYS, summarize

SEPARATOR = " · "


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CustomerHeader(QFrame):
    """The summary block above the grid; ``set_journey`` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Customer"))
        self._name = _label(self)
        self._identity = _label(self)
        self._counts = _label(self)
        self._last_dot = QLabel(self)
        self._last = _label(self)
        self._streak_dot = QLabel(self)
        self._streak = _label(self)
        self._build()

    def _build(self) -> None:
        name_font = QFont(self._name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.35)
        name_font.setBold(True)
        self._name.setFont(name_font)
        self._name.setAccessibleName(self.tr("Customer name"))
        dot = failure_dot().pixmap(12, 12)
        for dot_label in (self._last_dot, self._streak_dot):
            dot_label.setPixmap(dot)
            dot_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            dot_label.setContentsMargins(0, 3, 0, 0)
            dot_label.setToolTip(failed_label())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._name)
        layout.addWidget(self._identity)
        layout.addSpacing(4)
        layout.addWidget(self._counts)
        layout.addLayout(self._dotted_row(self._last_dot, self._last))
        layout.addLayout(self._dotted_row(self._streak_dot, self._streak))

    @staticmethod
    def _dotted_row(dot: QLabel, text: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        return row

    # --- content ------------------------------------------------------------------------

    def name_text(self) -> str:
        return self._name.text()

    def lines(self) -> list[str]:
        """Every visible line, top to bottom (for tests and the accessible description)."""
        labels = (self._name, self._identity, self._counts, self._last, self._streak)
        return [label.text() for label in labels if not label.isHidden() and label.text()]

    def set_journey(
        self, journey: Journey, since: datetime | None = None, now: datetime | None = None
    ) -> None:
        """Show this journey's customer; ``since`` is the start of the period the grid shows."""
        customer = journey.customer
        summary = summarize(journey, now or datetime.now(UTC))
        phone = display_phone(customer.primary_phone) if customer.primary_phone else None
        title = customer.name or phone or customer.id
        self._name.setText(title)
        identity = [part for part in (phone, customer.tenant) if part and part != title]
        self._set_line(self._identity, SEPARATOR.join(identity))

        counts = [self._count_text(summary.total, since)]
        if summary.total:
            counts.append(
                arg(self.tr("%1 in the last %2 days"), self._int(summary.recent), str(RECENT_DAYS))
            )
        self._set_line(self._counts, SEPARATOR.join(counts))

        last = summary.last
        if last is None:
            self._set_line(self._last, "")
            self._last_dot.hide()
        else:
            outcome = outcome_text(last)
            if last.is_failure and outcome != failed_label():
                outcome = arg(self.tr("%1: %2"), failed_label(), outcome)
            parts = [format_datetime(last.started_at), channel_text(last), outcome]
            text = SEPARATOR.join(part for part in parts if part)
            self._set_line(self._last, arg(self.tr("Last contact: %1"), text))
            self._last_dot.setVisible(last.is_failure)

        if summary.failed_streak >= 2:
            streak = self._int(summary.failed_streak)
            self._set_line(self._streak, arg(self.tr("%1 failed attempts in a row"), streak))
            self._streak_dot.show()
        else:
            self._set_line(self._streak, "")
            self._streak_dot.hide()
        self.setAccessibleDescription(". ".join(self.lines()[1:]))

    def _count_text(self, total: int, since: datetime | None) -> str:
        count = self.tr("1 interaction") if total == 1 else self.tr("%n interactions", "", total)
        if since is None:
            return count
        date = QLocale().toString(to_local_qdatetime(since).date(), QLocale.FormatType.ShortFormat)
        return arg(self.tr("%1 since %2"), count, date)

    @staticmethod
    def _int(value: int) -> str:
        return QLocale().toString(value)

    @staticmethod
    def _set_line(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))
