"""Journey 6, bad days: the store file deleted while running, a corrupt settings.json at start,
a back end answering 20 MB or garbage, 100 calls a second for 3 seconds. The window keeps
answering (a 0-ms timer keeps firing, another process's ``status`` is answered), shows one
sentence, loses nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from e2e.conftest import WAIT_MS, MemoryKeyring
from fixtures.stores import phone_of
from journey_widget.app.session import GuiOptions
from journey_widget.model import DataSource
from journey_widget.paths import config_dir
from journey_widget.secrets import SecretStore
from journey_widget.settings import AuthKind, Settings, SourceSettings
from journey_widget.sources.remote.auth import AuthConfig
from journey_widget.ui.shell.main_window import ViewState
from journeys import sample_records
from sources.contract_servers import DATA_CLOUD, journeys_of, serve

CLI = [sys.executable, "-m", "journey_widget.cli"]
KEY = "e2e-api-key"
RAYMOND = "+4915112345678"


class Ticker:
    """A 0-ms timer: it fires whenever the event loop is free; its count says it kept turning."""

    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.ticks += 1


@pytest.fixture
def ticker() -> Iterator[Ticker]:
    running = Ticker()
    yield running
    running.timer.stop()


def one_sentence(window) -> str:
    """The error panel's sentence: one, no traceback, no raw exception text."""
    assert window.state is ViewState.ERROR
    detail = window.state_panel.detail()
    assert window.state_panel.title()
    assert detail and "Traceback" not in detail and "Error:" not in detail
    return detail


def test_corrupt_settings_at_start_opens_the_window_and_keeps_the_file(
    demo_store: Path, tmp_path: Path
) -> None:
    settings = config_dir() / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    damaged = b'{"display": {"language": "de", \x00\xff not json'
    settings.write_bytes(damaged)
    shot = tmp_path / "start.png"
    done = subprocess.run(
        [*CLI, "--store", str(demo_store), "--screenshot", str(shot), "--size", "380x800"],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert shot.stat().st_size > 1000
    kept = settings.with_name("settings.json.broken")
    assert kept.read_bytes() == damaged  # nothing lost: the user's file is set aside, whole


def test_store_deleted_while_running(
    qtbot, session_for, demo_store: Path, demo_store_template: Path, ticker
) -> None:
    session = session_for(GuiOptions(store=demo_store))
    window = session.window
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        session.hub.deliver_fields({"number": phone_of(demo_store, "C000005")}, source="command")
    number = phone_of(demo_store, "C000006")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{demo_store}{suffix}").unlink(missing_ok=True)
    before = ticker.ticks
    session.hub.deliver_fields({"number": number}, source="command")
    task = session.calls.lookup_task
    assert task is not None
    # The open store still answers (the file is gone, the open one is not): the call pops.
    # (Waited for as shown, not as the task done: the window shows it in a done callback.)
    qtbot.waitUntil(
        lambda: task.done() and session.hub.status()["customer"]["id"] == "C000006",
        timeout=WAIT_MS,
    )
    assert ticker.ticks > before
    assert window.state is ViewState.JOURNEY
    # Opened anew (Retry, new settings), the missing file is one sentence with Retry ...
    session.reconnect()
    qtbot.waitUntil(lambda: window.state is ViewState.ERROR, timeout=WAIT_MS)
    assert str(demo_store) in one_sentence(window)
    assert window.state_panel.retry_button().isVisible()
    # ... and with the file back, Retry opens it and shows the caller again: nothing lost.
    demo_store.write_bytes(demo_store_template.read_bytes())
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
        window.state_panel.retry_button().click()
    assert shown.args[0].customer.id == "C000006"


@pytest.mark.parametrize(
    "body",
    [b'{"pad": "' + b"x" * (20 * 1024 * 1024) + b'"}', b"\x00\xffgarbage<html>", b"[1, 2"],
    ids=["20MB", "binary-garbage", "cut-json"],
)
def test_back_end_answers_too_much_or_garbage(qtbot, session_for, ticker, body: bytes) -> None:
    with serve(
        DATA_CLOUD, journeys_of(sample_records()), auth=AuthConfig(AuthKind.API_KEY, KEY)
    ) as server:
        secrets = SecretStore(MemoryKeyring(), environ={})
        source = SourceSettings(
            kind=DataSource.DATA_CLOUD, base_url=server.url, auth=AuthKind.API_KEY
        )
        secrets.set(source.kind, AuthKind.API_KEY, KEY)
        session = session_for(GuiOptions(), settings=Settings(source=source), secrets=secrets)
        window = session.window
        server.fail_next(200, body)
        before = ticker.ticks
        session.hub.deliver_fields({"number": RAYMOND}, source="command")
        task = session.calls.lookup_task
        assert task is not None
        qtbot.waitUntil(lambda: task.done() and window.state is ViewState.ERROR, timeout=WAIT_MS)
        assert ticker.ticks > before
        one_sentence(window)
        # Nothing lost: the back end answering properly again, the same caller pops.
        with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
            window.state_panel.retry_button().click()
        assert shown.args[0].customer.id == "C1"


def test_100_calls_a_second_for_3_seconds(qtbot, session_for, demo_store: Path, ticker) -> None:
    session = session_for(GuiOptions(store=demo_store))
    window = session.window
    assert session.hub.start_local_server()
    numbers = [phone_of(demo_store, f"C{n:06d}") for n in range(1, 31)]
    sent: list[str] = []
    ticks_between: list[int] = []
    last_ticks = [ticker.ticks]

    def deliver() -> None:
        ticks_between.append(ticker.ticks - last_ticks[0])
        last_ticks[0] = ticker.ticks
        number = numbers[len(sent) % len(numbers)]
        session.hub.deliver_fields(
            {"number": number, "name": f"Call {len(sent)}"}, source="command"
        )
        sent.append(number)
        if len(sent) == 300:
            storm.stop()

    storm = QTimer()
    storm.setInterval(10)  # 100 a second
    storm.timeout.connect(deliver)
    try:
        storm.start()
        # Meanwhile another process asks what the widget shows: it is answered.
        status = subprocess.Popen(
            [*CLI, "status", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        qtbot.waitUntil(lambda: status.poll() is not None, timeout=WAIT_MS)
        out, err = status.communicate()
        assert status.returncode == 0, err
        assert json.loads(out)["pid"] > 0
        qtbot.waitUntil(lambda: len(sent) == 300, timeout=60_000)
        task = session.calls.lookup_task
        assert task is not None
        last = numbers.index(sent[-1]) + 1
        qtbot.waitUntil(
            lambda: (
                task.done()
                and window.state is ViewState.JOURNEY
                and session.hub.status()["customer"]["id"] == f"C{last:06d}"
            ),
            timeout=WAIT_MS,
        )
    finally:
        storm.stop()
        session.hub.stop_local_server()
    # The newest call wins and nothing of it is lost.
    state = session.hub.status()
    assert state["call"]["identifier"] == sent[-1]
    assert state["call"]["name"] == "Call 299"
    assert state["customer"]["id"] == f"C{last:06d}"
    # The loop kept turning between the calls (ticks_between[0] is before the first call).
    assert min(ticks_between[1:]) > 0
