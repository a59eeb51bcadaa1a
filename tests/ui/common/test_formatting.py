"""Dates, times, durations, numbers and week starts in the user's locale (SPEC G1, issue 8.2)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QTime

from journey_widget.ui.common import formatting
from journey_widget.ui.journey.timeline_painter import TimelinePainter

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
INDONESIAN = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
EGYPT = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)  # other digits entirely


@pytest.fixture
def default_locale():
    """Set the default locale for a test; the system's comes back afterwards."""

    def use(locale: QLocale) -> None:
        QLocale.setDefault(locale)

    yield use
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(
    ("duration", "expected"),
    [
        (timedelta(seconds=-5), "0:00:00"),  # a clock skew never shows a minus
        (timedelta(0), "0:00:00"),
        (timedelta(seconds=59.6), "0:01:00"),
        (timedelta(minutes=7, seconds=3), "0:07:03"),
        (timedelta(hours=1234, minutes=5, seconds=7), "1234:05:07"),  # no grouping in hours
    ],
)
@pytest.mark.parametrize("locale", [GERMAN, INDONESIAN, US])
def test_durations_read_h_mm_ss_everywhere(duration, expected, locale):
    assert formatting.format_duration(duration, locale) == expected


def test_durations_use_the_locales_digits():
    assert formatting.format_duration(timedelta(minutes=7, seconds=3), EGYPT) == "٠:٠٧:٠٣"


def test_times_follow_the_locale():
    moment = QTime(14, 5)
    assert formatting.format_time(moment, GERMAN) == "14:05"
    assert formatting.format_time(moment, INDONESIAN) == "14.05"
    assert formatting.format_time(moment, US).replace("\u202f", " ") == "2:05 PM"


def test_a_utc_instant_is_shown_as_local_time():
    moment = datetime(2026, 3, 12, 13, 5, tzinfo=UTC)
    local = formatting.to_local_qdatetime(moment).time()
    assert formatting.format_time(moment, GERMAN) == GERMAN.toString(
        local, QLocale.FormatType.ShortFormat
    )


def test_dates_and_counts_follow_the_locale():
    day = date(2026, 3, 12)
    assert formatting.format_date(day, GERMAN) == "12.03.26"
    assert "März" in formatting.format_date(day, GERMAN, long=True)
    assert "Maret" in formatting.format_date(day, INDONESIAN, long=True)
    assert formatting.format_count(12345, GERMAN) == "12.345"
    assert formatting.format_count(12345, US) == "12,345"
    assert formatting.format_number(2.5, GERMAN) == "2,5"


def test_the_default_locale_is_used_when_none_is_given(default_locale):
    default_locale(GERMAN)
    assert formatting.format_count(1000) == "1.000"
    assert formatting.format_date(date(2026, 3, 12)) == "12.03.26"


@pytest.mark.parametrize(("locale", "weekday"), [(GERMAN, 0), (US, 6)])
def test_the_timeline_labels_weeks_from_the_locales_first_day(
    qtbot, default_locale, journey_for, locale, weekday, monkeypatch
):
    from journey_widget.ui.journey.timeline_view import TimelineView

    default_locale(locale)
    labelled: list[date] = []
    real_labels = TimelinePainter._labels

    def spy(locale, day, zoom):
        labelled.append(day)
        return real_labels(locale, day, zoom)

    monkeypatch.setattr(TimelinePainter, "_labels", staticmethod(spy))
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(900, 200)
    view.set_interactions(journey_for().interactions)
    view.set_zoom("week")
    view.show()
    qtbot.waitExposed(view)
    view.viewport().grab()  # renders now, through paintEvent
    assert labelled
    assert {day.weekday() for day in labelled} == {weekday}  # Monday in Germany, Sunday in US


def test_a_channel_this_version_does_not_know_is_named_as_the_source_names_it(qapp):
    from dataclasses import replace

    from journey_widget.model import Channel
    from journey_widget.ui.common.formatting import channel_text
    from journeys import NOW, call

    other = replace(call("I1", "C1", NOW), channel=Channel.OTHER, channel_name="pigeon")
    assert channel_text(other) == "pigeon (other channel)"
    assert channel_text(replace(other, channel_name=None)) == "Other channel"
