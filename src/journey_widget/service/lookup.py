"""The one coordinator between what asks (the window, call listeners, the CLI) and the sources.

A query or a call comes in, a journey goes out. No Qt here: the UI awaits these coroutines
on the qasync loop, each stream of requests in a ``ui/lifetime/task_slot.TaskSlot`` that keeps
its newest task only, so a stale answer never reaches the screen.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TypeVar

from journey_widget.model import (
    DEFAULT_REGION,
    CustomerMatch,
    Identifier,
    Journey,
    clean,
    parse_identifier,
)
from journey_widget.model.date_ranges import DateRange
from journey_widget.model.filters import DEFAULT_PERIOD_MONTHS, period_start
from journey_widget.service.access import Access, CustomerOperations, GuardedSource
from journey_widget.sources.base import FailureReason, JourneySource, SourceError
from journey_widget.sources.cache import CachedJourney
from journey_widget.sources.deadline import one_deadline, within_one_deadline

__all__ = [
    "DEFAULT_PERIOD_MONTHS",
    "FailureReason",
    "InvalidQuery",
    "JourneyService",
    "LookupResult",
    "SourceError",
    "one_deadline",
    "parse_query",
    "period_start",
]

log = logging.getLogger(__name__)

T = TypeVar("T")

_CUSTOMER_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.:-]{0,63}$")


class InvalidQuery(ValueError):
    """The text is neither a phone number, SIP URI, e-mail address nor customer id."""


@dataclass(frozen=True, slots=True)
class LookupResult:
    """The answer to one lookup. ``journey`` None means: nobody known by that identifier."""

    query: str
    identifier: Identifier | None
    journey: Journey | None
    since: datetime | None
    # Set when the journey came from the offline cache: when it was fetched from the back end.
    cached_at: datetime | None = None
    # The back end was down or its answer unreadable (FailureReason.keeps_saved_copy): the
    # cached journey stands in, and this says why.
    outage: SourceError | None = None

    @property
    def from_cache(self) -> bool:
        return self.cached_at is not None

    @property
    def offline(self) -> bool:
        return self.outage is not None


def parse_query(query: str, region: str = DEFAULT_REGION) -> Identifier | None:
    """The identifier a query names, None for a customer id; InvalidQuery otherwise."""
    text = clean(query)
    if not text:
        raise InvalidQuery("Enter a phone number, SIP address, e-mail address or customer id.")
    identifier = parse_identifier(text, region)
    if identifier is not None:
        return identifier
    if _CUSTOMER_ID.match(text):
        return None
    raise InvalidQuery(
        f"“{text}” is not a phone number, SIP address, e-mail address or customer id."
    )


class JourneyService:
    """Looks customers up in the configured source; knows nothing of widgets."""

    def __init__(
        self,
        source: JourneySource,
        *,
        access: Access,
        region: str = DEFAULT_REGION,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        purge_cache: Callable[[str], Awaitable[None] | None] | None = None,
    ) -> None:
        # Every read goes through the guard: permissions, divisions, privacy (service/access.py).
        # Who acts is always said (app/wiring.py builds it from the settings); there is no
        # default user, so nothing can read as an administrator by forgetting to say.
        self._access = access
        self._source = GuardedSource(source, self._access)
        self._region = region
        self._clock = clock
        # Export, session trace, anonymise (SPEC D6), each checked and audited.
        self.operations = CustomerOperations(self._source, purge_cache=purge_cache, clock=clock)

    @property
    def region(self) -> str:
        return self._region

    @property
    def access(self) -> Access:
        """The user, their permissions and divisions, the privacy setting (SPEC E1, D7)."""
        return self._access

    def parse_query(self, query: str) -> Identifier | None:
        return parse_query(query, self._region)

    async def lookup(
        self,
        query: str,
        *,
        period_months: int | None = DEFAULT_PERIOD_MONTHS,
        on_cached: Callable[[LookupResult], object] | None = None,
    ) -> LookupResult:
        """The journey for a number, SIP URI, e-mail address or customer id.

        Cache first (SPEC H2): when the source keeps an offline cache and holds this customer,
        ``on_cached`` gets that journey at once (``from_cache``), before the back end is asked.
        If the back end then has an outage or answers something unreadable, the cached journey
        is the answer (``offline``, with the reason). Every request of the lookup shares one
        deadline (``sources.deadline``).
        """
        with one_deadline():
            return await self._lookup(query, period_months, on_cached)

    async def _lookup(
        self,
        query: str,
        period_months: int | None,
        on_cached: Callable[[LookupResult], object] | None,
    ) -> LookupResult:
        identifier = self.parse_query(query)
        since = period_start(period_months, self._clock())
        text = clean(query)
        source, cache = self._source, self._cache()
        cached: CachedJourney | None = None
        if cache is not None:
            cached = await _peek(cache, identifier, text)
            if cached is not None and on_cached is not None:
                on_cached(_from_cache(text, identifier, cached, since))
        try:
            if identifier is not None:
                journey = await source.journey_by_identifier(identifier, since)
            else:
                journey = await source.journey_by_customer_id(text, since)
        except SourceError as error:
            if cached is None or not error.reason.keeps_saved_copy:
                raise
            log.info("The back end failed (%s); showing the cached journey", error.reason)
            return _from_cache(text, identifier, cached, since, outage=error)
        return LookupResult(text, identifier, journey, since)

    def _cache(self) -> GuardedSource | None:
        return self._source if self._source.has_cache else None

    @within_one_deadline
    async def check(self) -> None:
        """Test the connection (the settings dialog's "Test connection"); SourceError if the
        source's URL, credentials or service do not fit."""
        await self._source.check()

    @within_one_deadline
    async def lookup_customer(
        self, customer_id: str, *, period_months: int | None = DEFAULT_PERIOD_MONTHS
    ) -> LookupResult:
        """The journey of a customer picked by id (a suggestion), whatever the id looks like."""
        since = period_start(period_months, self._clock())
        journey = await self._source.journey_by_customer_id(customer_id, since)
        return LookupResult(customer_id, None, journey, since)

    @within_one_deadline
    async def conversations(
        self, customer_id: str, date_range: DateRange | None = None
    ) -> LookupResult:
        """A customer's conversations started in ``date_range`` (SPEC C2); None: all (Latest).

        Sources only know ``since``, so the range's end is applied here.
        """
        since = None if date_range is None else date_range.start
        journey = await self._source.journey_by_customer_id(customer_id, since)
        if journey is not None and date_range is not None:
            kept = tuple(i for i in journey.interactions if i.started_at in date_range)
            journey = replace(journey, interactions=kept)
        return LookupResult(customer_id, None, journey, since)

    @within_one_deadline
    async def suggest(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        """The top matches for what the user has typed so far (SPEC C1)."""
        text = clean(text)
        if not text:
            return []
        return await self._source.search(text, limit)

    async def aclose(self) -> None:
        await self._source.aclose()


async def _peek(
    cache: GuardedSource, identifier: Identifier | None, text: str
) -> CachedJourney | None:
    """The cached journey for a lookup; a cache that fails is a miss, never a failed lookup."""
    try:
        if identifier is not None:
            return await cache.cached_by_identifier(identifier)
        return await cache.cached_by_customer_id(text)
    except (OSError, ValueError) as error:
        log.warning("The offline cache could not be read: %s", error)
        return None


def _from_cache(
    text: str,
    identifier: Identifier | None,
    cached: CachedJourney,
    since: datetime | None,
    *,
    outage: SourceError | None = None,
) -> LookupResult:
    """A cached journey as an answer, cut to the period asked for."""
    journey = cached.journey
    if since is not None:
        kept = tuple(i for i in journey.interactions if i.started_at >= since)
        journey = Journey(journey.customer, kept, journey.tickets)
    return LookupResult(text, identifier, journey, since, cached.fetched_at, outage)
