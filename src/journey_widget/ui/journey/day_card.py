"""One interaction as a compact card of the day panel (SPEC A3, A9, E3): words and painting.

A card reads in three lines (four when narrow, where the outcome gets a line of its own)::

    [icon]  14:30  Voice · Inbound                    ● Failed: No answer
            Anna Schmidt · Billing · Winback Q3               Transferred
            Customer asked about the new tariff; sent the brochure …

Agent and queue are the *last* ones (E3); a transferred interaction says so in a tag, and its
tooltip spells the whole path out. The red dot always comes with the word (A9), and every line
is elided, never clipped. ``CardDelegate`` paints inside ``painter.save()`` / ``restore()``
with palette colours, so light and dark both work; the texts come from ``card_lines`` so the
tooltip, the screen reader and the painting say the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journey_widget.model import Interaction, SegmentKind, TaskResult
from journey_widget.ui.common.channel_icons import paint_icon
from journey_widget.ui.common.formatting import (
    arg,
    channel_text,
    direction_text,
    to_local_qdatetime,
)
from journey_widget.ui.common.icons import FAILURE_COLOR
from journey_widget.ui.common.interaction_words import SEPARATOR, describe, outcome_words
from journey_widget.ui.common.item_roles import ItemRole

ICON = 24
PAD = 10  # inside the card
GAP = 4  # between the lines
CARD_MARGIN = 0  # around the card, inside its item rect
NARROW = 440  # narrower cards put the outcome on a line of its own
DOT = 8


_TRANSFER_RESULTS = frozenset({TaskResult.TRANSFERRED_BY_USER, TaskResult.TRANSFERRED_BY_WORKFLOW})


def is_transferred(interaction: Interaction) -> bool:
    """Passed between queues or agents: more than one of either, a transfer segment, or a
    transferred task result. The card then shows the *last* queue and agent (E3)."""
    return (
        len(interaction.queues) > 1
        or len(interaction.agents) > 1
        or interaction.task_result in _TRANSFER_RESULTS
        or any(s.kind is SegmentKind.TRANSFER for s in interaction.segments)
    )


@dataclass(frozen=True, slots=True)
class CardLines:
    time: str
    channel: str
    outcome: str
    people: str  # last agent · last queue · campaign
    comment: str  # the first line of the agent's comments
    failed: bool
    transferred: bool


def card_lines(interaction: Interaction) -> CardLines:
    local = to_local_qdatetime(interaction.started_at).time()
    people = [interaction.last_agent, interaction.last_queue, interaction.campaign]
    comment = (interaction.agent_comments or "").strip().splitlines()
    return CardLines(
        time=QLocale().toString(local, QLocale.FormatType.ShortFormat),
        channel=SEPARATOR.join(
            part for part in (channel_text(interaction), direction_text(interaction)) if part
        ),
        outcome=outcome_words(interaction),
        people=SEPARATOR.join(part for part in people if part),
        comment=comment[0].strip() if comment else "",
        failed=interaction.is_failure,
        transferred=is_transferred(interaction),
    )


def transferred_label() -> str:
    return QCoreApplication.translate("DayCard", "Transferred")


def card_tooltip(interaction: Interaction) -> str:
    """Everything the card shows, labelled, with the transfer path in order (E3).

    A transferred interaction names its last queue and last agent first, then the path."""
    lines = [describe(interaction)]
    arrow = " → "
    agents, queues = interaction.agents, interaction.queues
    if is_transferred(interaction):
        lines.append(transferred_label())
        if interaction.last_queue:
            text = QCoreApplication.translate("DayCard", "Last queue: %1")
            lines.append(arg(text, interaction.last_queue))
        if interaction.last_agent:
            text = QCoreApplication.translate("DayCard", "Last agent: %1")
            lines.append(arg(text, interaction.last_agent))
        if len(queues) > 1:
            text = QCoreApplication.translate("DayCard", "Queues: %1")
            lines.append(arg(text, arrow.join(queues)))
        if len(agents) > 1:
            text = QCoreApplication.translate("DayCard", "Agents: %1")
            lines.append(arg(text, arrow.join(agents)))
    else:
        if agents:
            text = QCoreApplication.translate("DayCard", "Agent: %1")
            lines.append(arg(text, agents[0]))
        if queues:
            text = QCoreApplication.translate("DayCard", "Queue: %1")
            lines.append(arg(text, queues[0]))
    comment = (interaction.agent_comments or "").strip()
    if comment:
        lines.append(arg(QCoreApplication.translate("DayCard", "Comments: %1"), comment))
    return "\n".join(lines)


def card_accessible_text(interaction: Interaction) -> str:
    """What a screen reader says for the card: the tooltip's facts on one line."""
    return card_tooltip(interaction).replace("\n", SEPARATOR)


class CardDelegate(QStyledItemDelegate):
    """Paints a ``CardLines`` card. Narrower than ``NARROW`` the outcome gets its own line."""

    @staticmethod
    def line_count(width: int) -> int:
        return 4 if width < NARROW else 3

    def card_height(self, metrics: QFontMetrics, width: int) -> int:
        lines = self.line_count(width)
        return 2 * PAD + lines * metrics.height() + (lines - 1) * GAP + 2 * CARD_MARGIN

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex):
        view = option.widget
        width = view.card_width() if hasattr(view, "card_width") else 320
        return QSize(width, self.card_height(option.fontMetrics, width))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        interaction = index.data(ItemRole.INTERACTION)
        if not isinstance(interaction, Interaction):
            super().paint(painter, option, index)
            return
        painter.save()
        try:
            self._paint_card(painter, option, interaction)
        finally:
            painter.restore()

    def _paint_card(
        self, painter: QPainter, option: QStyleOptionViewItem, interaction: Interaction
    ) -> None:
        palette = option.palette
        card = QRectF(option.rect).adjusted(CARD_MARGIN, CARD_MARGIN, -CARD_MARGIN, -CARD_MARGIN)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_frame(painter, option, card)
        lines = card_lines(interaction)
        metrics = option.fontMetrics
        line = metrics.height()
        icon = QRectF(card.left() + PAD, card.top() + PAD + (line - ICON) / 2 + 3, ICON, ICON)
        paint_icon(painter, icon, interaction, palette)
        text = _Text(painter, option, left=icon.right() + PAD + 2, right=card.right() - PAD)
        y = card.top() + PAD
        narrow = self.line_count(round(option.rect.width())) == 4

        # The time, the channel and direction; the outcome on the right, or on its own line.
        outcome_width = 0 if narrow else text.outcome_width(lines, 0.5)
        x = text.bold(lines.time, y)
        room = text.right - outcome_width - (12 if outcome_width else 0) - x
        channel = lines.channel
        if metrics.horizontalAdvance(channel) > room:
            channel = channel_text(interaction)  # the icon's arrow still tells the direction
        text.plain(channel, x, y, room)
        if narrow:
            y += line + GAP
            text.outcome(lines, text.left, y, text.right - text.left)
        elif outcome_width:
            text.outcome(lines, text.right - outcome_width, y, outcome_width)

        # The last agent, the last queue, the campaign; "Transferred" on the right.
        y += line + GAP
        tag = self._paint_tag(painter, option, text.right, y, line) if lines.transferred else 0
        text.plain(lines.people, text.left, y, text.right - text.left - (tag + 8 if tag else 0))

        # The first line of the agent's comments.
        y += line + GAP
        if lines.comment:
            text.muted_italic(lines.comment, y)

    @staticmethod
    def _paint_frame(painter: QPainter, option: QStyleOptionViewItem, card: QRectF) -> None:
        palette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(palette.color(QPalette.ColorRole.Base))
        if selected:
            fill = _mix(fill, accent, 0.14)
        elif hovered:
            fill = _mix(fill, palette.color(QPalette.ColorRole.Text), 0.04)
        border = accent if selected or focused else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2.0 if selected and focused else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)

    @staticmethod
    def _paint_tag(painter: QPainter, option: QStyleOptionViewItem, right: float, y, line) -> int:
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.85))
        metrics = QFontMetrics(small)
        text = transferred_label()
        width = metrics.horizontalAdvance(text) + 14
        rect = QRectF(right - width, y + 1, width, line - 2)
        palette = option.palette
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Button))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return width


class _Text:
    """Elided text runs of one card, in the card's fonts and palette colours."""

    def __init__(self, painter: QPainter, option: QStyleOptionViewItem, *, left, right) -> None:
        self.painter, self.left, self.right = painter, left, right
        self.font = option.font
        self.metrics = option.fontMetrics
        self.line = self.metrics.height()
        self.color = option.palette.color(QPalette.ColorRole.Text)
        self.muted = option.palette.color(QPalette.ColorRole.PlaceholderText)

    def plain(self, text: str, x: float, y: float, room: float, color=None) -> None:
        room = max(0, round(room))
        shown = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        self.painter.setFont(self.font)
        self.painter.setPen(color or self.color)
        self.painter.drawText(QRectF(x, y, room, self.line), _LEFT, shown)

    def bold(self, text: str, y: float) -> float:
        """Draws at the left edge; returns where the next run starts."""
        bold = QFont(self.font)
        bold.setBold(True)
        width = QFontMetrics(bold).horizontalAdvance(text)
        self.painter.setFont(bold)
        self.painter.setPen(self.color)
        self.painter.drawText(QRectF(self.left, y, width + 1, self.line), _LEFT, text)
        return self.left + width + 8

    def outcome_width(self, lines: CardLines, share: float) -> int:
        if not lines.outcome:
            return 0
        dot = DOT + 5 if lines.failed else 0
        room = (self.right - self.left) * share
        return round(min(self.metrics.horizontalAdvance(lines.outcome) + dot + 1, room))

    def outcome(self, lines: CardLines, x: float, y: float, room: float) -> None:
        """The outcome; a failure leads with the red dot and the word "Failed" (SPEC A9)."""
        if not lines.outcome:
            return
        if lines.failed:
            self.painter.setPen(Qt.PenStyle.NoPen)
            self.painter.setBrush(FAILURE_COLOR)
            self.painter.drawEllipse(QRectF(x, y + (self.line - DOT) / 2, DOT, DOT))
            x, room = x + DOT + 5, room - DOT - 5
        self.plain(lines.outcome, x, y, room, None if lines.failed else self.muted)

    def muted_italic(self, text: str, y: float) -> None:
        italic = QFont(self.font)
        italic.setItalic(True)
        room = max(0, round(self.right - self.left))
        shown = QFontMetrics(italic).elidedText(text, Qt.TextElideMode.ElideRight, room)
        self.painter.setFont(italic)
        self.painter.setPen(self.muted)
        self.painter.drawText(QRectF(self.left, y, room, self.line), _LEFT, shown)


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _mix(base: QColor, other: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * amount,
        base.greenF() + (other.greenF() - base.greenF()) * amount,
        base.blueF() + (other.blueF() - base.blueF()) * amount,
    )
