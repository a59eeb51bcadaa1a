"""Settings + secrets -> the source: which class, cache or not, and the refusals."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from journey_widget.app.wiring import (
    MissingSecret,
    build_source,
    clear_cache,
    journey_cache_folder,
)
from journey_widget.model import DataSource
from journey_widget.secrets import SECRET_ENV_VAR, SecretStore
from journey_widget.settings import AuthKind, SourceSettings
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.cache import CachingSource, JourneyCache
from journey_widget.sources.local.source import LocalSource
from journey_widget.sources.local.store import open_store
from journey_widget.sources.remote.campaign_manager import CampaignManagerSource
from journey_widget.sources.remote.data_cloud import DataCloudSource
from memory_keyring import MemoryKeyring

DATA_CLOUD = SourceSettings(
    kind=DataSource.DATA_CLOUD, base_url="http://127.0.0.1:9/api", auth=AuthKind.API_KEY
)


def build(settings: SourceSettings, secrets: SecretStore, tmp_path: Path, **kw):
    return build_source(
        settings, secrets, store_path=tmp_path / "s.sqlite", cache_folder=tmp_path / "c", **kw
    )


def close(source) -> None:
    asyncio.run(source.aclose())


@pytest.fixture
def secrets() -> SecretStore:
    store = SecretStore(MemoryKeyring(), environ={})
    store.set(DataSource.DATA_CLOUD, AuthKind.API_KEY, "dc-key")
    return store


def test_a_missing_secret_is_refused_up_front(tmp_path: Path) -> None:
    with pytest.raises(MissingSecret) as raised:
        build(DATA_CLOUD, SecretStore(MemoryKeyring(), environ={}), tmp_path)
    assert raised.value.reason is FailureReason.CONFIGURATION
    assert "keyring" in str(raised.value)


def test_without_a_keyring_the_environment_variable_is_named(tmp_path: Path) -> None:
    with pytest.raises(MissingSecret, match=SECRET_ENV_VAR):
        build(DATA_CLOUD, SecretStore(fail.Keyring(), environ={}), tmp_path)
    source = build(DATA_CLOUD, SecretStore(fail.Keyring(), environ={SECRET_ENV_VAR: "k"}), tmp_path)
    assert isinstance(source, CachingSource)
    close(source)


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"base_url": ""}, "base URL"),
        ({"base_url": "ftp://example.com"}, "not a base URL"),
        ({"auth": AuthKind.OAUTH2, "oauth_token_url": ""}, "token URL"),
        ({"api_key_header": "Bad Header"}, "header"),
    ],
)
def test_unusable_settings_are_configuration_errors(
    tmp_path: Path, change: dict, needle: str
) -> None:
    settings = replace(DATA_CLOUD, **change)
    with pytest.raises(SourceError, match=needle) as raised:
        build(settings, SecretStore(MemoryKeyring(), environ={}), tmp_path, secret="typed")
    assert raised.value.reason is FailureReason.CONFIGURATION


def test_data_cloud_is_cached_and_campaign_manager_too(
    tmp_path: Path, secrets: SecretStore
) -> None:
    source = build(DATA_CLOUD, secrets, tmp_path)
    assert isinstance(source, CachingSource)
    assert isinstance(source.inner, DataCloudSource)
    assert source.cache.folder == tmp_path / "c"
    close(source)
    cm = replace(DATA_CLOUD, kind=DataSource.CAMPAIGN_MANAGER, auth=AuthKind.BEARER)
    source = build(cm, secrets, tmp_path, secret="typed-token")
    assert isinstance(source, CachingSource)
    assert isinstance(source.inner, CampaignManagerSource)
    close(source)


def test_the_secret_stays_out_of_reprs(tmp_path: Path, secrets: SecretStore) -> None:
    source = build(DATA_CLOUD, secrets, tmp_path)
    assert "dc-key" not in repr(source.inner.__dict__)  # type: ignore[union-attr]
    close(source)


def test_the_cache_switched_off_is_not_used_and_emptied(
    tmp_path: Path, secrets: SecretStore
) -> None:
    from journey_widget.model import Journey
    from journeys import customer

    cache = JourneyCache(tmp_path / "c")
    cache.put(Journey(customer("C1", "Ann", "+4930123456")))
    assert len(list((tmp_path / "c").glob("*.jsonl"))) == 1
    source = build(replace(DATA_CLOUD, cache_enabled=False), secrets, tmp_path)
    assert isinstance(source, DataCloudSource)
    assert list((tmp_path / "c").glob("*.jsonl")) == []
    close(source)


def test_the_local_store_is_never_cached(tmp_path: Path, secrets: SecretStore) -> None:
    open_store(tmp_path / "s.sqlite", create=True).close()
    source = build(SourceSettings(), secrets, tmp_path)
    assert isinstance(source, LocalSource)
    close(source)


def test_the_default_cache_folder_is_the_platform_cache(tmp_path: Path) -> None:
    folder = journey_cache_folder()
    assert "cache" in str(folder) and folder.name == "journeys"
    clear_cache(tmp_path / "nothing-here")  # no folder: nothing to do


def test_the_real_keyring_api_is_used_by_default(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        SecretStore(environ={}).set(DataSource.DATA_CLOUD, AuthKind.API_KEY, "via-api")
        source = build(DATA_CLOUD, SecretStore(environ={}), tmp_path)
    finally:
        keyring.set_keyring(previous)
    assert ("journey-widget", "data_cloud/api_key") in backend.entries
    close(source)
