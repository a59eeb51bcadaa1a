"""The service enforces permissions, divisions and privacy (SPEC E1, D6, D7) on a real store.

Each role against each action: what is allowed works, what is not raises PermissionDenied
with a sentence, in the service, whatever a window would show. Divisions: a customer of
another division is "not found" everywhere and never suggested.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journey_widget.model import (
    Channel,
    Customer,
    DataSource,
    Direction,
    Identifier,
    IdentifierKind,
    Interaction,
    Segment,
    SegmentKind,
)
from journey_widget.model.permissions import Permission, Role, UserContext
from journey_widget.service.access import Access, PermissionDenied, user_from_settings
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import AccessSettings
from journey_widget.sources.audit import AuditAction, AuditLog
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.local.source import LocalSource
from journey_widget.sources.local.store import open_store

NOW = datetime.now(UTC).replace(microsecond=0)
RAY_PHONE = "+41234564567"


def _customer(cid: str, name: str, phone: str, division: str) -> list:
    customer = Customer(
        cid,
        name,
        (
            Identifier(IdentifierKind.PHONE, phone),
            Identifier(IdentifierKind.EMAIL, f"{name.split()[0].lower()}@example.com"),
        ),
        tenant="Acme Energy",
        division=division,
    )
    start = NOW - timedelta(days=3)
    segment = Segment(SegmentKind.QUEUE, start, start + timedelta(minutes=2), queue="Billing")
    items = [
        Interaction(
            f"{cid}-I{n}",
            cid,
            Channel.VOICE,
            Direction.INBOUND,
            start + timedelta(hours=n),
            ended_at=start + timedelta(hours=n, minutes=4),
            phone_number=phone,
            agent_comments="Promised a call back",
            segments=(segment,),
            queues=("Billing",),
            completion_code="Resolved",
            division=division if n else "Business",
        )
        for n in range(3)
    ]
    return [customer, *items]


@pytest.fixture
def store_path(make_store) -> Path:
    return make_store(
        [
            *_customer("C1", "Raymond Gray", RAY_PHONE, "Retail"),
            *_customer("C2", "Dorain Gray", "+4930123456", "Business"),
        ]
    )


def _service(store_path: Path, user: UserContext, **access) -> JourneyService:
    return JourneyService(LocalSource(store_path), access=Access(user, **access), clock=lambda: NOW)


def _run(service: JourneyService, work):
    async def go():
        try:
            return await work(service)
        finally:
            await service.aclose()

    return asyncio.run(go())


def _role(role: Role, divisions=None) -> UserContext:
    return UserContext.for_role("tester", role, divisions)


ACTIONS = {
    "lookup": lambda s: s.lookup("C1", period_months=None),
    "suggest": lambda s: s.suggest("gray"),
    "export": lambda s: s.operations.export_customer("C1"),
    "session trace": lambda s: s.operations.session_trace("C1", "C1-I1"),
    "anonymise": lambda s: s.operations.anonymise("C1"),
    "configure": lambda s: _sync(s.access.require, Permission.CONFIGURE),
}


async def _sync(call, *args):
    return call(*args)


ALLOWED = {
    Role.AGENT: {"lookup", "suggest"},
    Role.SUPERVISOR: {"lookup", "suggest"},
    Role.ADMINISTRATOR: set(ACTIONS),
}


@pytest.mark.parametrize("action", list(ACTIONS))
@pytest.mark.parametrize("role", list(Role))
def test_each_role_against_each_action(store_path, role, action):
    service = _service(store_path, _role(role))
    if action in ALLOWED[role]:
        _run(service, ACTIONS[action])
    else:
        with pytest.raises(PermissionDenied, match=r"^tester is not allowed to ") as caught:
            _run(service, ACTIONS[action])
        assert caught.value.reason is FailureReason.FORBIDDEN


def test_without_view_journey_even_a_lookup_is_refused(store_path):
    user = UserContext.from_permissions("kiosk", ["export"])
    with pytest.raises(PermissionDenied, match="kiosk is not allowed to see customer journeys"):
        _run(_service(store_path, user), ACTIONS["lookup"])


def test_a_refused_anonymise_changes_nothing(store_path):
    with pytest.raises(PermissionDenied):
        _run(_service(store_path, _role(Role.SUPERVISOR)), ACTIONS["anonymise"])
    with open_store(store_path, create=False) as store:
        assert store.journey("C1").customer.name == "Raymond Gray"


def test_field_permissions_reach_the_journey(store_path):
    agent = _run(_service(store_path, _role(Role.AGENT)), ACTIONS["lookup"]).journey
    supervisor = _run(_service(store_path, _role(Role.SUPERVISOR)), ACTIONS["lookup"]).journey
    assert all(i.segments == () for i in agent.interactions)
    assert all(i.segments for i in supervisor.interactions)


# --- divisions -----------------------------------------------------------------------------


def test_a_customer_of_another_division_is_not_found_by_any_path(store_path):
    service = _service(store_path, _role(Role.ADMINISTRATOR, ["Business"]))

    async def every_path(s: JourneyService):
        return (
            await s.lookup("C1"),
            await s.lookup(RAY_PHONE),
            await s.lookup_customer("C1"),
            await s.suggest("gray"),
            await s.suggest("4564567"),
            await s.operations.export_customer("C1"),
            await s.operations.session_trace("C1", "C1-I1"),
            await s.operations.anonymise("C1"),
        )

    by_id, by_phone, picked, names, digits, export, trace, anonymised = _run(service, every_path)
    assert by_id.journey is None and by_phone.journey is None and picked.journey is None
    assert [m.customer_id for m in names] == ["C2"]
    assert digits == []
    assert export is None and trace is None and anonymised is None


def test_interactions_of_other_divisions_are_left_out(store_path):
    user = _role(Role.ADMINISTRATOR, ["Retail"])
    result = _run(_service(store_path, user), ACTIONS["lookup"])
    assert [i.id for i in result.journey.interactions] == ["C1-I1", "C1-I2"]
    records = _run(_service(store_path, user), ACTIONS["export"])
    assert [r.id for r in records] == ["C1", "C1-I1", "C1-I2"]


def test_without_divisions_everything_is_seen(store_path):
    result = _run(_service(store_path, _role(Role.AGENT)), ACTIONS["lookup"])
    assert len(result.journey.interactions) == 3


# --- privacy -------------------------------------------------------------------------------


def test_privacy_obfuscates_for_a_role_without_view_identifiers(store_path):
    service = _service(store_path, _role(Role.SUPERVISOR), obfuscate_identifiers=True)

    async def both(s):
        return await s.lookup(RAY_PHONE), await s.suggest("gray")

    result, matches = _run(service, both)
    customer = result.journey.customer
    assert customer.name == "R••• G•••"
    assert [i.value for i in customer.identifiers] == ["+41 •• ••• 45 67", "r•••@example.com"]
    assert {i.phone_number for i in result.journey.interactions} == {"+41 •• ••• 45 67"}
    assert {m.name for m in matches} == {"R••• G•••", "D••• G•••"}


def test_privacy_leaves_identifiers_to_those_allowed(store_path):
    for role in (Role.AGENT, Role.ADMINISTRATOR):
        service = _service(store_path, _role(role), obfuscate_identifiers=True)
        assert _run(service, ACTIONS["lookup"]).journey.customer.name == "Raymond Gray"


def test_privacy_reaches_exports(store_path):
    user = UserContext.from_permissions("x", ["view_journey", "export", "view_sessions"])
    service = _service(store_path, user, obfuscate_identifiers=True)

    async def both(s):
        return (
            await s.operations.export_customer("C1"),
            await s.operations.session_trace("C1", "C1-I1"),
        )

    records, trace = _run(service, both)
    text = repr(records) + repr(trace)
    assert "Raymond" not in text and "234564567" not in text and "raymond@" not in text
    assert trace["interaction"]["phone_number"] == "+41 •• ••• 45 67"


# --- operations: trace, anonymise, audit ---------------------------------------------------------


def test_a_session_trace_is_the_interaction_with_its_segments(store_path):
    trace = _run(_service(store_path, _role(Role.ADMINISTRATOR)), ACTIONS["session trace"])
    assert trace["format"] == "journey-widget session trace" and trace["version"] == 1
    assert trace["customer_id"] == "C1" and trace["exported_by"] == "tester"
    assert trace["interaction"]["id"] == "C1-I1"
    assert trace["interaction"]["segments"][0]["kind"] == "queue"
    missing = _run(
        _service(store_path, _role(Role.ADMINISTRATOR)),
        lambda s: s.operations.session_trace("C1", "nope"),
    )
    assert missing is None


def test_anonymise_writes_the_audit_entry_and_purges_the_cache(store_path, tmp_path):
    audit = AuditLog(tmp_path / "audit.jsonl")
    purged: list[str] = []
    service = JourneyService(
        LocalSource(store_path),
        access=Access(_role(Role.ADMINISTRATOR), audit=audit),
        purge_cache=purged.append,
    )

    async def anonymise_then_search(s):
        outcome = await s.operations.anonymise("C1")
        return outcome, await s.suggest("Raymond"), await s.lookup(RAY_PHONE)

    outcome, matches, by_phone = _run(service, anonymise_then_search)
    assert (outcome.interactions, outcome.tickets, outcome.file_clean) == (3, 0, True)
    assert matches == [] and by_phone.journey is None
    assert purged == ["C1"]
    (entry,) = audit.entries()
    assert (entry.user, entry.action, entry.customer_id) == ("tester", AuditAction.ANONYMISE, "C1")
    assert dict(entry.detail) == {"interactions": 3, "tickets": 0}
    assert abs(entry.at - datetime.now(UTC)) < timedelta(minutes=5)
    assert "Raymond" not in (tmp_path / "audit.jsonl").read_text()


def test_exports_are_audited_too(store_path, tmp_path):
    audit = AuditLog(tmp_path / "audit.jsonl")
    service = _service(store_path, _role(Role.ADMINISTRATOR), audit=audit)
    _run(service, ACTIONS["export"])
    assert [e.action for e in audit.entries()] == [AuditAction.EXPORT_CUSTOMER]


# --- who the user is -----------------------------------------------------------------------------


class _BackEnd(LocalSource):
    """A source that says who the user is (the back-end hook)."""

    async def user_context(self):
        return UserContext.from_permissions("bob@tenant", ["view_journey"], ["Business"])


def test_a_back_end_that_names_the_user_wins_over_the_settings(store_path):
    service = JourneyService(_BackEnd(store_path), access=Access(_role(Role.ADMINISTRATOR)))

    async def work(s):
        return await s.lookup("C1"), await s.operations.user()

    result, user = _run(service, work)
    assert result.journey is None  # C1 is Retail; the back end says Business only
    assert user.user == "bob@tenant" and user.origin == "back end"
    with pytest.raises(PermissionDenied):
        _run(
            JourneyService(_BackEnd(store_path), access=Access(_role(Role.ADMINISTRATOR))),
            ACTIONS["export"],
        )


@pytest.mark.parametrize(
    ("settings", "kind", "expected"),
    [
        (AccessSettings(), DataSource.LOCAL, Role.ADMINISTRATOR),
        (AccessSettings(), DataSource.DATA_CLOUD, Role.AGENT),
        (AccessSettings(), DataSource.CAMPAIGN_MANAGER, Role.AGENT),
        (AccessSettings(role="Supervisor"), DataSource.LOCAL, Role.SUPERVISOR),
    ],
)
def test_the_default_role_follows_the_data_source(settings, kind, expected):
    assert user_from_settings(settings, kind).role is expected


def test_settings_with_a_bad_role_or_permission_are_a_sentence():
    with pytest.raises(ValueError, match="“boss” is not a role; known are: agent, supervisor"):
        user_from_settings(AccessSettings(role="boss"), DataSource.LOCAL)
    with pytest.raises(ValueError, match="“fly” is not a permission"):
        user_from_settings(AccessSettings(permissions=("fly",)), DataSource.LOCAL)
    listed = user_from_settings(
        AccessSettings(user="anna", permissions=("view_journey",), divisions=("Retail",)),
        DataSource.LOCAL,
    )
    assert listed.user == "anna" and listed.divisions == frozenset({"retail"})


def test_anonymise_empties_the_real_offline_cache_too(store_path):
    from journey_widget.service.access import purge_offline_cache
    from journey_widget.sources.cache import JourneyCache
    from journey_widget.sources.cache_folder import journey_cache_folder

    folder = journey_cache_folder()
    with open_store(store_path, create=False) as store:
        JourneyCache(folder).put(store.journey("C1"))
        JourneyCache(folder).put(store.journey("C2"))
    cached = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert b"Raymond Gray" in cached  # the check below can fail
    service = JourneyService(
        LocalSource(store_path),
        access=Access(_role(Role.ADMINISTRATOR)),
        purge_cache=purge_offline_cache,
    )
    _run(service, ACTIONS["anonymise"])
    cache = JourneyCache(folder)
    assert cache.get("C1") is None and cache.get("C2") is not None
    left = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert b"Raymond" not in left and RAY_PHONE.encode() not in left


class _RemoteLike:
    """A back end's shape: journeys, search, no export_customer / anonymise_customer."""

    def __init__(self, store_path: Path) -> None:
        self._local = LocalSource(store_path)

    async def journey_by_identifier(self, identifier, since=None):
        return await self._local.journey_by_identifier(identifier, since)

    async def journey_by_customer_id(self, customer_id, since=None):
        return await self._local.journey_by_customer_id(customer_id, since)

    async def search(self, text, limit=20):
        return await self._local.search(text, limit)

    async def aclose(self):
        await self._local.aclose()


def test_a_back_end_without_an_export_exports_its_guarded_journey(store_path):
    user = _role(Role.ADMINISTRATOR, ["Retail"])
    service = JourneyService(_RemoteLike(store_path), access=Access(user))
    records = _run(service, ACTIONS["export"])
    assert [r.id for r in records] == ["C1", "C1-I1", "C1-I2"]  # divisions applied


def test_a_back_end_without_anonymise_says_so(store_path):
    service = JourneyService(_RemoteLike(store_path), access=Access(_role(Role.ADMINISTRATOR)))
    with pytest.raises(SourceError, match="does not support anonymising customers"):
        _run(service, ACTIONS["anonymise"])
