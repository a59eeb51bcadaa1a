"""Geometry of the conversation timeline (SPEC C4, C6): scale, the three view modes, no overlaps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_widget.model import Channel, Direction, Interaction, Segment, SegmentKind
from journey_widget.model.conversation_layout import (
    KIND_ORDER,
    ViewMode,
    layout_conversation,
    scale_of,
    session_bounds,
    tick_step,
)

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def seg(kind: SegmentKind, start: int, end: int, **details) -> Segment:
    return Segment(kind, T0 + timedelta(seconds=start), T0 + timedelta(seconds=end), **details)


def call(*segments: Segment, ended: int | None = None) -> Interaction:
    return Interaction(
        id="I1",
        customer_id="C1",
        channel=Channel.VOICE,
        direction=Direction.INBOUND,
        started_at=T0,
        ended_at=None if ended is None else T0 + timedelta(seconds=ended),
        segments=segments,
    )


TYPICAL = (
    seg(SegmentKind.IVR, 0, 30),
    seg(SegmentKind.QUEUE, 30, 90),
    seg(SegmentKind.CONNECTED, 90, 290),
    seg(SegmentKind.TRANSFER, 290, 300),
    seg(SegmentKind.QUEUE, 300, 340),
    seg(SegmentKind.CONNECTED, 340, 400),
)


def overlapping(bars) -> list[tuple]:
    found = []
    for a in bars:
        for b in bars:
            if a is not b and a.row == b.row and a.x0 < b.x1 and b.x0 < a.x1:
                found.append((a, b))
    return found


def test_bad_width_is_refused_with_a_sentence() -> None:
    with pytest.raises(ValueError, match="positive width"):
        layout_conversation(TYPICAL, T0, timedelta(seconds=400), 0, ViewMode.STAIRWAY)


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError):
        layout_conversation(TYPICAL, T0, timedelta(seconds=400), 400, "zigzag")


def test_the_longest_session_sets_the_scale() -> None:
    short = call(seg(SegmentKind.IVR, 0, 60), ended=60)
    long = call(seg(SegmentKind.IVR, 0, 30), seg(SegmentKind.CONNECTED, 30, 900))
    assert scale_of([short, long]) == timedelta(seconds=900)
    assert scale_of([]) == timedelta(seconds=1)
    # The short one then fills a fifteenth of the width.
    placed = layout_conversation(short.segments, T0, scale_of([short, long]), 900, "single_row")
    assert placed.bars[0].x1 == pytest.approx(60)
    assert placed.end_x == pytest.approx(60)


def test_session_bounds_take_segments_beyond_the_recorded_end() -> None:
    odd = call(seg(SegmentKind.CONNECTED, 0, 500), ended=400)
    assert session_bounds(odd) == (T0, T0 + timedelta(seconds=500))
    assert session_bounds(call()) == (T0, T0)


def test_single_row_puts_a_sequential_conversation_on_one_line() -> None:
    placed = layout_conversation(TYPICAL, T0, timedelta(seconds=400), 800, ViewMode.SINGLE_ROW)
    assert placed.rows == 1
    assert [b.index for b in placed.bars] == [0, 1, 2, 3, 4, 5]
    assert placed.bars[2].x0 == pytest.approx(180) and placed.bars[2].x1 == pytest.approx(580)
    assert not overlapping(placed.bars)


def test_single_row_gives_a_parallel_event_a_second_line_only() -> None:
    consult = (*TYPICAL, seg(SegmentKind.TRANSFER, 120, 150))  # a consultation while connected
    placed = layout_conversation(consult, T0, timedelta(seconds=400), 800, ViewMode.SINGLE_ROW)
    assert placed.rows == 2
    assert {b.row for b in placed.bars if b.index != 6} == {0}
    assert not overlapping(placed.bars)


def test_stairway_steps_down_once_per_event_in_time_order() -> None:
    shuffled = (TYPICAL[3], TYPICAL[0], TYPICAL[5], TYPICAL[1], TYPICAL[4], TYPICAL[2])
    placed = layout_conversation(shuffled, T0, timedelta(seconds=400), 800, ViewMode.STAIRWAY)
    assert placed.rows == 6
    by_row = sorted(placed.bars, key=lambda b: b.row)
    assert [b.row for b in by_row] == list(range(6))
    assert [b.x0 for b in by_row] == sorted(b.x0 for b in by_row)


def test_multi_row_has_one_lane_per_kind_in_legend_order() -> None:
    placed = layout_conversation(TYPICAL, T0, timedelta(seconds=400), 800, ViewMode.MULTI_ROW)
    assert placed.row_kinds == (
        SegmentKind.IVR,
        SegmentKind.QUEUE,
        SegmentKind.CONNECTED,
        SegmentKind.TRANSFER,
    )
    for bar in placed.bars:
        assert placed.row_kinds[bar.row] is bar.kind


def test_multi_row_spills_parallel_events_of_one_kind_into_a_second_lane() -> None:
    parallel = (seg(SegmentKind.CONNECTED, 0, 100), seg(SegmentKind.CONNECTED, 50, 80))
    placed = layout_conversation(parallel, T0, timedelta(seconds=100), 500, ViewMode.MULTI_ROW)
    assert placed.row_kinds == (SegmentKind.CONNECTED, SegmentKind.CONNECTED)
    assert not overlapping(placed.bars)


def test_a_one_second_event_stays_visible_without_covering_its_neighbour() -> None:
    blip = (seg(SegmentKind.TRANSFER, 0, 0), seg(SegmentKind.CONNECTED, 0, 3600))
    placed = layout_conversation(blip, T0, timedelta(seconds=3600), 400, ViewMode.SINGLE_ROW)
    assert not overlapping(placed.bars)
    short = (seg(SegmentKind.TRANSFER, 10, 11), seg(SegmentKind.CONNECTED, 100, 3600))
    bars = layout_conversation(short, T0, timedelta(seconds=3600), 400, "single_row").bars
    tiny = next(b for b in bars if b.kind is SegmentKind.TRANSFER)
    assert tiny.width == pytest.approx(3)


def test_times_outside_the_axis_are_clamped() -> None:
    odd = (seg(SegmentKind.IVR, -50, 20), seg(SegmentKind.QUEUE, 20, 10_000))
    placed = layout_conversation(odd, T0, timedelta(seconds=100), 200, ViewMode.STAIRWAY)
    assert all(0 <= b.x0 <= b.x1 <= 200 for b in placed.bars)


def test_hit_testing_finds_the_bar_under_the_pointer() -> None:
    placed = layout_conversation(TYPICAL, T0, timedelta(seconds=400), 800, ViewMode.SINGLE_ROW)
    assert placed.bar_at(300, 0).kind is SegmentKind.CONNECTED
    assert placed.bar_at(300, 1) is None


def test_tick_steps_are_nice_and_far_enough_apart() -> None:
    assert tick_step(timedelta(seconds=400), 800) == 60
    assert tick_step(timedelta(hours=2), 400) == 1800
    assert tick_step(timedelta(seconds=10), 1000) == 1


segments_strategy = st.lists(
    st.tuples(
        st.sampled_from(KIND_ORDER),
        st.integers(min_value=-100, max_value=4000),
        st.integers(min_value=0, max_value=2000),
    ).map(lambda t: seg(t[0], t[1], t[1] + t[2])),
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(
    segments=segments_strategy,
    mode=st.sampled_from(list(ViewMode)),
    width=st.floats(min_value=20, max_value=3000),
    scale=st.integers(min_value=1, max_value=6000),
)
def test_no_two_bars_of_a_row_ever_overlap(segments, mode, width, scale) -> None:
    placed = layout_conversation(segments, T0, timedelta(seconds=scale), width, mode)
    assert not overlapping(placed.bars)
    assert sorted(b.index for b in placed.bars) == list(range(len(segments)))
    assert all(0 <= b.x0 <= b.x1 <= width + 1e-9 for b in placed.bars)
    assert all(0 <= b.row < placed.rows for b in placed.bars)
    if mode is ViewMode.STAIRWAY:
        assert len({b.row for b in placed.bars}) == len(segments)
    if mode is ViewMode.MULTI_ROW:
        assert all(placed.row_kinds[b.row] is b.kind for b in placed.bars)
