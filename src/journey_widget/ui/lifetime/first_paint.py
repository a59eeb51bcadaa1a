"""Work that can wait until a window has been painted once (issue 14.9).

A window shows sooner when what its first picture does not need is built afterwards: the main
window's journey page, for one, is hidden behind the idle panel until a customer is shown.
``after_first_paint`` runs such work from the event loop right after the widget's first paint
event, once; whoever needs the result earlier builds it on demand instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)  # goes with the widget: never called for a dead one
        self._callback: Callable[[], object] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            watched.removeEventFilter(self)
            # Not inside the paint event: once the picture is on screen, from the event loop.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        self.deleteLater()
        if callback is not None:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call ``callback`` once, from the event loop, after ``widget`` was first painted."""
    _AfterFirstPaint(widget, callback)
