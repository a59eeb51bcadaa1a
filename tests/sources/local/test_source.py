"""LocalSource: the store behind the async JourneySource contract, on one worker thread."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta

import pytest

from journey_widget.model import (
    Channel,
    Customer,
    Direction,
    Identifier,
    IdentifierKind,
    Interaction,
)
from journey_widget.sources.base import JourneySource, StoreError
from journey_widget.sources.local.source import LocalSource
from journey_widget.sources.local.store import Store

T0 = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
SHARED = Identifier(IdentifierKind.PHONE, "+49301234567")


def call(customer_id: str, iid: str, started: datetime) -> Interaction:
    return Interaction(iid, customer_id, Channel.VOICE, Direction.INBOUND, started)


@pytest.fixture
def store_path(make_store):
    return make_store(
        [
            Customer("C1", "Raymond Chandler", (SHARED,)),
            Customer("C2", "Dorain Gray", (SHARED,)),
            Customer("C3", "Lonely", (Identifier(IdentifierKind.EMAIL, "l@example.com"),)),
            call("C1", "I1", T0 - timedelta(days=10)),
            call("C1", "I2", T0 - timedelta(days=400)),
            call("C2", "I3", T0 - timedelta(days=2)),
        ],
        name="journeys.sqlite",
    )


def run(coro):
    return asyncio.run(coro)


def test_it_is_a_journey_source(store_path):
    assert isinstance(LocalSource(store_path), JourneySource)


def test_journey_by_identifier_takes_the_most_recently_contacted(store_path):
    async def scenario():
        source = LocalSource(store_path)
        try:
            journey = await source.journey_by_identifier(SHARED)
            nobody = await source.journey_by_identifier(
                Identifier(IdentifierKind.PHONE, "+4989123456")
            )
            return journey, nobody
        finally:
            await source.aclose()

    journey, nobody = run(scenario())
    assert journey.customer.id == "C2"
    assert nobody is None


def test_journey_by_customer_id_with_period(store_path):
    async def scenario():
        source = LocalSource(store_path)
        try:
            everything = await source.journey_by_customer_id("C1")
            recent = await source.journey_by_customer_id("C1", since=T0 - timedelta(days=365))
            unknown = await source.journey_by_customer_id("C9")
            return everything, recent, unknown
        finally:
            await source.aclose()

    everything, recent, unknown = run(scenario())
    assert [i.id for i in everything.interactions] == ["I2", "I1"]
    assert [i.id for i in recent.interactions] == ["I1"]
    assert unknown is None


def test_search(store_path):
    async def scenario():
        source = LocalSource(store_path)
        try:
            return await source.search("ray"), await source.search("4567", limit=1)
        finally:
            await source.aclose()

    by_name, by_digits = run(scenario())
    assert [m.customer_id for m in by_name] == ["C1", "C2"]
    assert len(by_digits) == 1 and by_digits[0].matched == "+49301234567"


def test_blank_search_asks_for_text(store_path):
    async def scenario():
        source = LocalSource(store_path)
        try:
            await source.search("  ")
        finally:
            await source.aclose()

    with pytest.raises(ValueError, match="Type something to search for"):
        run(scenario())


def test_missing_store_is_a_store_error_on_first_use(tmp_path):
    path = tmp_path / "missing.sqlite"
    source = LocalSource(path)  # opening is lazy: constructing never blocks or fails

    async def scenario():
        try:
            await source.search("ray")
        finally:
            await source.aclose()

    with pytest.raises(StoreError, match="No journey store at"):
        run(scenario())
    assert not path.exists()


def test_create_makes_a_new_store(tmp_path):
    path = tmp_path / "new" / "journeys.sqlite"

    async def scenario():
        source = LocalSource(path, create=True)
        try:
            return await source.search("anyone")
        finally:
            await source.aclose()

    assert run(scenario()) == []
    assert path.exists()


def test_region_is_used_for_national_numbers(make_store):
    path = make_store(
        [Customer("C1", "Budi", (Identifier(IdentifierKind.PHONE, "+6281234567890"),))],
        name="id.sqlite",
    )

    async def scenario():
        source = LocalSource(path, region="ID")
        try:
            return await source.search("0812 3456 7890")
        finally:
            await source.aclose()

    assert [m.customer_id for m in run(scenario())] == ["C1"]


def test_all_store_work_runs_on_one_worker_thread(store_path, monkeypatch):
    threads: set[str] = set()
    original_search, original_journey = Store.search, Store.journey

    def search(self, *args):
        threads.add(threading.current_thread().name)
        return original_search(self, *args)

    def journey(self, *args):
        threads.add(threading.current_thread().name)
        return original_journey(self, *args)

    monkeypatch.setattr(Store, "search", search)
    monkeypatch.setattr(Store, "journey", journey)

    async def scenario():
        source = LocalSource(store_path)
        try:
            await asyncio.gather(
                source.search("ray"),
                source.journey_by_customer_id("C1"),
                source.journey_by_identifier(SHARED),
                source.search("gray"),
            )
        finally:
            await source.aclose()

    run(scenario())
    assert len(threads) == 1
    assert threads != {threading.current_thread().name}
    assert next(iter(threads)).startswith("journey-store")


def test_the_event_loop_keeps_running_while_the_store_works(store_path, monkeypatch):
    release = threading.Event()
    original = Store.search

    def slow_search(self, *args):
        release.wait(5)
        return original(self, *args)

    monkeypatch.setattr(Store, "search", slow_search)

    async def scenario():
        source = LocalSource(store_path)
        try:
            pending = asyncio.ensure_future(source.search("ray"))
            ticks = 0
            for _ in range(5):
                await asyncio.sleep(0.01)
                ticks += 1
            assert not pending.done()
            release.set()
            return ticks, await pending
        finally:
            await source.aclose()

    ticks, matches = run(scenario())
    assert ticks == 5 and matches


async def _until(condition) -> None:
    while not condition():
        await asyncio.sleep(0.001)


def test_a_superseded_queued_call_never_runs(store_path, monkeypatch):
    release = threading.Event()
    started: list[str] = []
    original = Store.search

    def search(self, text, limit=20):
        started.append(text)
        if text == "first":
            release.wait(5)
        return original(self, text, limit)

    monkeypatch.setattr(Store, "search", search)

    async def scenario():
        source = LocalSource(store_path)
        try:
            first = asyncio.ensure_future(source.search("first"))
            await asyncio.wait_for(_until(lambda: started == ["first"]), 5)  # on the worker now
            stale = asyncio.ensure_future(source.search("stale"))
            await asyncio.sleep(0)
            stale.cancel()
            newest = asyncio.ensure_future(source.search("newest"))
            release.set()
            await first
            with pytest.raises(asyncio.CancelledError):
                await stale
            await newest
        finally:
            await source.aclose()

    run(scenario())
    assert started == ["first", "newest"]


def test_closed_source_refuses_work_and_closes_twice(store_path):
    async def scenario():
        source = LocalSource(store_path)
        await source.search("ray")
        await source.aclose()
        await source.aclose()
        await source.search("ray")

    with pytest.raises(StoreError, match="closed"):
        run(scenario())


def test_unexpected_failures_read_as_a_store_error(store_path, monkeypatch):
    def broken(self, *args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "journey", broken)

    async def scenario():
        source = LocalSource(store_path)
        try:
            await source.journey_by_customer_id("C1")
        finally:
            await source.aclose()

    with pytest.raises(StoreError, match="failed: disk on fire"):
        run(scenario())
