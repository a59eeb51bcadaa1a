"""DataCloudSource against a real server on 127.0.0.1 that serves the contract."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from datetime import timedelta

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate as validate_openapi

from journey_widget.model import (
    Channel,
    Direction,
    Identifier,
    IdentifierKind,
    Journey,
    OutboundKind,
    TicketStatus,
)
from journey_widget.sources.base import FailureReason, JourneySource, SourceError
from journey_widget.sources.remote.data_cloud import DataCloudSource
from journey_widget.sources.remote.http_client import HttpClient
from journeys import NOW, call, customer, sample_records, ticket
from sources.contract_servers import (
    CAMPAIGN_MANAGER,
    CONTRACT_FILES,
    DATA_CLOUD,
    check_against_contract,
    dc_interaction,
    dc_profile,
    dc_ticket,
    expected_journey,
    journeys_of,
    serve,
)

DAY = timedelta(days=1)
PHONE = Identifier(IdentifierKind.PHONE, "+49301234567")
EMAIL = Identifier(IdentifierKind.EMAIL, "raymond@example.com")
SIP = Identifier(IdentifierKind.SIP, "sip:dgray@pbx.example.com")


def rich_journey() -> Journey:
    """Every channel, both directions, live and past, tickets: what Data Cloud can carry."""
    person = customer("C1", "Raymond Müller", "+49301234567", email="raymond@example.com")
    interactions = [call("V1", "C1", NOW - 1 * DAY)]
    known = [channel for channel in Channel if channel is not Channel.OTHER]  # no wire name
    for n, channel in enumerate(known, start=2):
        base = call(f"X{n}", "C1", NOW - n * DAY, channel=channel, direction=Direction.OUTBOUND)
        interactions.append(
            dataclasses.replace(
                base,
                address="raymond@example.com" if channel is Channel.EMAIL else f"@ray{n}",
                subject="Ihre Rechnung" if channel is Channel.EMAIL else None,
                message_count=n if channel.is_message else None,
                web_page="https://shop.example.com/dsl" if channel is Channel.WEB_EVENT else None,
                content_offer="DSL 250" if channel is Channel.CONTENT_OFFER else None,
                outbound_kind=OutboundKind.AGENTLESS,
                codes_configured=n % 2 == 0,
                issues_reported="Router" if n == 3 else None,
            )
        )
    live = dataclasses.replace(
        call("L1", "C1", NOW - timedelta(minutes=3), channel=Channel.WHATSAPP),
        ended_at=None,
        live=True,
        last_activity_at=NOW - timedelta(seconds=20),
    )
    interactions.append(live)
    interactions.append(call("OLD", "C1", NOW - 500 * DAY, outcome="Busy"))
    tickets = (
        ticket("T1", "C1", "V1", NOW - 5 * DAY),
        dataclasses.replace(ticket("T2", "C1", None, NOW - 90 * DAY), status=TicketStatus.CLOSED),
    )
    return Journey(person, tuple(interactions), tickets)


def run(coro):
    return asyncio.run(coro)


async def using(server, action, **options):
    source = DataCloudSource(HttpClient(server.url, server.auth, **options))
    try:
        return await action(source)
    finally:
        await source.aclose()


def lookup(identifier: Identifier, since=None):
    return lambda source: source.journey_by_identifier(identifier, since)


@pytest.fixture
def server():
    with serve(DATA_CLOUD, [rich_journey(), *journeys_of(sample_records())[1:]], page_size=4) as s:
        yield s


# --- the contract ------------------------------------------------------------------------------


def test_the_contract_is_valid_openapi_3_1_with_the_seed_fields():
    document = yaml.safe_load(CONTRACT_FILES[DATA_CLOUD].read_text(encoding="utf-8"))
    validate_openapi(document)
    fields = document["components"]["schemas"]["Interaction"]["properties"]
    for seed_field in (
        "phoneNumber",
        "callStartTime",
        "callEndTime",
        "outcome",
        "agentName",
        "agentComments",
        "channelType",
        "channelDirection",
    ):
        assert seed_field in fields
    assert {"chat", "sms", "email", "voice"} <= set(fields["channelType"]["enum"])
    assert "/v1/profiles/search" in document["paths"]


def test_every_answer_the_server_gave_is_what_the_contract_says(server):
    async def everything(source):
        await source.check()
        await source.journey_by_identifier(PHONE)
        await source.journey_by_identifier(SIP)
        await source.journey_by_identifier(Identifier(IdentifierKind.PHONE, "+49309999999"))
        await source.journey_by_customer_id("C1", NOW - 30 * DAY)
        await source.search("ray")

    run(using(server, everything))
    paths = {path for path, _, _ in server.responses}
    assert {"/api/v1/profiles/C1/tickets", "/api/v1/profiles/search"} <= paths
    for path, status, body in server.responses:
        check_against_contract(DATA_CLOUD, path.removeprefix("/api"), status, body)


# --- the happy path ------------------------------------------------------------------------------


def test_it_is_a_journey_source(server):
    assert isinstance(DataCloudSource(HttpClient(server.url, server.auth)), JourneySource)


def test_a_number_gives_the_whole_journey_with_every_rich_field(server):
    journey = run(using(server, lookup(PHONE)))
    assert journey == expected_journey(DATA_CLOUD, rich_journey())
    v1 = next(i for i in journey.interactions if i.id == "V1")
    assert v1.segments and v1.survey and v1.case and v1.recording_url
    assert v1.last_agent == "Jürgen Weiß" and v1.last_queue == "Technik"
    assert {i.channel for i in journey.interactions} == set(Channel) - {Channel.OTHER}
    assert {t.id for t in journey.tickets} == {"T1", "T2"}
    assert journey.customer.lead_status is not None and journey.customer.tenant == "Nimbus DE"


def test_e_mail_and_sip_find_their_profiles(server):
    assert run(using(server, lookup(EMAIL))).customer.id == "C1"
    gray = run(using(server, lookup(SIP)))
    assert gray.customer.name == "Dorain Gray"
    assert [i.id for i in gray.interactions] == ["I4"]
    assert gray.interactions[0].direction is Direction.OUTBOUND


def test_inbound_calls_keep_their_direction(server):
    journey = run(using(server, lookup(PHONE)))
    assert next(i for i in journey.interactions if i.id == "V1").direction is Direction.INBOUND


def test_the_live_interaction_stays_live(server):
    journey = run(using(server, lookup(PHONE)))
    live = next(i for i in journey.interactions if i.id == "L1")
    assert live.live and live.ended_at is None and live.last_activity_at is not None


def test_unknown_identifiers_and_ids_are_no_journey(server):
    assert run(using(server, lookup(Identifier(IdentifierKind.EMAIL, "x@example.com")))) is None
    assert run(using(server, lambda s: s.journey_by_customer_id("C404"))) is None


def test_search_finds_names_and_digits_inside_numbers(server):
    by_name = run(using(server, lambda s: s.search("ray")))
    assert {m.customer_id for m in by_name} == {"C1", "C2"}  # Raymond and Dorain Gray (D1)
    by_digits = run(using(server, lambda s: s.search("4567")))
    assert (by_digits[0].customer_id, by_digits[0].matched_kind) == ("C1", IdentifierKind.PHONE)
    assert "C3" in {m.customer_id for m in by_digits}  # +412345678910
    assert run(using(server, lambda s: s.search("   "))) == []
    assert len(run(using(server, lambda s: s.search("e", limit=1)))) == 1


# --- pagination and the period -----------------------------------------------------------------


def test_since_limits_interactions_and_tickets(server):
    since = NOW - 30 * DAY
    journey = run(using(server, lookup(PHONE, since)))
    assert journey == expected_journey(DATA_CLOUD, rich_journey(), since)
    assert all(i.started_at >= since for i in journey.interactions)
    assert [t.id for t in journey.tickets] == ["T1"]


def test_paging_stops_once_past_since_even_if_the_server_ignores_it():
    since = NOW - 6 * DAY
    with serve(DATA_CLOUD, [rich_journey()], page_size=3, honour_since=False) as s:
        journey = run(using(s, lookup(PHONE, since)))
        pages = s.api_requests("/api/v1/interactions")
    assert journey == expected_journey(DATA_CLOUD, rich_journey(), since)
    total = len(rich_journey().interactions)
    assert len(pages) < -(-total // 3)  # fewer pages than the whole history needs
    assert [q.get("cursor") for q in pages] == [None, "3", "6"][: len(pages)]


# --- failures ----------------------------------------------------------------------------------


def test_check_tells_campaign_manager_from_data_cloud():
    with serve(CAMPAIGN_MANAGER) as other, pytest.raises(SourceError) as caught:
        run(using(other, lambda s: s.check()))
    assert caught.value.reason is FailureReason.CONFIGURATION
    assert "not Data Cloud" in str(caught.value)


def test_check_passes_against_data_cloud(server):
    run(using(server, lambda s: s.check()))


def test_429_then_the_journey(server):
    server.fail_next(429, headers={"Retry-After": "0"})
    assert run(using(server, lookup(PHONE))) is not None


def test_a_server_that_keeps_failing_is_a_server_error(server):
    server.fail_next(502, times=10)
    with pytest.raises(SourceError) as caught:
        run(using(server, lookup(PHONE), backoff_base=0.001))
    assert caught.value.reason is FailureReason.SERVER
    assert caught.value.reason.is_outage


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"recordingUrl": "javascript:alert(1)"}, "recordingUrl must be an http(s) URL"),
        ({"channelType": 7}, "channelType must be one of"),
        ({"channelDirection": None}, "channelDirection is missing"),
        ({"queues": "Technik"}, "queues must be an array, not a string"),
        ({"queues": ["A", 7]}, "queues[1] must be a string, not a number"),
        ({"parameters": {"Vertrag": 4711}}, "parameters.Vertrag must be a string"),
        ({"messageCount": -1}, "messageCount must be a whole number of at least 0"),
        ({"survey": [{"question": "?", "type": "stars", "answer": 9, "maxStars": 5}]}, "stars"),
        ({"segments": [{"type": "ivr", "start": "2026-01-01T00:00:00Z"}]}, "segments[0].end"),
        ({"case": {"id": "K"}}, "case.createdAt is missing"),
    ],
)
def test_a_mistyped_field_is_malformed_and_named(server, changes, words):
    item = {**dc_interaction(rich_journey().interactions[0]), **changes}
    server.answer("v1/interactions", {"items": [item], "nextCursor": None})
    with pytest.raises(SourceError) as caught:
        run(using(server, lookup(PHONE)))
    assert caught.value.reason is FailureReason.MALFORMED
    assert words in str(caught.value)


def test_a_channel_type_added_later_is_other_with_its_name_not_a_failed_journey(server):
    """Issue 16.8: a new channel type ("pigeon") failed the whole journey; now that one
    interaction is "other", named as the back end names it, and the rest is shown."""
    first, second = rich_journey().interactions[:2]
    items = [{**dc_interaction(first), "channelType": "pigeon"}, dc_interaction(second)]
    server.answer("v1/interactions", {"items": items, "nextCursor": None})
    journey = run(using(server, lookup(PHONE)))
    by_id = {i.id: i for i in journey.interactions}
    assert (by_id[first.id].channel, by_id[first.id].channel_name) == (Channel.OTHER, "pigeon")
    assert (by_id[second.id].channel, by_id[second.id].channel_name) == (second.channel, None)


def test_the_error_names_the_page_and_item(server):
    good = dc_interaction(rich_journey().interactions[0])
    server.answer("v1/interactions", {"items": [good, {**good, "failure": 1}]})
    with pytest.raises(SourceError) as caught:
        run(using(server, lookup(PHONE)))
    assert "interactions page 1.items[1].failure must be true or false, not a number" in str(
        caught.value
    )


def test_a_profile_with_an_unusable_identifier_keeps_the_others(server):
    server.answer(
        "v1/profiles/lookup",
        {
            "id": "C1",
            "identifiers": [
                {"type": "phone", "value": "not a number"},
                {"type": "email", "value": "Raymond@Example.com"},
            ],
        },
    )
    journey = run(using(server, lookup(PHONE)))
    assert journey.customer.identifiers == (EMAIL,)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _documents() -> dict[str, object]:
    """A valid answer of each route a lookup reads (the route's 1st page)."""
    journey = rich_journey()
    return {
        "v1/profiles/lookup": dc_profile(journey.customer),
        "v1/interactions": {"items": [dc_interaction(i) for i in journey.interactions[:4]]},
        "v1/profiles/C1/tickets": {"items": [dc_ticket(t) for t in journey.tickets]},
    }


def _objects_in(document: object) -> list[dict]:
    """Every JSON object inside a document, itself included: the places a field can break."""
    found = []
    if isinstance(document, dict):
        found.append(document)
        for value in document.values():
            found.extend(_objects_in(value))
    elif isinstance(document, list):
        for value in document:
            found.extend(_objects_in(value))
    return found


@st.composite
def mutated_answers(draw):
    """One route's answer with one field of one object inside it replaced by any JSON (or
    removed), or any JSON at all."""
    route, document = draw(st.sampled_from(sorted(_documents().items())))
    if draw(st.integers(0, 9)) == 0:
        return route, draw(JSON)
    target = draw(st.sampled_from(_objects_in(document)))
    field = draw(st.sampled_from([*sorted(target), "unknownField"]))
    if draw(st.booleans()):
        target.pop(field, None)
    else:
        target[field] = draw(JSON)
    return route, document


def test_any_answer_gives_a_journey_or_a_malformed_error(server):
    @settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(answer=mutated_answers())
    def check(answer):
        route, document = answer
        server.answer(route, json.dumps(document, allow_nan=True))
        try:
            journey = run(using(server, lookup(PHONE)))
        except SourceError as error:
            assert error.reason is FailureReason.MALFORMED, str(error)
        else:
            assert isinstance(journey, Journey)
        finally:
            server.forget(route)

    check()


def test_cancelling_a_lookup_cancels_its_parallel_requests(server):
    async def scenario():
        source = DataCloudSource(HttpClient(server.url, server.auth, timeout=30))
        server.stall_next("v1/profiles/C1/tickets")
        task = asyncio.create_task(source.journey_by_identifier(PHONE))
        while not server.api_requests("/api/v1/profiles/C1/tickets"):
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)  # far below the 30 s read timeout
        server.release()
        try:
            return await source.journey_by_identifier(PHONE)
        finally:
            await source.aclose()

    assert run(scenario()) == expected_journey(DATA_CLOUD, rich_journey())


def test_every_demo_customer_comes_through_the_contract_unchanged():
    """The demo generator's journeys (every channel, surveys of every kind, cases, tickets)
    served by the contract and read back by the adapter: what the window would show."""
    from datetime import UTC, datetime

    from journey_widget.sources.demo import generator as demo_data

    journeys = journeys_of(list(demo_data.generate(12, 3, datetime.now(UTC))))
    assert any(i.survey for j in journeys for i in j.interactions)
    with serve(DATA_CLOUD, journeys, page_size=50) as server:

        async def all_of_them(source):
            return [
                await source.journey_by_customer_id(journey.customer.id) for journey in journeys
            ]

        got = run(using(server, all_of_them))
    assert got == [expected_journey(DATA_CLOUD, journey) for journey in journeys]
