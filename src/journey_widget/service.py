"""The one coordinator between what asks (the window, call listeners, the CLI) and the sources.

A query or a call comes in, a journey goes out. Each stream of requests (pop, suggestions)
keeps its newest task only: starting a new one cancels the older, so a stale answer never
reaches the screen. No Qt here: the UI awaits these coroutines on the qasync loop.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Generic, TypeVar

from .model import DEFAULT_REGION, CustomerMatch, Identifier, Journey, clean, parse_identifier
from .model.filters import DEFAULT_PERIOD_MONTHS, period_start
from .sources.base import JourneySource, SourceError

__all__ = [
    "DEFAULT_PERIOD_MONTHS",
    "InvalidQuery",
    "JourneyService",
    "Latest",
    "LookupResult",
    "SourceError",
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
        region: str = DEFAULT_REGION,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._source = source
        self._region = region
        self._clock = clock

    @property
    def region(self) -> str:
        return self._region

    def parse_query(self, query: str) -> Identifier | None:
        return parse_query(query, self._region)

    async def lookup(
        self, query: str, *, period_months: int | None = DEFAULT_PERIOD_MONTHS
    ) -> LookupResult:
        """The journey for a number, SIP URI, e-mail address or customer id."""
        identifier = self.parse_query(query)
        since = period_start(period_months, self._clock())
        if identifier is not None:
            journey = await self._source.journey_by_identifier(identifier, since)
        else:
            journey = await self._source.journey_by_customer_id(clean(query), since)
        return LookupResult(clean(query), identifier, journey, since)

    async def lookup_customer(
        self, customer_id: str, *, period_months: int | None = DEFAULT_PERIOD_MONTHS
    ) -> LookupResult:
        """The journey of a customer picked by id (a suggestion), whatever the id looks like."""
        since = period_start(period_months, self._clock())
        journey = await self._source.journey_by_customer_id(customer_id, since)
        return LookupResult(customer_id, None, journey, since)

    async def suggest(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        """The top matches for what the user has typed so far (SPEC C1)."""
        text = clean(text)
        if not text:
            return []
        return await self._source.search(text, limit)

    async def aclose(self) -> None:
        await self._source.aclose()


class Latest(Generic[T]):
    """Keeps only the newest task of one stream of requests; starting one cancels the last.

    ``run`` returns the task; its result is delivered to ``on_done`` only if no newer task
    started meanwhile, so stale answers are dropped even when cancellation came too late.
    """

    def __init__(self) -> None:
        self._task: asyncio.Task[T] | None = None

    @property
    def pending(self) -> bool:
        return self._task is not None and not self._task.done()

    def run(self, coro: Awaitable[T]) -> asyncio.Task[T]:
        self.cancel()
        task: asyncio.Task[T] = asyncio.ensure_future(coro)
        self._task = task
        return task

    def is_current(self, task: asyncio.Task[T]) -> bool:
        return task is self._task

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

