"""Data of the conversation report tests: customers to find, conversations to read.

Times are fixed: "now" is Monday 23 Nov 2026, 09:30 UTC, and the report's clock is given
that instant, so the date presets and the two-minute rule (SPEC C9) are exact.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import MappingProxyType

from journey_widget.model import (
    Channel,
    Customer,
    Direction,
    Identifier,
    IdentifierKind,
    Interaction,
    NumberType,
    OutboundKind,
    Segment,
    SegmentKind,
    Sla,
    SurveyAnswer,
    SurveyKind,
    TaskResult,
)

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
RAYMOND = "C100001"
DORAIN = "C100002"


def clock() -> datetime:
    return NOW


def phone(value: str) -> Identifier:
    return Identifier(IdentifierKind.PHONE, value, NumberType.MOBILE)


def segments(start: datetime, *plan: tuple) -> tuple[Segment, ...]:
    """Contiguous segments: (kind, seconds, **details as a dict)."""
    out = []
    for kind, seconds, details in plan:
        end = start + timedelta(seconds=seconds)
        out.append(Segment(kind, start, end, **details))
        start = end
    return tuple(out)


def conversation(
    iid: str,
    started: datetime,
    plan: tuple,
    *,
    service: str = "Billing",
    direction: Direction = Direction.INBOUND,
    kind: OutboundKind | None = None,
    **fields,
) -> Interaction:
    segs = segments(started, *plan)
    return Interaction(
        id=iid,
        customer_id=RAYMOND,
        channel=Channel.VOICE,
        direction=direction,
        outbound_kind=kind,
        started_at=started,
        ended_at=segs[-1].ended_at if segs else started + timedelta(seconds=30),
        service=service,
        segments=segs,
        **fields,
    )


def raymond_conversations() -> list[Interaction]:
    transfer_call = conversation(
        "I-transfer",
        NOW - timedelta(days=4, hours=2),  # Thursday 19 Nov: the previous week
        (
            (SegmentKind.IVR, 40, {"service": "Billing"}),
            (SegmentKind.QUEUE, 60, {"service": "Billing", "queue": "Billing DE"}),
            (SegmentKind.CONNECTED, 300, {"service": "Billing", "agent": "Anna Schmidt"}),
            (
                SegmentKind.TRANSFER,
                10,
                {"service": "Billing", "agent": "Anna Schmidt", "transfer_target": "Tech Support"},
            ),
            (SegmentKind.CONNECTED, 200, {"service": "Tech Support", "agent": "Budi Santoso"}),
        ),
        task_result=TaskResult.TRANSFERRED_BY_USER,
        sla=Sla.WITHIN,
        completion_code="Tariff changed",
        cross_selling_code="Fibre upgrade",
        parameters=MappingProxyType({"contract": "K-4711", "language": "de"}),
        survey=(
            SurveyAnswer("How satisfied were you?", SurveyKind.STARS, 4, 5),
            SurveyAnswer("Was your issue solved?", SurveyKind.YES_NO, "yes"),
            SurveyAnswer("What could we do better?", SurveyKind.OPEN, "Shorter <b>waiting</b>"),
        ),
    )
    voicemail = conversation(
        "I-voicemail",
        NOW - timedelta(days=20),  # 3 Nov: the current month
        (
            (SegmentKind.IVR, 20, {"service": "Sales"}),
            (SegmentKind.QUEUE, 90, {"service": "Sales", "queue": "Sales"}),
            (SegmentKind.VOICEMAIL, 45, {"service": "Sales", "voicemail_box": "sales-vm@acme"}),
        ),
        service="Sales",
        task_result=TaskResult.VOICEMAIL,
        sla=Sla.OUTSIDE,
        codes_configured=False,
    )
    callback = conversation(
        "I-callback",
        NOW - timedelta(days=40),  # 14 Oct: previous month
        ((SegmentKind.QUEUE, 20, {"service": "Billing"}), (SegmentKind.CONNECTED, 120, {})),
        direction=Direction.OUTBOUND,
        kind=OutboundKind.CALLBACK,
        task_result=TaskResult.DESTINATION_ACCEPTED,
    )
    young = conversation(
        "I-young",
        NOW - timedelta(minutes=3),  # ended 1 minute before now: details may be missing (C9)
        ((SegmentKind.IVR, 30, {}), (SegmentKind.CONNECTED, 90, {"agent": "Claire Dubois"})),
        task_result=TaskResult.ACCEPTED_BY_USER,
    )
    return [transfer_call, voicemail, callback, young]


def customers() -> list[Customer]:
    people = [
        Customer(RAYMOND, "Raymond Gray", (phone("+412345678910"),)),
        Customer(
            DORAIN,
            "Dorain Gray",
            (
                phone("+4930123456"),
                Identifier(IdentifierKind.SIP, "sip:dorain@pbx.example.com"),
                Identifier(IdentifierKind.EMAIL, "dorain.gray@example.com"),
            ),
        ),
    ]
    # Thirty people called "Person": a search for them must stop at 20.
    people += [
        Customer(f"C2000{n:02d}", f"Test Person {n:02d}", (phone(f"+49305550{n:04d}"),))
        for n in range(30)
    ]
    return people
