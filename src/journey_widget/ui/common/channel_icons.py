"""Channel icons (SPEC A6, E2) with their marks: direction arrow, failure dot, live ring.

The glyphs are SVG files in Qt's resource system (``:/icons/<name>.svg``, compiled from the
repository's ``resources/icons``; ui/common/qt_resources.py), rendered by QtSvg once per size
and device pixel ratio and kept as pixmaps. Calls are round, messages square, so shape tells
them apart as well as colour. The marks are drawn on top in code, in palette colours, so they
suit light and dark: an arrow bottom right (inbound points in, outbound out), the red failure
dot top right, and a ring for a live interaction (green and solid live, amber and dashed idle,
grey and dotted inactive; SPEC E4). Colour never stands alone: the ring's line differs, and
``describe`` gives the words for tooltips and screen readers.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QFile, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journey_widget.model import Channel, Direction, Interaction, LiveState, NumberType
from journey_widget.ui.common import qt_resources
from journey_widget.ui.common.icons import FAILURE_COLOR

log = logging.getLogger(__name__)

LIVE_COLORS = {
    LiveState.LIVE: QColor(0x2E, 0xA0, 0x43),
    LiveState.IDLE: QColor(0xE0, 0xA0, 0x00),
    LiveState.INACTIVE: QColor(0x8A, 0x8A, 0x8A),
}
# The ring's line tells the states apart without colour too: solid, dashed, dotted.
LIVE_LINES = {
    LiveState.LIVE: Qt.PenStyle.SolidLine,
    LiveState.IDLE: Qt.PenStyle.DashLine,
    LiveState.INACTIVE: Qt.PenStyle.DotLine,
}

_CHANNEL_FILES = {
    Channel.SMS: "sms",
    Channel.EMAIL: "email",
    Channel.WEB_CHAT: "web-chat",
    Channel.WEB_MESSAGING: "web-messaging",
    Channel.WHATSAPP: "whatsapp",
    Channel.LINE: "line",
    Channel.TWITTER: "twitter",
    Channel.MESSENGER: "messenger",
    Channel.AGENTLESS_NOTIFICATION: "notification",
    Channel.WEB_EVENT: "web-event",
    Channel.CONTENT_OFFER: "content-offer",
    Channel.VIDEO: "video",
}
_CALL_FILES = {
    NumberType.HOME: "call-home-work",
    NumberType.WORK: "call-home-work",
    NumberType.MOBILE: "call-mobile",
    NumberType.OFFICE: "call-office",
}
ICON_NAMES = frozenset({*_CHANNEL_FILES.values(), *_CALL_FILES.values(), "call-other"})

# Room around a composed icon for the marks that reach past the glyph's edge.
PAD = 5
MAX_COMPOSED = 512

_renderers: dict[str, QSvgRenderer | None] = {}
_composed: dict[tuple, QPixmap] = {}
_pixmaps: dict[tuple[str, int, float], QPixmap] = {}


def icon_name(interaction: Interaction) -> str:
    """The glyph's file name: the channel, and for a call the kind of number it used."""
    if interaction.channel is Channel.VOICE:
        return _CALL_FILES.get(interaction.number_type or NumberType.OTHER, "call-other")
    return _CHANNEL_FILES.get(interaction.channel, "call-other")


def _renderer(name: str) -> QSvgRenderer | None:
    if name not in _renderers:
        renderer = None
        path = qt_resources.icon_path(name)
        if not qt_resources.ensure_loaded():
            log.debug("No icon %s: the compiled icons are missing", name)
        elif not QFile.exists(path):
            log.error("There is no icon %s (%s)", name, path)
        else:
            renderer = QSvgRenderer(path)
            if not renderer.isValid():
                log.error("The icon %s is not a valid SVG", name)
                renderer = None
        _renderers[name] = renderer
    return _renderers[name]


def glyph(name: str, size: int, ratio: float = 1.0) -> QPixmap:
    """The SVG rendered at ``size`` logical pixels, cached (a grey disc if it is missing)."""
    key = (name, size, ratio)
    pixmap = _pixmaps.get(key)
    if pixmap is None:
        pixels = max(1, round(size * ratio))
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer = _renderer(name)
        if renderer is not None:
            renderer.render(painter, QRectF(0, 0, pixels, pixels))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0x80, 0x80, 0x80))
            painter.drawEllipse(QRectF(0, 0, pixels, pixels))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        _pixmaps[key] = pixmap
    return pixmap


def failure_dot_rect(icon_rect: QRectF) -> QRectF:
    """Where the red dot sits: the icon's top right corner (tests probe its centre)."""
    d = max(6.0, icon_rect.width() * 0.42)
    return QRectF(icon_rect.right() - d * 0.75, icon_rect.top() - d * 0.25, d, d)


class IconStamp:
    """Draws many icons in one paint: glyph, arrow and dot composed once per look, cached.

    A frame of a few hundred icons then costs a few hundred ``drawPixmap`` calls; the
    painter's ratio and the palette are looked up once per frame, not per icon.
    """

    def __init__(self, painter: QPainter, palette: QPalette, size: int) -> None:
        device = painter.device()
        self._painter = painter
        self._palette = palette
        self._size = size
        self._ratio = device.devicePixelRatioF() if device is not None else 1.0
        self._context = (size, self._ratio, palette.cacheKey())

    def draw(self, rect: QRectF, interaction: Interaction, live: LiveState = LiveState.PAST):
        key = (icon_name(interaction), interaction.direction, interaction.is_failure, self._context)
        composed = _composed.get(key)
        if composed is None:
            composed = _compose(interaction, self._size, self._ratio, self._palette)
            if len(_composed) > MAX_COMPOSED:
                _composed.clear()
            _composed[key] = composed
        painter = self._painter
        painter.drawPixmap(QPointF(rect.left() - PAD, rect.top() - PAD), composed)
        ring = LIVE_COLORS.get(live)
        if ring is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ring, 2.0, LIVE_LINES[live]))
            painter.drawEllipse(rect.adjusted(-3, -3, 3, 3))


def paint_icon(
    painter: QPainter,
    rect: QRectF,
    interaction: Interaction,
    palette: QPalette,
    live: LiveState = LiveState.PAST,
) -> None:
    """One icon in ``rect`` with its arrow, failure dot and live ring."""
    IconStamp(painter, palette, round(rect.width())).draw(rect, interaction, live)


def _compose(interaction: Interaction, size: int, ratio: float, palette: QPalette) -> QPixmap:
    canvas = size + 2 * PAD
    pixmap = QPixmap(round(canvas * ratio), round(canvas * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(PAD, PAD, size, size)
    painter.drawPixmap(rect.topLeft(), glyph(icon_name(interaction), size, ratio))
    _paint_arrow(painter, rect, interaction.direction, palette)
    if interaction.is_failure:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 1.5))
        painter.setBrush(FAILURE_COLOR)
        painter.drawEllipse(failure_dot_rect(rect))
    painter.end()
    return pixmap


def _paint_arrow(painter: QPainter, rect: QRectF, direction: Direction, palette: QPalette) -> None:
    """A small disc bottom right with an arrow: into the icon (inbound) or out of it."""
    d = max(7.0, rect.width() * 0.5)
    disc = QRectF(rect.right() - d * 0.7, rect.bottom() - d * 0.7, d, d)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    painter.drawEllipse(disc)
    inset = d * 0.27
    a = QPointF(disc.left() + inset, disc.bottom() - inset)  # bottom left
    b = QPointF(disc.right() - inset, disc.top() + inset)  # top right
    tip, tail = (a, b) if direction is Direction.INBOUND else (b, a)
    path = QPainterPath(tail)
    path.lineTo(tip)
    head = d * 0.32
    sign = 1 if direction is Direction.INBOUND else -1
    path.moveTo(tip.x(), tip.y() - sign * head)
    path.lineTo(tip)
    path.lineTo(tip.x() + sign * head, tip.y())
    painter.setBrush(Qt.BrushStyle.NoBrush)
    pen = QPen(palette.color(QPalette.ColorRole.Text), max(1.2, d * 0.14))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPath(path)


def interaction_icon(interaction: Interaction, palette: QPalette, size: int = 18) -> QIcon:
    """The same picture as a QIcon for the grid (cached per look; needs a QGuiApplication)."""
    key = (
        icon_name(interaction),
        interaction.direction,
        interaction.is_failure,
        size,
        palette.cacheKey(),
    )
    icon = _icons.get(key)
    if icon is None:
        icon = QIcon()
        for ratio in (1.0, 2.0):
            canvas = size + 6
            pixmap = QPixmap(round(canvas * ratio), round(canvas * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint_icon(painter, QRectF(1, 3, size, size), interaction, palette)
            painter.end()
            icon.addPixmap(pixmap)
        _icons[key] = icon
    return icon


_icons: dict[tuple[str, Direction, bool, int, int], QIcon] = {}
