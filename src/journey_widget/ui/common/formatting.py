"""How model values read on screen: local time in the user's locale, h:mm:ss, locale numbers.

The model keeps UTC datetimes and plain floats; every conversion for people happens here so
the table, the header and later the detail pop-up say things the same way (SPEC G1).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from journey_widget.model import Channel, Interaction, display_phone
from journey_widget.ui.common.labels import (
    channel_labels,
    direction_labels,
    failed_label,
    live_label,
    outbound_kind_labels,
    task_result_labels,
)

_PLACEHOLDER = re.compile(r"%([1-9])")


def arg(template: str, *values: str) -> str:
    """Fill Qt-style ``%1`` .. ``%9`` placeholders of a translated string in one pass.

    PySide's ``tr()`` returns a Python str, which has no ``QString.arg``; translators still
    need numbered placeholders to reorder words. One pass, so a value containing "%2" stays.
    """

    def fill(match: re.Match[str]) -> str:
        position = int(match.group(1)) - 1
        return values[position] if position < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)


def to_local_qdatetime(moment: datetime) -> QDateTime:
    """The same instant as a QDateTime in the system's local time zone."""
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000)).toLocalTime()


def format_datetime(moment: datetime, locale: QLocale | None = None) -> str:
    """Local date and time, short form of the user's locale ("12.03.26 14:05" in German)."""
    locale = locale or QLocale()
    return locale.toString(to_local_qdatetime(moment), QLocale.FormatType.ShortFormat)


def format_time(moment: datetime | QTime, locale: QLocale | None = None) -> str:
    """A local time of day in the locale's short form ("14:05"; "2:05 PM" in US English)."""
    locale = locale or QLocale()
    if isinstance(moment, datetime):
        moment = to_local_qdatetime(moment).time()
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def format_date(day: date, locale: QLocale | None = None, *, long: bool = False) -> str:
    """A calendar day in the locale's short form, or its long one with the weekday."""
    locale = locale or QLocale()
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale.toString(QDate(day.year, day.month, day.day), form)


def format_count(value: int, locale: QLocale | None = None) -> str:
    """A whole number with the locale's digit grouping ("12.345" in German)."""
    return (locale or QLocale()).toString(int(value))


def format_duration(duration: timedelta, locale: QLocale | None = None) -> str:
    """h:mm:ss in the locale's digits: contact-center reports write durations this way.

    The one way every view, tooltip and printout writes a duration (no digit grouping: a
    1,234-hour duration reads 1234:05:07).
    """
    locale = QLocale(locale or QLocale())
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    seconds = max(0, round(duration.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)

    def two(n: int) -> str:
        return locale.toString(n).rjust(2, locale.zeroDigit())

    return f"{locale.toString(hours)}:{two(minutes)}:{two(seconds)}"


def format_number(value: float, locale: QLocale | None = None) -> str:
    """A score with the locale's decimal separator and no needless trailing zeros."""
    locale = locale or QLocale()
    return locale.toString(float(value), "g", 6)


def channel_text(interaction: Interaction) -> str:
    """The channel's name; for a channel this version does not know, the source's own name."""
    if interaction.channel is Channel.OTHER and interaction.channel_name:
        return arg(
            QCoreApplication.translate("labels", "%1 (other channel)"), interaction.channel_name
        )
    return channel_labels().get(interaction.channel, interaction.channel.value)


def direction_text(interaction: Interaction) -> str:
    """Inbound / Outbound, or the kind of outbound (callback, manual ...) where known."""
    if interaction.outbound_kind is not None:
        return outbound_kind_labels()[interaction.outbound_kind]
    return direction_labels()[interaction.direction]


def outcome_text(interaction: Interaction) -> str:
    """The source's outcome, else the task result's label, else "Failed" for a bare failure.

    A live interaction has no outcome yet; it says "Live" rather than leaving a blank cell.
    """
    if interaction.outcome:
        return interaction.outcome
    if interaction.task_result is not None:
        return task_result_labels()[interaction.task_result]
    if interaction.is_failure:
        return failed_label()
    return live_label() if interaction.live else ""


def contact_text(interaction: Interaction) -> str:
    """The number, address or account the customer used (SPEC A7 "Phone Number")."""
    if interaction.phone_number:
        return display_phone(interaction.phone_number)
    return interaction.address or ""
