"""How model values read on screen: local time in the user's locale, h:mm:ss, locale numbers.

The model keeps UTC datetimes and plain floats; every conversion for people happens here so
the table, the header and later the detail pop-up say things the same way (SPEC G1).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale

from ..model import Interaction, display_phone
from .labels import (
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


def format_duration(duration: timedelta) -> str:
    """h:mm:ss, whatever the locale: contact-center reports write durations this way."""
    seconds = max(0, round(duration.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"


def format_number(value: float, locale: QLocale | None = None) -> str:
    """A score with the locale's decimal separator and no needless trailing zeros."""
    locale = locale or QLocale()
    return locale.toString(float(value), "g", 6)


def channel_text(interaction: Interaction) -> str:
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
