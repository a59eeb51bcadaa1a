"""The window menu's customer operations entries: present, permission-aware, and acting on
the customer the window shows."""

from __future__ import annotations

from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.ui.operations.dialogs import AnonymiseDialog
from journey_widget.ui.operations.menu import OperationsMenu
from journey_widget.ui.shell.main_window import MainWindow


def _window(qtbot, fake_source, role: Role) -> tuple[MainWindow, OperationsMenu]:
    access = Access(UserContext.for_role("tester", role))
    window = MainWindow(JourneyService(fake_source, access=access))
    qtbot.addWidget(window)
    menu = OperationsMenu(window)
    return window, menu


def test_the_entries_sit_in_their_menu_sections(qtbot, qloop, fake_source):
    window, menu = _window(qtbot, fake_source, Role.ADMINISTRATOR)
    texts = [a.text() for a in window.menu.actions()]
    assert texts.index("Customer &operations") < texts.index("&Export customer…")
    assert texts.index("&Export customer…") < texts.index("Anony&mise customer…")
    assert not menu.export_action.isEnabled()  # no customer shown yet
    assert menu.open_action.isEnabled()


def test_export_and_anonymise_follow_the_role(qtbot, qloop, fake_source):
    for role, allowed in ((Role.AGENT, False), (Role.ADMINISTRATOR, True)):
        window, menu = _window(qtbot, fake_source, role)
        window.lookup("C000001")
        qtbot.waitUntil(lambda w=window: w.state.value == "journey")
        menu.update_actions()
        assert menu.export_action.isEnabled() is allowed
        assert menu.anonymise_action.isEnabled() is allowed


def test_anonymise_from_the_menu_opens_the_confirmation_for_the_customer_shown(
    qtbot, qloop, fake_source
):
    window, menu = _window(qtbot, fake_source, Role.ADMINISTRATOR)
    window.lookup("C000001")
    qtbot.waitUntil(lambda: window.state.value == "journey")
    menu.anonymise_action.trigger()
    view = menu.view
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: isinstance(view.dialog, AnonymiseDialog))
    assert view.dialog.customer_id == "C000001"
    assert view.dialog.confirm_button.text() == "Anonymise Raymond Gray"
    view.dialog.reject()
    view.close()
