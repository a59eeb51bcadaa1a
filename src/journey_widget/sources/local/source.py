"""``LocalSource``: the embedded store as an async JourneySource.

SQLite calls block, and the GUI thread must never wait on them, so every store call runs on
one dedicated worker thread that owns the connection (opened lazily there: sqlite3
connections belong to the thread that made them). One thread also serialises the calls, so
the synchronous Store needs no locks. A call still queued when its awaiting task is
cancelled (a newer call superseded it) is dropped before it starts.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from journey_widget.model import DEFAULT_REGION, CustomerMatch, Identifier, Journey
from journey_widget.sources.base import SourceError, StoreError
from journey_widget.sources.local.jsonl_format import Record
from journey_widget.sources.local.store import AnonymiseReport, Store, open_store

T = TypeVar("T")


class LocalSource:
    """Journeys from the local SQLite store at ``path`` (the JourneySource protocol)."""

    def __init__(self, path: Path, *, create: bool = False, region: str = DEFAULT_REGION) -> None:
        self.path = Path(path)
        self._create = create
        self._region = region
        self._store: Store | None = None
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="journey-store"
        )

    async def journey_by_identifier(
        self, identifier: Identifier, since: datetime | None = None
    ) -> Journey | None:
        """The journey of the customer with this identifier; if several customers share it
        (a family line, a switchboard), the one contacted most recently."""
        return await self._run(_journey_by_identifier, identifier, since)

    async def journey_by_customer_id(
        self, customer_id: str, since: datetime | None = None
    ) -> Journey | None:
        return await self._run(Store.journey, customer_id, since)

    async def search(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        """Customers whose name or identifier contains ``text``, best first.

        Raises ValueError("Type something to search for.") for blank text.
        """
        return await self._run(Store.search, text, limit)

    async def tenants(self) -> list[str]:
        return await self._run(Store.tenants)

    async def export_customer(self, customer_id: str) -> list[Record] | None:
        """The customer's records in the import format (SPEC D6); None if unknown."""
        return await self._run(_export, customer_id)

    async def anonymise_customer(self, customer_id: str) -> AnonymiseReport | None:
        """Erase the customer's identifiers and free text (SPEC D6); None if unknown."""
        return await self._run(Store.anonymise_customer, customer_id)

    async def aclose(self) -> None:
        """Close the store on its thread and stop the thread; safe to call twice."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(executor, self._close_store)
        finally:
            executor.shutdown(wait=False)

    # --- the worker thread -----------------------------------------------------------------

    async def _run(self, call: Callable[..., T], *args: object) -> T:
        if self._executor is None:
            raise StoreError("The journey store is closed.")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._executor, functools.partial(self._on_worker, call, *args)
        )

    def _on_worker(self, call: Callable[..., T], *args: object) -> T:
        """Runs on the worker thread: opens the store on first use, then makes the call."""
        if self._store is None:
            self._store = open_store(self.path, create=self._create, region=self._region)
        try:
            return call(self._store, *args)
        except (SourceError, ValueError):
            raise
        except Exception as error:  # a bug below us must still read as a sentence
            raise StoreError(f"The journey store {self.path} failed: {error}.") from error

    def _close_store(self) -> None:
        store, self._store = self._store, None
        if store is not None:
            store.close()


def _journey_by_identifier(
    store: Store, identifier: Identifier, since: datetime | None
) -> Journey | None:
    customer_id = store.newest_customer_id_for(identifier)
    return None if customer_id is None else store.journey(customer_id, since)


def _export(store: Store, customer_id: str) -> list[Record] | None:
    try:
        return list(store.export_customer(customer_id))
    except KeyError:
        return None
