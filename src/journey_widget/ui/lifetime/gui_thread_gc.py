"""Python's cyclic garbage collector runs on the GUI thread only, between events.

The collector runs whenever allocations cross its threshold, on whichever thread allocates:
the store's worker thread, httpx's resolver, asyncio's executor. A Qt object that only a
reference cycle kept alive (a dialog, a timer, a window's helpers) is then deleted on that
thread, which Qt forbids ("Timers cannot be stopped from another thread") and which ended in a
crash inside Qt's timer list. ``GuiThreadCollector`` switches the automatic collector off and
runs it from a Qt timer on the GUI thread when the same thresholds say it is due, so every
cycle dies there, between two events, never inside one. Windows are not left to it at all:
each has an owner (``ui/lifetime/window_owner.py``); this is the safety net for the rest.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Install once, on the GUI thread, with the application as parent."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()
        self.destroyed.connect(_enable_again if self._was_enabled else _nothing)

    def collect_if_due(self) -> int:
        """Collect the generations whose counters passed their threshold (as CPython would)."""
        counts = gc.get_count()
        generation = -1
        for index in range(3):
            if counts[index] > self._thresholds[index]:
                generation = index
        if generation < 0:
            return 0
        return gc.collect(generation)


def _enable_again(*_args: object) -> None:
    gc.enable()


def _nothing(*_args: object) -> None:
    pass
