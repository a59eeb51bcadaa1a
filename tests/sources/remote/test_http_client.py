"""HttpClient against real servers on 127.0.0.1: retries, Retry-After, timeouts, size cap,
cancellation, error classification, and logs without secrets or numbers."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from journey_widget.model.privacy import mask_for_log
from journey_widget.settings import AuthKind
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.remote.auth import AuthConfig
from journey_widget.sources.remote.http_client import HttpClient, NotFound, masked_url
from sources.contract_servers import DATA_CLOUD, error_body, serve

NO_AUTH = AuthConfig(AuthKind.NONE)
STATUS = "v1/status"


def run(coro):
    return asyncio.run(coro)


class Sleeps:
    """Records the waits instead of waiting: backoff and Retry-After become assertable."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def client_for(server, sleeps: Sleeps | None = None, **options) -> HttpClient:
    return HttpClient(server.url, server.auth, sleep=sleeps or Sleeps(), **options)


async def get(client: HttpClient, path: str = STATUS, params=None):
    try:
        return await client.get_json(path, params)
    finally:
        await client.aclose()


@pytest.fixture
def server():
    with serve(DATA_CLOUD) as s:
        yield s


@pytest.fixture
def raw_server():
    s = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    s.start()
    yield s
    s.clear()
    s.stop()


# --- bad configuration first -------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "ftp://example.com/",
        "example.com",
        "http://",
        "https://u:p@example.com/",
        "https://example.com/api?tenant=1",
        "https://example.com/api#top",
    ],
)
def test_an_unusable_base_url_is_a_configuration_error(url):
    with pytest.raises(SourceError) as caught:
        HttpClient(url, NO_AUTH)
    assert caught.value.reason is FailureReason.CONFIGURATION
    assert "p@" not in str(caught.value) or "user name or password" in str(caught.value)


def test_credentials_in_the_url_are_refused_without_echoing_them():
    with pytest.raises(SourceError) as caught:
        HttpClient("https://admin:hunter2@crm.example.com/", NO_AUTH)
    assert "hunter2" not in str(caught.value)


@pytest.mark.parametrize(
    ("auth", "words"),
    [
        (AuthConfig(AuthKind.API_KEY), "API key"),
        (AuthConfig(AuthKind.BEARER, ""), "bearer token"),
        (AuthConfig(AuthKind.OAUTH2, "s"), "token URL"),
        (AuthConfig(AuthKind.OAUTH2, "s", token_url="https://idp.example.com/t"), "client id"),
        (AuthConfig(AuthKind.API_KEY, "k", api_key_header="X Key"), "header"),
    ],
)
def test_incomplete_credentials_fail_before_any_request(server, auth, words):
    client = HttpClient(server.url, auth)
    with pytest.raises(SourceError) as caught:
        run(get(client))
    assert caught.value.reason is FailureReason.CONFIGURATION
    assert words in str(caught.value)
    assert server.requests == []


# --- retries -----------------------------------------------------------------------------------


def test_a_500_then_200_is_retried_after_a_backoff(server):
    server.fail_next(500, error_body("internal", "boom"))
    sleeps = Sleeps()
    assert run(get(client_for(server, sleeps))) == {"service": "data-cloud", "version": "1.0"}
    assert len(server.requests) == 2
    assert len(sleeps.delays) == 1 and 0 <= sleeps.delays[0] <= 0.25


def test_backoff_grows_exponentially_with_jitter_until_the_retries_run_out(server):
    server.fail_next(503, times=4)
    sleeps = Sleeps()
    with pytest.raises(SourceError) as caught:
        run(get(client_for(server, sleeps, retries=3, backoff_base=1.0)))
    assert caught.value.reason is FailureReason.SERVER
    assert "503" in str(caught.value)
    assert len(server.requests) == 4
    assert [d <= cap for d, cap in zip(sleeps.delays, (1, 2, 4), strict=True)] == [True] * 3


def test_429_waits_as_long_as_retry_after_says(server):
    server.fail_next(429, headers={"Retry-After": "7"})
    sleeps = Sleeps()
    run(get(client_for(server, sleeps)))
    assert sleeps.delays == [7.0]
    assert len(server.requests) == 2


def test_429_retry_after_as_an_http_date(server):
    later = datetime.now(UTC) + timedelta(seconds=20)
    server.fail_next(429, headers={"Retry-After": format_datetime(later, usegmt=True)})
    sleeps = Sleeps()
    run(get(client_for(server, sleeps)))
    assert len(sleeps.delays) == 1 and 10 < sleeps.delays[0] <= 21


def test_429_asking_for_longer_than_the_cap_gives_up_at_once(server):
    server.fail_next(429, headers={"Retry-After": "3600"})
    sleeps = Sleeps()
    with pytest.raises(SourceError) as caught:
        run(get(client_for(server, sleeps, max_retry_after=30)))
    assert caught.value.reason is FailureReason.RATE_LIMITED
    assert "3600 seconds" in str(caught.value)
    assert sleeps.delays == [] and len(server.requests) == 1


def test_429_that_persists_is_rate_limited(server):
    server.fail_next(429, times=5, headers={"Retry-After": "1"})
    with pytest.raises(SourceError) as caught:
        run(get(client_for(server, retries=2)))
    assert caught.value.reason is FailureReason.RATE_LIMITED
    assert len(server.requests) == 3


# --- the network fails -------------------------------------------------------------------------


def test_a_stalled_server_times_out(server):
    server.stall_next()
    try:
        with pytest.raises(SourceError) as caught:
            run(get(client_for(server, timeout=0.3)))
    finally:
        server.release()
    assert caught.value.reason is FailureReason.TIMEOUT
    assert len(server.requests) == 1  # a read timeout is not retried: it would double the wait


def test_connection_refused_is_unreachable_after_retries():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sleeps = Sleeps()
    client = HttpClient(f"http://127.0.0.1:{port}/", NO_AUTH, sleep=sleeps, retries=2)
    with pytest.raises(SourceError) as caught:
        run(get(client))
    assert caught.value.reason is FailureReason.UNREACHABLE
    assert "cannot be reached" in str(caught.value)
    assert len(sleeps.delays) == 2


def test_an_unknown_host_is_unreachable_without_retrying():
    sleeps = Sleeps()
    client = HttpClient("http://journey-backend.invalid/api/", NO_AUTH, sleep=sleeps)
    with pytest.raises(SourceError) as caught:
        run(get(client))
    assert caught.value.reason is FailureReason.UNREACHABLE
    assert "journey-backend.invalid could not be found" in str(caught.value)
    assert sleeps.delays == []


# --- what comes back ---------------------------------------------------------------------------


@pytest.mark.parametrize("body", [b"{not json", b"", b"<html>oops</html>", b"[" * 100_000])
def test_malformed_json_is_malformed(server, body):
    server.fail_next(200, body)
    with pytest.raises(SourceError) as caught:
        run(get(client_for(server)))
    assert caught.value.reason is FailureReason.MALFORMED


def test_a_20_mb_body_is_too_large_without_being_read_whole(raw_server):
    sent = []
    chunk = b"[" + b"0," * 32_767 + b"0"  # 64 KiB

    def endless():
        for _ in range(20 * 16):  # 20 MiB
            sent.append(len(chunk))
            yield chunk

    raw_server.expect_request("/big").respond_with_handler(
        lambda request: Response(endless(), 200, content_type="application/json")
    )
    client = HttpClient(raw_server.url_for("/"), NO_AUTH)
    with pytest.raises(SourceError) as caught:
        run(get(client, "big"))
    assert caught.value.reason is FailureReason.TOO_LARGE
    assert "8 MB" in str(caught.value)
    assert sum(sent) < 20 * 1024 * 1024  # the client hung up long before the end


def test_a_declared_length_over_the_cap_is_refused_before_reading(raw_server):
    raw_server.expect_request("/big").respond_with_data(
        b"0" * 2048, content_type="application/json"
    )
    client = HttpClient(raw_server.url_for("/"), NO_AUTH, max_bytes=1024)
    with pytest.raises(SourceError) as caught:
        run(get(client, "big"))
    assert caught.value.reason is FailureReason.TOO_LARGE


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (401, FailureReason.UNAUTHORIZED),
        (403, FailureReason.FORBIDDEN),
        (400, FailureReason.OTHER),
        (302, FailureReason.CONFIGURATION),
    ],
)
def test_status_codes_are_classified(server, status, reason):
    server.fail_next(status, error_body("refused", "No."), headers={"Location": "/elsewhere"})
    with pytest.raises(SourceError) as caught:
        run(get(client_for(server)))
    assert caught.value.reason is reason
    assert str(status) in str(caught.value)
    assert len(server.requests) == 1


def test_404_carries_the_contract_error_code(server):
    server.fail_next(404, error_body("not_found", "No such customer."))
    with pytest.raises(NotFound) as caught:
        run(get(client_for(server)))
    assert caught.value.code == "not_found"


def test_404_without_the_contract_error_body_has_no_code(server):
    with pytest.raises(NotFound) as caught:
        run(get(HttpClient(server.url.replace("/api/", "/wrong/"), NO_AUTH)))
    assert caught.value.code is None
    assert caught.value.reason is FailureReason.CONFIGURATION


# --- cancellation ------------------------------------------------------------------------------


def test_cancelling_a_lookup_closes_its_request_and_leaves_the_client_usable(server):
    async def scenario():
        client = client_for(server, timeout=30)
        server.stall_next()
        task = asyncio.create_task(client.get_json(STATUS))
        while not server.requests:  # the request reached the server and hangs there
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 5)  # far below the 30 s read timeout
        server.release()
        try:
            return await client.get_json(STATUS)
        finally:
            await client.aclose()

    assert run(scenario())["service"] == "data-cloud"


def test_a_closed_client_refuses_politely(server):
    async def scenario():
        client = client_for(server)
        await client.aclose()
        await client.get_json(STATUS)

    with pytest.raises(SourceError, match="closed"):
        run(scenario())


# --- auth headers and logs ---------------------------------------------------------------------


def test_api_key_and_bearer_are_sent_as_configured(raw_server):
    seen = []

    def record(request):
        seen.append((request.headers.get("X-Tenant-Key"), request.headers.get("Authorization")))
        return Response("{}", 200, content_type="application/json")

    raw_server.expect_request("/x").respond_with_handler(record)
    base = raw_server.url_for("/")
    run(
        get(
            HttpClient(base, AuthConfig(AuthKind.API_KEY, "k1", api_key_header="X-Tenant-Key")), "x"
        )
    )
    run(get(HttpClient(base, AuthConfig(AuthKind.BEARER, "b2")), "x"))
    assert seen == [("k1", None), (None, "Bearer b2")]


def test_logs_show_neither_the_secret_nor_the_number(server, caplog):
    server.auth = AuthConfig(AuthKind.BEARER, "very-secret-token")
    server.fail_next(500)
    caplog.set_level(logging.DEBUG)
    client = client_for(server)
    params = {"phone": "+49301234567", "email": "erika@example.com"}
    with pytest.raises(NotFound):
        run(get(client, "v1/profiles/lookup", params))
    ours = "\n".join(
        r.getMessage()
        for r in caplog.records
        if r.name != "werkzeug"  # the test server's own
    )
    assert "HTTP Request" in ours  # httpx did log the request...
    assert "very-secret-token" not in ours
    assert "301234567" not in ours
    assert "erika" not in ours
    assert "phone=+••••••••567" in ours  # ...with the number masked, not dropped


def test_mask_hides_all_but_the_last_three_digits_and_the_mailbox():
    assert mask_for_log("+49301234567") == "+••••••••567"
    assert mask_for_log("erika.mustermann@example.com") == "•••@example.com"
    assert masked_url("http://h/api/v1/x?phone=%2B4930123&cursor=4&limit=100") == (
        "http://h/api/v1/x?phone=+••••123&cursor=4&limit=100"
    )


def test_concurrent_requests_share_the_client(server):
    async def scenario():
        client = client_for(server)
        try:
            return await asyncio.gather(*(client.get_json(STATUS) for _ in range(20)))
        finally:
            await client.aclose()

    answers = run(scenario())
    assert answers == [{"service": "data-cloud", "version": "1.0"}] * 20


def test_a_server_that_trickles_its_answer_times_out(raw_server):
    def trickle():
        for _ in range(100):
            time.sleep(0.05)
            yield b" "

    raw_server.expect_request("/slow").respond_with_handler(
        lambda request: Response(trickle(), 200, content_type="application/json")
    )
    client = HttpClient(raw_server.url_for("/"), NO_AUTH, timeout=0.2, connect_timeout=0.2)
    with pytest.raises(SourceError) as caught:
        run(get(client, "slow"))
    assert caught.value.reason is FailureReason.TIMEOUT
    assert "did not finish its answer in time" in str(caught.value)


def test_a_large_error_page_is_still_the_error_it_reports(server):
    server.fail_next(503, b"<html>" + b"x" * (1024 * 1024) + b"</html>", times=4)
    with pytest.raises(SourceError) as caught:
        run(get(client_for(server, max_bytes=1024)))
    assert caught.value.reason is FailureReason.SERVER


@pytest.mark.parametrize("secret", ["line\nbreak", "tab\there", " padded ", "schlüssel"])
def test_a_secret_no_header_can_carry_is_a_configuration_error(server, secret):
    with pytest.raises(SourceError) as caught:
        run(get(HttpClient(server.url, AuthConfig(AuthKind.API_KEY, secret))))
    assert caught.value.reason is FailureReason.CONFIGURATION
    assert secret.strip() not in str(caught.value)
    assert server.requests == []
