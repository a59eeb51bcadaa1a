"""``journey-widget call`` with no widget running (issue 16.1): it starts one and returns only
when that widget shows the call; a widget that dies at start is said, exit 2.

Real processes: the CLI, the widget it starts (offscreen), the local socket between them.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "journey_widget.cli"]


def _run(*args: str, env: dict[str, str] | None = None, timeout: float = 60):
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=timeout, env=env or os.environ.copy()
    )


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "s.sqlite"
    done = _run("demo-data", "--customers", "3", "--seed", "1", "--store", str(path))
    assert done.returncode == 0, done.stderr
    return path


def test_the_call_is_shown_when_call_returns(store):
    done = _run("call", "+4930123456", "--name", "Erika", "--store", str(store))
    assert done.returncode == 0, done.stderr
    try:
        status = _run("status", "--json")
        assert status.returncode == 0, status.stderr
        shown = json.loads(status.stdout)
        # No wait between the two: ``call`` returned only once the widget had the call.
        assert shown["call"]["number"] == "+4930123456"
        assert shown["call"]["name"] == "Erika"
    finally:
        pid = json.loads(_run("status", "--json").stdout)["pid"]
        os.kill(pid, signal.SIGTERM)


def test_a_widget_that_cannot_start_is_said_and_exit_2(store):
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "no-such-platform"  # Qt aborts at start
    done = _run("call", "+4930123456", "--store", str(store), env=env)
    assert done.returncode == 2
    assert done.stderr.startswith("journey-widget: The journey widget could not start")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
