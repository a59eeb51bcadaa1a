"""Real HTTP servers on 127.0.0.1 that serve our back-end contracts from a list of journeys.

    from sources.contract_servers import serve_campaign_manager, serve_data_cloud

    with serve_data_cloud([journey], auth=AuthConfig(AuthKind.BEARER, "t0k3n")) as server:
        client = HttpClient(server.url, server.auth)
        ...

``ContractServer`` answers what docs/openapi/campaign-manager.yaml and data-cloud.yaml specify
(the adapter tests check every answer it gave against the schemas), with cursor pages of
``page_size`` items, the contracts' error bodies and auth schemes (an OAuth2 token endpoint at
``/oauth/token``). Failures are scripted with ``fail_next`` (any status, body and headers),
``answer`` (a fixed answer for one route) or ``stall_next`` (no answer until ``release()``).
``expected_journey`` says what an adapter must return for a journey this server holds; ``user``
(a UserContext) is who ``GET /v1/me`` says is signed in (None: 404, the back end does not say).
The wire format itself lives in ``contract_wire``; its public names are re-exported here.
"""

from __future__ import annotations

import base64
import dataclasses
import itertools
import json
import re
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from journey_widget.model import Customer, IdentifierKind, Interaction, Journey, digits_of
from journey_widget.model.permissions import UserContext
from journey_widget.settings import AuthKind
from journey_widget.sources.remote.auth import AuthConfig
from sources.contract_wire import (
    CAMPAIGN_MANAGER,
    CONTRACT_FILES,
    DATA_CLOUD,
    campaign_manager_carries,
    check_against_contract,
    cm_contact,
    cm_interaction,
    contract,
    dc_interaction,
    dc_profile,
    dc_ticket,
    error_body,
    expected_journey,
    journeys_of,
    response_schema,
    user_body,
    without_none,
)

__all__ = [
    "CAMPAIGN_MANAGER",
    "CLIENT_ID",
    "CLIENT_SECRET",
    "CONTRACT_FILES",
    "DATA_CLOUD",
    "ContractServer",
    "check_against_contract",
    "cm_contact",
    "cm_interaction",
    "contract",
    "dc_interaction",
    "dc_profile",
    "dc_ticket",
    "error_body",
    "expected_journey",
    "journeys_of",
    "response_schema",
    "serve",
    "serve_campaign_manager",
    "serve_data_cloud",
    "user_body",
]

CLIENT_ID = "journey-widget"
CLIENT_SECRET = "client-s3cret"
TOKEN_PATH = "/oauth/token"


# --- the server --------------------------------------------------------------------------------


@dataclasses.dataclass
class _Scripted:
    status: int
    body: bytes
    headers: dict[str, str]
    stall: bool = False


class ContractServer:
    """One back end's contract on a threaded HTTP server at 127.0.0.1 (see the module doc)."""

    def __init__(
        self,
        backend: str,
        journeys: Sequence[Journey] = (),
        *,
        auth: AuthConfig | None = None,
        page_size: int = 2,
        honour_since: bool = True,
        token_lifetime: int = 3600,
        user: UserContext | None = None,
    ) -> None:
        if backend not in (CAMPAIGN_MANAGER, DATA_CLOUD):
            raise ValueError(f"unknown back end {backend!r}")
        self.backend = backend
        self.journeys: list[Journey] = list(journeys)
        self.page_size = page_size
        self.honour_since = honour_since
        self.token_lifetime = token_lifetime
        # Who GET /v1/me says is signed in; None: the back end does not say (404, not_found).
        self.user = user
        self.server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
        self.requests: list[tuple[str, dict[str, str]]] = []  # (path, query) of every request
        # (path, status, JSON body) of every answer the contract defines (not scripted ones)
        self.responses: list[tuple[str, int, Any]] = []
        self.token_requests = 0
        self._valid_tokens: set[str] = set()
        self._token_numbers = itertools.count(1)
        self._script: deque[_Scripted] = deque()
        self._answers: dict[str, tuple[int, bytes]] = {}
        self._stalled_routes: set[str] = set()
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._auth = auth

    # --- life cycle -----------------------------------------------------------------------

    def start(self) -> ContractServer:
        self.server.expect_request(re.compile(".*")).respond_with_handler(self._handle)
        self.server.start()
        return self

    def stop(self) -> None:
        self._release.set()
        if self.server.is_running():
            self.server.clear()
            self.server.stop()

    @property
    def url(self) -> str:
        """The base URL an HttpClient is configured with."""
        return f"http://127.0.0.1:{self.server.port}/api/"

    @property
    def auth(self) -> AuthConfig:
        """What a client needs to be let in (OAuth2: this server's token URL and client)."""
        return self._client_auth(self._auth)

    @auth.setter
    def auth(self, auth: AuthConfig | None) -> None:
        self._auth = auth

    @property
    def token_url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}{TOKEN_PATH}"

    # --- scripting failures ---------------------------------------------------------------

    def fail_next(
        self,
        status: int,
        body: bytes | dict[str, Any] | str = b"",
        *,
        times: int = 1,
        headers: dict[str, str] | None = None,
    ) -> None:
        """The next ``times`` API requests get this answer instead of the contract's
        (``GET /v1/me`` excepted: script it with ``answer``)."""
        if isinstance(body, dict):
            body = json.dumps(body).encode()
            headers = {"Content-Type": "application/json", **(headers or {})}
        elif isinstance(body, str):
            body = body.encode()
        with self._lock:
            for _ in range(times):
                self._script.append(_Scripted(status, body, dict(headers or {})))

    def answer(self, route: str, body: bytes | dict[str, Any] | str, status: int = 200) -> None:
        """Every request to ``route`` (like "v1/interactions") gets this answer, instead of the
        contract's, until ``forget(route)``."""
        if isinstance(body, dict):
            body = json.dumps(body)
        if isinstance(body, str):
            body = body.encode()
        with self._lock:
            self._answers[route] = (status, body)

    def forget(self, route: str) -> None:
        with self._lock:
            self._answers.pop(route, None)

    def stall_next(self, route: str | None = None) -> None:
        """The next API request (to ``route``, like "v1/interactions", if given; without a
        route ``GET /v1/me`` excepted) gets no answer until ``release()`` (or 10 s pass)."""
        self._release.clear()
        with self._lock:
            if route is None:
                self._script.append(_Scripted(200, b"{}", {}, stall=True))
            else:
                self._stalled_routes.add(route)

    def release(self) -> None:
        self._release.set()

    def revoke_tokens(self) -> None:
        """Every OAuth2 token issued so far expires now (the server's view)."""
        with self._lock:
            self._valid_tokens.clear()

    def api_requests(self, path: str) -> list[dict[str, str]]:
        """The queries of the requests made to one API path (like "/api/v1/interactions")."""
        return [query for p, query in self.requests if p == path]

    # --- handling -------------------------------------------------------------------------

    def _client_auth(self, auth: AuthConfig | None) -> AuthConfig:
        if auth is None:
            return AuthConfig(AuthKind.NONE)
        if auth.kind is AuthKind.OAUTH2:
            return AuthConfig(
                AuthKind.OAUTH2,
                auth.secret or CLIENT_SECRET,
                token_url=auth.token_url or self.token_url,
                client_id=auth.client_id or CLIENT_ID,
            )
        return auth

    def _handle(self, request: Request) -> Response:
        if request.path == TOKEN_PATH:
            return self._token(request)
        query = {k: v for k, v in request.args.items()}
        route = request.path.removeprefix("/api/")
        with self._lock:
            self.requests.append((request.path, query))
            # Scripts stand for the data a lookup reads: who the user is (GET /v1/me, asked
            # first by the service's guard) answers as ``user`` or ``answer("v1/me", ...)`` say.
            scripted = self._script.popleft() if self._script and route != "v1/me" else None
            fixed = self._answers.get(route)
            stall = route in self._stalled_routes
            self._stalled_routes.discard(route)
        if stall:
            self._release.wait(10)
        if scripted is None and fixed is not None:
            scripted = _Scripted(fixed[0], fixed[1], {"Content-Type": "application/json"})
        if scripted is not None:
            if scripted.stall:
                self._release.wait(10)
            return Response(scripted.body, scripted.status, headers=scripted.headers)
        refusal = self._refuse(request)
        if refusal is not None:
            return refusal
        if not route.startswith("v1/"):
            return Response("<html>Not Found</html>", 404, content_type="text/html")
        route = route.removeprefix("v1/")
        try:
            answer, status = self._route(route, query), 200
        except _NotFound as missing:
            answer, status = error_body("not_found", str(missing)), 404
        except _BadRequest as bad:
            answer, status = error_body("bad_request", str(bad)), 400
        with self._lock:
            self.responses.append((request.path, status, answer))
        return _json(answer, status)

    def _refuse(self, request: Request) -> Response | None:
        auth = self.auth
        if auth.kind is AuthKind.NONE:
            return None
        if auth.kind is AuthKind.API_KEY:
            ok = request.headers.get(auth.api_key_header) == auth.secret
        elif auth.kind is AuthKind.BEARER:
            ok = request.headers.get("Authorization") == f"Bearer {auth.secret}"
        else:
            given = request.headers.get("Authorization", "").removeprefix("Bearer ")
            with self._lock:
                ok = given in self._valid_tokens
        if ok:
            return None
        response = _json(error_body("unauthorized", "Missing or invalid credentials."), 401)
        response.headers["WWW-Authenticate"] = (
            "Bearer" if auth.kind is not AuthKind.API_KEY else "ApiKey"
        )
        return response

    def _token(self, request: Request) -> Response:
        with self._lock:
            self.token_requests += 1
        expected = (
            "Basic "
            + base64.b64encode(f"{self.auth.client_id}:{self.auth.secret}".encode()).decode()
        )
        if request.headers.get("Authorization") != expected:
            return _json({"error": "invalid_client"}, 401)
        if request.form.get("grant_type") != "client_credentials":
            return _json({"error": "unsupported_grant_type"}, 400)
        token = f"token-{next(self._token_numbers)}"
        with self._lock:
            self._valid_tokens.add(token)
        return _json(
            {"access_token": token, "token_type": "Bearer", "expires_in": self.token_lifetime}, 200
        )

    def _route(self, route: str, query: dict[str, str]) -> Any:
        if route == "status":
            return {"service": self.backend.replace("_", "-"), "version": "1.0"}
        if route == "me":
            if self.user is None:
                raise _NotFound("This back end does not say who the user is.")
            return user_body(self.user)
        if self.backend == CAMPAIGN_MANAGER:
            return self._campaign_manager(route, query)
        return self._data_cloud(route, query)

    # --- Campaign Manager -----------------------------------------------------------------

    def _campaign_manager(self, route: str, query: dict[str, str]) -> Any:
        if route == "contacts/lookup":
            return cm_contact(self._by_phone(_required(query, "phone")).customer)
        if route.startswith("contacts/"):
            return cm_contact(self._by_id(route.removeprefix("contacts/")).customer)
        if route == "interactions":
            phone = _required(query, "phone")
            journeys = [j for j in self.journeys if _has_phone(j.customer, phone)]
            items = [
                i
                for j in journeys
                for i in j.interactions
                if campaign_manager_carries(i) and _cm_number(j.customer, i) == phone
            ]
            return self._page(items, query, lambda i: i.started_at, cm_interaction)
        if route == "campaigns":
            phone = _required(query, "phone")
            names = [
                c
                for j in self.journeys
                if _has_phone(j.customer, phone)
                for c in j.customer.campaigns
            ]
            return {"items": [{"id": f"camp-{n}", "name": n} for n in dict.fromkeys(names)]}
        raise _NotFound(f"No such resource: {route}")

    # --- Data Cloud -----------------------------------------------------------------------

    def _data_cloud(self, route: str, query: dict[str, str]) -> Any:
        if route == "profiles/lookup":
            for kind in ("phone", "email", "sip", "account"):
                if kind in query:
                    return dc_profile(
                        self._by_identifier(IdentifierKind(kind), query[kind]).customer
                    )
            raise _BadRequest("One of phone, email, sip or account is required.")
        if route == "profiles/search":
            return {"items": self._search(_required(query, "q"), int(query.get("limit", "20")))}
        if route.startswith("profiles/") and route.endswith("/tickets"):
            journey = self._by_id(route.removeprefix("profiles/").removesuffix("/tickets"))
            return self._page(list(journey.tickets), query, lambda t: t.updated_at, dc_ticket)
        if route.startswith("profiles/"):
            return dc_profile(self._by_id(route.removeprefix("profiles/")).customer)
        if route == "interactions":
            if "profileId" in query:
                journey = self._by_id(query["profileId"])
            elif "phone" in query:
                journey = self._by_identifier(IdentifierKind.PHONE, query["phone"])
            elif "email" in query:
                journey = self._by_identifier(IdentifierKind.EMAIL, query["email"])
            else:
                raise _BadRequest("One of profileId, phone or email is required.")
            return self._page(
                list(journey.interactions), query, lambda i: i.started_at, dc_interaction
            )
        raise _NotFound(f"No such resource: {route}")

    def _search(self, text: str, limit: int) -> list[dict[str, Any]]:
        needle = text.casefold()
        digits = digits_of(text)
        out = []
        for journey in self.journeys:
            c = journey.customer
            if c.name and needle in c.name.casefold():
                out.append(
                    {"profileId": c.id, "name": c.name, "matched": c.name, "matchedType": "name"}
                )
                continue
            for i in c.identifiers:
                hit = needle in i.value.casefold() or (
                    i.kind is IdentifierKind.PHONE and len(digits) >= 3 and digits in i.value
                )
                if hit:
                    out.append(
                        without_none(
                            {
                                "profileId": c.id,
                                "name": c.name,
                                "matched": i.value,
                                "matchedType": i.kind.value,
                            }
                        )
                    )
                    break
        return [without_none(m) for m in out[:limit]]

    # --- shared -----------------------------------------------------------------------------

    def _page(
        self,
        items: list[Any],
        query: dict[str, str],
        when: Callable[[Any], datetime],
        encode: Callable[[Any], dict[str, Any]],
    ) -> dict[str, Any]:
        ordered = sorted(items, key=when, reverse=True)
        since = query.get("since")
        if since and self.honour_since:
            start = datetime.fromisoformat(since)
            ordered = [i for i in ordered if when(i) >= start]
        try:
            offset = int(query.get("cursor", "0"))
            limit = min(int(query.get("limit", "100")), self.page_size)
        except ValueError:
            raise _BadRequest("cursor and limit must be whole numbers.") from None
        chunk = ordered[offset : offset + limit]
        more = offset + limit < len(ordered)
        return {
            "items": [encode(i) for i in chunk],
            "nextCursor": str(offset + limit) if more else None,
        }

    def _by_id(self, customer_id: str) -> Journey:
        for journey in self.journeys:
            if journey.customer.id == customer_id:
                return journey
        raise _NotFound("No such customer.")

    def _by_phone(self, phone: str) -> Journey:
        return self._by_identifier(IdentifierKind.PHONE, phone)

    def _by_identifier(self, kind: IdentifierKind, value: str) -> Journey:
        for journey in self.journeys:
            if any(i.kind is kind and i.value == value for i in journey.customer.identifiers):
                return journey
        raise _NotFound("No customer has this identifier.")


class _NotFound(Exception):
    pass


class _BadRequest(Exception):
    pass


def _required(query: dict[str, str], name: str) -> str:
    if not query.get(name):
        raise _BadRequest(f"The query parameter {name} is required.")
    return query[name]


def _has_phone(customer: Customer, phone: str) -> bool:
    return any(i.value == phone for i in customer.identifiers_of(IdentifierKind.PHONE))


def _cm_number(customer: Customer, interaction: Interaction) -> str | None:
    """The contact number an interaction is filed under: its own, else the primary one."""
    own = interaction.phone_number
    if own and _has_phone(customer, own):
        return own
    return customer.primary_phone


def _json(data: Any, status: int) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), status, content_type="application/json")


@contextmanager
def serve(
    backend: str, journeys: Sequence[Journey] = (), **options: Any
) -> Iterator[ContractServer]:
    """A started ContractServer for the block; stopped afterwards."""
    server = ContractServer(backend, journeys, **options).start()
    try:
        yield server
    finally:
        server.stop()


def serve_campaign_manager(journeys: Sequence[Journey] = (), **options: Any):
    """``serve(CAMPAIGN_MANAGER, ...)``: options as ContractServer's (auth, page_size, ...)."""
    return serve(CAMPAIGN_MANAGER, journeys, **options)


def serve_data_cloud(journeys: Sequence[Journey] = (), **options: Any):
    """``serve(DATA_CLOUD, ...)``: options as ContractServer's (auth, page_size, ...)."""
    return serve(DATA_CLOUD, journeys, **options)
