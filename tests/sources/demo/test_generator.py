"""The demo data: deterministic, realistic, and true to the model's invariants."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_widget.model import (
    Category,
    Channel,
    Customer,
    DataSource,
    FollowUpKind,
    IdentifierKind,
    Interaction,
    LeadStatus,
    NumberType,
    OutboundKind,
    SegmentKind,
    SurveyKind,
    TaskResult,
    Ticket,
    TicketStatus,
    normalize_email,
    normalize_identifier,
    normalize_phone,
)
from journey_widget.sources.demo import vocabulary as vocab
from journey_widget.sources.demo.customer import FAILED_OUTCOMES
from journey_widget.sources.demo.generator import (
    DEFAULT_DEMO_CUSTOMERS,
    RICH_HISTORY,
    generate,
)

ANCHOR = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)
SEED = 1
D1_NUMBER = "+412345678910"  # the seed's example; not in any range phonenumbers knows

_MOBILE_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}
_FIXED_TYPES = {
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


class DemoSet:
    """One generated set, split up for the assertions."""

    def __init__(self, records: list[Customer | Interaction | Ticket]) -> None:
        self.records = records
        self.customers = [r for r in records if isinstance(r, Customer)]
        self.interactions = [r for r in records if isinstance(r, Interaction)]
        self.tickets = [r for r in records if isinstance(r, Ticket)]
        self.by_id = {c.id: c for c in self.customers}


@pytest.fixture(scope="module")
def demo() -> DemoSet:
    return DemoSet(list(generate(DEFAULT_DEMO_CUSTOMERS, SEED, ANCHOR)))


@pytest.fixture(scope="module")
def big() -> DemoSet:
    """Enough customers for averages and long tails, still about a second."""
    return DemoSet(list(generate(2000, 7, ANCHOR)))


# --- determinism and shape ----------------------------------------------------------------


def test_same_arguments_give_identical_records() -> None:
    first = list(generate(40, 5, ANCHOR))
    second = list(generate(40, 5, ANCHOR))
    assert first == second
    assert repr(first).encode() == repr(second).encode()


def test_another_seed_gives_other_records() -> None:
    assert list(generate(40, 5, ANCHOR)) != list(generate(40, 6, ANCHOR))


def test_another_anchor_moves_the_history() -> None:
    later = ANCHOR + timedelta(days=3)
    first = [r for r in generate(5, 5, ANCHOR) if isinstance(r, Interaction)]
    second = [r for r in generate(5, 5, later) if isinstance(r, Interaction)]
    assert first != second
    assert max(i.started_at for i in second) > max(i.started_at for i in first)


def test_a_smaller_set_is_a_prefix_of_a_larger_one() -> None:
    small = list(generate(10, 5, ANCHOR))
    large = list(generate(30, 5, ANCHOR))
    assert large[: len(small)] == small


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        next(generate(3, 1, datetime(2026, 1, 1)))  # naive: refused
    with pytest.raises(ValueError, match="negative"):
        next(generate(-1, 1, ANCHOR))
    assert list(generate(0, 1, ANCHOR)) == []


def test_an_anchor_in_another_zone_is_the_same_moment() -> None:
    cet = ANCHOR.astimezone(timezone(timedelta(hours=1)))
    assert list(generate(5, 3, cet)) == list(generate(5, 3, ANCHOR))


def test_each_customer_comes_first_then_its_interactions_then_its_tickets(demo: DemoSet) -> None:
    current = None
    phase = 0  # 0 customer, 1 interactions, 2 tickets
    for record in demo.records:
        if isinstance(record, Customer):
            current, phase = record.id, 0
            continue
        assert record.customer_id == current
        if isinstance(record, Interaction):
            assert phase <= 1
            phase = 1
        else:
            phase = 2
    assert [c.id for c in demo.customers] == [f"C{i:06d}" for i in range(1, 301)]
    ids = [i.id for i in demo.interactions] + [t.id for t in demo.tickets]
    assert len(ids) == len(set(ids))


def test_counts_average_about_ten_with_a_long_tail(big: DemoSet) -> None:
    per_customer = Counter(i.customer_id for i in big.interactions)
    assert 8 <= len(big.interactions) / len(big.customers) <= 12
    assert per_customer["C000001"] == RICH_HISTORY
    assert max(n for c, n in per_customer.items() if c != "C000001") >= 100
    assert len(per_customer) < len(big.customers)  # some customers have no history at all
    with_tickets = len({t.customer_id for t in big.tickets})
    assert 0.1 * len(big.customers) <= with_tickets <= 0.3 * len(big.customers)


def test_recent_history_is_denser(demo: DemoSet) -> None:
    year_ago = ANCHOR - timedelta(days=365)
    recent = sum(i.started_at >= year_ago for i in demo.interactions)
    assert recent > 1.5 * (len(demo.interactions) - recent)
    assert min(i.started_at for i in demo.interactions) >= ANCHOR - timedelta(days=745)


# --- variety ------------------------------------------------------------------------------


def test_every_vocabulary_is_used(demo: DemoSet) -> None:
    ints = demo.interactions
    assert {i.channel for i in ints} == set(Channel) - {Channel.OTHER}  # OTHER: no demo
    assert {i.source for i in ints} == set(DataSource)
    assert {i.task_result for i in ints} - {None} == set(TaskResult)
    assert {i.outbound_kind for i in ints} - {None} == set(OutboundKind)
    assert {i.category for i in ints} - {None} == set(Category)
    assert {s.kind for i in ints for s in i.segments} == set(SegmentKind)
    assert {i.opening_hours for i in ints} - {None} == {"Open", "Closed", "Holiday"}
    assert {t.status for t in demo.tickets} == set(TicketStatus)
    assert {f.kind for t in demo.tickets for f in t.follow_ups} == set(FollowUpKind)
    assert {c.lead_status for c in demo.customers} - {None} == set(LeadStatus)
    phone_types = {i.number_type for c in demo.customers for i in c.identifiers}
    assert phone_types - {None} == set(NumberType) - {NumberType.OTHER}
    assert {c.tenant for c in demo.customers} == {t.name for t in vocab.TENANTS}
    assert {a.kind for i in ints for a in i.survey} == set(SurveyKind)


def test_voice_dominates(demo: DemoSet) -> None:
    channels = Counter(i.channel for i in demo.interactions)
    assert channels.most_common(1)[0][0] is Channel.VOICE
    assert channels[Channel.VOICE] > 0.4 * len(demo.interactions)


def test_the_rich_customer_uses_every_channel() -> None:
    records = list(generate(1, 99, ANCHOR))
    assert {r.channel for r in records if isinstance(r, Interaction)} == set(Channel) - {
        Channel.OTHER
    }


def test_details_appear_on_some_interactions(demo: DemoSet) -> None:
    ints = demo.interactions
    for field in (
        "completion_code",
        "cross_selling_code",
        "agent_comments",
        "recording_url",
        "case",
        "subject",
        "message_count",
        "web_page",
        "content_offer",
        "issues_reported",
        "parameters",
        "previous_score",
        "address",
        "phone_number",
    ):
        assert any(getattr(i, field) for i in ints), field
    assert any(not i.codes_configured for i in ints)
    assert any(len(i.agents) >= 3 for i in ints)  # transferred twice
    assert any(s.transfer_target for i in ints for s in i.segments)
    assert any(s.voicemail_box for i in ints for s in i.segments)
    assert all(
        i.recording_url.startswith("https://recordings.example.com/")
        for i in ints
        if i.recording_url
    )
    assert sum(len(c.identifiers_of(IdentifierKind.PHONE)) >= 2 for c in demo.customers) > 100


def test_names_are_german_indonesian_and_english(big: DemoSet) -> None:
    names = " ".join(c.name or "" for c in big.customers)
    for word in ("Müller", "Schröder", "Weiß", "Jürgen", "Budi", "Santoso", "Siti", "Putu Ayu"):
        assert word in names, word
    assert any(c.name is None for c in big.customers)  # known only by a number
    assert any(c.name and " " not in c.name for c in big.customers)  # Indonesian mononyms


def test_cases_are_complete_and_shared(demo: DemoSet) -> None:
    cases = [i.case for i in demo.interactions if i.case]
    for case in cases:
        assert case.category and case.sub_category and case.priority and case.owner
        assert case.updated_at is not None and case.updated_at >= case.created_at
    assert len({c.id for c in cases}) < len(cases)  # a case spans several contacts


def test_scores_only_from_campaign_manager(demo: DemoSet) -> None:
    for i in demo.interactions:
        scored = i.previous_score is not None
        assert scored == (i.source is DataSource.CAMPAIGN_MANAGER)
        if scored:
            assert 0 <= i.previous_score <= 100 and 0 <= i.current_score <= 100
            assert i.segments == () and i.task_result is None


def test_data_cloud_channels(demo: DemoSet) -> None:
    data_cloud = {i.channel for i in demo.interactions if i.source is DataSource.DATA_CLOUD}
    assert data_cloud <= {Channel.VOICE, Channel.SMS, Channel.EMAIL, Channel.WEB_CHAT}


# --- the SPEC D1 examples -----------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(min_value=-(2**64), max_value=2**64), customers=st.integers(3, 6))
def test_d1_examples_in_every_set(seed: int, customers: int) -> None:
    found = [r for r in generate(customers, seed, ANCHOR) if isinstance(r, Customer)]
    ray = [c.name for c in found if c.name and "ray" in c.name.lower()]
    assert any(name.startswith("Raymond ") for name in ray)
    assert "Dorain Gray" in ray
    numbers = [i.value for c in found for i in c.identifiers_of(IdentifierKind.PHONE)]
    assert D1_NUMBER in numbers


def test_d1_number_normalises_to_itself() -> None:
    assert normalize_phone(D1_NUMBER) == D1_NUMBER
    assert normalize_phone("+41 23 456 78 910") == D1_NUMBER


# --- identifiers --------------------------------------------------------------------------


@pytest.mark.parametrize("country", vocab.COUNTRIES, ids=lambda c: c.code)
def test_every_phone_pattern_gives_valid_numbers(country: vocab.Country) -> None:
    """The generator fills patterns without parsing; here every pattern is proven once."""
    rng = random.Random(country.code)
    for patterns, types in ((country.mobile, _MOBILE_TYPES), (country.fixed, _FIXED_TYPES)):
        for prefix, digits in patterns:
            fills = ["0" * digits, "9" * digits]
            fills += [f"{rng.randrange(10**digits):0{digits}d}" for _ in range(50)]
            fills += [f"{lead:02d}" + "5" * (digits - 2) for lead in range(100)]
            for fill in fills:
                number = phonenumbers.parse(prefix + fill)
                assert phonenumbers.is_valid_number(number), prefix + fill
                assert phonenumbers.number_type(number) in types, prefix + fill


def test_identifiers_are_normalised_and_unique(big: DemoSet) -> None:
    owners: dict[str, str] = {}
    for customer in big.customers:
        assert customer.identifiers_of(IdentifierKind.PHONE), customer.id
        for ident in customer.identifiers:
            assert owners.setdefault(ident.value, customer.id) == customer.id, ident.value
            if ident.kind is IdentifierKind.PHONE:
                assert normalize_phone(ident.value) == ident.value
                assert ident.number_type is not None
                if ident.value != D1_NUMBER:
                    assert phonenumbers.is_valid_number(phonenumbers.parse(ident.value))
            elif ident.kind is IdentifierKind.EMAIL:
                assert normalize_email(ident.value) == ident.value
            elif ident.kind is IdentifierKind.SIP:
                assert normalize_identifier(IdentifierKind.SIP, ident.value) == ident.value
            else:
                assert ident.number_type is None


def test_interactions_use_the_customers_own_numbers(demo: DemoSet) -> None:
    for i in demo.interactions:
        customer = demo.by_id[i.customer_id]
        own = {ident.value: ident for ident in customer.identifiers}
        if i.phone_number:
            assert own[i.phone_number].kind is IdentifierKind.PHONE
            if i.channel is Channel.VOICE:
                assert i.number_type is own[i.phone_number].number_type
        if i.channel in (Channel.TWITTER, Channel.LINE, Channel.MESSENGER):
            assert i.address is None or i.address.startswith("@")
        elif i.address:
            assert i.address in own
        if i.campaign and i.direction.value == "outbound":
            assert i.campaign in customer.campaigns  # SPEC A1


# --- invariants ---------------------------------------------------------------------------


def test_segments_are_contiguous_and_inside_the_interaction(demo: DemoSet) -> None:
    for i in demo.interactions:
        if not i.segments:
            continue
        assert i.channel.is_call
        assert i.segments[0].started_at == i.started_at
        for before, after in zip(i.segments, i.segments[1:], strict=False):
            assert before.ended_at == after.started_at
        for seg in i.segments:
            assert seg.ended_at >= seg.started_at
        end = i.ended_at or ANCHOR
        assert i.segments[-1].ended_at <= end
        if not i.live:
            assert i.segments[-1].ended_at == i.ended_at
        queued = [s.queue for s in i.segments if s.kind is SegmentKind.QUEUE]
        assert set(queued) <= set(i.queues)
        for seg in i.segments:
            if seg.kind is SegmentKind.VOICEMAIL:
                assert seg.voicemail_box
            if seg.kind is SegmentKind.TRANSFER:
                assert seg.transfer_target


def test_failure_flags_agree_with_outcome_and_task_result(demo: DemoSet) -> None:
    failed_results = 0
    for i in demo.interactions:
        if i.live:
            assert i.outcome is None and i.task_result is None
            continue
        assert i.outcome
        assert i.failure == (i.outcome in FAILED_OUTCOMES), (i.outcome, i.failure)
        if i.task_result is not None and i.task_result.is_failure:
            failed_results += 1
            assert i.failure
        assert i.is_failure == i.failure
    assert failed_results > 0


def test_live_interactions_are_few_and_recent(demo: DemoSet) -> None:
    live = [i for i in demo.interactions if i.live]
    assert {i.customer_id for i in live} == {"C000002", "C000003", "C000011"}
    for i in live:
        assert i.ended_at is None
        assert ANCHOR - timedelta(minutes=10) <= i.started_at < ANCHOR
        assert i.last_activity_at is not None
        assert i.started_at <= i.last_activity_at <= ANCHOR
        assert i is max(
            (j for j in demo.interactions if j.customer_id == i.customer_id),
            key=lambda j: j.started_at,
        )
    for i in demo.interactions:
        if not i.live:
            assert i.ended_at is not None and i.ended_at >= i.started_at
            assert i.ended_at < ANCHOR


def test_surveys_are_well_formed(demo: DemoSet) -> None:
    for answer in (a for i in demo.interactions for a in i.survey):
        if answer.kind is SurveyKind.STARS:
            assert answer.max_stars == 5 and 1 <= answer.answer <= 5
        elif answer.kind is SurveyKind.YES_NO:
            assert answer.answer in (True, False)
        else:
            assert isinstance(answer.answer, str) and answer.answer


def test_ticket_follow_ups_are_in_order_and_some_are_overdue(demo: DemoSet) -> None:
    interactions = {i.id: i for i in demo.interactions}
    overdue = 0
    for ticket in demo.tickets:
        times = [f.at for f in ticket.follow_ups]
        assert times == sorted(times)
        assert all(ticket.created_at <= t < ANCHOR for t in times)
        assert ticket.updated_at >= ticket.created_at
        assert ticket.created_at < ANCHOR
        if ticket.interaction_id:
            linked = interactions[ticket.interaction_id]
            assert linked.customer_id == ticket.customer_id
            assert ticket.created_at >= linked.started_at
        statuses = [f.status for f in ticket.follow_ups if f.kind is FollowUpKind.STATUS_UPDATE]
        assert (statuses[-1] if statuses else TicketStatus.OPEN) is ticket.status
        overdue += sum(f.is_overdue(ANCHOR) for f in ticket.follow_ups)
    assert overdue >= 1
    rich = [t for t in demo.tickets if t.customer_id == "C000001"]
    assert any(f.is_overdue(ANCHOR) for t in rich for f in t.follow_ups)


def _datetimes(value: object) -> Iterator[datetime]:
    if isinstance(value, datetime):
        yield value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from _datetimes(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _datetimes(item)


def test_every_datetime_is_aware_utc(demo: DemoSet) -> None:
    seen = 0
    for record in demo.records:
        for value in _datetimes(record):
            seen += 1
            assert value.tzinfo is UTC, value
            assert value.microsecond == 0
    assert seen > len(demo.interactions)
