"""Where the timeline puts things (SPEC A3), without Qt: time -> x, stacking, what is visible.

The axis runs right to left from ``origin`` (the end of today, local time): the newest
interaction sits at the right edge, older ones further left. The axis is cut into *slots* of
``pitch`` pixels, each a fixed span of time for the zoom level (4 hours, a day, a week).
Interactions of one slot stack upwards in *lanes* in time order, so several on one day never
overlap; when a slot holds more than fits, the top lane becomes a "+N" badge.

Interactions are kept sorted by start time, with their instants as integer milliseconds, so
everything the painter or the mouse asks is a ``bisect``: the slots of a pixel range, the
items of a slot, the items of a day. Painting 10,000 interactions costs what the visible ones
cost; adding a live one is one ``insort``. Integer arithmetic keeps a slot's bisect bounds and
``slot_of`` in exact agreement.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from journey_widget.model.journey import Interaction

HOUR_MS = 3_600_000
DAY_MS = 24 * HOUR_MS
DEFAULT_PITCH = 28


class Zoom(StrEnum):
    """Density of the axis: one slot is 4 hours, one day or one week."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"

    @property
    def slot_ms(self) -> int:
        return {Zoom.DAY: 4 * HOUR_MS, Zoom.WEEK: DAY_MS, Zoom.MONTH: 7 * DAY_MS}[self]

    def zoomed_in(self) -> Zoom:
        return {Zoom.MONTH: Zoom.WEEK, Zoom.WEEK: Zoom.DAY, Zoom.DAY: Zoom.DAY}[self]

    def zoomed_out(self) -> Zoom:
        return {Zoom.DAY: Zoom.WEEK, Zoom.WEEK: Zoom.MONTH, Zoom.MONTH: Zoom.MONTH}[self]


class TickKind(StrEnum):
    MINOR = "minor"  # a line only
    MAJOR = "major"  # a line and a label: a day, a week's first day, a month


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    day: date
    kind: TickKind


@dataclass(frozen=True, slots=True)
class SlotRun:
    """The interactions ``[lo, hi)`` of slot ``slot``, centred at ``x``."""

    slot: int
    lo: int
    hi: int
    x: float

    @property
    def count(self) -> int:
        return self.hi - self.lo


@dataclass(frozen=True, slots=True)
class Hit:
    """What a point hits: one interaction (``index``), or a "+N" badge (``lo``..``hi``)."""

    index: int | None
    lo: int
    hi: int


def to_ms(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


def local_midnight_after(moment: datetime, tz: tzinfo) -> datetime:
    """The start of the local day after ``moment``: the timeline's right edge."""
    day = moment.astimezone(tz).date() + timedelta(days=1)
    return datetime.combine(day, time(0), tzinfo=tz)


class TimelineLayout:
    """The geometry of one journey's timeline at one zoom level."""

    def __init__(
        self,
        interactions: Iterable[Interaction],
        *,
        now: datetime,
        tz: tzinfo,
        zoom: Zoom = Zoom.WEEK,
        pitch: int = DEFAULT_PITCH,
        since: datetime | None = None,
    ) -> None:
        self.tz = tz
        self.zoom = zoom
        self.pitch = pitch
        self._items: list[Interaction] = sorted(interactions, key=lambda i: i.started_at)
        self._times: list[int] = [to_ms(i.started_at) for i in self._items]
        newest = max(now, self._items[-1].started_at) if self._items else now
        self.origin_ms = to_ms(local_midnight_after(newest, tz))
        oldest = [since] if since is not None else []
        if self._items:
            oldest.append(self._items[0].started_at)
        self._start_ms = min((to_ms(t) for t in oldest), default=self.origin_ms - DAY_MS)
        self._start_ms = min(self._start_ms, self.origin_ms - DAY_MS)
        self._slot_ms = zoom.slot_ms
        self._deepest: int | None = None

    # --- content ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._items)

    @property
    def items(self) -> Sequence[Interaction]:
        """The interactions, oldest first (indexes of every method refer to this order)."""
        return self._items

    def index_of(self, interaction: Interaction) -> int | None:
        at = to_ms(interaction.started_at)
        i = bisect.bisect_left(self._times, at)
        while i < len(self._items) and self._times[i] == at:
            if self._items[i].id == interaction.id:
                return i
            i += 1
        return None

    def fits(self, interaction: Interaction) -> bool:
        """Whether ``add`` can take it without moving the right edge (else build anew)."""
        return to_ms(interaction.started_at) < self.origin_ms

    def add(self, interaction: Interaction) -> int:
        """Insert one interaction in time order (a live event); returns its index.

        An interaction older than the left edge widens the axis to the left: callers keep
        their scroll position by adding the growth of ``content_width`` to it.
        """
        at = to_ms(interaction.started_at)
        index = bisect.bisect_right(self._times, at)
        self._times.insert(index, at)
        self._items.insert(index, interaction)
        self._start_ms = min(self._start_ms, at)
        if self._deepest is not None:
            self._deepest = max(self._deepest, self.slot_size(index))
        return index

    def deepest_stack(self) -> int:
        """The most interactions any one slot holds: how many lanes show them all."""
        if self._deepest is None:
            deepest, run, previous = 0, 0, None
            origin, slot_ms = self.origin_ms, self._slot_ms
            for at in self._times:
                slot = (origin - at) // slot_ms if at < origin else 0
                run = run + 1 if slot == previous else 1
                previous = slot
                deepest = max(deepest, run)
            self._deepest = deepest
        return self._deepest

    # --- geometry -----------------------------------------------------------------------

    @property
    def slot_count(self) -> int:
        return (self.origin_ms - self._start_ms) // self._slot_ms + 1

    @property
    def content_width(self) -> int:
        """Every slot from the oldest to today, and one spare slot of room on the left."""
        return (self.slot_count + 1) * self.pitch

    def slot_of(self, at_ms: int) -> int:
        return (self.origin_ms - at_ms) // self._slot_ms if at_ms < self.origin_ms else 0

    def slot_x(self, slot: int) -> float:
        """The centre of a slot (slot 0 is the rightmost, today)."""
        return self.content_width - (slot + 0.5) * self.pitch

    def slot_at(self, x: float) -> int:
        return math.floor((self.content_width - x) / self.pitch)

    def x_of(self, at_ms: int) -> float:
        """The exact x of an instant (ticks); icons sit at their slot's centre."""
        return self.content_width - (self.origin_ms - at_ms) * self.pitch / self._slot_ms

    def x_of_index(self, index: int) -> float:
        return self.slot_x(self.slot_of(self._times[index]))

    def lane_of(self, index: int) -> int:
        """Its place in its slot's stack: 0 for the oldest of the slot."""
        lo, _hi = self._slot_bounds(self.slot_of(self._times[index]))
        return index - lo

    def slot_size(self, index: int) -> int:
        """How many interactions share this one's slot."""
        lo, hi = self._slot_bounds(self.slot_of(self._times[index]))
        return hi - lo

    def _slot_bounds(self, slot: int) -> tuple[int, int]:
        """Slot k holds the instants t with ``k * slot_ms <= origin - t < (k + 1) * slot_ms``."""
        newest_ms = self.origin_ms - slot * self._slot_ms  # inclusive
        oldest_ms = newest_ms - self._slot_ms  # exclusive
        lo = bisect.bisect_right(self._times, oldest_ms)
        if slot == 0:
            return lo, len(self._times)
        return lo, bisect.bisect_right(self._times, newest_ms)

    def runs(self, x0: float, x1: float) -> Iterator[SlotRun]:
        """The non-empty slots that touch ``[x0, x1)``, right to left (newest first)."""
        first, last = max(self.slot_at(x1), 0), self.slot_at(x0)
        if last < 0:
            return
        lo_all, _ = self._slot_bounds(last)
        _, hi_all = self._slot_bounds(first)
        index = hi_all
        while index > lo_all:
            slot = self.slot_of(self._times[index - 1])
            lo, _hi = self._slot_bounds(slot)
            lo = max(lo, lo_all)
            yield SlotRun(slot, lo, index, self.slot_x(slot))
            index = lo

    def hit(self, x: float, lane: int, max_lanes: int) -> Hit | None:
        """What stands at ``x`` in ``lane``, when a slot shows at most ``max_lanes`` lanes."""
        slot = self.slot_at(x)
        if slot < 0 or lane < 0 or lane >= max_lanes:
            return None
        lo, hi = self._slot_bounds(slot)
        count = hi - lo
        if lane >= count:
            return None
        if count > max_lanes and lane == max_lanes - 1:
            return Hit(None, lo + lane, hi)
        return Hit(lo + lane, lo + lane, lo + lane + 1)

    # --- time ---------------------------------------------------------------------------

    def local_day(self, index: int) -> date:
        return self._items[index].started_at.astimezone(self.tz).date()

    def day_bounds(self, day: date) -> tuple[int, int]:
        """The indexes ``[lo, hi)`` of the interactions on one local day."""
        start = datetime.combine(day, time(0), tzinfo=self.tz)
        end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=self.tz)
        return (
            bisect.bisect_left(self._times, to_ms(start)),
            bisect.bisect_left(self._times, to_ms(end)),
        )

    def day_span(self, day: date) -> tuple[float, float]:
        """The x range of the slots that hold ``day``: its column, or its week at month zoom."""
        start = to_ms(datetime.combine(day, time(0), tzinfo=self.tz))
        end = to_ms(datetime.combine(day + timedelta(days=1), time(0), tzinfo=self.tz))
        newest, oldest = self.slot_of(end - 1), self.slot_of(start)
        return self.slot_x(oldest) - self.pitch / 2, self.slot_x(newest) + self.pitch / 2

    def day_at(self, x: float) -> date:
        """The local day a click at ``x`` means: the newest one in that slot, else the instant."""
        slot = self.slot_at(x)
        if slot >= 0:
            lo, hi = self._slot_bounds(slot)
            if hi > lo:
                return self.local_day(hi - 1)
        at = self.origin_ms - (self.content_width - x) * self._slot_ms / self.pitch
        return datetime.fromtimestamp(max(at, -2e12) / 1000, self.tz).date()

    def ticks(self, x0: float, x1: float, first_weekday: int = 0) -> list[Tick]:
        """Day lines across ``[x0, x1)``; which are labelled depends on the zoom.

        Day zoom labels every day; week zoom every ``first_weekday`` (0 = Monday) with a line
        per day; month zoom the first of each month with a line per ``first_weekday``.
        """
        left_ms = self.origin_ms - (self.content_width - x0) * self._slot_ms / self.pitch
        right_ms = self.origin_ms - (self.content_width - x1) * self._slot_ms / self.pitch
        day = datetime.fromtimestamp(max(left_ms - DAY_MS, -2e12) / 1000, self.tz).date()
        last_day = datetime.fromtimestamp(max(right_ms, -2e12) / 1000, self.tz).date()
        ticks: list[Tick] = []
        while day <= last_day:
            kind = self._tick_kind(day, first_weekday)
            if kind is not None:
                at = to_ms(datetime.combine(day, time(0), tzinfo=self.tz))
                if left_ms - DAY_MS <= at <= right_ms:
                    ticks.append(Tick(self.x_of(at), day, kind))
            day += timedelta(days=1)
        return ticks

    def _tick_kind(self, day: date, first_weekday: int) -> TickKind | None:
        if self.zoom is Zoom.DAY:
            return TickKind.MAJOR
        if self.zoom is Zoom.WEEK:
            return TickKind.MAJOR if day.weekday() == first_weekday else TickKind.MINOR
        if day.day == 1:
            return TickKind.MAJOR
        return TickKind.MINOR if day.weekday() == first_weekday else None


def day_position(layout: TimelineLayout, index: int) -> tuple[int, int, int]:
    """Same-date navigation (SPEC A8): (position from 1, count, first index) of that day."""
    lo, hi = layout.day_bounds(layout.local_day(index))
    return index - lo + 1, hi - lo, lo
