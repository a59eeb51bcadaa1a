"""Small, hand-written journeys for tests: readable, and independent of the demo generator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from journey_widget.model import (
    Case,
    Category,
    Channel,
    Customer,
    Direction,
    FollowUp,
    FollowUpKind,
    Identifier,
    IdentifierKind,
    Interaction,
    LeadStatus,
    NumberType,
    OutboundKind,
    Segment,
    SegmentKind,
    Sla,
    SurveyAnswer,
    SurveyKind,
    TaskResult,
    Ticket,
    TicketStatus,
)

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


def customer(
    cid: str, name: str | None, *phones: str, email: str | None = None, sip: str | None = None
) -> Customer:
    identifiers = [Identifier(IdentifierKind.PHONE, p, NumberType.MOBILE) for p in phones]
    if email:
        identifiers.append(Identifier(IdentifierKind.EMAIL, email))
    if sip:
        identifiers.append(Identifier(IdentifierKind.SIP, sip))
    return Customer(
        cid,
        name,
        tuple(identifiers),
        tenant="Nimbus DE",
        division="Berlin",
        lead_status=LeadStatus.FOLLOW_UP,
        campaigns=("Winback Q3",),
    )


def call(
    iid: str,
    cid: str,
    started: datetime,
    *,
    outcome: str = "Resolved",
    result: TaskResult = TaskResult.ACCEPTED_BY_USER,
    campaign: str | None = "Winback Q3",
    channel: Channel = Channel.VOICE,
    direction: Direction = Direction.INBOUND,
) -> Interaction:
    t = started
    return Interaction(
        id=iid,
        customer_id=cid,
        channel=channel,
        direction=direction,
        started_at=t,
        ended_at=t + timedelta(minutes=6, seconds=5),
        outbound_kind=OutboundKind.CALLBACK if direction is Direction.OUTBOUND else None,
        number_type=NumberType.MOBILE,
        category=Category.SERVICE,
        campaign=campaign,
        service="Hotline Privatkunden",
        first_queued_service="Hotline Privatkunden",
        queues=("Privatkunden", "Technik"),
        agents=("Anna Schmidt", "Jürgen Weiß"),
        outcome=outcome,
        task_result=result,
        sla=Sla.WITHIN,
        previous_score=3.0,
        current_score=4.5,
        agent_comments="Kunde möchte Rückruf am Montag.",
        opening_hours="Open",
        segments=(
            Segment(SegmentKind.IVR, t, t + timedelta(seconds=40), service="Hotline Privatkunden"),
            Segment(
                SegmentKind.QUEUE, t + timedelta(seconds=40), t + timedelta(seconds=65), queue="P"
            ),
            Segment(
                SegmentKind.CONNECTED,
                t + timedelta(seconds=65),
                t + timedelta(minutes=6, seconds=5),
                agent="Anna Schmidt",
            ),
        ),
        completion_code="Tarifwechsel",
        cross_selling_code="DSL",
        parameters={"Vertrag": "4711"},
        survey=(
            SurveyAnswer("Wie zufrieden waren Sie?", SurveyKind.STARS, 4, max_stars=5),
            SurveyAnswer("Problem gelöst?", SurveyKind.YES_NO, True),
            SurveyAnswer("Anmerkungen", SurveyKind.OPEN, "Sehr freundlich 👍"),
        ),
        case=Case("CASE-1", t, category="Billing", priority="High", subject="Rechnung", owner="X"),
        recording_url="https://recordings.example.com/I1.wav",
    )


def ticket(tid: str, cid: str, iid: str | None, created: datetime) -> Ticket:
    return Ticket(
        tid,
        cid,
        "Router tauschen",
        TicketStatus.IN_PROGRESS,
        created,
        created + timedelta(days=2),
        interaction_id=iid,
        creator="Anna Schmidt",
        assignee="Technik",
        follow_ups=(
            FollowUp(FollowUpKind.ESCALATION, created + timedelta(days=1), note="an Technik"),
            FollowUp(
                FollowUpKind.RESCHEDULE,
                created + timedelta(days=2),
                due_at=created + timedelta(days=3),
            ),
        ),
    )


def sample_records() -> list:
    """Three customers: Raymond and Dorain Gray (SPEC D1), and one with +412345678910."""
    raymond = customer(
        "C1", "Raymond Müller", "+49301234567", "+4915112345678", email="raymond@example.com"
    )
    gray = customer("C2", "Dorain Gray", "+442079460018", sip="sip:dgray@pbx.example.com")
    swiss = customer("C3", None, "+412345678910")
    day = timedelta(days=1)
    return [
        raymond,
        call("I1", "C1", NOW - 3 * day),
        call("I2", "C1", NOW - 40 * day, outcome="No answer", result=TaskResult.HANGUP_IN_QUEUE),
        call("I3", "C1", NOW - 400 * day, campaign=None),
        ticket("T1", "C1", "I1", NOW - 3 * day),
        gray,
        call("I4", "C2", NOW - 10 * day, channel=Channel.EMAIL, direction=Direction.OUTBOUND),
        swiss,
    ]
