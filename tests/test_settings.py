"""The settings file: defaults, round trip, damaged files, unknown keys kept, atomic writes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from journey_widget.model import DataSource
from journey_widget.settings import (
    CallSettings,
    PopBehaviour,
    Settings,
    SettingsFile,
    settings_path,
)


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
