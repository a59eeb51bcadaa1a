"""Each way a call arrives, end to end against a real widget process (SPEC A1, B1, B2, B3).

The widget runs as ``python -m journey_widget.cli --store S --http-port 0`` under the
offscreen platform, with the test's private XDG folders (tests/conftest.py; subprocesses
inherit them), so its local socket and token file are the test's own. The tests talk to it
the way softphones and agents do: ``journey-widget call``, HTTP with the token, the URL
handler, baresip called by sipp, and ``journey-widget status --json`` to see what it shows.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

# the baresip + sipp fixtures of the listener tests
from tests.calls.test_baresip import CANCEL_SCENARIO, baresip, sipp  # noqa: F401

from fixtures.stores import demo_records, phone_of, write_store

CLI = [sys.executable, "-m", "journey_widget.cli"]
TIMEOUT = 30.0


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
    )


def status() -> dict[str, Any] | None:
    done = cli("status", "--json")
    if done.returncode == 3:
        return None
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def wait_for(condition: Callable[[dict[str, Any]], bool], timeout: float = TIMEOUT) -> dict:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = status()
        if last is not None and condition(last):
            return last
        time.sleep(0.1)
    raise AssertionError(f"the widget did not get there; last status: {last}")


def shows(customer_id: str) -> Callable[[dict[str, Any]], bool]:
    return lambda state: (state.get("customer") or {}).get("id") == customer_id


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return write_store(tmp_path_factory.mktemp("store") / "journey.sqlite", demo_records(30, 5))


@pytest.fixture
def widget(store) -> Iterator[Callable[..., subprocess.Popen]]:
    """Start the widget with extra options; it is stopped (SIGTERM, clean exit) afterwards."""
    started: list[subprocess.Popen] = []

    def start(*extra: str) -> subprocess.Popen:
        process = subprocess.Popen(
            [*CLI, "--store", str(store), "--http-port", "0", *extra],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        wait_for(lambda state: state["listeners"]["http"].startswith("listening on"))
        return process

    yield start
    for process in started:
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise
        errors = process.stderr.read() if process.stderr else ""
        assert code == 0, errors
        assert "Traceback" not in errors


def test_call_command_pops_the_caller(widget, store):
    widget()
    number = phone_of(store, "C000002")
    done = cli("call", number, "--name", "<i>Caller</i>")
    assert done.returncode == 0, done.stderr
    state = wait_for(shows("C000002"))
    assert state["customer"]["view_state"] == "journey"
    assert state["call"]["identifier"] == number
    assert (state["call"]["source"], state["call"]["name"]) == ("command", "<i>Caller</i>")
    assert state["customer"]["live_state"] == "live"


def test_newest_of_quick_calls_is_shown(widget, store):
    widget()
    for customer in ("C000003", "C000004", "C000005"):
        assert cli("call", phone_of(store, customer)).returncode == 0
    state = wait_for(shows("C000005"))
    assert state["call"]["identifier"] == phone_of(store, "C000005")


def test_http_post_with_the_token_pops(widget, store):
    widget()
    state = status()
    assert state is not None
    port = int(state["listeners"]["http"].rsplit(":", 1)[1])
    token_file = Path(os.environ["XDG_CONFIG_HOME"]) / "journey-widget" / "http-token"
    assert token_file.stat().st_mode & 0o077 == 0
    token = token_file.read_text().strip()
    url = f"http://127.0.0.1:{port}/v1/calls"
    body = {"number": phone_of(store, "C000006"), "direction": "outbound"}
    refused = httpx.post(url, json=body, headers={"Authorization": "Bearer wrong"})
    assert refused.status_code == 401
    answer = httpx.post(url, json=body, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 202, answer.text
    state = wait_for(shows("C000006"))
    assert (state["call"]["source"], state["call"]["direction"]) == ("http", "outbound")


def test_url_handler_pops(widget, store):
    widget()
    number = phone_of(store, "C000007").replace("+", "%2B")
    done = cli("call", f"journey-widget://call?number={number}&name=Erika%20M")
    assert done.returncode == 0, done.stderr
    state = wait_for(shows("C000007"))
    assert state["call"]["name"] == "Erika M"


def test_unknown_caller_shows_no_history(widget):
    widget()
    assert cli("call", "+49 30 9999999").returncode == 0
    state = wait_for(lambda s: (s.get("customer") or {}).get("view_state") == "no_history")
    assert state["customer"]["id"] is None
    assert state["call"]["identifier"] == "+49309999999"


@pytest.mark.slow
def test_baresip_called_by_sipp_pops_and_ends(widget, store, baresip):  # noqa: F811
    import asyncio

    number = phone_of(store, "C000008")
    widget("--baresip", f"127.0.0.1:{baresip['ctrl_port']}")
    wait_for(lambda state: state["listeners"]["baresip"] == "connected")
    scenario = baresip["dir"] / "cancel.xml"
    scenario.write_text(CANCEL_SCENARIO.format(display="Jürgen", user=number), encoding="utf-8")
    assert asyncio.run(sipp(baresip, "-sf", str(scenario), "-s", "agent")) == 0
    state = wait_for(lambda s: shows("C000008")(s) and s["call"]["state"] == "closed")
    assert (state["call"]["source"], state["call"]["name"]) == ("baresip", "Jürgen")
    assert state["call"]["live_state"] == "inactive"
    assert state["customer"]["live_state"] == "ended"


def test_call_without_a_widget_starts_one_that_pops(store):
    assert status() is None
    number = phone_of(store, "C000009")
    started = time.monotonic()
    done = cli("call", number, "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < 10
    state = wait_for(shows("C000009"))
    assert state["call"]["source"] == "command"
    os.kill(state["pid"], signal.SIGTERM)
    deadline = time.monotonic() + 15
    while status() is not None:
        assert time.monotonic() < deadline, "the started widget did not stop"
        time.sleep(0.1)


def test_a_second_launch_hands_over_and_exits(widget, store):
    first = widget()
    again = cli("--store", str(store), timeout=30)
    assert (again.returncode, again.stderr) == (0, "")
    event = json.dumps({"number": phone_of(store, "C000010"), "name": "Via --pop"})
    forwarded = cli("--store", str(store), "--pop", event, timeout=30)
    assert (forwarded.returncode, forwarded.stderr) == (0, "")
    state = wait_for(shows("C000010"))
    assert state["pid"] == first.pid
    bad = cli("--pop", '{"name": "no number"}', timeout=30)
    assert (bad.returncode, bad.stderr) == (2, "journey-widget: The call has no number.\n")


def test_pop_with_screenshot_opens_on_the_call(store, tmp_path):
    shot = tmp_path / "pop.png"
    event = json.dumps({"number": phone_of(store, "C000002")})
    done = cli("--store", str(store), "--pop", event, "--screenshot", str(shot))
    assert (done.returncode, done.stderr) == (0, "")
    assert shot.stat().st_size > 1000


def test_unusable_pop_is_one_sentence(store, tmp_path):
    shot = tmp_path / "bad.png"
    done = cli("--store", str(store), "--pop", "{not json", "--screenshot", str(shot))
    assert done.returncode == 2
    assert done.stderr == "journey-widget: The call's details are not valid JSON.\n"
