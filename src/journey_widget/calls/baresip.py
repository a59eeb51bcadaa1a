"""A client of baresip's ctrl_tcp module: the event stream of a real SIP softphone (SPEC B2).

ctrl_tcp speaks netstrings ("<length>:<bytes>,") carrying JSON; events look like
``{"event": true, "type": "CALL_INCOMING", "peeruri": "sip:+4930123@host",
"peerdisplayname": "Erika", "direction": "incoming", "id": "<call id>", ...}``.
The first call event of a call (CALL_INCOMING; CALL_ESTABLISHED when baresip answers by
itself; CALL_OUTGOING or CALL_RINGING for a call the agent dials) pops the caller;
CALL_ESTABLISHED / CALL_CLOSED drive the live status (SPEC E4).

baresip may start after the widget, restart, or not run at all: the client keeps trying
with capped exponential backoff and reports its state (connecting / connected /
retrying in N s / stopped) so the agent can see why no call pops.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from journey_widget.calls import sink
from journey_widget.calls.events import (
    InvalidCallEvent,
    clean_call_id,
    make_call_event,
    mask_number,
)
from journey_widget.model import DEFAULT_REGION

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4444
MAX_NETSTRING_BYTES = 64 * 1024
_MAX_LENGTH_DIGITS = len(str(MAX_NETSTRING_BYTES))
_ARRIVALS = frozenset(
    {"CALL_INCOMING", "CALL_OUTGOING", "CALL_RINGING", "CALL_PROGRESS", "CALL_ESTABLISHED"}
)
_KNOWN_CALLS = 64  # enough to pair ESTABLISHED / CLOSED with their arrival


class NetstringError(ValueError):
    """The peer does not speak netstrings (or sent one too large): drop the connection."""


class NetstringDecoder:
    """Incremental netstring framing: feed bytes as they come, get whole payloads."""

    def __init__(self, max_length: int = MAX_NETSTRING_BYTES) -> None:
        self._buffer = bytearray()
        self._max = max_length

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Yield each complete payload; a framing error is raised after the good ones before it."""
        self._buffer += data
        while True:
            colon = self._buffer.find(b":", 0, _MAX_LENGTH_DIGITS + 1)
            if colon < 0:
                partial_length = self._buffer.isdigit() and len(self._buffer) <= _MAX_LENGTH_DIGITS
                if self._buffer and not partial_length:
                    raise NetstringError("netstring length missing")
                return
            digits = bytes(self._buffer[:colon])
            if not digits.isdigit():
                raise NetstringError("netstring length is not a number")
            length = int(digits)
            if length > self._max:
                raise NetstringError(f"netstring of {length} bytes is too large")
            end = colon + 1 + length
            if len(self._buffer) < end + 1:
                return
            if self._buffer[end : end + 1] != b",":
                raise NetstringError("netstring not terminated by ','")
            payload = bytes(self._buffer[colon + 1 : end])
            del self._buffer[: end + 1]
            yield payload


def encode_netstring(payload: bytes) -> bytes:
    return str(len(payload)).encode("ascii") + b":" + payload + b","


class BaresipClient:
    """``start()`` on the running loop, ``await stop()``; delivers to a hub (CallSink)."""

    def __init__(
        self,
        hub: sink.CallSink,
        *,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        region: str = DEFAULT_REGION,
        min_backoff: float = 0.5,
        max_backoff: float = 30.0,
        connect_timeout: float = 3.0,
    ) -> None:
        self._hub = hub
        self._host = host
        self._port = port
        self._region = region
        self._min_backoff = min_backoff
        self._max_backoff = max_backoff
        self._connect_timeout = connect_timeout
        self._task: asyncio.Task[None] | None = None
        self._state = sink.STOPPED
        self._known: OrderedDict[str, None] = OrderedDict()

    @property
    def state(self) -> str:
        return self._state

    @property
    def address(self) -> tuple[str, int]:
        return self._host, self._port

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="baresip")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                current = asyncio.current_task()
                if current is not None and current.cancelling():
                    raise  # we were cancelled ourselves, not just our task: pass it on
        self._set_state(sink.STOPPED)

    async def _run(self) -> None:
        delay = self._min_backoff
        while True:
            self._set_state(sink.CONNECTING)
            try:
                async with asyncio.timeout(self._connect_timeout):
                    reader, writer = await asyncio.open_connection(self._host, self._port)
            except (OSError, TimeoutError) as error:
                log.debug("baresip at %s:%d not reachable: %s", self._host, self._port, error)
            else:
                delay = self._min_backoff  # it worked: the next loss starts over at the minimum
                self._set_state(sink.CONNECTED)
                try:
                    await self._read(reader)
                except (OSError, NetstringError) as error:
                    log.warning("baresip connection lost: %s", error)
                finally:
                    writer.close()
                    with contextlib.suppress(Exception):
                        await writer.wait_closed()
            self._set_state(f"retrying in {math.ceil(delay)} s")
            await asyncio.sleep(delay)
            delay = min(delay * 2, self._max_backoff)

    async def _read(self, reader: asyncio.StreamReader) -> None:
        decoder = NetstringDecoder()
        while data := await reader.read(4096):
            for payload in decoder.feed(data):
                self._on_message(payload)

    def _on_message(self, payload: bytes) -> None:
        try:
            message = json.loads(payload.decode("utf-8"))
        except (ValueError, RecursionError):  # bad UTF-8 / JSON, huge ints, deep nesting
            log.warning("baresip sent a message that is not JSON; ignored")
            return
        if isinstance(message, dict) and message.get("event") is True:
            self.handle_event(message)

    def handle_event(self, event: dict[str, Any]) -> None:
        """One decoded ctrl_tcp event (public for tests and for other transports, e.g. MQTT)."""
        kind = str(event.get("type", ""))
        call_id = clean_call_id(_text(event.get("id")))
        outgoing = _text(event.get("direction")) == "outgoing"
        # The first call event of a call pops it. Usually that is CALL_INCOMING; but an
        # auto-answered call starts with CALL_ESTABLISHED, and baresip 1.0 announces an
        # outgoing call only with CALL_RINGING / CALL_PROGRESS.
        if kind in _ARRIVALS and (not call_id or call_id not in self._known):
            self._arrived(event, call_id, outbound=outgoing or kind == "CALL_OUTGOING")
        if kind == "CALL_ESTABLISHED" and call_id in self._known:
            self._hub.set_call_state(call_id, sink.ESTABLISHED)
        elif kind == "CALL_CLOSED" and call_id in self._known:
            self._known.pop(call_id, None)
            self._hub.set_call_state(call_id, sink.CLOSED)

    def _arrived(self, event: dict[str, Any], call_id: str, *, outbound: bool) -> None:
        peer = _text(event.get("peeruri")) or _text(event.get("param"))
        try:
            call = make_call_event(
                peer,
                source=sink.BARESIP,
                name=_text(event.get("peerdisplayname")) or None,
                direction="outbound" if outbound else "inbound",
                call_id=call_id or None,
                region=self._region,
            )
        except InvalidCallEvent as error:
            log.warning("baresip call without a usable peer: %s", error)
            return
        self._known[call.call_id] = None
        while len(self._known) > _KNOWN_CALLS:
            self._known.popitem(last=False)
        log.info("baresip call %s (%s)", mask_number(call.number), call.mode)
        self._hub.deliver(call)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self._hub.set_listener_state(sink.BARESIP, state)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
