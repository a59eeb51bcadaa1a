"""A conversation's events in words (SPEC C4): what the tooltips, screen readers and the
printout say about each bar: the event, the time spent, service, queue, agent, transfer target
and voicemail box, as far as the source knows them."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from journey_widget.model import Segment
from journey_widget.ui.common.formatting import arg, format_duration, to_local_qdatetime
from journey_widget.ui.common.interaction_words import SEPARATOR
from journey_widget.ui.common.labels import segment_kind_labels


def clock_time(moment) -> str:
    """hh:mm:ss in local time, as the seed's timeline writes start and end."""
    return to_local_qdatetime(moment).toString("HH:mm:ss")


def segment_facts(segment: Segment) -> list[tuple[str, str]]:
    """(label, value) pairs of what is known about one event, in a fixed order."""
    facts = [
        (QCoreApplication.translate("SegmentWords", "Event"), segment_kind_labels()[segment.kind]),
        (
            QCoreApplication.translate("SegmentWords", "Time spent"),
            format_duration(segment.duration),
        ),
        (
            QCoreApplication.translate("SegmentWords", "From – to"),
            f"{clock_time(segment.started_at)} – {clock_time(segment.ended_at)}",
        ),
    ]
    optional = [
        (QCoreApplication.translate("SegmentWords", "Service"), segment.service),
        (QCoreApplication.translate("SegmentWords", "Queue"), segment.queue),
        (QCoreApplication.translate("SegmentWords", "Agent"), segment.agent),
        (QCoreApplication.translate("SegmentWords", "Transfer target"), segment.transfer_target),
        (QCoreApplication.translate("SegmentWords", "Voicemail box"), segment.voicemail_box),
    ]
    facts.extend((label, value) for label, value in optional if value)
    return facts


def segment_text(segment: Segment) -> str:
    """One line: "Queue · 0:01:00 · Service: Billing · Queue: Billing DE"."""
    facts = segment_facts(segment)
    head = [facts[0][1], facts[1][1]]
    rest = [
        arg(QCoreApplication.translate("SegmentWords", "%1: %2"), label, value)
        for label, value in facts[3:]
    ]
    return SEPARATOR.join(head + rest)


def segment_tooltip(segment: Segment) -> str:
    """Several lines, one fact each, for the hover tooltip (rich text, values escaped: a
    source's text never turns into markup)."""
    lines = (
        arg(
            QCoreApplication.translate("SegmentWords", "%1: %2"),
            f"<b>{html.escape(label)}</b>",
            html.escape(value),
        )
        for label, value in segment_facts(segment)
    )
    return "<qt>" + "<br>".join(lines) + "</qt>"
