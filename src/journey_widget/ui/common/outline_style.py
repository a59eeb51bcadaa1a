"""Fusion with outlines that stay visible on a dark palette (SPEC G3).

Fusion draws a menu's separators and the frame of an unchecked check box or radio button in a
shade of the window colour (``window.darker(...)``). On our dark palette that shade is almost
the window itself: a menu's sections ran together and "Start at login", unchecked, showed no
box at all, so its state could not be read. ``OutlineStyle`` lets Fusion paint everything and,
where the window colour is dark, draws those lines again: separators in the palette's Mid
colour (a divider, decoration only), a box's outline in PlaceholderText, which stands out from
Window and Base by more than 3:1 (WCAG's figure for the parts of a control; tested).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionMenuItem, QWidget

DARK_LIGHTNESS = 128  # below this the window colour counts as dark
SEPARATOR_INSET = 8


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < DARK_LIGHTNESS


def outline_color(palette: QPalette) -> QColor:
    """The outline of a check box or radio button on a dark window."""
    return palette.color(QPalette.ColorRole.PlaceholderText)


class OutlineStyle(QProxyStyle):
    """Fusion (the base style given) with clear separators and box outlines on dark windows."""

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if (
            element == QStyle.ControlElement.CE_MenuItem
            and isinstance(option, QStyleOptionMenuItem)
            and option.menuItemType == QStyleOptionMenuItem.MenuItemType.Separator
            and is_dark(option.palette)
        ):
            rect = option.rect
            y = rect.center().y()
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(rect.left() + SEPARATOR_INSET, y, rect.right() - SEPARATOR_INSET, y)
            painter.restore()
            return
        super().drawControl(element, option, painter, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        ) or not is_dark(option.palette):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(outline_color(option.palette), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()
