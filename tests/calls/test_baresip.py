"""baresip ctrl_tcp: netstring framing, reconnecting, and a real baresip called by sipp."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import time
import wave
from pathlib import Path

import pytest

from journey_widget.calls.baresip import (
    BaresipClient,
    NetstringDecoder,
    NetstringError,
    encode_netstring,
)
from journey_widget.calls.sink import RecordingSink
from journey_widget.model import Direction


def test_netstrings_in_any_chunking():
    stream = encode_netstring(b'{"a":1}') + encode_netstring(b"") + encode_netstring("ü".encode())
    for size in (1, 2, 3, 7, len(stream)):
        decoder = NetstringDecoder()
        payloads = []
        for start in range(0, len(stream), size):
            payloads += decoder.feed(stream[start : start + size])
        assert payloads == [b'{"a":1}', b"", "ü".encode()]


@pytest.mark.parametrize("bad", [b"x:abc,", b"3:abcd", b"99999999:", b"12345678", b"-1:,"])
def test_netstring_garbage_is_an_error(bad):
    with pytest.raises(NetstringError):
        list(NetstringDecoder(max_length=1000).feed(bad))


def event(kind: str, **fields) -> dict:
    return {"event": True, "type": kind, "class": "call", "direction": "incoming", **fields}


def test_events_map_to_calls_and_states():
    hub = RecordingSink()
    client = BaresipClient(hub)
    peer = {"peeruri": "sip:+4930123456@10.0.0.1", "peerdisplayname": "Erika\x1b[31m", "id": "c1"}
    client.handle_event(event("CALL_INCOMING", **peer))
    client.handle_event(event("CALL_REMOTE_SDP", **peer))
    client.handle_event(event("CALL_ESTABLISHED", **peer))
    client.handle_event(event("CALL_CLOSED", **peer))
    client.handle_event(event("CALL_CLOSED", **peer))  # twice: reported once
    client.handle_event(event("CALL_CLOSED", id="unknown"))
    [call] = hub.events
    assert call.identifier is not None and call.identifier.value == "+4930123456"
    assert (call.name, call.call_id, call.source) == ("Erika[31m", "c1", "baresip")
    assert hub.call_states == [("c1", "established"), ("c1", "closed")]


@pytest.mark.parametrize(
    "payload", [b"[" * 5000, b'{"event": ' + b"1" * 5000 + b"}"], ids=["deep", "huge-int"]
)
def test_undecodable_json_is_ignored_not_fatal(payload):
    # json.loads raises RecursionError / ValueError for these, not JSONDecodeError; either
    # would end the client's task and with it every reconnect.
    hub = RecordingSink()
    BaresipClient(hub)._on_message(payload)
    assert hub.events == []


def test_stop_passes_on_its_own_cancellation():
    async def main() -> None:
        client = BaresipClient(RecordingSink(), host="127.0.0.1", port=free_port())
        client.start()
        await asyncio.sleep(0)
        stopping = asyncio.ensure_future(client.stop())
        await asyncio.sleep(0)
        stopping.cancel()  # e.g. the runner cancels the session while it shuts down
        with pytest.raises(asyncio.CancelledError):
            await stopping

    asyncio.run(main())


def test_outgoing_call_pops_on_its_first_event():
    hub = RecordingSink()
    client = BaresipClient(hub)
    out = {"peeruri": "sip:0301234567@pbx", "id": "o1", "direction": "outgoing"}
    client.handle_event(event("CALL_RINGING", **out))
    client.handle_event(event("CALL_ESTABLISHED", **out))
    [call] = hub.events
    assert call.direction is Direction.OUTBOUND
    assert hub.call_states == [("o1", "established")]


def test_reconnects_with_capped_backoff_and_reports_state():
    hub = RecordingSink()

    async def main() -> None:
        with socket.socket() as probe:  # a port nobody listens on
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        client = BaresipClient(hub, port=port, min_backoff=0.05, max_backoff=0.2)
        client.start()
        async with asyncio.timeout(10):  # 0.05, 0.1, 0.2, 0.2 s: the backoff reached its cap
            while sum(s.startswith("retrying in") for _, s in hub.listener_states) < 4:
                await asyncio.sleep(0.01)
        assert client.state.startswith("retrying in") or client.state == "connecting"

        messages: list[bytes] = []

        async def serve(reader, writer):
            messages.append(b"connected")
            peer = {"peeruri": "sip:+4930123456@h", "peerdisplayname": "Erika", "id": "x1"}
            writer.write(encode_netstring(json.dumps(event("CALL_INCOMING", **peer)).encode()))
            writer.write(b"garbage that is no netstring")
            await writer.drain()
            writer.close()

        server = await asyncio.start_server(serve, "127.0.0.1", port)
        async with server:
            for _ in range(100):
                if hub.events:
                    break
                await asyncio.sleep(0.05)
        await client.stop()
        assert client.state == "stopped"

    asyncio.run(main())
    states = [state for listener, state in hub.listener_states if listener == "baresip"]
    assert states[0] == "connecting"
    retry_delays = [s for s in states if s.startswith("retrying in")]
    assert retry_delays and all(s in ("retrying in 1 s",) for s in retry_delays)
    assert "connected" in states
    assert states[-1] == "stopped"
    assert [e.name for e in hub.events] == ["Erika"]


# --- a real baresip, called by sipp ------------------------------------------------------

CANCEL_SCENARIO = """<?xml version="1.0" encoding="UTF-8" ?>
<scenario name="incoming call, cancelled while ringing">
  <send retrans="500"><![CDATA[
INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: "{display}" <sip:{user}@[local_ip]:[local_port]>;tag=[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>
Call-ID: [call_id]
CSeq: 1 INVITE
Contact: <sip:{user}@[local_ip]:[local_port]>
Max-Forwards: 70
Content-Type: application/sdp
Content-Length: [len]

v=0
o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
s=-
c=IN IP[media_ip_type] [media_ip]
t=0 0
m=audio [media_port] RTP/AVP 0
a=rtpmap:0 PCMU/8000
]]></send>
  <recv response="100" optional="true"/>
  <recv response="180"/>
  <pause milliseconds="500"/>
  <send><![CDATA[
CANCEL sip:[service]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch-4]
From: "{display}" <sip:{user}@[local_ip]:[local_port]>;tag=[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>
Call-ID: [call_id]
CSeq: 1 CANCEL
Max-Forwards: 70
Content-Length: 0

]]></send>
  <recv response="200"/>
  <recv response="487"/>
  <send><![CDATA[
ACK sip:[service]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch-7]
From: "{display}" <sip:{user}@[local_ip]:[local_port]>;tag=[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 1 ACK
Max-Forwards: 70
Content-Length: 0

]]></send>
</scenario>
"""


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"baresip exited: {process.stdout.read() if process.stdout else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError("baresip's ctrl_tcp did not open")


@pytest.fixture
def baresip(tmp_path: Path):
    """baresip on 127.0.0.1 only, with no sound card: silence in, ALSA's null device out.

    Two accounts: ``agent`` rings (manual answer, for CALL_INCOMING), ``auto`` answers at
    once (for CALL_ESTABLISHED). Skipped only when the binaries are not installed.
    """
    missing = [name for name in ("baresip", "sipp") if shutil.which(name) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (apt-get install baresip-core sip-tester)")
    modules = Path("/usr/lib/baresip/modules")
    silence = tmp_path / "silence.wav"
    with wave.open(str(silence), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\0" * 8000)
    sip_port, ctrl_port = free_port(socket.SOCK_DGRAM), free_port()
    config = tmp_path / "baresip"
    config.mkdir()
    (config / "config").write_text(
        f"""poll_method epoll
sip_listen 127.0.0.1:{sip_port}
audio_player alsa,null
audio_alert alsa,null
audio_source aufile,{silence}
module_path {modules}
module g711.so
module aufile.so
module alsa.so
module_app account.so
module_app ctrl_tcp.so
ctrl_tcp_listen 127.0.0.1:{ctrl_port}
"""
    )
    (config / "accounts").write_text(
        "<sip:agent@127.0.0.1>;regint=0;answermode=manual\n"
        "<sip:auto@127.0.0.1>;regint=0;answermode=auto\n"
    )
    process = subprocess.Popen(
        ["baresip", "-f", str(config)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_for_port(ctrl_port, process)
        yield {"sip_port": sip_port, "ctrl_port": ctrl_port, "dir": tmp_path, "process": process}
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


async def sipp(baresip: dict, *args: str) -> int:
    process = await asyncio.create_subprocess_exec(
        "sipp",
        f"127.0.0.1:{baresip['sip_port']}",
        *args,
        "-m",
        "1",
        "-i",
        "127.0.0.1",
        "-p",
        str(free_port(socket.SOCK_DGRAM)),
        "-nostdin",
        "-timeout",
        "20",
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
        cwd=baresip["dir"],
    )
    return await process.wait()


@pytest.mark.slow
def test_real_baresip_incoming_established_closed(baresip):
    scenario = baresip["dir"] / "cancel.xml"
    scenario.write_text(
        CANCEL_SCENARIO.format(display="Jürgen Müller", user="+4930123456"), encoding="utf-8"
    )
    hub = RecordingSink()

    async def until(condition, timeout: float = 15) -> None:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.02)

    async def main() -> None:
        client = BaresipClient(hub, port=baresip["ctrl_port"], min_backoff=0.1)
        client.start()
        await until(lambda: client.state == "connected")
        # A ringing call the caller gives up on: CALL_INCOMING, then CALL_CLOSED.
        assert await sipp(baresip, "-sf", str(scenario), "-s", "agent") == 0
        await until(lambda: "closed" in {s for _, s in hub.call_states})
        # A call answered at once and hung up by the caller: CALL_ESTABLISHED, CALL_CLOSED.
        assert await sipp(baresip, "-sn", "uac", "-s", "auto", "-d", "300") == 0
        await until(lambda: len(hub.call_states) >= 3)
        await client.stop()

    asyncio.run(main())
    first = hub.events[0]
    assert first.identifier is not None and first.identifier.value == "+4930123456"
    assert first.name == "Jürgen Müller"
    assert first.number.startswith("sip:+4930123456@127.0.0.1")
    assert first.direction is Direction.INBOUND
    assert hub.call_states[0] == (first.call_id, "closed")
    # An auto-answered call never rings: it pops on CALL_ESTABLISHED (sipp's own name).
    second = hub.events[1]
    assert (second.name, second.direction) == ("sipp", Direction.INBOUND)
    assert hub.call_states[1:] == [(second.call_id, "established"), (second.call_id, "closed")]
    assert len(hub.events) == 2


@pytest.mark.slow
def test_real_baresip_killed_while_ringing_ends_the_call(baresip):
    """baresip sends no CALL_CLOSED when it dies: the widget ends the call it reported once
    the softphone is not back within the grace period (issue 17.2)."""
    hub = RecordingSink()

    async def until(condition, timeout: float = 15) -> None:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.02)

    async def main() -> None:
        client = BaresipClient(hub, port=baresip["ctrl_port"], min_backoff=0.1, grace=1.0)
        client.start()
        await until(lambda: client.state == "connected")
        ringing = asyncio.ensure_future(sipp(baresip, "-sn", "uac", "-s", "agent"))
        await until(lambda: hub.events)  # CALL_INCOMING: it rings (manual answer)
        baresip["process"].kill()
        await until(lambda: hub.call_states)
        await client.stop()
        ringing.cancel()

    asyncio.run(main())
    [call] = hub.events
    assert hub.call_states == [(call.call_id, "closed")]
    assert hub.reasons[call.call_id] == "softphone disconnected"
