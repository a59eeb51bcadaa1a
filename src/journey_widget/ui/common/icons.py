"""Small drawn icons and the application icon.

The failure dot is drawn rather than shipped: one filled circle in a status red that reads on
light and dark backgrounds. It never stands alone: wherever it appears, the word "Failed" is
beside it or in its tooltip and accessible text (SPEC A9, G3).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QFile, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

from journey_widget.ui.common import qt_resources

log = logging.getLogger(__name__)

FAILURE_COLOR = QColor(0xD3, 0x2F, 0x2F)

_failure_icon: QIcon | None = None


def failure_dot() -> QIcon:
    """A red dot at 1x and 2x, created once (needs a QGuiApplication)."""
    global _failure_icon
    if _failure_icon is None:
        icon = QIcon()
        for logical in (10, 12, 16):
            for ratio in (1.0, 2.0):
                size = round(logical * ratio)
                pixmap = QPixmap(size, size)
                pixmap.fill(Qt.GlobalColor.transparent)
                painter = QPainter(pixmap)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(FAILURE_COLOR)
                inset = size * 0.15
                painter.drawEllipse(pixmap.rect().toRectF().adjusted(inset, inset, -inset, -inset))
                painter.end()
                pixmap.setDevicePixelRatio(ratio)
                icon.addPixmap(pixmap)
        _failure_icon = icon
    return _failure_icon


def menu_icon(palette: QPalette) -> QIcon:
    """Three bars in the palette's button text colour, at 1x and 2x: the window menu."""
    icon = QIcon()
    for ratio in (1.0, 2.0):
        size = round(16 * ratio)
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.ButtonText))
        bar = size / 8
        for row in (2, 4, 6):
            painter.drawRoundedRect(bar, (row - 0.5) * bar, size - 2 * bar, bar, bar / 2, bar / 2)
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        icon.addPixmap(pixmap)
    return icon


def app_icon() -> QIcon | None:
    """The window icon from Qt's resources (``:/journey-widget.svg``), or None without it."""
    if not qt_resources.ensure_loaded() or not QFile.exists(qt_resources.APP_ICON):
        log.debug("No application icon")
        return None
    icon = QIcon(qt_resources.APP_ICON)  # the SVG icon engine: sharp at every size
    if icon.isNull():
        log.warning("Could not read the application icon %s", qt_resources.APP_ICON)
        return None
    return icon
