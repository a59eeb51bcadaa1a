"""The session never waits on the GUI thread (issue 14.7): the keyring is asked on a worker
while the window goes on, and closing the window awaits the last settings save, so the
process never ends with a save half done."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from PySide6.QtCore import QTimer

from journey_widget.app.session import GuiOptions, Session
from journey_widget.model import DataSource
from journey_widget.secrets import SecretStore
from journey_widget.settings import AuthKind, Settings, SettingsFile, SourceSettings
from journey_widget.ui.shell.main_window import ViewState
from slow_io import GatedKeyring, SlowDisk, off_the_main_thread

WAIT_MS = 10_000


def events_keep_flowing(qtbot, parent) -> None:
    ticks = QTimer(parent)
    ticks.setSingleShot(True)
    with qtbot.waitSignal(ticks.timeout, timeout=WAIT_MS):
        ticks.start(0)


def test_a_slow_keyring_never_holds_up_the_window(qtbot, qloop, qapp, tmp_path: Path) -> None:
    backend = GatedKeyring(reads_wait=True)  # and no secret stored: the window will say so
    settings = Settings(
        source=SourceSettings(
            kind=DataSource.DATA_CLOUD, base_url="https://dc.example.com", auth=AuthKind.BEARER
        )
    )
    session = Session(
        qapp,
        GuiOptions(),
        settings_file=SettingsFile(tmp_path / "settings.json"),
        settings=settings,
        secrets=SecretStore(backend, environ={}),
    )
    qtbot.addWidget(session.window)
    session.window.show()
    session.start()
    qtbot.waitUntil(backend.entered["get"].is_set, timeout=WAIT_MS)
    events_keep_flowing(qtbot, session.window)
    assert session.window.state is not ViewState.ERROR  # still waiting for the keyring
    backend.gates["get"].set()
    qtbot.waitUntil(lambda: session.window.state is ViewState.ERROR, timeout=WAIT_MS)
    assert "No secret is configured." in session.window.state_panel.title()
    assert off_the_main_thread(backend.threads)
    closing = asyncio.ensure_future(session.aclose())
    qtbot.waitUntil(closing.done, timeout=WAIT_MS)


def test_closing_waits_for_the_last_save_to_land(
    qtbot, qloop, qapp, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "settings.json"
    session = Session(
        qapp,
        GuiOptions(store=tmp_path / "no-store.sqlite"),  # no store: the window says so, fine
        settings_file=SettingsFile(path),
        secrets=SecretStore(GatedKeyring(), environ={}),
    )
    qtbot.addWidget(session.window)
    running = asyncio.ensure_future(session.run())
    qtbot.waitUntil(session.window.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: session.window.state is ViewState.ERROR, timeout=WAIT_MS)
    disk = SlowDisk()
    monkeypatch.setattr(os, "fsync", disk)
    session.window.close()  # its place is saved on closing, on the writer thread
    qtbot.waitUntil(disk.entered.is_set, timeout=WAIT_MS)
    events_keep_flowing(qtbot, session.window)
    assert not running.done()  # the session has not ended: the save is not on disk yet
    disk.go.set()
    qtbot.waitUntil(running.done, timeout=WAIT_MS)
    assert running.result() == 0
    assert SettingsFile(path).load().window.width > 0  # the window's place landed
    assert off_the_main_thread(disk.threads)
