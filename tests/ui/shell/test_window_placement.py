"""Window place and behaviour: remembered, kept on a screen, on top, snapped, started at login."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMargins, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from journey_widget.settings import SettingsFile, SnapEdge, WindowSettings, flush_saves
from journey_widget.ui.shell.autostart import AutostartError
from journey_widget.ui.shell.window_placement import WindowPlacement, edge_of, on_screen, snapped

LAPTOP = QRect(0, 0, 1920, 1080)
LEFT_MONITOR = QRect(-2560, 0, 2560, 1400)

# --- the arithmetic, without screens ----------------------------------------------------------


def test_a_window_on_a_screen_stays_where_it_is():
    assert on_screen(QRect(100, 50, 380, 800), [LAPTOP]) == QRect(100, 50, 380, 800)


def test_a_window_whose_monitor_is_gone_comes_onto_the_primary_screen():
    # It was on the docking station's monitor, left of the laptop; today only the laptop is there.
    assert on_screen(QRect(-2000, 200, 380, 800), [LAPTOP]) == QRect(0, 200, 380, 800)
    assert on_screen(QRect(5000, 3000, 380, 800), [LAPTOP]) == QRect(1540, 280, 380, 800)


def test_a_window_mostly_off_screen_is_pulled_fully_onto_it():
    assert on_screen(QRect(1800, 900, 380, 400), [LAPTOP]) == QRect(1540, 680, 380, 400)


def test_a_window_larger_than_the_screen_is_shrunk_to_it():
    assert on_screen(QRect(0, 0, 2500, 1500), [LAPTOP]) == LAPTOP


def test_the_screen_it_overlaps_most_keeps_it():
    placed = on_screen(QRect(-400, 100, 600, 800), [LAPTOP, LEFT_MONITOR])
    assert placed == QRect(-600, 100, 600, 800)  # mostly on the left monitor: fully onto it
    assert on_screen(QRect(-2000, 100, 380, 800), [LAPTOP, LEFT_MONITOR]) == QRect(
        -2000, 100, 380, 800
    )


def test_a_sliver_on_a_screen_does_not_count():
    # 20 px of it on the laptop: that is a lost window, it goes onto the primary screen.
    assert on_screen(QRect(-360, 100, 380, 800), [LAPTOP]) == QRect(0, 100, 380, 800)


def test_no_screens_leaves_it_alone():
    assert on_screen(QRect(1, 2, 3, 4), []) == QRect(1, 2, 3, 4)


def test_snapping_takes_the_full_available_height_at_the_same_width():
    area = QRect(0, 32, 1920, 1048)  # a top panel of 32 px
    assert snapped(SnapEdge.LEFT, area, 380) == QRect(0, 32, 380, 1048)
    assert snapped(SnapEdge.RIGHT, area, 380) == QRect(1540, 32, 380, 1048)


def test_snapping_keeps_the_window_frame_on_the_screen():
    frame = QMargins(4, 30, 4, 4)
    assert snapped(SnapEdge.LEFT, LAPTOP, 380, frame) == QRect(4, 30, 380, 1046)
    assert snapped(SnapEdge.RIGHT, LAPTOP, 380, frame) == QRect(1536, 30, 380, 1046)


def test_snapping_a_window_wider_than_the_screen_narrows_it():
    assert snapped(SnapEdge.LEFT, QRect(0, 0, 300, 600), 380) == QRect(0, 0, 300, 600)


def test_edge_of_tells_which_edge_a_window_fills():
    assert edge_of(QRect(0, 0, 380, 1080), LAPTOP) is SnapEdge.LEFT
    assert edge_of(QRect(1540, 0, 380, 1080), LAPTOP) is SnapEdge.RIGHT
    assert edge_of(QRect(0, 0, 380, 900), LAPTOP) is SnapEdge.NONE  # not the full height
    assert edge_of(QRect(10, 0, 380, 1080), LAPTOP) is SnapEdge.NONE


# --- the controller on a real window -----------------------------------------------------------


class FakeStarter:
    def __init__(self, *, fail: bool = False, enabled: bool = False) -> None:
        self.fail = fail
        self.enabled = enabled
        self.commands: list[list[str]] = []

    def is_enabled(self) -> bool:
        return self.enabled

    def enable(self, command) -> None:
        if self.fail:
            raise AutostartError("Could not write /ro/autostart/journey-widget.desktop: denied.")
        self.commands.append(list(command))
        self.enabled = True

    def disable(self) -> None:
        if self.fail:
            raise AutostartError("Could not remove /ro/autostart/journey-widget.desktop.")
        self.enabled = False


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.json"


@pytest.fixture
def place(qtbot, settings_path):
    """A window with its placement controller, over a settings file that may hold a window."""

    def build(window_settings: dict | None = None, *, starter=None):
        if window_settings is not None:
            flush_saves()  # an earlier window's last save lands first, then this file
            settings_path.write_text(json.dumps({"window": window_settings}))
        window = QMainWindow()
        qtbot.addWidget(window)
        problems: list[str] = []
        placement = WindowPlacement(
            window,
            SettingsFile(settings_path),
            starter=starter or FakeStarter(),
            command=["/opt/jw/journey-widget"],
            report=problems.append,
        )
        return window, placement, problems

    return build


def saved(settings_path) -> dict:
    flush_saves()  # the writer thread has written what was asked so far
    return json.loads(settings_path.read_text())["window"]


def screen_area() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_the_window_opens_where_it_was_closed(qtbot, place, settings_path):
    window, placement, _ = place()
    placement.restore()
    window.show()
    window.setGeometry(120, 80, 400, 600)
    window.close()
    assert saved(settings_path) == {
        **saved(settings_path),
        "x": window.pos().x(),
        "y": window.pos().y(),
        "width": 400,
        "height": 600,
    }
    again, placement2, _ = place()
    placement2.restore()
    again.show()
    assert again.size().width() == 400 and again.size().height() == 600
    assert again.pos() == window.pos()


def test_a_remembered_place_off_every_screen_is_brought_back(place):
    window, placement, _ = place({"x": 9000, "y": -5000, "width": 380, "height": 600})
    placement.restore()
    window.show()
    assert screen_area().contains(window.frameGeometry())


def test_a_damaged_window_section_falls_back_to_defaults(place):
    window, placement, _ = place({"x": "left", "width": -5, "snap": "diagonal"})
    placement.restore()
    assert placement.state == WindowSettings(width=-5)  # wrong types fell back to defaults
    window.show()
    assert window.isVisible()
    assert screen_area().contains(window.frameGeometry())


def test_always_on_top_is_applied_and_remembered(qtbot, place, settings_path):
    window, placement, _ = place()
    placement.restore()
    window.show()
    placement.always_on_top.trigger()
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert window.isVisible()  # changing the flag hid it: shown again
    assert saved(settings_path)["always_on_top"] is True
    placement.always_on_top.trigger()
    assert not window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    again, placement2, _ = place({"always_on_top": True})
    placement2.restore()
    assert again.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert placement2.always_on_top.isChecked()


def test_snap_left_and_right_take_the_full_height_at_the_same_width(qtbot, place, settings_path):
    window, placement, _ = place()
    placement.restore()
    window.show()
    window.setGeometry(200, 100, 380, 500)
    area = screen_area()
    placement.snap_right.trigger()
    assert window.frameGeometry().right() == area.right()
    assert window.frameGeometry().height() == area.height()
    assert window.width() == 380
    assert saved(settings_path)["snap"] == "right"
    placement.snap_left.trigger()
    assert window.frameGeometry().left() == area.left()
    assert window.frameGeometry().top() == area.top()
    window.close()
    assert saved(settings_path)["snap"] == "left"


def test_a_snapped_window_snaps_again_at_the_next_start(place):
    window, placement, _ = place({"x": 300, "y": 300, "width": 360, "height": 400, "snap": "right"})
    placement.restore()
    window.show()
    area = screen_area()
    assert window.frameGeometry().right() == area.right()
    assert window.frameGeometry().height() == area.height()
    assert window.width() == 360


def test_moving_a_snapped_window_away_unsnaps_it(place, settings_path):
    window, placement, _ = place()
    placement.restore()
    window.show()
    placement.snap_left.trigger()
    window.move(150, 40)
    window.close()
    assert saved(settings_path)["snap"] == "none"


def test_start_at_login_switches_the_autostart_entry(place, settings_path):
    starter = FakeStarter()
    _window, placement, problems = place(starter=starter)
    placement.restore()
    assert not placement.start_at_login.isChecked()
    placement.start_at_login.trigger()
    assert starter.enabled and starter.commands == [["/opt/jw/journey-widget"]]
    assert saved(settings_path)["start_at_login"] is True
    placement.start_at_login.trigger()
    assert not starter.enabled
    assert saved(settings_path)["start_at_login"] is False
    assert problems == []


def test_start_at_login_that_cannot_be_written_says_so_and_stays_off(place, settings_path):
    _window, placement, problems = place(starter=FakeStarter(fail=True))
    placement.restore()
    placement.start_at_login.trigger()
    assert not placement.start_at_login.isChecked()
    assert problems == ["Could not write /ro/autostart/journey-widget.desktop: denied."]
    flush_saves()
    assert not settings_path.exists() or saved(settings_path)["start_at_login"] is False


def test_the_checkbox_shows_whether_the_entry_exists(place):
    _window, placement, _ = place(starter=FakeStarter(enabled=True))
    assert placement.start_at_login.isChecked()


def test_the_setting_renews_the_entry_for_a_moved_program(place):
    starter = FakeStarter(enabled=True)
    _window, placement, _ = place({"start_at_login": True}, starter=starter)
    placement.restore()
    assert starter.commands == [["/opt/jw/journey-widget"]]


def test_nothing_is_written_before_the_window_was_placed(place, settings_path):
    window, _placement, _ = place()
    window.show()
    window.close()  # a --screenshot run never restores: it must not overwrite the user's place
    flush_saves()
    assert not settings_path.exists()


def test_the_menu_entries_have_words_and_descriptions(place):
    _window, placement, _ = place()
    assert [a.text() for a in placement.actions()] == [
        "Always on &top",
        "S&nap to the left edge",
        "Snap to the ri&ght edge",
        "St&art at login",
    ]
    assert all(a.statusTip() and a.toolTip() == a.statusTip() for a in placement.actions())
    assert placement.always_on_top.isCheckable() and placement.start_at_login.isCheckable()


def test_with_a_size_on_the_command_line_toggles_are_kept_but_not_the_place(place, settings_path):
    window, placement, _ = place({"x": 10, "y": 10, "width": 700, "height": 500})
    window.resize(380, 720)
    placement.restore(geometry=False)
    window.show()
    assert (window.width(), window.height()) == (380, 720)
    placement.always_on_top.trigger()
    assert saved(settings_path)["always_on_top"] is True
    window.close()
    assert (saved(settings_path)["width"], saved(settings_path)["height"]) == (700, 500)
