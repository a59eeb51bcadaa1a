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

A softphone that goes away ends its calls (issue 17.2): baresip killed mid-call sends no
CALL_CLOSED, so when the connection drops, the calls it reported end after ``grace`` seconds
("softphone disconnected") unless the client is back by then; back, it asks baresip for its
calls (``listcalls``, which needs baresip's ``menu`` module) and ends those no longer listed.

ctrl_tcp keeps only its newest client (issue 17.3): another program that connects knocks
this one off, and reconnecting at once would knock that program off in turn, forever. A
connection the peer closes within ``STABLE_SECONDS`` of opening counts as displaced; from
the second time on, the client waits longer each time (up to a minute) and says
"displaced by another ctrl_tcp client" in its state.
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
STABLE_SECONDS = 30.0  # a connection the peer closes sooner was taken by another client
MAX_DISPLACED_BACKOFF = 60.0
DISPLACED = "displaced by another ctrl_tcp client"
SOFTPHONE_GONE = "softphone disconnected"
SOFTPHONE_DROPPED = "no longer listed by the softphone"
_LISTCALLS_TOKEN = "journey-widget-listcalls"


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
        grace: float = 5.0,
    ) -> None:
        self._hub = hub
        self._host = host
        self._port = port
        self._region = region
        self._min_backoff = min_backoff
        self._max_backoff = max_backoff
        self._connect_timeout = connect_timeout
        self._grace = grace
        self._task: asyncio.Task[None] | None = None
        self._ending: asyncio.Task[None] | None = None  # ends the calls if not back in time
        self._state = sink.STOPPED
        self._known: OrderedDict[str, str] = OrderedDict()  # call id -> peer URI
        self._writer: asyncio.StreamWriter | None = None

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
        self._cancel_ending()
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
        loop = asyncio.get_running_loop()
        delay = self._min_backoff
        displaced = 0  # connections in a row the peer closed soon after they opened
        while True:
            self._set_state(sink.CONNECTING)
            try:
                async with asyncio.timeout(self._connect_timeout):
                    reader, writer = await asyncio.open_connection(self._host, self._port)
            except (OSError, TimeoutError) as error:
                log.debug("baresip at %s:%d not reachable: %s", self._host, self._port, error)
                displaced = 0  # nobody took our place: baresip is not there
            else:
                delay = self._min_backoff  # it worked: the next loss starts over at the minimum
                self._set_state(sink.CONNECTED)
                opened = loop.time()
                closed_by_peer = False
                try:
                    self._writer = writer
                    self._ask_for_calls(writer)
                    await self._read(reader)
                    closed_by_peer = True
                except (OSError, NetstringError) as error:
                    log.warning("baresip connection lost: %s", error)
                finally:
                    self._writer = None
                    writer.close()
                    with contextlib.suppress(Exception):
                        await writer.wait_closed()
                self._connection_lost()
                soon = loop.time() - opened < STABLE_SECONDS
                displaced = displaced + 1 if closed_by_peer and soon else 0
            if displaced >= 2:
                wait = min(self._min_backoff * 2**displaced, MAX_DISPLACED_BACKOFF)
                log.warning("Another program holds baresip's ctrl_tcp; waiting %.0f s", wait)
                self._set_state(f"{DISPLACED}; retrying in {math.ceil(wait)} s")
                await asyncio.sleep(wait)
                continue
            self._set_state(f"retrying in {math.ceil(delay)} s")
            await asyncio.sleep(delay)
            delay = min(delay * 2, self._max_backoff)

    async def _read(self, reader: asyncio.StreamReader) -> None:
        decoder = NetstringDecoder()
        while data := await reader.read(4096):
            for payload in decoder.feed(data):
                self._on_message(payload)

    # --- the calls of a softphone that went away ----------------------------------------

    def _connection_lost(self) -> None:
        """Give baresip ``grace`` seconds to be back before its calls end."""
        if self._known and (self._ending is None or self._ending.done()):
            self._ending = asyncio.get_running_loop().create_task(self._end_after_grace())

    async def _end_after_grace(self) -> None:
        await asyncio.sleep(self._grace)
        self._end_known(SOFTPHONE_GONE)

    def _cancel_ending(self) -> None:
        if self._ending is not None and not self._ending.done():
            self._ending.cancel()
        self._ending = None

    def _end_known(self, because: str, keep: frozenset[str] = frozenset()) -> None:
        for call_id, peer in list(self._known.items()):
            if peer not in keep:
                self._known.pop(call_id, None)
                self._hub.set_call_state(call_id, sink.CLOSED, because=because)

    def _ask_for_calls(self, writer: asyncio.StreamWriter) -> None:
        """Back after a drop: which of the calls we knew does baresip still have?"""
        if not self._known:
            return
        command = {"command": "listcalls", "params": "", "token": _LISTCALLS_TOKEN}
        writer.write(encode_netstring(json.dumps(command).encode("utf-8")))

    def _on_calls_listed(self, response: dict[str, Any]) -> None:
        self._cancel_ending()
        if response.get("ok") is not True or not isinstance(response.get("data"), str):
            # No menu module (no listcalls): nobody can tell, so the calls end as if gone.
            log.warning("baresip cannot list its calls (load its menu module)")
            self._end_known(SOFTPHONE_GONE)
            return
        self._end_known(SOFTPHONE_DROPPED, keep=listed_peers(response["data"]))

    def _on_message(self, payload: bytes) -> None:
        try:
            message = json.loads(payload.decode("utf-8"))
        except (ValueError, RecursionError):  # bad UTF-8 / JSON, huge ints, deep nesting
            log.warning("baresip sent a message that is not JSON; ignored")
            return
        if isinstance(message, dict) and message.get("event") is True:
            self.handle_event(message)
        elif isinstance(message, dict) and message.get("token") == _LISTCALLS_TOKEN:
            self._on_calls_listed(message)

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
        self._known[call.call_id] = peer
        while len(self._known) > _KNOWN_CALLS:
            self._known.popitem(last=False)
        log.info("baresip call %s (%s)", mask_number(call.number), call.mode)
        self._hub.deliver(call)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self._hub.set_listener_state(sink.BARESIP, state)


def listed_peers(listing: str) -> frozenset[str]:
    """The peer URIs of baresip's ``listcalls`` answer, one call a line::

    --- Active calls (1) ---
    > [line 1]  0:00:05   INCOMING             sip:+4930123@127.0.0.1:5070
    """
    peers = set()
    for line in listing.splitlines():
        if "[line" in line and (words := line.split()):
            peers.add(words[-1])
    return frozenset(peers)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
