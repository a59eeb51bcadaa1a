"""Applying saved settings: another back end's offline cache is emptied on a worker thread,
and the session reconnects only once it is empty (issue 14.7, SPEC G2)."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from journey_widget.app.settings_flow import SettingsFlow
from journey_widget.model import DataSource
from journey_widget.secrets import SecretStore
from journey_widget.settings import AuthKind, Settings, SettingsFile, SourceSettings
from journey_widget.sources.cache import JourneyCache
from journey_widget.ui.shell.main_window import MainWindow
from memory_keyring import MemoryKeyring
from slow_io import GatedKeyring, off_the_main_thread

WAIT_MS = 10_000


class Calls:
    """The call rules' side of applying: only what ``apply`` hands it."""

    def __init__(self) -> None:
        self.settings: list[Settings] = []

    def set_settings(self, settings: Settings) -> None:
        self.settings.append(settings)


def flow_for(qtbot, qapp, tmp_path: Path) -> SettingsFlow:
    window = MainWindow()
    qtbot.addWidget(window)
    return SettingsFlow(
        qapp,
        window,
        SettingsFile(tmp_path / "settings.json"),
        SecretStore(MemoryKeyring(), environ={}),
        region=lambda: "DE",
        service=lambda: None,
        on_applied=lambda settings: None,
    )


def test_another_back_end_empties_the_cache_on_a_worker_then_reconnects(
    qtbot, qloop, qapp, tmp_path: Path, monkeypatch
) -> None:
    purged: list[threading.Thread] = []
    go = threading.Event()

    def purge_all(cache: JourneyCache) -> None:
        purged.append(threading.current_thread())
        go.wait(WAIT_MS / 1000)

    monkeypatch.setattr(JourneyCache, "purge_all", purge_all)
    flow = flow_for(qtbot, qapp, tmp_path)
    reconnected: list[int] = []
    old = Settings()
    new = replace(old, source=SourceSettings(kind=DataSource.DATA_CLOUD, base_url="https://x"))
    calls = Calls()
    flow.apply(old, new, calls=calls, reconnect=lambda: reconnected.append(len(purged)))
    assert calls.settings == [new]  # the call rules at once
    qtbot.waitUntil(lambda: bool(purged), timeout=WAIT_MS)  # the worker is emptying it
    assert reconnected == []  # not before the cache is empty
    go.set()
    qtbot.waitUntil(lambda: bool(reconnected), timeout=WAIT_MS)
    assert reconnected == [1]
    assert purged[0] is not threading.main_thread()


def test_the_same_back_end_reconnects_at_once_and_keeps_its_cache(
    qtbot, qloop, qapp, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(JourneyCache, "purge_all", lambda cache: reconnected.append("purged"))
    flow = flow_for(qtbot, qapp, tmp_path)
    reconnected: list[str] = []
    old = Settings(source=SourceSettings(kind=DataSource.DATA_CLOUD, base_url="https://x"))
    new = replace(old, source=replace(old.source, timeout_seconds=30.0))
    flow.apply(old, new, calls=Calls(), reconnect=lambda: reconnected.append("reconnect"))
    assert reconnected == ["reconnect"]


def test_sign_out_forgets_on_a_worker_and_the_open_dialog_says_so(
    qtbot, qloop, qapp, tmp_path: Path
) -> None:
    backend = GatedKeyring(writes_wait=False)
    secrets = SecretStore(backend, environ={})
    source = SourceSettings(kind=DataSource.DATA_CLOUD, base_url="https://x", auth=AuthKind.BEARER)
    settings_file = SettingsFile(tmp_path / "settings.json")
    settings_file.save(Settings(source=source))
    secrets.set(source.kind, source.auth, "token")
    backend.threads.clear()  # the test's own set, above; from here on: the app's calls
    window = MainWindow()
    qtbot.addWidget(window)
    signed_out: list[bool] = []
    flow = SettingsFlow(
        qapp,
        window,
        settings_file,
        secrets,
        region=lambda: "DE",
        service=lambda: None,
        on_applied=lambda settings: None,
        on_signed_out=lambda: signed_out.append(True),
    )
    dialog = flow.open()  # the window's child
    secret = dialog.field("secret")
    qtbot.waitUntil(lambda: secret.placeholderText() == "Stored; type to replace", timeout=WAIT_MS)
    dialog.sign_out_button.click()
    qtbot.waitUntil(lambda: bool(signed_out), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: secret.placeholderText() == "Not stored yet", timeout=WAIT_MS)
    assert backend.entries == {}
    assert off_the_main_thread(backend.threads)
    dialog.reject()
