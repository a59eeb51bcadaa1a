"""Timeline geometry without Qt (SPEC A3): newest right, stacking, the visible index, paging."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from journey_widget.model import Channel, Direction, Interaction
from journey_widget.model.timeline_layout import (
    DAY_MS,
    TickKind,
    TimelineLayout,
    Zoom,
    day_position,
    to_ms,
)

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 18, 15, 0, tzinfo=UTC)


def item(n: int, at: datetime) -> Interaction:
    return Interaction(
        id=f"I{n}",
        customer_id="C1",
        channel=Channel.SMS,
        direction=Direction.INBOUND,
        started_at=at,
    )


def layout_of(items, zoom=Zoom.WEEK, **kw) -> TimelineLayout:
    return TimelineLayout(items, now=NOW, tz=TZ, zoom=zoom, **kw)


def test_newest_is_rightmost_and_items_are_oldest_first():
    rows = [item(n, NOW - timedelta(days=n)) for n in (3, 0, 7)]
    layout = layout_of(rows)
    assert [i.id for i in layout.items] == ["I7", "I3", "I0"]
    xs = [layout.x_of_index(n) for n in range(3)]
    assert xs == sorted(xs)
    assert layout.content_width - layout.pitch <= xs[-1] <= layout.content_width


def test_origin_is_the_end_of_the_local_day():
    layout = layout_of([])
    end_of_day = datetime(2026, 3, 19, 0, 0, tzinfo=TZ)
    assert layout.origin_ms == to_ms(end_of_day)


def test_same_slot_stacks_in_lanes_without_overlap():
    morning = datetime(2026, 3, 17, 8, 0, tzinfo=TZ)
    rows = [item(n, morning + timedelta(minutes=10 * n)) for n in range(4)]
    layout = layout_of(rows, zoom=Zoom.WEEK)
    assert {layout.x_of_index(n) for n in range(4)} == {layout.x_of_index(0)}
    assert [layout.lane_of(n) for n in range(4)] == [0, 1, 2, 3]
    assert layout.slot_size(2) == 4


def test_day_zoom_spreads_one_day_over_slots():
    day = datetime(2026, 3, 17, 0, 30, tzinfo=TZ)
    rows = [item(n, day + timedelta(hours=5 * n)) for n in range(4)]
    layout = layout_of(rows, zoom=Zoom.DAY)
    assert len({layout.x_of_index(n) for n in range(4)}) == 4
    assert all(layout.lane_of(n) == 0 for n in range(4))


def test_runs_cover_exactly_the_visible_items():
    rows = [item(n, NOW - timedelta(hours=4 * n)) for n in range(2000)]  # on slot edges too
    layout = layout_of(rows, zoom=Zoom.WEEK)
    x0, x1 = layout.content_width - 600, layout.content_width - 200
    seen = [i for run in layout.runs(x0, x1) for i in range(run.lo, run.hi)]
    expected = [
        n
        for n in range(len(layout))
        if x0 - layout.pitch / 2 <= layout.x_of_index(n) <= x1 + layout.pitch / 2
    ]
    assert sorted(seen) == expected
    assert all(run.count == layout.slot_size(run.lo) for run in layout.runs(x0, x1))


def test_hit_finds_the_item_in_its_lane_and_the_overflow_badge():
    at = datetime(2026, 3, 16, 9, 0, tzinfo=TZ)
    rows = [item(n, at + timedelta(minutes=n)) for n in range(6)]
    layout = layout_of(rows)
    x = layout.x_of_index(0)
    assert layout.hit(x, 1, max_lanes=10).index == 1
    assert layout.hit(x, 7, max_lanes=10) is None
    badge = layout.hit(x, 3, max_lanes=4)
    assert badge.index is None and (badge.lo, badge.hi) == (3, 6)
    assert layout.hit(x + 3 * layout.pitch, 0, max_lanes=4) is None


def test_add_keeps_order_and_the_right_edge():
    rows = [item(n, NOW - timedelta(days=n)) for n in range(1, 50)]
    layout = layout_of(rows)
    width = layout.content_width
    live = item(999, NOW)
    assert layout.fits(live)
    index = layout.add(live)
    assert index == len(layout) - 1 and layout.items[index] is live
    assert layout.content_width == width
    assert layout.index_of(live) == index
    older = item(998, NOW - timedelta(days=400))
    assert layout.add(older) == 0 and layout.content_width > width


def test_ticks_label_days_weeks_months():
    rows = [item(n, NOW - timedelta(days=n)) for n in range(120)]
    for zoom, majors_per_week in ((Zoom.DAY, 7), (Zoom.WEEK, 1)):
        layout = layout_of(rows, zoom=zoom)
        right = layout.content_width
        left = layout.x_of(layout.origin_ms - 7 * DAY_MS) - 1
        ticks = [t for t in layout.ticks(left, right) if left <= t.x < right]
        assert sum(t.kind is TickKind.MAJOR for t in ticks) == majors_per_week
    month = layout_of(rows, zoom=Zoom.MONTH)
    majors = [t for t in month.ticks(0, month.content_width) if t.kind is TickKind.MAJOR]
    assert majors and all(t.day.day == 1 for t in majors)


def test_same_date_position_counts_local_days():
    # 23:30 UTC on the 16th is already the 17th in UTC+1: it belongs to the 17th.
    rows = [
        item(1, datetime(2026, 3, 16, 22, 30, tzinfo=UTC)),
        item(2, datetime(2026, 3, 16, 23, 30, tzinfo=UTC)),
        item(3, datetime(2026, 3, 17, 9, 0, tzinfo=UTC)),
        item(4, datetime(2026, 3, 17, 23, 30, tzinfo=UTC)),
    ]
    layout = layout_of(rows)
    assert day_position(layout, 0) == (1, 1, 0)
    assert day_position(layout, 1) == (1, 2, 1)
    assert day_position(layout, 2) == (2, 2, 1)
    assert day_position(layout, 3) == (1, 1, 3)
