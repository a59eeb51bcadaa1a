"""The offline cache (SPEC H2): the last journeys fetched from a back end, per customer.

A pop shows the cached journey at once and the fresh one replaces it; while the back end is
down the cached one stands in. Files live in the platformdirs cache folder (paths.py):

- ``<key>.jsonl`` per customer: a header line ``{"cache": 1, "fetched_at": ...}``, then the
  customer, its interactions and tickets in the import format's own JSON Lines codec, so a
  cached record means exactly what an imported one means;
- ``index.json``: per customer its key, fetch time, size, identifiers (so a caller's number
  finds the customer without opening files) and a use counter for LRU eviction by bytes.

Every file is written atomically (temp file + rename). A damaged journey file is ignored and
removed; a damaged index empties the cache; neither is ever more than a log line. The file
names are hashes, so a customer id or number never appears in a path.

The folder is trusted only as far as the cache made it (cache_files.py, issue 16): bounded
regular files read without following links, only its own names deleted. ``JourneyCache`` is
synchronous and thread-safe (one lock); ``CachingSource`` wraps a back end as a JourneySource
and does the file work in a worker thread. The local store is never cached (factory.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from journey_widget.model import Customer, CustomerMatch, Identifier, Interaction, Journey, Ticket
from journey_widget.model.permissions import UserContext
from journey_widget.sources.base import (
    ConnectionCheck,
    CustomerRecords,
    JourneySource,
    UserDirectory,
)
from journey_widget.sources.cache_files import (
    TEMP_PREFIX,
    TEMP_SUFFIX,
    checked_key,
    make_folder,
    read_own_file,
    real_folder,
    remove_own_files,
)
from journey_widget.sources.local import jsonl_format

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
INDEX_NAME = "index.json"
MIN_INDEX_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class CachedJourney:
    """A journey as it was when fetched."""

    journey: Journey
    fetched_at: datetime


@dataclass(slots=True)
class _Entry:
    customer_id: str
    fetched_at: datetime
    size: int
    used: int
    identifiers: list[str]

    def to_json(self) -> dict[str, Any]:
        return {
            "customer_id": self.customer_id,
            "fetched_at": self.fetched_at.isoformat(),
            "bytes": self.size,
            "used": self.used,
            "identifiers": self.identifiers,
        }

    @classmethod
    def from_json(cls, raw: Any) -> _Entry:
        if not isinstance(raw, dict):
            raise ValueError("index entry is not an object")
        fetched = datetime.fromisoformat(raw["fetched_at"])
        if fetched.tzinfo is None:
            raise ValueError("fetch time without offset")
        identifiers = raw["identifiers"]
        if not isinstance(identifiers, list) or not all(isinstance(i, str) for i in identifiers):
            raise ValueError("identifiers are not a list of strings")
        size, used, customer_id = raw["bytes"], raw["used"], raw["customer_id"]
        if not (isinstance(size, int) and isinstance(used, int) and isinstance(customer_id, str)):
            raise ValueError("wrong types in an index entry")
        return cls(customer_id, fetched, size, used, identifiers)


def identifier_key(identifier: Identifier) -> str:
    return f"{identifier.kind.value}:{identifier.value}"


def _file_key(customer_id: str) -> str:
    return hashlib.sha256(customer_id.encode("utf-8")).hexdigest()[:32]


class JourneyCache:
    """Journeys per customer in ``folder``, at most ``max_bytes`` of them (LRU by bytes)."""

    def __init__(
        self,
        folder: Path,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        # An index line per journey is far smaller than the journey; anything bigger is junk.
        self.index_max_bytes = max(MIN_INDEX_BYTES, max_bytes // 4)
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: dict[str, _Entry] | None = None  # file key -> entry; loaded lazily
        self._by_identifier: dict[str, str] = {}
        self._tick = 0

    # --- reading -------------------------------------------------------------------------

    def get(self, customer_id: str) -> CachedJourney | None:
        with self._lock:
            return self._read(_file_key(customer_id))

    def get_by_identifier(self, identifier: Identifier) -> CachedJourney | None:
        with self._lock:
            self._load()
            key = self._by_identifier.get(identifier_key(identifier))
            return None if key is None else self._read(key)

    @property
    def size_bytes(self) -> int:
        with self._lock:
            return sum(entry.size for entry in self._load().values())

    def __len__(self) -> int:
        with self._lock:
            return len(self._load())

    # --- writing -------------------------------------------------------------------------

    def put(self, journey: Journey, fetched_at: datetime | None = None) -> None:
        """Keep ``journey`` as fetched now (or at ``fetched_at``); evict the least used."""
        fetched_at = fetched_at or self._clock()
        customer_id = journey.customer.id
        header = json.dumps({"cache": CACHE_FORMAT, "fetched_at": fetched_at.isoformat()})
        records: list[Customer | Interaction | Ticket] = [journey.customer]
        records.extend(journey.interactions)
        records.extend(journey.tickets)
        lines = [header, *(jsonl_format.dumps(record) for record in records)]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        key = _file_key(customer_id)
        with self._lock:
            entries = self._load()
            if len(data) > self.max_bytes:
                log.info("A journey of %d bytes is larger than the cache; not cached", len(data))
                self._drop(key)
                self._save_index()
                return
            self._make_folder()
            _write_atomically(self.folder / f"{key}.jsonl", data)
            self._drop_identifiers(key)
            self._tick += 1
            identifiers = [identifier_key(i) for i in journey.customer.identifiers]
            entries[key] = _Entry(customer_id, fetched_at, len(data), self._tick, identifiers)
            for ident in identifiers:
                self._by_identifier[ident] = key
            self._evict(keep=key)
            self._save_index()

    def purge(self, customer_id: str) -> None:
        """Forget one customer (anonymise calls this)."""
        with self._lock:
            self._load()
            self._drop(_file_key(customer_id))
            self._save_index()

    def purge_all(self) -> None:
        """Forget everything: sign-out, another back end, the cache switched off."""
        with self._lock:
            self._entries, self._by_identifier, self._tick = {}, {}, 0
            if self._real_folder():
                self._remove_files(temp_files=True)

    # --- inside the lock -----------------------------------------------------------------

    def _load(self) -> dict[str, _Entry]:
        if self._entries is not None:
            return self._entries
        self._entries, self._by_identifier, self._tick = {}, {}, 0
        if not self._real_folder():
            return self._entries
        try:
            raw = json.loads(read_own_file(self.folder / INDEX_NAME, self.index_max_bytes))
            if not isinstance(raw, dict) or raw.get("cache") != CACHE_FORMAT:
                raise ValueError("not a cache index of this version")
            entries = {checked_key(k): _Entry.from_json(v) for k, v in raw["entries"].items()}
        except FileNotFoundError:
            return self._entries
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            log.warning("The offline cache's index was damaged (%s); emptying the cache", error)
            self._entries = {}
            self._remove_files()
            return self._entries
        self._entries = entries
        self._tick = max((e.used for e in entries.values()), default=0)
        for key, entry in entries.items():
            for ident in entry.identifiers:
                self._by_identifier[ident] = key
        return self._entries

    def _read(self, key: str) -> CachedJourney | None:
        entries = self._load()
        entry = entries.get(key)
        if entry is None or not self._real_folder():
            return None
        try:
            data = read_own_file(self.folder / f"{key}.jsonl", self.max_bytes)
            journey = _decode(data, entry.customer_id)
        except (OSError, ValueError, RecursionError) as error:
            log.warning("A cached journey was damaged or missing (%s); removed it", error)
            self._drop(key)
            self._save_index()
            return None
        self._tick += 1
        entry.used = self._tick
        return CachedJourney(journey, entry.fetched_at)

    def _drop(self, key: str) -> None:
        self._drop_identifiers(key)
        assert self._entries is not None
        self._entries.pop(key, None)
        if self._real_folder():
            with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
                (self.folder / f"{key}.jsonl").unlink()

    def _drop_identifiers(self, key: str) -> None:
        for ident in [i for i, k in self._by_identifier.items() if k == key]:
            del self._by_identifier[ident]

    def _evict(self, *, keep: str) -> None:
        assert self._entries is not None
        total = sum(entry.size for entry in self._entries.values())
        for key, entry in sorted(self._entries.items(), key=lambda item: item[1].used):
            if total <= self.max_bytes:
                break
            if key == keep:
                continue
            total -= entry.size
            self._drop(key)

    def _save_index(self) -> None:
        assert self._entries is not None
        if not self._entries and not self._real_folder():
            return
        index = {
            "cache": CACHE_FORMAT,
            "entries": {key: entry.to_json() for key, entry in self._entries.items()},
        }
        self._make_folder()
        _write_atomically(self.folder / INDEX_NAME, json.dumps(index).encode("utf-8"))

    def _real_folder(self) -> bool:
        return real_folder(self.folder)

    def _make_folder(self) -> None:
        make_folder(self.folder)

    def _remove_files(self, *, temp_files: bool = False) -> None:
        remove_own_files(self.folder, INDEX_NAME, temp_files=temp_files)


def _decode(data: bytes, customer_id: str) -> Journey:
    # Split on "\n" only: str.splitlines would also cut at U+2028 inside a JSON string.
    lines = data.decode("utf-8").split("\n")
    if lines[-1] == "":
        lines.pop()
    if not lines:
        raise ValueError("an empty cached journey")
    header = json.loads(lines[0])
    if not isinstance(header, dict) or header.get("cache") != CACHE_FORMAT:
        raise ValueError("not a cached journey of this version")
    customer: Customer | None = None
    interactions: list[Interaction] = []
    tickets: list[Ticket] = []
    for line in lines[1:]:
        record = jsonl_format.loads(line, trusted=True)  # a back end's text may be longer
        if isinstance(record, Customer):
            customer = record
        elif isinstance(record, Interaction):
            interactions.append(record)
        else:
            tickets.append(record)
    if customer is None or customer.id != customer_id:
        raise ValueError("the cached journey names another customer")
    return Journey(customer, tuple(interactions), tuple(tickets))


def _write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@runtime_checkable
class CacheBacked(Protocol):
    """A source that can answer from its offline cache before asking the back end."""

    async def cached_by_identifier(self, identifier: Identifier) -> CachedJourney | None: ...

    async def cached_by_customer_id(self, customer_id: str) -> CachedJourney | None: ...

    async def purge(self, customer_id: str) -> None: ...


class CachingSource:
    """A back end as a JourneySource whose every fetched journey is kept in ``cache``."""

    def __init__(self, source: JourneySource, cache: JourneyCache) -> None:
        self.inner = source
        self.cache = cache

    async def journey_by_identifier(
        self, identifier: Identifier, since: datetime | None = None
    ) -> Journey | None:
        journey = await self.inner.journey_by_identifier(identifier, since)
        await self._keep(journey)
        return journey

    async def journey_by_customer_id(
        self, customer_id: str, since: datetime | None = None
    ) -> Journey | None:
        journey = await self.inner.journey_by_customer_id(customer_id, since)
        await self._keep(journey)
        return journey

    async def search(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        return await self.inner.search(text, limit)

    # The back end's optional abilities, forwarded one by one (sources/base.py): a cached
    # back end tests its connection and says who the user is as the bare one does.
    async def check(self) -> None:
        if isinstance(self.inner, ConnectionCheck):
            await self.inner.check()

    async def user_context(self) -> UserContext | None:
        if isinstance(self.inner, UserDirectory):
            return await self.inner.user_context()
        return None

    def customer_records(self) -> CustomerRecords | None:
        """The back end, when it holds the customer's records itself (export, anonymise)."""
        return self.inner if isinstance(self.inner, CustomerRecords) else None

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def cached_by_identifier(self, identifier: Identifier) -> CachedJourney | None:
        return await asyncio.to_thread(self.cache.get_by_identifier, identifier)

    async def cached_by_customer_id(self, customer_id: str) -> CachedJourney | None:
        return await asyncio.to_thread(self.cache.get, customer_id)

    async def purge(self, customer_id: str) -> None:
        await asyncio.to_thread(self.cache.purge, customer_id)

    async def purge_all(self) -> None:
        await asyncio.to_thread(self.cache.purge_all)

    async def _keep(self, journey: Journey | None) -> None:
        if journey is None:
            return
        try:
            await asyncio.to_thread(self.cache.put, journey)
        except (OSError, ValueError) as error:  # a full disk must not cost the agent the pop
            log.warning("Could not keep the journey in the offline cache: %s", error)
