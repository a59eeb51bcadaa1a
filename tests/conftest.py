"""Shared test setup: Qt runs offscreen; every test gets its own data, config and cache folders.

The fixtures shared across folders live in tests/fixtures/ and are registered here.

Layout: a module's tests mirror src, tests/<package path>/test_<module>[_<aspect>].py (the
tests of src/journey_widget/ui/calls/pop.py are tests/ui/calls/test_pop*.py). What spans many
modules has its own folder: tests/e2e/ (whole journeys, in-process and as subprocesses),
tests/translations/ (the catalogues), tests/packaging/ (the bundle and desktop files), and the
window-wide checks directly in tests/ui/ (accessibility, pseudo locale, Qt's own strings,
mnemonics, locale numbers, the language switch).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

pytest_plugins = ["fixtures.qt_app", "fixtures.fake_source", "fixtures.stores"]


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory, monkeypatch):
    """Keep platformdirs' data, config and cache folders inside the test's temp dir."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        path = home / sub
        path.mkdir(mode=0o700)
        monkeypatch.setenv(var, str(path))
    monkeypatch.setenv("HOME", str(home))
    yield


@pytest.fixture(autouse=True)
def _windows_end_with_their_test():
    """A window without a parent is held until Qt deletes it (ui/lifetime/window_owner.py): one
    that a test dropped without closing is deleted when the test ends, as its owner would do."""
    owner = sys.modules.get("journey_widget.ui.lifetime.window_owner")
    before = {id(window) for window in owner.held_windows()} if owner is not None else set()
    yield
    owner = sys.modules.get("journey_widget.ui.lifetime.window_owner")
    if owner is None:  # no window module imported: no window made
        return
    import shiboken6

    for window in owner.held_windows():
        if id(window) not in before and shiboken6.isValid(window):
            window.close()
            window.deleteLater()
