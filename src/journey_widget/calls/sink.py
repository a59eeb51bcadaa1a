"""What every listener delivers to: the hub, seen through a small Qt-free interface.

Listeners (HTTP, baresip) are plain asyncio code; typing them against this protocol instead
of the QObject keeps them testable without Qt and keeps the one-way arrow calls -> hub.
"""

from __future__ import annotations

from typing import Protocol

from journey_widget.calls.events import CallEvent

# Listener names, as ``status`` reports them.
LOCAL_SOCKET = "local_socket"
HTTP = "http"
BARESIP = "baresip"

# Listener states. A retrying listener reports "retrying in N s"; a broken one "failed: why".
STOPPED = "stopped"
LISTENING = "listening"
CONNECTING = "connecting"
CONNECTED = "connected"

# Call states after arrival (SPEC E4: a call is live until it ends).
ESTABLISHED = "established"
CLOSED = "closed"


class CallSink(Protocol):
    def deliver(self, event: CallEvent) -> None:
        """A call arrived."""

    def set_call_state(self, call_id: str, state: str, *, because: str | None = None) -> None:
        """A known call was answered (``established``) or ended (``closed``); ``because``
        says why it ended when nobody hung up (``softphone disconnected``)."""

    def set_listener_state(self, listener: str, state: str) -> None:
        """A listener started, connected, lost its peer or stopped."""

    def end_call(
        self, number: str | None = None, call_id: str | None = None, *, because: str | None = None
    ) -> CallEvent | None:
        """Hang up the live call with ``call_id`` or ``number`` (neither: the one on screen);
        the ended call, or None when no such call is live."""


class RecordingSink:
    """A CallSink that only remembers: for tests, scripts and listeners run without a hub."""

    def __init__(self) -> None:
        self.events: list[CallEvent] = []
        self.call_states: list[tuple[str, str]] = []
        self.listener_states: list[tuple[str, str]] = []
        self.hangups: list[tuple[str | None, str | None]] = []
        self.reasons: dict[str, str] = {}

    def deliver(self, event: CallEvent) -> None:
        self.events.append(event)

    def set_call_state(self, call_id: str, state: str, *, because: str | None = None) -> None:
        self.call_states.append((call_id, state))
        if because is not None:
            self.reasons[call_id] = because

    def set_listener_state(self, listener: str, state: str) -> None:
        self.listener_states.append((listener, state))

    def end_call(
        self, number: str | None = None, call_id: str | None = None, *, because: str | None = None
    ) -> CallEvent | None:
        """Ends the newest recorded call that matches (by id or number as sent)."""
        self.hangups.append((number, call_id))
        for event in reversed(self.events):
            if (call_id and event.call_id == call_id) or (number and event.number == number):
                self.call_states.append((event.call_id, CLOSED))
                return event
        return None
