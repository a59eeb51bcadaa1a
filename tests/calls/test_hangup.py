"""Ending a call through every path (issue 17.1): ``journey-widget hangup [NUMBER]``, the
local socket, ``POST /v1/calls/end``, ``journey-widget://hangup?number=...``; several live
calls at once stay in the roster until each ends (issue 17.5)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest

from calls.test_local_socket import cli, finish
from journey_widget.calls.http_endpoint import HttpCallEndpoint
from journey_widget.calls.hub import CallHub
from journey_widget.calls.url_scheme import hangup_from_url

TOKEN = "hangup-token"


@pytest.fixture
def hub(qtbot):
    hub = CallHub()
    assert hub.start_local_server()
    yield hub
    hub.stop_local_server()


def _live(hub: CallHub) -> list[str]:
    return [c.event.number for c in hub.live_calls()]


def test_hangup_with_a_number_ends_that_call_and_leaves_the_others(qtbot, hub):
    first = hub.deliver_fields({"number": "+4930111"}, source="command")
    second = hub.deliver_fields({"number": "+4930222"}, source="command")
    with qtbot.waitSignal(hub.call_state_changed, timeout=30_000) as ended:
        process = cli("hangup", "--", "030 111")
    assert finish(process, qtbot)[0] == 0
    assert ended.args == [first.call_id, "closed"]
    assert _live(hub) == ["+4930222"]
    status = hub.status()
    assert status["call"]["call_id"] == second.call_id  # the newest stays on screen
    assert [c["call_id"] for c in status["calls"]] == [second.call_id]


def test_hangup_without_a_number_ends_the_call_on_screen(qtbot, hub):
    hub.deliver_fields({"number": "+4930111"}, source="command")
    shown = hub.deliver_fields({"number": "+4930222"}, source="command")
    process = cli("hangup")
    assert finish(process, qtbot)[0] == 0
    assert _live(hub) == ["+4930111"]
    status = hub.status()
    assert status["call"]["call_id"] == shown.call_id
    assert (status["call"]["state"], status["call"]["live_state"]) == ("closed", "inactive")


def test_hangup_of_no_live_call_is_exit_1_with_a_sentence(qtbot, hub):
    hub.deliver_fields({"number": "+4930111"}, source="command")
    code, _, err = finish(cli("hangup", "--", "+4930999"), qtbot)
    assert code == 1 and err == "journey-widget: No live call with +4930999.\n"
    assert finish(cli("hangup", "--", "+4930111"), qtbot)[0] == 0
    code, _, err = finish(cli("hangup"), qtbot)  # the call on screen has ended already
    assert code == 1 and err == "journey-widget: No live call on screen.\n"


def test_hangup_without_a_widget_is_exit_1():
    done = subprocess.run(
        [sys.executable, "-m", "journey_widget.cli", "hangup", "--", "+4930111"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr == "journey-widget: No journey widget is running, so no call is live.\n"


def test_a_hangup_link_ends_the_call(qtbot, hub):
    hub.deliver_fields({"number": "+4930111"}, source="command")
    url = "journey-widget://hangup?number=%2B4930111"
    assert hangup_from_url(url) == ("+4930111", None)
    assert finish(cli(url), qtbot)[0] == 0  # the desktop runs `journey-widget URL`
    assert _live(hub) == []


def test_post_calls_end_by_number_or_call_id_under_the_token_rules(qapp):
    hub = CallHub()
    first = hub.deliver_fields({"number": "+4930111"}, source="command")
    hub.deliver_fields({"number": "+4930222"}, source="command")

    async def post(endpoint: HttpCallEndpoint, body: dict, token: str = TOKEN):
        data = json.dumps(body).encode()
        reader, writer = await asyncio.open_connection("127.0.0.1", endpoint.port)
        head = (
            "POST /v1/calls/end HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"X-Journey-Token: {token}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(data)}\r\n\r\n"
        )
        writer.write(head.encode() + data)
        await writer.drain()
        reply = await asyncio.wait_for(reader.read(), 10)
        writer.close()
        status_line, _, rest = reply.partition(b"\r\n")
        return int(status_line.split()[1]), json.loads(rest.partition(b"\r\n\r\n")[2])

    async def main() -> list:
        endpoint = HttpCallEndpoint(hub, token=TOKEN, port=0)
        await endpoint.start()
        try:
            return [
                await post(endpoint, {"number": "+4930222"}, token="wrong"),
                await post(endpoint, {"number": "+4930222"}),
                await post(endpoint, {"call_id": first.call_id}),
                await post(endpoint, {"number": "+4930222"}),
                await post(endpoint, {}),
                await post(endpoint, {"number": ["x"]}),
            ]
        finally:
            await endpoint.stop()

    replies = asyncio.run(main())
    assert [status for status, _ in replies] == [401, 200, 200, 404, 400, 400]
    assert replies[2][1]["call_id"] == first.call_id
    assert hub.live_calls() == []
