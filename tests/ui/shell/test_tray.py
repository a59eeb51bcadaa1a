"""The tray: the last calls, masked under the privacy rule; Show, Quit; no tray, no trouble."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from importlib import resources

import pytest
from PySide6.QtCore import QEvent, QTranslator
from PySide6.QtWidgets import QApplication

from journey_widget.calls.hub import CallHub
from journey_widget.model import display_identifier
from journey_widget.service.lookup import JourneyService
from journey_widget.ui.common.formatting import format_time
from journey_widget.ui.shell.main_window import MainWindow, ViewState
from journey_widget.ui.shell.tray import RECENT_CALLS, CallTray, caller_text, masked_in
from users import full_access

WAIT_MS = 5000
RAYMOND = "+4915112345678"  # C000001 in the fake source
DORAIN = "+4930123456"  # C000002


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def tray_for(qtbot, qloop, fake_source):
    def build(*, hides: bool = False, available: bool = False):
        window = MainWindow(JourneyService(fake_source, access=full_access()))
        qtbot.addWidget(window)
        hub = CallHub(window, clock=Clock())
        tray = CallTray(
            window, hub, hides_identifiers=lambda: hides, tray_available=lambda: available
        )
        return window, hub, tray

    return build


def call(hub: CallHub, number: str, **fields):
    return hub.deliver_fields({"number": number, **fields}, source="command")


def texts(tray: CallTray) -> list[str]:
    return [action.text() for action in tray.menu.actions() if not action.isSeparator()]


def test_without_calls_the_menu_says_so_and_offers_show_and_quit(tray_for):
    _window, _hub, tray = tray_for()
    assert texts(tray) == ["Recent calls", "No calls yet", "&Show", "&Quit"]
    assert not tray.menu.actions()[1].isEnabled()


def test_calls_are_listed_newest_first_with_name_and_number(tray_for):
    _window, hub, tray = tray_for()
    call(hub, "030 123456", name="Dorain Gray")
    call(hub, "+49 151 12345678")  # Raymond
    entries = [a.text() for a in tray.call_actions()]
    assert len(entries) == 2
    assert entries[0].endswith(f"· {display_identifier(RAYMOND)}")
    assert entries[1].endswith(f"· Dorain Gray · {display_identifier(DORAIN)}")
    assert entries[0].split(" · ")[0] == format_time(tray.calls[0].received_at)
    assert texts(tray)[1:3] == entries


def test_only_the_last_ten_calls_are_kept(tray_for):
    _window, hub, tray = tray_for()
    for n in range(RECENT_CALLS + 3):
        call(hub, f"+49 30 12345{n:02d}")
    assert len(tray.call_actions()) == RECENT_CALLS
    assert tray.calls[0].identifier.value == f"+493012345{RECENT_CALLS + 2:02d}"
    assert tray.calls[-1].identifier.value == "+49301234503"


def test_numbers_and_names_are_masked_when_the_privacy_rule_says_so(tray_for):
    _window, hub, tray = tray_for(hides=True)
    call(hub, "+41 23 456 45 67", name="Raymond Gray")
    entry = tray.call_actions()[0].text()
    assert "4567" not in entry.replace(" ", "")[:-4]  # only the last four digits stay
    assert entry.endswith("45 67")
    assert "Raymond" not in entry and "Gray" not in entry
    assert "•" in entry


def test_caller_text_masks_unparsed_caller_ids_too():
    class Event:
        identifier = None
        number = "ext 0301234567"
        name = None

    assert caller_text(Event(), hide_identifiers=False) == "ext 0301234567"  # type: ignore[arg-type]
    masked = caller_text(Event(), hide_identifiers=True)  # type: ignore[arg-type]
    assert masked.endswith("4567") and "030123" not in masked


def test_markup_in_a_display_name_stays_text(tray_for):
    _window, hub, tray = tray_for()
    call(hub, DORAIN, name="<b>A&B</b>")
    # '&' is doubled so the menu shows it instead of making a mnemonic of the next letter.
    assert "<b>A&&B</b>" in tray.call_actions()[0].text()


def test_picking_a_call_opens_that_callers_journey(qtbot, tray_for):
    window, hub, tray = tray_for()
    call(hub, DORAIN)
    call(hub, RAYMOND)
    tray.call_actions()[1].trigger()  # the older call: Dorain
    qtbot.waitUntil(lambda: window.state is ViewState.JOURNEY, timeout=WAIT_MS)
    assert "Dorain Gray" in window.windowTitle()
    assert window.isVisible()


def test_show_brings_the_window_back_and_quit_closes_it(qtbot, tray_for):
    window, _hub, tray = tray_for()
    window.show()
    window.showMinimized()
    tray.menu.actions()[-2].trigger()  # Show
    assert not window.isMinimized()
    with qtbot.waitSignal(window.closed, timeout=WAIT_MS):
        tray.menu.actions()[-1].trigger()  # Quit
    assert not window.isVisible()


def test_without_a_tray_nothing_is_shown_and_nothing_breaks(tray_for):
    _window, hub, tray = tray_for(available=False)
    assert not tray.available()
    assert tray.show() is False
    assert tray.icon is None
    tray.notify("Call from +49 30 123456", "Dorain Gray")  # quietly nothing
    call(hub, DORAIN)
    assert len(tray.call_actions()) == 1


# The offscreen platform has no tray; Qt says so when the icon is shown anyway.
@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_with_a_tray_the_icon_carries_the_menu(tray_for):
    _window, _hub, tray = tray_for(available=True)
    assert tray.show() is True
    assert tray.icon is not None
    assert tray.icon.contextMenu() is tray.menu
    assert tray.icon.toolTip() == "Customer journey"
    tray.hide()


def test_the_menu_follows_a_language_switch(qapp, tray_for):
    window, hub, tray = tray_for()
    call(hub, DORAIN)
    translator = QTranslator()
    catalogue = resources.files("journey_widget") / "translations" / "journey_widget_de.qm"
    data = catalogue.read_bytes()
    assert translator.load(data)
    qapp.installTranslator(translator)
    try:
        QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
        assert texts(tray)[0] == "Letzte Anrufe"
        assert texts(tray)[-2:] == ["&Anzeigen", "&Beenden"]
        assert len(tray.call_actions()) == 1
    finally:
        qapp.removeTranslator(translator)
        QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    assert texts(tray)[0] == "Recent calls"


def test_masked_in_hides_the_caller_in_a_notification(tray_for):
    _window, hub, _tray = tray_for()
    event = call(hub, "+41 23 456 45 67", name="Raymond Gray")
    shown = display_identifier(event.identifier.value)
    masked = masked_in(f"Call from {shown}", event)
    assert masked.startswith("Call from +41") and masked.endswith("45 67") and "•" in masked
    assert masked_in("Raymond Gray", event) != "Raymond Gray"
    assert masked_in("Inbound", event) == "Inbound"


@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged")
def test_notifications_mask_the_caller_under_the_privacy_rule(tray_for):
    _window, hub, tray = tray_for(hides=True, available=True)
    event = call(hub, "+41 23 456 45 67", name="Raymond Gray")
    assert tray.show()
    shown: list[tuple[str, str]] = []
    tray.icon.showMessage = lambda title, message, *_rest: shown.append((title, message))
    tray.notify(f"Call from {display_identifier(event.identifier.value)}", "Raymond Gray")
    tray.hide()
    [(title, message)] = shown
    assert "456" not in title and title.endswith("45 67")
    assert "Raymond" not in message
