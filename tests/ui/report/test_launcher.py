"""The report opens from the main window's menu (views section) with the same service, follows
the window's service when it changes, and closes with the window."""

from __future__ import annotations

import pytest

from journey_widget.settings import SettingsFile
from journey_widget.ui.report.launcher import ReportLauncher
from journey_widget.ui.shell.main_window import MainWindow
from ui.report.report_data import RAYMOND


@pytest.fixture
def main_window(qtbot, report_service, tmp_path) -> MainWindow:
    window = MainWindow(report_service, settings=SettingsFile(tmp_path / "settings.json"))
    qtbot.addWidget(window)
    window.show()
    return window


def _menu_action(window: MainWindow, text: str):
    return next(a for a in window.menu.actions() if a.text().replace("&", "") == text)


def test_the_report_opens_from_the_window_menu(qtbot, main_window, report_service) -> None:
    launcher = ReportLauncher(main_window, SettingsFile(main_window._settings_file.path))
    action = _menu_action(main_window, "Conversation report")
    # In the views section: before the first separator, above Quit.
    actions = main_window.menu.actions()
    assert actions.index(action) < next(n for n, a in enumerate(actions) if a.isSeparator())
    action.trigger()
    report = launcher.report
    assert report is not None and report.isVisible()
    assert report.service is report_service
    with qtbot.waitSignal(report.customer_shown, timeout=5000):
        report.open_customer(RAYMOND)
    action.trigger()  # a second time: the same window, raised
    assert launcher.report is report


def test_the_report_follows_the_windows_service(qtbot, main_window, report_service) -> None:
    launcher = ReportLauncher(main_window)
    report = launcher.open()
    main_window.set_service(None)
    assert report.service is None
    assert report.open_customer(RAYMOND) is None
    main_window.set_service(report_service)
    assert report.service is report_service
    assert report.search.suggest_now() is None  # nothing typed yet, but a service to ask


def test_the_report_closes_with_the_window(qtbot, main_window) -> None:
    launcher = ReportLauncher(main_window)
    report = launcher.open()
    main_window.close()
    assert not report.isVisible()
