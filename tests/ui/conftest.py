"""The window tests run in the GUI process as the app sets it up (tests/fixtures/qt_app.py);
``qloop`` and the fake source's fixtures come from tests/fixtures/ as well."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _gui_process(gui_thread_collector, english_catalogue):
    """Collector on the GUI thread and the English catalogue, for every test here."""
