"""Deterministic, realistic demo data: customers, their interactions and their tickets.

The demo store (``journey-widget --demo``), the screenshots, the benchmarks and many tests are
built from this data, so it has to exercise every feature of SPEC A1-H4 (every channel, every
task result, transfers, voicemail, surveys, cases, tickets with overdue follow-ups, live
interactions, Campaign Manager and Data Cloud records) and it has to be the same every time:
``generate(n, seed, anchor)`` yields the same records, in the same order, for the same
arguments. All randomness comes from one ``random.Random(seed)``; nothing reads the clock or
iterates a set. Customer ``k``'s records do not depend on how many customers follow, so
``generate(10, s, a)`` is a prefix of ``generate(1000, s, a)``.

A few customers are fixed so that the documented examples work in any set of three or more:
C000001 "Jürgen Weiß" has a rich history (~150 interactions, every channel, tickets with an
overdue follow-up) for screenshots; C000002 "Raymond Fletcher" and C000003 "Dorain Gray" are
what "ray" finds, and C000003's number +412345678910 is what "4567" finds (SPEC D1).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import NamedTuple, TypeVar

from journey_widget.model import (
    Channel,
    Customer,
    FollowUp,
    FollowUpKind,
    Identifier,
    IdentifierKind,
    Interaction,
    LeadStatus,
    NumberType,
    Ticket,
    TicketStatus,
)
from journey_widget.sources.demo import vocabulary as vocab
from journey_widget.sources.demo.customer import (
    HISTORY_DAYS,
    Calendar,
    Person,
    Tenant,
    at,
    weighted,
)
from journey_widget.sources.demo.interactions import InteractionBuilder, LiveKind

T = TypeVar("T")

__all__ = ["DEFAULT_DEMO_CUSTOMERS", "DEMO_ANCHOR_NOTE", "RICH_HISTORY", "generate"]

DEFAULT_DEMO_CUSTOMERS = 300
"""Customers in the store that ``journey-widget --demo`` creates (about 3,000 interactions)."""

DEMO_ANCHOR_NOTE = """\
The anchor is "now" for the demo data: a timezone-aware datetime (converted to UTC, whole
seconds). The history spans the two years before it, denser towards it; nothing but the few
live interactions ends within two hours of it, and those started minutes before it and are
still running. Pass the real current time to get data that looks fresh (live interactions
show "Live", "last 30 days" counts are full); pass a fixed anchor to get data that is
identical byte for byte on every run, as tests and screenshots need.
"""

RICH_HISTORY = 150
"""Interactions of C000001, the customer the screenshots show."""

_DAY = 86_400
# Interactions per customer: log-normal, mean ~10, so a few customers have hundreds.
_COUNT_MU = math.log(10.5) - 0.5
_COUNT_SIGMA = 1.0
_MAX_INTERACTIONS = 1500
# Multiplier that scatters the digits of phone numbers: odd and not a multiple of 5, so
# ``key * _SPREAD mod 10**k`` is a bijection and two customers never share a number.
_SPREAD = 7_391_827
_LIVE_EVERY = 25_000  # besides C000002 and C000003, one customer in this many is live

_TENANTS = tuple(Tenant(spec) for spec in vocab.TENANTS)
_TENANT_PICK = weighted(tuple((t, t.spec.weight) for t in _TENANTS))
_TENANT_BY_NAME = {t.name: t for t in _TENANTS}
_COUNTRIES = {c.code: c for c in vocab.COUNTRIES}
_COUNTRY_PICK = {t.name: weighted(t.spec.countries) for t in _TENANTS}
_DIVISION_PICK = {t.name: weighted(t.words.divisions) for t in _TENANTS}
_EMAIL_DOMAINS = weighted(vocab.EMAIL_DOMAINS)
_LEAD_STATUSES = tuple(LeadStatus)
_CAMPAIGN_COUNTS = (0, 0, 0, 1, 1, 1, 1, 2, 2, 3)
_NAMES = {
    vocab.GERMAN.language_name: (vocab.GERMAN_MALE, vocab.GERMAN_FEMALE, vocab.GERMAN_LAST),
    vocab.INDONESIAN.language_name: (
        vocab.INDONESIAN_MALE,
        vocab.INDONESIAN_FEMALE,
        vocab.INDONESIAN_LAST,
    ),
    vocab.ENGLISH.language_name: (vocab.ENGLISH_MALE, vocab.ENGLISH_FEMALE, vocab.ENGLISH_LAST),
}


class _Fixture(NamedTuple):
    name: str
    tenant: str
    country: str
    # (fixed E.164 value or None to generate one, number type)
    phones: tuple[tuple[str | None, NumberType], ...]
    campaigns: int


_FIXTURES = {
    1: _Fixture(
        "Jürgen Weiß",
        "Nimbus DE",
        "DE",
        ((None, NumberType.MOBILE), (None, NumberType.HOME), (None, NumberType.WORK)),
        4,
    ),
    2: _Fixture(
        "Raymond Fletcher",
        "Nimbus UK",
        "GB",
        ((None, NumberType.MOBILE), (None, NumberType.HOME)),
        1,
    ),
    # +41 23 456 78 910 is the seed's example; phonenumbers knows no such Swiss range, and
    # normalize_phone keeps it as it is (an explicitly international number).
    3: _Fixture(
        "Dorain Gray",
        "Nimbus DE",
        "CH",
        (("+412345678910", NumberType.WORK), (None, NumberType.MOBILE)),
        2,
    ),
}
_LIVE_FIXTURES = {2: Channel.VOICE, 3: Channel.WHATSAPP}


def generate(
    customers: int, seed: int, anchor: datetime
) -> Iterator[Customer | Interaction | Ticket]:
    """Yield each customer in turn: the Customer, its Interactions (oldest first), its Tickets.

    ``anchor`` is "now" for the data (see ``DEMO_ANCHOR_NOTE``). Same arguments, same records.
    About ten interactions per customer on average; 100,000 customers give about a million.
    """
    if customers < 0:
        raise ValueError(f"customers must not be negative, got {customers}")
    if anchor.tzinfo is None or anchor.utcoffset() is None:
        raise ValueError("anchor must be a timezone-aware datetime")
    anchor_ts = math.floor(anchor.timestamp())
    rng = random.Random(seed)
    calendars = {code: Calendar(country, anchor_ts) for code, country in _COUNTRIES.items()}
    for index in range(1, customers + 1):
        customer, person = _customer(index, rng, calendars)
        builder = InteractionBuilder(person, rng, anchor_ts)
        if index == 1:
            positions = rng.sample(range(RICH_HISTORY), len(Channel))
            interactions = builder.build(RICH_HISTORY, dict(zip(positions, Channel, strict=True)))
        else:
            count = int(rng.lognormvariate(_COUNT_MU, _COUNT_SIGMA))
            interactions = builder.build(min(count, _MAX_INTERACTIONS))
        live = _LIVE_FIXTURES.get(index)
        if live is None and index % _LIVE_EVERY == 11:
            live = Channel.WEB_CHAT
        if live is not None:
            interactions.append(builder.live(LiveKind(live, 60 + int(rng.random() * 480))))
        yield customer
        yield from interactions
        yield from _tickets(person, interactions, rng, anchor_ts)


# --- customers ----------------------------------------------------------------------------


def _customer(
    index: int, rng: random.Random, calendars: dict[str, Calendar]
) -> tuple[Customer, Person]:
    r = rng.random

    def pick(seq: Sequence[T]) -> T:
        return seq[int(r() * len(seq))]

    fixture = _FIXTURES.get(index)
    tenant = _TENANT_BY_NAME[fixture.tenant] if fixture else pick(_TENANT_PICK)
    words = tenant.words
    country = fixture.country if fixture else pick(_COUNTRY_PICK[tenant.name])
    name = _name(rng, words)
    if fixture:
        name = fixture.name
    elif r() < 0.04:
        name = None  # known only by a number
    local = name.translate(vocab.ASCII_FOLD).lower() if name else f"customer{index}"
    if not fixture and name:
        local += str(index)  # keeps addresses unique: juergen.mueller4711@…

    identifiers = list(_phones(index, rng, country, fixture))
    emails: list[str] = []
    if fixture or r() < 0.75:
        emails.append(f"{local}@{pick(_EMAIL_DOMAINS)}")
        if index == 1 or r() < 0.15:
            emails.append(f"{local}@{pick(vocab.WORK_EMAIL_DOMAINS)}")
    identifiers += (Identifier(IdentifierKind.EMAIL, e) for e in emails)
    sip = f"sip:{local}@{vocab.SIP_HOST}" if index == 1 or r() < 0.08 else None
    if sip:
        identifiers.append(Identifier(IdentifierKind.SIP, sip))
    account = f"{words.account_prefix}{index:07d}" if index == 1 or r() < 0.4 else None
    if account:
        identifiers.append(Identifier(IdentifierKind.ACCOUNT, account))

    n_campaigns = fixture.campaigns if fixture else pick(_CAMPAIGN_COUNTS)
    chosen = sorted(rng.sample(range(len(words.campaigns)), n_campaigns))
    campaigns = tuple(words.campaigns[i][0] for i in chosen)
    division = pick(_DIVISION_PICK[tenant.name])
    lead = LeadStatus.FOLLOW_UP if index == 1 else (pick(_LEAD_STATUSES) if r() < 0.45 else None)
    customer_id = f"C{index:06d}"
    phones = tuple(i for i in identifiers if i.kind is IdentifierKind.PHONE)
    customer = Customer(
        id=customer_id,
        name=name,
        identifiers=tuple(identifiers),
        tenant=tenant.name,
        division=division,
        lead_status=lead,
        campaigns=campaigns,
    )
    person = Person(
        id=customer_id,
        index=index,
        tenant=tenant,
        calendar=calendars[country],
        division=division,
        phones=phones,
        mobiles=tuple(p for p in phones if p.number_type is NumberType.MOBILE),
        emails=tuple(emails),
        sip=sip,
        account=account,
        handle="@" + local.replace(".", "_"),
        campaigns=campaigns,
    )
    return customer, person


def _name(rng: random.Random, words: vocab.Language) -> str:
    """A name as people of the tenant's country are called."""
    r = rng.random

    def pick(seq: tuple[str, ...]) -> str:
        return seq[int(r() * len(seq))]

    male, female, last = _NAMES[words.language_name]
    first = pick(male if r() < 0.5 else female)
    if words is vocab.INDONESIAN:
        roll = r()
        if roll < 0.12:
            return pick(vocab.INDONESIAN_MONONYMS)
        if roll < 0.27:
            given = f"{pick(vocab.BALINESE_FIRST)} {pick(vocab.BALINESE_GIVEN)}"
            return given if r() < 0.5 else f"{given} {pick(last)}"
    elif words is vocab.GERMAN and r() < 0.03:
        return f"{first} {pick(last)}-{pick(last)}"
    elif words is vocab.ENGLISH and r() < 0.05:
        return f"{first} {'ABCDEHJKLMPRST'[int(r() * 14)]}. {pick(last)}"
    return f"{first} {pick(last)}"


def _phones(
    index: int, rng: random.Random, country: str, fixture: _Fixture | None
) -> Iterator[Identifier]:
    """1-3 numbers; the first is the primary. Some secondary numbers are from abroad."""
    r = rng.random
    if fixture:
        wanted = fixture.phones
    else:
        first = NumberType.MOBILE if r() < 0.65 else NumberType.HOME
        wanted = ((None, first),)
        count = (1, 1, 2, 2, 2, 3)[int(r() * 6)]
        if count >= 2:
            second = (
                NumberType.MOBILE
                if first is NumberType.HOME and r() < 0.6
                else (NumberType.WORK, NumberType.OFFICE, NumberType.HOME)[int(r() * 3)]
            )
            wanted += ((None, second),)
        if count == 3:
            wanted += ((None, NumberType.OFFICE if r() < 0.5 else NumberType.WORK),)
    for slot, (value, number_type) in enumerate(wanted):
        if value is None:
            where = _COUNTRIES[country]
            if slot and not fixture and r() < 0.08:
                where = vocab.COUNTRIES[int(r() * len(vocab.COUNTRIES))]
            patterns = where.mobile if number_type is NumberType.MOBILE else where.fixed
            prefix, digits = patterns[int(r() * len(patterns))]
            value = f"{prefix}{(3 * index + slot) * _SPREAD % 10**digits:0{digits}d}"
        yield Identifier(IdentifierKind.PHONE, value, number_type)


# --- tickets ------------------------------------------------------------------------------

_TERMINAL = (TicketStatus.RESOLVED, TicketStatus.CLOSED)
_STATUS_PATHS = {
    TicketStatus.OPEN: ((),),
    TicketStatus.IN_PROGRESS: ((TicketStatus.IN_PROGRESS,),),
    TicketStatus.PENDING: ((TicketStatus.IN_PROGRESS, TicketStatus.PENDING),),
    TicketStatus.RESOLVED: (
        (TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED),
        (TicketStatus.IN_PROGRESS, TicketStatus.PENDING, TicketStatus.RESOLVED),
    ),
    TicketStatus.CLOSED: (
        (TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.CLOSED),
        (TicketStatus.RESOLVED, TicketStatus.CLOSED),
    ),
}
_RECENT_STATUS = weighted(
    (
        (TicketStatus.OPEN, 20),
        (TicketStatus.IN_PROGRESS, 25),
        (TicketStatus.PENDING, 15),
        (TicketStatus.RESOLVED, 20),
        (TicketStatus.CLOSED, 20),
    )
)
_OLD_STATUS = weighted(
    (
        (TicketStatus.OPEN, 4),
        (TicketStatus.IN_PROGRESS, 3),
        (TicketStatus.PENDING, 8),
        (TicketStatus.RESOLVED, 35),
        (TicketStatus.CLOSED, 50),
    )
)
_TICKET_COUNTS = (1, 1, 1, 1, 1, 1, 1, 2, 2, 3)
# C000001's tickets after the overdue one: every other badge of SPEC F3 once.
_RICH_STATUSES = (
    TicketStatus.OPEN,
    TicketStatus.PENDING,
    TicketStatus.RESOLVED,
    TicketStatus.CLOSED,
)


def _tickets(
    person: Person, interactions: list[Interaction], rng: random.Random, anchor_ts: int
) -> list[Ticket]:
    """Tickets of about one customer in six (SPEC F3), with follow-ups (SPEC F4).

    C000001's first ticket is in progress with an overdue rescheduled call-back, so that every
    data set shows an overdue follow-up; its other four show the other statuses, one each.
    """
    r = rng.random

    def pick(seq: Sequence[T]) -> T:
        return seq[int(r() * len(seq))]

    rich = person.index == 1
    if rich:
        count = 1 + len(_RICH_STATUSES)
    elif r() < 0.18:
        count = pick(_TICKET_COUNTS)
    else:
        return []
    words, agents = person.tenant.words, person.tenant.agents
    handled = [i for i in interactions if i.agents and not i.live]
    tickets = []
    for k in range(1, count + 1):
        linked = pick(handled) if handled and r() < 0.65 else None
        if linked and linked.ended_at:
            created = math.floor(linked.ended_at.timestamp()) + int(r() * 300)
        else:
            created = anchor_ts - int(HISTORY_DAYS * _DAY * r() ** 1.5)
        created = min(created, anchor_ts - 3600)
        overdue = rich and k == 1
        if overdue:
            created = min(created, anchor_ts - 20 * _DAY)
            status = TicketStatus.IN_PROGRESS
        elif rich:
            status = _RICH_STATUSES[k - 2]
        else:
            status = pick(_OLD_STATUS if anchor_ts - created > 60 * _DAY else _RECENT_STATUS)
        follow_ups = _follow_ups(rng, words, agents, status, created, anchor_ts, overdue)
        tickets.append(
            Ticket(
                id=f"T{person.index:06d}-{k:02d}",
                customer_id=person.id,
                subject=pick(words.ticket_subjects),
                status=status,
                created_at=at(created),
                updated_at=follow_ups[-1].at if follow_ups else at(created),
                interaction_id=linked.id if linked else None,
                creator=linked.last_agent if linked else pick(agents),
                assignee=None if r() < 0.1 and not overdue else pick(agents),
                follow_ups=follow_ups,
            )
        )
    return tickets


def _follow_ups(
    rng: random.Random,
    words: vocab.Language,
    agents: tuple[str, ...],
    status: TicketStatus,
    created: int,
    anchor_ts: int,
    overdue: bool,
) -> tuple[FollowUp, ...]:
    """Status updates leading to ``status``, with reschedules and escalations between them.

    Times are increasing and before the anchor; a reschedule or escalation is done once its
    ticket is resolved, and otherwise sometimes still open after its due time (overdue).
    """
    r = rng.random

    def pick(seq: Sequence[T]) -> T:
        return seq[int(r() * len(seq))]

    path = pick(_STATUS_PATHS[status])
    events: list[FollowUpKind | TicketStatus] = list(path)
    before_end = next((i for i, s in enumerate(path) if s in _TERMINAL), len(path))
    for _ in range(int(r() * 3)):
        extra = FollowUpKind.RESCHEDULE if r() < 0.6 else FollowUpKind.ESCALATION
        events.insert(int(r() * (before_end + 1)), extra)
        before_end += 1
    latest = anchor_ts - (6 * _DAY if overdue else 60)
    window = min(latest - created - 60, 45 * _DAY)
    times = sorted(created + 60 + int(r() * window) for _ in events)
    closed = status in _TERMINAL
    out = []
    for event, t in zip(events, times, strict=True):
        if isinstance(event, TicketStatus):
            out.append(
                FollowUp(
                    FollowUpKind.STATUS_UPDATE,
                    at(t),
                    pick(words.status_notes),
                    pick(agents),
                    status=event,
                    done=True,
                )
            )
            continue
        rescheduled = event is FollowUpKind.RESCHEDULE
        due = t + (1 + int(r() * (7 if rescheduled else 3))) * _DAY
        notes = words.reschedule_notes if rescheduled else words.escalation_notes
        done = closed or (due < anchor_ts and r() < 0.6)
        out.append(FollowUp(event, at(t), pick(notes), pick(agents), due_at=at(due), done=done))
    if overdue:
        out.append(
            FollowUp(
                FollowUpKind.RESCHEDULE,
                at(anchor_ts - 5 * _DAY),
                words.reschedule_notes[0],
                agents[0],
                due_at=at(anchor_ts - 2 * _DAY),
                done=False,
            )
        )
    return tuple(out)
