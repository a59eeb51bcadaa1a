"""Every window has an owner, so Python's garbage collector never deletes one.

PySide deletes a parentless widget's C++ object when Python frees its wrapper. A window is
full of reference cycles (bound-method callbacks, child widgets), so once nothing else refers
to it, the cyclic collector freed it: wherever an allocation crossed the collector's threshold,
for instance inside the timeline's ``paintEvent``, which deleted the window, its backing store
and the widget being painted under the QPainter (tests/ui/common/test_window_owner.py).

The owners, then:

- a secondary window (report, customer operations, settings, the detail pop-up) is a child of
  the main window with the ``Qt.Window`` (or ``Tool``) flag: Qt owns it, and it goes with the
  main window; the report and operations windows also carry ``WA_DeleteOnClose``, so closing
  one deletes it through ``deleteLater``, between two events;
- a window without a parent (the main window; in tests, a report or operations window made
  on its own) is held here from its creation until Qt deletes it (``deleteLater``, or
  ``WA_DeleteOnClose`` when it is closed): dropping the last Python reference frees nothing.

``gui_thread_gc.GuiThreadCollector`` stays as the safety net for every other Qt object that
only a cycle keeps: it collects on the GUI thread, between events, never inside one.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QWidget

# Parentless windows, by id; each leaves on its ``destroyed``.
_held: dict[int, QWidget] = {}


def hold_top_level(window: QWidget) -> None:
    """Keep the parentless ``window`` until Qt deletes it; a window with a parent is its."""
    if window.parent() is not None:
        return
    key = id(window)
    _held[key] = window
    window.destroyed.connect(partial(_release, key))


def _release(key: int, *_args: object) -> None:
    _held.pop(key, None)


def held_windows() -> list[QWidget]:
    """The parentless windows held now (tests read this)."""
    return list(_held.values())
