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
    Identifier,
    IdentifierKind,
    Interaction,
    LeadStatus,
    NumberType,
    Ticket,
)
from journey_widget.sources.demo import vocabulary as vocab
from journey_widget.sources.demo.customer import (
    Calendar,
    Person,
    Tenant,
    weighted,
)
from journey_widget.sources.demo.interactions import InteractionBuilder, LiveKind
from journey_widget.sources.demo.tickets import tickets

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

# Every channel the demo shows (OTHER stands for a channel a source names that we do not know).
_DEMO_CHANNELS = tuple(c for c in Channel if c is not Channel.OTHER)


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
            positions = rng.sample(range(RICH_HISTORY), len(_DEMO_CHANNELS))
            interactions = builder.build(
                RICH_HISTORY, dict(zip(positions, _DEMO_CHANNELS, strict=True))
            )
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
        yield from tickets(person, interactions, rng, anchor_ts)


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
