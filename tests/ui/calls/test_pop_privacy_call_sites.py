"""Privacy (SPEC D7) where the window shows identifiers that did not come through a journey:
the call banner (the caller's number and name) and "No history for …"."""

from __future__ import annotations

from journey_widget.calls.hub import CallHub
from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import Settings
from journey_widget.ui.calls.pop import CallPopController
from journey_widget.ui.shell.main_window import MainWindow, ViewState


def _pop(qtbot, fake_source, role: Role):
    access = Access(UserContext.for_role("t", role), obfuscate_identifiers=True)
    window = MainWindow(JourneyService(fake_source, access=access))
    qtbot.addWidget(window)
    hub = CallHub(window)
    controller = CallPopController(window, hub, Settings())
    window.show()
    return window, hub, controller


def test_the_banner_obfuscates_the_caller_for_a_supervisor(qtbot, qloop, fake_source):
    window, hub, controller = _pop(qtbot, fake_source, Role.SUPERVISOR)
    hub.deliver_fields({"number": "+4915112345678", "name": "Raymond Gray"}, source="command")
    assert controller.banner.number_text() == "+49 •••• •••5678"
    assert "Raymond" not in controller.banner.accessibleName()
    qtbot.waitUntil(lambda: window.state is ViewState.JOURNEY)
    assert "Raymond" not in window.windowTitle()  # the journey came through the guard


def test_the_banner_shows_the_number_to_an_agent(qtbot, qloop, fake_source):
    _window, hub, controller = _pop(qtbot, fake_source, Role.AGENT)
    hub.deliver_fields({"number": "+4915112345678"}, source="command")
    assert controller.banner.number_text() == "+49 1511 2345678"


def test_no_history_names_the_number_obfuscated(qtbot, qloop, fake_source):
    access = Access(UserContext.for_role("t", Role.SUPERVISOR), obfuscate_identifiers=True)
    window = MainWindow(JourneyService(fake_source, access=access))
    qtbot.addWidget(window)
    shown: list[str] = []
    window.no_history_shown.connect(shown.append)
    window.lookup("+41 23 456 45 67")
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["+41 •• ••• 45 67"]
