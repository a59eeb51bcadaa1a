"""The one place every call listener delivers to (SPEC B1, B2).

Listeners differ in transport only; the hub turns all of them into the same three signals,
remembers the current call and each listener's state, and answers ``journey-widget status``.
It forwards calls in arrival order and decides nothing: "newest call wins" is the service's
job (B3). It also runs the per-user local socket the ``call`` and ``status`` verbs talk to.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from journey_widget.calls import sink
from journey_widget.calls.events import CallEvent, InvalidCallEvent, event_from_fields, mask_number
from journey_widget.calls.local_socket import LocalSocketServer
from journey_widget.calls.roster import CallRoster, LiveCall
from journey_widget.model import DEFAULT_REGION
from journey_widget.model.live_status import call_state

log = logging.getLogger(__name__)

StatusProvider = Callable[[], Mapping[str, Any] | None]

_CALL_STATES = (sink.ESTABLISHED, sink.CLOSED)


class CallHub(QObject):
    """Signals: ``call_arrived(CallEvent)``, ``call_state_changed(call_id, state)`` with state
    ``established`` / ``closed``, ``listener_state_changed(listener, state)``, and
    ``show_requested()`` when a second launch asks the running widget to come to the front.

    Lives on the GUI thread; listeners run on the same (qasync) loop and call it directly.
    """

    call_arrived = Signal(object)
    call_state_changed = Signal(str, str)
    listener_state_changed = Signal(str, str)
    show_requested = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        region: str = DEFAULT_REGION,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._region = region
        self._clock = clock
        self._roster = CallRoster()
        self._current: LiveCall | None = None  # the call on screen (ended ones stay shown)
        self._listeners = {sink.LOCAL_SOCKET: sink.STOPPED, sink.HTTP: sink.STOPPED}
        self._listeners[sink.BARESIP] = sink.STOPPED
        self._status_provider: StatusProvider | None = None
        self._server: LocalSocketServer | None = None

    # --- what listeners call ----------------------------------------------------------

    def deliver(self, event: CallEvent) -> None:
        """A call arrived from any listener: it becomes the current call, then is announced."""
        log.info("Call %s from %s (%s)", mask_number(event.number), event.source, event.mode)
        self._current = self._roster.add(event)  # the newest call is the one on screen
        self.call_arrived.emit(event)

    def deliver_fields(self, fields: Mapping[str, Any], *, source: str) -> CallEvent:
        """Validate sender-supplied fields (local socket, ``--pop``) and deliver the call.

        Raises InvalidCallEvent with a sentence for the sender.
        """
        event = event_from_fields(fields, source=source, region=self._region)
        self.deliver(event)
        return event

    def set_call_state(self, call_id: str, state: str, *, because: str | None = None) -> None:
        """A call was answered or ended; unknown states are ignored, older calls still signal.

        ``because`` says why a call ended when nobody hung up (``softphone disconnected``)."""
        if state not in _CALL_STATES:
            log.warning("Ignoring unknown call state %r", state)
            return
        call = self._roster.set_state(call_id, state, self._clock(), because=because)
        if call is None and state == sink.CLOSED:
            return  # ended before: a second hang-up changes nothing
        self.call_state_changed.emit(call_id, state)

    def end_call(
        self, number: str | None = None, call_id: str | None = None, *, because: str | None = None
    ) -> CallEvent | None:
        """Hang up: the live call with ``call_id``, else the newest live one with ``number``,
        else (neither given) the call on screen if it is live. The ended call, or None."""
        if call_id or number:
            call = self._roster.find(number, call_id, region=self._region)
        else:
            current = self._current
            call = current if current is not None and not current.ended else None
        if call is None:
            return None
        self.set_call_state(call.call_id, sink.CLOSED, because=because)
        return call.event

    def live_calls(self) -> list[LiveCall]:
        """The live calls, oldest first (the roster)."""
        return self._roster.live()

    def set_listener_state(self, listener: str, state: str) -> None:
        if self._listeners.get(listener) == state:
            return
        self._listeners[listener] = state
        self.listener_state_changed.emit(listener, state)

    # --- what the window and ``status`` read --------------------------------------------

    @property
    def current_call(self) -> CallEvent | None:
        return self._current.event if self._current is not None else None

    @property
    def listener_states(self) -> dict[str, str]:
        return dict(self._listeners)

    def set_status_provider(self, provider: StatusProvider | None) -> None:
        """``provider()`` returns what the window shows about the customer (JSON-able), or None."""
        self._status_provider = provider

    def status(self) -> dict[str, Any]:
        """What ``journey-widget status`` prints: current call, customer shown, listeners, pid."""
        now = self._clock()
        call: dict[str, Any] | None = None
        if self._current is not None:
            call = self._current.event.to_json()
            call["state"] = self._current.state
            call["live_state"] = call_state(self._current.events, now).value
            if self._current.ended_because:
                call["ended_because"] = self._current.ended_because
        customer: Mapping[str, Any] | None = None
        if self._status_provider is not None:
            try:
                customer = self._status_provider()
            except Exception:  # status must answer even when the window is mid-update
                log.exception("Status provider failed")
        return {
            "call": call,
            "calls": [live.to_json(now) for live in self._roster.live()],
            "customer": dict(customer) if customer is not None else None,
            "listeners": self.listener_states,
            "pid": os.getpid(),
        }

    # --- the local socket ----------------------------------------------------------------

    def start_local_server(self, name: str | None = None) -> bool:
        """Listen for ``call`` / ``status``; False if another widget already does (exit then)."""
        if self._server is None:
            self._server = LocalSocketServer(self.handle_request, name, self)
        try:
            listening = self._server.listen()
        except OSError as error:
            self.set_listener_state(sink.LOCAL_SOCKET, f"failed: {error}")
            return False
        self.set_listener_state(
            sink.LOCAL_SOCKET, sink.LISTENING if listening else "another widget is running"
        )
        return listening

    def stop_local_server(self) -> None:
        if self._server is not None:
            self._server.close()
        self.set_listener_state(sink.LOCAL_SOCKET, sink.STOPPED)

    def handle_request(self, request: Any) -> dict[str, Any]:
        """The local-socket protocol: {"op": "call", "event": {...}}, {"op": "status"} or
        {"op": "show"} (a second launch: bring the running window to the front)."""
        op = request.get("op") if isinstance(request, dict) else None
        if op == "status":
            return {"ok": True, "status": self.status()}
        if op == "show":
            self.show_requested.emit()
            return {"ok": True}
        if op == "call":
            try:
                event = self.deliver_fields(request.get("event"), source="command")
            except InvalidCallEvent as error:
                return {"ok": False, "error": str(error)}
            return {"ok": True, "call_id": event.call_id}
        if op == "hangup":
            return self._hang_up(request)
        return {
            "ok": False,
            "error": "Unknown request; expected op “call”, “hangup”, “status” or “show”.",
        }

    def _hang_up(self, request: dict[str, Any]) -> dict[str, Any]:
        """{"op": "hangup", "number": ...} or {"op": "hangup", "call_id": ...} or neither (the
        call on screen): {"ok": true, "ended": {call} or null}."""
        number, call_id = request.get("number"), request.get("call_id")
        if not isinstance(number, str | None) or not isinstance(call_id, str | None):
            return {"ok": False, "error": "“number” and “call_id” must be text."}
        ended = self.end_call(number, call_id)
        return {"ok": True, "ended": ended.to_json() if ended is not None else None}
