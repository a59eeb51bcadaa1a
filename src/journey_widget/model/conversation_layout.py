"""Where each segment of a conversation's timeline goes (SPEC C4, C6): pure geometry, no Qt.

The supervisor's report draws one conversation as bars (IVR, queue, connected, voicemail,
transfer) along a time axis. Its horizontal scale is set by the LONGEST session of the
selection (``scale_of``), so conversations read against each other: a short call fills a
short part of the width, the longest one all of it.

Three view modes (seeds/000 "View Mode"):

- ``MULTI_ROW``: one lane per kind of event, in the legend's order (IVR, Queue, Connected,
  Voicemail, Transfer), only the kinds present; two events of one kind at the same time (a
  consultation while connected) spill into a second lane of that kind. Parallel handling
  shows at a glance.
- ``STAIRWAY``: each event one step below the one before, in the order they started.
- ``SINGLE_ROW``: everything on one line, the most compact for a printout; only an event
  that runs in parallel with another takes a second line, so nothing is ever hidden.

No two bars of one row overlap, in any mode. A very short event still gets ``min_width``
pixels where the row leaves room, never by covering its neighbour.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from journey_widget.model.enums import SegmentKind
from journey_widget.model.journey import Interaction, Segment

KIND_ORDER: tuple[SegmentKind, ...] = (
    SegmentKind.IVR,
    SegmentKind.QUEUE,
    SegmentKind.CONNECTED,
    SegmentKind.VOICEMAIL,
    SegmentKind.TRANSFER,
)
MIN_SCALE = timedelta(seconds=1)


class ViewMode(StrEnum):
    """The timeline's view modes (SPEC C6), as the settings file stores them."""

    MULTI_ROW = "multi_row"
    STAIRWAY = "stairway"
    SINGLE_ROW = "single_row"


DEFAULT_VIEW_MODE = ViewMode.MULTI_ROW


@dataclass(frozen=True, slots=True)
class Bar:
    """One segment placed: ``index`` into the conversation's segments, its row, pixels x0..x1."""

    index: int
    kind: SegmentKind
    row: int
    x0: float
    x1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass(frozen=True, slots=True)
class ConversationLayout:
    """The bars of one conversation, the number of rows, and what each row holds.

    ``row_kinds[r]`` is the kind of lane ``r`` in multi-row mode (None in the other modes);
    ``end_x`` is where the conversation ends on the axis.
    """

    mode: ViewMode
    bars: tuple[Bar, ...]
    rows: int
    row_kinds: tuple[SegmentKind | None, ...]
    width: float
    end_x: float

    def bar_at(self, x: float, row: int, slop: float = 0.0) -> Bar | None:
        """The bar under pixel ``x`` in ``row`` (hit-testing), allowing ``slop`` pixels."""
        for bar in self.bars:
            if bar.row == row and bar.x0 - slop <= x < bar.x1 + slop:
                return bar
        return None


def session_bounds(interaction: Interaction) -> tuple[datetime, datetime]:
    """Start and end of a session: the interaction's own times, widened to its segments."""
    start = interaction.started_at
    ends = [s.ended_at for s in interaction.segments]
    if interaction.ended_at is not None:
        ends.append(interaction.ended_at)
    starts = [start, *(s.started_at for s in interaction.segments)]
    start = min(starts)
    return start, max([start, *ends])


def scale_of(interactions: Iterable[Interaction]) -> timedelta:
    """The longest session of the selection (at least one second): the timeline's full width."""
    longest = MIN_SCALE
    for interaction in interactions:
        start, end = session_bounds(interaction)
        longest = max(longest, end - start)
    return longest


def layout_conversation(
    segments: Sequence[Segment],
    origin: datetime,
    scale: timedelta,
    width: float,
    mode: ViewMode | str,
    *,
    end: datetime | None = None,
    min_width: float = 3.0,
) -> ConversationLayout:
    """Place ``segments`` on a ``width``-pixel axis whose full width lasts ``scale``.

    ``origin`` is x = 0 (the session's start). Times before it or beyond the scale are
    clamped to the axis; a segment that ends before it starts counts as zero-long.
    """
    mode = ViewMode(mode)
    if width <= 0:
        raise ValueError("The timeline needs a positive width.")
    seconds = max(scale, MIN_SCALE).total_seconds()

    def x_of(moment: datetime) -> float:
        offset = (moment - origin).total_seconds()
        return min(width, max(0.0, offset / seconds * width))

    spans = []
    for index, segment in enumerate(segments):
        x0 = x_of(segment.started_at)
        spans.append((x0, max(x0, x_of(segment.ended_at)), index, segment.kind))
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1], i))

    row_kinds: tuple[SegmentKind | None, ...]
    if mode is ViewMode.STAIRWAY:
        rows = {i: step for step, i in enumerate(order)}
        row_kinds = (None,) * len(order)
    elif mode is ViewMode.SINGLE_ROW:
        rows = _pack(order, spans, base=0)
        row_kinds = (None,) * (max(rows.values(), default=0) + 1)
    else:
        rows, kinds = {}, []
        for kind in KIND_ORDER:
            of_kind = [i for i in order if spans[i][3] is kind]
            if not of_kind:
                continue
            packed = _pack(of_kind, spans, base=len(kinds))
            rows.update(packed)
            kinds.extend([kind] * (max(packed.values()) - len(kinds) + 1))
        row_kinds = tuple(kinds) or (None,)

    bars = _widen(
        [Bar(i, spans[i][3], rows[i], spans[i][0], spans[i][1]) for i in order],
        min_width,
        width,
    )
    stop = end or max((s.ended_at for s in segments), default=origin)
    return ConversationLayout(
        mode=mode,
        bars=tuple(bars),
        rows=max(1, len(row_kinds)),
        row_kinds=row_kinds,
        width=width,
        end_x=x_of(stop),
    )


def _pack(order: list[int], spans: list[tuple], base: int) -> dict[int, int]:
    """First fit: each span (in start order) goes to the first row that is free at its start."""
    row_ends: list[float] = []
    rows: dict[int, int] = {}
    for i in order:
        x0, x1 = spans[i][0], spans[i][1]
        for row, row_end in enumerate(row_ends):
            if row_end <= x0:
                row_ends[row] = max(x1, x0)
                rows[i] = base + row
                break
        else:
            row_ends.append(x1)
            rows[i] = base + len(row_ends) - 1
    return rows


def _widen(bars: list[Bar], min_width: float, width: float) -> list[Bar]:
    """Give short bars ``min_width`` where their row has room up to the next bar's start."""
    by_row: dict[int, list[Bar]] = {}
    for bar in bars:
        by_row.setdefault(bar.row, []).append(bar)
    out: list[Bar] = []
    for row_bars in by_row.values():
        row_bars.sort(key=lambda b: (b.x0, b.x1))
        for n, bar in enumerate(row_bars):
            limit = row_bars[n + 1].x0 if n + 1 < len(row_bars) else width
            x1 = max(bar.x1, min(bar.x0 + min_width, limit))
            x0 = bar.x0
            if x1 - x0 < min_width and n + 1 == len(row_bars):
                # The last bar at the axis end: grow to the left instead, if the row allows.
                before = out[-1].x1 if out and out[-1].row == bar.row else 0.0
                x0 = max(before, x1 - min_width)
            out.append(Bar(bar.index, bar.kind, bar.row, x0, x1))
    out.sort(key=lambda b: (b.row, b.x0))
    return out


def tick_step(scale: timedelta, width: float, min_pixels: float = 70.0) -> int:
    """Seconds between axis ticks: the smallest "nice" step at least ``min_pixels`` apart."""
    seconds = max(scale, MIN_SCALE).total_seconds()
    for step in (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600):
        if step / seconds * width >= min_pixels:
            return step
    return 43200
