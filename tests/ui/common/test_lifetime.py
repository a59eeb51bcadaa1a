"""A window nobody references any more is deleted by Qt at a safe point, never mid-event.

PySide deletes a parentless widget's C++ object when Python frees its wrapper. A window kept
alive only by reference cycles (bound-method callbacks, lambdas over ``self``) is freed by the
cyclic garbage collector, which runs whenever Python allocates enough, for instance inside the
timeline's ``paintEvent``. The window, its backing store and the widget being painted then
vanished under the QPainter, and the process died with a segmentation fault. The window now
hands itself to ``deleteLater`` instead.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from journey_widget.service.lookup import JourneyService
from journey_widget.ui.common.lifetime import pending_deletions
from journey_widget.ui.journey.timeline_painter import TimelinePainter
from journey_widget.ui.shell.main_window import MainWindow
from users import full_access

WAIT_MS = 5000


def _shown_journey_window(qtbot, fake_source) -> MainWindow:
    window = MainWindow(JourneyService(fake_source, access=full_access()))
    window.resize(480, 720)
    window.show()
    qtbot.waitExposed(window)
    shown = []
    window.journey_shown.connect(shown.append)
    window.lookup("C000001")
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    qtbot.wait(20)  # painted once: the next paint is the one under test
    return window


def test_a_dropped_window_survives_a_collection_inside_its_own_paint(
    qtbot, qloop, fake_source, monkeypatch
):
    collected_in_paint: list[int] = []
    destroyed: list[bool] = []
    real_paint = TimelinePainter.paint

    def paint_after_a_collection(self, painter, *args, **kwargs):
        collected_in_paint.append(gc.collect())  # what an allocation can trigger any time
        real_paint(self, painter, *args, **kwargs)

    window = _shown_journey_window(qtbot, fake_source)
    window.destroyed.connect(lambda *_: destroyed.append(True))
    monkeypatch.setattr(TimelinePainter, "paint", paint_after_a_collection)
    window.timeline_view.viewport().update()
    del window  # from here on only the window's own reference cycles hold it

    qtbot.waitUntil(lambda: bool(collected_in_paint), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(destroyed), timeout=WAIT_MS)  # gone, at a safe point
    assert pending_deletions() == 0


def test_a_window_with_a_parent_is_left_to_its_parent(qtbot, qloop):
    parent = MainWindow()
    qtbot.addWidget(parent)
    child = MainWindow(parent=parent)
    assert not shiboken6.ownedByPython(child)
    del child
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # a deleteLater is done
    assert len(parent.findChildren(MainWindow)) == 1  # the parent owns it: still there


def test_every_top_level_window_defers_its_deletion():
    """Each window the app opens without a parent takes the same protection."""
    from journey_widget.ui.common.lifetime import DeferredDeletion
    from journey_widget.ui.operations.view import CustomerOperationsView
    from journey_widget.ui.report.report_window import ReportWindow

    for window_class in (MainWindow, CustomerOperationsView, ReportWindow):
        assert issubclass(window_class, DeferredDeletion), window_class.__name__
