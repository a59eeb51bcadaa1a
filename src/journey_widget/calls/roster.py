"""The calls that are live right now, in arrival order (issue 17: a consult, a second line).

Qt-free bookkeeping for the hub: a call joins when it arrives, is answered (``established``)
and leaves when it ends (``closed``), whoever says so: the softphone's event stream, the
``hangup`` verb, ``POST /v1/calls/end``, a ``journey-widget://hangup`` link, or the softphone
disappearing. Which call is on screen is the hub's business; the roster only knows which are
live and finds the one a hang-up means.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from journey_widget.calls.events import CallEvent
from journey_widget.model import parse_identifier
from journey_widget.model.live_status import LiveEvent, LiveEventKind, call_state

ARRIVED = "arrived"
ESTABLISHED = "established"
CLOSED = "closed"

_KINDS = {ESTABLISHED: LiveEventKind.ESTABLISHED, CLOSED: LiveEventKind.CLOSED}
# A desk has a few lines at once, not hundreds. A softphone whose hook never says a call ended
# (no hang-up line configured) would otherwise grow the roster with every call it ever had:
# past this many, the oldest leave it (they are not said to have ended: nobody knows).
MAX_LIVE_CALLS = 16


@dataclass
class LiveCall:
    """One call and what happened to it so far."""

    event: CallEvent
    state: str = ARRIVED
    events: list[LiveEvent] = field(default_factory=list)
    ended_because: str | None = None  # e.g. "softphone disconnected"

    def __post_init__(self) -> None:
        if not self.events:
            self.events.append(LiveEvent(LiveEventKind.ARRIVED, self.event.received_at))

    @property
    def call_id(self) -> str:
        return self.event.call_id

    @property
    def ended(self) -> bool:
        return self.state == CLOSED

    def to_json(self, now: datetime) -> dict[str, Any]:
        """One entry of ``status --json``'s ``calls`` (docs/call-integration.md)."""
        event = self.event
        return {
            "call_id": event.call_id,
            "identifier": event.identifier.value if event.identifier else None,
            "number": event.number,
            "name": event.name,
            "direction": event.mode,
            "source": event.source,
            "received_at": event.received_at.isoformat(),
            "state": self.state,
            "live_state": call_state(self.events, now).value,
        }


class CallRoster:
    """The live calls, oldest first; ended calls leave it."""

    def __init__(self) -> None:
        self._calls: dict[str, LiveCall] = {}

    def __len__(self) -> int:
        return len(self._calls)

    def add(self, event: CallEvent) -> LiveCall:
        call = LiveCall(event)
        self._calls.pop(event.call_id, None)  # the same call announced again: it is newest
        self._calls[event.call_id] = call
        while len(self._calls) > MAX_LIVE_CALLS:
            del self._calls[next(iter(self._calls))]  # the oldest
        return call

    def get(self, call_id: str) -> LiveCall | None:
        return self._calls.get(call_id)

    def live(self) -> list[LiveCall]:
        return list(self._calls.values())

    def set_state(
        self, call_id: str, state: str, at: datetime, *, because: str | None = None
    ) -> LiveCall | None:
        """Record an answer or an end; the call (None if not live). An ended call leaves."""
        call = self._calls.get(call_id)
        kind = _KINDS.get(state)
        if call is None or kind is None:
            return None
        call.events.append(LiveEvent(kind, at))
        call.state = state
        if state == CLOSED:
            call.ended_because = because
            del self._calls[call_id]
        return call

    def find(self, number: str | None = None, call_id: str | None = None, *, region: str):
        """The live call a hang-up names: by call id, else the newest with this number (as
        typed, or the same normalised identifier); None when none is live."""
        if call_id:
            return self._calls.get(call_id)
        if not number or not number.strip():
            return None
        text = number.strip()
        wanted = parse_identifier(text, region)
        for call in reversed(self._calls.values()):
            event = call.event
            if event.number == text or (wanted is not None and event.identifier == wanted):
                return call
        return None
