"""The window end to end on the qasync loop: journeys, no history, errors, superseded lookups."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journey_widget.service.lookup import JourneyService
from journey_widget.sources.local.source import LocalSource
from journey_widget.ui.common.source_errors import failure_text
from journey_widget.ui.common.state_panel import PanelKind
from journey_widget.ui.shell.main_window import MainWindow, ViewState
from users import full_access

WAIT_MS = 5000


@pytest.fixture
def window_for(qtbot, qloop):
    """Build a shown window over a source; the source is closed after the test."""
    sources = []

    def build(source, *, width: int = 480) -> MainWindow:
        sources.append(source)
        window = MainWindow(JourneyService(source, access=full_access()))
        qtbot.addWidget(window)
        window.resize(width, 720)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield build
    for source in sources:
        closing = asyncio.ensure_future(source.aclose())
        qtbot.waitUntil(closing.done, timeout=WAIT_MS)


@pytest.fixture
def demo_store(make_demo_store) -> Path:
    """A small store of generated demo customers, loaded through the real import path."""
    return make_demo_store(12, 7)


def test_opens_on_a_demo_store_and_shows_rows(qtbot, window_for, demo_store):
    window = window_for(LocalSource(demo_store))
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        window.lookup("C000001")
    journey = shown.args[0]
    assert journey.customer.id == "C000001"
    assert window.state is ViewState.JOURNEY
    assert window.table_model.rowCount() == len(journey.interactions) > 0
    assert window.timeline_view.isVisible()  # the timeline is the default view
    assert len(window.timeline_view.layout_model) == len(journey.interactions)
    window.set_view("grid")
    assert window.table_view.isVisible()
    assert window.header.name_text() == journey.customer.name


def test_known_number_shows_who_and_what(qtbot, window_for, fake_source):
    window = window_for(fake_source)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.lookup("0151 12345678")
    lines = window.header.lines()
    assert lines[0] == "Raymond Gray"
    assert "+49 1511 2345678" in lines[1] and "Acme Energy" in lines[1]
    assert any("interactions" in line for line in lines)
    assert any(line.startswith("Last contact:") for line in lines)
    assert window.table_model.rowCount() > 0
    assert "Raymond Gray" in window.windowTitle()


def test_enter_in_the_search_field_looks_up(qtbot, window_for, fake_source):
    window = window_for(fake_source)
    qtbot.keyClicks(window.search_field, "C000002")
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert shown.args[0].customer.name == "Dorain Gray"


def test_unknown_number_says_no_history_with_the_number(qtbot, window_for, fake_source):
    window = window_for(fake_source)
    with qtbot.waitSignal(window.no_history_shown, timeout=WAIT_MS) as shown:
        window.lookup("+49 30 9999999")
    assert shown.args == ["+49 30 9999999"]
    assert window.state is ViewState.NO_HISTORY
    assert window.state_panel.title() == "No history for +49 30 9999999"
    assert window.state_panel.isVisible()


def test_known_customer_without_recent_interactions_says_so(qtbot, window_for, fake_source):
    window = window_for(fake_source)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.lookup("C000003")
    assert window.empty_panel.isVisible()
    assert window.empty_panel.title() == "No interactions in the last 12 months"
    assert window.header.name_text() == "Siti Rahayu"


def test_failing_source_shows_one_sentence_and_retry_retries(
    qtbot, window_for, fake_source, store_error
):
    fake_source.error = store_error
    window = window_for(fake_source)
    with qtbot.waitSignal(window.error_shown, timeout=WAIT_MS) as failed:
        window.lookup("C000001")
    # The reason in the user's language (ui/source_errors), not the store's English detail.
    sentence = failure_text(store_error.reason).sentence
    assert failed.args == [sentence]
    panel = window.state_panel
    assert window.state is ViewState.ERROR
    assert panel.kind is PanelKind.ERROR
    assert panel.detail() == sentence
    assert panel.retry_button().isVisible()

    fake_source.error = None
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        qtbot.mouseClick(panel.retry_button(), Qt.MouseButton.LeftButton)
    assert fake_source.calls.count("C000001") == 2
    assert window.state is ViewState.JOURNEY


def test_unexpected_errors_are_logged_not_shown_as_traceback(
    qtbot, window_for, fake_source, caplog
):
    fake_source.error = RuntimeError("boom at line 42")
    window = window_for(fake_source)
    with qtbot.waitSignal(window.error_shown, timeout=WAIT_MS) as failed:
        window.lookup("C000001")
    assert "boom" not in failed.args[0]
    assert "Traceback" not in window.state_panel.detail()
    assert any(record.exc_info for record in caplog.records)


def test_a_newer_lookup_supersedes_an_older_slow_one(qtbot, window_for, fake_source, settle):
    slow = fake_source.hold("C000001")
    window = window_for(fake_source)
    shown = []
    window.journey_shown.connect(shown.append)
    window.lookup("C000001")
    qtbot.waitUntil(lambda: "C000001" in fake_source.calls, timeout=WAIT_MS)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.lookup("C000002")
    slow.set()
    settle()
    assert [j.customer.id for j in shown] == ["C000002"]
    assert window.header.name_text() == "Dorain Gray"


def test_busy_while_waiting(qtbot, window_for, fake_source):
    gate = fake_source.hold("C000001")
    window = window_for(fake_source)
    window.lookup("C000001")
    assert window.state is ViewState.BUSY
    assert window.state_panel.kind is PanelKind.BUSY
    assert window.state_panel.title() == "Looking up C000001…"
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        gate.set()


def test_a_name_matching_several_offers_a_keyboard_list(qtbot, window_for, fake_source):
    window = window_for(fake_source)
    with qtbot.waitSignal(window.suggestions_shown, timeout=WAIT_MS) as offered:
        window.lookup("gray")
    assert [m.customer_id for m in offered.args[0]] == ["C000001", "C000002"]
    popup = window.suggestion_popup
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    assert window.state is ViewState.SUGGESTIONS
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert shown.args[0].customer.id == "C000002"
    assert not popup.isVisible()
    assert window.search_field.text() == "gray"


def test_escape_closes_the_list(qtbot, window_for, fake_source):
    window = window_for(fake_source)
    with qtbot.waitSignal(window.suggestions_shown, timeout=WAIT_MS):
        window.lookup("gray")
    popup = window.suggestion_popup
    qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_a_name_matching_one_opens_it(qtbot, window_for, fake_source):
    window = window_for(fake_source)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        window.lookup("Siti Rah")
    assert shown.args[0].customer.id == "C000003"


def test_text_matching_nobody_says_so(qtbot, window_for, fake_source):
    window = window_for(fake_source)
    with qtbot.waitSignal(window.no_match_shown, timeout=WAIT_MS):
        window.lookup("nobody here!")
    assert window.state is ViewState.NO_MATCH
    assert window.state_panel.title() == "No customer matches “nobody here!”"


def test_suggestion_model_keeps_qt_contract(qtbot, qtmodeltester, window_for, fake_source):
    window = window_for(fake_source)
    with qtbot.waitSignal(window.suggestions_shown, timeout=WAIT_MS):
        window.lookup("gray")
    qtmodeltester.check(window.suggestion_popup.model())


def test_docked_narrow_window_needs_no_sideways_scrolling(qtbot, window_for, fake_source):
    window = window_for(fake_source, width=360)
    window.set_view("grid")
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.lookup("C000001")
    qtbot.wait(50)
    assert window.width() == 360
    assert not window.table_view.horizontalScrollBar().isVisible()
    assert window.header.width() <= window.width()
    for widget in (window.filter_bar, window.journey_page.view_bar):
        assert widget.width() <= window.width()
    for name in ("timeline", "grid"):
        button = window.journey_page.view_bar.view_button(name)
        assert button.width() >= button.sizeHint().width()  # never squeezed into "T…e"


def test_closing_emits_closed_and_cancels_the_lookup(qtbot, window_for, fake_source):
    fake_source.hold("C000001")
    window = window_for(fake_source)
    task = window.lookup("C000001")
    assert task is not None
    with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
        window.close()
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    assert task.cancelled()


def test_show_error_with_a_retry_action(qtbot, qloop):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    retried = []
    window.show_error(
        "Could not prepare the demo data.", "Disk full.", retry=lambda: retried.append(1)
    )
    qtbot.mouseClick(window.state_panel.retry_button(), Qt.MouseButton.LeftButton)
    assert retried == [1]
    window.show_error("Broken beyond retrying.")
    assert not window.state_panel.retry_button().isVisible()


def test_without_a_service_the_search_does_nothing(qtbot, qloop):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.lookup("C000001") is None
    assert window.state is ViewState.IDLE


def test_menu_sections_keep_their_order_whatever_the_order_of_adding(qtbot):
    from PySide6.QtGui import QAction

    from journey_widget.ui.shell.main_window import MenuGroup

    window = MainWindow()
    qtbot.addWidget(window)
    settings = QAction("Settings…", window)
    report = QAction("Conversation report", window)
    window.add_menu_action(settings, MenuGroup.SETTINGS)
    window.add_menu_action(report, MenuGroup.VIEWS)
    texts = [action.text() or "|" for action in window.menu.actions()]
    # The window puts its own Language submenu (issue 8) first in the settings section.
    assert texts == ["Conversation report", "|", "&Language", "Settings…", "|", "&Quit"]
    assert window.menu_button.accessibleName() == "Menu"


def test_quit_from_the_menu_closes_the_window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.closed):
        window.menu.actions()[-1].trigger()
