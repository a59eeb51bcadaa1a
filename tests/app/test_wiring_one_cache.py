"""One offline cache object per process (issue 4): the caching source, the settings' clear and
anonymise's purge all work on the same ``JourneyCache``, so no second in-memory index can write
a purged customer back into the folder."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime

from journey_widget.app.wiring import (
    build_source,
    clear_cache,
    journey_cache_folder,
    shared_journey_cache,
)
from journey_widget.model import DataSource, Journey
from journey_widget.model.permissions import Role, UserContext
from journey_widget.secrets import SecretStore
from journey_widget.service.access import Access, purge_offline_cache
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import AuthKind, SourceSettings
from journey_widget.sources.cache import INDEX_NAME, CachingSource, JourneyCache
from journey_widget.sources.local.store import AnonymiseReport
from journeys import customer

ANN_PHONE = "+493012345678"
BEN_PHONE = "+493087654321"


class Backend:
    """A back end that holds two customers and its records itself (as a store-backed one can)."""

    name = "fake"

    def __init__(self) -> None:
        self.journeys = {
            "C1": Journey(customer("C1", "Ann Example", ANN_PHONE, email="ann@example.org")),
            "C2": Journey(customer("C2", "Ben Other", BEN_PHONE)),
        }

    async def journey_by_customer_id(self, cid: str, since: datetime | None = None):
        return self.journeys.get(cid)

    async def journey_by_identifier(self, identifier, since: datetime | None = None):
        for journey in self.journeys.values():
            if identifier in journey.customer.identifiers:
                return journey
        return None

    async def search(self, text: str, limit: int = 20):
        return []

    # The whole CustomerRecords ability (sources/base.py): a source declares all of it or none.
    async def tenants(self) -> list[str]:
        return []

    async def export_customer(self, cid: str):
        journey = self.journeys.get(cid)
        return None if journey is None else [journey.customer]

    async def anonymise_customer(self, cid: str) -> AnonymiseReport | None:
        if self.journeys.pop(cid, None) is None:
            return None
        return AnonymiseReport(cid, 0, 0, True)

    async def aclose(self) -> None:
        return None


def test_every_part_of_the_process_gets_the_same_cache_object(tmp_path):
    settings = SourceSettings(
        kind=DataSource.DATA_CLOUD, base_url="http://127.0.0.1:9/api", auth=AuthKind.NONE
    )
    first = build_source(settings, SecretStore(), store_path=tmp_path / "s.sqlite")
    second = build_source(settings, SecretStore(), store_path=tmp_path / "s.sqlite")
    assert isinstance(first, CachingSource) and isinstance(second, CachingSource)
    assert first.cache is second.cache is shared_journey_cache()
    assert shared_journey_cache(journey_cache_folder()) is first.cache
    other = shared_journey_cache(tmp_path / "elsewhere")
    assert other is not first.cache and other is shared_journey_cache(tmp_path / "elsewhere")


def test_after_anonymise_the_cache_holds_nothing_of_the_customer():
    backend = Backend()
    source = CachingSource(backend, shared_journey_cache())
    admin = UserContext.for_role("root", Role.ADMINISTRATOR)
    service = JourneyService(source, access=Access(admin), purge_cache=purge_offline_cache)

    async def run() -> None:
        assert (await service.lookup("C1")).journey is not None
        assert (await service.lookup("C2")).journey is not None
        assert await service.operations.anonymise("C1") is not None
        # The next fetch rewrites the index: nothing of C1 may come back with it.
        assert (await service.lookup("C2")).journey is not None
        await service.aclose()

    asyncio.run(run())
    folder = journey_cache_folder()
    index = json.loads((folder / INDEX_NAME).read_text("utf-8"))
    assert [entry["customer_id"] for entry in index["entries"].values()] == ["C2"]
    files = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    assert b"Ben Other" in files  # the check below can fail
    for trace in (b"C1", b"Ann", ANN_PHONE.encode(), b"ann@example.org"):
        assert trace not in files
    fresh = JourneyCache(folder)  # what the next start of the program reads
    assert fresh.get("C1") is None and len(fresh) == 1


def test_clearing_the_cache_empties_the_instance_the_source_reads(tmp_path):
    cache = shared_journey_cache()
    cache.put(Journey(customer("C2", "Ben Other", BEN_PHONE)))
    clear_cache()
    assert len(cache) == 0 and cache.get("C2") is None
