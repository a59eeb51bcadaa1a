"""Fresh data for the customer shown loses the agent nothing (issue 4): the saved copy replaced
by the back end's answer, or Refresh, keeps the selected interaction, the scroll position of
timeline and grid, the filters and the open detail pop-up, with the new data in them. An
interaction that no longer exists is let go: no selection, the pop-up closes."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint

from fixtures.fake_source import FakeSource, make_journey
from journey_widget.model import Channel, Interaction, Journey
from journey_widget.model.filters import JourneyFilter
from journey_widget.service.lookup import JourneyService
from journey_widget.sources.cache import CachingSource, JourneyCache
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.journey.source_banner import SourceBannerState
from journey_widget.ui.shell.main_window import MainWindow, ViewState
from users import full_access

WAIT_MS = 5000
PHONE = "+4915112345678"


@pytest.fixture
def setup(qtbot, qloop, tmp_path):
    journey = make_journey(count=120)
    backend = FakeSource([journey])
    source = CachingSource(backend, JourneyCache(tmp_path / "cache"))
    window = MainWindow(JourneyService(source, access=full_access()))
    qtbot.addWidget(window)
    window.resize(480, 760)
    window.show()
    qtbot.waitExposed(window)
    yield window, backend, journey
    closing = asyncio.ensure_future(source.aclose())
    qtbot.waitUntil(closing.done, timeout=WAIT_MS)


def _page(window: MainWindow):
    return window._journey_page


def _show(qtbot, window: MainWindow, query: str = PHONE) -> None:
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.lookup(query)


def _refresh(qtbot, window: MainWindow) -> None:
    """Refresh, until the back end's answer is shown (the saved copy comes first)."""
    seen: list[Journey] = []
    window.journey_shown.connect(seen.append)
    window.on_refresh()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT_MS)
    assert window.source_banner.state is SourceBannerState.HIDDEN
    window.journey_shown.disconnect(seen.append)


def _changed(journey: Journey, picked_id: str, *, drop: bool = False) -> Journey:
    """The back end's newer answer: the picked interaction's outcome changed (or it is gone),
    and one interaction newer than all."""
    items = [i for i in journey.interactions if not (drop and i.id == picked_id)]
    items = [replace(i, outcome="Callback booked") if i.id == picked_id else i for i in items]
    newest = max(journey.interactions, key=lambda i: i.started_at)
    fresh = replace(newest, id="NEW-1", started_at=newest.started_at.replace(microsecond=1))
    return replace(journey, interactions=(*items, fresh))


def _middle_call(journey: Journey) -> Interaction:
    calls = [i for i in journey.interactions if i.channel is Channel.VOICE]
    return calls[len(calls) // 2]


def _agent_reads(qtbot, window: MainWindow, picked_id: str | None = None):
    """Narrow to voice calls, pick one in the middle, open it, scroll both views."""
    page = _page(window)
    narrowed = JourneyFilter(channel=Channel.VOICE)  # the period loaded: no reload
    page.filter_bar.show_filter(narrowed)
    page.on_filter_applied(narrowed)
    picked = page.shown[len(page.shown) // 2]
    if picked_id is not None:
        picked = next(i for i in page.shown if i.id == picked_id)
    page.on_card_activated(picked)
    assert page.popup.isVisible() and page.popup.current().id == picked.id
    bar = page.timeline.horizontalScrollBar()
    assert bar.maximum() > 0  # the check below can fail
    bar.setValue(bar.maximum() // 3)
    page.set_view("grid")
    table_bar = page.table.verticalScrollBar()
    assert table_bar.maximum() > 0
    table_bar.setValue(table_bar.maximum() // 2)
    return picked, bar.maximum() - bar.value(), _top_row_id(page)


def _top_row_id(page) -> str:
    return page.table.indexAt(QPoint(1, 1)).data(ItemRole.INTERACTION).id


def _assert_kept(qtbot, page, picked, from_end: int, top_id: str, *, outcome: str) -> None:
    assert page.journey_filter.channel is Channel.VOICE
    assert page.journey_filter == JourneyFilter(channel=Channel.VOICE)
    assert page.view.value == "grid"
    current = page.current_interaction()
    assert current is not None and current.id == picked.id
    assert current.outcome == outcome  # the fresh record, not the old one
    assert page.timeline.current_interaction().id == picked.id
    assert page.popup.isVisible() and page.popup.current().id == picked.id
    assert page.popup.current().outcome == outcome
    bar = page.timeline.horizontalScrollBar()
    assert abs((bar.maximum() - bar.value()) - from_end) <= page.timeline.layout_model.pitch
    qtbot.waitUntil(lambda: _top_row_id(page) == top_id, timeout=WAIT_MS)  # once laid out


def test_the_fresh_answer_after_the_saved_copy_keeps_what_the_agent_was_reading(qtbot, setup):
    window, backend, journey = setup
    _show(qtbot, window)  # fetched once: now in the offline cache
    call = _middle_call(journey)
    backend.journeys[journey.customer.id] = _changed(journey, call.id)  # the back end moved on
    gate = backend.hold(PHONE)
    seen: list[Journey] = []
    window.journey_shown.connect(seen.append)
    window.lookup(PHONE)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=WAIT_MS)  # the saved copy, fresh held
    assert window.source_banner.state is SourceBannerState.CACHED
    picked, from_end, top_id = _agent_reads(qtbot, window, call.id)
    assert picked.outcome != "Callback booked"  # the saved copy's record
    gate.set()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=WAIT_MS)
    assert window.source_banner.state is SourceBannerState.HIDDEN
    _assert_kept(qtbot, _page(window), picked, from_end, top_id, outcome="Callback booked")


def test_refresh_keeps_it_too(qtbot, setup):
    window, backend, journey = setup
    _show(qtbot, window)
    picked, from_end, top_id = _agent_reads(qtbot, window)
    backend.journeys[journey.customer.id] = _changed(journey, picked.id)
    _refresh(qtbot, window)
    assert window.state is ViewState.JOURNEY
    _assert_kept(qtbot, _page(window), picked, from_end, top_id, outcome="Callback booked")


def test_an_interaction_gone_from_the_fresh_data_is_let_go(qtbot, setup):
    window, backend, journey = setup
    _show(qtbot, window)
    picked, _from_end, _top = _agent_reads(qtbot, window)
    backend.journeys[journey.customer.id] = _changed(journey, picked.id, drop=True)
    _refresh(qtbot, window)
    page = _page(window)
    assert page.current_interaction() is None
    assert page.timeline.current_interaction() is None
    assert not page.popup.isVisible()
    assert page.journey_filter.channel is Channel.VOICE  # the filter stays all the same


def test_another_customer_starts_afresh(qtbot, setup):
    window, backend, _journey = setup
    other = make_journey("C000002", name="Dorain Gray", phone="+4930123456", count=30)
    backend.journeys[other.customer.id] = other
    _show(qtbot, window)
    _agent_reads(qtbot, window)
    _show(qtbot, window, "C000002")
    page = _page(window)
    assert page.current_interaction() is None and not page.popup.isVisible()
    assert page.journey_filter.channel is None
