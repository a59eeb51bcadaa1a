"""The supervisor's date filter (SPEC C2): every preset's exact range, in local calendar days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey_widget.model.date_ranges import (
    DEFAULT_PRESET,
    DatePreset,
    DateRange,
    date_range,
    local_midnight,
)

BERLIN = ZoneInfo("Europe/Berlin")
JAKARTA = ZoneInfo("Asia/Jakarta")
SANTIAGO = ZoneInfo("America/Santiago")
MONDAY, SATURDAY, SUNDAY = 0, 5, 6
P = DatePreset


def z(*fields: int) -> datetime:
    """A UTC instant, spelled out literally so expectations never reuse the code under test."""
    return datetime(*fields, tzinfo=UTC)


def days(start: date, end: date) -> DateRange:
    """The range of UTC calendar days ``start`` up to (not including) ``end``."""
    return DateRange(z(start.year, start.month, start.day), z(end.year, end.month, end.day))


D = date


# --- Latest and the preset vocabulary ---------------------------------------------------------


def test_latest_is_the_default_and_has_no_range():
    assert DEFAULT_PRESET is P.LATEST
    assert date_range(P.LATEST, z(2024, 5, 15, 12), BERLIN, MONDAY) is None


def test_presets_are_listed_in_spec_order():
    assert [p.value for p in DatePreset] == [
        "latest",
        "yesterday",
        "previous_week",
        "previous_month",
        "previous_quarter",
        "previous_year",
        "current_week",
        "current_month",
        "current_quarter",
        "current_year",
        "custom",
    ]


def test_preset_may_be_given_as_its_token():
    now = z(2024, 5, 15, 12)
    assert date_range("previous_week", now, UTC, MONDAY) == date_range(
        P.PREVIOUS_WEEK, now, UTC, MONDAY
    )


# --- Every preset's exact range, in UTC so the days are plain ----------------------------------

# (now, first weekday, preset, expected first day, expected day after the last)
UTC_CASES = [
    # Tuesday 31 Dec 2024, the last day of a leap year.
    (z(2024, 12, 31, 15), MONDAY, P.YESTERDAY, D(2024, 12, 30), D(2024, 12, 31)),
    (z(2024, 12, 31, 15), MONDAY, P.PREVIOUS_WEEK, D(2024, 12, 23), D(2024, 12, 30)),
    (z(2024, 12, 31, 15), MONDAY, P.PREVIOUS_MONTH, D(2024, 11, 1), D(2024, 12, 1)),
    (z(2024, 12, 31, 15), MONDAY, P.PREVIOUS_QUARTER, D(2024, 7, 1), D(2024, 10, 1)),
    (z(2024, 12, 31, 15), MONDAY, P.PREVIOUS_YEAR, D(2023, 1, 1), D(2024, 1, 1)),
    (z(2024, 12, 31, 15), MONDAY, P.CURRENT_WEEK, D(2024, 12, 30), D(2025, 1, 1)),
    (z(2024, 12, 31, 15), MONDAY, P.CURRENT_MONTH, D(2024, 12, 1), D(2025, 1, 1)),
    (z(2024, 12, 31, 15), MONDAY, P.CURRENT_QUARTER, D(2024, 10, 1), D(2025, 1, 1)),
    (z(2024, 12, 31, 15), MONDAY, P.CURRENT_YEAR, D(2024, 1, 1), D(2025, 1, 1)),
    # Wednesday 1 Jan 2025 at exactly midnight: every "current" range is just today.
    (z(2025, 1, 1), MONDAY, P.YESTERDAY, D(2024, 12, 31), D(2025, 1, 1)),
    (z(2025, 1, 1), MONDAY, P.PREVIOUS_WEEK, D(2024, 12, 23), D(2024, 12, 30)),
    (z(2025, 1, 1), MONDAY, P.PREVIOUS_MONTH, D(2024, 12, 1), D(2025, 1, 1)),
    (z(2025, 1, 1), MONDAY, P.PREVIOUS_QUARTER, D(2024, 10, 1), D(2025, 1, 1)),
    (z(2025, 1, 1), MONDAY, P.PREVIOUS_YEAR, D(2024, 1, 1), D(2025, 1, 1)),
    (z(2025, 1, 1), MONDAY, P.CURRENT_WEEK, D(2024, 12, 30), D(2025, 1, 2)),
    (z(2025, 1, 1), MONDAY, P.CURRENT_MONTH, D(2025, 1, 1), D(2025, 1, 2)),
    (z(2025, 1, 1), MONDAY, P.CURRENT_QUARTER, D(2025, 1, 1), D(2025, 1, 2)),
    (z(2025, 1, 1), MONDAY, P.CURRENT_YEAR, D(2025, 1, 1), D(2025, 1, 2)),
    # Quarter boundaries: Q1's last instant, Q2's first, mid Q3, the end of Q4's 2nd month.
    (z(2024, 3, 31, 23, 59, 59), MONDAY, P.CURRENT_QUARTER, D(2024, 1, 1), D(2024, 4, 1)),
    (z(2024, 3, 31, 23, 59, 59), MONDAY, P.PREVIOUS_QUARTER, D(2023, 10, 1), D(2024, 1, 1)),
    (z(2024, 4, 1), MONDAY, P.CURRENT_QUARTER, D(2024, 4, 1), D(2024, 4, 2)),
    (z(2024, 4, 1), MONDAY, P.PREVIOUS_QUARTER, D(2024, 1, 1), D(2024, 4, 1)),
    (z(2024, 7, 15, 9), MONDAY, P.PREVIOUS_QUARTER, D(2024, 4, 1), D(2024, 7, 1)),
    (z(2024, 7, 15, 9), MONDAY, P.CURRENT_QUARTER, D(2024, 7, 1), D(2024, 7, 16)),
    (z(2024, 11, 30, 9), MONDAY, P.PREVIOUS_QUARTER, D(2024, 7, 1), D(2024, 10, 1)),
    (z(2024, 11, 30, 9), MONDAY, P.CURRENT_QUARTER, D(2024, 10, 1), D(2024, 12, 1)),
    (z(2024, 9, 30, 9), MONDAY, P.CURRENT_QUARTER, D(2024, 7, 1), D(2024, 10, 1)),
    # Leap years: 29 Feb 2024 exists, 29 Feb 2023 does not.
    (z(2024, 2, 29, 12), MONDAY, P.YESTERDAY, D(2024, 2, 28), D(2024, 2, 29)),
    (z(2024, 2, 29, 12), MONDAY, P.CURRENT_MONTH, D(2024, 2, 1), D(2024, 3, 1)),
    (z(2024, 2, 29, 12), MONDAY, P.PREVIOUS_MONTH, D(2024, 1, 1), D(2024, 2, 1)),
    (z(2024, 3, 1, 8), MONDAY, P.YESTERDAY, D(2024, 2, 29), D(2024, 3, 1)),
    (z(2024, 3, 1, 8), MONDAY, P.PREVIOUS_MONTH, D(2024, 2, 1), D(2024, 3, 1)),
    (z(2023, 3, 1, 8), MONDAY, P.YESTERDAY, D(2023, 2, 28), D(2023, 3, 1)),
    (z(2023, 3, 1, 8), MONDAY, P.PREVIOUS_MONTH, D(2023, 2, 1), D(2023, 3, 1)),
    (z(2025, 3, 1, 8), MONDAY, P.PREVIOUS_YEAR, D(2024, 1, 1), D(2025, 1, 1)),
    (z(2024, 5, 31, 8), MONDAY, P.PREVIOUS_MONTH, D(2024, 4, 1), D(2024, 5, 1)),
    # Weeks starting Monday, Sunday, Saturday; "now" is Wednesday 15 May 2024.
    (z(2024, 5, 15, 10), MONDAY, P.CURRENT_WEEK, D(2024, 5, 13), D(2024, 5, 16)),
    (z(2024, 5, 15, 10), MONDAY, P.PREVIOUS_WEEK, D(2024, 5, 6), D(2024, 5, 13)),
    (z(2024, 5, 15, 10), SUNDAY, P.CURRENT_WEEK, D(2024, 5, 12), D(2024, 5, 16)),
    (z(2024, 5, 15, 10), SUNDAY, P.PREVIOUS_WEEK, D(2024, 5, 5), D(2024, 5, 12)),
    (z(2024, 5, 15, 10), SATURDAY, P.CURRENT_WEEK, D(2024, 5, 11), D(2024, 5, 16)),
    (z(2024, 5, 15, 10), SATURDAY, P.PREVIOUS_WEEK, D(2024, 5, 4), D(2024, 5, 11)),
    # ... and "now" on the week's first or last day.
    (z(2024, 5, 12, 10), SUNDAY, P.CURRENT_WEEK, D(2024, 5, 12), D(2024, 5, 13)),
    (z(2024, 5, 12, 10), SUNDAY, P.PREVIOUS_WEEK, D(2024, 5, 5), D(2024, 5, 12)),
    (z(2024, 5, 12, 10), MONDAY, P.CURRENT_WEEK, D(2024, 5, 6), D(2024, 5, 13)),
    (z(2024, 5, 12, 10), MONDAY, P.PREVIOUS_WEEK, D(2024, 4, 29), D(2024, 5, 6)),
    (z(2024, 5, 11, 10), SATURDAY, P.CURRENT_WEEK, D(2024, 5, 11), D(2024, 5, 12)),
    (z(2024, 5, 17, 10), SATURDAY, P.CURRENT_WEEK, D(2024, 5, 11), D(2024, 5, 18)),
    # A week across the year end.
    (z(2025, 1, 2, 10), MONDAY, P.CURRENT_WEEK, D(2024, 12, 30), D(2025, 1, 3)),
    (z(2025, 1, 2, 10), MONDAY, P.PREVIOUS_WEEK, D(2024, 12, 23), D(2024, 12, 30)),
    (z(2025, 1, 2, 10), SUNDAY, P.PREVIOUS_WEEK, D(2024, 12, 22), D(2024, 12, 29)),
]


@pytest.mark.parametrize(("now", "first_weekday", "preset", "first", "stop"), UTC_CASES)
def test_exact_ranges_in_utc(now, first_weekday, preset, first, stop):
    assert date_range(preset, now, UTC, first_weekday) == days(first, stop)


def test_ranges_are_aware_utc_instants():
    result = date_range(P.CURRENT_MONTH, z(2024, 5, 15, 10), BERLIN, MONDAY)
    assert result is not None
    assert result.start.tzinfo is UTC
    assert result.end.tzinfo is UTC


def test_leap_february_lasts_29_days_and_a_leap_year_366():
    february = date_range(P.PREVIOUS_MONTH, z(2024, 3, 10), UTC, MONDAY)
    year = date_range(P.PREVIOUS_YEAR, z(2025, 6, 1), UTC, MONDAY)
    assert february is not None and year is not None
    assert february.end - february.start == timedelta(days=29)
    assert year.end - year.start == timedelta(days=366)


# --- Local days: Europe/Berlin across DST, Asia/Jakarta without -------------------------------


def test_berlin_week_with_spring_forward_lasts_one_hour_less():
    # DST began Sunday 31 Mar 2024 at 02:00 CET; Monday 25 Mar is CET (+1), 1 Apr is CEST (+2).
    now = datetime(2024, 4, 2, 10, tzinfo=BERLIN)
    result = date_range(P.PREVIOUS_WEEK, now, BERLIN, MONDAY)
    assert result == DateRange(z(2024, 3, 24, 23), z(2024, 3, 31, 22))
    assert result.end - result.start == timedelta(days=7, hours=-1)


def test_berlin_spring_forward_day_lasts_23_hours():
    now = datetime(2024, 4, 1, 12, tzinfo=BERLIN)
    result = date_range(P.YESTERDAY, now, BERLIN, MONDAY)
    assert result == DateRange(z(2024, 3, 30, 23), z(2024, 3, 31, 22))
    assert result.end - result.start == timedelta(hours=23)


def test_berlin_fall_back_day_lasts_25_hours_and_its_week_one_hour_more():
    # DST ended Sunday 27 Oct 2024 at 03:00 CEST.
    now = datetime(2024, 10, 28, 9, tzinfo=BERLIN)
    yesterday = date_range(P.YESTERDAY, now, BERLIN, MONDAY)
    week = date_range(P.PREVIOUS_WEEK, now, BERLIN, MONDAY)
    assert yesterday == DateRange(z(2024, 10, 26, 22), z(2024, 10, 27, 23))
    assert yesterday.end - yesterday.start == timedelta(hours=25)
    assert week == DateRange(z(2024, 10, 20, 22), z(2024, 10, 27, 23))
    assert week.end - week.start == timedelta(days=7, hours=1)


def test_berlin_dst_week_starting_sunday():
    # Sunday start: the week of 31 Mar 2024 is that Sunday (CET at midnight) to 7 Apr (CEST).
    now = datetime(2024, 4, 8, 10, tzinfo=BERLIN)
    result = date_range(P.PREVIOUS_WEEK, now, BERLIN, SUNDAY)
    assert result == DateRange(z(2024, 3, 30, 23), z(2024, 4, 6, 22))


def test_berlin_current_month_ends_at_the_next_local_midnight():
    now = datetime(2024, 10, 28, 9, tzinfo=BERLIN)
    assert date_range(P.CURRENT_MONTH, now, BERLIN, MONDAY) == DateRange(
        z(2024, 9, 30, 22), z(2024, 10, 28, 23)
    )


def test_berlin_previous_year_is_the_local_calendar_year():
    now = datetime(2024, 6, 15, 12, tzinfo=BERLIN)
    assert date_range(P.PREVIOUS_YEAR, now, BERLIN, MONDAY) == DateRange(
        z(2022, 12, 31, 23), z(2023, 12, 31, 23)
    )


def test_the_local_date_decides_not_the_utc_date():
    # 22:30 UTC on 30 June is already 00:30 on 1 July in Berlin: July, Q3.
    now = z(2024, 6, 30, 22, 30)
    assert date_range(P.CURRENT_MONTH, now, BERLIN, MONDAY) == DateRange(
        z(2024, 6, 30, 22), z(2024, 7, 1, 22)
    )
    assert date_range(P.PREVIOUS_MONTH, now, BERLIN, MONDAY) == DateRange(
        z(2024, 5, 31, 22), z(2024, 6, 30, 22)
    )
    assert date_range(P.PREVIOUS_QUARTER, now, BERLIN, MONDAY) == DateRange(
        z(2024, 3, 31, 22), z(2024, 6, 30, 22)
    )
    # In UTC the same instant is still 30 June.
    assert date_range(P.CURRENT_MONTH, now, UTC, MONDAY) == days(D(2024, 6, 1), D(2024, 7, 1))


def test_jakarta_year_end_without_dst():
    # 20:00 UTC on 31 Dec 2024 is 03:00 on 1 Jan 2025 in Jakarta (UTC+7 all year).
    now = z(2024, 12, 31, 20)
    assert date_range(P.CURRENT_YEAR, now, JAKARTA, MONDAY) == DateRange(
        z(2024, 12, 31, 17), z(2025, 1, 1, 17)
    )
    previous = date_range(P.PREVIOUS_YEAR, now, JAKARTA, MONDAY)
    assert previous == DateRange(z(2023, 12, 31, 17), z(2024, 12, 31, 17))
    assert previous.end - previous.start == timedelta(days=366)
    assert date_range(P.YESTERDAY, now, JAKARTA, MONDAY) == DateRange(
        z(2024, 12, 30, 17), z(2024, 12, 31, 17)
    )


@pytest.mark.parametrize(
    "preset", [P.YESTERDAY, P.PREVIOUS_WEEK, P.PREVIOUS_MONTH, P.CURRENT_WEEK, P.CURRENT_YEAR]
)
def test_jakarta_ranges_are_whole_24_hour_days(preset):
    # The same instants in Berlin would be off by an hour across 31 Mar 2024.
    result = date_range(preset, z(2024, 4, 3, 5), JAKARTA, SUNDAY)
    assert (result.end - result.start) % timedelta(days=1) == timedelta(0)
    assert result.start.astimezone(JAKARTA).hour == 0


def test_midnight_that_does_not_exist_starts_the_day_at_its_first_instant():
    # Santiago sprang forward at 00:00 on 11 Sep 2022: that day began at 01:00 (-03).
    now = datetime(2022, 9, 12, 12, tzinfo=SANTIAGO)
    result = date_range(P.YESTERDAY, now, SANTIAGO, MONDAY)
    assert result == DateRange(z(2022, 9, 11, 4), z(2022, 9, 12, 3))
    assert result.end - result.start == timedelta(hours=23)


# --- Now exactly at midnight --------------------------------------------------------------------


def test_now_exactly_at_local_midnight_belongs_to_the_new_day():
    now = datetime(2024, 5, 13, tzinfo=BERLIN)  # Monday 00:00 CEST = 12 May 22:00 UTC
    current = date_range(P.CURRENT_WEEK, now, BERLIN, MONDAY)
    previous = date_range(P.PREVIOUS_WEEK, now, BERLIN, MONDAY)
    yesterday = date_range(P.YESTERDAY, now, BERLIN, MONDAY)
    assert current == DateRange(z(2024, 5, 12, 22), z(2024, 5, 13, 22))
    assert previous == DateRange(z(2024, 5, 5, 22), z(2024, 5, 12, 22))
    assert yesterday == DateRange(z(2024, 5, 11, 22), z(2024, 5, 12, 22))
    assert now in current
    assert now not in previous  # half-open: the previous week ends where now begins
    assert now not in yesterday


def test_one_microsecond_before_midnight_is_still_the_old_day():
    now = datetime(2024, 5, 12, 23, 59, 59, 999999, tzinfo=BERLIN)  # Sunday
    current = date_range(P.CURRENT_WEEK, now, BERLIN, MONDAY)
    assert current == DateRange(z(2024, 5, 5, 22), z(2024, 5, 12, 22))
    assert now in current


def test_current_ranges_hold_now_and_a_conversation_later_today():
    now = datetime(2024, 5, 15, 10, tzinfo=BERLIN)
    for preset in (P.CURRENT_WEEK, P.CURRENT_MONTH, P.CURRENT_QUARTER, P.CURRENT_YEAR):
        result = date_range(preset, now, BERLIN, MONDAY)
        assert now in result
        assert now + timedelta(hours=13, minutes=59) in result  # 23:59 tonight
        assert now + timedelta(hours=14) not in result  # tomorrow


# --- Custom ranges ------------------------------------------------------------------------------

NOW = z(2024, 5, 15, 10)


def test_custom_single_day():
    assert date_range(P.CUSTOM, NOW, UTC, MONDAY, D(2024, 5, 1), D(2024, 5, 1)) == days(
        D(2024, 5, 1), D(2024, 5, 2)
    )


def test_custom_includes_both_days_in_local_time():
    result = date_range(P.CUSTOM, NOW, BERLIN, MONDAY, D(2024, 3, 30), D(2024, 4, 1))
    # 30 Mar 00:00 CET to 2 Apr 00:00 CEST: three local days, one of them 23 hours long.
    assert result == DateRange(z(2024, 3, 29, 23), z(2024, 4, 1, 22))
    assert result.end - result.start == timedelta(hours=71)


def test_custom_across_year_end_in_jakarta():
    result = date_range(P.CUSTOM, NOW, JAKARTA, SUNDAY, D(2023, 12, 31), D(2024, 1, 1))
    assert result == DateRange(z(2023, 12, 30, 17), z(2024, 1, 1, 17))


def test_custom_may_lie_in_the_future_and_ignores_now():
    result = date_range(P.CUSTOM, NOW, UTC, MONDAY, D(2030, 2, 28), D(2030, 3, 1))
    assert result == days(D(2030, 2, 28), D(2030, 3, 2))


def test_custom_start_after_end_is_refused():
    with pytest.raises(ValueError, match=r"start date 2024-05-02 is after the end date 2024-05-01"):
        date_range(P.CUSTOM, NOW, UTC, MONDAY, D(2024, 5, 2), D(2024, 5, 1))


@pytest.mark.parametrize(
    ("custom_from", "custom_to"), [(None, None), (D(2024, 5, 1), None), (None, D(2024, 5, 1))]
)
def test_custom_needs_both_bounds(custom_from, custom_to):
    with pytest.raises(ValueError, match="needs both a start date and an end date"):
        date_range(P.CUSTOM, NOW, UTC, MONDAY, custom_from, custom_to)


def test_custom_refuses_times_of_day():
    with pytest.raises(ValueError, match="calendar dates"):
        date_range(P.CUSTOM, NOW, UTC, MONDAY, z(2024, 5, 1, 12), D(2024, 5, 2))


def test_custom_dates_are_ignored_for_other_presets():
    kept = date_range(P.YESTERDAY, NOW, UTC, MONDAY, D(2024, 5, 2), D(2024, 5, 1))
    assert kept == days(D(2024, 5, 14), D(2024, 5, 15))
    assert date_range(P.LATEST, NOW, UTC, MONDAY, D(2024, 5, 1), D(2024, 5, 2)) is None


# --- Refused inputs -----------------------------------------------------------------------------


def test_naive_now_is_refused():
    with pytest.raises(ValueError, match="time zone"):
        date_range(P.YESTERDAY, datetime(2024, 5, 15, 10), UTC, MONDAY)


@pytest.mark.parametrize("first_weekday", [-1, 7])
def test_first_weekday_outside_the_week_is_refused(first_weekday):
    with pytest.raises(ValueError, match="0 \\(Monday\\) to 6 \\(Sunday\\)"):
        date_range(P.CURRENT_WEEK, NOW, UTC, first_weekday)


def test_unknown_preset_is_refused():
    with pytest.raises(ValueError):
        date_range("last_fortnight", NOW, UTC, MONDAY)


def test_date_range_holds_only_instants_in_its_half_open_span():
    span = DateRange(z(2024, 1, 1), z(2024, 1, 2))
    assert z(2024, 1, 1) in span
    assert z(2024, 1, 2) not in span
    assert D(2024, 1, 1) not in span


# --- Properties ---------------------------------------------------------------------------------

ZONES = st.sampled_from(
    [
        UTC,
        BERLIN,
        JAKARTA,
        SANTIAGO,
        ZoneInfo("America/New_York"),
        ZoneInfo("Australia/Lord_Howe"),  # half-hour DST
        ZoneInfo("Asia/Kathmandu"),  # +05:45
        ZoneInfo("Pacific/Kiritimati"),  # +14
        ZoneInfo("Pacific/Pago_Pago"),  # -11
    ]
)
NOWS = st.datetimes(
    min_value=datetime(1971, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC)
)
WEEKDAYS = st.integers(min_value=0, max_value=6)
PAIRS = [
    (P.YESTERDAY, None),
    (P.PREVIOUS_WEEK, P.CURRENT_WEEK),
    (P.PREVIOUS_MONTH, P.CURRENT_MONTH),
    (P.PREVIOUS_QUARTER, P.CURRENT_QUARTER),
    (P.PREVIOUS_YEAR, P.CURRENT_YEAR),
]


@given(now=NOWS, tz=ZONES, first_weekday=WEEKDAYS)
def test_every_range_is_ordered_and_previous_ends_where_current_starts(now, tz, first_weekday):
    today = local_midnight(now.astimezone(tz).date(), tz)
    for previous_preset, current_preset in PAIRS:
        previous = date_range(previous_preset, now, tz, first_weekday)
        assert previous.start < previous.end <= now
        assert previous.start.tzinfo is UTC and previous.end.tzinfo is UTC
        if current_preset is None:  # yesterday ends where today starts
            assert previous.end == today
            continue
        current = date_range(current_preset, now, tz, first_weekday)
        assert current.start < current.end
        assert current.start <= now < current.end
        assert previous.end == current.start
        assert current.start <= today


@given(now=NOWS, tz=ZONES, first_weekday=WEEKDAYS)
def test_ranges_start_on_the_periods_first_local_day(now, tz, first_weekday):
    week = date_range(P.PREVIOUS_WEEK, now, tz, first_weekday)
    month = date_range(P.PREVIOUS_MONTH, now, tz, first_weekday)
    quarter = date_range(P.CURRENT_QUARTER, now, tz, first_weekday)
    year = date_range(P.PREVIOUS_YEAR, now, tz, first_weekday)
    assert week.start.astimezone(tz).weekday() == first_weekday
    assert (week.start.astimezone(tz).date() + timedelta(days=7)) == week.end.astimezone(tz).date()
    assert month.start.astimezone(tz).day == 1
    assert quarter.start.astimezone(tz).day == 1
    assert quarter.start.astimezone(tz).month in (1, 4, 7, 10)
    assert year.start.astimezone(tz).timetuple()[1:3] == (1, 1)
    assert year.end.astimezone(tz).year == now.astimezone(tz).year


@given(
    now=NOWS,
    tz=ZONES,
    first=st.dates(min_value=D(1971, 1, 1), max_value=D(2099, 12, 31)),
    length=st.integers(min_value=0, max_value=400),
)
def test_custom_ranges_cover_whole_inclusive_days(now, tz, first, length):
    last = first + timedelta(days=length)
    result = date_range(P.CUSTOM, now, tz, MONDAY, first, last)
    assert result.start < result.end
    assert result == DateRange(local_midnight(first, tz), local_midnight(last + timedelta(1), tz))
    assert result.start.astimezone(tz).date() == first
    assert (result.end - timedelta(microseconds=1)).astimezone(tz).date() == last
    with pytest.raises(ValueError):
        date_range(P.CUSTOM, now, tz, MONDAY, last + timedelta(days=1), first)
