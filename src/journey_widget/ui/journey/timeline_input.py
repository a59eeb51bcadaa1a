"""The timeline's mouse, keyboard and tooltip events: click, drag, wheel, keys (SPEC A3, G3).

A mix-in of ``TimelineView``, kept apart so the view module holds state, geometry and
painting. A click on an icon selects it, picks its day for the day panel and opens it; a
click elsewhere in a day's column picks that day; a "+N" badge zooms in. Dragging or the
wheel scrolls, Ctrl+wheel zooms; Left / Right move the selection, Page Up / Down scroll by a
screen, Home / End jump to the oldest / newest, + / - zoom, Enter opens the selection.

The painted icons are no widgets, so assistive technology learns of the item under the
keyboard through the view itself: its accessible description is the selected interaction in
words with its position ("… · 3 of 40"), or how to move while none is selected, and a focus
event makes a screen reader read it out (``_describe_current``). Texts here use the
"TimelineView" context: a mix-in's own class name is not what Qt looks up.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip

from journey_widget.model.timeline_layout import Zoom
from journey_widget.ui.common.formatting import arg
from journey_widget.ui.common.interaction_words import SEPARATOR, describe, live_state

DRAG_THRESHOLD = 4
WHEEL_STEP = 0.5  # pixels per 1/8 degree


class TimelineInput:
    """Mouse and keyboard handlers; the view provides the state they read and change."""

    # --- tooltips (answered by the view's hit-test) and focus ------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = self.viewport().mapFrom(self, event.pos())
            text = self._tooltip_at(pos)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return False  # let event() above answer it, with the hit-test
        return super().viewportEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # --- what a screen reader hears -------------------------------------------------------

    def keyboard_help(self) -> str:
        return QCoreApplication.translate(
            "TimelineView",
            "Left and Right move between interactions, Enter opens one, "
            "Home and End go to the oldest and the newest, + and - zoom.",
        )

    def current_description(self) -> str:
        """The selected interaction in words with its position, or how to move."""
        current = self.current_interaction()
        if current is None:
            return self.keyboard_help()
        position = arg(
            QCoreApplication.translate("TimelineView", "%1 of %2"),
            QLocale().toString(self._current + 1),
            QLocale().toString(len(self._layout)),
        )
        return describe(current, live_state(current, datetime.now(UTC))) + SEPARATOR + position

    def _describe_current(self, *, announce: bool = False) -> None:
        """Set the description; with ``announce`` and the focus, tell the screen reader."""
        self.setAccessibleDescription(self.current_description())
        if announce and self.hasFocus():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Focus))

    # --- mouse and keyboard --------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press = event.position().toPoint()
        self._press_value = self.horizontalScrollBar().value()
        self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        dx = event.position().toPoint().x() - self._press.x()
        if self._dragging or abs(dx) > DRAG_THRESHOLD:
            self._dragging = True
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            self.horizontalScrollBar().setValue(self._press_value - dx)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        if not self._dragging:
            self._click(event.position().toPoint())
        self._press, self._dragging = None, False
        self.viewport().unsetCursor()
        event.accept()

    def _click(self, pos: QPoint) -> None:
        if self._new_count and self.new_chip_rect().contains(pos):
            self._scroll_to_newest()
            return
        hit = self._hit(pos)
        if hit is None:
            self.pick_day(self._layout.day_at(pos.x() + self._offset()))
            return
        index = hit.index if hit.index is not None else hit.lo
        self.pick_day(self._layout.local_day(index))
        if hit.index is None and self.zoom is not Zoom.DAY:
            self._set_current(hit.lo)
            self.set_zoom(self.zoom.zoomed_in())
            return
        self._set_current(index)
        self.interaction_activated.emit(self._layout.items[index])

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        steps = delta.y() or delta.x()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if steps:
                self.set_zoom(self.zoom.zoomed_in() if steps > 0 else self.zoom.zoomed_out())
            event.accept()
            return
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() - round(steps * WHEEL_STEP))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, count = event.key(), len(self._layout)
        bar = self.horizontalScrollBar()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and count:
            step = -1 if key == Qt.Key.Key_Left else 1
            target = count - 1 if self._current is None else self._current + step
            self._set_current(min(max(target, 0), count - 1))
        elif key == Qt.Key.Key_Home and count:
            self._set_current(0)
        elif key == Qt.Key.Key_End and count:
            self._set_current(count - 1)
        elif key == Qt.Key.Key_PageUp:
            bar.setValue(bar.value() - bar.pageStep())
        elif key == Qt.Key.Key_PageDown:
            bar.setValue(bar.value() + bar.pageStep())
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom.zoomed_in())
        elif key == Qt.Key.Key_Minus:
            self.set_zoom(self.zoom.zoomed_out())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            current = self.current_interaction()
            if current is None:
                event.ignore()
                return
            self.interaction_activated.emit(current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
