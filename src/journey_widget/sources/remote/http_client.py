"""``HttpClient``: the one HTTP client of a back end (Campaign Manager or Data Cloud).

One ``httpx.AsyncClient`` per back end, shared by every request, with connect and read
timeouts. A GET is retried with exponential backoff and full jitter on connection errors and
5xx answers; a 429 waits as long as its Retry-After says (seconds or an HTTP date) up to a cap.
The body is read raw and inflated by our own decompressors (``body.read_body``), abandoned as
soon as the decoded bytes pass ``max_bytes``, so a huge or compressed-bomb answer costs no
more than the cap. A whole lookup has one deadline, ``LOOKUP_DEADLINE_FACTOR`` times the
timeout (``sources.deadline``): every request, retry, Retry-After wait and page of it gets only
what is left, and a Retry-After past the deadline fails at once. Cancelling the awaiting
task (a newer call superseded the lookup) closes the request at once. Every failure is a
``SourceError`` with its ``FailureReason``; the sentences never carry a secret, a token or an
unmasked identifier.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import random
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import httpx

from journey_widget.model.privacy import mask_for_log
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.deadline import one_deadline
from journey_widget.sources.remote.auth import AuthConfig, Authenticator
from journey_widget.sources.remote.body import ACCEPT_ENCODING, read_body

log = logging.getLogger(__name__)

MAX_RETRY_AFTER = 30.0  # seconds; a server asking for longer gets RATE_LIMITED at once
BACKOFF_BASE = 0.25  # seconds; attempt n waits up to base * 2**n (full jitter)
BACKOFF_MAX = 4.0
ERROR_BODY_BYTES = 64 * 1024  # read of an error answer, for its error code
LOOKUP_DEADLINE_FACTOR = 2.0  # a whole lookup ends after this many timeouts (docs/adapters.md)


class NotFound(SourceError):
    """HTTP 404. ``code`` is the contract's error code ("not_found" for an unknown customer)
    or None when the body is not the contract's error object (then the URL is wrong)."""

    def __init__(self, message: str, code: str | None) -> None:
        super().__init__(message, FailureReason.CONFIGURATION)
        self.code = code


class HttpClient:
    """One shared httpx.AsyncClient per back end."""

    def __init__(
        self,
        base_url: str,
        auth: AuthConfig,
        *,
        timeout: float = 10.0,
        max_bytes: int = 8 * 1024 * 1024,
        retries: int = 3,
        transport: httpx.AsyncBaseTransport | None = None,
        connect_timeout: float | None = None,
        max_retry_after: float = MAX_RETRY_AFTER,
        backoff_base: float = BACKOFF_BASE,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = _checked_base_url(base_url)
        self.max_bytes = max_bytes
        self.retries = max(0, retries)
        self.max_retry_after = max_retry_after
        self.backoff_base = backoff_base
        self._sleep = sleep
        self._clock = clock
        # Every request, retry, wait and page of one lookup together (sources/deadline.py).
        self.lookup_deadline = LOOKUP_DEADLINE_FACTOR * timeout
        connect = min(timeout, 5.0) if connect_timeout is None else connect_timeout
        # Each read waits at most ``timeout``; the whole lookup at most ``lookup_deadline``.
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=connect),
            transport=transport,
            follow_redirects=False,
            headers={
                "Accept": "application/json",
                "Accept-Encoding": ACCEPT_ENCODING,  # what body.read_body inflates itself
                "User-Agent": "journey-widget",
            },
        )
        self.auth = Authenticator(auth, self._client, clock=clock)
        self._closed = False

    @property
    def host(self) -> str:
        return httpx.URL(self.base_url).host

    async def get_json(self, path: str, params: dict[str, str] | None = None) -> object:
        """The decoded JSON of ``GET base_url + path``; raises SourceError (NotFound on 404).

        Within the deadline of the lookup under way (one starts here if none is).
        """
        if self._closed:
            raise SourceError("The connection to the back end is closed.", FailureReason.OTHER)
        self.auth.check()
        with one_deadline() as deadline:
            ends = deadline.start(self._clock(), self.lookup_deadline)
            left = ends - self._clock()
            try:
                if left <= 0:
                    raise TimeoutError
                async with asyncio.timeout(left):
                    return await self._get_json(path, params, ends)
            except TimeoutError:
                # The lookup's deadline passed, whatever it waited for: a server that trickles
                # its answer (each read in time, the whole not), retries, Retry-After, pages.
                raise SourceError(
                    f"{self.host} did not finish its answer in time.", FailureReason.TIMEOUT
                ) from None

    async def _get_json(self, path: str, params: dict[str, str] | None, ends: float) -> object:
        refreshed = False
        attempt = 0
        while True:
            headers = await self.auth.headers()
            try:
                status, response_headers, body = await self._get_once(path, params, headers)
            except _Retryable as failure:
                if attempt >= self.retries:
                    raise failure.error from None
                await self._backoff(attempt, failure.error)
                attempt += 1
                continue
            if status == 200:
                return _decode_json(body, self.host)
            if status == 401 and self.auth.refreshable and not refreshed:
                log.info("%s answered 401; fetching a new token once", self.host)
                self.auth.invalidate(headers)
                refreshed = True
                continue
            if status == 429:
                wait = _retry_after(response_headers.get("retry-after"))
                too_long = wait > self.max_retry_after or wait > ends - self._clock()
                if attempt >= self.retries or too_long:
                    raise _rate_limited(self.host, wait)
                log.info("%s is rate-limiting; waiting %.1f s", self.host, wait)
                await self._sleep(wait)
                attempt += 1
                continue
            if status >= 500 and attempt < self.retries:
                await self._backoff(attempt, _status_error(status, body, self.host, path))
                attempt += 1
                continue
            raise _status_error(status, body, self.host, path)

    async def aclose(self) -> None:
        self._closed = True
        await self._client.aclose()

    async def _get_once(
        self, path: str, params: dict[str, str] | None, headers: dict[str, str]
    ) -> tuple[int, httpx.Headers, bytes]:
        """One GET: status, headers and the body read up to the cap."""
        try:
            async with self._client.stream("GET", path, params=params, headers=headers) as r:
                if r.status_code == 200:
                    body = await read_body(r, self.max_bytes, self.host)
                else:  # an error page: its first bytes say enough (the error code)
                    body = await read_body(r, ERROR_BODY_BYTES, self.host, cut=True)
                return r.status_code, r.headers, body
        except httpx.ConnectTimeout:
            raise _Retryable(
                SourceError(
                    f"{self.host} did not accept the connection in time.", FailureReason.TIMEOUT
                )
            ) from None
        except httpx.TimeoutException:
            # Connected but no answer: waiting again would double the wait, so no retry.
            raise SourceError(
                f"{self.host} did not answer in time.", FailureReason.TIMEOUT
            ) from None
        except httpx.ConnectError as error:
            failure = _connect_error(self.host, error)
            if _is_dns_failure(error):
                raise failure from None  # asking the resolver again will not find it either
            raise _Retryable(failure) from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
            raise _Retryable(
                SourceError(f"{self.host} closed the connection.", FailureReason.UNREACHABLE)
            ) from None
        except httpx.UnsupportedProtocol:
            raise SourceError(
                f"The base URL {self.base_url} must start with http:// or https://.",
                FailureReason.CONFIGURATION,
            ) from None
        except httpx.HTTPError as error:
            log.info("The request to %s failed: %s", self.host, type(error).__name__)
            raise SourceError(
                f"The request to {self.host} failed.", FailureReason.UNREACHABLE
            ) from None

    async def _backoff(self, attempt: int, error: SourceError) -> None:
        delay = random.uniform(0, min(BACKOFF_MAX, self.backoff_base * 2**attempt))
        log.info("%s Retrying in %.2f s.", error, delay)
        await self._sleep(delay)


class _Retryable(Exception):
    def __init__(self, error: SourceError) -> None:
        super().__init__(str(error))
        self.error = error


def _checked_base_url(base_url: str) -> str:
    text = base_url.strip()
    if not text:
        raise SourceError("No base URL is set for the back end.", FailureReason.CONFIGURATION)
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL:
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise SourceError(
            f"“{text[:80]}” is not a base URL (like https://crm.example.com/api).",
            FailureReason.CONFIGURATION,
        )
    if url.query or url.fragment:
        raise SourceError(
            "The base URL must end with its path, without a query (?...) or fragment (#...).",
            FailureReason.CONFIGURATION,
        )
    if url.userinfo:
        raise SourceError(
            "The base URL must not contain a user name or password; use the credentials setting.",
            FailureReason.CONFIGURATION,
        )
    return text.rstrip("/") + "/"


def _decode_json(body: bytes, host: str) -> object:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        raise SourceError(
            f"The answer from {host} is not valid JSON.", FailureReason.MALFORMED
        ) from None


def _is_dns_failure(error: httpx.ConnectError) -> bool:
    text = str(error).lower()
    return any(
        words in text
        for words in (
            "name or service not known",
            "nodename nor servname",
            "getaddrinfo",
            "name resolution",
            "no address associated",
        )
    )


def _connect_error(host: str, error: httpx.ConnectError) -> SourceError:
    if _is_dns_failure(error):
        return SourceError(f"The host {host} could not be found.", FailureReason.UNREACHABLE)
    return SourceError(f"{host} cannot be reached.", FailureReason.UNREACHABLE)


def _retry_after(value: str | None) -> float:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); 1 s if absent."""
    if not value:
        return 1.0
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return 1.0
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _rate_limited(host: str, wait: float) -> SourceError:
    return SourceError(
        f"{host} is limiting requests; it asks to wait {wait:.0f} seconds.",
        FailureReason.RATE_LIMITED,
    )


_ERROR_CODE = re.compile(r"^[a-z][a-z0-9_.]{0,63}$")


def error_code(body: bytes) -> str | None:
    """The ``error.code`` of the contracts' error object, when the body is one."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    error = data.get("error") if isinstance(data, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, str) and _ERROR_CODE.match(code) else None


def _status_error(status: int, body: bytes, host: str, path: str) -> SourceError:
    code = error_code(body)
    detail = f", {code}" if code else ""
    if status == 401:
        return SourceError(
            f"{host} refused the credentials (HTTP 401{detail}).", FailureReason.UNAUTHORIZED
        )
    if status == 403:
        return SourceError(
            f"{host} does not allow this user to read it (HTTP 403{detail}).",
            FailureReason.FORBIDDEN,
        )
    if status == 404:
        return NotFound(f"{host} has no {path.split('?')[0]} (HTTP 404{detail}).", code)
    if status >= 500:
        return SourceError(f"{host} failed (HTTP {status}{detail}).", FailureReason.SERVER)
    if 300 <= status < 400:
        return SourceError(
            f"{host} redirects elsewhere (HTTP {status}); set the base URL to the address it "
            "points to.",
            FailureReason.CONFIGURATION,
        )
    return SourceError(f"{host} refused the request (HTTP {status}{detail}).", FailureReason.OTHER)


# --- logs never show identifiers -------------------------------------------------------------


def masked_url(url: object) -> str:
    """A URL for the log: query values masked ("?phone=+••••••••567"), path kept."""
    parsed = httpx.URL(str(url))
    text = str(parsed.copy_with(query=None, fragment=None))
    if not parsed.query:
        return text
    masked = "&".join(
        f"{name}={value if name in ('cursor', 'limit') else mask_for_log(value)}"
        for name, value in parsed.params.multi_items()
    )
    return f"{text}?{masked}"


class _MaskUrls(logging.Filter):
    """httpx logs every request URL at INFO; ours carry numbers and addresses in the query."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(a, httpx.URL) for a in record.args):
            record.args = tuple(
                masked_url(a) if isinstance(a, httpx.URL) else a for a in record.args
            )
        return True


_URL_FILTER = _MaskUrls()
if _URL_FILTER not in logging.getLogger("httpx").filters:
    logging.getLogger("httpx").addFilter(_URL_FILTER)
