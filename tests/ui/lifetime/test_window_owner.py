"""Every window has an owner; a closed secondary window is freed; the garbage collector never
deletes a window, least of all in the middle of one of its events.

PySide deletes a parentless widget's C++ object when Python frees its wrapper. A window kept
alive only by reference cycles (bound-method callbacks, lambdas over ``self``) was freed by the
cyclic garbage collector, which runs whenever Python allocates enough, for instance inside the
timeline's ``paintEvent``. The window, its backing store and the widget being painted then
vanished under the QPainter, and the process died with a segmentation fault. Now the main
window is held until Qt deletes it (ui/lifetime/window_owner.py), every other window is a child
of it, and the report and operations windows delete themselves (``deleteLater``) on close.
"""

from __future__ import annotations

import gc
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget

from journey_widget.app.settings_flow import SettingsFlow
from journey_widget.model.permissions import Role, UserContext
from journey_widget.secrets import SecretStore
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import SettingsFile
from journey_widget.ui.journey.timeline_painter import TimelinePainter
from journey_widget.ui.lifetime.window_owner import held_windows
from journey_widget.ui.operations.menu import OperationsMenu
from journey_widget.ui.report.launcher import ReportLauncher
from journey_widget.ui.report.report_window import ReportWindow
from journey_widget.ui.shell.main_window import MainWindow
from memory_keyring import MemoryKeyring

WAIT_MS = 5000


def _service(source) -> JourneyService:
    """Who acts is said explicitly (the service is getting no default user)."""
    return JourneyService(source, access=Access(UserContext.for_role("tester", Role.ADMINISTRATOR)))


@pytest.fixture
def main_window(qtbot, qloop, fake_source) -> MainWindow:
    window = MainWindow(_service(fake_source))
    qtbot.addWidget(window)
    window.resize(480, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _shown_journey(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.lookup("C000001")
    qtbot.wait(20)  # painted once: the next paint is the one under test


def _watch(window: QObject) -> tuple[weakref.ref, list[bool]]:
    """A weak reference to the wrapper and a flag set when the C++ object goes."""
    destroyed: list[bool] = []
    window.destroyed.connect(lambda *_: destroyed.append(True))
    return weakref.ref(window), destroyed


def _assert_freed(qtbot, ref: weakref.ref, destroyed: list[bool]) -> None:
    qtbot.waitUntil(lambda: bool(destroyed), timeout=WAIT_MS)  # deleteLater, between events

    def wrapper_freed() -> bool:  # its cancelled tasks end first: they hold their callbacks
        gc.collect()
        return ref() is None

    qtbot.waitUntil(wrapper_freed, timeout=WAIT_MS)


def test_a_closed_report_window_is_freed(qtbot, main_window):
    launcher = ReportLauncher(main_window)
    report = launcher.open()
    assert report.parent() is main_window and report.isWindow()
    assert not shiboken6.ownedByPython(report)  # its parent owns it
    report.open_customer("C000001")  # a load under way when it closes
    task = report._loads.task
    ref, destroyed = _watch(report)
    report.close()
    del report
    _assert_freed(qtbot, ref, destroyed)
    assert task is not None and task.cancelled()
    assert launcher.report is None
    assert launcher.open() is not None  # the entry opens a new one


def test_a_report_window_without_a_parent_is_held_until_closed(qtbot, qloop, fake_source):
    report = ReportWindow(_service(fake_source))
    report.show()
    ref, destroyed = _watch(report)
    del report
    gc.collect()
    assert destroyed == [] and ref() in held_windows()  # nobody refers to it: still there
    ref().close()
    _assert_freed(qtbot, ref, destroyed)
    assert all(shiboken6.isValid(w) for w in held_windows())


def test_a_closed_operations_window_is_freed(qtbot, main_window):
    menu = OperationsMenu(main_window)
    view = menu.on_open()
    assert view.parent() is main_window and view.isWindow()
    assert not shiboken6.ownedByPython(view)
    ref, destroyed = _watch(view)
    view.close()
    del view
    _assert_freed(qtbot, ref, destroyed)
    assert menu.view is None


def test_a_closed_settings_dialog_is_freed(qtbot, main_window, tmp_path):
    flow = SettingsFlow(
        QApplication.instance(),
        main_window,
        SettingsFile(tmp_path / "settings.json"),
        SecretStore(MemoryKeyring(), environ={}),
        region=lambda: "DE",
        service=lambda: main_window.service,
        on_applied=lambda _settings: None,
    )
    dialog = flow.open()
    assert dialog.parent() is main_window and dialog.isWindow()
    ref, destroyed = _watch(dialog)
    dialog.reject()
    del dialog
    _assert_freed(qtbot, ref, destroyed)


def test_the_detail_popup_is_owned_by_the_window_and_goes_with_it(qtbot, qloop, fake_source):
    window = MainWindow(_service(fake_source))
    window.show()
    _shown_journey(qtbot, window)
    popup = window.detail_popup
    assert popup.isWindow() and not shiboken6.ownedByPython(popup)
    popup.show()
    popup.close()  # closed, it waits to be shown again: its owner keeps it
    gc.collect()
    assert shiboken6.isValid(popup)
    popup_ref, popup_destroyed = _watch(popup)
    del popup
    window_ref, window_destroyed = _watch(window)
    window.close()
    window.deleteLater()
    del window
    _assert_freed(qtbot, window_ref, window_destroyed)
    assert popup_destroyed == [True]
    gc.collect()
    assert popup_ref() is None


def test_a_dropped_secondary_window_survives_a_collection_inside_its_own_paint(
    qtbot, main_window, fake_source
):
    collected_in_paint: list[int] = []

    class CollectingReport(ReportWindow):
        def paintEvent(self, event):
            collected_in_paint.append(gc.collect())  # what an allocation could trigger any time
            super().paintEvent(event)

    report = CollectingReport(main_window.service, parent=main_window)  # as the launcher does
    report.show()
    qtbot.waitExposed(report)
    ref, destroyed = _watch(report)
    collected_in_paint.clear()
    report.update()
    del report  # no Python reference left: only its parent holds it

    qtbot.waitUntil(lambda: bool(collected_in_paint), timeout=WAIT_MS)
    qtbot.wait(20)
    assert destroyed == [] and ref() is not None and ref().isVisible()
    ref().close()
    _assert_freed(qtbot, ref, destroyed)


def test_a_dropped_main_window_survives_a_collection_inside_its_own_paint(
    qtbot, qloop, fake_source, monkeypatch
):
    collected_in_paint: list[int] = []
    real_paint = TimelinePainter.paint

    def paint_after_a_collection(self, painter, *args, **kwargs):
        collected_in_paint.append(gc.collect())
        real_paint(self, painter, *args, **kwargs)

    window = MainWindow(_service(fake_source))
    window.show()
    _shown_journey(qtbot, window)
    ref, destroyed = _watch(window)
    monkeypatch.setattr(TimelinePainter, "paint", paint_after_a_collection)
    window.timeline_view.viewport().update()
    del window  # from here on only its own reference cycles and its owner hold it

    qtbot.waitUntil(lambda: bool(collected_in_paint), timeout=WAIT_MS)
    qtbot.wait(20)
    assert destroyed == [] and ref() in held_windows()
    ref().close()
    ref().deleteLater()  # what its owner (the session, qtbot) does at the end
    _assert_freed(qtbot, ref, destroyed)
    assert all(shiboken6.isValid(w) for w in held_windows())


def test_a_window_with_a_parent_is_left_to_its_parent(qtbot, qloop):
    parent = MainWindow()
    qtbot.addWidget(parent)
    child = MainWindow(parent=parent)
    assert not shiboken6.ownedByPython(child)
    assert child not in held_windows()
    del child
    gc.collect()
    qtbot.wait(10)
    assert len(parent.findChildren(MainWindow)) == 1  # the parent owns it: still there


def test_every_window_the_main_window_opens_has_an_owner(qtbot, main_window, tmp_path):
    """Parented to the main window, or the main window itself (held until Qt deletes it)."""
    ReportLauncher(main_window).open()
    OperationsMenu(main_window).on_open()
    _shown_journey(qtbot, main_window)
    main_window.detail_popup.show()
    opened = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert len(opened) >= 4
    for window in opened:
        assert isinstance(window, QWidget)
        owned = window.parent() is not None or window in held_windows()
        assert owned, type(window).__name__
