"""Top-level windows that Python lets go of are deleted by Qt, at a safe point.

PySide deletes a parentless widget's C++ object when Python frees its wrapper. A window is
full of reference cycles (callbacks that are bound methods, lambdas over ``self``), so once
nothing else refers to it, the cyclic garbage collector frees it: at whatever allocation
happens to cross the collector's threshold, which may be inside one of the window's own
event handlers. A collection inside the timeline's ``paintEvent`` deleted the window, its
backing store and the widget being painted under the QPainter, and the process died.

``DeferredDeletion.__del__`` keeps the wrapper alive (CPython allows a finaliser to do so) and
asks Qt to ``deleteLater``: the window goes when control is back in the event loop, never in
the middle of an event. Widgets with a parent are their parent's to delete and are left alone.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

# Wrappers waiting for their deferred delete, by id; each leaves on its ``destroyed``.
_dying: dict[int, QObject] = {}


class DeferredDeletion:
    """Mix-in (before the Qt base) for parentless widgets Python creates and owns."""

    def __del__(self) -> None:
        if QCoreApplication.instance() is None or not isinstance(self, QObject):
            return
        if not shiboken6.isValid(self) or not shiboken6.ownedByPython(self):
            return
        key = id(self)
        _dying[key] = self  # referenced again: the collector leaves it alone
        self.destroyed.connect(lambda *_: _dying.pop(key, None))
        self.deleteLater()


def pending_deletions() -> int:
    """How many dropped windows still wait for Qt to delete them (tests read this)."""
    return len(_dying)
