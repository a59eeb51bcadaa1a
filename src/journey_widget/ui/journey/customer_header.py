"""Who is calling, at a glance (SPEC H4): name, number, tenant, how much and how it last went.

An agent reads this in the two seconds before answering, so it is four short lines that wrap
rather than cut off when the widget is docked narrow: the name (or the number when the
customer has no name), number and tenant, how many interactions, and the last contact with
its channel and outcome. Repeated failed attempts get their own line with the red dot. The
customer's lead status (SPEC F5) is a badge (colour and words) beside the name line's
details. The campaigns whose lists hold this customer's number (SPEC A1) follow as chips; a
click on one sets the Campaign filter. A language switch rewrites every line.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from journey_widget.model import Journey, display_phone
from journey_widget.model.summary import RECENT_DAYS, summarize
from journey_widget.ui.common.flow_layout import FlowLayout
from journey_widget.ui.common.formatting import (
    arg,
    channel_text,
    format_datetime,
    outcome_text,
    to_local_qdatetime,
)
from journey_widget.ui.common.icons import failure_dot
from journey_widget.ui.common.labels import failed_label
from journey_widget.ui.common.status_badge import StatusBadge, lead_badge
from journey_widget.ui.common.tooltips import plain_tooltip

SEPARATOR = " · "
CHIP_STYLE = (
    "QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 1px 8px; }"
    "QToolButton:hover { background: palette(midlight); }"
    "QToolButton:focus { border: 2px solid palette(highlight); }"
)


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CustomerHeader(QFrame):
    """The summary block above the views; ``set_journey`` fills it."""

    campaign_picked = Signal(str)  # a campaign chip was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Customer"))
        self._name = _label(self)
        self._identity = _label(self)
        self._lead_title = QLabel(self)
        self._lead = StatusBadge(self)
        self._shown: tuple[Journey, datetime | None, datetime | None] | None = None
        self._counts = _label(self)
        self._last_dot = QLabel(self)
        self._last = _label(self)
        self._streak_dot = QLabel(self)
        self._streak = _label(self)
        self._campaigns = QWidget(self)
        self._chips = FlowLayout(self._campaigns, spacing=4)
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
        lead = QHBoxLayout()
        lead.setSpacing(6)
        lead.setContentsMargins(0, 2, 0, 0)
        self._lead_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        lead.addWidget(self._lead_title)
        lead.addWidget(self._lead)
        lead.addStretch(1)
        layout.addLayout(lead)
        self._lead_title.hide()
        self._lead.hide()
        layout.addSpacing(4)
        layout.addWidget(self._counts)
        layout.addLayout(self._dotted_row(self._last_dot, self._last))
        layout.addLayout(self._dotted_row(self._streak_dot, self._streak))
        layout.addSpacing(2)
        layout.addWidget(self._campaigns)
        self._campaigns.setAccessibleName(self.tr("Campaigns listing this customer"))

    @staticmethod
    def _dotted_row(dot: QLabel, text: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        return row

    # --- content ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Every line again, in the language now installed."""
        self.setAccessibleName(self.tr("Customer"))
        self._name.setAccessibleName(self.tr("Customer name"))
        self._campaigns.setAccessibleName(self.tr("Campaigns listing this customer"))
        self._lead_title.setText(self.tr("Lead status:"))
        if self._shown is not None:
            self.set_journey(*self._shown)

    def name_text(self) -> str:
        return self._name.text()

    def lead_text(self) -> str:
        """The lead status badge's words, "" when the customer has none."""
        return self._lead.text() if not self._lead.isHidden() else ""

    def lines(self) -> list[str]:
        """Every visible line, top to bottom (for tests and the accessible description)."""
        labels = (self._name, self._identity, self._counts, self._last, self._streak)
        return [label.text() for label in labels if not label.isHidden() and label.text()]

    def set_journey(
        self, journey: Journey, since: datetime | None = None, now: datetime | None = None
    ) -> None:
        """Show this journey's customer; ``since`` is the start of the period the grid shows."""
        self._shown = (journey, since, now)
        customer = journey.customer
        summary = summarize(journey, now or datetime.now(UTC))
        self._lead_title.setText(self.tr("Lead status:"))
        if customer.lead_status is not None:
            text, hue = lead_badge(customer.lead_status)
            self._lead.set_badge(text, hue)
            self._lead.setAccessibleName(arg(self.tr("Lead status: %1"), text))
        self._lead.setVisible(customer.lead_status is not None)
        self._lead_title.setVisible(customer.lead_status is not None)
        phone = display_phone(customer.primary_phone) if customer.primary_phone else None
        title = customer.name or phone or customer.id
        self._name.setText(title)
        identity = [part for part in (phone, customer.tenant) if part and part != title]
        self._set_line(self._identity, SEPARATOR.join(identity))

        counts = [self._count_text(summary.total, since)]
        if summary.total:
            recent = self._int(summary.recent)
            counts.append(arg(self.tr("%1 in the last %2 days"), recent, self._int(RECENT_DAYS)))
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
        self._set_campaigns(customer.campaigns)
        described = self.lines()[1:]
        if customer.lead_status is not None:
            described.insert(1, self._lead.accessibleName())
        self.setAccessibleDescription(". ".join(described))

    def campaign_chips(self) -> list[QToolButton]:
        return [
            item.widget()
            for index in range(self._chips.count())
            if (item := self._chips.itemAt(index)) is not None
            and isinstance(item.widget(), QToolButton)
        ]

    def _set_campaigns(self, campaigns: tuple[str, ...]) -> None:
        while (item := self._chips.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        if not campaigns:
            self._campaigns.hide()
            return
        title = QLabel(self.tr("Campaigns:"), self._campaigns)
        title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._chips.addWidget(title)
        for name in campaigns:
            chip = QToolButton(self._campaigns)
            chip.setText(name)
            chip.setStyleSheet(CHIP_STYLE)
            chip.setToolTip(plain_tooltip(arg(self.tr("Show only the campaign %1"), name)))
            chip.setAccessibleName(arg(self.tr("Filter by campaign %1"), name))
            chip.clicked.connect(lambda _checked=False, n=name: self.campaign_picked.emit(n))
            self._chips.addWidget(chip)
        self._campaigns.show()

    def _count_text(self, total: int, since: datetime | None) -> str:
        count = self.tr("%Ln interactions", "", total)  # %Ln: "1.234" in German
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
