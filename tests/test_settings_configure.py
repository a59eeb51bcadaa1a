"""The one path that writes the user's edits (``SettingsFile.save_edit``) enforces SPEC E1:
no edit raises the user's role, and without ``configure`` the data source stays as set."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from journey_widget.model import DataSource
from journey_widget.model.permissions import Permission, PermissionDeniedError
from journey_widget.settings import AccessSettings, Settings, SettingsFile, SourceSettings, Theme

MANAGED = Settings(
    source=SourceSettings(kind=DataSource.DATA_CLOUD, base_url="https://dc.example.com/api"),
    access=AccessSettings(user="anna", role="agent", obfuscate_identifiers=True),
)


@pytest.fixture
def file(tmp_path) -> SettingsFile:
    managed = SettingsFile(tmp_path / "settings.json")
    managed.save(MANAGED)  # as IT rolled it out
    return SettingsFile(managed.path)  # what the app reads at start


def _on_disk(file: SettingsFile) -> dict:
    return json.loads(file.path.read_text(encoding="utf-8"))


def test_changing_the_source_without_configure_is_refused_and_nothing_is_written(file):
    before = file.path.read_bytes()
    moved = replace(MANAGED, source=replace(MANAGED.source, kind=DataSource.LOCAL))
    with pytest.raises(PermissionDeniedError) as refused:
        file.save_edit(moved, may_configure=False)
    assert refused.value.permission is Permission.CONFIGURE
    assert str(refused.value) == "You are not allowed to change the configuration."
    other_url = replace(MANAGED, source=replace(MANAGED.source, base_url="https://evil.test/"))
    with pytest.raises(PermissionDeniedError):
        file.save_edit(other_url, may_configure=False)
    assert file.path.read_bytes() == before


def test_an_edit_never_raises_the_users_role_or_lifts_the_privacy_setting(file):
    raised = replace(
        MANAGED,
        access=AccessSettings(user="root", role="administrator", obfuscate_identifiers=False),
        display=replace(MANAGED.display, theme=Theme.DARK),
    )
    for may_configure in (False, True):
        saved = file.save_edit(raised, may_configure=may_configure)
        assert saved.access == MANAGED.access
        assert _on_disk(file)["access"]["role"] == "agent"
        assert _on_disk(file)["access"]["obfuscate_identifiers"] is True
        assert SettingsFile(file.path).load().access == MANAGED.access
    assert _on_disk(file)["display"]["theme"] == "dark"  # the user's own part is saved


def test_without_configure_the_users_own_settings_are_still_saved(file):
    edited = replace(MANAGED, display=replace(MANAGED.display, language="de"))
    saved = file.save_edit(edited, may_configure=False)
    assert saved.display.language == "de" and saved.source == MANAGED.source
    assert SettingsFile(file.path).load().display.language == "de"


def test_with_configure_the_source_can_change(file):
    moved = replace(MANAGED, source=SourceSettings(kind=DataSource.LOCAL))
    saved = file.save_edit(moved, may_configure=True)
    assert saved.source.kind is DataSource.LOCAL
    assert SettingsFile(file.path).load().source.kind is DataSource.LOCAL
