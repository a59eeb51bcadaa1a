"""SPEC E4 live status as pure functions of (events, now), driven by a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from journey_widget.model import LiveState
from journey_widget.model.live_status import (
    LiveEvent,
    LiveEventKind,
    call_state,
    session_next_change,
    session_state,
)

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def ev(kind: str, seconds: float) -> LiveEvent:
    return LiveEvent(LiveEventKind(kind), at(seconds))


def test_a_call_is_live_until_it_ends_however_quiet():
    events = [ev("arrived", 0)]
    assert call_state(events, at(0)) is LiveState.LIVE
    assert call_state(events, at(3600)) is LiveState.LIVE
    events.append(ev("established", 5))
    assert call_state(events, at(600)) is LiveState.LIVE
    events.append(ev("closed", 700))
    assert call_state(events, at(701)) is LiveState.INACTIVE
    assert call_state(events, at(701), shown_as_history=True) is LiveState.PAST
    assert call_state([], at(0)) is LiveState.PAST


def test_a_message_session_goes_idle_then_inactive_and_revives():
    events = [ev("arrived", 0), ev("activity", 10)]
    clock = [at(10 + s) for s in (0, 44.999, 45, 59.999, 60, 600)]
    assert [session_state(events, now) for now in clock] == [
        LiveState.LIVE,
        LiveState.LIVE,
        LiveState.IDLE,
        LiveState.IDLE,
        LiveState.INACTIVE,
        LiveState.INACTIVE,
    ]
    events.append(ev("activity", 700))
    assert session_state(events, at(701)) is LiveState.LIVE
    assert session_state(events, at(800), shown_as_history=True) is LiveState.PAST
    assert session_state(events, at(750), shown_as_history=True) is LiveState.IDLE


def test_a_closed_session_is_inactive_at_once():
    events = [ev("arrived", 0), ev("closed", 5)]
    assert session_state(events, at(6)) is LiveState.INACTIVE
    assert session_next_change(events, at(6)) is None


def test_next_change_lets_the_ui_schedule_one_timer():
    events = [ev("activity", 0)]
    assert session_next_change(events, at(1)) == at(45)
    assert session_next_change(events, at(45)) == at(60)
    assert session_next_change(events, at(60)) is None


def test_order_and_clock_skew():
    # Events may come unordered; an event stamped slightly in the future counts as fresh.
    events = [ev("activity", 100), ev("arrived", 0)]
    assert session_state(events, at(120)) is LiveState.LIVE
    assert session_state([ev("activity", 30)], at(0)) is LiveState.LIVE
    # Same instant: the one given last wins (closed after the final message).
    assert call_state([ev("activity", 5), ev("closed", 5)], at(5)) is LiveState.INACTIVE
