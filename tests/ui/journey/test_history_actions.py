"""Act from the history (SPEC H3): call back, copy the number, open the case — from a card's
or a row's context menu and from the detail pop-up, with the keyboard; nothing via a shell."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from tests.journeys import NOW, call, customer, ticket

from journey_widget.model import Channel, IdentifierKind, Journey
from journey_widget.settings import CallSettings, Settings, SettingsFile
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.journey.history_actions import HistoryActions, number_for, web_url
from journey_widget.ui.journey.page import JourneyPage
from journey_widget.ui.journey.sections import menu_texts


class Handover:
    """What would have gone to the desktop or a process, instead of a real softphone."""

    def __init__(self, works: bool = True) -> None:
        self.urls: list[QUrl] = []
        self.processes: list[tuple[str, list[str]]] = []
        self.works = works

    def open_url(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.works

    def start(self, program: str, arguments: list[str]) -> bool:
        self.processes.append((program, arguments))
        return self.works


def actions_with(handover: Handover, command: str = "") -> HistoryActions:
    return HistoryActions(
        call_settings=lambda: CallSettings(dial_command=command),
        open_url=handover.open_url,
        start_detached=handover.start,
    )


CALL = replace(call("I1", "C1", NOW - timedelta(days=1)), phone_number="+4915112345678")
RAYMOND = customer("C1", "Raymond Müller", "+49301234567", sip="sip:ray@pbx.example.com")


# --- the bad input first ----------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "+49301234567; rm -rf ~",
        "$(reboot)",
        "-e /bin/sh",
        "4567",
        "sip:ray@pbx.example.com;transport=tcp",
        "javascript:alert(1)",
    ],
)
@pytest.mark.parametrize("command", ["", "softphone --dial {number}"])
def test_implausible_numbers_are_refused_with_a_sentence(qapp, number, command):
    handover = Handover()
    actions = actions_with(handover, command)
    said = []
    actions.feedback.connect(lambda text, problem: said.append((text, problem)))
    assert not actions.call_back(replace(CALL, phone_number=number))
    assert handover.urls == [] and handover.processes == []
    assert said and said[0][1] is True
    assert "not a phone number or SIP address" in said[0][0]


def test_a_broken_command_setting_says_so(qapp):
    handover = Handover()
    actions = actions_with(handover, 'softphone "unclosed')
    said = []
    actions.feedback.connect(lambda text, _problem: said.append(text))
    assert not actions.call_back(CALL)
    assert handover.processes == []
    assert "call-back command" in said[0]


def test_no_number_at_all(qapp):
    actions = actions_with(Handover())
    email = replace(CALL, channel=Channel.EMAIL, phone_number=None, address="r@example.com")
    assert number_for(email, None) is None
    said = []
    actions.feedback.connect(lambda text, _problem: said.append(text))
    assert not actions.call_back(email)
    assert said == ["There is no number to call back."]


def test_a_softphone_that_does_not_start_is_reported(qapp):
    handover = Handover(works=False)
    actions = actions_with(handover, "softphone")
    said = []
    actions.feedback.connect(lambda text, problem: said.append((text, problem)))
    assert not actions.call_back(CALL)
    assert said[0][1] is True and "could not be started" in said[0][0]


@pytest.mark.parametrize(
    "link",
    ["file:///etc/passwd", "javascript:alert(1)", "ftp://x.example.com/a", "/relative", "", None],
)
def test_only_web_links_open(qapp, link):
    handover = Handover()
    actions = actions_with(handover)
    assert web_url(link) is None
    assert not actions.open_link(link)
    assert handover.urls == []


# --- what works -------------------------------------------------------------------------


def test_call_back_hands_a_tel_url_to_the_desktop(qapp):
    handover = Handover()
    actions = actions_with(handover)
    assert actions.call_back(replace(CALL, phone_number="(030) 123-4567"))
    assert [u.toString() for u in handover.urls] == ["tel:+49301234567"]


def test_call_back_of_a_sip_address_hands_a_sip_url(qapp):
    handover = Handover()
    actions = actions_with(handover)
    actions.set_customer(replace(RAYMOND, identifiers=RAYMOND.identifiers_of(IdentifierKind.SIP)))
    assert actions.call_back(replace(CALL, phone_number=None))
    assert [u.toString() for u in handover.urls] == ["sip:ray@pbx.example.com"]


def test_call_back_runs_the_configured_command_as_an_argument_list(qapp):
    handover = Handover()
    actions = actions_with(handover, "baresip-dial --call {number}")
    said = []
    actions.feedback.connect(lambda text, problem: said.append((text, problem)))
    assert actions.call_back(CALL)
    assert handover.processes == [("baresip-dial", ["--call", "+4915112345678"])]
    assert handover.urls == []
    assert said == [("Calling +49 1511 2345678 …", False)]


def test_a_real_detached_process_gets_the_number_as_one_argument(qapp, qtbot, tmp_path):
    """No fakes: QProcess.startDetached runs a program that records its arguments."""
    out = tmp_path / "argv.txt"
    script = f"import sys; open({str(out)!r}, 'w').write(repr(sys.argv[1:]))"
    command = f'"{sys.executable}" -c "{script}" --number {{number}}'
    actions = HistoryActions(call_settings=lambda: CallSettings(dial_command=command))
    assert actions.call_back(replace(CALL, phone_number="+49 30 1234567"))
    qtbot.waitUntil(out.exists, timeout=10_000)
    qtbot.waitUntil(lambda: out.read_text() != "", timeout=10_000)
    assert out.read_text() == repr(["--number", "+49301234567"])


def test_the_dial_command_comes_from_the_settings_file(qapp):
    SettingsFile().save(Settings(calls=CallSettings(dial_command="softphone {uri}")))
    handover = Handover()
    actions = HistoryActions(open_url=handover.open_url, start_detached=handover.start)
    assert actions.call_back(replace(CALL, phone_number="+49301234567"))
    assert handover.processes == [("softphone", ["tel:+49301234567"])]


def test_the_customer_s_number_when_the_interaction_has_none(qapp):
    handover = Handover()
    actions = actions_with(handover)
    actions.set_customer(RAYMOND)
    assert actions.call_back(replace(CALL, phone_number=None))
    assert handover.urls[0].toString() == "tel:+49301234567"


def test_copy_number_puts_e164_on_the_clipboard(qapp):
    actions = actions_with(Handover())
    said = []
    actions.feedback.connect(lambda text, _problem: said.append(text))
    assert actions.copy_number(replace(CALL, phone_number="030 1234567"))
    assert QGuiApplication.clipboard().text() == "+49301234567"
    assert said == ["Copied +49 30 1234567"]


# --- on the journey page ------------------------------------------------------------------


@pytest.fixture
def page(qtbot):
    handover = Handover()
    widget = JourneyPage()
    widget.actions._open_url = handover.open_url
    widget.actions._start_detached = handover.start
    widget.actions._call_settings = lambda: CallSettings()
    qtbot.addWidget(widget)
    widget.resize(380, 800)
    interactions = (
        call("I1", "C1", NOW - timedelta(hours=3)),
        replace(call("I2", "C1", NOW - timedelta(hours=2)), case=None),
    )
    widget.show_journey(
        Journey(RAYMOND, interactions, (ticket("T1", "C1", "I1", NOW - timedelta(days=1)),)),
        None,
        12,
    )
    widget.show()
    qtbot.waitExposed(widget)
    widget.handover = handover
    return widget


def _menus(page) -> list[QMenu]:
    shown: list[QMenu] = []
    page._menus.opened.connect(lambda menu, _i: shown.append(menu))
    return shown


def test_the_menu_key_on_a_card_opens_the_actions(page, qtbot):
    cards = page.day_panel.list
    cards.setFocus()
    cards.setCurrentIndex(cards.model().index(0, 0))
    shown = _menus(page)
    qtbot.keyClick(cards, Qt.Key.Key_Menu)
    assert shown, "no context menu for the keyboard"
    texts = menu_texts(shown[0])
    assert texts[0] == "Call back +49 30 1234567"  # the customer's, the call has none
    assert texts[1] == "Copy +49 30 1234567"
    assert texts[2] == "Open case CASE-1"
    shown[0].close()


def test_shift_f10_on_a_grid_row_and_call_back_from_it(page, qtbot):
    page.set_view("grid")
    table = page.table
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 0))
    shown = _menus(page)
    qtbot.keyClick(table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert shown
    shown[0].actions()[0].trigger()
    assert page.handover.urls[0].scheme() == "tel"
    assert page.note_text().startswith("Calling +")
    shown[0].close()


def test_open_case_from_the_menu_shows_the_case_tab(page, qtbot):
    cards = page.day_panel.list
    row = next(
        r
        for r in range(cards.model().rowCount())
        if cards.model().index(r, 0).data(ItemRole.INTERACTION).case
    )
    cards.setCurrentIndex(cards.model().index(row, 0))
    shown = _menus(page)
    qtbot.keyClick(cards, Qt.Key.Key_Menu)
    shown[0].actions()[2].trigger()
    assert page.popup.isVisible()
    assert page.popup.tabs.currentIndex() == 0  # the Case tab
    assert ("Case ID", "CASE-1") in page.popup.case_rows()
    page.popup.close()


def test_no_case_means_a_disabled_menu_entry(page, qtbot):
    cards = page.day_panel.list
    row = next(
        r
        for r in range(cards.model().rowCount())
        if not cards.model().index(r, 0).data(ItemRole.INTERACTION).case
    )
    cards.setCurrentIndex(cards.model().index(row, 0))
    shown = _menus(page)
    qtbot.keyClick(cards, Qt.Key.Key_Menu)
    assert not shown[0].actions()[2].isEnabled()
    shown[0].close()


def test_pop_up_buttons_call_back_and_copy_with_the_keyboard(page, qtbot):
    page.open_detail(page.shown[0])
    popup = page.popup
    call_button, copy_button, _case = popup.action_buttons()
    call_button.setFocus()
    qtbot.keyClick(call_button, Qt.Key.Key_Return)
    assert popup.isVisible()  # Enter on a button acts; it does not close the pop-up
    assert page.handover.urls and page.handover.urls[0].scheme() == "tel"
    assert popup.note_text().startswith("Calling")
    copy_button.setFocus()
    qtbot.keyClick(copy_button, Qt.Key.Key_Space)
    assert QApplication.clipboard().text().startswith("+49")
    popup.close()


def test_the_region_setting_reads_national_numbers(qapp):
    from journey_widget.settings import DisplaySettings

    SettingsFile().save(Settings(display=DisplaySettings(region="ID")))
    handover = Handover()
    actions = HistoryActions(
        call_settings=lambda: CallSettings(),
        open_url=handover.open_url,
        start_detached=handover.start,
    )
    assert actions.call_back(replace(CALL, phone_number="0812 3456 7890"))
    assert handover.urls[0].toString() == "tel:+6281234567890"


def test_a_right_click_on_a_card_opens_its_menu(page, qtbot):
    from PySide6.QtGui import QContextMenuEvent

    cards = page.day_panel.list
    rect = cards.visualRect(cards.model().index(1, 0))
    shown = _menus(page)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, rect.center(), cards.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(cards.viewport(), event)
    assert shown
    assert cards.currentIndex().row() == 1  # the card under the mouse, now current
    shown[0].close()
