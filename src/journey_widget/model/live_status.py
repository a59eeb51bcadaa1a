"""Live status of an interaction (SPEC E4), as pure functions of (events, now).

A call is live from its arrival (or from being answered) until it is closed; then inactive,
or past once the widget shows it as history. A message session is live while active, idle
after 45 s without activity, inactive after 60 s, and live again on a new event. Keeping
this free of clocks and timers lets tests use a fake clock, and lets the UI schedule exactly
one timer for ``next_change`` instead of polling.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from journey_widget.model.enums import LiveState

IDLE_AFTER = timedelta(seconds=45)
INACTIVE_AFTER = timedelta(seconds=60)


class LiveEventKind(StrEnum):
    """What happened to an interaction. ``ACTIVITY`` is a message, typing, a segment change."""

    ARRIVED = "arrived"
    ESTABLISHED = "established"
    ACTIVITY = "activity"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class LiveEvent:
    kind: LiveEventKind
    at: datetime


def call_state(
    events: Iterable[LiveEvent], now: datetime, *, shown_as_history: bool = False
) -> LiveState:
    """A call: LIVE until closed, however long it is quiet; INACTIVE (or PAST) after."""
    del now  # a call does not go idle: SPEC E4 "a call is live until it ends"
    last = _last(events)
    if last is None:
        return LiveState.PAST
    if last.kind is not LiveEventKind.CLOSED:
        return LiveState.LIVE
    return LiveState.PAST if shown_as_history else LiveState.INACTIVE


def session_state(
    events: Iterable[LiveEvent], now: datetime, *, shown_as_history: bool = False
) -> LiveState:
    """A message session: LIVE, IDLE after 45 s of quiet, INACTIVE after 60 s or once closed."""
    last = _last(events)
    if last is None:
        return LiveState.PAST
    if last.kind is LiveEventKind.CLOSED:
        quiet_state = LiveState.INACTIVE
    else:
        quiet = max(now - last.at, timedelta(0))  # an event "from the future" is fresh
        if quiet < IDLE_AFTER:
            return LiveState.LIVE
        quiet_state = LiveState.IDLE if quiet < INACTIVE_AFTER else LiveState.INACTIVE
    if quiet_state is LiveState.INACTIVE and shown_as_history:
        return LiveState.PAST
    return quiet_state


def session_next_change(events: Iterable[LiveEvent], now: datetime) -> datetime | None:
    """When ``session_state`` will next change without a new event; None if it will not."""
    last = _last(events)
    if last is None or last.kind is LiveEventKind.CLOSED:
        return None
    for threshold in (IDLE_AFTER, INACTIVE_AFTER):
        if now < last.at + threshold:
            return last.at + threshold
    return None


def _last(events: Iterable[LiveEvent]) -> LiveEvent | None:
    """The latest event; of events at the same instant, the one given last wins."""
    latest: LiveEvent | None = None
    for event in events:
        if latest is None or event.at >= latest.at:
            latest = event
    return latest
