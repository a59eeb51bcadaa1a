"""The settings file: defaults, round trip, damaged files, unknown keys kept, atomic writes."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from journey_widget.model import DataSource
from journey_widget.settings import (
    CallSettings,
    PopBehaviour,
    Settings,
    SettingsFile,
    flush_saves,
    settings_path,
)
from slow_io import WAIT_SECONDS, SlowDisk, off_the_main_thread


def test_defaults_when_there_is_no_file(tmp_path: Path) -> None:
    assert SettingsFile(tmp_path / "none.json").load() == Settings()


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = replace(
        Settings(),
        calls=CallSettings(pop=PopBehaviour.NOTIFY, http_enabled=True, http_port=5000),
    )
    SettingsFile(path).save(settings)
    assert SettingsFile(path).load() == settings
    assert json.loads(path.read_text())["calls"]["pop"] == "notify"


def test_default_location_is_the_config_folder() -> None:
    assert settings_path().parent.name == "journey-widget"
    assert "config" in str(settings_path())


def test_damaged_file_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b"\x00\xff{not json")
    assert SettingsFile(path).load() == Settings()
    assert (tmp_path / "settings.json.broken").exists()
    assert not path.exists()


def test_wrong_types_fall_back_per_key(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    raw = {"calls": {"http_port": "80", "http_enabled": 1, "baresip_port": 5060}, "source": []}
    path.write_text(json.dumps(raw))
    loaded = SettingsFile(path).load()
    assert loaded.calls.http_port == CallSettings().http_port
    assert loaded.calls.http_enabled is False
    assert loaded.calls.baresip_port == 5060
    assert loaded.source.kind is DataSource.LOCAL


def test_unknown_keys_survive_a_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"future": {"x": 1}, "calls": {"later_option": True}}))
    file = SettingsFile(path)
    file.save(file.load())
    data = json.loads(path.read_text())
    assert data["future"] == {"x": 1}
    assert data["calls"]["later_option"] is True
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


def test_current_reads_the_file_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    file = SettingsFile(path)
    assert file.current() == Settings()  # no file yet: defaults
    saved = replace(Settings(), calls=CallSettings(http_enabled=True))
    file.save(saved)
    path.unlink()  # what the object last saved is what it holds
    assert file.current() == saved


# --- writing on the writer thread (issue 14.7) -------------------------------------------------


def _with_view(view: str) -> Settings:
    return replace(Settings(), display=replace(Settings().display, view=view))


def test_a_save_is_written_on_the_writer_thread_while_the_caller_goes_on(
    tmp_path: Path, monkeypatch
) -> None:
    disk = SlowDisk()
    monkeypatch.setattr(os, "fsync", disk)
    path = tmp_path / "settings.json"
    file = SettingsFile(path)
    chosen = _with_view("table")
    saving = file.save_later(chosen)
    assert disk.entered.wait(WAIT_SECONDS)  # the writer is inside the write ...
    assert not saving.done() and not path.exists()  # ... and the caller is here
    assert file.current() == chosen  # what was asked counts at once
    disk.go.set()
    assert saving.result(WAIT_SECONDS) == chosen
    assert SettingsFile(path).load() == chosen
    assert off_the_main_thread(disk.threads)


def test_saves_land_in_order_and_those_asked_meanwhile_become_one_write(
    tmp_path: Path, monkeypatch
) -> None:
    disk = SlowDisk()
    monkeypatch.setattr(os, "fsync", disk)
    path = tmp_path / "settings.json"
    file = SettingsFile(path)
    first = file.save_later(_with_view("timeline"))
    assert disk.entered.wait(WAIT_SECONDS)  # the writer is busy with the first one
    later = [file.save_later(_with_view(view)) for view in ("table", "timeline", "table")]
    disk.go.set()
    assert flush_saves(WAIT_SECONDS)
    assert first.result() == _with_view("timeline")
    assert [f.result().display.view for f in later] == ["table", "timeline", "table"]
    assert len(disk.threads) == 2  # the first write, then one for the three asked meanwhile
    assert SettingsFile(path).load().display.view == "table"  # the newest, never overtaken


def test_a_failed_save_raises_and_the_settings_stay_as_the_file_has_them(
    tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "settings.json"
    file = SettingsFile(path)
    file.save(_with_view("table"))
    disk = SlowDisk(error=OSError(28, "No space left on device"))
    disk.go.set()
    monkeypatch.setattr(os, "fsync", disk)
    with pytest.raises(OSError, match="No space left"):
        file.save(_with_view("timeline"))
    assert file.current().display.view == "table"
    assert SettingsFile(path).load().display.view == "table"
    assert not list(tmp_path.glob(".settings.*"))  # no temporary file left behind
