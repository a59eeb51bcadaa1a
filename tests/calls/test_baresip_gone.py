"""A softphone that goes away ends its calls; a client that takes baresip's ctrl_tcp is not
fought over (issue 17.2, 17.3). A scripted ctrl_tcp server on 127.0.0.1 plays baresip: it
speaks the real framing, closes connections, and answers ``listcalls`` as baresip 1.0 does."""

from __future__ import annotations

import asyncio
import itertools
import json

from journey_widget.calls.baresip import (
    DISPLACED,
    SOFTPHONE_DROPPED,
    SOFTPHONE_GONE,
    BaresipClient,
    NetstringDecoder,
    encode_netstring,
    listed_peers,
)
from journey_widget.calls.sink import RecordingSink

LISTING = (
    "\n--- Active calls (1) ---\n"
    "> [line 1]  0:00:05   INCOMING             sip:+4930222@127.0.0.1:5070\n\n"
)


def _incoming(call_id: str, peer: str) -> bytes:
    event = {"event": True, "type": "CALL_INCOMING", "id": call_id, "peeruri": peer}
    return encode_netstring(json.dumps(event).encode())


async def _until(condition, timeout: float = 10) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.01)


def test_listcalls_answers_are_read_line_by_line():
    assert listed_peers(LISTING) == {"sip:+4930222@127.0.0.1:5070"}
    assert listed_peers("\n--- Active calls (0) ---\n\n") == frozenset()


def test_calls_end_when_the_softphone_does_not_come_back():
    hub = RecordingSink()

    async def main() -> None:
        async def serve(reader, writer):
            writer.write(_incoming("c1", "sip:+4930111@h") + _incoming("c2", "sip:+4930222@h"))
            await writer.drain()
            writer.close()  # baresip killed mid-call: no CALL_CLOSED

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = BaresipClient(hub, port=port, min_backoff=0.05, grace=0.3)
        client.start()
        await _until(lambda: len(hub.events) == 2)
        server.close()  # and it does not come back
        await server.wait_closed()
        await _until(lambda: len(hub.call_states) == 2)
        await client.stop()

    asyncio.run(main())
    assert sorted(hub.call_states) == [("c1", "closed"), ("c2", "closed")]
    assert hub.reasons == {"c1": SOFTPHONE_GONE, "c2": SOFTPHONE_GONE}


def test_back_in_time_it_asks_which_calls_are_still_live():
    hub = RecordingSink()
    commands: list[dict] = []

    async def main() -> None:
        connections = [0]

        async def serve(reader, writer):
            connections[0] += 1
            if connections[0] == 1:
                writer.write(
                    _incoming("c1", "sip:+4930111@h")
                    + _incoming("c2", "sip:+4930222@127.0.0.1:5070")
                )
                await writer.drain()
                writer.close()  # dropped (baresip restarted, say)
                return
            decoder = NetstringDecoder()
            while data := await reader.read(4096):
                for payload in decoder.feed(data):
                    command = json.loads(payload)
                    commands.append(command)
                    answer = {
                        "response": True,
                        "ok": True,
                        "data": LISTING,
                        "token": command["token"],
                    }
                    writer.write(encode_netstring(json.dumps(answer).encode()))
                    await writer.drain()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = BaresipClient(hub, port=port, min_backoff=0.05, grace=30)
        client.start()
        await _until(lambda: hub.call_states)
        await client.stop()
        server.close()
        await server.wait_closed()

    asyncio.run(main())
    assert [c["command"] for c in commands] == ["listcalls"]
    assert hub.call_states == [("c1", "closed")]  # c2 is still listed: still live
    assert hub.reasons == {"c1": SOFTPHONE_DROPPED}


def test_a_client_that_keeps_taking_the_port_is_not_fought_over():
    """baresip keeps its newest client only: each connection is closed at once, as when
    another program reconnects every time. The waits grow instead of a 0.5 s fight."""
    hub = RecordingSink()

    async def main() -> None:
        accepted: list[float] = []
        loop = asyncio.get_running_loop()

        async def serve(reader, writer):
            accepted.append(loop.time())
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = BaresipClient(hub, port=port, min_backoff=0.01)
        client.start()
        await _until(lambda: any(DISPLACED in s for _, s in hub.listener_states))
        await _until(lambda: len(accepted) >= 5)
        await client.stop()
        server.close()
        await server.wait_closed()
        gaps = [b - a for a, b in itertools.pairwise(accepted)]
        assert gaps[-1] > gaps[1] * 1.5  # growing, not a steady fight

    asyncio.run(main())
    displaced = [s for _, s in hub.listener_states if DISPLACED in s]
    assert displaced[0].startswith(f"{DISPLACED}; retrying in ")
