"""``GET /v1/me`` of both contracts: the back end says who the user is, and its answer wins.

Real servers on 127.0.0.1 (``contract_servers``), the real adapters, the real service.
"""

from __future__ import annotations

import asyncio

import pytest
import yaml
from openapi_spec_validator import validate as validate_openapi

from journey_widget.model import IdentifierKind
from journey_widget.model.permissions import Permission, Role, UserContext
from journey_widget.model.privacy import is_obfuscated
from journey_widget.service.access import Access, PermissionDenied
from journey_widget.service.lookup import JourneyService
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.remote.campaign_manager import CampaignManagerSource
from journey_widget.sources.remote.data_cloud import DataCloudSource
from journey_widget.sources.remote.http_client import HttpClient
from journeys import sample_records
from sources.contract_servers import (
    CAMPAIGN_MANAGER,
    CONTRACT_FILES,
    DATA_CLOUD,
    check_against_contract,
    journeys_of,
    serve,
)

ADAPTERS = {CAMPAIGN_MANAGER: CampaignManagerSource, DATA_CLOUD: DataCloudSource}
BACKENDS = pytest.mark.parametrize("backend", [CAMPAIGN_MANAGER, DATA_CLOUD])
NAMES = {CAMPAIGN_MANAGER: "Campaign Manager", DATA_CLOUD: "Data Cloud"}


def _adapter(server):
    return ADAPTERS[server.backend](HttpClient(server.url, server.auth))


def _told(server):
    async def ask():
        source = _adapter(server)
        try:
            return await source.user_context()
        finally:
            await source.aclose()

    return asyncio.run(ask())


def _first_phone() -> str:
    customer = journeys_of(sample_records())[0].customer
    return customer.identifiers_of(IdentifierKind.PHONE)[0].value


# --- the contract ------------------------------------------------------------------------------


@BACKENDS
def test_both_contracts_say_who_the_user_is(backend):
    document = yaml.safe_load(CONTRACT_FILES[backend].read_text(encoding="utf-8"))
    validate_openapi(document)
    assert "/v1/me" in document["paths"]
    schema = document["components"]["schemas"]["UserContext"]
    assert set(schema["properties"]) == {"userName", "role", "permissions", "divisions"}
    permissions = schema["properties"]["permissions"]["items"]["enum"]
    assert set(permissions) == {p.value for p in Permission}
    assert set(schema["properties"]["role"]["enum"]) - {None} == {r.value for r in Role}


# --- bad answers first ---------------------------------------------------------------------------


BAD_ANSWERS = [
    ([], "me must be an object, not an array"),
    ({"role": "agent"}, "me.userName is missing"),
    ({"userName": "  ", "role": "agent"}, "me.userName is empty"),
    ({"userName": 7, "role": "agent"}, "me.userName must be a string, not a number"),
    ({"userName": "anna"}, "me names neither a role nor permissions"),
    ({"userName": "anna", "role": "boss"}, "me.role must be one of agent, supervisor"),
    ({"userName": "anna", "permissions": "export"}, "me.permissions must be an array"),
    ({"userName": "anna", "permissions": ["fly"]}, "me.permissions holds “fly”, which is not"),
    ({"userName": "anna", "permissions": ["Export"]}, "holds “Export”, which is not a perm"),
    ({"userName": "anna", "permissions": [1]}, r"me.permissions\[0\] must be a string"),
    ({"userName": "anna", "role": "agent", "divisions": "Retail"}, "me.divisions must be an"),
    ({"userName": "anna", "role": "agent", "divisions": [None]}, r"me.divisions\[0\] must be"),
]


@BACKENDS
@pytest.mark.parametrize(("body", "sentence"), BAD_ANSWERS)
def test_a_bad_answer_is_a_malformed_error_that_names_the_field(backend, body, sentence):
    with serve(backend) as server:
        server.answer("v1/me", body if isinstance(body, dict) else "[]")
        with pytest.raises(SourceError, match=sentence) as caught:
            _told(server)
    assert caught.value.reason is FailureReason.MALFORMED
    assert str(caught.value).startswith(f"{NAMES[backend]} sent a malformed answer: ")


@BACKENDS
def test_a_back_end_without_the_route_does_not_say(backend):
    with serve(backend) as server:  # no user: the contract's 404 not_found
        assert _told(server) is None
        [(_path, status, body)] = [r for r in server.responses if r[0] == "/api/v1/me"]
        check_against_contract(backend, "/v1/me", status, body)
        assert status == 404
        # An older gateway: a plain 404 page, not the contract's error object.
        server.answer("v1/me", "<html>Not Found</html>", 404)
        assert _told(server) is None


@BACKENDS
def test_an_outage_is_an_error_not_a_guess(backend):
    with serve(backend) as server:
        server.answer("v1/me", {"error": {"code": "unavailable", "message": "down"}}, 503)
        with pytest.raises(SourceError) as caught:
            _told(server)
    assert caught.value.reason is not FailureReason.MALFORMED


# --- good answers --------------------------------------------------------------------------------


@BACKENDS
@pytest.mark.parametrize(
    "user",
    [
        UserContext.for_role("anna@tenant", Role.SUPERVISOR, ["Retail", "Business"]),
        UserContext.for_role("root", Role.ADMINISTRATOR),
        UserContext.from_permissions("bob", ["view_journey", "export"]),
        UserContext.from_permissions("nobody", []),
    ],
)
def test_the_adapter_reads_the_users_role_permissions_and_divisions(backend, user):
    with serve(backend, user=user) as server:
        told = _told(server)
        for path, status, body in server.responses:
            check_against_contract(backend, path.removeprefix("/api"), status, body)
    assert told is not None
    assert (told.user, told.permissions, told.role, told.divisions) == (
        user.user,
        user.permissions,
        user.role,
        user.divisions,
    )
    assert told.origin == "back end"


@BACKENDS
def test_permissions_given_are_exactly_the_users_even_beside_a_role(backend):
    with serve(backend) as server:
        server.answer(
            "v1/me",
            {"userName": "eve", "role": "administrator", "permissions": ["view_journey"]},
        )
        told = _told(server)
    assert told.permissions == frozenset({Permission.VIEW_JOURNEY})
    assert told.role is None


# --- through the service: the back end's answer wins --------------------------------------------


def _service(server, settings_user: UserContext, *, privacy: bool = False) -> JourneyService:
    return JourneyService(_adapter(server), access=Access(settings_user, privacy))


@BACKENDS
def test_the_back_ends_answer_wins_over_the_settings(backend):
    journeys = journeys_of(sample_records())
    supervisor = UserContext.for_role("sam@tenant", Role.SUPERVISOR)
    with serve(backend, journeys, user=supervisor) as server:
        # The settings file says administrator; the back end says supervisor.
        service = _service(server, UserContext.for_role("sam", Role.ADMINISTRATOR), privacy=True)

        async def work():
            try:
                result = await service.lookup(_first_phone(), period_months=None)
                user = await service.operations.user()
                with pytest.raises(PermissionDenied, match="sam@tenant is not allowed to anon"):
                    await service.operations.anonymise(journeys[0].customer.id)
                return result, user
            finally:
                await service.aclose()

        result, user = asyncio.run(work())
        asked = server.api_requests("/api/v1/me")
    assert user.user == "sam@tenant" and user.role is Role.SUPERVISOR
    assert not user.can(Permission.ANONYMISE)
    assert result.journey is not None
    assert result.journey.customer.name and is_obfuscated(result.journey.customer.name)
    assert len(asked) == 1  # once per connection


@BACKENDS
def test_the_back_end_can_grant_more_than_the_settings(backend):
    admin = UserContext.for_role("it@tenant", Role.ADMINISTRATOR)
    with serve(backend, user=admin) as server:
        service = _service(server, UserContext.for_role("it", Role.AGENT))

        async def work():
            try:
                return await service.operations.can(Permission.CONFIGURE)
            finally:
                await service.aclose()

        assert asyncio.run(work()) is True


@BACKENDS
def test_a_back_end_that_does_not_say_leaves_the_settings(backend):
    with serve(backend) as server:
        service = _service(server, UserContext.for_role("anna", Role.SUPERVISOR))

        async def work():
            try:
                return await service.operations.user()
            finally:
                await service.aclose()

        user = asyncio.run(work())
    assert user.user == "anna" and user.role is Role.SUPERVISOR and user.origin == "settings"


@BACKENDS
def test_a_malformed_answer_fails_the_lookup_with_its_sentence(backend):
    """Never the settings' role instead: a broken answer must not widen what the user sees."""
    with serve(backend, journeys_of(sample_records())) as server:
        server.answer("v1/me", {"userName": "anna", "role": "superuser"})
        service = _service(server, UserContext.for_role("anna", Role.ADMINISTRATOR))

        async def work():
            try:
                await service.lookup(_first_phone(), period_months=None)
            finally:
                await service.aclose()

        with pytest.raises(SourceError, match=r"malformed answer: me\.role must be one of") as e:
            asyncio.run(work())
        assert e.value.reason is FailureReason.MALFORMED
        assert not server.api_requests("/api/v1/contacts/lookup")
        assert not server.api_requests("/api/v1/profiles/lookup")
