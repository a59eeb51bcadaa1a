"""The back-end contracts' wire format, for the test servers and the tests.

- ``check_against_contract``: is an answer what docs/openapi/*.yaml promise (JSON schema)?
- ``cm_*`` / ``dc_*``: a journey's parts as Campaign Manager / Data Cloud send them.
- ``expected_journey``: what an adapter must return for a journey a server holds (only the
  fields that back end carries).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from journey_widget.model import (
    Channel,
    Customer,
    DataSource,
    Direction,
    IdentifierKind,
    Interaction,
    Journey,
    NumberType,
    OutboundKind,
    Segment,
    SurveyAnswer,
    Ticket,
)
from journey_widget.model.permissions import UserContext

CAMPAIGN_MANAGER = "campaign_manager"
DATA_CLOUD = "data_cloud"

_CM_CHANNEL_MODES = {Channel.SMS: "sms", Channel.EMAIL: "email"}
_DC_CHANNEL_TYPES = {
    Channel.VOICE: "voice",
    Channel.SMS: "sms",
    Channel.EMAIL: "email",
    Channel.WEB_CHAT: "chat",
    Channel.WEB_MESSAGING: "web_messaging",
    Channel.WHATSAPP: "whatsapp",
    Channel.LINE: "line",
    Channel.TWITTER: "twitter",
    Channel.MESSENGER: "messenger",
    Channel.AGENTLESS_NOTIFICATION: "notification",
    Channel.WEB_EVENT: "web_event",
    Channel.CONTENT_OFFER: "content_offer",
    Channel.VIDEO: "video",
}


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def error_body(code: str, message: str) -> dict[str, Any]:
    """The contracts' error object."""
    return {"error": {"code": code, "message": message}}


def user_body(user: UserContext) -> dict[str, Any]:
    """``GET /v1/me`` (both contracts): a role's name when the permissions are exactly a
    role's, else the permissions listed; divisions only when the user is restricted."""
    body: dict[str, Any] = {"userName": user.user}
    if user.role is not None:
        body["role"] = user.role.value
    else:
        body["permissions"] = sorted(p.value for p in user.permissions)
    if user.divisions is not None:
        body["divisions"] = sorted(user.divisions)
    return body


# --- the contracts -------------------------------------------------------------------------------

CONTRACT_FILES = {
    CAMPAIGN_MANAGER: Path(__file__).parents[2] / "docs" / "openapi" / "campaign-manager.yaml",
    DATA_CLOUD: Path(__file__).parents[2] / "docs" / "openapi" / "data-cloud.yaml",
}


@functools.cache
def contract(backend: str) -> dict[str, Any]:
    """The parsed OpenAPI document of a back end."""
    return yaml.safe_load(CONTRACT_FILES[backend].read_text(encoding="utf-8"))


@functools.cache
def _registry(backend: str) -> Registry:
    resource = Resource.from_contents(contract(backend), default_specification=DRAFT202012)
    return Registry().with_resource(f"urn:{backend}", resource)


def response_schema(backend: str, path: str, status: int) -> dict[str, Any]:
    """The JSON schema the contract gives the answer to ``GET path`` with ``status``.

    ``path`` is the request's path below the base URL ("/v1/profiles/C1/tickets").
    """
    paths = contract(backend)["paths"]
    # Literal paths first: /v1/profiles/lookup is not /v1/profiles/{profileId}.
    templates = sorted(paths, key=lambda t: t.count("{"))
    template = next(
        (t for t in templates if re.fullmatch(re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(t)), path)),
        None,
    )
    if template is None:
        raise AssertionError(f"the {backend} contract has no path {path}")
    responses = paths[template]["get"]["responses"]
    answer = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
    if answer is None:
        raise AssertionError(f"the {backend} contract has no {status} answer for {template}")
    if "$ref" in answer:
        answer = contract(backend)["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
    schema = answer["content"]["application/json"]["schema"]
    ref = schema["$ref"].removeprefix("#") if "$ref" in schema else None
    return {"$ref": f"urn:{backend}#{ref}"} if ref else schema


def check_against_contract(backend: str, path: str, status: int, body: Any) -> None:
    """Raises jsonschema.ValidationError when ``body`` is not what the contract promises."""
    validator = Draft202012Validator(
        response_schema(backend, path, status),
        registry=_registry(backend),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    validator.validate(body)


# --- what each back end holds of a journey -----------------------------------------------


def campaign_manager_carries(interaction: Interaction) -> bool:
    """Campaign Manager records campaign contacts: outbound calls, SMS and e-mails."""
    return interaction.direction is Direction.OUTBOUND and (
        interaction.channel is Channel.VOICE or interaction.channel in _CM_CHANNEL_MODES
    )


def expected_journey(backend: str, journey: Journey, since: datetime | None = None) -> Journey:
    """What the adapter of ``backend`` returns for ``journey`` served by a ContractServer."""
    kept = [i for i in journey.interactions if since is None or i.started_at >= since]
    customer = journey.customer
    if backend == CAMPAIGN_MANAGER:
        phones = customer.identifiers_of(IdentifierKind.PHONE)
        interactions = tuple(
            sorted(
                (_cm_expected(i) for i in kept if campaign_manager_carries(i)),
                key=lambda i: i.started_at,
            )
        )
        return Journey(
            Customer(customer.id, customer.name, phones, campaigns=customer.campaigns), interactions
        )
    tickets = tuple(
        sorted(
            (t for t in journey.tickets if since is None or t.updated_at >= since),
            key=lambda t: t.updated_at,
            reverse=True,
        )
    )
    interactions = tuple(sorted((_dc_expected(i) for i in kept), key=lambda i: i.started_at))
    return Journey(customer, interactions, tickets)


def _cm_expected(i: Interaction) -> Interaction:
    voice = i.channel is Channel.VOICE
    return Interaction(
        id=i.id,
        customer_id=i.customer_id,
        channel=i.channel,
        direction=Direction.OUTBOUND,
        started_at=i.started_at,
        source=DataSource.CAMPAIGN_MANAGER,
        ended_at=i.ended_at,
        outbound_kind=cm_dial_mode(i)[1],
        number_type=_cm_number_type(i) if voice else None,
        campaign=i.campaign,
        agents=(i.last_agent,) if i.last_agent else (),
        phone_number=i.phone_number,
        address=i.address,
        outcome=i.outcome,
        failure=i.is_failure,
        previous_score=i.previous_score,
        current_score=i.current_score,
        agent_comments=i.agent_comments,
    )


def _cm_number_type(i: Interaction) -> NumberType:
    """Campaign Manager's modes know home, work, mobile and office numbers only."""
    if i.number_type in (None, NumberType.OTHER):
        return NumberType.HOME
    return i.number_type


def cm_dial_mode(i: Interaction) -> tuple[str, OutboundKind]:
    if i.outbound_kind in (OutboundKind.MANUAL, OutboundKind.CALLBACK):
        return i.outbound_kind.value, i.outbound_kind
    return "outbound", OutboundKind.OUTBOUND


def _dc_expected(i: Interaction) -> Interaction:
    return dataclasses.replace(
        i, source=DataSource.DATA_CLOUD, previous_score=None, current_score=None
    )


# --- wire format ---------------------------------------------------------------------------


def cm_contact(customer: Customer) -> dict[str, Any]:
    numbers = []
    for phone in customer.identifiers_of(IdentifierKind.PHONE):
        entry: dict[str, Any] = {"number": phone.value}
        if phone.number_type is not None:
            entry["type"] = phone.number_type.value
        numbers.append(entry)
    return without_none({"id": customer.id, "name": customer.name, "phoneNumbers": numbers})


def cm_interaction(i: Interaction) -> dict[str, Any]:
    voice = i.channel is Channel.VOICE
    mode = _cm_number_type(i).value if voice else _CM_CHANNEL_MODES[i.channel]
    return without_none(
        {
            "id": i.id,
            "dateTime": iso(i.started_at),
            "endDateTime": iso(i.ended_at) if i.ended_at else None,
            "campaign": i.campaign,
            "mode": mode,
            "dialMode": cm_dial_mode(i)[0],
            "outcome": i.outcome,
            "failure": i.is_failure,
            "phoneNumber": i.phone_number,
            "emailAddress": i.address,
            "previousScore": i.previous_score,
            "currentScore": i.current_score,
            "agentName": i.last_agent,
            "agentComments": i.agent_comments,
        }
    )


def dc_profile(customer: Customer) -> dict[str, Any]:
    identifiers = [
        without_none(
            {
                "type": i.kind.value,
                "value": i.value,
                "numberType": i.number_type.value if i.number_type else None,
            }
        )
        for i in customer.identifiers
    ]
    return without_none(
        {
            "id": customer.id,
            "name": customer.name,
            "identifiers": identifiers,
            "tenant": customer.tenant,
            "division": customer.division,
            "leadStatus": customer.lead_status.value if customer.lead_status else None,
            "campaigns": list(customer.campaigns),
        }
    )


def dc_interaction(i: Interaction) -> dict[str, Any]:
    return without_none(
        {
            "id": i.id,
            "phoneNumber": i.phone_number,
            "callStartTime": iso(i.started_at),
            "callEndTime": iso(i.ended_at) if i.ended_at else None,
            "outcome": i.outcome,
            "failure": i.failure,
            "agentName": i.last_agent,
            "agentComments": i.agent_comments,
            "channelType": _DC_CHANNEL_TYPES[i.channel],
            "channelDirection": i.direction.value,
            "channelAccount": i.address,
            "outboundKind": _value(i.outbound_kind),
            "numberType": _value(i.number_type),
            "category": _value(i.category),
            "campaign": i.campaign,
            "service": i.service,
            "firstQueuedService": i.first_queued_service,
            "queues": list(i.queues),
            "agents": list(i.agents),
            "division": i.division,
            "taskResult": _value(i.task_result),
            "sla": _value(i.sla),
            "openingHours": i.opening_hours,
            "issuesReported": i.issues_reported,
            "segments": [_dc_segment(s) for s in i.segments],
            "completionCode": i.completion_code,
            "crossSellingCode": i.cross_selling_code,
            "codesConfigured": i.codes_configured,
            "parameters": dict(i.parameters),
            "survey": [_dc_survey(a) for a in i.survey],
            "case": _dc_case(i),
            "recordingUrl": i.recording_url,
            "organisationAccount": i.channel_account,
            "leadStatus": _value(i.lead_status),
            "subject": i.subject,
            "messageCount": i.message_count,
            "webPage": i.web_page,
            "contentOffer": i.content_offer,
            "live": i.live,
            "lastActivityAt": iso(i.last_activity_at) if i.last_activity_at else None,
        }
    )


def _dc_segment(s: Segment) -> dict[str, Any]:
    return without_none(
        {
            "type": s.kind.value,
            "start": iso(s.started_at),
            "end": iso(s.ended_at),
            "service": s.service,
            "queue": s.queue,
            "agent": s.agent,
            "transferTarget": s.transfer_target,
            "voicemailBox": s.voicemail_box,
        }
    )


def _dc_survey(a: SurveyAnswer) -> dict[str, Any]:
    return without_none(
        {"question": a.question, "type": a.kind.value, "answer": a.answer, "maxStars": a.max_stars}
    )


def _dc_case(i: Interaction) -> dict[str, Any] | None:
    c = i.case
    if c is None:
        return None
    return without_none(
        {
            "id": c.id,
            "createdAt": iso(c.created_at),
            "category": c.category,
            "subCategory": c.sub_category,
            "type": c.type,
            "detailCategory": c.detail_category,
            "priority": c.priority,
            "subject": c.subject,
            "updatedAt": iso(c.updated_at) if c.updated_at else None,
            "owner": c.owner,
            "url": c.url,
        }
    )


def dc_ticket(t: Ticket) -> dict[str, Any]:
    follow_ups = [
        without_none(
            {
                "type": f.kind.value,
                "at": iso(f.at),
                "note": f.note,
                "by": f.by,
                "dueAt": iso(f.due_at) if f.due_at else None,
                "status": _value(f.status),
                "done": f.done,
            }
        )
        for f in t.follow_ups
    ]
    return without_none(
        {
            "id": t.id,
            "subject": t.subject,
            "status": t.status.value,
            "createdAt": iso(t.created_at),
            "updatedAt": iso(t.updated_at),
            "interactionId": t.interaction_id,
            "creator": t.creator,
            "assignee": t.assignee,
            "followUps": follow_ups,
        }
    )


def _value(member: Any) -> str | None:
    return None if member is None else member.value


def without_none(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


def journeys_of(records: Sequence[Any]) -> list[Journey]:
    """Journeys from import-style records (Customer, Interaction, Ticket), like
    tests/journeys.sample_records()."""
    customers = [r for r in records if isinstance(r, Customer)]
    return [
        Journey(
            c,
            tuple(r for r in records if isinstance(r, Interaction) and r.customer_id == c.id),
            tuple(r for r in records if isinstance(r, Ticket) and r.customer_id == c.id),
        )
        for c in customers
    ]
