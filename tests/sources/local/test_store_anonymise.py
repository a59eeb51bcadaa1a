"""Anonymise (SPEC D6): the customer's identifiers and free text leave the file for good.

The grep test reads the SQLite file and its -wal and -shm companions byte for byte after the
store is closed (and while it is open): the number in every form it was stored or could be
searched in, the name and the e-mail address must be gone; the anonymous statistics stay.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fixtures.stores import demo_records
from journey_widget.model import (
    Case,
    Channel,
    Customer,
    Direction,
    FollowUp,
    FollowUpKind,
    Identifier,
    IdentifierKind,
    Interaction,
    SurveyAnswer,
    SurveyKind,
    TaskResult,
    Ticket,
    TicketStatus,
)
from journey_widget.sources.local.store import open_store

T0 = datetime(2026, 5, 4, 8, 15, tzinfo=UTC)
NAME = "Raymond Graywater"
EMAIL = "raymond.graywater@example.com"
PHONE = "+41234564567"
COMMENT = "Caller wants the Zürich flat's meter read on Friday"
# The number as stored (E.164), as searched (digits), and as people write it.
NUMBER_FORMS = [PHONE, "41234564567", "234564567", "+41 23 456 45 67", "023 456 45 67"]
SECRETS = [*NUMBER_FORMS, NAME, "Graywater", "graywater", EMAIL, "sip:raymond.gw", COMMENT]


def _records() -> list[Customer | Interaction | Ticket]:
    customer = Customer(
        "C900001",
        NAME,
        (
            Identifier(IdentifierKind.PHONE, PHONE),
            Identifier(IdentifierKind.EMAIL, EMAIL),
            Identifier(IdentifierKind.SIP, "sip:raymond.gw@pbx.example.com"),
        ),
        tenant="Acme Energy",
        division="Retail",
    )
    items = [
        Interaction(
            f"X{n}",
            customer.id,
            Channel.EMAIL if n % 2 else Channel.VOICE,
            Direction.INBOUND,
            T0 + timedelta(days=n),
            ended_at=T0 + timedelta(days=n, minutes=3 + n),
            phone_number=None if n % 2 else PHONE,
            address=EMAIL if n % 2 else None,
            outcome="Resolved",
            task_result=TaskResult.ACCEPTED_BY_USER,
            agents=("Anna Schmidt",),
            agent_comments=COMMENT,
            issues_reported=f"Bill sent to {EMAIL}",
            parameters={"callback": PHONE},
            subject=f"Re: {NAME}",
            survey=(
                SurveyAnswer("Anything else?", SurveyKind.OPEN, f"Call {PHONE}"),
                SurveyAnswer("Solved?", SurveyKind.YES_NO, True),
            ),
            case=Case("K1", T0, subject=f"{NAME} meter"),
            recording_url=f"https://rec.example.com/{PHONE}.wav",
        )
        for n in range(6)
    ]
    ticket = Ticket(
        "T900001",
        customer.id,
        f"{NAME} asks about {PHONE}",
        TicketStatus.OPEN,
        T0,
        T0,
        follow_ups=(FollowUp(FollowUpKind.STATUS_UPDATE, T0, note=f"called {PHONE}"),),
    )
    return [customer, *items, ticket]


@pytest.fixture
def store_path(make_store) -> Path:
    return make_store(demo_records(40, 7, T0), _records())


def _file_bytes(path: Path) -> dict[str, bytes]:
    files = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return {p.name: p.read_bytes() for p in files if p.exists()}


def _leaks(path: Path) -> list[tuple[str, str]]:
    found = []
    for name, data in _file_bytes(path).items():
        for secret in SECRETS:
            for encoded in {secret.encode("utf-8"), secret.lower().encode("utf-8")}:
                if encoded in data:
                    found.append((name, secret))
    return found


def test_the_secrets_are_in_the_file_before(store_path):
    """The grep can fail: before anonymising, it finds them."""
    leaks = {secret for _name, secret in _leaks(store_path)}
    assert {PHONE, NAME, EMAIL, COMMENT} <= leaks


def test_anonymise_leaves_no_trace_in_the_file_or_its_wal(store_path):
    with open_store(store_path, create=False) as store:
        report = store.anonymise_customer("C900001")
        assert report is not None and report.file_clean
        assert (report.interactions, report.tickets) == (6, 1)
        assert _leaks(store_path) == []  # while open: the WAL was truncated too
    assert _leaks(store_path) == []


def test_after_anonymising_search_finds_nothing(store_path):
    with open_store(store_path, create=False) as store:
        store.anonymise_customer("C900001")
        for typed in ("Graywater", "raymond.graywater", "4564567", "+41 23 456 45 67", "gw@pbx"):
            assert all(m.customer_id != "C900001" for m in store.search(typed)), typed
        assert store.customer_ids_for(Identifier(IdentifierKind.PHONE, PHONE)) == []


def test_anonymous_statistics_stay(store_path):
    with open_store(store_path, create=False) as store:
        before = store.journey("C900001")
        counts = store.counts()
        store.anonymise_customer("C900001")
        after = store.journey("C900001")
        assert after is not None and before is not None
        assert store.counts()["interactions"] == counts["interactions"]
        assert after.customer.name is None and after.customer.identifiers == ()
        assert (after.customer.tenant, after.customer.division) == ("Acme Energy", "Retail")
        for old, new in zip(before.interactions, after.interactions, strict=True):
            assert (new.channel, new.started_at, new.duration) == (
                old.channel,
                old.started_at,
                old.duration,
            )
            assert (new.outcome, new.task_result, new.agents) == (
                old.outcome,
                old.task_result,
                old.agents,
            )
            assert new.phone_number is None and new.address is None
            assert new.agent_comments is None and new.parameters == {}
            assert [a.kind for a in new.survey] == [SurveyKind.YES_NO]
        assert after.tickets[0].subject == "" and after.tickets[0].follow_ups[0].note is None


def test_other_customers_are_untouched(store_path):
    with open_store(store_path, create=False) as store:
        before = store.journey("C000003")
        store.anonymise_customer("C900001")
        assert store.journey("C000003") == before


def test_an_unknown_customer_is_none_and_changes_nothing(store_path):
    with open_store(store_path, create=False) as store:
        counts = store.counts()
        assert store.anonymise_customer("nobody") is None
        assert store.counts() == counts
