"""A call pops for a user who may not see identifiers (privacy on): the number stays masked.

The lookup uses the real number; the search field, its tooltip, the busy text, the window
title, the accessible texts and the clipboard only ever see the obfuscated form.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from journey_widget.calls.hub import CallHub
from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import Settings
from journey_widget.ui.calls.pop import CallPopController
from journey_widget.ui.shell.main_window import MainWindow, ViewState

WAIT_MS = 5000
RAYMOND = "+4915112345678"  # C000001 in the fake source
CLEAR_FORMS = ("4915112345678", "15112345678", "151 12345678", "0151", "12345678")
MASKED = "+49 •••• •••5678"


def _window_texts(window: MainWindow) -> list[str]:
    field = window.search_field
    return [
        field.text(),
        field.displayText(),
        field.toolTip(),
        field.accessibleName(),
        field.accessibleDescription(),
        field.placeholderText(),
        window.windowTitle(),
        window.state_panel.title(),
        window.state_panel.detail(),
    ]


def _assert_no_clear_number(texts: list[str]) -> None:
    for text in texts:
        compact = text.replace(" ", "")
        for form in CLEAR_FORMS:
            assert form.replace(" ", "") not in compact, f"{form!r} readable in {text!r}"


@pytest.fixture
def pop_as(qtbot, qloop, fake_source):
    def build(role: Role, *, privacy: bool):
        access = Access(UserContext.for_role("sam", role), obfuscate_identifiers=privacy)
        window = MainWindow(JourneyService(fake_source, access=access))
        qtbot.addWidget(window)
        hub = CallHub(window)
        controller = CallPopController(window, hub, Settings())
        window.show()
        qtbot.waitExposed(window)
        return window, hub, controller

    return build


def test_a_supervisor_with_privacy_on_never_sees_the_callers_number(qtbot, pop_as, fake_source):
    window, hub, controller = pop_as(Role.SUPERVISOR, privacy=True)
    gate = fake_source.hold(RAYMOND)
    hub.deliver_fields({"number": "0151 12345678"}, source="command")
    qtbot.waitUntil(lambda: RAYMOND in fake_source.calls, timeout=WAIT_MS)  # looked up in clear

    assert window.state is ViewState.BUSY
    assert window.search_field.text() == MASKED
    assert window.state_panel.title() == f"Looking up {MASKED}…"
    _assert_no_clear_number(_window_texts(window))

    field = window.search_field
    field.setFocus()
    field.selectAll()
    QGuiApplication.clipboard().clear()
    field.copy()
    _assert_no_clear_number([QGuiApplication.clipboard().text()])

    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        gate.set()
    assert controller.status()["id"] == "C000001"
    _assert_no_clear_number(_window_texts(window))
    assert window.search_field.text() == MASKED

    # Enter on the untouched field looks the caller up again, by the real number.
    fake_source.calls.clear()
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert fake_source.calls == [RAYMOND]
    _assert_no_clear_number(_window_texts(window))


def test_refresh_and_retry_keep_the_number_masked(qtbot, pop_as, fake_source):
    window, hub, _controller = pop_as(Role.SUPERVISOR, privacy=True)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        hub.deliver_fields({"number": RAYMOND}, source="command")
    gate = fake_source.hold(RAYMOND)
    fake_source.calls.clear()
    window.on_refresh()
    qtbot.waitUntil(lambda: fake_source.calls == [RAYMOND], timeout=WAIT_MS)
    assert window.state_panel.title() == f"Looking up {MASKED}…"
    _assert_no_clear_number(_window_texts(window))
    gate.set()
    qtbot.waitUntil(lambda: window.state is ViewState.JOURNEY, timeout=WAIT_MS)


def test_typing_over_the_masked_number_looks_up_what_was_typed(qtbot, pop_as, fake_source):
    window, hub, _controller = pop_as(Role.SUPERVISOR, privacy=True)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        hub.deliver_fields({"number": RAYMOND}, source="command")
    field = window.search_field
    field.clear()
    qtbot.keyClicks(field, "Dorain")
    fake_source.calls.clear()
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert shown.args[0].customer.id == "C000002"
    assert RAYMOND not in fake_source.calls


def test_the_masked_text_itself_is_never_looked_up(qtbot, pop_as, fake_source):
    """Bad input: an obfuscated form pasted in (another caller's) is no number to search for."""
    window, hub, _controller = pop_as(Role.SUPERVISOR, privacy=True)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        hub.deliver_fields({"number": RAYMOND}, source="command")
    field = window.search_field
    field.clear()
    field.insert("+49 •••• •••9999 ")
    fake_source.calls.clear()
    with qtbot.waitSignal(window.no_match_shown, timeout=WAIT_MS):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert RAYMOND not in fake_source.calls
    assert window.state is ViewState.NO_MATCH


@pytest.mark.parametrize(("role", "privacy"), [(Role.AGENT, True), (Role.SUPERVISOR, False)])
def test_users_who_may_see_the_number_see_it(qtbot, pop_as, role, privacy):
    window, hub, _controller = pop_as(role, privacy=privacy)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        hub.deliver_fields({"number": "0151 12345678"}, source="command")
    assert window.search_field.text() == RAYMOND


def test_a_back_end_that_says_supervisor_only_with_its_answer_masks_the_caller(
    qtbot, qloop, fake_source
):
    """The settings say agent (numbers in clear); the back end, asked with the first lookup,
    says supervisor: from its answer on, the caller in the search field is masked."""

    async def user_context():
        return UserContext.for_role("sam@tenant", Role.SUPERVISOR, origin="back end")

    fake_source.user_context = user_context
    access = Access(UserContext.for_role("sam", Role.AGENT), obfuscate_identifiers=True)
    window = MainWindow(JourneyService(fake_source, access=access))
    qtbot.addWidget(window)
    hub = CallHub(window)
    CallPopController(window, hub, Settings())
    window.show()
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        hub.deliver_fields({"number": RAYMOND}, source="command")
    assert window.service.access.user.role is Role.SUPERVISOR
    assert window.search_field.text() == MASKED
    _assert_no_clear_number(_window_texts(window))
    fake_source.calls.clear()
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert fake_source.calls == [RAYMOND]
