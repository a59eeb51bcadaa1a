"""Status badges (SPEC F3, F5): a rounded pill with the status in words, tinted by a hue.

Colour is never the only signal (G3): the badge always says its status, and a screen reader
gets the same words. The fill is the status hue mixed into the palette's Base, the border is
the hue itself and the text is the palette's Text colour, so a badge keeps its contrast in the
light and the dark theme alike (``badge_colors``; the test computes WCAG contrast for each).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from journey_widget.model import LeadStatus, TicketStatus
from journey_widget.ui.common.workflow_labels import lead_status_labels, ticket_status_labels

PAD_X = 8
PAD_Y = 2

TICKET_HUES: dict[TicketStatus, QColor] = {
    TicketStatus.OPEN: QColor("#1a73e8"),
    TicketStatus.IN_PROGRESS: QColor("#e37400"),
    TicketStatus.PENDING: QColor("#9334e6"),
    TicketStatus.RESOLVED: QColor("#188038"),
    TicketStatus.CLOSED: QColor("#80868b"),
}
LEAD_HUES: dict[LeadStatus, QColor] = {
    LeadStatus.CONTACTED: QColor("#1a73e8"),
    LeadStatus.FOLLOW_UP: QColor("#e37400"),
    LeadStatus.AGREE: QColor("#188038"),
    LeadStatus.DISAGREE: QColor("#d93025"),
}


def _mix(base: QColor, other: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (other.redF() - base.redF()) * amount,
        base.greenF() + (other.greenF() - base.greenF()) * amount,
        base.blueF() + (other.blueF() - base.blueF()) * amount,
    )


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def badge_colors(hue: QColor, palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """(fill, border, text) of a badge of ``hue`` on this palette."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette)
    fill = _mix(base, hue, 0.28 if dark else 0.16)
    border = _mix(hue, palette.color(QPalette.ColorRole.Text), 0.25 if dark else 0.0)
    return fill, border, palette.color(QPalette.ColorRole.Text)


def badge_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    small.setBold(True)
    return small


def badge_size(font: QFont, text: str) -> QSize:
    metrics = QFontMetrics(badge_font(font))
    return QSize(metrics.horizontalAdvance(text) + 2 * PAD_X + 2, metrics.height() + 2 * PAD_Y)


def paint_badge(
    painter: QPainter, rect: QRectF, text: str, hue: QColor, palette: QPalette, font: QFont
) -> None:
    """A pill in ``rect`` (its own size, left-aligned and centred vertically within)."""
    size = badge_size(font, text)
    width = min(float(size.width()), rect.width())
    pill = QRectF(rect.left(), rect.center().y() - size.height() / 2, width, size.height())
    fill, border, ink = badge_colors(hue, palette)
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 1.2))
        painter.setBrush(fill)
        radius = pill.height() / 2
        painter.drawRoundedRect(pill.adjusted(0.6, 0.6, -0.6, -0.6), radius, radius)
        small = badge_font(font)
        painter.setFont(small)
        painter.setPen(ink)
        shown = QFontMetrics(small).elidedText(
            text, Qt.TextElideMode.ElideRight, max(0, round(pill.width()) - 2 * PAD_X)
        )
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)
    finally:
        painter.restore()


def ticket_badge(status: TicketStatus) -> tuple[str, QColor]:
    return ticket_status_labels()[status], TICKET_HUES[status]


def lead_badge(status: LeadStatus) -> tuple[str, QColor]:
    return lead_status_labels()[status], LEAD_HUES[status]


class StatusBadge(QWidget):
    """One badge as a widget (header, ticket detail); its text is its accessible name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._hue = QColor("#80868b")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_badge(self, text: str, hue: QColor) -> None:
        self._text, self._hue = text, QColor(hue)
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        return badge_size(self.font(), self._text)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_badge(
            painter, QRectF(self.rect()), self._text, self._hue, self.palette(), self.font()
        )
        painter.end()
