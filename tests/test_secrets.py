"""Secrets through the real keyring API: an in-memory backend, and the fail backend for "none"."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backends import chainer, fail

from journey_widget.model import DataSource
from journey_widget.secrets import (
    SECRET_ENV_VAR,
    SERVICE_NAME,
    SecretOrigin,
    SecretStore,
    SecretsUnavailable,
    entry_name,
    is_usable,
)
from journey_widget.settings import AuthKind, Settings, SettingsFile
from memory_keyring import MemoryKeyring


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("refused")


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_no_keyring_says_so_and_the_environment_supplies_the_secret(no_keyring) -> None:
    store = SecretStore(environ={SECRET_ENV_VAR: "kiosk-key"})
    assert not store.available()
    with pytest.raises(SecretsUnavailable, match=SECRET_ENV_VAR):
        store.set(DataSource.DATA_CLOUD, AuthKind.API_KEY, "s3cret")
    found = store.get(DataSource.DATA_CLOUD, AuthKind.API_KEY)
    assert found is not None
    assert (found.value, found.origin) == ("kiosk-key", SecretOrigin.ENVIRONMENT)


def test_no_keyring_and_no_environment_gives_none(no_keyring) -> None:
    store = SecretStore(environ={})
    assert store.get(DataSource.DATA_CLOUD, AuthKind.BEARER) is None
    store.delete(DataSource.DATA_CLOUD, AuthKind.BEARER)  # nothing to do, no error


def test_one_entry_per_back_end_and_kind(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore(environ={})
    assert store.available()
    store.set(DataSource.DATA_CLOUD, AuthKind.API_KEY, "dc-key")
    store.set(DataSource.CAMPAIGN_MANAGER, AuthKind.OAUTH2, "cm-client-secret")
    assert memory_keyring.entries == {
        (SERVICE_NAME, "data_cloud/api_key"): "dc-key",
        (SERVICE_NAME, "campaign_manager/oauth2"): "cm-client-secret",
    }
    found = store.get(DataSource.DATA_CLOUD, AuthKind.API_KEY)
    assert found is not None and found.origin is SecretOrigin.KEYRING
    assert store.get(DataSource.DATA_CLOUD, AuthKind.BEARER) is None
    assert store.get(DataSource.DATA_CLOUD, AuthKind.NONE) is None


def test_keyring_entry_wins_over_the_environment(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore(environ={SECRET_ENV_VAR: "from-env"})
    assert store.get(DataSource.DATA_CLOUD, AuthKind.BEARER) == store.get(
        DataSource.CAMPAIGN_MANAGER, AuthKind.BEARER
    )
    store.set(DataSource.DATA_CLOUD, AuthKind.BEARER, "from-keyring")
    found = store.get(DataSource.DATA_CLOUD, AuthKind.BEARER)
    assert found is not None and found.value == "from-keyring"


def test_delete_forgets_and_tolerates_a_missing_entry(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore(environ={})
    store.set(DataSource.DATA_CLOUD, AuthKind.API_KEY, "k")
    store.delete(DataSource.DATA_CLOUD, AuthKind.API_KEY)
    store.delete(DataSource.DATA_CLOUD, AuthKind.API_KEY)
    assert memory_keyring.entries == {}


def test_a_locked_keyring_falls_back_and_refuses_to_store(caplog) -> None:
    store = SecretStore(LockedKeyring(), environ={SECRET_ENV_VAR: "env"})
    with caplog.at_level(logging.INFO):
        found = store.get(DataSource.DATA_CLOUD, AuthKind.API_KEY)
        with pytest.raises(SecretsUnavailable):
            store.set(DataSource.DATA_CLOUD, AuthKind.API_KEY, "never-logged")
    assert found is not None and found.origin is SecretOrigin.ENVIRONMENT
    assert "never-logged" not in caplog.text and "env" not in caplog.messages


def test_secrets_never_reach_the_settings_file_or_the_log(
    memory_keyring: MemoryKeyring, tmp_path: Path, caplog
) -> None:
    with caplog.at_level(logging.DEBUG):
        SecretStore(environ={}).set(DataSource.DATA_CLOUD, AuthKind.API_KEY, "TOPSECRET-123")
        SettingsFile(tmp_path / "settings.json").save(Settings())
    assert "TOPSECRET-123" not in caplog.text
    assert "TOPSECRET-123" not in (tmp_path / "settings.json").read_text()
    assert json.loads((tmp_path / "settings.json").read_text())["source"]


def test_usable_backends(monkeypatch) -> None:
    assert not is_usable(fail.Keyring())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not is_usable(chainer.ChainerBackend())
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [fail.Keyring(), MemoryKeyring()])
    assert is_usable(chainer.ChainerBackend())
    assert is_usable(MemoryKeyring())
    assert entry_name(DataSource.CAMPAIGN_MANAGER, AuthKind.BEARER) == "campaign_manager/bearer"


def test_the_back_end_is_found_once_whichever_thread_asks_first(monkeypatch) -> None:
    """Finding it may take long (plug-ins, D-Bus): a worker does it once; all others wait."""
    backend = MemoryKeyring()
    finding = threading.Event()
    go = threading.Event()
    finders: list[threading.Thread] = []

    def get_keyring() -> MemoryKeyring:
        finders.append(threading.current_thread())
        finding.set()
        go.wait(10)
        return backend

    monkeypatch.setattr(keyring, "get_keyring", get_keyring)
    store = SecretStore(environ={})
    preparing = threading.Thread(target=store.prepare, name="prepare")
    preparing.start()
    assert finding.wait(10)
    asked: list[bool] = []
    other = threading.Thread(target=lambda: asked.append(store.available()), name="other")
    other.start()  # asks while the first is still finding it
    go.set()
    preparing.join(10)
    other.join(10)
    assert asked == [True]
    assert [t.name for t in finders] == ["prepare"]
    store.set(DataSource.DATA_CLOUD, AuthKind.API_KEY, "k")
    assert store.get(DataSource.DATA_CLOUD, AuthKind.API_KEY) is not None
    assert len(finders) == 1 and store.backend is backend
