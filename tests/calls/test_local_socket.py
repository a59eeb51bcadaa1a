"""The command hook end to end: a real ``journey-widget call`` process hands a call to a hub
running in this test process, over the per-user local socket; ``status`` reads it back."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from journey_widget.calls import local_socket
from journey_widget.calls.events import MAX_NAME_LENGTH, CallEvent
from journey_widget.calls.hub import CallHub
from journey_widget.model import Direction, IdentifierKind, LiveState, OutboundKind


def cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "journey_widget.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str], qtbot, timeout: float = 30) -> tuple[int, str, str]:
    """Keep the Qt loop (and so the hub's server) running while the CLI process works."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=int(timeout * 1000))
    out, err = process.communicate()
    return process.returncode, out, err


@pytest.fixture
def hub(qtbot):
    hub = CallHub()
    assert hub.start_local_server()
    yield hub
    hub.stop_local_server()


def call_via_cli(qtbot, hub: CallHub, *args: str) -> tuple[CallEvent, str]:
    process = None
    with qtbot.waitSignal(hub.call_arrived, timeout=30_000) as blocker:
        process = cli("call", *args)
    code, _, err = finish(process, qtbot)
    assert code == 0, err
    return blocker.args[0], err


def test_socket_lives_in_a_private_folder(hub):
    path = Path(local_socket.socket_name())
    assert path.parent == Path(os.environ["XDG_RUNTIME_DIR"]) / "journey-widget"
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_ISSOCK(path.stat().st_mode)
    assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_call_command_hands_the_call_to_the_running_hub(qtbot, hub):
    event, _ = call_via_cli(qtbot, hub, "+49 30 1234567", "--name", "Erika Mustermann")
    assert event.number == "+49 30 1234567"
    assert event.identifier is not None
    assert event.identifier.value == "+49301234567"
    assert event.name == "Erika Mustermann"
    assert event.direction is Direction.INBOUND
    assert event.source == "command"
    assert hub.current_call is event


def test_sip_uri_and_spaced_number(qtbot, hub):
    event, _ = call_via_cli(qtbot, hub, "sip:+4930123456@pbx.example.com;transport=tcp")
    assert event.identifier is not None
    assert (event.identifier.kind, event.identifier.value) == (IdentifierKind.PHONE, "+4930123456")
    event, _ = call_via_cli(qtbot, hub, "030 123 456", "--direction", "manual", "--campaign", "C7")
    assert event.identifier is not None and event.identifier.value == "+4930123456"
    assert (event.direction, event.outbound_kind) == (Direction.OUTBOUND, OutboundKind.MANUAL)
    assert event.campaign == "C7"


def test_unicode_markup_and_control_characters_in_the_name(qtbot, hub):
    event, _ = call_via_cli(
        qtbot, hub, "+4930123456", "--name", "Jürgen\x07 <b>Müller</b>\u202e\u200b\tŞahin"
    )
    # Kept as plain text (the UI shows it as such), without control or format characters.
    assert event.name == "Jürgen <b>Müller</b> Şahin"


def test_overlong_input_is_capped(qtbot, hub):
    event, _ = call_via_cli(qtbot, hub, "+4930123456", "--name", "N" * 5000)
    assert event.name == "N" * MAX_NAME_LENGTH


def test_url_as_number_argument(qtbot, hub):
    url = "journey-widget://call?number=%2B49%2030%20123456&name=Erika&direction=outbound"
    event, _ = call_via_cli(qtbot, hub, url)
    assert event.identifier is not None and event.identifier.value == "+4930123456"
    assert (event.name, event.direction) == ("Erika", Direction.OUTBOUND)


def test_empty_number_is_refused_without_contacting_the_widget(qtbot, hub):
    code, _, err = finish(cli("call", "\x01 \x1b\u200b"), qtbot)
    assert code == 2
    assert err.strip() == "journey-widget: The call has no number."
    assert hub.current_call is None


def test_status_reports_call_customer_and_listeners(qtbot, hub):
    hub.set_status_provider(lambda: {"id": "C-1001", "name": "Erika Mustermann"})
    call_via_cli(qtbot, hub, "+4930123456", "--name", "Erika")
    hub.set_listener_state("baresip", "retrying in 4 s")
    code, out, err = finish(cli("status", "--json"), qtbot)
    assert code == 0, err
    state = json.loads(out)
    assert state["call"]["identifier"] == "+4930123456"
    assert state["call"]["direction"] == "inbound"
    assert state["call"]["live_state"] == LiveState.LIVE.value
    assert state["call"]["received_at"].endswith("+00:00")
    assert state["customer"] == {"id": "C-1001", "name": "Erika Mustermann"}
    assert state["listeners"] == {
        "local_socket": "listening",
        "http": "stopped",
        "baresip": "retrying in 4 s",
    }
    hub.set_call_state(state["call"]["call_id"], "closed")
    code, out, _ = finish(cli("status"), qtbot)
    assert code == 0
    assert "Erika Mustermann" in out
    assert "inactive" in out
    assert "baresip: retrying in 4 s" in out


def test_status_without_a_widget_exits_3():
    result = subprocess.run(
        [sys.executable, "-m", "journey_widget.cli", "status"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 3
    assert result.stderr.strip() == "journey-widget: No journey widget is running."


def test_second_hub_defers_to_the_running_one(qtbot, hub):
    other = CallHub()
    assert other.start_local_server() is False
    assert other.listener_states["local_socket"] == "another widget is running"


def _raw_exchange(payload: bytes, result: dict) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(10)
        client.connect(local_socket.socket_name())
        with contextlib.suppress(OSError):  # the server may close before reading everything
            client.sendall(payload)
        data = b""
        while chunk := client.recv(4096):
            data += chunk
        result["reply"] = data


@pytest.mark.parametrize(
    ("payload", "error"),
    [
        (b"not json\n", "The request is not valid JSON."),
        (b'{"op": "call", "event": {"number": 42.5e999}}\n', None),
        (b'{"op": "call", "event": "x"}\n', "The call must be a JSON object."),
        (b'{"op": "call", "event": {"number": ["x"]}}\n', "“number” must be text."),
        (
            b'{"op": "reboot"}\n',
            "Unknown request; expected op “call”, “hangup”, “status” or “show”.",
        ),
        (b"x" * (local_socket.MAX_MESSAGE_BYTES + 10), "The request is too large."),
        # json.loads raises ValueError / RecursionError here, not JSONDecodeError
        pytest.param(
            b'{"number": ' + b"1" * 5000 + b"}\n", "The request is not valid JSON.", id="huge-int"
        ),
        pytest.param(b"[" * 5000 + b"\n", "The request is not valid JSON.", id="deep-nesting"),
        pytest.param(
            b'{"op": "call", "event": {"number": NaN}}\n',
            "The request is not valid JSON.",
            id="nan",
        ),
        pytest.param(
            b'{"op": "call", "event": {"number": Infinity}}\n',
            "The request is not valid JSON.",
            id="infinity",
        ),
        pytest.param(
            b'{"op": "call", "event": {"number": 4930.5}}\n', "“number” must be text.", id="float"
        ),
    ],
)
def test_bad_requests_get_a_sentence_not_a_crash(qtbot, hub, payload, error):
    result: dict = {}
    thread = threading.Thread(target=_raw_exchange, args=(payload, result))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    reply = json.loads(result["reply"])
    if error is not None:
        assert reply == {"ok": False, "error": error}
    assert hub.current_call is None or reply["ok"]


def test_silent_client_is_dropped(qtbot, hub, monkeypatch):
    result: dict = {}
    started = time.monotonic()
    thread = threading.Thread(target=_raw_exchange, args=(b'{"op": "sta', result))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    assert json.loads(result["reply"])["error"] == "The request did not arrive in time."
    assert time.monotonic() - started < local_socket.READ_TIMEOUT_MS / 1000 + 2


def test_status_into_a_closed_pipe_exits_quietly(qtbot, hub):
    """``journey-widget status --json | true``: the reader is gone before the answer is
    written; no BrokenPipeError traceback (issue 16.10)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read
    process = subprocess.Popen(
        [sys.executable, "-m", "journey_widget.cli", "status", "--json"],
        stdout=write_end,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(write_end)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
    err = process.stderr.read()
    process.stderr.close()
    assert process.returncode == 0
    assert err == ""


def test_a_caller_id_starting_with_a_dash_is_data_after_the_double_dash(qtbot, hub):
    """The documented hook lines pass the name as --name=... and the number after --, so a
    caller ID like "--help" or a name like "-x" is data, not an option (issue 16.10)."""
    event, _ = call_via_cli(qtbot, hub, "--name=-Evil", "--", "--help")
    assert (event.number, event.name) == ("--help", "-Evil")
