"""The settings dialog never waits for the keyring or the disk on the GUI thread (issue 14.7):
the keyring is asked on a worker, OK stores the secret and saves the settings on workers, and
the dialog closes and applies only when both are done, in that order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from journey_widget.model import DataSource
from journey_widget.secrets import SERVICE_NAME, SecretStore
from journey_widget.settings import AuthKind, Settings, SettingsFile, SourceSettings, Theme
from journey_widget.ui.settings.dialog import SettingsDialog
from slow_io import GatedKeyring, SlowDisk, off_the_main_thread

WAIT_MS = 10_000
ENTRY = (SERVICE_NAME, "data_cloud/api_key")
DATA_CLOUD = Settings(
    source=SourceSettings(
        kind=DataSource.DATA_CLOUD, base_url="https://dc.example.com/api", auth=AuthKind.API_KEY
    )
)


@pytest.fixture
def make_dialog(qtbot, qloop, tmp_path: Path):
    def make(backend: GatedKeyring, settings: Settings = DATA_CLOUD) -> SettingsDialog:
        dialog = SettingsDialog(
            settings,
            SettingsFile(tmp_path / "settings.json"),
            SecretStore(backend, environ={}),
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def events_keep_flowing(qtbot, parent) -> None:
    """A timer started now fires: the GUI thread is processing events, not waiting."""
    ticks = QTimer(parent)
    ticks.setSingleShot(True)
    with qtbot.waitSignal(ticks.timeout, timeout=WAIT_MS):
        ticks.start(0)


def test_the_dialog_answers_while_the_keyring_is_slow_to_say_what_it_holds(
    qtbot, make_dialog
) -> None:
    backend = GatedKeyring(reads_wait=True)
    backend.entries[ENTRY] = "stored-key"
    dialog = make_dialog(backend)
    secret = dialog.field("secret")
    qtbot.waitUntil(backend.entered["get"].is_set, timeout=WAIT_MS)  # a worker is asking
    events_keep_flowing(qtbot, dialog)
    qtbot.keyClicks(dialog.field("base_url"), "/v2")  # and the user can type meanwhile
    assert dialog.field("base_url").text().endswith("/api/v2")
    assert secret.placeholderText() == ""  # not known yet: nothing wrong is said
    backend.gates["get"].set()
    qtbot.waitUntil(lambda: secret.placeholderText() == "Stored; type to replace", timeout=WAIT_MS)
    assert off_the_main_thread(backend.threads)


def test_ok_waits_for_the_keyring_then_the_file_then_applies(
    qtbot, make_dialog, tmp_path: Path
) -> None:
    backend = GatedKeyring(writes_wait=True)
    dialog = make_dialog(backend)
    applied: list[Settings] = []
    dialog.applied.connect(applied.append)
    dialog.field("secret").setText("new-key")
    dialog.accept()
    qtbot.waitUntil(backend.entered["set"].is_set, timeout=WAIT_MS)
    events_keep_flowing(qtbot, dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible() and not ok.isEnabled() and applied == []
    assert not (tmp_path / "settings.json").exists()  # the secret first: it may be refused
    dialog.reject()  # Cancel waits for OK's outcome
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.applied, timeout=WAIT_MS):
        backend.gates["set"].set()
    assert not dialog.isVisible()
    assert backend.entries == {ENTRY: "new-key"}
    assert SettingsFile(tmp_path / "settings.json").load() == applied[0]
    assert off_the_main_thread(backend.threads)


def test_ok_applies_only_once_the_slow_disk_has_the_settings(
    qtbot, make_dialog, tmp_path: Path, monkeypatch
) -> None:
    disk = SlowDisk()
    monkeypatch.setattr(os, "fsync", disk)
    dialog = make_dialog(GatedKeyring(), Settings())
    dialog.field("theme").setCurrentIndex(dialog.field("theme").findData(Theme.DARK))
    applied: list[Settings] = []
    dialog.applied.connect(applied.append)
    dialog.accept()
    qtbot.waitUntil(disk.entered.is_set, timeout=WAIT_MS)
    events_keep_flowing(qtbot, dialog)
    assert dialog.isVisible() and applied == []
    with qtbot.waitSignal(dialog.applied, timeout=WAIT_MS):
        disk.go.set()
    assert SettingsFile(tmp_path / "settings.json").load().display.theme is Theme.DARK
    assert off_the_main_thread(disk.threads)


def test_a_save_that_fails_on_the_worker_is_said_and_the_dialog_stays(
    qtbot, make_dialog, tmp_path: Path, monkeypatch
) -> None:
    disk = SlowDisk(error=OSError(30, "Read-only file system"))
    disk.go.set()
    monkeypatch.setattr(os, "fsync", disk)
    dialog = make_dialog(GatedKeyring(), Settings())
    settings_file = SettingsFile(tmp_path / "settings.json")
    result = dialog.field("test_result")
    with qtbot.assertNotEmitted(dialog.applied):
        dialog.accept()
        said = "The settings could not be saved."
        qtbot.waitUntil(lambda: result.text() == said, timeout=WAIT_MS)
    assert dialog.isVisible()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()  # the user may try again
    assert settings_file.load() == Settings() and not settings_file.path.exists()
