"""CampaignManagerSource against a real server on 127.0.0.1 that serves the contract."""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import json
from datetime import timedelta

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import ValidationError
from openapi_spec_validator import validate as validate_openapi

from journey_widget.model import (
    Channel,
    Customer,
    DataSource,
    Direction,
    Identifier,
    IdentifierKind,
    Interaction,
    Journey,
    NumberType,
    OutboundKind,
)
from journey_widget.settings import AuthKind
from journey_widget.sources.base import FailureReason, JourneySource, SourceError
from journey_widget.sources.remote.auth import AuthConfig
from journey_widget.sources.remote.campaign_manager import CampaignManagerSource
from journey_widget.sources.remote.http_client import HttpClient
from journeys import NOW, call
from sources.contract_servers import (
    CAMPAIGN_MANAGER,
    CONTRACT_FILES,
    check_against_contract,
    cm_interaction,
    expected_journey,
    serve,
)

DAY = timedelta(days=1)
HOME = "+49301234567"
MOBILE = "+4915112345678"
UNKNOWN = Identifier(IdentifierKind.PHONE, "+49309999999")


def outbound(iid: str, days_ago: float, **changes) -> Interaction:
    base = call(iid, "CM-1", NOW - days_ago * DAY, direction=Direction.OUTBOUND)
    return dataclasses.replace(base, **{"phone_number": HOME, **changes})


def contact_journey() -> Journey:
    customer = Customer(
        "CM-1",
        "Erika Mustermann",
        (
            Identifier(IdentifierKind.PHONE, HOME, NumberType.HOME),
            Identifier(IdentifierKind.PHONE, MOBILE, NumberType.MOBILE),
        ),
        campaigns=("Winback Q3", "Glasfaser 2026"),
    )
    interactions = (
        outbound("A1", 1, number_type=NumberType.HOME),
        outbound("A2", 20, outcome="No answer", failure=True, number_type=NumberType.WORK),
        outbound("A3", 40, phone_number=MOBILE, number_type=NumberType.MOBILE),
        outbound("A4", 60, channel=Channel.SMS, number_type=None, campaign="Glasfaser 2026"),
        outbound("A5", 90, channel=Channel.EMAIL, phone_number=None, address="erika@example.com"),
        outbound("A6", 200, outbound_kind=OutboundKind.MANUAL, number_type=NumberType.OFFICE),
        outbound("A7", 300, previous_score=None, current_score=None, agents=()),
        # Campaign Manager does not hold inbound calls or chats: served without them.
        call("A8", "CM-1", NOW - 2 * DAY),
        outbound("A9", 3, channel=Channel.WEB_CHAT),
    )
    return Journey(customer, interactions)


def run(coro):
    return asyncio.run(coro)


async def using(server, action, **options):
    source = CampaignManagerSource(HttpClient(server.url, server.auth, **options))
    try:
        return await action(source)
    finally:
        await source.aclose()


def lookup(identifier: Identifier, since=None):
    return lambda source: source.journey_by_identifier(identifier, since)


PHONE = Identifier(IdentifierKind.PHONE, HOME)


@pytest.fixture
def server():
    with serve(CAMPAIGN_MANAGER, [contact_journey()], page_size=2) as s:
        yield s


# --- the contract ------------------------------------------------------------------------------


def test_the_contract_is_valid_openapi_3_1():
    document = yaml.safe_load(CONTRACT_FILES[CAMPAIGN_MANAGER].read_text(encoding="utf-8"))
    validate_openapi(document)
    assert document["openapi"] == "3.1.0"
    fields = document["components"]["schemas"]["Interaction"]["properties"]
    for seed_field in (
        "dateTime",
        "campaign",
        "mode",
        "outcome",
        "failure",
        "phoneNumber",
        "previousScore",
        "currentScore",
        "agentName",
        "agentComments",
    ):
        assert seed_field in fields
    schemes = document["components"]["securitySchemes"]
    assert schemes["oauth2"]["flows"]["clientCredentials"]["tokenUrl"]
    assert {schemes["apiKey"]["type"], schemes["bearer"]["scheme"]} == {"apiKey", "bearer"}


def test_the_contract_check_catches_a_wrong_answer():
    page = {"items": [cm_interaction(outbound("A1", 1))], "nextCursor": None}
    check_against_contract(CAMPAIGN_MANAGER, "/v1/interactions", 200, page)
    broken = copy.deepcopy(page)
    broken["items"][0]["failure"] = "no"
    with pytest.raises(ValidationError):
        check_against_contract(CAMPAIGN_MANAGER, "/v1/interactions", 200, broken)
    del page["items"][0]["mode"]
    with pytest.raises(ValidationError):
        check_against_contract(CAMPAIGN_MANAGER, "/v1/interactions", 200, page)


def test_every_answer_the_server_gave_is_what_the_contract_says(server):
    async def everything(source):
        await source.check()
        await source.journey_by_identifier(PHONE)
        await source.journey_by_identifier(UNKNOWN)
        await source.journey_by_customer_id("CM-1")
        await source.search(HOME)

    run(using(server, everything))
    assert len(server.responses) > 8
    for path, status, body in server.responses:
        check_against_contract(CAMPAIGN_MANAGER, path.removeprefix("/api"), status, body)


# --- the happy path ------------------------------------------------------------------------------


def test_it_is_a_journey_source(server):
    assert isinstance(CampaignManagerSource(HttpClient(server.url, server.auth)), JourneySource)


def test_a_number_gives_the_contacts_campaign_journey(server):
    journey = run(using(server, lookup(PHONE)))
    assert journey == expected_journey(CAMPAIGN_MANAGER, contact_journey())
    ids = [i.id for i in journey.interactions]
    assert ids == ["A7", "A6", "A5", "A4", "A3", "A2", "A1"]  # oldest first, both numbers
    assert journey.customer.campaigns == ("Winback Q3", "Glasfaser 2026")
    failed = next(i for i in journey.interactions if i.id == "A2")
    assert failed.is_failure and failed.outcome == "No answer"
    assert all(i.source is DataSource.CAMPAIGN_MANAGER for i in journey.interactions)
    assert all(i.direction is Direction.OUTBOUND for i in journey.interactions)
    assert all(i.started_at.tzinfo is not None for i in journey.interactions)


def test_modes_map_to_channels_and_number_types(server):
    journey = run(using(server, lookup(PHONE)))
    kinds = {i.id: (i.channel, i.number_type) for i in journey.interactions}
    assert kinds["A1"] == (Channel.VOICE, NumberType.HOME)
    assert kinds["A2"] == (Channel.VOICE, NumberType.WORK)
    assert kinds["A3"] == (Channel.VOICE, NumberType.MOBILE)
    assert kinds["A6"] == (Channel.VOICE, NumberType.OFFICE)
    assert kinds["A4"] == (Channel.SMS, None)
    assert kinds["A5"] == (Channel.EMAIL, None)
    a7 = next(i for i in journey.interactions if i.id == "A7")
    assert a7.previous_score is None and a7.agents == ()  # absent fields are None / empty


def test_the_journey_by_contact_id_is_the_same(server):
    assert run(using(server, lambda s: s.journey_by_customer_id("CM-1"))) == run(
        using(server, lookup(PHONE))
    )


def test_unknown_numbers_and_ids_are_no_journey(server):
    assert run(using(server, lookup(UNKNOWN))) is None
    assert run(using(server, lambda s: s.journey_by_customer_id("nobody/../x"))) is None
    assert run(using(server, lambda s: s.journey_by_customer_id("  "))) is None


def test_search_finds_a_contact_by_its_complete_number_only(server):
    matches = run(using(server, lambda s: s.search("030 1234567")))
    assert [(m.customer_id, m.name, m.matched) for m in matches] == [
        ("CM-1", "Erika Mustermann", HOME)
    ]
    assert run(using(server, lambda s: s.search("4567"))) == []
    assert run(using(server, lambda s: s.search("Erika"))) == []


def test_check_accepts_campaign_manager(server):
    run(using(server, lambda s: s.check()))


# --- pagination and the period -----------------------------------------------------------------


def test_pages_are_followed_to_the_end(server):
    run(using(server, lookup(PHONE)))
    pages = server.api_requests("/api/v1/interactions")
    home_pages = [q for q in pages if q["phone"] == HOME]
    assert [q.get("cursor") for q in home_pages] == [None, "2", "4"]  # 6 on the home number


def test_since_limits_the_period_and_stops_the_paging_even_if_the_server_ignores_it():
    since = NOW - 50 * DAY
    with serve(CAMPAIGN_MANAGER, [contact_journey()], page_size=2, honour_since=False) as s:
        journey = run(using(s, lookup(PHONE, since)))
        home_pages = [q for q in s.api_requests("/api/v1/interactions") if q["phone"] == HOME]
    assert [i.id for i in journey.interactions] == ["A3", "A2", "A1"]
    assert journey == expected_journey(CAMPAIGN_MANAGER, contact_journey(), since)
    assert len(home_pages) == 2  # the 2nd page reached back past `since`: the 3rd never asked
    assert home_pages[0]["since"] == since.isoformat().replace("+00:00", "Z")


def test_a_cursor_that_repeats_is_malformed(server):
    server.answer("v1/interactions", {"items": [], "nextCursor": "same"})
    with pytest.raises(SourceError) as caught:
        run(using(server, lookup(PHONE)))
    assert caught.value.reason is FailureReason.MALFORMED
    assert "nextCursor repeats" in str(caught.value)


# --- failures ----------------------------------------------------------------------------------


def test_a_500_during_a_lookup_is_retried(server):
    server.fail_next(500)
    assert run(using(server, lookup(PHONE), backoff_base=0.01)) is not None


def test_an_e_mail_cannot_be_looked_up_in_campaign_manager(server):
    with pytest.raises(SourceError, match="phone number only"):
        run(using(server, lookup(Identifier(IdentifierKind.EMAIL, "erika@example.com"))))
    assert server.requests == []


def test_a_wrong_base_url_is_a_configuration_error(server):
    async def wrong(_source):
        source = CampaignManagerSource(HttpClient(server.url + "nothing/", server.auth))
        try:
            await source.journey_by_identifier(PHONE)
        finally:
            await source.aclose()

    with pytest.raises(SourceError) as caught:
        run(using(server, wrong))
    assert caught.value.reason is FailureReason.CONFIGURATION
    assert "no Campaign Manager API" in str(caught.value)


def test_check_tells_a_data_cloud_server_from_campaign_manager():
    from sources.contract_servers import DATA_CLOUD

    with serve(DATA_CLOUD) as other, pytest.raises(SourceError) as caught:
        run(using(other, lambda s: s.check()))
    assert caught.value.reason is FailureReason.CONFIGURATION
    assert "not Campaign Manager" in str(caught.value)


def test_wrong_credentials_are_unauthorized():
    async def with_wrong_token(server):
        source = CampaignManagerSource(HttpClient(server.url, AuthConfig(AuthKind.BEARER, "old")))
        try:
            return await source.journey_by_identifier(PHONE)
        finally:
            await source.aclose()

    auth = AuthConfig(AuthKind.BEARER, "new")
    with serve(CAMPAIGN_MANAGER, auth=auth) as server, pytest.raises(SourceError) as caught:
        run(with_wrong_token(server))
    assert caught.value.reason is FailureReason.UNAUTHORIZED
    assert "(HTTP 401, unauthorized)" in str(caught.value)


def test_a_403_is_forbidden(server):
    server.fail_next(403, {"error": {"code": "forbidden", "message": "Other division."}})
    with pytest.raises(SourceError) as caught:
        run(using(server, lookup(PHONE)))
    assert caught.value.reason is FailureReason.FORBIDDEN
    assert "(HTTP 403, forbidden)" in str(caught.value)


# --- malformed and mistyped answers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("failure", None, "items[0].failure is missing"),
        ("failure", "yes", "items[0].failure must be true or false, not a string"),
        ("dateTime", "2026-11-20 09:30", "items[0].dateTime must be a date-time with offset"),
        ("dateTime", 1732000000, "items[0].dateTime must be a date-time"),
        ("mode", 5, "items[0].mode must be one of home, work, mobile, office, sms, email"),
        ("previousScore", "high", "items[0].previousScore must be a number"),
        ("id", None, "items[0].id is missing"),
    ],
)
def test_a_mistyped_field_is_malformed_and_named(server, field, value, words):
    item = cm_interaction(outbound("A1", 1))
    item[field] = value
    server.answer("v1/interactions", {"items": [item], "nextCursor": None})
    with pytest.raises(SourceError) as caught:
        run(using(server, lookup(PHONE)))
    assert caught.value.reason is FailureReason.MALFORMED
    assert words in str(caught.value)
    assert "Campaign Manager sent a malformed answer" in str(caught.value)


def test_a_mode_added_later_is_an_other_channel_with_its_name(server):
    """Issue 16.8: Campaign Manager reads an unknown mode as Data Cloud reads an unknown
    channel type: that interaction is "other", named, and the journey is shown."""
    item = {**cm_interaction(outbound("A1", 1)), "mode": "fax"}
    server.answer("v1/interactions", {"items": [item], "nextCursor": None})
    journey = run(using(server, lookup(PHONE)))
    [shown] = journey.interactions
    assert (shown.channel, shown.channel_name, shown.number_type) == (Channel.OTHER, "fax", None)


def test_a_contact_that_is_not_an_object_is_malformed(server):
    server.answer("v1/contacts/lookup", "[1, 2]")
    with pytest.raises(SourceError, match="contact must be an object, not an array"):
        run(using(server, lookup(PHONE)))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
FIELDS = sorted(cm_interaction(outbound("A1", 1)))


@st.composite
def mutated_pages(draw):
    """A valid page with one field of one item replaced by any JSON (or removed), or any JSON."""
    if draw(st.integers(0, 9)) == 0:
        return draw(JSON)
    items = [cm_interaction(outbound(f"H{n}", n + 1)) for n in range(draw(st.integers(1, 3)))]
    target = draw(st.sampled_from(items))
    field = draw(st.sampled_from([*FIELDS, "unknownField"]))
    if draw(st.booleans()):
        target.pop(field, None)
    else:
        target[field] = draw(JSON)
    return {"items": items, "nextCursor": draw(st.none() | st.just(None))}


def test_any_answer_gives_a_journey_or_a_malformed_error(server):
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(page=mutated_pages())
    def check(page):
        server.answer("v1/interactions", json.dumps(page, allow_nan=True))
        try:
            journey = run(using(server, lookup(PHONE)))
        except SourceError as error:
            assert error.reason is FailureReason.MALFORMED, str(error)
        else:
            assert isinstance(journey, Journey)

    check()
