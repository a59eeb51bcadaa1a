"""One deadline for one lookup (issue 16.4; docs/adapters.md, docs/security.md).

A lookup is several requests: who the user is (``GET v1/me``), the profile, its pages of
interactions and tickets, each perhaps retried or waiting for a Retry-After. Each request has
its own timeout, but a back end that stalls, rate-limits or hands out endless slow pages would
make them add up to minutes. So the whole lookup shares one deadline: whoever starts one
(``JourneyService.lookup``, the window's lookup, a source's own call) opens ``one_deadline()``;
the HTTP client starts its clock at the first request (``Deadline.start``) and every later
request, retry and wait of the same lookup gets only what is left. Scopes nest: an inner one
joins the outer. The deadline lives in a context variable, so requests run side by side in
tasks of the lookup share it. No Qt.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class Deadline:
    """When the lookup must be over, on the clock of the client that started it."""

    at: float | None = None

    def start(self, now: float, seconds: float) -> float:
        """The deadline, started now if this is the lookup's first request."""
        if self.at is None:
            self.at = now + seconds
        return self.at


_CURRENT: ContextVar[Deadline | None] = ContextVar("journey_widget_deadline", default=None)


@contextmanager
def one_deadline() -> Iterator[Deadline]:
    """The deadline of the lookup under way, or a new one for a lookup that starts here."""
    current = _CURRENT.get()
    if current is not None:
        yield current
        return
    deadline = Deadline()
    token = _CURRENT.set(deadline)
    try:
        yield deadline
    finally:
        _CURRENT.reset(token)


def within_one_deadline(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
    """An async function whose requests share one deadline (joining the caller's, if any)."""

    @functools.wraps(method)
    async def bounded(*args: P.args, **kwargs: P.kwargs) -> T:
        with one_deadline():
            return await method(*args, **kwargs)

    return bounded
