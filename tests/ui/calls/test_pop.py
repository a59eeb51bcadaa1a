"""The pop controller in-process: newest call wins, banner states, A2, unknown callers, raising."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QPalette

from journey_widget.calls.hub import CallHub
from journey_widget.model import DataSource
from journey_widget.model.live_status import LiveEvent, LiveEventKind
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import CallSettings, PopBehaviour, Settings, SourceSettings
from journey_widget.ui.calls.banner import BannerState, CallBanner, contrast_ratio
from journey_widget.ui.calls.pop import CallPopController
from journey_widget.ui.common.formatting import to_local_qdatetime
from journey_widget.ui.shell.main_window import MainWindow, ViewState
from users import full_access

WAIT_MS = 5000
RAYMOND = "+4915112345678"  # C000001 in the fake source
DORAIN = "+4930123456"  # C000002


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class FakeNotifier:
    def __init__(self, available: bool) -> None:
        self._available = available
        self.messages: list[tuple[str, str]] = []

    def available(self) -> bool:
        return self._available

    def notify(self, title: str, message: str) -> None:
        self.messages.append((title, message))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def pop_for(qtbot, qloop, fake_source, clock):
    """A shown window over the fake source, a hub, and the controller between them."""

    def build(settings: Settings | None = None, *, service: bool = True, notifier=None):
        window = MainWindow(JourneyService(fake_source, access=full_access()) if service else None)
        qtbot.addWidget(window)
        hub = CallHub(window, clock=clock)
        controller = CallPopController(
            window, hub, settings or Settings(), clock=clock, notifier=notifier
        )
        window.show()
        qtbot.waitExposed(window)
        return window, hub, controller

    return build


def call(hub: CallHub, number: str, **fields) -> object:
    return hub.deliver_fields({"number": number, **fields}, source="command")


def test_newest_call_wins_and_the_older_lookup_is_cancelled(qtbot, pop_for, fake_source, settle):
    window, hub, controller = pop_for()
    slow = fake_source.hold(RAYMOND)
    call(hub, "0151 12345678")
    first = controller.lookup_task
    qtbot.waitUntil(lambda: RAYMOND in fake_source.calls, timeout=WAIT_MS)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        call(hub, "030 123456", name="Dorain Gray")
    assert shown.args[0].customer.id == "C000002"
    assert first is not None and first.cancelled()
    slow.set()  # the first answer may still come: it must not replace the newest
    settle()
    assert controller.status()["id"] == "C000002"
    assert window.header.name_text() == "Dorain Gray"
    assert controller.banner.number_text() == "+49 30 123456"


def test_two_calls_in_one_event_loop_turn_start_one_lookup(qtbot, pop_for, fake_source, settle):
    window, hub, _controller = pop_for()
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        call(hub, RAYMOND)
        call(hub, DORAIN)
    assert shown.args[0].customer.id == "C000002"
    settle()
    assert fake_source.calls == [DORAIN]  # the first task was cancelled before it ran


def test_banner_shows_the_caller_and_follows_the_call(qtbot, pop_for, clock):
    window, hub, controller = pop_for()
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        event = call(hub, RAYMOND, name="Raymond", direction="manual")
    banner = controller.banner
    assert banner.isVisible()
    assert (banner.state, banner.status_text()) == (BannerState.LIVE, "Live")
    assert banner.number_text() == "+49 1511 2345678"
    assert banner.name_label().text() == "Raymond"
    assert banner.direction_text() == "Manual outbound"
    clock.advance(120)  # a call does not go idle, however quiet
    hub.set_call_state(event.call_id, "established")
    assert banner.status_text() == "Live"
    clock.advance(300)
    hub.set_call_state(event.call_id, "closed")
    ended = to_local_qdatetime(clock.now).time()
    assert banner.state is BannerState.ENDED
    shown = QLocale().toString(ended, QLocale.FormatType.ShortFormat)  # the locale's own
    assert banner.status_text() == f"Ended {shown}"
    assert re.fullmatch(r"Ended \d?\d[:.]\d\d(\s[AP]M)?", banner.status_text())
    assert not banner.timer.isActive()
    assert controller.status()["live_state"] == "ended"


def test_an_older_calls_end_leaves_the_newest_live(qtbot, pop_for):
    window, hub, controller = pop_for()
    older = call(hub, RAYMOND)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        call(hub, DORAIN)
    hub.set_call_state(older.call_id, "closed")
    assert controller.banner.status_text() == "Live"


def test_message_session_goes_idle_then_inactive_on_one_timer(qtbot, clock):
    banner = CallBanner(clock=clock)
    qtbot.addWidget(banner)
    start = clock.now
    banner.set_events([LiveEvent(LiveEventKind.ACTIVITY, start)], session=True)
    assert banner.state is BannerState.LIVE
    assert banner.timer.isActive() and 44_900 < banner.timer.interval() <= 45_001
    clock.advance(45)
    banner.timer.timeout.emit()
    assert (banner.state, banner.status_text()) == (BannerState.IDLE, "Idle")
    assert 14_900 < banner.timer.interval() <= 15_001
    clock.advance(15)
    banner.timer.timeout.emit()
    assert (banner.state, banner.status_text()) == (BannerState.INACTIVE, "Inactive")
    assert not banner.timer.isActive()
    # a new event makes it live again, and re-arms the timer
    banner.set_events(
        [LiveEvent(LiveEventKind.ACTIVITY, start), LiveEvent(LiveEventKind.ACTIVITY, clock.now)],
        session=True,
    )
    assert banner.status_text() == "Live" and banner.timer.isActive()


@pytest.mark.parametrize(
    ("background", "text"), [("#f7f7f7", "#000000"), ("#ffffff", "#1a1a1a"), ("#2d2d2d", "#eeeeee")]
)
def test_banner_colours_keep_contrast_in_light_and_dark(qtbot, clock, background, text):
    banner = CallBanner(clock=clock)
    qtbot.addWidget(banner)
    palette = QPalette(banner.palette())
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor(background))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    banner.setPalette(palette)
    banner.show_call("+49 30 123456", None, "Inbound")
    seen = {}
    for events, session in (
        ([LiveEvent(LiveEventKind.ARRIVED, clock.now)], False),
        ([LiveEvent(LiveEventKind.ACTIVITY, clock.now - timedelta(seconds=50))], True),
        ([LiveEvent(LiveEventKind.ACTIVITY, clock.now - timedelta(seconds=90))], True),
        ([LiveEvent(LiveEventKind.CLOSED, clock.now)], False),
    ):
        banner.set_events(events, session=session)
        colour = banner.status_colour()
        assert contrast_ratio(colour, QColor(background)) >= 4.5, (banner.state, colour.name())
        seen[banner.state] = (colour, banner.status_text())
    assert set(seen) == set(BannerState)
    live, idle = seen[BannerState.LIVE][0], seen[BannerState.IDLE][0]
    assert 90 <= live.hslHue() <= 150, live.name()  # green
    assert 25 <= idle.hslHue() <= 50, idle.name()  # amber
    assert len({words for _, words in seen.values()}) == 4  # the words differ, not only colours


def test_display_name_is_plain_text_never_markup(qtbot, pop_for):
    _window, hub, controller = pop_for()
    name = "<b>Boss</b> <img src='http://evil/x.png'> &amp;"
    call(hub, DORAIN, name=name)
    label = controller.banner.name_label()
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert label.text() == name


def test_campaign_manager_inbound_call_says_why_instead_of_an_empty_journey(
    qtbot, pop_for, fake_source
):
    settings = Settings(source=SourceSettings(kind=DataSource.CAMPAIGN_MANAGER))
    window, hub, controller = pop_for(settings)
    with qtbot.waitSignal(window.error_shown, timeout=WAIT_MS) as shown:
        call(hub, RAYMOND)
    message = "Inbound calls need Data Cloud: Campaign Manager has no inbound history."
    assert shown.args == [message]
    assert window.state_panel.title() == message
    assert not window.state_panel.retry_button().isVisible()
    assert controller.banner.status_text() == "Live"
    assert fake_source.calls == []
    # outbound calls have their history in Campaign Manager
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        call(hub, RAYMOND, direction="outbound")


def test_unknown_caller_gets_no_history_with_the_number(qtbot, pop_for):
    window, hub, controller = pop_for()
    with qtbot.waitSignal(window.no_history_shown, timeout=WAIT_MS) as shown:
        call(hub, "030 9999999")
    assert shown.args == ["+49 30 9999999"]
    assert window.state is ViewState.NO_HISTORY
    assert window.state_panel.title() == "No history for +49 30 9999999"
    assert controller.status() == {
        "id": None,
        "name": None,
        "view_state": "no_history",
        "live_state": "live",
    }


def test_withheld_number_is_not_searched_for(qtbot, pop_for, fake_source):
    window, hub, controller = pop_for()
    with qtbot.waitSignal(window.error_shown, timeout=WAIT_MS):
        call(hub, "anonymous")
    assert window.state_panel.title() == "This call has no number to look up."
    assert fake_source.calls == []
    assert controller.banner.number_text() == "anonymous"


def test_a_call_before_the_store_is_connected_pops_once_it_is(qtbot, pop_for, fake_source):
    window, hub, controller = pop_for(service=False)
    call(hub, DORAIN)
    assert controller.banner.isVisible()
    assert window.state is ViewState.IDLE
    window.set_service(JourneyService(fake_source, access=full_access()))
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        assert controller.on_service_ready()
    assert shown.args[0].customer.id == "C000002"
    assert not controller.on_service_ready()


def test_status_reports_the_customer_shown(qtbot, pop_for):
    window, hub, controller = pop_for()
    hub.set_status_provider(controller.status)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        call(hub, RAYMOND)
    status = hub.status()
    assert status["customer"] == {
        "id": "C000001",
        "name": "Raymond Gray",
        "view_state": "journey",
        "live_state": "live",
    }
    assert status["call"]["identifier"] == RAYMOND


@pytest.mark.parametrize("behaviour", [PopBehaviour.RAISE_AND_FOCUS, PopBehaviour.RAISE])
def test_a_call_brings_a_minimised_window_back(qtbot, pop_for, behaviour):
    window, hub, _ = pop_for(Settings(calls=CallSettings(pop=behaviour)))
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=WAIT_MS)
    call(hub, DORAIN)
    assert window.isVisible() and not window.isMinimized()
    without_focus = window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert without_focus is (behaviour is PopBehaviour.RAISE)
    if behaviour is PopBehaviour.RAISE_AND_FOCUS:
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)


def test_notify_only_sends_a_tray_message_when_there_is_a_tray(qtbot, pop_for):
    notifier = FakeNotifier(available=True)
    settings = Settings(calls=CallSettings(pop=PopBehaviour.NOTIFY))
    window, hub, _ = pop_for(settings, notifier=notifier)
    window.hide()
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        call(hub, DORAIN, name="Dorain Gray")
    assert notifier.messages == [("Call from +49 30 123456", "Dorain Gray")]
    assert not window.isVisible()


def test_notify_without_a_tray_raises_instead(qtbot, pop_for):
    notifier = FakeNotifier(available=False)
    window, hub, _ = pop_for(
        Settings(calls=CallSettings(pop=PopBehaviour.NOTIFY)), notifier=notifier
    )
    window.hide()
    call(hub, DORAIN)
    assert window.isVisible()
    assert notifier.messages == []


def test_a_second_launch_brings_the_window_forward(qtbot, pop_for):
    window, hub, _ = pop_for()
    window.hide()
    assert hub.handle_request({"op": "show"}) == {"ok": True}
    assert window.isVisible()


def test_pending_lookup_is_cancelled_on_close(qtbot, pop_for, fake_source):
    window, hub, controller = pop_for()
    fake_source.hold(RAYMOND)
    call(hub, RAYMOND)
    task = controller.lookup_task
    window.close()
    qtbot.waitUntil(lambda: task is not None and task.done(), timeout=WAIT_MS)
    assert task.cancelled()
    assert isinstance(task, asyncio.Task)


def test_notification_text_carries_no_markup() -> None:
    from journey_widget.ui.calls.pop import markup_free

    text = markup_free('Jürgen <a href="x">Weiß</a> & <img src=y>')
    assert "<" not in text and ">" not in text and "&" not in text
    assert "Jürgen" in text and "Weiß" in text


def test_an_unusable_call_leaves_no_earlier_caller_in_the_search_field(qtbot, pop_for, fake_source):
    """Issue 16.10: after a call whose caller ID is no number, the field showed the previous
    caller's number beside the error, and a lookup still under way for them could replace the
    error with their journey."""
    window, hub, controller = pop_for()
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        call(hub, RAYMOND)
    assert window.search_field.text() == RAYMOND
    gate = fake_source.hold(DORAIN)
    call(hub, DORAIN)
    qtbot.waitUntil(lambda: DORAIN in fake_source.calls, timeout=WAIT_MS)
    dorain = controller.lookup_task
    call(hub, "--help")  # a caller ID that names nobody
    assert window.search_field.text() == ""
    assert window.state is ViewState.ERROR
    with qtbot.assertNotEmitted(window.journey_shown):
        gate.set()  # Dorain's answer may come after the unusable call: it is not shown
        qtbot.waitUntil(dorain.done, timeout=WAIT_MS)
    assert window.state is ViewState.ERROR
    assert window.search_field.text() == ""
