"""Where the widget keeps its files: the platform's standard folders (SPEC G2)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "journey-widget"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def default_store_path() -> Path:
    """The user's own journey store."""
    return data_dir() / "journey.sqlite"


def demo_store_path() -> Path:
    """The demo store lives in the cache folder: disposable, never the user's own data."""
    return cache_dir() / "demo" / "journey-demo.sqlite"
