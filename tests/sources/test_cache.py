"""The offline cache: round trips in the import codec, LRU by bytes, damage, purge, wrapping."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from pathlib import Path

import pytest

from journey_widget.model import Identifier, IdentifierKind, Journey, NumberType
from journey_widget.service.lookup import JourneyService, LookupResult
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.cache import (
    INDEX_NAME,
    CacheBacked,
    CachingSource,
    JourneyCache,
)
from journeys import NOW, call, customer, ticket
from users import full_access

PHONE = Identifier(IdentifierKind.PHONE, "+4915112345678", NumberType.MOBILE)
DAY = timedelta(days=1)


def journey(cid: str = "C1", phone: str = "+4915112345678", calls: int = 2) -> Journey:
    person = customer(cid, "Raymond Müller", phone, email=f"{cid.lower()}@example.com")
    interactions = tuple(call(f"{cid}-I{n}", cid, NOW - n * DAY) for n in range(calls))
    return Journey(person, interactions, (ticket(f"{cid}-T1", cid, f"{cid}-I0", NOW - DAY),))


@pytest.fixture
def cache(tmp_path: Path) -> JourneyCache:
    return JourneyCache(tmp_path / "journeys", clock=lambda: NOW)


def test_a_damaged_journey_file_is_ignored_and_removed(cache: JourneyCache) -> None:
    cache.put(journey())
    (file,) = cache.folder.glob("*.jsonl")
    file.write_text('{"cache": 1, "fetched_at": "2026-11-23T09:30:00+00:00"}\n{"type": "cust')
    assert cache.get("C1") is None
    assert not file.exists()
    assert len(cache) == 0
    assert JourneyCache(cache.folder).get("C1") is None  # the index forgot it too


@pytest.mark.parametrize(
    "content",
    [b"\x00\xffnot json", b"[]", b'{"cache": 1, "entries": {"k": {"bytes": "x"}}}', b""],
)
def test_a_damaged_index_empties_the_cache(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "journeys"
    JourneyCache(folder).put(journey())
    (folder / INDEX_NAME).write_bytes(content)
    reopened = JourneyCache(folder)
    assert reopened.get("C1") is None
    assert list(folder.glob("*.jsonl")) == []
    reopened.put(journey("C2", "+4930123456"))  # and it works again
    assert JourneyCache(folder).get("C2") is not None


def test_a_missing_file_is_a_miss(cache: JourneyCache) -> None:
    cache.put(journey())
    for file in cache.folder.glob("*.jsonl"):
        file.unlink()
    assert cache.get_by_identifier(PHONE) is None


def test_a_file_naming_another_customer_is_rejected(cache: JourneyCache) -> None:
    cache.put(journey("C1"))
    cache.put(journey("C2", "+4930123456"))
    files = {p.stat().st_size: p for p in cache.folder.glob("*.jsonl")}
    first, second = sorted(files.values())
    first.write_bytes(second.read_bytes())
    assert [cache.get("C1"), cache.get("C2")].count(None) == 1


def test_round_trip_keeps_every_field_and_the_fetch_time(cache: JourneyCache) -> None:
    original = journey(calls=3)
    cache.put(original, fetched_at=NOW - timedelta(minutes=5))
    again = JourneyCache(cache.folder).get("C1")
    assert again is not None
    assert again.journey == original
    assert again.fetched_at == NOW - timedelta(minutes=5)


def test_found_by_any_identifier_of_the_customer(cache: JourneyCache) -> None:
    cache.put(journey())
    email = Identifier(IdentifierKind.EMAIL, "c1@example.com")
    for ident in (PHONE, email):
        found = JourneyCache(cache.folder).get_by_identifier(ident)
        assert found is not None and found.journey.customer.id == "C1"
    assert cache.get_by_identifier(Identifier(IdentifierKind.PHONE, "+4930999999")) is None


def test_file_names_do_not_show_ids_or_numbers(cache: JourneyCache) -> None:
    cache.put(journey())
    names = " ".join(p.name for p in cache.folder.iterdir())
    assert "C1" not in names and "4915" not in names


def test_a_new_fetch_replaces_the_old_and_moves_identifiers(cache: JourneyCache) -> None:
    cache.put(journey(calls=1))
    cache.put(journey("C1", "+4930123456", calls=4))
    assert cache.get_by_identifier(PHONE) is None
    found = cache.get_by_identifier(Identifier(IdentifierKind.PHONE, "+4930123456"))
    assert found is not None and len(found.journey.interactions) == 4
    assert len(cache) == 1


def test_least_recently_used_go_first_when_over_the_byte_cap(tmp_path: Path) -> None:
    probe = JourneyCache(tmp_path / "probe")
    probe.put(journey())
    one = probe.size_bytes
    cache = JourneyCache(tmp_path / "journeys", max_bytes=int(one * 3.5))
    for n in (1, 2, 3):
        cache.put(journey(f"C{n}", f"+49301234{n:03d}"))
    assert cache.get("C1") is not None  # C1 is now the most recently used
    cache.put(journey("C4", "+49301234004"))
    kept = {cid for cid in ("C1", "C2", "C3", "C4") if cache.get(cid) is not None}
    assert kept == {"C1", "C3", "C4"}
    assert cache.size_bytes <= cache.max_bytes
    assert len(list(cache.folder.glob("*.jsonl"))) == 3


def test_a_journey_larger_than_the_cache_is_not_kept(tmp_path: Path) -> None:
    cache = JourneyCache(tmp_path / "journeys", max_bytes=500)
    cache.put(journey(calls=5))
    assert cache.get("C1") is None
    assert list(cache.folder.glob("*.jsonl")) == []


def test_purge_one_and_purge_all(cache: JourneyCache) -> None:
    cache.put(journey("C1"))
    cache.put(journey("C2", "+4930123456"))
    cache.purge("C1")
    assert cache.get("C1") is None and cache.get_by_identifier(PHONE) is None
    assert JourneyCache(cache.folder).get("C2") is not None
    cache.purge_all()
    assert list(cache.folder.iterdir()) == []
    assert JourneyCache(cache.folder).get("C2") is None
    cache.purge("nobody")  # nothing to purge: no error


def test_index_is_plain_json_with_fetch_times(cache: JourneyCache) -> None:
    cache.put(journey())
    index = json.loads((cache.folder / INDEX_NAME).read_text())
    (entry,) = index["entries"].values()
    assert entry["fetched_at"] == NOW.isoformat()
    assert "phone:+4915112345678" in entry["identifiers"]


class _Backend:
    def __init__(self) -> None:
        self.error: SourceError | None = None
        self.closed = False

    async def journey_by_identifier(self, identifier, since=None):
        if self.error:
            raise self.error
        return journey() if identifier.value == PHONE.value else None

    async def journey_by_customer_id(self, customer_id, since=None):
        if self.error:
            raise self.error
        return journey() if customer_id == "C1" else None

    async def search(self, text, limit=20):
        return []

    async def check(self) -> None:
        if self.error:
            raise self.error

    async def aclose(self) -> None:
        self.closed = True


def test_caching_source_keeps_what_it_fetched(cache: JourneyCache) -> None:
    backend = _Backend()
    source = CachingSource(backend, cache)
    assert isinstance(source, CacheBacked)

    async def scenario():
        assert await source.cached_by_identifier(PHONE) is None
        assert await source.journey_by_identifier(PHONE) == journey()
        assert await source.journey_by_customer_id("nobody") is None
        cached = await source.cached_by_customer_id("C1")
        backend.error = SourceError("down", FailureReason.UNREACHABLE)
        with pytest.raises(SourceError):
            await source.journey_by_identifier(PHONE)
        with pytest.raises(SourceError):
            await source.check()
        await source.purge("C1")
        gone = await source.cached_by_identifier(PHONE)
        await source.aclose()
        return cached, gone

    cached, gone = asyncio.run(scenario())
    assert cached is not None and cached.journey == journey() and cached.fetched_at == NOW
    assert gone is None
    assert backend.closed


def test_a_failing_disk_does_not_fail_the_fetch(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    source = CachingSource(_Backend(), JourneyCache(blocker / "journeys"))
    assert asyncio.run(source.journey_by_identifier(PHONE)) == journey()


def test_the_service_answers_from_the_cache_first_then_fresh(cache: JourneyCache) -> None:
    backend = _Backend()
    service = JourneyService(CachingSource(backend, cache), clock=lambda: NOW, access=full_access())
    early: list[LookupResult] = []

    async def scenario():
        first = await service.lookup("+49 151 12345678", on_cached=early.append)
        second = await service.lookup("+49 151 12345678", on_cached=early.append)
        return first, second

    first, second = asyncio.run(scenario())
    assert not first.from_cache and not second.from_cache and not second.offline
    (cached,) = early  # nothing cached before the first fetch
    assert cached.from_cache and cached.cached_at == NOW and not cached.offline
    assert cached.journey is not None and cached.journey.customer.id == "C1"


def test_an_outage_keeps_the_cached_journey_and_says_offline(cache: JourneyCache) -> None:
    backend = _Backend()
    service = JourneyService(CachingSource(backend, cache), clock=lambda: NOW, access=full_access())
    asyncio.run(service.lookup("C1"))
    backend.error = SourceError("down", FailureReason.TIMEOUT)
    result = asyncio.run(service.lookup("C1", period_months=1))
    assert result.offline and result.from_cache and result.outage is backend.error
    assert result.journey is not None
    assert {i.id for i in result.journey.interactions} == {"C1-I0", "C1-I1"}  # cut to 1 month


# An unreadable answer (MALFORMED) keeps the saved copy like an outage (issue 16.5):
# tests/service/test_lookup.py. A refusal or a customer who changed does not.
@pytest.mark.parametrize(
    "reason", [FailureReason.UNAUTHORIZED, FailureReason.FORBIDDEN, FailureReason.CHANGED]
)
def test_bad_credentials_or_a_changed_customer_are_errors_even_with_a_cache(
    cache: JourneyCache, reason: FailureReason
) -> None:
    backend = _Backend()
    service = JourneyService(CachingSource(backend, cache), clock=lambda: NOW, access=full_access())
    asyncio.run(service.lookup("C1"))
    backend.error = SourceError("no", reason)
    with pytest.raises(SourceError):
        asyncio.run(service.lookup("C1"))


def test_an_outage_without_a_cached_journey_is_an_error(cache: JourneyCache) -> None:
    backend = _Backend()
    backend.error = SourceError("down", FailureReason.UNREACHABLE)
    service = JourneyService(CachingSource(backend, cache), clock=lambda: NOW, access=full_access())
    with pytest.raises(SourceError):
        asyncio.run(service.lookup("C1"))
