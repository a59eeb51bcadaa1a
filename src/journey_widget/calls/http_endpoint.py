"""The localhost "action URL" endpoint softphones call on each incoming call (SPEC B2, B4).

Off by default. Bound to 127.0.0.1 only, and still treated as hostile ground: any local
process and any web page (through the agent's browser) can reach it. Hence, in this order:
a request with an ``Origin`` header is refused (403: browsers send it, phones do not); a
``Host`` other than 127.0.0.1 / localhost is refused with 421 Misdirected Request (DNS
rebinding); unknown paths 404, wrong methods 405; bodies over 4 KB 413; a missing or wrong
token 401; bad JSON or no number 400; headers not complete within a few seconds 408. No
CORS headers, ever. One request per connection, parsed by hand with hard limits, because
two routes do not justify a web framework and its attack surface.

    POST /v1/calls       {"number": ..., "name": ..., "direction": ..., "campaign": ...}
    GET  /v1/call?number=...&name=...&token=...
    POST /v1/calls/end   {"number": ...} or {"call_id": ...}: hang up (200, or 404 if not live)
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from dataclasses import dataclass

from journey_widget.calls import sink
from journey_widget.calls.events import CallEvent, InvalidCallEvent, event_from_fields, load_message
from journey_widget.calls.token import token_matches
from journey_widget.calls.url_scheme import fields_from_query
from journey_widget.model import DEFAULT_REGION

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
DEFAULT_PORT = 47113
MAX_HEADER_BYTES = 8 * 1024
MAX_HEADERS = 40
MAX_BODY_BYTES = 4 * 1024
HEADER_TIMEOUT = 5.0
MAX_CONNECTIONS = 16

_REASONS = {
    202: "Accepted",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    411: "Length Required",
    413: "Content Too Large",
    421: "Misdirected Request",
    431: "Request Header Fields Too Large",
    503: "Service Unavailable",
}
_ROUTES = {"/v1/calls": "POST", "/v1/call": "GET", "/v1/calls/end": "POST"}


class HttpError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str
    query: str
    version: str
    headers: dict[str, str]


class HttpCallEndpoint:
    """``await start()`` on the running loop, ``await stop()`` to close; ``port`` once started.

    ``port=0`` picks a free port (tests); softphones need a fixed one, DEFAULT_PORT by default.
    """

    def __init__(
        self,
        hub: sink.CallSink,
        *,
        token: str,
        port: int = DEFAULT_PORT,
        region: str = DEFAULT_REGION,
        header_timeout: float = HEADER_TIMEOUT,
    ) -> None:
        if not token:
            raise ValueError("The HTTP endpoint needs a token.")
        self._hub = hub
        self._token = token
        self._port = port
        self._region = region
        self._header_timeout = header_timeout
        self._server: asyncio.Server | None = None
        self._connections = 0

    @property
    def port(self) -> int:
        return self._port

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self._port}"

    async def start(self) -> None:
        try:
            # reuse_address stays at asyncio's default: True on Unix, but on Windows
            # SO_REUSEADDR would let another program bind the same port and take our calls.
            self._server = await asyncio.start_server(
                self._serve, HOST, self._port, limit=MAX_HEADER_BYTES
            )
        except OSError as error:
            self._hub.set_listener_state(sink.HTTP, f"failed: {error.strerror or error}")
            raise
        self._port = self._server.sockets[0].getsockname()[1]
        self._hub.set_listener_state(sink.HTTP, f"{sink.LISTENING} on {HOST}:{self._port}")

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
            self._server = None
        self._hub.set_listener_state(sink.HTTP, sink.STOPPED)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._connections += 1
        try:
            if self._connections > MAX_CONNECTIONS:
                raise HttpError(503, "Too many connections.")
            status, payload = await self._handle(reader)
            await self._respond(writer, status, payload)
        except HttpError as error:
            log.info("HTTP request refused: %d %s", error.status, error)
            await self._respond(
                writer, error.status, {"ok": False, "message": str(error)}, error.headers
            )
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client went away; nothing to answer
        finally:
            self._connections -= 1
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader) -> tuple[int, dict[str, object]]:
        try:
            async with asyncio.timeout(self._header_timeout):
                head = await reader.readuntil(b"\r\n\r\n")
        except TimeoutError:
            raise HttpError(408, "The request took too long.") from None
        except asyncio.LimitOverrunError:
            raise HttpError(431, "The request headers are too large.") from None
        request = parse_head(head)
        self._check(request)
        if request.method == "GET":
            try:
                fields = fields_from_query(request.query)
            except InvalidCallEvent as error:
                raise HttpError(400, str(error)) from None
            if not token_matches(self._token, _header_token(request) or fields.get("token")):
                raise HttpError(401, "A valid token is required.")
            return self._accepted(self._deliver(fields))
        length = _content_length(request)
        if not token_matches(self._token, _header_token(request)):
            raise HttpError(401, "A valid token is required.")
        try:
            async with asyncio.timeout(self._header_timeout):
                body = await reader.readexactly(length)
        except TimeoutError:
            raise HttpError(408, "The request took too long.") from None
        try:
            fields = load_message(body)
        except ValueError:  # bad UTF-8 / JSON, NaN, huge ints, deep nesting
            raise HttpError(400, "The body is not valid JSON.") from None
        if request.path == "/v1/calls/end":
            return self._end(fields)
        return self._accepted(self._deliver(fields))

    @staticmethod
    def _accepted(event: CallEvent) -> tuple[int, dict[str, object]]:
        return 202, {"ok": True, "message": "Call handed to the widget.", "call_id": event.call_id}

    def _end(self, fields: object) -> tuple[int, dict[str, object]]:
        """Hang up the live call ``{"number": ...}`` or ``{"call_id": ...}`` names."""
        if not isinstance(fields, dict):
            raise HttpError(400, "The body must be a JSON object.")
        number, call_id = fields.get("number"), fields.get("call_id")
        if isinstance(number, int) and not isinstance(number, bool):
            number = str(number)
        if not isinstance(number, str | None) or not isinstance(call_id, str | None):
            raise HttpError(400, "“number” and “call_id” must be text.")
        if not (number or "").strip() and not (call_id or "").strip():
            raise HttpError(400, "Say which call ended: “number” or “call_id”.")
        ended = self._hub.end_call(number, call_id)
        if ended is None:
            raise HttpError(404, "No live call has that number or call id.")
        return 200, {"ok": True, "message": "Call ended.", "call_id": ended.call_id}

    def _check(self, request: Request) -> None:
        headers = request.headers
        if "origin" in headers:
            raise HttpError(403, "Requests from web pages are refused.")
        host = headers.get("host")
        if host is None and request.version == "HTTP/1.1":
            raise HttpError(400, "The Host header is missing.")
        if host is not None and not _is_local_host(host, self._port):
            raise HttpError(421, "This endpoint answers only to 127.0.0.1 or localhost.")
        method = _ROUTES.get(request.path)
        if method is None:
            raise HttpError(
                404, "Unknown path; use POST /v1/calls, GET /v1/call or POST /v1/calls/end."
            )
        if request.method != method:
            raise HttpError(405, f"Use {method} for {request.path}.", {"Allow": method})
        if "transfer-encoding" in headers:
            raise HttpError(411, "Send the body with a Content-Length.")

    def _deliver(self, fields: object) -> CallEvent:
        if not isinstance(fields, dict):
            raise HttpError(400, "The body must be a JSON object.")
        try:
            event = event_from_fields(fields, source=sink.HTTP, region=self._region)
        except InvalidCallEvent as error:
            raise HttpError(400, str(error)) from None
        self._hub.deliver(event)
        return event

    @staticmethod
    async def _respond(
        writer: asyncio.StreamWriter,
        status: int,
        payload: dict[str, object],
        headers: dict[str, str] | None = None,
    ) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        lines = [
            f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}",
            "Content-Type: application/json; charset=utf-8",
            f"Content-Length: {len(body)}",
            "Cache-Control: no-store",
            "X-Content-Type-Options: nosniff",
            "Connection: close",
            *(f"{name}: {value}" for name, value in (headers or {}).items()),
        ]
        with contextlib.suppress(ConnectionError):
            writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)
            await asyncio.wait_for(writer.drain(), 2)


def parse_head(head: bytes) -> Request:
    """Request line and headers; anything unusual is a 400 rather than a guess."""
    try:
        text = head.decode("latin-1")
    except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
        raise HttpError(400, "Malformed request.") from None
    request_line, *header_lines = text[: -len("\r\n\r\n")].split("\r\n")
    parts = request_line.split(" ")
    if len(parts) != 3 or parts[2] not in ("HTTP/1.0", "HTTP/1.1"):
        raise HttpError(400, "Malformed request line.")
    method, target, version = parts
    if not target.startswith("/"):
        raise HttpError(400, "Malformed request target.")
    if len(header_lines) > MAX_HEADERS:
        raise HttpError(431, "Too many request headers.")
    headers: dict[str, str] = {}
    for line in header_lines:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip() or " " in name:
            raise HttpError(400, "Malformed header line.")
        key = name.lower()
        if key in headers:
            raise HttpError(400, f"Repeated header: {name}.")
        headers[key] = value.strip()
    path, _, query = target.partition("?")
    return Request(method, path, query, version, headers)


def _is_local_host(host: str, port: int) -> bool:
    name, _, given_port = host.strip().lower().rpartition(":")
    if not name:  # no port given
        name, given_port = host.strip().lower(), ""
    if given_port and given_port != str(port):
        return False
    return name in ("127.0.0.1", "localhost")


def _header_token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get("x-journey-token") or None


def _content_length(request: Request) -> int:
    text = request.headers.get("content-length")
    if text is None:
        raise HttpError(411, "Send the body with a Content-Length.")
    if not text.isascii() or not text.isdigit():
        raise HttpError(400, "Malformed Content-Length.")
    length = int(text)
    if length > MAX_BODY_BYTES:
        raise HttpError(413, f"The body must not exceed {MAX_BODY_BYTES} bytes.")
    return length
