"""Data Cloud's JSON (docs/openapi/data-cloud.yaml) onto the journey model.

Data Cloud is the rich back end: besides the fields of SPEC A7 it carries the conversation's
segments, task result and SLA, codes, survey, case, recording, channel account, tickets with
their follow-ups and the lead status. Every name here is the contract's; the model's names
differ where the seeds name a thing differently (Call Start Time -> started_at).
"""

from __future__ import annotations

from journey_widget.model import (
    Case,
    Category,
    Channel,
    Customer,
    CustomerMatch,
    DataSource,
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
    normalize_identifier,
)
from journey_widget.sources.remote.decode import Fields, malformed, phone_or_text

# Channel Type (SPEC A7: SMS, Email, Voice, Chat; and the channels of SPEC E2).
CHANNELS: dict[str, Channel] = {
    "voice": Channel.VOICE,
    "sms": Channel.SMS,
    "email": Channel.EMAIL,
    "chat": Channel.WEB_CHAT,
    "web_messaging": Channel.WEB_MESSAGING,
    "whatsapp": Channel.WHATSAPP,
    "line": Channel.LINE,
    "twitter": Channel.TWITTER,
    "messenger": Channel.MESSENGER,
    "notification": Channel.AGENTLESS_NOTIFICATION,
    "web_event": Channel.WEB_EVENT,
    "content_offer": Channel.CONTENT_OFFER,
    "video": Channel.VIDEO,
}
CHANNEL_TYPES = {channel: name for name, channel in CHANNELS.items()}
DIRECTIONS = {"inbound": Direction.INBOUND, "outbound": Direction.OUTBOUND}


def _values(enum: type) -> dict:
    return {member.value: member for member in enum}  # type: ignore[attr-defined]


NUMBER_TYPES = _values(NumberType)
OUTBOUND_KINDS = _values(OutboundKind)
CATEGORIES = _values(Category)
TASK_RESULTS = _values(TaskResult)
SLAS = _values(Sla)
SEGMENT_KINDS = _values(SegmentKind)
SURVEY_KINDS = _values(SurveyKind)
TICKET_STATUSES = _values(TicketStatus)
FOLLOW_UP_KINDS = _values(FollowUpKind)
LEAD_STATUSES = _values(LeadStatus)
IDENTIFIER_KINDS = _values(IdentifierKind)
MATCH_KINDS: dict[str, IdentifierKind | None] = {**IDENTIFIER_KINDS, "name": None}


def customer(profile: Fields, region: str) -> Customer:
    identifiers: list[Identifier] = []
    for entry in profile.objects("identifiers"):
        kind = entry.choice("type", IDENTIFIER_KINDS)
        raw = entry.text("value")
        try:
            value = normalize_identifier(kind, raw, region)
        except ValueError:
            continue  # an identifier no phone or mail client can use; the rest still count
        if any(i.kind is kind and i.value == value for i in identifiers):
            continue
        number_type = entry.opt_choice("numberType", NUMBER_TYPES)
        identifiers.append(
            Identifier(kind, value, number_type if kind is IdentifierKind.PHONE else None)
        )
    return Customer(
        id=profile.text("id"),
        name=profile.opt_text("name"),
        identifiers=tuple(identifiers),
        tenant=profile.opt_text("tenant"),
        division=profile.opt_text("division"),
        lead_status=profile.opt_choice("leadStatus", LEAD_STATUSES),
        campaigns=profile.texts("campaigns"),
    )


def interaction(item: Fields, customer_id: str, region: str) -> Interaction:
    started = item.time("callStartTime")
    ended = item.end_after("callEndTime", started, "callStartTime")
    agents = item.texts("agents")
    agent_name = item.opt_text("agentName")
    if agent_name and (not agents or agents[-1] != agent_name):
        agents = (*agents, agent_name)  # agentName is the agent who handled it last (SPEC E3)
    phone = item.opt_text("phoneNumber")
    channel, channel_name = item.choice_or_other("channelType", CHANNELS, Channel.OTHER)
    return Interaction(
        id=item.text("id"),
        customer_id=customer_id,
        channel=channel,
        channel_name=channel_name,
        direction=item.choice("channelDirection", DIRECTIONS),
        started_at=started,
        source=DataSource.DATA_CLOUD,
        ended_at=ended,
        outbound_kind=item.opt_choice("outboundKind", OUTBOUND_KINDS),
        number_type=item.opt_choice("numberType", NUMBER_TYPES),
        category=item.opt_choice("category", CATEGORIES),
        campaign=item.opt_text("campaign"),
        service=item.opt_text("service"),
        first_queued_service=item.opt_text("firstQueuedService"),
        queues=item.texts("queues"),
        agents=agents,
        division=item.opt_text("division"),
        phone_number=phone_or_text(phone, region) if phone else None,
        address=item.opt_text("channelAccount"),
        outcome=item.opt_text("outcome"),
        failure=item.flag("failure", False),
        task_result=item.opt_choice("taskResult", TASK_RESULTS),
        sla=item.opt_choice("sla", SLAS),
        agent_comments=item.opt_text("agentComments"),
        opening_hours=item.opt_text("openingHours"),
        issues_reported=item.opt_text("issuesReported"),
        segments=tuple(_segment(s) for s in item.objects("segments")),
        completion_code=item.opt_text("completionCode"),
        cross_selling_code=item.opt_text("crossSellingCode"),
        codes_configured=item.flag("codesConfigured", True),
        parameters=item.text_map("parameters"),
        survey=tuple(_survey_answer(a) for a in item.objects("survey")),
        case=_case(c) if (c := item.opt_obj("case")) is not None else None,
        recording_url=_web_link(item, "recordingUrl"),
        channel_account=item.opt_text("organisationAccount"),
        lead_status=item.opt_choice("leadStatus", LEAD_STATUSES),
        subject=item.opt_text("subject"),
        message_count=item.opt_count("messageCount"),
        web_page=item.opt_text("webPage"),
        content_offer=item.opt_text("contentOffer"),
        live=item.flag("live", False),
        last_activity_at=item.opt_time("lastActivityAt"),
    )


def _segment(item: Fields) -> Segment:
    started = item.time("start")
    ended = item.time("end")
    if ended < started:
        raise malformed(item.backend, f"{item.path}.end", "is before start")
    return Segment(
        kind=item.choice("type", SEGMENT_KINDS),
        started_at=started,
        ended_at=ended,
        service=item.opt_text("service"),
        queue=item.opt_text("queue"),
        agent=item.opt_text("agent"),
        transfer_target=item.opt_text("transferTarget"),
        voicemail_box=item.opt_text("voicemailBox"),
    )


def _survey_answer(item: Fields) -> SurveyAnswer:
    kind = item.choice("type", SURVEY_KINDS)
    question = item.text("question")
    if kind is SurveyKind.OPEN:
        return SurveyAnswer(question, kind, item.text("answer"))
    if kind is SurveyKind.YES_NO:
        return SurveyAnswer(question, kind, item.required_flag("answer"))
    stars = item.opt_count("answer")
    max_stars = item.opt_count("maxStars")
    if stars is None or max_stars is None or not 0 <= stars <= max_stars <= 10:
        raise malformed(
            item.backend, f"{item.path}.answer", "must be stars from 0 to maxStars (at most 10)"
        )
    return SurveyAnswer(question, kind, stars, max_stars)


def _case(item: Fields) -> Case:
    return Case(
        id=item.text("id"),
        created_at=item.time("createdAt"),
        category=item.opt_text("category"),
        sub_category=item.opt_text("subCategory"),
        type=item.opt_text("type"),
        detail_category=item.opt_text("detailCategory"),
        priority=item.opt_text("priority"),
        subject=item.opt_text("subject"),
        updated_at=item.opt_time("updatedAt"),
        owner=item.opt_text("owner"),
        url=_web_link(item, "url"),
    )


def _web_link(item: Fields, name: str) -> str | None:
    """Only web links: a recording or a case is opened by the desktop, and file: or
    javascript: are not something a back end may hand it."""
    url = item.opt_text(name)
    if url is not None and not url.lower().startswith(("https://", "http://")):
        raise malformed(item.backend, f"{item.path}.{name}", "must be an http(s) URL")
    return url


def ticket(item: Fields, customer_id: str) -> Ticket:
    return Ticket(
        id=item.text("id"),
        customer_id=customer_id,
        subject=item.text("subject"),
        status=item.choice("status", TICKET_STATUSES),
        created_at=item.time("createdAt"),
        updated_at=item.time("updatedAt"),
        interaction_id=item.opt_text("interactionId"),
        creator=item.opt_text("creator"),
        assignee=item.opt_text("assignee"),
        follow_ups=tuple(_follow_up(f) for f in item.objects("followUps")),
    )


def _follow_up(item: Fields) -> FollowUp:
    return FollowUp(
        kind=item.choice("type", FOLLOW_UP_KINDS),
        at=item.time("at"),
        note=item.opt_text("note"),
        by=item.opt_text("by"),
        due_at=item.opt_time("dueAt"),
        status=item.opt_choice("status", TICKET_STATUSES),
        done=item.flag("done", False),
    )


def match(item: Fields) -> CustomerMatch:
    return CustomerMatch(
        customer_id=item.text("profileId"),
        name=item.opt_text("name"),
        matched=item.text("matched"),
        matched_kind=item.choice("matchedType", MATCH_KINDS),
    )
