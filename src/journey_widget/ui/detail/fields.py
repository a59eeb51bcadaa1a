"""Which fields the detail pop-up shows, by the interaction's source (SPEC A7, E2, F2).

Campaign Manager and Data Cloud each have their documented list; a local interaction shows
the richer local fields: F2's customer account, account / channel used and timestamp, and the
channel details of E2 (e-mail subject, chat length in messages, the web page of a web event,
the content offer). Any source that carries a channel detail shows it after its own list.
Only fields with a value are listed: a field a source lacks is left out rather than shown
empty. ``case_fields`` is the Case tab (F2). Labels are translated with the fixed context
"DetailFields".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from journey_widget.model import Case, DataSource, Interaction
from journey_widget.ui.common.formatting import (
    channel_text,
    contact_text,
    direction_text,
    format_datetime,
    format_duration,
    format_number,
    to_local_qdatetime,
)
from journey_widget.ui.common.interaction_words import outcome_words

_ZONE = re.compile(r"\s*\(?t+\)?")


def detail_fields(interaction: Interaction) -> list[tuple[str, str]]:
    """(label, value) pairs in the order the source's documentation lists them."""
    i = interaction
    if i.source is DataSource.CAMPAIGN_MANAGER:
        rows = [
            (QCoreApplication.translate("DetailFields", "DateTime"), format_datetime(i.started_at)),
            (QCoreApplication.translate("DetailFields", "Campaign"), i.campaign),
            (QCoreApplication.translate("DetailFields", "Mode"), channel_text(i)),
            (QCoreApplication.translate("DetailFields", "Outcome"), outcome_words(i)),
            (QCoreApplication.translate("DetailFields", "Phone Number"), contact_text(i)),
            (
                QCoreApplication.translate("DetailFields", "Previous Score"),
                _score(i.previous_score),
            ),
            (QCoreApplication.translate("DetailFields", "Current Score"), _score(i.current_score)),
            (QCoreApplication.translate("DetailFields", "Agent Name"), i.last_agent),
            (QCoreApplication.translate("DetailFields", "Agent Comments"), i.agent_comments),
        ]
    elif i.source is DataSource.DATA_CLOUD:
        rows = [
            (QCoreApplication.translate("DetailFields", "Phone Number"), contact_text(i)),
            (
                QCoreApplication.translate("DetailFields", "Call Start Time"),
                format_datetime(i.started_at),
            ),
            (
                QCoreApplication.translate("DetailFields", "Call End Time"),
                format_datetime(i.ended_at) if i.ended_at else None,
            ),
            (QCoreApplication.translate("DetailFields", "Outcome"), outcome_words(i)),
            (QCoreApplication.translate("DetailFields", "Agent Name"), i.last_agent),
            (QCoreApplication.translate("DetailFields", "Agent Comments"), i.agent_comments),
            (QCoreApplication.translate("DetailFields", "Channel Type"), channel_text(i)),
            (QCoreApplication.translate("DetailFields", "Channel Direction"), direction_text(i)),
        ]
    else:
        rows = _local_rows(i)
    if i.source is not DataSource.LOCAL:
        rows += _channel_rows(i)
    return [(label, value) for label, value in rows if value]


def _channel_rows(i: Interaction) -> list[tuple[str, str | None]]:
    """E2's channel details and F2's channel used, wherever a source has them."""
    return [
        (QCoreApplication.translate("DetailFields", "Account / channel used"), i.channel_account),
        (QCoreApplication.translate("DetailFields", "Subject"), i.subject),
        (QCoreApplication.translate("DetailFields", "Messages"), _count(i.message_count)),
        (QCoreApplication.translate("DetailFields", "Web page"), i.web_page),
        (QCoreApplication.translate("DetailFields", "Content offer"), i.content_offer),
    ]


def timestamp_text(i: Interaction) -> str:
    """The start to the second, in the user's locale: "22.11.26 14:30:05"."""
    moment = to_local_qdatetime(i.started_at)
    locale = QLocale()
    date = locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
    # The long time format has the seconds, and a zone name ("t") we leave out.
    with_seconds = _ZONE.sub("", locale.timeFormat(QLocale.FormatType.LongFormat)).strip()
    return f"{date} {locale.toString(moment.time(), with_seconds)}"


def channel_used(i: Interaction) -> str | None:
    """F2's "account / channel used": the organisation's account on the channel."""
    if not i.channel_account:
        return None
    return f"{channel_text(i)} · {i.channel_account}"


def case_fields(case: Case | None) -> list[tuple[str, str]]:
    """The Case tab (SPEC F2), in the seed's order: the summary, then the details.

    The seed lists "Case Created" in the summary and "Date Created" in the details; the first
    is the moment (date and time), the second the calendar date, as the product shows them.
    """
    if case is None:
        return []
    created = to_local_qdatetime(case.created_at).date()
    rows = [
        (QCoreApplication.translate("DetailFields", "Case ID"), case.id),
        (
            QCoreApplication.translate("DetailFields", "Case Created"),
            format_datetime(case.created_at),
        ),
        (QCoreApplication.translate("DetailFields", "Category"), case.category),
        (QCoreApplication.translate("DetailFields", "Sub Category"), case.sub_category),
        (QCoreApplication.translate("DetailFields", "Type"), case.type),
        (QCoreApplication.translate("DetailFields", "Detail Category"), case.detail_category),
        (QCoreApplication.translate("DetailFields", "Priority"), case.priority),
        (QCoreApplication.translate("DetailFields", "Subject"), case.subject),
        (
            QCoreApplication.translate("DetailFields", "Date Created"),
            QLocale().toString(created, QLocale.FormatType.LongFormat),
        ),
        (
            QCoreApplication.translate("DetailFields", "Last Update"),
            format_datetime(case.updated_at) if case.updated_at else None,
        ),
        (QCoreApplication.translate("DetailFields", "Case Owner"), case.owner),
    ]
    return [(label, value) for label, value in rows if value]


def _local_rows(i: Interaction) -> list[tuple[str, str | None]]:
    duration = i.duration
    return [
        (QCoreApplication.translate("DetailFields", "Timestamp"), timestamp_text(i)),
        (
            QCoreApplication.translate("DetailFields", "Ended"),
            format_datetime(i.ended_at) if i.ended_at else None,
        ),
        (
            QCoreApplication.translate("DetailFields", "Duration"),
            format_duration(duration) if duration is not None else None,
        ),
        (QCoreApplication.translate("DetailFields", "Channel"), channel_text(i)),
        (QCoreApplication.translate("DetailFields", "Direction"), direction_text(i)),
        (QCoreApplication.translate("DetailFields", "Campaign"), i.campaign),
        (QCoreApplication.translate("DetailFields", "Service"), i.service),
        (QCoreApplication.translate("DetailFields", "Outcome"), outcome_words(i)),
        (QCoreApplication.translate("DetailFields", "Customer account"), contact_text(i)),
        (QCoreApplication.translate("DetailFields", "Account / channel used"), channel_used(i)),
        (QCoreApplication.translate("DetailFields", "Agents"), " → ".join(i.agents) or None),
        (QCoreApplication.translate("DetailFields", "Queues"), " → ".join(i.queues) or None),
        (QCoreApplication.translate("DetailFields", "Previous score"), _score(i.previous_score)),
        (QCoreApplication.translate("DetailFields", "Current score"), _score(i.current_score)),
        (QCoreApplication.translate("DetailFields", "Subject"), i.subject),
        (QCoreApplication.translate("DetailFields", "Messages"), _count(i.message_count)),
        (QCoreApplication.translate("DetailFields", "Web page"), i.web_page),
        (QCoreApplication.translate("DetailFields", "Content offer"), i.content_offer),
        (QCoreApplication.translate("DetailFields", "Case"), _case(i)),
        (QCoreApplication.translate("DetailFields", "Agent comments"), i.agent_comments),
    ]


def _count(value: int | None) -> str | None:
    return None if value is None else QLocale().toString(value)


def _score(value: float | None) -> str | None:
    return None if value is None else format_number(value)


def _case(i: Interaction) -> str | None:
    if i.case is None:
        return None
    return f"{i.case.id} · {i.case.subject}" if i.case.subject else i.case.id
