"""The roster of live calls (issue 17.5) and SIP From headers as caller IDs (issue 17.4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from journey_widget.calls.events import InvalidCallEvent, make_call_event, split_from_header
from journey_widget.calls.roster import CLOSED, ESTABLISHED, MAX_LIVE_CALLS, CallRoster

T0 = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def _call(number: str, **more):
    return make_call_event(number, source="command", received_at=T0, **more)


def test_calls_join_in_order_and_leave_when_they_end():
    roster = CallRoster()
    first, second = roster.add(_call("+4930111")), roster.add(_call("+4930222"))
    assert [c.call_id for c in roster.live()] == [first.call_id, second.call_id]
    assert roster.set_state(first.call_id, ESTABLISHED, T0 + timedelta(seconds=5)) is first
    ended = roster.set_state(first.call_id, CLOSED, T0 + timedelta(seconds=65), because="x")
    assert ended is first and ended.ended and ended.ended_because == "x"
    assert [c.call_id for c in roster.live()] == [second.call_id]
    assert roster.set_state(first.call_id, CLOSED, T0) is None  # ended twice: nothing


def test_calls_nobody_ended_do_not_pile_up():
    """A hook without a hang-up line never ends a call: the roster keeps the newest few."""
    roster = CallRoster()
    calls = [roster.add(_call(f"+49301{n:04d}")) for n in range(MAX_LIVE_CALLS + 5)]
    assert [c.call_id for c in roster.live()] == [c.call_id for c in calls[5:]]


def test_a_hang_up_finds_the_newest_live_call_by_number_in_any_spelling():
    roster = CallRoster()
    older = roster.add(_call("030 111"))
    newer = roster.add(_call("+4930111", name="again"))
    other = roster.add(_call("sip:anna@example.org"))
    assert roster.find("+49 30 111", region="DE") is newer
    assert roster.find("sip:anna@example.org", region="DE") is other
    assert roster.find(call_id=older.call_id, region="DE") is older
    assert roster.find("+4930999", region="DE") is None
    assert roster.find("", region="DE") is None


def test_status_entries_carry_the_documented_keys():
    roster = CallRoster()
    call = roster.add(_call("+4930111", name="Erika"))
    entry = call.to_json(T0 + timedelta(seconds=3))
    assert {"call_id", "identifier", "name", "state", "live_state"} <= entry.keys()
    assert (entry["identifier"], entry["name"], entry["state"]) == ("+4930111", "Erika", "arrived")


@pytest.mark.parametrize(
    ("header", "number", "name"),
    [
        ('"John Roe" <sip:+12063317316@pbx>', "sip:+12063317316@pbx", "John Roe"),
        ("John Roe <sip:+12063317316@pbx>;tag=a73kszlfl", "sip:+12063317316@pbx", "John Roe"),
        ("<sip:+4930123@pbx;transport=tcp>", "sip:+4930123@pbx;transport=tcp", None),
        ('"Roe, \\"Jo\\"" <sips:1234@host:5061>', "sips:1234@host:5061", 'Roe, "Jo"'),
        ('"" <tel:+4930123>', "tel:+4930123", None),
    ],
)
def test_a_sip_from_header_gives_the_number_and_the_display_name(header, number, name):
    assert split_from_header(header) == (number, name)
    event = _call(header)
    assert event.number == number and event.name == name
    assert event.identifier is not None


def test_an_explicit_name_wins_over_the_display_name():
    assert _call('"Switchboard" <sip:+4930123@pbx>', name="Erika").name == "Erika"


def test_a_plain_number_or_uri_is_no_header():
    assert split_from_header("+49 30 123") is None
    assert split_from_header("sip:+4930123@pbx;tag=1") is None


@pytest.mark.parametrize("header", ['"x" <sip:1@h', "<>", '"A" <mailto:a@b>', "<b>123</b>"])
def test_an_unusable_header_is_one_sentence(header):
    with pytest.raises(InvalidCallEvent, match="SIP From header"):
        _call(header)
