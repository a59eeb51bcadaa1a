"""The printout of the conversation report (SPEC C10), as a paginated QTextDocument.

It holds the customer, the chosen range in words, the history, and the selected
conversation: its timeline (painted by the same painter as the screen, in the light palette,
which prints well on paper), its events in words, the extended task result, the details and
the survey. Everything in the UI language with locale dates. ``QTextDocument.print_``
paginates it for a printer, the print preview and a PDF writer alike.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ...model import Customer, Interaction, SurveyKind, display_identifier
from ...model.conversation_layout import KIND_ORDER, ViewMode
from ..formatting import arg, channel_text, direction_text, format_datetime, format_duration
from ..labels import segment_kind_labels, sla_labels
from ..palettes import light_palette
from .conversation_painter import ConversationGeometry, ConversationPainter
from .history_model import last_interaction_label, service_name
from .segment_words import clock_time, segment_facts
from .survey_view import star_counts
from .task_result_panel import ended_text

TIMELINE_URL = QUrl("report://timeline.png")
TIMELINE_WIDTH = 640  # document pixels; rendered at twice that for print


@dataclass(frozen=True, slots=True)
class ReportContent:
    customer: Customer
    range_text: str
    conversations: Sequence[Interaction]
    last_id: str | None
    selected: Interaction | None
    scale: timedelta
    mode: ViewMode


def _e(text: object) -> str:
    return html.escape(str(text))


def render_timeline(content: ReportContent, font: QFont) -> QImage | None:
    """The selected conversation's timeline as an image, light palette, 2x for print."""
    if content.selected is None or not content.selected.segments:
        return None
    metrics = QFontMetrics(font)
    geometry = ConversationGeometry(
        content.selected, content.scale, content.mode, TIMELINE_WIDTH, metrics
    )
    image = QImage(TIMELINE_WIDTH * 2, geometry.height() * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2.0)
    image.fill(light_palette().color(light_palette().ColorRole.Base))
    painter = QPainter(image)
    painter.setFont(font)
    ConversationPainter.paint(
        painter, QRect(0, 0, TIMELINE_WIDTH, geometry.height()), geometry, light_palette()
    )
    painter.end()
    return image


def report_html(content: ReportContent, has_timeline: bool) -> str:
    tr = QCoreApplication.translate
    customer = content.customer
    parts = [f"<h1>{_e(tr('ReportDocument', 'Conversation report'))}</h1>"]
    who = customer.name or customer.id
    ids = ", ".join(display_identifier(i.value) for i in customer.identifiers)
    parts.append(f"<p><b>{_e(tr('ReportDocument', 'Customer:'))}</b> {_e(who)}")
    if ids:
        parts.append(f"<br>{_e(ids)}")
    parts.append(
        f"<br><b>{_e(tr('ReportDocument', 'Period:'))}</b> {_e(content.range_text)}"
        f"<br><b>{_e(tr('ReportDocument', 'Printed:'))}</b> "
        f"{_e(format_datetime(datetime.now(UTC)))}</p>"
    )
    parts.append(_history(content))
    parts.append(_conversation(content, has_timeline))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _history(content: ReportContent) -> str:
    tr = QCoreApplication.translate
    title = f"<h2>{_e(tr('ReportDocument', 'History'))}</h2>"
    if not content.conversations:
        return title + f"<p>{_e(tr('ReportDocument', 'No conversations in this period.'))}</p>"
    head = [
        tr("ReportDocument", "Start"),
        tr("ReportDocument", "Service"),
        tr("ReportDocument", "Direction"),
        tr("ReportDocument", "Modality"),
        tr("ReportDocument", "Duration"),
    ]
    rows = ["<tr>" + "".join(f"<th align='left'>{_e(h)}</th>" for h in head) + "</tr>"]
    for i in content.conversations:
        mark = f" — <b>{_e(last_interaction_label())}</b>" if i.id == content.last_id else ""
        duration = format_duration(i.duration) if i.duration is not None else ""
        cells = [
            format_datetime(i.started_at),
            service_name(i),
            direction_text(i),
            channel_text(i),
            duration,
        ]
        row = "".join(f"<td>{_e(c)}</td>" for c in cells[:-1]) + f"<td>{_e(cells[-1])}{mark}</td>"
        rows.append(f"<tr>{row}</tr>")
    return title + "<table cellspacing='0' cellpadding='3' border='1'>" + "".join(rows) + "</table>"


def _conversation(content: ReportContent, has_timeline: bool) -> str:
    tr = QCoreApplication.translate
    selected = content.selected
    if selected is None:
        return ""
    out = [f"<h2>{_e(tr('ReportDocument', 'Selected conversation'))}</h2>"]
    out.append(
        f"<p>{_e(service_name(selected))} · {_e(direction_text(selected))} · "
        f"{_e(format_datetime(selected.started_at))}</p>"
    )
    if selected.segments:
        out.append(f"<h3>{_e(tr('ReportDocument', 'Timeline'))}</h3>")
        if has_timeline:
            out.append(f"<p><img src='{TIMELINE_URL.toString()}' width='{TIMELINE_WIDTH}'></p>")
        labels = segment_kind_labels()
        legend = ", ".join(labels[k] for k in KIND_ORDER)
        out.append(f"<p><i>{_e(tr('ReportDocument', 'Legend:'))}</i> {_e(legend)}</p>")
        rows = []
        for segment in sorted(selected.segments, key=lambda s: s.started_at):
            facts = segment_facts(segment)
            rest = "; ".join(f"{label}: {value}" for label, value in facts[3:])
            rows.append(
                f"<tr><td><b>{_e(facts[0][1])}</b></td>"
                f"<td>{_e(clock_time(segment.started_at))} – {_e(clock_time(segment.ended_at))}"
                f"</td><td>{_e(facts[1][1])}</td><td>{_e(rest)}</td></tr>"
            )
        out.append(
            "<table cellspacing='0' cellpadding='3' border='1'>" + "".join(rows) + "</table>"
        )
    else:
        no_events = tr("ReportDocument", "No timeline events were recorded for this conversation.")
        out.append(f"<p>{_e(no_events)}</p>")
    out.append(f"<h3>{_e(tr('ReportDocument', 'Extended task result'))}</h3>")
    sla = (
        sla_labels()[selected.sla]
        if selected.sla is not None
        else tr("ReportDocument", "Not measured for this conversation")
    )
    out.append(
        f"<p><b>{_e(tr('ReportDocument', 'How it ended:'))}</b> "
        f"{_e(ended_text(selected) or tr('ReportDocument', 'Not recorded'))}"
        f"<br><b>{_e(tr('ReportDocument', 'Modality:'))}</b> {_e(channel_text(selected))}"
        f"<br><b>{_e(tr('ReportDocument', 'SLA:'))}</b> {_e(sla)}</p>"
    )
    out.append(_details(selected))
    out.append(_survey(selected))
    return "".join(out)


def _details(selected: Interaction) -> str:
    tr = QCoreApplication.translate
    out = [f"<h3>{_e(tr('ReportDocument', 'Details'))}</h3>"]
    if not selected.codes_configured:
        message = tr("ReportDocument", "The feature is not configured for this service.")
        out.append(f"<p>{_e(message)}</p>")
    else:
        none = tr("ReportDocument", "None chosen")
        out.append(
            f"<p><b>{_e(tr('ReportDocument', 'Task completion code:'))}</b> "
            f"{_e(selected.completion_code or none)}"
            f"<br><b>{_e(tr('ReportDocument', 'Cross-selling code:'))}</b> "
            f"{_e(selected.cross_selling_code or none)}</p>"
        )
    if selected.parameters:
        items = "".join(
            f"<li>{_e(k)}: {_e(v)}</li>" for k, v in sorted(selected.parameters.items())
        )
        out.append(f"<p><b>{_e(tr('ReportDocument', 'Parameters'))}</b></p><ul>{items}</ul>")
    return "".join(out)


def _survey(selected: Interaction) -> str:
    tr = QCoreApplication.translate
    out = [f"<h3>{_e(tr('ReportDocument', 'Survey / rating'))}</h3>"]
    if not selected.survey:
        out.append(f"<p>{_e(tr('ReportDocument', 'No survey answers for this conversation.'))}</p>")
        return "".join(out)
    for answer in selected.survey:
        if answer.kind is SurveyKind.STARS:
            given, total = star_counts(answer)
            words = arg(tr("ReportDocument", "%1 of %2 stars"), str(given), str(total))
            value = "★" * given + "☆" * (total - given) + f" ({words})"
        elif answer.kind is SurveyKind.YES_NO:
            yes = answer.answer is True or str(answer.answer).lower() in {"yes", "true", "1"}
            value = tr("ReportDocument", "Yes") if yes else tr("ReportDocument", "No")
        else:
            value = str(answer.answer)
        out.append(f"<p><b>{_e(answer.question)}</b><br>{_e(value)}</p>")
    return "".join(out)


def build_document(content: ReportContent, font: QFont | None = None) -> QTextDocument:
    document = QTextDocument()
    font = font or QFont()
    document.setDefaultFont(font)
    image = render_timeline(content, font)
    if image is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, TIMELINE_URL, image)
    document.setHtml(report_html(content, image is not None))
    return document


def write_pdf(document: QTextDocument, path: str) -> None:
    """Write ``document`` as an A4 PDF, paginated.

    Raises OSError (with the system's reason) when the file cannot be written: QPdfWriter
    itself would fail silently.
    """
    with open(path, "wb"):
        pass
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("ReportDocument", "Conversation report"))
    writer.setCreator("journey-widget")
    document.print_(writer)
