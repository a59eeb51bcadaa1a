"""The localhost HTTP endpoint with real sockets on 127.0.0.1: what it accepts, what it refuses."""

from __future__ import annotations

import asyncio
import json
import os
import stat
from collections.abc import Awaitable, Callable

import httpx
import pytest
import qasync

from journey_widget.calls.http_endpoint import MAX_BODY_BYTES, HttpCallEndpoint
from journey_widget.calls.hub import CallHub
from journey_widget.calls.sink import RecordingSink
from journey_widget.calls.token import (
    load_or_create_token,
    regenerate_token,
    token_matches,
    token_path,
)
from journey_widget.model import Direction

TOKEN = "s3cret-token_for-tests"
LOCAL = {"Host": "localhost"}


def run_with_endpoint(
    work: Callable[[HttpCallEndpoint, RecordingSink], Awaitable[None]], **options
) -> RecordingSink:
    async def main() -> None:
        endpoint = HttpCallEndpoint(hub, token=TOKEN, port=0, **options)
        await endpoint.start()
        try:
            await work(endpoint, hub)
        finally:
            await endpoint.stop()

    hub = RecordingSink()
    asyncio.run(main())
    return hub


async def raw(
    endpoint: HttpCallEndpoint, data: bytes, *, then_wait: bool = False
) -> tuple[int, dict]:
    reader, writer = await asyncio.open_connection("127.0.0.1", endpoint.port)
    writer.write(data)
    await writer.drain()
    reply = await asyncio.wait_for(reader.read(), 10)
    writer.close()
    head, _, body = reply.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1])
    assert b"access-control" not in head.lower()
    return status, json.loads(body)


def request(method: str, target: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    lines = [f"{method} {target} HTTP/1.1", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def test_post_with_bearer_token():
    async def work(endpoint, hub):
        async with httpx.AsyncClient(base_url=endpoint.url) as client:
            response = await client.post(
                "/v1/calls",
                json={"number": "sip:+4930123456@pbx", "name": "Erika", "direction": "outbound"},
                headers={"Authorization": f"Bearer {TOKEN}"},
            )
        assert response.status_code == 202
        assert response.json()["ok"] is True
        assert response.json()["call_id"] == hub.events[0].call_id
        assert not any(k.lower().startswith("access-control") for k in response.headers)

    hub = run_with_endpoint(work)
    [event] = hub.events
    assert event.identifier is not None and event.identifier.value == "+4930123456"
    assert (event.name, event.direction, event.source) == ("Erika", Direction.OUTBOUND, "http")
    assert hub.listener_states[0][0] == "http"
    assert hub.listener_states[0][1].startswith("listening on 127.0.0.1:")
    assert hub.listener_states[-1] == ("http", "stopped")


def test_get_with_token_query_parameter_and_x_header():
    async def work(endpoint, hub):
        async with httpx.AsyncClient(base_url=endpoint.url) as client:
            first = await client.get(
                "/v1/call", params={"number": "030 123456", "name": "Jürgen", "token": TOKEN}
            )
            second = await client.get(
                "/v1/call", params={"number": "+4930999"}, headers={"X-Journey-Token": TOKEN}
            )
        assert (first.status_code, second.status_code) == (202, 202)

    hub = run_with_endpoint(work)
    assert [e.number for e in hub.events] == ["030 123456", "+4930999"]
    assert hub.events[0].name == "Jürgen"


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"Authorization": "Bearer wrong"}, 401),
        ({"Authorization": f"Basic {TOKEN}"}, 401),
        ({"X-Journey-Token": TOKEN + "x"}, 401),
        ({"X-Journey-Token": TOKEN, "Origin": "https://evil.example"}, 403),
        ({"X-Journey-Token": TOKEN, "Origin": "null"}, 403),
    ],
)
def test_missing_or_wrong_token_and_origin_are_refused(headers, status):
    async def work(endpoint, hub):
        async with httpx.AsyncClient(base_url=endpoint.url) as client:
            response = await client.post("/v1/calls", json={"number": "+4930123"}, headers=headers)
        assert response.status_code == status
        assert response.json()["ok"] is False
        assert response.json()["message"]

    assert run_with_endpoint(work).events == []


@pytest.mark.parametrize(
    ("data", "status"),
    [
        (request("GET", f"/v1/call?number=1234567&token={TOKEN}", {"Host": "evil.example"}), 421),
        (request("GET", f"/v1/call?number=1234567&token={TOKEN}", {"Host": "127.0.0.1:1"}), 421),
        (request("GET", f"/v1/call?number=1234567&token={TOKEN}", {}), 400),
        (request("GET", "/v1/call?number=1234567", {"Host": "localhost"}), 401),
        (request("GET", f"/v1/call?token={TOKEN}", {"Host": "localhost"}), 400),
        (request("DELETE", "/v1/calls", {"Host": "localhost"}), 405),
        (request("GET", "/v1/calls", {"Host": "localhost"}), 405),
        (request("GET", "/admin", {"Host": "localhost"}), 404),
        (b"GARBAGE\r\n\r\n", 400),
        (request("GET", "/v1/call", {"Host": "localhost", "X-A": "1", "x-a": "2"}), 400),
        (request("GET", "/v1/call", {"Host": "localhost", "X": "y" * 9000}), 431),
        # the query parser's own limits: an answer, not a dropped connection
        pytest.param(
            request("GET", "/v1/call?number=" + "1" * 3000, {"Host": "localhost"}),
            400,
            id="query-too-long",
        ),
        pytest.param(
            request("GET", "/v1/call?" + "&".join(f"a{i}=1" for i in range(20)), LOCAL),
            400,
            id="too-many-query-fields",
        ),
    ],
)
def test_raw_requests_are_refused(data, status):
    async def work(endpoint, hub):
        code, body = await raw(endpoint, data)
        assert code == status, body
        assert body["ok"] is False

    assert run_with_endpoint(work).events == []


def test_body_problems():
    auth = {"Host": "127.0.0.1", "X-Journey-Token": TOKEN, "Content-Type": "application/json"}

    async def work(endpoint, hub):
        big = b'{"number": "' + b"1" * MAX_BODY_BYTES + b'"}'
        cases = [
            (request("POST", "/v1/calls", {**auth, "Content-Length": str(len(big))}, big), 413),
            (request("POST", "/v1/calls", {**auth, "Content-Length": "5"}, b"{nope"), 400),
            (request("POST", "/v1/calls", {**auth, "Content-Length": "2"}, b"[]"), 400),
            (request("POST", "/v1/calls", {**auth, "Content-Length": "2"}, b"{}"), 400),
            (request("POST", "/v1/calls", {**auth, "Content-Length": "-1"}), 400),
            (request("POST", "/v1/calls", {**auth, "Transfer-Encoding": "chunked"}), 411),
            (request("POST", "/v1/calls", auth), 411),
            # json.loads raises RecursionError here, not JSONDecodeError
            (request("POST", "/v1/calls", {**auth, "Content-Length": "4000"}, b"[" * 4000), 400),
            # NaN / Infinity are no JSON: {"number": NaN} once popped a call "nan" (issue 16.10)
            *(
                (request("POST", "/v1/calls", {**auth, "Content-Length": str(len(b))}, b), 400)
                for b in (b'{"number": NaN}', b'{"number": -Infinity}', b'{"number": 1.5}')
            ),
        ]
        for data, status in cases:
            code, body = await raw(endpoint, data)
            assert code == status, (data[:60], body)
        ok = json.dumps({"number": "+4930123", "direction": "sideways"}).encode()
        code, body = await raw(
            endpoint, request("POST", "/v1/calls", {**auth, "Content-Length": str(len(ok))}, ok)
        )
        assert (code, body["message"]) == (
            400,
            "The direction must be inbound, outbound or manual.",
        )

    assert run_with_endpoint(work).events == []


def test_slow_client_is_dropped_with_408():
    async def work(endpoint, hub):
        reader, writer = await asyncio.open_connection("127.0.0.1", endpoint.port)
        writer.write(b"POST /v1/calls HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # ... and then nothing
        await writer.drain()
        reply = await asyncio.wait_for(reader.read(), 5)
        assert reply.startswith(b"HTTP/1.1 408 ")
        # A body that never comes is dropped too.
        head = request(
            "POST",
            "/v1/calls",
            {"Host": "localhost", "X-Journey-Token": TOKEN, "Content-Length": "50"},
        )
        reader, writer = await asyncio.open_connection("127.0.0.1", endpoint.port)
        writer.write(head + b'{"number":')
        await writer.drain()
        reply = await asyncio.wait_for(reader.read(), 5)
        assert reply.startswith(b"HTTP/1.1 408 ")

    assert run_with_endpoint(work, header_timeout=0.5).events == []


def test_binds_loopback_only():
    async def work(endpoint, hub):
        assert endpoint._server is not None
        assert {s.getsockname()[0] for s in endpoint._server.sockets} == {"127.0.0.1"}

    run_with_endpoint(work)


def test_port_is_not_shareable_on_windows(monkeypatch):
    # SO_REUSEADDR on Windows lets a second socket bind the same port: asyncio's default
    # (reuse_address=None) sets it on Unix only.
    seen: dict = {}
    real = asyncio.start_server

    async def spy(*args, **kwargs):
        seen.update(kwargs)
        return await real(*args, **kwargs)

    monkeypatch.setattr(asyncio, "start_server", spy)
    run_with_endpoint(lambda endpoint, hub: asyncio.sleep(0))
    assert seen.get("reuse_address") is None


def test_endpoint_on_the_qasync_loop_delivers_to_the_hub(qapp, qtbot):
    hub = CallHub()

    async def main() -> None:
        endpoint = HttpCallEndpoint(hub, token=TOKEN, port=0)
        await endpoint.start()
        async with httpx.AsyncClient(base_url=endpoint.url) as client:
            response = await client.post(
                "/v1/calls", json={"number": "+4930123456"}, headers={"X-Journey-Token": TOKEN}
            )
        assert response.status_code == 202
        await endpoint.stop()

    with (
        qtbot.waitSignal(hub.call_arrived, timeout=10_000) as arrived,
        asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qapp)) as runner,
    ):
        runner.run(main())
    assert arrived.args[0].source == "http"
    assert hub.listener_states["http"] == "stopped"


# --- the token file -------------------------------------------------------------------------


def test_token_file_is_created_once_readable_by_the_user_alone():
    token = load_or_create_token()
    assert len(token) >= 40
    assert load_or_create_token() == token
    path = token_path()
    assert path.is_relative_to(os.environ["XDG_CONFIG_HOME"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)
    assert load_or_create_token() == token
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert regenerate_token() != token


def test_token_comparison():
    assert token_matches("abc", "abc")
    assert not token_matches("abc", "abd")
    assert not token_matches("abc", None)
    assert not token_matches("abc", "")
    assert not token_matches("abc", "äbc")
