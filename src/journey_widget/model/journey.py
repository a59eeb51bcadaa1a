"""The journey as plain, immutable data. No Qt, no I/O.

One model serves every view and every source. A field a source lacks is ``None``
(or an empty tuple / mapping); the UI shows only what is there. Every datetime is
timezone-aware UTC.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import MappingProxyType

from journey_widget.model.enums import (
    Category,
    Channel,
    DataSource,
    Direction,
    FollowUpKind,
    IdentifierKind,
    LeadStatus,
    NumberType,
    OutboundKind,
    SegmentKind,
    Sla,
    SurveyKind,
    TaskResult,
    TicketStatus,
)

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Identifier:
    """One way to reach a customer, stored normalised (E.164, ``sip:user@host``, lower-case e-mail).

    ``number_type`` applies to phones only (home / work / mobile / office, SPEC A6).
    """

    kind: IdentifierKind
    value: str
    number_type: NumberType | None = None


@dataclass(frozen=True, slots=True)
class Customer:
    id: str
    name: str | None = None
    identifiers: tuple[Identifier, ...] = ()
    tenant: str | None = None
    division: str | None = None
    lead_status: LeadStatus | None = None
    # Campaigns whose call lists hold one of this customer's numbers (SPEC A1).
    campaigns: tuple[str, ...] = ()

    def identifiers_of(self, kind: IdentifierKind) -> tuple[Identifier, ...]:
        return tuple(i for i in self.identifiers if i.kind is kind)

    @property
    def primary_phone(self) -> str | None:
        phones = self.identifiers_of(IdentifierKind.PHONE)
        return phones[0].value if phones else None


@dataclass(frozen=True, slots=True)
class Segment:
    """One transition of a conversation (SPEC C4): IVR, queue, connected, voicemail, transfer."""

    kind: SegmentKind
    started_at: datetime
    ended_at: datetime
    service: str | None = None
    queue: str | None = None
    agent: str | None = None
    transfer_target: str | None = None
    voicemail_box: str | None = None

    @property
    def duration(self) -> timedelta:
        return self.ended_at - self.started_at


@dataclass(frozen=True, slots=True)
class SurveyAnswer:
    """One answer of a survey (SPEC C8).

    ``answer`` is text for open questions, a bool for yes / no questions and the number of
    stars (as an int) for star ranges, out of ``max_stars``. A yes / no answer given as a word
    ("yes", "no", "true", "false") is turned into the bool, so every source compares alike.
    """

    question: str
    kind: SurveyKind
    answer: str | bool | int
    max_stars: int | None = None

    def __post_init__(self) -> None:
        if self.kind is SurveyKind.YES_NO and isinstance(self.answer, str):
            word = self.answer.strip().lower()
            if word in _YES_WORDS or word in _NO_WORDS:
                object.__setattr__(self, "answer", word in _YES_WORDS)


_YES_WORDS = frozenset({"yes", "true", "1", "ja", "ya"})
_NO_WORDS = frozenset({"no", "false", "0", "nein", "tidak"})


@dataclass(frozen=True, slots=True)
class Case:
    """The case an interaction belongs to (SPEC F2)."""

    id: str
    created_at: datetime
    category: str | None = None
    sub_category: str | None = None
    type: str | None = None
    detail_category: str | None = None
    priority: str | None = None
    subject: str | None = None
    updated_at: datetime | None = None
    owner: str | None = None
    # Where the case lives in the CRM, when the source links it (SPEC H3 "open the case").
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Interaction:
    """One call, message, session or web event with a customer."""

    id: str
    customer_id: str
    channel: Channel
    direction: Direction
    started_at: datetime
    source: DataSource = DataSource.LOCAL
    ended_at: datetime | None = None
    # Outbound only: how it was started (SPEC C3); a manual outbound call is MANUAL.
    outbound_kind: OutboundKind | None = None
    number_type: NumberType | None = None
    category: Category | None = None
    campaign: str | None = None
    # Initial service name and first queued service (SPEC C3, D3).
    service: str | None = None
    first_queued_service: str | None = None
    # Queues and agents in the order the interaction passed them; the last ones are the
    # "last queue" and "last agent" of SPEC E3.
    queues: tuple[str, ...] = ()
    agents: tuple[str, ...] = ()
    division: str | None = None
    # The number, address or account the customer used (SPEC A7, F2).
    phone_number: str | None = None
    address: str | None = None
    outcome: str | None = None
    failure: bool = False
    task_result: TaskResult | None = None
    sla: Sla | None = None
    previous_score: float | None = None
    current_score: float | None = None
    agent_comments: str | None = None
    opening_hours: str | None = None
    issues_reported: str | None = None
    segments: tuple[Segment, ...] = ()
    # Task completion and cross-selling codes (SPEC C7); ``codes_configured`` False means the
    # service has none ("The feature is not configured for this service").
    completion_code: str | None = None
    cross_selling_code: str | None = None
    codes_configured: bool = True
    parameters: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    survey: tuple[SurveyAnswer, ...] = ()
    case: Case | None = None
    recording_url: str | None = None
    # Channel details (SPEC E2): e-mail subject, chat length, web page or content offer.
    subject: str | None = None
    message_count: int | None = None
    web_page: str | None = None
    content_offer: str | None = None
    # A live interaction (SPEC E4): still running; last activity drives idle / inactive.
    live: bool = False
    last_activity_at: datetime | None = None
    # The organisation's side of the channel (SPEC F2 "account / channel used"): the hotline,
    # WhatsApp Business number, LINE official account, Twitter handle, Messenger page, inbox.
    channel_account: str | None = None
    # The lead status this interaction left the customer in (SPEC F5), where a sales source
    # records it; the customer's current one is ``Customer.lead_status``.
    lead_status: LeadStatus | None = None
    # The source's own name of a channel this version does not know (``Channel.OTHER``).
    channel_name: str | None = None

    @property
    def duration(self) -> timedelta | None:
        return None if self.ended_at is None else self.ended_at - self.started_at

    @property
    def last_agent(self) -> str | None:
        return self.agents[-1] if self.agents else None

    @property
    def last_queue(self) -> str | None:
        return self.queues[-1] if self.queues else None

    @property
    def is_failure(self) -> bool:
        """The red dot (SPEC A9): the source's failure flag or a failed task result."""
        return self.failure or (self.task_result is not None and self.task_result.is_failure)


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A follow-up on a ticket (SPEC F4)."""

    kind: FollowUpKind
    at: datetime
    note: str | None = None
    by: str | None = None
    due_at: datetime | None = None
    status: TicketStatus | None = None
    done: bool = False

    def is_overdue(self, now: datetime) -> bool:
        return not self.done and self.due_at is not None and self.due_at < now


@dataclass(frozen=True, slots=True)
class Ticket:
    """A ticket of the customer (SPEC F3); ``interaction_id`` is the session it came from."""

    id: str
    customer_id: str
    subject: str
    status: TicketStatus
    created_at: datetime
    updated_at: datetime
    interaction_id: str | None = None
    creator: str | None = None
    assignee: str | None = None
    follow_ups: tuple[FollowUp, ...] = ()


@dataclass(frozen=True, slots=True)
class Journey:
    """Everything known about one customer: what a pop or a lookup returns."""

    customer: Customer
    interactions: tuple[Interaction, ...] = ()
    tickets: tuple[Ticket, ...] = ()

    def newest_first(self) -> tuple[Interaction, ...]:
        return tuple(sorted(self.interactions, key=lambda i: i.started_at, reverse=True))

    @property
    def last_interaction(self) -> Interaction | None:
        return max(self.interactions, key=lambda i: i.started_at, default=None)


@dataclass(frozen=True, slots=True)
class CustomerMatch:
    """One suggestion of a customer search (SPEC C1, D1): who, and what matched."""

    customer_id: str
    name: str | None
    matched: str
    matched_kind: IdentifierKind | None = None  # None: the name matched
    # Whose customer this is (SPEC D1 tenant search, E1 divisions); None where a source lacks it.
    tenant: str | None = None
    division: str | None = None
