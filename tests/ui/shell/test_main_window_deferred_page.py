"""The main window's journey page is built once the window is painted and connected (issue
14.9): the idle window shows sooner, and anything that needs the page earlier builds it."""

from __future__ import annotations

import asyncio

import pytest

from journey_widget.service.lookup import JourneyService
from journey_widget.sources.local.source import LocalSource
from journey_widget.sources.local.store import open_store
from journey_widget.ui.journey.view_bar import JourneyViewKind
from journey_widget.ui.shell.main_window import MainWindow, ViewState
from users import full_access


@pytest.fixture
def service(qtbot, qloop, tmp_path):
    path = tmp_path / "journey.sqlite"
    with open_store(path, create=True):
        pass
    source = LocalSource(path)
    yield JourneyService(source, access=full_access())
    closing = asyncio.ensure_future(source.aclose())
    qtbot.waitUntil(closing.done, timeout=5000)


def test_painted_and_connected_the_page_is_built_from_the_event_loop(qtbot, service):
    window = MainWindow(view="grid")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window._journey_page is None  # painted, but nothing to look up with yet
    window.set_service(service)
    qtbot.waitUntil(lambda: window._journey_page is not None)
    assert window.state is ViewState.IDLE  # still the idle panel: the page waits hidden
    assert window.view is JourneyViewKind.GRID  # the view asked for at opening
    assert window.journey_page.view is JourneyViewKind.GRID


def test_asked_for_before_then_the_page_is_built_at_once(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_view("grid")
    assert window._journey_page is None
    assert window.view is JourneyViewKind.GRID
    page = window.journey_page  # never shown, never connected: built on demand
    assert page is window.journey_page
    assert page.view is JourneyViewKind.GRID
    assert window.filter_bar is page.filter_bar
