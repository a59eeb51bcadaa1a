"""The report's date filter (SPEC C2): presets from a fixed now, the locale's week start, Custom
with from <= to enforced by a sentence, the range in words."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from journey_widget.model.date_ranges import DatePreset
from journey_widget.ui.report.date_range_bar import DateRangeBar, locale_first_weekday
from journey_widget.ui.report.range_words import day_span_text, local_days
from ui.report.report_data import NOW


@pytest.fixture
def english_gb():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def _bar(qtbot, now: datetime = NOW, tz=UTC) -> DateRangeBar:
    bar = DateRangeBar(clock=lambda: now, tz=tz)
    qtbot.addWidget(bar)
    bar.show()
    return bar


def test_a_custom_start_after_its_end_is_refused_with_a_sentence(qtbot, english_gb) -> None:
    bar = _bar(qtbot)
    bar.set_custom(date(2026, 11, 1), date(2026, 11, 10))
    good = bar.date_range
    with qtbot.assertNotEmitted(bar.range_changed):
        bar.from_edit.setDate(date(2026, 11, 20))
    assert "From date is after the To date" in bar.error
    assert bar.date_range == good  # nothing reloads until it is mended
    with qtbot.waitSignal(bar.range_changed):
        bar.to_edit.setDate(date(2026, 11, 22))
    assert not bar.error
    assert bar.date_range.start == datetime(2026, 11, 20, tzinfo=UTC)
    assert bar.date_range.end == datetime(2026, 11, 23, tzinfo=UTC)


def test_latest_is_the_default_and_unbounded(qtbot, english_gb) -> None:
    bar = _bar(qtbot)
    assert bar.preset is DatePreset.LATEST
    assert bar.date_range is None
    assert bar.combo.currentText() == "Latest"
    assert "Latest" in bar.words


def test_every_preset_is_offered_in_the_seed_order(qtbot, english_gb) -> None:
    bar = _bar(qtbot)
    assert [bar.combo.itemData(n) for n in range(bar.combo.count())] == [
        p.value for p in DatePreset
    ]


@pytest.mark.parametrize(
    ("preset", "words"),
    [
        (DatePreset.YESTERDAY, "Yesterday: 22 Nov 2026"),
        (DatePreset.PREVIOUS_WEEK, "Previous week: 16 Nov – 22 Nov 2026"),
        (DatePreset.PREVIOUS_MONTH, "Previous month: 1 Oct – 31 Oct 2026"),
        (DatePreset.PREVIOUS_QUARTER, "Previous quarter: 1 Jul – 30 Sept 2026"),
        (DatePreset.PREVIOUS_YEAR, "Previous year: 1 Jan – 31 Dec 2025"),
        (DatePreset.CURRENT_WEEK, "Current week: 23 Nov 2026"),
        (DatePreset.CURRENT_MONTH, "Current month: 1 Nov – 23 Nov 2026"),
        (DatePreset.CURRENT_QUARTER, "Current quarter: 1 Oct – 23 Nov 2026"),
        (DatePreset.CURRENT_YEAR, "Current year: 1 Jan – 23 Nov 2026"),
    ],
)
def test_each_preset_in_words(qtbot, english_gb, preset, words) -> None:
    bar = _bar(qtbot)
    with qtbot.waitSignal(bar.range_changed) as changed:
        bar.set_preset(preset)
    assert changed.args[0] is preset
    assert bar.words.replace("Sep ", "Sept ") == words.replace("Sep ", "Sept ")


def test_the_week_starts_on_the_locales_first_day(qtbot) -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert locale_first_weekday() == 0
        monday = _bar(qtbot)
        monday.set_preset(DatePreset.PREVIOUS_WEEK)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert locale_first_weekday() == 6
        sunday = _bar(qtbot)
        sunday.set_preset(DatePreset.PREVIOUS_WEEK)
    finally:
        QLocale.setDefault(before)
    assert monday.date_range.start == datetime(2026, 11, 16, tzinfo=UTC)  # Monday
    assert sunday.date_range.start == datetime(2026, 11, 15, tzinfo=UTC)  # Sunday
    assert "16. Nov. – 22. Nov. 2026" in monday.words
    assert "Nov 15 – Nov 21, 2026" in sunday.words


def test_ranges_are_local_days_in_the_users_zone(qtbot, english_gb) -> None:
    jakarta = ZoneInfo("Asia/Jakarta")
    # 20:00 UTC on 31 Dec 2025 is already 1 Jan 2026 in Jakarta.
    bar = _bar(qtbot, datetime(2025, 12, 31, 20, 0, tzinfo=UTC), jakarta)
    bar.set_preset(DatePreset.PREVIOUS_YEAR)
    assert bar.date_range.start == datetime(2025, 1, 1, tzinfo=jakarta)
    assert local_days(bar.date_range, jakarta) == (date(2025, 1, 1), date(2025, 12, 31))
    assert bar.words == "Previous year: 1 Jan – 31 Dec 2025"


def test_a_span_across_the_year_end_names_both_years(english_gb) -> None:
    assert day_span_text(date(2025, 12, 29), date(2026, 1, 4)) == "29 Dec 2025 – 4 Jan 2026"
    assert day_span_text(date(2024, 2, 29), date(2024, 2, 29)) == "29 Feb 2024"


def test_a_new_day_is_picked_up_on_refresh(qtbot, english_gb) -> None:
    moments = [NOW]
    bar = DateRangeBar(clock=lambda: moments[0], tz=UTC)
    qtbot.addWidget(bar)
    bar.set_preset(DatePreset.YESTERDAY)
    moments[0] = NOW + timedelta(days=1)
    bar.refresh()
    assert bar.words == "Yesterday: 23 Nov 2026"
