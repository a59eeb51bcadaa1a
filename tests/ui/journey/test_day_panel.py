"""The day panel under the timeline: the selected day's cards, picking a day, opening a card;
the timeline's height bounds; and the view bar's count when docked narrow."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from journey_widget.model import Channel, Direction, Interaction
from journey_widget.service.lookup import JourneyService
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.journey.day_card import card_lines
from journey_widget.ui.journey.day_panel import DayModel
from journey_widget.ui.journey.timeline_pane import MAX_SHARE, MIN_HEIGHT
from journey_widget.ui.shell.main_window import MainWindow
from users import full_access

WAIT_MS = 5000
NOW = datetime.now(UTC).replace(microsecond=0)


def local_day(interaction: Interaction):
    return interaction.started_at.astimezone().date()


def transferred(customer_id: str, at: datetime) -> Interaction:
    return Interaction(
        id="XFER",
        customer_id=customer_id,
        channel=Channel.VOICE,
        direction=Direction.INBOUND,
        started_at=at,
        queues=("Sales", "Billing", "Retention"),
        agents=("Anna Schmidt", "Budi Santoso"),
        outcome="Resolved",
        agent_comments="Moved to the new tariff.\nSecond line is not on the card.",
    )


@pytest.fixture
def window(qtbot, qloop, fake_source, journey_for):
    def build(*, width=900, height=720, extra=(), count=40):
        journey = journey_for(count=count)
        journey = replace(journey, interactions=journey.interactions + tuple(extra))
        fake_source.journeys = {journey.customer.id: journey}
        shown = MainWindow(JourneyService(fake_source, access=full_access()), view="timeline")
        qtbot.addWidget(shown)
        shown.resize(width, height)
        shown.show()
        qtbot.waitExposed(shown)
        with qtbot.waitSignal(shown.journey_shown, timeout=WAIT_MS):
            shown.lookup("C000001")
        qtbot.wait(20)
        made.append(shown)
        return shown, journey

    made: list[MainWindow] = []
    yield build
    for shown in made:
        shown.detail_popup.hide()


def test_the_newest_day_is_shown_by_default(window):
    shown, journey = window()
    panel = shown.journey_page.day_panel
    newest = max(journey.interactions, key=lambda i: i.started_at)
    assert panel.day == local_day(newest)
    ids = {i.id for i in panel.model.interactions()}
    assert newest.id in ids
    assert all(local_day(i) == panel.day for i in panel.model.interactions())
    assert shown.timeline_view.selected_day == panel.day
    assert panel.count_text() in {"1 interaction", f"{len(ids)} interactions"}
    assert panel.title_text()  # the date, in the user's locale


def test_a_click_in_a_day_column_shows_that_day(qtbot, window):
    shown, journey = window()
    timeline, panel = shown.timeline_view, shown.journey_page.day_panel
    older = sorted(journey.interactions, key=lambda i: i.started_at)[-3]
    assert local_day(older) != panel.day
    timeline.reveal(older)
    column = timeline.day_rect(local_day(older))
    with qtbot.waitSignal(timeline.day_picked, timeout=WAIT_MS):
        qtbot.mouseClick(
            timeline.viewport(),
            Qt.MouseButton.LeftButton,
            pos=column.topLeft() + QPoint(column.width() // 2, 2),
        )
    assert panel.day == local_day(older)
    assert older.id in {i.id for i in panel.model.interactions()}
    assert not shown.detail_popup.isVisible()  # a day's column opens no interaction


def test_a_click_on_an_icon_shows_its_day_and_opens_it(qtbot, window):
    shown, journey = window()
    timeline, panel = shown.timeline_view, shown.journey_page.day_panel
    older = sorted(journey.interactions, key=lambda i: i.started_at)[-4]
    timeline.reveal(older)
    rect = timeline.icon_rect(older)
    assert rect is not None
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.day == local_day(older)
    assert shown.detail_popup.isVisible() and shown.detail_popup.current().id == older.id
    assert panel.list.currentIndex().data(ItemRole.INTERACTION).id == older.id


def test_a_transferred_interaction_shows_last_queue_and_agent_with_the_path(window):
    shown, _journey = window(extra=(transferred("C000001", NOW - timedelta(minutes=5)),))
    panel = shown.journey_page.day_panel
    row = panel.model.row_of(next(i for i in panel.model.interactions() if i.id == "XFER"))
    assert row is not None
    index = panel.model.index(row, 0)
    lines = card_lines(index.data(ItemRole.INTERACTION))
    assert lines.people.startswith("Budi Santoso · Retention")
    assert "Anna Schmidt" not in lines.people and "Sales" not in lines.people
    assert lines.transferred
    assert lines.comment == "Moved to the new tariff."
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Sales → Billing → Retention" in tooltip
    assert "Anna Schmidt → Budi Santoso" in tooltip
    assert "Budi Santoso" in index.data(Qt.ItemDataRole.AccessibleTextRole)


def test_activating_a_card_opens_the_detail_pop_up(qtbot, window):
    day = (NOW - timedelta(minutes=30)).replace(second=0)
    extra = tuple(
        Interaction(f"D{n}", "C000001", Channel.SMS, Direction.OUTBOUND, day + timedelta(minutes=n))
        for n in range(3)
    )
    shown, _journey = window(extra=extra)
    panel = shown.journey_page.day_panel
    view = panel.list
    rows = panel.model.interactions()
    second = rows[1]
    rect = view.visualRect(panel.model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown.detail_popup.isVisible() and shown.detail_popup.current().id == second.id
    assert shown.timeline_view.current_interaction().id == second.id
    shown.detail_popup.hide()
    view.setFocus()
    qtbot.keyClick(
        view, Qt.Key.Key_Down if view.flow() == view.Flow.TopToBottom else Qt.Key.Key_Right
    )
    third = view.currentIndex().data(ItemRole.INTERACTION)
    assert third.id == rows[2].id
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert shown.detail_popup.isVisible() and shown.detail_popup.current().id == third.id


def test_the_day_model_keeps_the_qt_contract(qtmodeltester, window):
    shown, _journey = window()
    model = shown.journey_page.day_panel.model
    qtmodeltester.check(model)
    model.add_interaction(
        Interaction("LIVE", "C000001", Channel.VOICE, Direction.INBOUND, NOW, live=True)
    )
    qtmodeltester.check(model)
    empty = DayModel()
    qtmodeltester.check(empty)


def test_a_live_event_of_the_day_shown_gets_a_card(window):
    shown, _journey = window(extra=(transferred("C000001", NOW - timedelta(minutes=5)),))
    panel = shown.journey_page.day_panel
    before = panel.model.rowCount()
    shown.add_interaction(
        Interaction("LIVE", "C000001", Channel.VOICE, Direction.INBOUND, NOW, live=True)
    )
    assert panel.model.rowCount() == before + 1


@pytest.mark.parametrize("deep", [False, True])
def test_the_timeline_takes_the_height_its_lanes_need_within_bounds(window, deep):
    extra = ()
    if deep:  # 30 on one day: more lanes than 45% of the page can show
        at = (NOW - timedelta(hours=1)).replace(second=0)
        extra = tuple(
            Interaction(
                f"S{n}", "C000001", Channel.SMS, Direction.INBOUND, at - timedelta(minutes=n)
            )
            for n in range(30)
        )
    shown, _journey = window(extra=extra, count=10)
    page, timeline = shown.journey_page, shown.timeline_view
    height = timeline.height()
    assert MIN_HEIGHT <= height <= max(MIN_HEIGHT, round(page.height() * MAX_SHARE))
    if deep:
        assert height < timeline.preferred_height()
    else:
        assert height == max(
            MIN_HEIGHT, timeline.minimumSizeHint().height(), timeline.preferred_height()
        )
    panel = page.day_panel
    assert panel.geometry().top() >= timeline.geometry().bottom()  # no overlap
    assert panel.isVisible() and panel.height() > 100


@pytest.mark.parametrize("width", [360, 380, 1200])
def test_the_count_is_never_clipped(window, width):
    shown, journey = window(width=width)
    bar = shown.journey_page.view_bar
    label = bar.count_label()
    needed = label.fontMetrics().horizontalAdvance(label.text())
    assert needed <= label.width()
    assert label.geometry().right() <= bar.width()
    assert bar.count_text() == f"{len(journey.interactions)} interactions"
    assert label.accessibleName() == bar.count_text()
    if label.text() != bar.count_text():
        assert label.text() == str(len(journey.interactions))
        assert label.toolTip() == bar.count_text()
    for name in ("day", "week", "month"):
        button = bar.zoom_button(name)
        assert button.isVisible()
        assert button.mapTo(bar, button.rect().bottomRight()).x() <= bar.width()
