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

from journey_widget.model import Customer, Interaction, SurveyKind, display_identifier
from journey_widget.model.conversation_layout import KIND_ORDER, ViewMode
from journey_widget.ui.common.formatting import (
    arg,
    channel_text,
    direction_text,
    format_count,
    format_datetime,
    format_duration,
)
from journey_widget.ui.common.labels import segment_kind_labels, sla_labels
from journey_widget.ui.common.palettes import light_palette
from journey_widget.ui.report.conversation_painter import ConversationGeometry, ConversationPainter
from journey_widget.ui.report.history_model import last_interaction_label, service_name
from journey_widget.ui.report.segment_words import clock_time, segment_facts
from journey_widget.ui.report.survey_view import star_counts
from journey_widget.ui.report.task_result_panel import ended_text

TIMELINE_URL = QUrl("report://timeline.png")
# Document units: a printer lays the document out at 72 per inch, so an A4 or Letter page
# with 15 mm margins is about 510 wide; the timeline image must fit inside that.
TIMELINE_WIDTH = 500
PRINT_POINT_SIZE = 8.5


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
    """The selected conversation's timeline as an image, light palette, 3x for print."""
    if content.selected is None or not content.selected.segments:
        return None
    metrics = QFontMetrics(font)
    geometry = ConversationGeometry(
        content.selected, content.scale, content.mode, TIMELINE_WIDTH, metrics
    )
    image = QImage(TIMELINE_WIDTH * 3, geometry.height() * 3, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(3.0)
    image.fill(light_palette().color(light_palette().ColorRole.Base))
    painter = QPainter(image)
    painter.setFont(font)
    ConversationPainter.paint(
        painter, QRect(0, 0, TIMELINE_WIDTH, geometry.height()), geometry, light_palette()
    )
    painter.end()
    return image


def _texts() -> dict[str, str]:
    """Every caption of the printout, translated now (the UI language at print time)."""
    return {
        "title": QCoreApplication.translate("ReportDocument", "Conversation report"),
        "customer": QCoreApplication.translate("ReportDocument", "Customer:"),
        "period": QCoreApplication.translate("ReportDocument", "Period:"),
        "printed": QCoreApplication.translate("ReportDocument", "Printed:"),
        "history": QCoreApplication.translate("ReportDocument", "History"),
        "no_history": QCoreApplication.translate(
            "ReportDocument", "No conversations in this period."
        ),
        "start": QCoreApplication.translate("ReportDocument", "Start"),
        "service": QCoreApplication.translate("ReportDocument", "Service"),
        "direction": QCoreApplication.translate("ReportDocument", "Direction"),
        "modality": QCoreApplication.translate("ReportDocument", "Modality"),
        "duration": QCoreApplication.translate("ReportDocument", "Duration"),
        "selected": QCoreApplication.translate("ReportDocument", "Selected conversation"),
        "timeline": QCoreApplication.translate("ReportDocument", "Timeline"),
        "legend": QCoreApplication.translate("ReportDocument", "Legend:"),
        "no_events": QCoreApplication.translate(
            "ReportDocument", "No timeline events were recorded for this conversation."
        ),
        "result": QCoreApplication.translate("ReportDocument", "Extended task result"),
        "ended": QCoreApplication.translate("ReportDocument", "How it ended:"),
        "not_recorded": QCoreApplication.translate("ReportDocument", "Not recorded"),
        "modality_colon": QCoreApplication.translate("ReportDocument", "Modality:"),
        "sla": QCoreApplication.translate("ReportDocument", "SLA:"),
        "no_sla": QCoreApplication.translate(
            "ReportDocument", "Not measured for this conversation"
        ),
        "details": QCoreApplication.translate("ReportDocument", "Details"),
        "not_configured": QCoreApplication.translate(
            "ReportDocument", "The feature is not configured for this service."
        ),
        "tcc": QCoreApplication.translate("ReportDocument", "Task completion code:"),
        "csc": QCoreApplication.translate("ReportDocument", "Cross-selling code:"),
        "none_chosen": QCoreApplication.translate("ReportDocument", "None chosen"),
        "parameters": QCoreApplication.translate("ReportDocument", "Parameters"),
        "survey": QCoreApplication.translate("ReportDocument", "Survey / rating"),
        "no_survey": QCoreApplication.translate(
            "ReportDocument", "No survey answers for this conversation."
        ),
        "stars": QCoreApplication.translate("ReportDocument", "%1 of %2 stars"),
        "yes": QCoreApplication.translate("ReportDocument", "Yes"),
        "no": QCoreApplication.translate("ReportDocument", "No"),
    }


def _caption(text: str) -> str:
    return f"<b>{_e(text)}</b>"


def report_html(content: ReportContent, has_timeline: bool) -> str:
    t = _texts()
    customer = content.customer
    who = customer.name or customer.id
    ids = ", ".join(display_identifier(i.value) for i in customer.identifiers)
    parts = [f"<h1>{_e(t['title'])}</h1>", f"<p>{_caption(t['customer'])} {_e(who)}"]
    if ids:
        parts.append(f"<br>{_e(ids)}")
    parts.append(f"<br>{_caption(t['period'])} {_e(content.range_text)}")
    parts.append(f"<br>{_caption(t['printed'])} {_e(format_datetime(datetime.now(UTC)))}</p>")
    parts.append(_history(content, t))
    parts.append(_conversation(content, has_timeline, t))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _history(content: ReportContent, t: dict[str, str]) -> str:
    title = f"<h2>{_e(t['history'])}</h2>"
    if not content.conversations:
        return title + f"<p>{_e(t['no_history'])}</p>"
    head = [t["start"], t["service"], t["direction"], t["modality"], t["duration"]]
    heads = (
        f"<th align='left' width='{w}%'>{_e(h)}</th>" for h, w in zip(head, _WIDTHS, strict=True)
    )
    rows = ["<tr>" + "".join(heads) + "</tr>"]
    for i in content.conversations:
        mark = f" — <b>{_e(last_interaction_label())}</b>" if i.id == content.last_id else ""
        duration = format_duration(i.duration) if i.duration is not None else ""
        cells = [format_datetime(i.started_at), service_name(i), direction_text(i)]
        cells.append(channel_text(i))
        row = "".join(f"<td>{_e(c)}</td>" for c in cells) + f"<td>{_e(duration)}{mark}</td>"
        rows.append(f"<tr>{row}</tr>")
    return title + _TABLE + "".join(rows) + "</table>"


# Shares of the page per column: equal fifths broke a service such as "Störungsannahme"
# mid-word; the date and time, and a modality such as "Benachrichtigung", need a fifth too.
_WIDTHS = (20, 23, 17, 21, 19)
_TABLE = "<table width='100%' cellspacing='0' cellpadding='3' border='1'>"


def _conversation(content: ReportContent, has_timeline: bool, t: dict[str, str]) -> str:
    selected = content.selected
    if selected is None:
        return ""
    out = [f"<h2>{_e(t['selected'])}</h2>"]
    line = " · ".join(
        [service_name(selected), direction_text(selected), format_datetime(selected.started_at)]
    )
    out.append(f"<p>{_e(line)}</p>")
    if selected.segments:
        out.append(f"<h3>{_e(t['timeline'])}</h3>")
        if has_timeline:
            out.append(f"<p><img src='{TIMELINE_URL.toString()}' width='{TIMELINE_WIDTH}'></p>")
        labels = segment_kind_labels()
        legend = ", ".join(labels[k] for k in KIND_ORDER)
        out.append(f"<p><i>{_e(t['legend'])}</i> {_e(legend)}</p>")
        rows = []
        for segment in sorted(selected.segments, key=lambda s: s.started_at):
            facts = segment_facts(segment)
            rest = "; ".join(f"{label}: {value}" for label, value in facts[3:])
            span = f"{clock_time(segment.started_at)} – {clock_time(segment.ended_at)}"
            cells = f"<td>{_e(span)}</td><td>{_e(facts[1][1])}</td><td>{_e(rest)}</td>"
            rows.append(f"<tr><td>{_caption(facts[0][1])}</td>{cells}</tr>")
        out.append(_TABLE + "".join(rows) + "</table>")
    else:
        out.append(f"<p>{_e(t['no_events'])}</p>")
    out.append(f"<h3>{_e(t['result'])}</h3>")
    sla = sla_labels()[selected.sla] if selected.sla is not None else t["no_sla"]
    out.append(f"<p>{_caption(t['ended'])} {_e(ended_text(selected) or t['not_recorded'])}")
    out.append(f"<br>{_caption(t['modality_colon'])} {_e(channel_text(selected))}")
    out.append(f"<br>{_caption(t['sla'])} {_e(sla)}</p>")
    out.append(_details(selected, t))
    out.append(_survey(selected, t))
    return "".join(out)


def _details(selected: Interaction, t: dict[str, str]) -> str:
    out = [f"<h3>{_e(t['details'])}</h3>"]
    if not selected.codes_configured:
        out.append(f"<p>{_e(t['not_configured'])}</p>")
    else:
        tcc = selected.completion_code or t["none_chosen"]
        csc = selected.cross_selling_code or t["none_chosen"]
        out.append(f"<p>{_caption(t['tcc'])} {_e(tcc)}<br>{_caption(t['csc'])} {_e(csc)}</p>")
    if selected.parameters:
        items = "".join(
            f"<li>{_e(k)}: {_e(v)}</li>" for k, v in sorted(selected.parameters.items())
        )
        out.append(f"<p>{_caption(t['parameters'])}</p><ul>{items}</ul>")
    return "".join(out)


def _survey(selected: Interaction, t: dict[str, str]) -> str:
    out = [f"<h3>{_e(t['survey'])}</h3>"]
    if not selected.survey:
        out.append(f"<p>{_e(t['no_survey'])}</p>")
        return "".join(out)
    for answer in selected.survey:
        if answer.kind is SurveyKind.STARS:
            given, total = star_counts(answer)
            words = arg(t["stars"], format_count(given), format_count(total))
            value = "★" * given + "☆" * (total - given) + f" ({words})"
        elif answer.kind is SurveyKind.YES_NO:
            yes = answer.answer is True  # the model turns "yes" / "no" into a bool
            value = t["yes"] if yes else t["no"]
        else:
            value = str(answer.answer)
        out.append(f"<p>{_caption(answer.question)}<br>{_e(value)}</p>")
    return "".join(out)


def build_document(content: ReportContent, font: QFont | None = None) -> QTextDocument:
    document = QTextDocument()
    font = QFont(font or QFont())
    font.setPointSizeF(PRINT_POINT_SIZE)  # a report on paper: more fits, nothing wraps mid-word
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
