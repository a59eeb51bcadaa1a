"""How requests to a back end prove who is asking: an API key header, a bearer token, or an
OAuth2 client-credentials token (issue 4, item 3).

``AuthConfig`` is what the settings and the keyring give us; ``Authenticator`` turns it into
request headers. An OAuth2 token is fetched on first use, kept until shortly before it expires,
and fetched again when it is near its end or when the back end answered 401 to it. Concurrent
requests wait for one token fetch instead of starting one each. No secret or token is ever
logged or shown in a ``repr``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from journey_widget.settings import AuthKind
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.remote.body import read_body

log = logging.getLogger(__name__)

# A token is renewed this long before the server says it expires (clock skew, slow requests);
# for short-lived tokens at most half of their lifetime.
TOKEN_EXPIRY_MARGIN = 30.0
# A token response without expires_in is used for this long.
DEFAULT_TOKEN_LIFETIME = 300.0
MAX_TOKEN_RESPONSE_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class AuthConfig:
    kind: AuthKind  # none | api_key | bearer | oauth2
    secret: str | None = None  # API key, bearer token, or OAuth2 client secret
    api_key_header: str = "X-API-Key"
    token_url: str = ""  # OAuth2 client credentials
    client_id: str = ""

    def __repr__(self) -> str:
        secret = "None" if self.secret is None else "'***'"
        return (
            f"AuthConfig(kind={self.kind.value!r}, secret={secret}, "
            f"api_key_header={self.api_key_header!r}, token_url={self.token_url!r}, "
            f"client_id={self.client_id!r})"
        )

    __str__ = __repr__

    def problem(self) -> str | None:
        """What makes this configuration unusable, as a sentence; None when it is complete."""
        if self.kind is AuthKind.NONE:
            return None
        if not self.secret:
            what = {
                AuthKind.API_KEY: "an API key",
                AuthKind.BEARER: "a bearer token",
                AuthKind.OAUTH2: "an OAuth2 client secret",
            }[self.kind]
            return f"The connection needs {what}, and none is stored."
        if not (self.secret.isascii() and self.secret.isprintable()) or self.secret != (
            self.secret.strip()
        ):
            return (
                "The stored secret contains spaces at its ends or characters a request cannot "
                "carry; enter it again."
            )
        if self.kind is AuthKind.API_KEY and not _is_header_name(self.api_key_header):
            return f"“{self.api_key_header}” is not a valid name for the API key header."
        if self.kind is AuthKind.OAUTH2:
            if not self.token_url.startswith(("https://", "http://")):
                return "OAuth2 needs the token URL of the identity provider (https://...)."
            if not self.client_id:
                return "OAuth2 needs a client id."
        return None


def _is_header_name(name: str) -> bool:
    allowed = set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return bool(name) and all(c in allowed for c in name)


@dataclass(frozen=True, slots=True)
class _Token:
    value: str
    renew_at: float  # on the authenticator's clock


class Authenticator:
    """Request headers for one back end. OAuth2 tokens are fetched with ``client``."""

    def __init__(
        self,
        config: AuthConfig,
        client: httpx.AsyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config
        self._client = client
        self._clock = clock
        self._token: _Token | None = None
        self._lock = asyncio.Lock()
        self.token_fetches = 0  # how many times a token was requested (tests, diagnostics)

    @property
    def refreshable(self) -> bool:
        """A 401 may be cured by fetching a new token (OAuth2 only)."""
        return self.config.kind is AuthKind.OAUTH2

    def check(self) -> None:
        problem = self.config.problem()
        if problem:
            raise SourceError(problem, FailureReason.CONFIGURATION)

    async def headers(self) -> dict[str, str]:
        """The headers that authenticate one request (fetching a token if need be)."""
        config = self.config
        if config.kind is AuthKind.NONE:
            return {}
        self.check()
        secret = config.secret or ""
        if config.kind is AuthKind.API_KEY:
            return {config.api_key_header: secret}
        if config.kind is AuthKind.BEARER:
            return {"Authorization": f"Bearer {secret}"}
        return {"Authorization": f"Bearer {await self.token()}"}

    async def token(self) -> str:
        """A valid OAuth2 access token; concurrent callers share one fetch."""
        token = self._token
        if token is not None and self._clock() < token.renew_at:
            return token.value
        async with self._lock:
            token = self._token  # another task may have fetched it while we waited
            if token is not None and self._clock() < token.renew_at:
                return token.value
            self._token = await self._fetch_token()
            return self._token.value

    def invalidate(self, rejected_headers: dict[str, str]) -> None:
        """The back end answered 401 to these headers: forget their token (once; a token
        fetched meanwhile by another request is kept)."""
        token = self._token
        if token is not None and rejected_headers.get("Authorization") == f"Bearer {token.value}":
            self._token = None

    async def _fetch_token(self) -> _Token:
        config = self.config
        self.token_fetches += 1
        started = self._clock()
        try:
            async with self._client.stream(
                "POST",
                config.token_url,
                data={"grant_type": "client_credentials"},
                auth=httpx.BasicAuth(config.client_id, config.secret or ""),
                headers={"Accept": "application/json"},
            ) as response:
                status = response.status_code
                # Read bounded as it is inflated: a compressed bomb costs no more than this.
                body = await read_body(
                    response, MAX_TOKEN_RESPONSE_BYTES + 1, _host(config.token_url), cut=True
                )
        except httpx.TimeoutException:
            raise SourceError(
                "The identity provider did not answer in time.", FailureReason.TIMEOUT
            ) from None
        except httpx.HTTPError as error:
            log.info("The token request failed: %s", type(error).__name__)
            raise SourceError(
                f"The identity provider at {_host(config.token_url)} cannot be reached.",
                FailureReason.UNREACHABLE,
            ) from None
        if status in (400, 401, 403):
            # RFC 6749: invalid_client / unauthorized_client come as 400 or 401.
            raise SourceError(
                f"The identity provider refused the client id or secret (HTTP {status}).",
                FailureReason.UNAUTHORIZED,
            )
        if status >= 500:
            raise SourceError(
                f"The identity provider failed (HTTP {status}).",
                FailureReason.SERVER,
            )
        if status != 200:
            raise SourceError(
                f"The identity provider answered HTTP {status} to the token request.",
                FailureReason.CONFIGURATION,
            )
        value, lifetime = _parse_token_response(body)
        margin = min(TOKEN_EXPIRY_MARGIN, lifetime / 2)
        log.debug("OAuth2 token fetched; renewed in %.0f s", lifetime - margin)
        return _Token(value, started + lifetime - margin)


def _parse_token_response(body: bytes) -> tuple[str, float]:
    def malformed(what: str) -> SourceError:
        return SourceError(
            f"The identity provider's token answer is malformed: {what}.",
            FailureReason.MALFORMED,
        )

    if len(body) > MAX_TOKEN_RESPONSE_BYTES:
        raise malformed("it is too large")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise malformed("it is not JSON") from None
    if type(data) is not dict:
        raise malformed("it is not a JSON object")
    token = data.get("access_token")
    if type(token) is not str or not token or not token.isprintable():
        raise malformed("access_token is missing or not a string")
    token_type = data.get("token_type", "Bearer")
    if type(token_type) is not str or token_type.lower() != "bearer":
        raise malformed("token_type is not Bearer")
    expires_in = data.get("expires_in", DEFAULT_TOKEN_LIFETIME)
    if type(expires_in) not in (int, float) or not 0 < expires_in < 10**8:
        raise malformed("expires_in is not a positive number of seconds")
    return token, float(expires_in)


def _host(url: str) -> str:
    try:
        return httpx.URL(url).host or url
    except httpx.InvalidURL:
        return url
