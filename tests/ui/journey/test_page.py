"""The journey page in the window: filters for both views, the switch, the detail pop-up."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from journey_widget.model import Channel, Direction, Interaction
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import SettingsFile, flush_saves
from journey_widget.ui.shell.main_window import MainWindow
from users import full_access

WAIT_MS = 5000
NOW = datetime.now(UTC).replace(microsecond=0)


def same_day_journey(make_journey):
    """The standard journey plus three interactions on one day, two days ago, at noon."""
    journey = make_journey(count=100)
    noon = (NOW - timedelta(days=2)).replace(hour=12, minute=0, second=0)
    extra = tuple(
        Interaction(
            id=f"DAY{n}",
            customer_id=journey.customer.id,
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            started_at=noon + timedelta(minutes=20 * n),
            campaign="Day campaign",
        )
        for n in range(3)
    )
    customer = replace(journey.customer, campaigns=("Winter retention", "Listed only"))
    return replace(journey, customer=customer, interactions=journey.interactions + extra)


@pytest.fixture
def shown(qtbot, qloop, fake_source, journey_for):
    """A window showing C000001 (the grid or timeline as the settings say)."""
    made = []

    def build(*, period_months=12, settings=None, journey=None):
        source = fake_source
        journey = journey or same_day_journey(journey_for)
        source.journeys = {journey.customer.id: journey}
        window = MainWindow(
            JourneyService(source, access=full_access()),
            period_months=period_months,
            settings=settings,
        )
        qtbot.addWidget(window)
        window.resize(900, 720)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
            window.lookup("C000001")
        made.append(window)
        return window, source

    yield build
    for window in made:
        window.detail_popup.hide()


def apply(window, *, campaign=None, channel=None, text=None, period=None):
    bar = window.filter_bar
    if campaign is not None:
        bar.campaign_box().setCurrentIndex(bar.campaign_box().findData(campaign))
    if channel is not None:
        bar.channel_box().setCurrentIndex(bar.channel_box().findData(channel.value))
    if period is not None:
        bar.period_box().setCurrentIndex(bar.period_box().findData(period))
    if text is not None:
        bar.text_field().setText(text)
    bar.search_button().click()


def test_both_views_obey_one_filter_and_the_switch_keeps_it(qtbot, shown):
    window, _source = shown()
    apply(window, campaign="Winter retention", channel=Channel.VOICE)
    kept = window.journey_page.shown
    assert kept and all(
        i.campaign == "Winter retention" and i.channel is Channel.VOICE for i in kept
    )
    assert len(window.timeline_view.layout_model) == len(kept)
    window.set_view("grid")
    assert window.table_view.isVisible()
    assert {window.table_model.interaction(r).id for r in range(window.table_model.rowCount())} == {
        i.id for i in kept
    }
    qtbot.mouseClick(
        window.journey_page.view_bar.view_button("timeline"), Qt.MouseButton.LeftButton
    )
    assert window.timeline_view.isVisible()
    assert window.filter_bar.applied.campaign == "Winter retention"
    assert len(window.timeline_view.layout_model) == len(kept)


def test_free_text_narrows_as_typed(qtbot, shown):
    window, _source = shown()
    window.filter_bar.text_field().setText("claire")
    qtbot.waitUntil(lambda: window.filter_bar.applied.text == "claire", timeout=WAIT_MS)
    assert window.journey_page.shown
    assert all("Claire Dubois" in i.agents for i in window.journey_page.shown)


def test_nothing_matching_says_so(shown):
    window, _source = shown()
    apply(window, text="no such words anywhere")
    assert window.empty_panel.isVisible()
    assert window.empty_panel.title() == "No interactions match the filter"


def test_a_campaign_chip_sets_the_campaign_filter(qtbot, shown):
    window, _source = shown()
    chips = window.header.campaign_chips()
    assert [c.text() for c in chips] == ["Winter retention", "Listed only"]
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert window.filter_bar.applied.campaign == "Winter retention"
    assert all(i.campaign == "Winter retention" for i in window.journey_page.shown)
    qtbot.mouseClick(chips[1], Qt.MouseButton.LeftButton)
    assert window.empty_panel.isVisible()


def test_a_shorter_period_filters_in_memory_a_longer_one_reloads(qtbot, shown):
    window, source = shown(period_months=6)
    calls = len(source.calls)
    apply(window, period=3)
    assert len(source.calls) == calls
    cutoff = window.journey_page.shown[-1].started_at
    assert all(i.started_at >= NOW - timedelta(days=93) for i in window.journey_page.shown)
    assert cutoff
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        apply(window, period=12, campaign="Winter retention")
    assert len(source.calls) > calls
    assert window.filter_bar.applied.period_months == 12
    assert window.filter_bar.applied.campaign == "Winter retention"  # kept across the reload
    oldest = min(i.started_at for i in window.journey_page.shown)
    assert oldest < NOW - timedelta(days=200)


def test_detail_pops_up_pages_within_the_date_and_stops_at_the_ends(qtbot, shown):
    window, _source = shown()
    timeline = window.timeline_view
    middle = next(i for i in window.journey_page.shown if i.id == "DAY1")
    rect = timeline.icon_rect(middle)
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    popup = window.detail_popup
    assert popup.isVisible() and popup.current().id == "DAY1"
    assert popup.position() == (2, 3)
    qtbot.keyClick(popup, Qt.Key.Key_Left)
    assert popup.position() == (1, 3) and popup.current().id == "DAY0"
    assert timeline.current_interaction().id == "DAY0"  # the view follows the pop-up
    qtbot.keyClick(popup, Qt.Key.Key_Left)
    assert popup.position() == (1, 3)  # stops: no wrap-around
    assert not popup._previous.isEnabled()
    qtbot.keyClick(popup, Qt.Key.Key_Right)
    qtbot.keyClick(popup, Qt.Key.Key_Right)
    assert popup.position() == (3, 3) and popup.current().id == "DAY2"
    assert not popup._next.isEnabled()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_the_pop_up_follows_the_grid_selection_and_enter_opens(qtbot, shown):
    window, _source = shown()
    window.set_view("grid")
    table = window.table_view
    table.setFocus()
    table.setCurrentIndex(window.table_model.index(0, 0))
    with qtbot.waitSignal(table.interaction_activated):
        qtbot.keyClick(table.viewport(), Qt.Key.Key_Return)
    popup = window.detail_popup
    assert popup.isVisible()
    assert popup.current().id == window.table_model.interaction(0).id
    table.setCurrentIndex(window.table_model.index(3, 0))
    assert popup.current().id == window.table_model.interaction(3).id


def test_detail_fields_follow_the_source(qapp, journey_for):
    from journey_widget.model import DataSource
    from journey_widget.ui.detail.fields import detail_fields

    base = journey_for(count=2).interactions[0]
    cm = replace(base, source=DataSource.CAMPAIGN_MANAGER, campaign="Fibre", previous_score=3.0)
    labels = [label for label, _ in detail_fields(cm)]
    assert labels[:4] == ["DateTime", "Campaign", "Mode", "Outcome"]
    assert "Previous Score" in labels and "Call End Time" not in labels
    dc = replace(base, source=DataSource.DATA_CLOUD, agent_comments=None)
    labels = [label for label, _ in detail_fields(dc)]
    assert labels[0] == "Phone Number" and "Channel Direction" in labels
    assert "Agent Comments" not in labels  # only fields with a value


def test_the_view_choice_is_remembered(qtbot, shown, tmp_path):
    path = tmp_path / "settings.json"
    window, _source = shown(settings=SettingsFile(path))
    assert window.view.value == "timeline"
    qtbot.mouseClick(window.journey_page.view_bar.view_button("grid"), Qt.MouseButton.LeftButton)
    assert flush_saves()  # written on the settings writer thread
    assert json.loads(path.read_text())["display"]["view"] == "grid"
    again, _ = shown(settings=SettingsFile(path))
    assert again.view.value == "grid" and again.table_view.isVisible()


def test_a_live_event_reaches_both_views(qtbot, qtmodeltester, shown):
    window, _source = shown()
    before = window.table_model.rowCount()
    live = Interaction(
        id="LIVE1",
        customer_id="C000001",
        channel=Channel.WHATSAPP,
        direction=Direction.INBOUND,
        started_at=NOW,
        live=True,
        last_activity_at=NOW,
    )
    window.add_interaction(live)
    assert window.table_model.rowCount() == before + 1
    assert window.table_model.interaction(0).id == "LIVE1"  # newest first
    assert window.timeline_view.layout_model.items[-1].id == "LIVE1"
    qtmodeltester.check(window.table_model)


def test_models_keep_the_qt_contract(qtmodeltester, shown):
    window, _source = shown()
    apply(window, channel=Channel.SMS)
    qtmodeltester.check(window.table_model)


def test_dummy_loop_is_running(qloop):
    assert asyncio.get_event_loop() is qloop
