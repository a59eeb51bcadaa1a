"""The timeline widget: hit-testing, the failure dot on screen, keyboard, live events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt

from journey_widget.model import Channel, Direction, Interaction, TaskResult
from journey_widget.model.timeline_layout import Zoom
from journey_widget.ui.common.channel_icons import ICON_NAMES, failure_dot_rect, glyph
from journey_widget.ui.common.icons import FAILURE_COLOR
from journey_widget.ui.journey.timeline_view import TimelineView

NOW = datetime.now(UTC).replace(microsecond=0)


def item(n: int, at: datetime, **fields) -> Interaction:
    return Interaction(
        id=f"T{n}",
        customer_id="C1",
        channel=fields.pop("channel", Channel.SMS),
        direction=fields.pop("direction", Direction.INBOUND),
        started_at=at,
        **fields,
    )


@pytest.fixture
def timeline(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(800, 260)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_every_icon_renders(qapp):
    for name in ICON_NAMES:
        image = glyph(name, 24).toImage()
        assert image.pixelColor(12, 12).alpha() == 255, name


def test_newest_is_shown_first_at_the_right(timeline, interactions_for):
    rows = interactions_for("C1", 200)
    timeline.set_interactions(rows)
    newest = max(rows, key=lambda i: i.started_at)
    rect = timeline.icon_rect(newest)
    assert rect is not None and timeline.viewport().rect().contains(rect)
    assert rect.right() > timeline.viewport().width() - 3 * timeline.layout_model.pitch
    bar = timeline.horizontalScrollBar()
    assert bar.value() == bar.maximum() > 0


def test_a_click_on_an_icon_opens_that_interaction(qtbot, timeline):
    day = NOW - timedelta(days=2)
    rows = [item(n, day + timedelta(minutes=n)) for n in range(3)]
    rows.append(item(9, NOW - timedelta(days=5)))
    timeline.set_interactions(rows)
    for wanted in (rows[1], rows[2], rows[3]):
        rect = timeline.icon_rect(wanted)
        with qtbot.waitSignal(timeline.interaction_activated) as opened:
            qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert opened.args[0] is wanted
        assert timeline.current_interaction() is wanted


def test_a_click_on_empty_space_opens_nothing(qtbot, timeline):
    timeline.set_interactions([item(1, NOW - timedelta(days=1))])
    with qtbot.assertNotEmitted(timeline.interaction_activated):
        qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_the_failure_dot_is_painted_red_at_the_icons_corner(timeline):
    failed = item(1, NOW - timedelta(days=1), task_result=TaskResult.LOST_IN_QUEUE)
    fine = item(2, NOW - timedelta(days=3), outcome="Resolved")
    timeline.set_interactions([failed, fine])
    image = timeline.viewport().grab().toImage()
    ratio = image.devicePixelRatio()

    def corner(interaction):
        centre = failure_dot_rect(QRectF(timeline.icon_rect(interaction))).center()
        return image.pixelColor(round(centre.x() * ratio), round(centre.y() * ratio))

    red = corner(failed)
    assert (red.red(), red.green(), red.blue()) == (
        FAILURE_COLOR.red(),
        FAILURE_COLOR.green(),
        FAILURE_COLOR.blue(),
    )
    assert corner(fine) != red
    assert "Failed" in timeline._tooltip_at(timeline.icon_rect(failed).center())


def test_same_day_items_stack_without_overlapping(timeline):
    day = NOW - timedelta(days=1)
    rows = [item(n, day + timedelta(minutes=n)) for n in range(3)]
    timeline.set_interactions(rows)
    rects = [timeline.icon_rect(i) for i in rows]
    assert all(r is not None for r in rects)
    for a in range(3):
        for b in range(a + 1, 3):
            assert not rects[a].intersects(rects[b])


def test_keyboard_moves_through_history_and_enter_opens(qtbot, timeline):
    rows = [item(n, NOW - timedelta(days=n * 9)) for n in range(40)]
    timeline.set_interactions(rows)
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current_interaction() is rows[0]  # first key selects the newest
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current_interaction() is rows[1]
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.current_interaction() is rows[-1]
    assert timeline.icon_rect(rows[-1]) is not None
    assert timeline.viewport().rect().contains(timeline.icon_rect(rows[-1]).center())
    with qtbot.waitSignal(timeline.interaction_activated) as opened:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert opened.args[0] is rows[-1]
    qtbot.keyClick(timeline, Qt.Key.Key_Minus)
    assert timeline.zoom is Zoom.MONTH
    assert timeline.current_interaction() is rows[-1]


def test_wheel_and_page_keys_scroll_left_to_older(qtbot, timeline):
    timeline.set_interactions([item(n, NOW - timedelta(days=n * 3)) for n in range(120)])
    bar = timeline.horizontalScrollBar()
    start = bar.value()
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_PageUp)
    assert bar.value() < start


def test_crowded_slots_show_a_badge_that_zooms_in(qtbot, timeline):
    at = NOW - timedelta(days=2)
    timeline.set_zoom(Zoom.MONTH)
    rows = [item(n, at + timedelta(minutes=n)) for n in range(40)]
    timeline.set_interactions(rows)
    assert timeline.icon_rect(rows[-1]) is None  # hidden behind the "+N" badge
    first = timeline.icon_rect(rows[0])
    badge_y = first.center().y() - (timeline._max_lanes() - 1) * 28
    badge = QPoint(first.center().x(), badge_y)
    assert "more here" in timeline._tooltip_at(badge)
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=badge)
    assert timeline.zoom is Zoom.WEEK


def test_a_live_event_does_not_move_an_agent_reading_history(timeline):
    rows = [item(n, NOW - timedelta(days=n * 2)) for n in range(1, 150)]
    timeline.set_interactions(rows)
    bar = timeline.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    reading = bar.value()
    live = item(500, NOW, live=True, last_activity_at=NOW)
    timeline.add_interaction(live)
    assert bar.value() == reading
    assert timeline.new_count == 1
    timeline._click(timeline.new_chip_rect().center())
    assert bar.value() == bar.maximum() and timeline.new_count == 0
    assert "Live" in timeline._tooltip_at(timeline.icon_rect(live).center())


def test_a_live_event_at_the_newest_edge_stays_in_view(timeline):
    timeline.set_interactions([item(n, NOW - timedelta(days=n + 1)) for n in range(20)])
    live = item(501, NOW, channel=Channel.VOICE, live=True)
    timeline.add_interaction(live)
    assert timeline.new_count == 0
    assert timeline.viewport().rect().contains(timeline.icon_rect(live))
