"""The cached / offline banner alone, and in the window with a real offline cache."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from journey_widget.model import Journey
from journey_widget.service.lookup import FailureReason, JourneyService, SourceError
from journey_widget.sources.cache import CachingSource, JourneyCache
from journey_widget.ui.common.source_errors import failure_text
from journey_widget.ui.journey.source_banner import SourceBanner, SourceBannerState
from journey_widget.ui.shell.main_window import MainWindow, ViewState
from users import full_access

WAIT_MS = 5000
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.mark.parametrize(
    ("age", "text"),
    [
        (timedelta(seconds=-30), "just now"),  # a clock behind the fetch time: still sensible
        (timedelta(seconds=20), "just now"),
        (timedelta(minutes=1), "1 min ago"),
        (timedelta(minutes=5, seconds=59), "5 min ago"),
        (timedelta(hours=1), "1 h ago"),
        (timedelta(hours=23, minutes=59), "23 h ago"),
        (timedelta(days=2), "2 days ago"),
        (timedelta(days=1), "1 day ago"),
    ],
)
def test_relative_age(qtbot, age: timedelta, text: str) -> None:
    banner = SourceBanner()
    qtbot.addWidget(banner)
    assert banner.age_text(T0, T0 + age) == text


def test_beyond_a_week_the_local_date_is_shown(qtbot) -> None:
    banner = SourceBanner()
    qtbot.addWidget(banner)
    text = banner.age_text(T0, T0 + timedelta(days=9), QLocale(QLocale.Language.German))
    assert text.startswith("on ") and "23.11.26" in text


def test_cached_then_fresh(qtbot) -> None:
    clock = Clock(T0 + timedelta(minutes=5))
    banner = SourceBanner(clock=clock)
    qtbot.addWidget(banner)
    assert banner.state is SourceBannerState.HIDDEN and banner.isHidden()
    banner.show_cached(T0)
    assert banner.state is SourceBannerState.CACHED and not banner.isHidden()
    assert banner.status_text() == "Saved copy"
    assert banner.message_text() == "Updated 5 min ago · refreshing…"
    assert banner.retry_button().isHidden()
    assert banner.timer.isActive()
    banner.clear()
    assert banner.isHidden() and not banner.timer.isActive()


def test_offline_says_why_offers_retry_and_keeps_the_age_true(qtbot) -> None:
    clock = Clock(T0 + timedelta(minutes=5))
    banner = SourceBanner(clock=clock)
    qtbot.addWidget(banner)
    banner.show_offline(T0, FailureReason.UNREACHABLE)
    assert banner.status_text() == "Offline"
    assert banner.message_text() == "Showing the saved journey, updated 5 min ago."
    assert banner.reason_text() == failure_text(FailureReason.UNREACHABLE).title
    assert not banner.retry_button().isHidden()
    assert "Offline" in banner.accessibleDescription()
    clock.now = T0 + timedelta(minutes=12)
    banner.timer.timeout.emit()
    assert banner.message_text() == "Showing the saved journey, updated 12 min ago."
    with qtbot.waitSignal(banner.retry_requested, timeout=WAIT_MS):
        qtbot.mouseClick(banner.retry_button(), Qt.MouseButton.LeftButton)


class _Backend:
    """A back end that answers from a dict, or fails with ``error``."""

    def __init__(self, journey: Journey) -> None:
        self.journey = journey
        self.error: SourceError | None = None
        self.calls = 0
        self.gate: asyncio.Event | None = None  # set: the fresh answer may come

    async def journey_by_identifier(self, identifier, since=None):
        return await self.journey_by_customer_id(self.journey.customer.id, since)

    async def journey_by_customer_id(self, customer_id, since=None):
        self.calls += 1
        if self.gate is not None:
            await self.gate.wait()
        if self.error is not None:
            raise self.error
        return self.journey if customer_id == self.journey.customer.id else None

    async def search(self, text, limit=20):
        return []

    async def aclose(self) -> None:
        pass


@pytest.fixture
def cached_window(qtbot, qloop, tmp_path, journey_for):
    backend = _Backend(journey_for("C000001", count=6))
    source = CachingSource(backend, JourneyCache(tmp_path / "cache"))
    window = MainWindow(JourneyService(source, access=full_access()))
    qtbot.addWidget(window)
    window.show()
    return window, backend


def test_the_window_shows_the_saved_copy_then_fresh_data(qtbot, cached_window) -> None:
    window, backend = cached_window
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.lookup("+49 151 12345678")
    assert window.source_banner.isHidden()  # nothing was cached before: fresh at once
    backend.gate = asyncio.Event()  # the back end is slow this time
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        task = window.lookup("+49 151 12345678")
    banner = window.source_banner
    assert window.state is ViewState.JOURNEY and not task.done()
    assert banner.state is SourceBannerState.CACHED and not banner.isHidden()
    assert banner.message_text() == "Updated just now · refreshing…"
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        backend.gate.set()
    assert banner.isHidden()
    assert window.state is ViewState.JOURNEY


def test_an_outage_keeps_the_saved_copy_with_an_offline_banner(qtbot, cached_window) -> None:
    window, backend = cached_window
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.lookup("C000001")
    backend.error = SourceError("down", FailureReason.UNREACHABLE)
    task = window.lookup("C000001")
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    banner = window.source_banner
    assert window.state is ViewState.JOURNEY
    assert window.header.name_text() == "Raymond Gray"
    assert banner.state is SourceBannerState.OFFLINE and not banner.isHidden()
    assert banner.reason_text() == failure_text(FailureReason.UNREACHABLE).title

    backend.error = None  # the back end is back: Retry fetches fresh data
    calls = backend.calls
    qtbot.mouseClick(banner.retry_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backend.calls > calls and banner.isHidden(), timeout=WAIT_MS)
    assert window.state is ViewState.JOURNEY


def test_bad_credentials_replace_the_saved_copy_with_the_reason(qtbot, cached_window) -> None:
    window, backend = cached_window
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.lookup("C000001")
    backend.error = SourceError("401", FailureReason.UNAUTHORIZED)
    with qtbot.waitSignal(window.error_shown, timeout=WAIT_MS) as shown:
        window.lookup("C000001")
    assert shown.args == [failure_text(FailureReason.UNAUTHORIZED).sentence]
    assert window.state is ViewState.ERROR
    assert window.source_banner.isHidden()
    assert window.state_panel.retry_button().isVisible()
