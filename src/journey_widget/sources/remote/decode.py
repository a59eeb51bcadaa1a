"""Strict reading of the back ends' JSON, and their cursor pagination.

A back end's answer is untrusted input: a wrong type, a missing required field or a value
outside the contract raises ``SourceError(MALFORMED)`` naming the field
("interactions.items[3].callStartTime must be a date-time with offset, not a number"), never a
KeyError or TypeError. Values are not quoted in the sentence: they may be numbers or addresses.
A field the contract makes optional and the answer lacks (or sends as null) is None.

Lenient where the contracts allow (issue 16.8, docs/adapters.md): RFC 3339 times with a
lower-case ``t`` or ``z`` or a space between date and time; free text longer than
``MAX_TEXT`` characters shown shortened, ending in "…" (an id that long stays an error: a
shortened id would name another record); an end before the start dropped (``end_after``).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
from collections.abc import Callable, Coroutine, Mapping
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, TypeVar

from journey_widget.model import normalize_phone
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.remote.http_client import HttpClient, NotFound

log = logging.getLogger(__name__)

T = TypeVar("T")
E = TypeVar("E")

MAX_PAGES = 200  # 200 pages of up to 100 interactions each: far beyond any real journey
PAGE_SIZE = 100
MAX_TEXT = 100_000  # characters kept of one text field (agent comments are the longest)
ELLIPSIS = "…"
# RFC 3339 date-time (section 5.6, with its note: "t", "z" and a space are allowed too).
_RFC_3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")

# The longest name of an unknown enum value kept for display (a new channel type).
MAX_UNKNOWN_NAME = 64


@functools.lru_cache(maxsize=4096)
def phone_or_text(raw: str, region: str) -> str:
    """A number as E.164 when it is one, else as the back end wrote it (shown, not dialled).

    Cached: a journey repeats a handful of numbers hundreds of times, and parsing one costs
    more than decoding the rest of its interaction.
    """
    return normalize_phone(raw, region) or raw


def malformed(backend: str, path: str, problem: str) -> SourceError:
    return SourceError(
        f"{backend} sent a malformed answer: {path} {problem}.", FailureReason.MALFORMED
    )


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true / false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class Fields:
    """One JSON object of an answer, read field by field with the field's path in errors."""

    __slots__ = ("_data", "backend", "path")

    def __init__(self, value: object, path: str, backend: str) -> None:
        if type(value) is not dict:
            raise malformed(backend, path, f"must be an object, not {_kind(value)}")
        self._data: dict[str, Any] = value
        self.path = path
        self.backend = backend

    def _where(self, key: str) -> str:
        return f"{self.path}.{key}"

    def _bad(self, key: str, problem: str) -> SourceError:
        return malformed(self.backend, self._where(key), problem)

    def _get(self, key: str, required: bool) -> Any:
        value = self._data.get(key)
        if value is None and required:
            raise self._bad(key, "is missing")
        return value

    def has(self, key: str) -> bool:
        return self._data.get(key) is not None

    # --- scalars -------------------------------------------------------------------------

    def text(self, key: str) -> str:
        value = self._get(key, True)
        return self._text(key, value)

    def opt_text(self, key: str) -> str | None:
        value = self._get(key, False)
        return None if value is None else self._text(key, value)

    def _text(self, key: str, value: Any) -> str:
        if type(value) is not str:
            raise self._bad(key, f"must be a string, not {_kind(value)}")
        if len(value) > MAX_TEXT:
            if key == "id" or key.endswith("Id"):
                raise self._bad(key, f"is longer than {MAX_TEXT} characters")
            return value[: MAX_TEXT - len(ELLIPSIS)] + ELLIPSIS  # shown shortened
        return value

    def time(self, key: str) -> datetime:
        return self._time(key, self._get(key, True))

    def opt_time(self, key: str) -> datetime | None:
        value = self._get(key, False)
        return None if value is None else self._time(key, value)

    def _time(self, key: str, value: Any) -> datetime:
        if type(value) is str:
            # RFC 3339's lower-case "t" / "z" and space, which fromisoformat does not take.
            text = value.upper().replace(" ", "T") if _RFC_3339.match(value) else value
            try:
                parsed = datetime.fromisoformat(text)
            except ValueError:
                parsed = None
            if parsed is not None and parsed.tzinfo is not None:
                try:
                    return parsed.astimezone(UTC)
                except OverflowError:
                    pass
        raise self._bad(key, f"must be a date-time with offset (RFC 3339), not {_kind(value)}")

    def end_after(self, key: str, started: datetime, start_key: str) -> datetime | None:
        """An optional end time; one before ``started`` is dropped (logged), not an error:
        the interaction itself is sound, only its end is wrong. Both adapters do this."""
        ended = self.opt_time(key)
        if ended is not None and ended < started:
            log.warning(
                "%s sent %s.%s before %s; the end is left out.",
                self.backend,
                self.path,
                key,
                start_key,
            )
            return None
        return ended

    def opt_number(self, key: str) -> float | None:
        value = self._get(key, False)
        if value is None:
            return None
        if type(value) not in (int, float):
            raise self._bad(key, f"must be a number, not {_kind(value)}")
        try:
            number = float(value)
        except OverflowError:
            raise self._bad(key, "is out of range") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise self._bad(key, "must be a finite number")
        return number

    def opt_count(self, key: str) -> int | None:
        value = self._get(key, False)
        if value is None:
            return None
        if type(value) is not int or value < 0:
            raise self._bad(key, f"must be a whole number of at least 0, not {_kind(value)}")
        return value

    def required_flag(self, key: str) -> bool:
        value = self._get(key, True)
        if type(value) is not bool:
            raise self._bad(key, f"must be true or false, not {_kind(value)}")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if type(value) is not bool:
            raise self._bad(key, f"must be true or false, not {_kind(value)}")
        return value

    def choice(self, key: str, choices: Mapping[str, E]) -> E:
        return self._choice(key, self._get(key, True), choices)

    def choice_or_other(self, key: str, choices: Mapping[str, E], other: E) -> tuple[E, str | None]:
        """``(choice, None)``, or ``(other, the text)`` for a value the contract may add
        later (a new channel type): read leniently instead of failing the whole journey.
        A value that is no text is still malformed."""
        value = self._get(key, True)
        if type(value) is str and value not in choices and value.strip():
            return other, value.strip()[:MAX_UNKNOWN_NAME]
        return self._choice(key, value, choices), None

    def opt_choice(self, key: str, choices: Mapping[str, E]) -> E | None:
        value = self._get(key, False)
        return None if value is None else self._choice(key, value, choices)

    def _choice(self, key: str, value: Any, choices: Mapping[str, E]) -> E:
        if type(value) is str and value in choices:
            return choices[value]
        listed = ", ".join(choices) if len(choices) <= 14 else "a value the contract lists"
        if type(value) is str:
            return_problem = f"must be one of {listed}, not an unknown value"
        else:
            return_problem = f"must be one of {listed}, not {_kind(value)}"
        raise self._bad(key, return_problem)

    # --- structures ----------------------------------------------------------------------

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, False)
        if value is None:
            return ()
        if type(value) is not list:
            raise self._bad(key, f"must be an array, not {_kind(value)}")
        out = []
        for index, item in enumerate(value):
            if type(item) is not str:
                raise malformed(
                    self.backend,
                    f"{self._where(key)}[{index}]",
                    f"must be a string, not {_kind(item)}",
                )
            out.append(item)
        return tuple(out)

    def objects(self, key: str, required: bool = False) -> list[Fields]:
        value = self._get(key, required)
        if value is None:
            return []
        if type(value) is not list:
            raise self._bad(key, f"must be an array, not {_kind(value)}")
        where = self._where(key)
        return [Fields(item, f"{where}[{i}]", self.backend) for i, item in enumerate(value)]

    def obj(self, key: str) -> Fields:
        return Fields(self._get(key, True), self._where(key), self.backend)

    def opt_obj(self, key: str) -> Fields | None:
        value = self._get(key, False)
        return None if value is None else Fields(value, self._where(key), self.backend)

    def text_map(self, key: str) -> Mapping[str, str]:
        value = self._get(key, False)
        if value is None:
            return MappingProxyType({})
        if type(value) is not dict:
            raise self._bad(key, f"must be an object of strings, not {_kind(value)}")
        for name, item in value.items():
            if type(item) is not str:
                raise malformed(
                    self.backend,
                    f"{self._where(key)}.{name}",
                    f"must be a string, not {_kind(item)}",
                )
        return MappingProxyType(dict(value))


# --- requests ----------------------------------------------------------------------------------


async def get_object(
    client: HttpClient, path: str, params: dict[str, str] | None, backend: str, label: str
) -> Fields | None:
    """One object, or None when the back end answers 404 with the ``not_found`` error code.

    A 404 without the contract's error object means the base URL does not point at the API:
    that stays a CONFIGURATION error.
    """
    try:
        data = await client.get_json(path, params)
    except NotFound as error:
        if error.code == "not_found":
            return None
        raise SourceError(
            f"{client.host} has no {backend} API at the configured base URL (HTTP 404).",
            FailureReason.CONFIGURATION,
        ) from None
    return Fields(data, label, backend)


async def get_part(
    client: HttpClient, path: str, params: dict[str, str] | None, backend: str, label: str
) -> object:
    """A part of a customer read after the customer (their interactions, tickets, campaigns).

    A 404 with the contract's ``not_found`` code here means the customer was there a moment
    ago and is not now: merged into another profile or removed between two requests. That
    is ``FailureReason.CHANGED`` ("look them up again"), not a setting to fix.
    """
    try:
        return await client.get_json(path, params)
    except NotFound as error:
        if error.code != "not_found":
            raise
        raise SourceError(
            f"The customer changed at {backend} while their {label} were loading (merged "
            "with another or removed); look them up again.",
            FailureReason.CHANGED,
        ) from None


async def follow_pages(
    client: HttpClient,
    path: str,
    params: dict[str, str],
    *,
    backend: str,
    label: str,
    decode: Callable[[Fields], T],
    started: Callable[[T], datetime],
    since: datetime | None,
) -> list[T]:
    """Every item of a cursor-paginated list, newest first, started at or after ``since``.

    The contracts' pages are ``{"items": [...], "nextCursor": "..." | null}``, newest first.
    Pages are followed until the cursor ends or a page reaches back past ``since``.
    """
    query = dict(params, limit=str(PAGE_SIZE))
    if since is not None:
        query["since"] = since.astimezone(UTC).isoformat().replace("+00:00", "Z")
    out: list[T] = []
    seen_cursors: set[str] = set()
    for page_number in range(MAX_PAGES):
        page = Fields(
            await get_part(client, path, query, backend, label),
            f"{label} page {page_number + 1}",
            backend,
        )
        items = [decode(item) for item in page.objects("items", required=True)]
        out.extend(item for item in items if since is None or started(item) >= since)
        cursor = page.opt_text("nextCursor")
        if not cursor:
            return out
        if since is not None and items and min(started(i) for i in items) < since:
            return out  # this page already reached back past the period's start
        if cursor in seen_cursors:
            raise malformed(backend, f"{label} page {page_number + 1}.nextCursor", "repeats")
        seen_cursors.add(cursor)
        query["cursor"] = cursor
    raise malformed(backend, label, f"has more than {MAX_PAGES} pages")


async def run_all(*coros: Coroutine[Any, Any, T]) -> list[T]:
    """Await the requests side by side; the first failure cancels the rest and is raised
    as itself (not wrapped in an ExceptionGroup)."""
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(coro) for coro in coros]
    except BaseExceptionGroup as group_error:
        first = group_error.exceptions[0]
        while isinstance(first, BaseExceptionGroup):
            first = first.exceptions[0]
        raise first from None
    return [task.result() for task in tasks]
