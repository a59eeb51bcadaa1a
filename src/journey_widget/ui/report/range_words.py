"""The date filter in words (SPEC C2): "Previous week: 9 Nov – 15 Nov 2026", locale formatted.

The report shows it under the filter and the printout repeats it, so both say the same. The
range is half-open in UTC (``model.date_ranges``); people read whole local days, so the last
day shown is the day before the range's end, in the user's time zone.
"""

from __future__ import annotations

import re
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journey_widget.model.date_ranges import DatePreset, DateRange
from journey_widget.ui.common.formatting import arg

_YEAR = re.compile(r"[\s,./-]*y+[.]?")


def preset_labels() -> dict[DatePreset, str]:
    """The choices of the date filter, in the order the seed lists them."""
    return {
        DatePreset.LATEST: QCoreApplication.translate("DateRange", "Latest"),
        DatePreset.YESTERDAY: QCoreApplication.translate("DateRange", "Yesterday"),
        DatePreset.PREVIOUS_WEEK: QCoreApplication.translate("DateRange", "Previous week"),
        DatePreset.PREVIOUS_MONTH: QCoreApplication.translate("DateRange", "Previous month"),
        DatePreset.PREVIOUS_QUARTER: QCoreApplication.translate("DateRange", "Previous quarter"),
        DatePreset.PREVIOUS_YEAR: QCoreApplication.translate("DateRange", "Previous year"),
        DatePreset.CURRENT_WEEK: QCoreApplication.translate("DateRange", "Current week"),
        DatePreset.CURRENT_MONTH: QCoreApplication.translate("DateRange", "Current month"),
        DatePreset.CURRENT_QUARTER: QCoreApplication.translate("DateRange", "Current quarter"),
        DatePreset.CURRENT_YEAR: QCoreApplication.translate("DateRange", "Current year"),
        DatePreset.CUSTOM: QCoreApplication.translate("DateRange", "Custom"),
    }


def local_days(date_range: DateRange, tz: tzinfo) -> tuple[date, date]:
    """The first and the last local day a range covers (its end is the next day's midnight)."""
    first = date_range.start.astimezone(tz).date()
    last = (date_range.end.astimezone(tz) - timedelta(microseconds=1)).date()
    return first, max(first, last)


def day_span_text(first: date, last: date, locale: QLocale | None = None) -> str:
    """ "9 Nov – 15 Nov 2026" in the locale's own order; one date for a single day."""
    locale = locale or QLocale()
    with_year = _short_date_pattern(locale)
    end = locale.toString(QDate(last.year, last.month, last.day), with_year)
    if first == last:
        return end
    pattern = with_year if first.year != last.year else _YEAR.sub("", with_year).strip()
    start = locale.toString(QDate(first.year, first.month, first.day), pattern)
    return f"{start} – {end}"


def range_text(
    preset: DatePreset, date_range: DateRange | None, tz: tzinfo, locale: QLocale | None = None
) -> str:
    """The chosen filter in words, for the report and its printout."""
    label = preset_labels()[preset]
    if date_range is None:
        return QCoreApplication.translate("DateRange", "Latest: all conversations, newest first")
    first, last = local_days(date_range, tz)
    return arg(
        QCoreApplication.translate("DateRange", "%1: %2"),
        label,
        day_span_text(first, last, locale),
    )


def _short_date_pattern(locale: QLocale) -> str:
    """The locale's long date without the weekday and with a short month: "d. MMM yyyy"."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[,.]?\s*", "", pattern)  # the weekday
    pattern = pattern.replace("MMMM", "MMM")
    pattern = re.sub(r"(?<!d)dd(?!d)", "d", pattern)
    return pattern.strip(" ,")
