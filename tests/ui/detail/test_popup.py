"""The detail pop-up's Case and Interaction tabs (SPEC F2) and the channel details of E2:
every source shows what it has, and a field a source lacks is hidden, not shown empty."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from tests.journeys import NOW, call

from journey_widget.model import Case, Channel, DataSource, Direction, Interaction
from journey_widget.ui.detail.fields import case_fields, detail_fields
from journey_widget.ui.detail.popup import CASE_TAB, INTERACTION_TAB, DetailPopup
from journey_widget.ui.journey.history_actions import HistoryActions

CALL = replace(
    call("I1", "C1", NOW - timedelta(days=1)),
    phone_number="+4915112345678",
    channel_account="+49 30 5555 0100",
    case=Case(
        "CASE-9",
        NOW - timedelta(days=3),
        category="Billing",
        sub_category="Invoice",
        type="Complaint",
        detail_category="Double charge",
        priority="High",
        subject="Charged twice",
        updated_at=NOW - timedelta(days=1),
        owner="Lena Schmidt",
        url="https://crm.example.com/cases/CASE-9",
    ),
)


def message(channel: Channel, **fields) -> Interaction:
    return Interaction(
        id=f"M-{channel.value}",
        customer_id="C1",
        channel=channel,
        direction=Direction.INBOUND,
        started_at=NOW - timedelta(hours=2),
        **fields,
    )


@pytest.fixture
def popup(qtbot):
    widget = DetailPopup()
    qtbot.addWidget(widget)
    return widget


def labels(rows) -> list[str]:
    return [label for label, _ in rows]


# --- the Case tab -----------------------------------------------------------------------


def test_case_tab_lists_the_seed_s_fields_in_order(qapp):
    assert labels(case_fields(CALL.case)) == [
        "Case ID",
        "Case Created",
        "Category",
        "Sub Category",
        "Type",
        "Detail Category",
        "Priority",
        "Subject",
        "Date Created",
        "Last Update",
        "Case Owner",
    ]


def test_case_fields_a_source_lacks_are_hidden(qapp):
    bare = Case("CASE-1", NOW)
    assert labels(case_fields(bare)) == ["Case ID", "Case Created", "Date Created"]
    assert case_fields(None) == []


def test_no_case_no_case_tab(popup):
    popup.show_interaction(replace(CALL, case=None), ())
    assert not popup.has_case_tab()
    assert popup.tabs.currentIndex() == INTERACTION_TAB
    popup.show_case()  # nothing to show: stays on the interaction
    assert popup.tabs.currentIndex() == INTERACTION_TAB


def test_case_tab_and_its_crm_link(popup):
    popup.show_interaction(CALL, ())
    assert popup.has_case_tab()
    popup.show_case()
    assert popup.tabs.currentIndex() == CASE_TAB
    assert ("Priority", "High") in popup.case_rows()
    assert not popup.case_link_button().isHidden()


def test_an_unsafe_case_link_gets_no_button(popup):
    bad = replace(CALL, case=replace(CALL.case, url="javascript:alert(1)"))
    popup.show_interaction(bad, ())
    assert popup.case_link_button().isHidden()


# --- the Interaction tab ----------------------------------------------------------------


def test_interaction_tab_has_account_channel_timestamp_and_recording(popup):
    popup.show_interaction(CALL, ())
    rows = dict(popup.fields())
    assert rows["Customer account"] == "+49 1511 2345678"
    assert rows["Account / channel used"] == "Voice · +49 30 5555 0100"
    assert rows["Timestamp"].count(":") == 2 or rows["Timestamp"].count(".") >= 2  # seconds
    assert not popup.recording_button().isHidden()


@pytest.mark.parametrize(
    "url", ["file:///home/agent/rec.wav", "javascript:alert(1)", "recording.mp3"]
)
def test_a_recording_that_is_not_a_web_link_has_no_button(popup, url):
    popup.show_interaction(replace(CALL, recording_url=url), ())
    assert popup.recording_button().isHidden()


def test_no_recording_no_button(popup):
    popup.show_interaction(replace(CALL, recording_url=None), ())
    assert popup.recording_button().isHidden()


# --- channel details (E2) ---------------------------------------------------------------

CHANNEL_DETAILS = [
    (message(Channel.EMAIL, subject="Invoice March", address="r@example.com"), "Subject"),
    (message(Channel.WEB_CHAT, message_count=14), "Messages"),
    (message(Channel.WHATSAPP, phone_number="+6281234567890"), "Customer account"),
    (message(Channel.LINE, address="@raymond", channel_account="@nimbus-id"), "Customer account"),
    (
        message(Channel.TWITTER, address="@ray", channel_account="@NimbusHelp"),
        "Account / channel used",
    ),
    (message(Channel.MESSENGER, channel_account="facebook.com/Nimbus"), "Account / channel used"),
    (message(Channel.WEB_EVENT, web_page="https://shop.example.com/fibre"), "Web page"),
    (message(Channel.CONTENT_OFFER, content_offer="Fibre 500"), "Content offer"),
]


@pytest.mark.parametrize(("interaction", "label"), CHANNEL_DETAILS, ids=lambda x: str(x)[:20])
def test_every_channel_shows_its_detail(qapp, interaction, label):
    assert label in labels(detail_fields(interaction))


@pytest.mark.parametrize("source", [DataSource.CAMPAIGN_MANAGER, DataSource.DATA_CLOUD])
def test_external_sources_show_channel_details_only_when_they_carry_them(qapp, source):
    bare = replace(message(Channel.EMAIL), source=source)
    shown = labels(detail_fields(bare))
    for absent in ("Subject", "Messages", "Web page", "Account / channel used"):
        assert absent not in shown
    assert all(value for _, value in detail_fields(bare))  # nothing empty
    rich = replace(bare, subject="Invoice", channel_account="support@nimbus.example.com")
    shown = labels(detail_fields(rich))
    assert "Subject" in shown and "Account / channel used" in shown


def test_the_popup_never_shows_an_empty_row(popup):
    for interaction in [CALL, *(i for i, _ in CHANNEL_DETAILS)]:
        popup.show_interaction(interaction, ())
        assert all(value.strip() for _, value in popup.fields() + popup.case_rows())


def test_call_back_buttons_follow_whether_there_is_a_number(popup, qapp):
    popup.set_actions(HistoryActions())
    popup.show_interaction(CALL, ())
    call_button, copy_button, case_button = popup.action_buttons()
    assert call_button.isEnabled() and copy_button.isEnabled() and case_button.isEnabled()
    popup.show_interaction(message(Channel.WEB_EVENT, web_page="https://x.example.com"), ())
    assert not call_button.isEnabled() and not case_button.isEnabled()
