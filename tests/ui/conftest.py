"""Fixtures for the window tests: a qasync loop over pytest-qt's QApplication, fake sources.

The window awaits its lookups on the qasync loop. Here that loop is made the running loop
without ``run_forever``: pytest-qt's waits spin Qt's event loop, which is what drives qasync's
timers and thread callbacks, so tests read like the app behaves.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
import qasync
from PySide6.QtCore import QLocale

from journey_widget import i18n
from journey_widget.model import (
    Channel,
    Customer,
    CustomerMatch,
    DataSource,
    Direction,
    Identifier,
    IdentifierKind,
    Interaction,
    Journey,
    NumberType,
    OutboundKind,
    TaskResult,
)
from journey_widget.sources.base import StoreError

# Relative to the real clock: the window asks the service for "the last 12 months" from now.
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp):
    """As in the app (gui_process.run_gui): cycles holding Qt objects die on this thread only."""
    from journey_widget.ui.common.gui_thread_gc import GuiThreadCollector

    return GuiThreadCollector(qapp)


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp):
    """The window's tests read English as the app shows it: with "1 interaction" (SPEC G1)."""
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(QLocale.system())  # dates and numbers stay as the tests expect them


@pytest.fixture
def qloop(qapp) -> Iterator[qasync.QEventLoop]:
    """A qasync loop that counts as running while the test spins Qt's event loop."""
    loop = qasync.QEventLoop(qapp)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        deadline = loop.time() + 5
        while any(not task.done() for task in pending) and loop.time() < deadline:
            qapp.processEvents()
        asyncio.events._set_running_loop(None)
        loop.close()


def make_interactions(customer_id: str, count: int, *, now: datetime = NOW) -> list[Interaction]:
    """A varied, realistic history: every third one failed, several channels and campaigns."""
    channels = (Channel.VOICE, Channel.SMS, Channel.EMAIL, Channel.WEB_CHAT, Channel.WHATSAPP)
    campaigns = ("Winter retention", "Smart meter upgrade", None)
    agents = ("Anna Schmidt", "Budi Santoso", "Claire Dubois")
    rows = []
    for n in range(count):
        started = now - timedelta(days=n * 3 + 1, hours=n % 7, minutes=n * 11 % 60)
        failed = n % 3 == 1
        channel = channels[n % len(channels)]
        direction = Direction.OUTBOUND if n % 2 else Direction.INBOUND
        rows.append(
            Interaction(
                id=f"{customer_id}-I{n:04d}",
                customer_id=customer_id,
                channel=channel,
                direction=direction,
                started_at=started,
                ended_at=started + timedelta(minutes=n % 13, seconds=n * 7 % 60),
                source=DataSource.LOCAL,
                outbound_kind=OutboundKind.CALLBACK if n % 10 == 5 else None,
                number_type=NumberType.MOBILE,
                campaign=campaigns[n % len(campaigns)],
                agents=(agents[n % len(agents)],),
                phone_number="+4915112345678" if channel.is_call else None,
                address="raymond.gray@example.com" if channel is Channel.EMAIL else None,
                outcome=("No answer" if failed else "Resolved") if n % 4 else None,
                task_result=TaskResult.HANGUP_IN_QUEUE if failed else TaskResult.ACCEPTED_BY_USER,
                previous_score=40 + n * 1.5 if n % 5 else None,
                current_score=42 + n * 1.5 if n % 5 else None,
                agent_comments=(
                    "Customer asked about the new tariff; sent the brochure and "
                    "promised a call back next week."
                    if n % 4 == 0
                    else None
                ),
            )
        )
    return rows


def make_journey(
    customer_id: str = "C000001",
    *,
    name: str | None = "Raymond Gray",
    phone: str = "+4915112345678",
    count: int = 40,
    now: datetime = NOW,
) -> Journey:
    customer = Customer(
        id=customer_id,
        name=name,
        identifiers=(Identifier(IdentifierKind.PHONE, phone, NumberType.MOBILE),),
        tenant="Acme Energy",
    )
    return Journey(customer, tuple(make_interactions(customer_id, count, now=now)))


class FakeSource:
    """An in-memory JourneySource with gates to hold answers back and a switch to fail."""

    def __init__(self, journeys: list[Journey]) -> None:
        self.journeys = {j.customer.id: j for j in journeys}
        self.gates: dict[str, asyncio.Event] = {}
        self.error: Exception | None = None
        self.calls: list[str] = []
        self.closed = False

    def hold(self, key: str) -> asyncio.Event:
        """Answers for ``key`` (customer id or identifier value) wait until the event is set."""
        gate = self.gates[key] = asyncio.Event()
        return gate

    async def _answer(self, key: str, journey: Journey | None, since: datetime | None):
        self.calls.append(key)
        if key in self.gates:
            await self.gates[key].wait()
        if self.error is not None:
            raise self.error
        if journey is None or since is None:
            return journey
        kept = tuple(i for i in journey.interactions if i.started_at >= since)
        return Journey(journey.customer, kept, journey.tickets)

    async def journey_by_identifier(self, identifier: Identifier, since=None):
        found = next(
            (
                j
                for j in self.journeys.values()
                if identifier in j.customer.identifiers_of(identifier.kind)
                or any(i.value == identifier.value for i in j.customer.identifiers)
            ),
            None,
        )
        return await self._answer(identifier.value, found, since)

    async def journey_by_customer_id(self, customer_id: str, since=None):
        return await self._answer(customer_id, self.journeys.get(customer_id), since)

    async def search(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        self.calls.append(f"search:{text}")
        if self.error is not None:
            raise self.error
        needle = text.casefold()
        matches = [
            CustomerMatch(j.customer.id, j.customer.name, j.customer.name or "")
            for j in self.journeys.values()
            if j.customer.name and needle in j.customer.name.casefold()
        ]
        return matches[:limit]

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture
def interactions_for() -> Callable[..., list[Interaction]]:
    """``make_interactions`` as a fixture: the tests' way to build rows."""
    return make_interactions


@pytest.fixture
def journey_for() -> Callable[..., Journey]:
    return make_journey


@pytest.fixture
def fake_source() -> FakeSource:
    return FakeSource(
        [
            make_journey(),
            make_journey("C000002", name="Dorain Gray", phone="+4930123456", count=3),
            make_journey("C000003", name="Siti Rahayu", phone="+6281234567890", count=0),
        ]
    )


@pytest.fixture
def store_error() -> StoreError:
    return StoreError("The journey store /nowhere/journey.sqlite is damaged.")
