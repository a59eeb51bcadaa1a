"""Caller ID is untrusted (SPEC B4): every way in ends in one validated CallEvent."""

from __future__ import annotations

import unicodedata
from datetime import UTC

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey_widget.calls.events import (
    MAX_NAME_LENGTH,
    MAX_NUMBER_LENGTH,
    InvalidCallEvent,
    event_from_fields,
    make_call_event,
    mask_number,
)
from journey_widget.calls.url_scheme import event_from_url, is_call_url
from journey_widget.model import Direction, IdentifierKind, OutboundKind


def test_fields_become_a_normalised_event():
    event = event_from_fields(
        {
            "number": "(030) 123-4567",
            "name": " Erika\n Mustermann ",
            "direction": "Manual",
            "campaign": "C-7",
            "future_key": 1,
        },
        source="http",
    )
    assert event.number == "(030) 123-4567"
    assert event.identifier is not None and event.identifier.value == "+49301234567"
    assert event.name == "Erika Mustermann"
    assert (event.direction, event.outbound_kind, event.mode) == (
        Direction.OUTBOUND,
        OutboundKind.MANUAL,
        "manual",
    )
    assert event.received_at.tzinfo is UTC
    assert event.lookup_query == "+49301234567"
    assert len(event.call_id) == 32


def test_unparseable_number_keeps_cleaned_text_for_display():
    event = make_call_event("anonymous\x00", source="command")
    assert (event.number, event.identifier, event.lookup_query) == ("anonymous", None, "anonymous")


def test_sip_uri_that_is_not_a_number_stays_a_sip_identifier():
    event = make_call_event("<sip:Alice@PBX.example.com>", source="baresip")
    assert event.identifier is not None
    assert (event.identifier.kind, event.identifier.value) == (
        IdentifierKind.SIP,
        "sip:alice@pbx.example.com",
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "The call has no number."),
        ({"number": "   "}, "The call has no number."),
        (
            {"number": "1", "direction": "sideways"},
            "The direction must be inbound, outbound or manual.",
        ),
        ({"number": "1", "name": {"x": 1}}, "“name” must be text."),
        ({"number": True}, "“number” must be text."),
    ],
)
def test_invalid_fields(fields, message):
    with pytest.raises(InvalidCallEvent, match=message):
        event_from_fields(fields, source="http")


@given(
    number=st.text(max_size=2000).filter(lambda t: any(c.isalnum() for c in t)),
    name=st.one_of(st.none(), st.text(max_size=2000)),
)
def test_any_input_gives_a_clean_capped_event_or_a_sentence(number, name):
    try:
        event = make_call_event(number, name=name, source="http")
    except InvalidCallEvent:
        return
    for text in (event.number, event.name or ""):
        assert not any(unicodedata.category(c)[0] == "C" for c in text)
        assert text == text.strip()
    assert len(event.number) <= MAX_NUMBER_LENGTH
    assert len(event.name or "") <= MAX_NAME_LENGTH


def test_numbers_are_masked_in_logs():
    assert mask_number("+49 30 1234567") == "+•• •• ••••567"
    # e-mail and SIP addresses name the person before the "@" (DESIGN: logs mask e-mail)
    assert mask_number("erika.m@example.org") == "•••@example.org"
    assert mask_number("sip:jürgen@pbx") == "•••@pbx"


# --- the URL scheme -------------------------------------------------------------------------


def test_url_with_all_fields():
    event = event_from_url(
        "journey-widget://call?number=sip%3A%2B4930123%40pbx&name=J%C3%BCrgen%20%3Cb%3E"
        "&direction=outbound&campaign=C1&number=ignored"
    )
    assert event.identifier is not None and event.identifier.value == "+4930123"
    assert (event.name, event.direction, event.campaign, event.source) == (
        "Jürgen <b>",
        Direction.OUTBOUND,
        "C1",
        "url",
    )


def test_url_without_slashes_and_plus_as_space():
    event = event_from_url("JOURNEY-WIDGET:call?number=030+123456")
    assert event.identifier is not None and event.identifier.value == "+4930123456"


@pytest.mark.parametrize(
    "url",
    [
        "https://call?number=1",
        "journey-widget://delete?number=1",
        "journey-widget://call?name=Erika",
        "journey-widget://call?" + "a=1&" * 40,
        "journey-widget://call?number=" + "1" * 3000,
    ],
)
def test_bad_urls_are_refused(url):
    with pytest.raises(InvalidCallEvent):
        event_from_url(url)


def test_is_call_url():
    assert is_call_url(" journey-widget://call?number=1")
    assert not is_call_url("+4930123")
    assert not is_call_url("sip:+4930123@host")
