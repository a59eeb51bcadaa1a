"""Journey 1, the agent: the widget runs on a demo store, ``journey-widget call NUMBER`` from
another process pops it over the local socket, the agent filters by category, opens the detail
pop-up, copies the number, a second call supersedes the first, and the live call ends."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from e2e.conftest import WAIT_MS
from fixtures.stores import phone_of, stored_journey
from journey_widget.app.session import GuiOptions
from journey_widget.calls import sink
from journey_widget.model.identifiers import normalize_phone
from journey_widget.ui.shell.main_window import ViewState

CLI = [sys.executable, "-m", "journey_widget.cli"]


def call_from_another_process(qtbot, *args: str) -> subprocess.CompletedProcess[str]:
    """``journey-widget call …`` as a softphone runs it; Qt keeps serving while it runs."""
    process = subprocess.Popen(
        [*CLI, "call", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=WAIT_MS)
    out, err = process.communicate()
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_agent_takes_two_calls_from_the_softphone(qtbot, session_for, demo_store: Path) -> None:
    session = session_for(GuiOptions(store=demo_store))
    window = session.window
    assert session.hub.start_local_server()
    try:
        assert session.hub.listener_states[sink.LOCAL_SOCKET] == sink.LISTENING
        first, second = "C000002", "C000003"

        # The softphone pops the first caller through the local socket.
        with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
            done = call_from_another_process(qtbot, phone_of(demo_store, first), "--name", "Ana")
            assert (done.returncode, done.stderr) == (0, "")
        journey = shown.args[0]
        assert journey.customer.id == first
        assert window.state is ViewState.JOURNEY
        assert session.calls.banner.isVisible()
        assert session.hub.status()["customer"]["live_state"] == "live"
        page = window.journey_page
        stored = stored_journey(demo_store, first)
        assert {i.id for i in page.shown} <= {i.id for i in stored.interactions}
        assert page.shown

        # Filter by a category the caller has: only that category is left, in both views.
        box = page.filter_bar.category_box()
        assert not box.isHidden()
        category = next(i.category for i in page.shown if i.category is not None)
        index = box.findData(category)
        assert index > 0, [box.itemText(i) for i in range(box.count())]
        box.setCurrentIndex(index)
        box.activated.emit(index)
        assert page.shown
        assert {i.category for i in page.shown} == {category}

        # The detail pop-up of a call, and its number copied to the clipboard.
        with_number = next((i for i in page.shown if i.phone_number), None)
        if with_number is None:  # this category has no call: go back to all of them
            box.setCurrentIndex(0)
            box.activated.emit(0)
            with_number = next(i for i in page.shown if i.phone_number)
        page.open_detail(with_number)
        popup = page.popup
        qtbot.waitUntil(popup.isVisible, timeout=WAIT_MS)
        _call, copy_button, _case = popup.action_buttons()
        assert copy_button.isEnabled()
        QGuiApplication.clipboard().clear()
        copy_button.click()
        expected = normalize_phone(with_number.phone_number, "DE")
        assert QGuiApplication.clipboard().text() == expected
        popup.close()

        # A second call supersedes the first: its journey is shown, the banner is its own.
        with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
            done = call_from_another_process(qtbot, phone_of(demo_store, second))
            assert done.returncode == 0, done.stderr
        assert shown.args[0].customer.id == second
        status = session.hub.status()
        assert status["customer"]["id"] == second
        assert status["call"]["identifier"] == phone_of(demo_store, second)
        second_call = session.calls.current_call
        assert second_call is not None

        # The first call's end does not touch the second; the second's end ends the banner.
        session.hub.set_call_state("an-older-call", "closed")
        assert session.hub.status()["customer"]["live_state"] == "live"
        session.hub.set_call_state(second_call.call_id, "closed")
        assert session.hub.status()["customer"]["live_state"] == "ended"
        assert window.state is ViewState.JOURNEY  # the journey stays for the wrap-up
    finally:
        session.hub.stop_local_server()
