"""The supervisor's date filter (SPEC C2), as pure functions of (preset, now, zone, week start).

Every range is half-open, ``[start, end)``, and made of whole LOCAL calendar days in the
supervisor's time zone: each boundary is a local midnight converted to UTC on its own, so a
day across a DST change lasts 23 or 25 hours and a week containing one lasts 7 days ∓ 1 hour.
The returned instants are aware and in UTC, ready to compare with conversation start times.

- Latest (the default) is no range at all: ``None``, the newest conversations, unbounded.
- Yesterday is the whole previous local day.
- Previous week / month / quarter / year is the whole previous calendar period. Weeks start
  on the locale's first weekday (0 = Monday … 6 = Sunday); quarters start in January, April,
  July and October.
- Current week / month / quarter / year runs from the start of the current period to the end
  of TODAY (the next local midnight), not to the exact instant ``now``. Nothing can have
  started after now, so for the data the two are the same; but the whole day is never empty
  (at midnight on the 1st, "current month" is still today), stays valid across refreshes all
  day (SPEC C9: late conversations appear without recomputing the range), and tolerates a
  back end whose clock runs slightly ahead. It always holds ``now`` and begins exactly where
  the matching "previous" range ends.
- Custom is from the start of ``custom_from`` to the end of ``custom_to``, both days
  included; a single day (from == to) is allowed. The custom dates are ignored for every
  other preset, so the UI may keep them filled while the supervisor switches presets.

A local midnight that does not exist (a zone that springs forward at 00:00) resolves to the
first instant of that day; an ambiguous one to its first occurrence (PEP 495, ``fold=0``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum


class DatePreset(StrEnum):
    """The choices of the date filter (SPEC C2), in the order the UI lists them."""

    LATEST = "latest"
    YESTERDAY = "yesterday"
    PREVIOUS_WEEK = "previous_week"
    PREVIOUS_MONTH = "previous_month"
    PREVIOUS_QUARTER = "previous_quarter"
    PREVIOUS_YEAR = "previous_year"
    CURRENT_WEEK = "current_week"
    CURRENT_MONTH = "current_month"
    CURRENT_QUARTER = "current_quarter"
    CURRENT_YEAR = "current_year"
    CUSTOM = "custom"


DEFAULT_PRESET = DatePreset.LATEST


@dataclass(frozen=True, slots=True)
class DateRange:
    """The instants ``start <= t < end``, both aware and in UTC."""

    start: datetime
    end: datetime

    def __contains__(self, instant: object) -> bool:
        return isinstance(instant, datetime) and self.start <= instant < self.end


def date_range(
    preset: DatePreset | str,
    now: datetime,
    tz: tzinfo,
    first_weekday: int,
    custom_from: date | None = None,
    custom_to: date | None = None,
) -> DateRange | None:
    """The UTC range ``preset`` selects at ``now`` in zone ``tz``; ``None`` for Latest.

    ``first_weekday`` is the locale's week start (0 = Monday … 6 = Sunday). Raises ValueError
    for a naive ``now``, a week start outside 0…6, an unknown preset, or a custom range with
    a missing bound or its start after its end.
    """
    preset = DatePreset(preset)
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("The current time must carry a time zone.")
    if not 0 <= first_weekday <= 6:
        raise ValueError(
            f"The first day of the week must be 0 (Monday) to 6 (Sunday), not {first_weekday}."
        )

    if preset is DatePreset.LATEST:
        return None
    if preset is DatePreset.CUSTOM:
        return _custom(custom_from, custom_to, tz)

    today = now.astimezone(tz).date()
    tomorrow = today + timedelta(days=1)
    if preset is DatePreset.YESTERDAY:
        return _days(today - timedelta(days=1), today, tz)

    week = today - timedelta(days=(today.weekday() - first_weekday) % 7)
    month = today.replace(day=1)
    quarter = month.replace(month=(today.month - 1) // 3 * 3 + 1)
    year = month.replace(month=1)
    match preset:
        case DatePreset.PREVIOUS_WEEK:
            return _days(week - timedelta(days=7), week, tz)
        case DatePreset.PREVIOUS_MONTH:
            return _days(_months_before(month, 1), month, tz)
        case DatePreset.PREVIOUS_QUARTER:
            return _days(_months_before(quarter, 3), quarter, tz)
        case DatePreset.PREVIOUS_YEAR:
            return _days(year.replace(year=year.year - 1), year, tz)
        case DatePreset.CURRENT_WEEK:
            return _days(week, tomorrow, tz)
        case DatePreset.CURRENT_MONTH:
            return _days(month, tomorrow, tz)
        case DatePreset.CURRENT_QUARTER:
            return _days(quarter, tomorrow, tz)
        case DatePreset.CURRENT_YEAR:
            return _days(year, tomorrow, tz)
    raise AssertionError(f"unhandled preset {preset!r}")  # pragma: no cover


def local_midnight(day: date, tz: tzinfo) -> datetime:
    """The first instant of local calendar ``day`` in ``tz``, as an aware UTC datetime."""
    return datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)


def _days(first: date, stop: date, tz: tzinfo) -> DateRange:
    """Local days ``first`` up to (not including) ``stop``, each boundary converted alone."""
    return DateRange(local_midnight(first, tz), local_midnight(stop, tz))


def _months_before(first_of_month: date, months: int) -> date:
    years_back, month_index = divmod(first_of_month.month - 1 - months, 12)
    return first_of_month.replace(year=first_of_month.year + years_back, month=month_index + 1)


def _custom(custom_from: date | None, custom_to: date | None, tz: tzinfo) -> DateRange:
    if custom_from is None or custom_to is None:
        raise ValueError("A custom range needs both a start date and an end date.")
    if isinstance(custom_from, datetime) or isinstance(custom_to, datetime):
        raise ValueError("A custom range takes calendar dates, not times of day.")
    if custom_from > custom_to:
        raise ValueError(
            f"The start date {custom_from.isoformat()} is after "
            f"the end date {custom_to.isoformat()}."
        )
    return _days(custom_from, custom_to + timedelta(days=1), tz)
