"""Which fields the detail pop-up shows, by the interaction's source (SPEC A7).

Campaign Manager and Data Cloud each have their documented list; a local interaction shows
the richer local fields. Only fields with a value are listed: a field a source lacks is left
out rather than shown empty. Labels are translated with the fixed context "DetailFields".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..model import DataSource, Interaction
from .describe import outcome_words
from .formatting import (
    channel_text,
    contact_text,
    direction_text,
    format_datetime,
    format_duration,
    format_number,
)


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
    return [(label, value) for label, value in rows if value]


def _local_rows(i: Interaction) -> list[tuple[str, str | None]]:
    duration = i.duration
    return [
        (QCoreApplication.translate("DetailFields", "Started"), format_datetime(i.started_at)),
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
        (QCoreApplication.translate("DetailFields", "Phone number / address"), contact_text(i)),
        (QCoreApplication.translate("DetailFields", "Agents"), " → ".join(i.agents) or None),
        (QCoreApplication.translate("DetailFields", "Queues"), " → ".join(i.queues) or None),
        (QCoreApplication.translate("DetailFields", "Previous score"), _score(i.previous_score)),
        (QCoreApplication.translate("DetailFields", "Current score"), _score(i.current_score)),
        (QCoreApplication.translate("DetailFields", "Subject"), i.subject),
        (QCoreApplication.translate("DetailFields", "Web page"), i.web_page),
        (QCoreApplication.translate("DetailFields", "Content offer"), i.content_offer),
        (QCoreApplication.translate("DetailFields", "Case"), _case(i)),
        (QCoreApplication.translate("DetailFields", "Agent comments"), i.agent_comments),
    ]


def _score(value: float | None) -> str | None:
    return None if value is None else format_number(value)


def _case(i: Interaction) -> str | None:
    if i.case is None:
        return None
    return f"{i.case.id} · {i.case.subject}" if i.case.subject else i.case.id
