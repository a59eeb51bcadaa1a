"""The ``call`` verb without a running widget starts one, detached, with no shell."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from journey_widget.cli import call_verbs as call_commands
from journey_widget.cli.main import build_parser, main


@pytest.fixture
def spawned(monkeypatch):
    calls: list[tuple[list[str], dict]] = []

    class FakePopen:
        returncode = None

        def __init__(self, argv, **options):
            calls.append((argv, options))

        def poll(self):
            return None

    monkeypatch.setattr(call_commands.subprocess, "Popen", FakePopen)
    # No real widget here: the wait for it to show the call is tested in tests/cli.
    monkeypatch.setattr(call_commands, "wait_until_taken", lambda child, call_id: None)
    return calls


def test_call_without_widget_starts_one_with_the_call(spawned, tmp_path):
    store = tmp_path / "s.sqlite"
    code = main(["call", "sip:+4930123@pbx", "--name", "Erika", "--store", str(store)])
    assert code == 0
    [(argv, options)] = spawned
    assert argv[:3] == [sys.executable, "-m", "journey_widget.cli"]
    assert argv[3:7] == ["--store", str(store), "--region", "DE"]
    assert argv[7] == "--pop"
    event = json.loads(argv[8])
    assert (event["number"], event["name"], event["direction"]) == (
        "sip:+4930123@pbx",
        "Erika",
        "inbound",
    )
    assert options["start_new_session"] is True
    assert options["stdin"] is subprocess.DEVNULL
    assert "shell" not in options


def test_url_options_override(spawned):
    assert main(["call", "journey-widget://call?number=030123456&name=A", "--name", "B"]) == 0
    event = json.loads(spawned[0][0][-1])
    assert (event["number"], event["name"]) == ("030123456", "B")


def test_bad_url_is_one_sentence(spawned, capsys):
    assert main(["call", "journey-widget://call?name=x"]) == 2
    assert capsys.readouterr().err == "journey-widget: The call has no number.\n"
    assert spawned == []


def test_other_verbs_are_not_ours():
    args = build_parser().parse_args(["search", "x"])
    assert call_commands.run_call_verb(args) is None


def test_call_verbs_do_not_import_qtwidgets():
    code = (
        "import sys; from journey_widget.cli.main import main; "
        "main(['status']); assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
