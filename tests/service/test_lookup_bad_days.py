"""``JourneyService.lookup`` on a bad day, against real servers on 127.0.0.1 (issue 16.4, 16.5,
16.7): one deadline for the whole lookup, ``GET /v1/me`` asked once per connection, a junk
answer keeps the saved copy, a profile merged away between two requests says so."""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import AuthKind
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.cache import CachingSource, JourneyCache
from journey_widget.sources.remote.auth import AuthConfig
from journey_widget.sources.remote.data_cloud import DataCloudSource
from journey_widget.sources.remote.http_client import HttpClient
from journeys import sample_records
from sources.contract_servers import DATA_CLOUD, dc_profile, error_body, journeys_of, serve

RAYMOND = "+4915112345678"  # C1 in tests/journeys.sample_records()
AGENT = UserContext.for_role("anna", Role.AGENT, origin="settings")


class FakeTime:
    """A clock that only moves when the client waits (Retry-After, backoff)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def service_for(
    url: str, auth=None, *, cache_folder: Path | None = None, **client
) -> JourneyService:
    http = HttpClient(url, auth or AuthConfig(AuthKind.NONE), **client)
    source = DataCloudSource(http)
    if cache_folder is not None:
        source = CachingSource(source, JourneyCache(cache_folder))
    return JourneyService(source, access=Access(UserContext.for_role("anna", Role.AGENT)))


async def _lookups(service: JourneyService, *queries: str) -> list[object]:
    answers: list[object] = []
    try:
        for query in queries:
            try:
                answers.append(await service.lookup(query, period_months=None))
            except SourceError as error:
                answers.append(error)
    finally:
        await service.aclose()
    return answers


@pytest.fixture
def data_cloud():
    with serve(DATA_CLOUD, journeys_of(sample_records()), user=AGENT) as running:
        yield running


# --- one deadline for a whole lookup (16.4) --------------------------------------------------


def test_who_the_user_is_is_asked_once_per_connection_even_when_it_failed(data_cloud):
    data_cloud.stall_next("v1/me")
    try:
        first, second = asyncio.run(
            _lookups(service_for(data_cloud.url, timeout=0.5), RAYMOND, RAYMOND)
        )
    finally:
        data_cloud.release()
    assert first.journey.customer.id == "C1" and second.journey.customer.id == "C1"
    assert len(data_cloud.api_requests("/api/v1/me")) == 1  # not again on the next pop


def test_a_retry_after_past_the_deadline_fails_at_once(data_cloud):
    clock = FakeTime()
    data_cloud.fail_next(
        429, error_body("rate_limited", "slow down"), times=20, headers={"Retry-After": "8"}
    )
    service = service_for(data_cloud.url, timeout=5, clock=clock, sleep=clock.sleep)
    (error,) = asyncio.run(_lookups(service, RAYMOND))
    assert isinstance(error, SourceError) and error.reason is FailureReason.RATE_LIMITED
    # The deadline is twice the timeout (10 s): one wait of 8 s fits, a second does not.
    assert clock.waits == [8.0]
    assert "8 seconds" in str(error)


def test_endless_slow_pages_end_at_the_deadline():
    raymond = journeys_of(sample_records())[0]
    pages = itertools.count()
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)

    def handle(request):
        path = request.path
        if path.endswith("/v1/me"):
            return Response('{"error": {"code": "not_found", "message": "-"}}', 404)
        if path.endswith("/v1/profiles/lookup"):
            return Response(json.dumps(dc_profile(raymond.customer)), 200)
        if path.endswith("/tickets"):
            return Response('{"items": [], "nextCursor": null}', 200)
        time.sleep(0.1)  # each page in time; together they never end
        return Response(json.dumps({"items": [], "nextCursor": f"c{next(pages)}"}), 200)

    server.expect_request(re.compile(".*")).respond_with_handler(handle)
    server.start()
    try:
        started = time.monotonic()
        (error,) = asyncio.run(_lookups(service_for(server.url_for("/"), timeout=0.5), RAYMOND))
        elapsed = time.monotonic() - started
    finally:
        server.clear()
        server.stop()
    assert isinstance(error, SourceError) and error.reason is FailureReason.TIMEOUT
    # The deadline is 1 s; 200 pages of 0.1 s would take 20 s. A generous margin on top.
    assert elapsed < 1.0 + 3.0
    assert next(pages) < 60


# --- a junk answer keeps the saved copy (16.5) ------------------------------------------------


@pytest.mark.parametrize(
    "junk",
    ["<html><body>Sign in to continue</body></html>", '{"id": "C1", "name": "Raym'],
    ids=["sign-in-page", "truncated-json"],
)
def test_a_junk_answer_keeps_the_saved_copy(data_cloud, tmp_path, junk):
    saved = asyncio.run(_lookups(service_for(data_cloud.url, cache_folder=tmp_path), RAYMOND))
    assert saved[0].journey.customer.id == "C1"
    data_cloud.fail_next(200, junk, headers={"Content-Type": "text/html"})
    (answer,) = asyncio.run(_lookups(service_for(data_cloud.url, cache_folder=tmp_path), RAYMOND))
    assert not isinstance(answer, SourceError), answer
    assert answer.journey.customer.id == "C1" and answer.from_cache
    assert answer.outage is not None and answer.outage.reason is FailureReason.MALFORMED


def test_a_junk_answer_without_a_saved_copy_is_still_the_error(data_cloud, tmp_path):
    data_cloud.fail_next(200, "<html>Sign in</html>", headers={"Content-Type": "text/html"})
    (answer,) = asyncio.run(_lookups(service_for(data_cloud.url, cache_folder=tmp_path), RAYMOND))
    assert isinstance(answer, SourceError) and answer.reason is FailureReason.MALFORMED


# --- a profile merged away between two requests (16.7) ----------------------------------------


@pytest.mark.parametrize("route", ["v1/profiles/C1/tickets", "v1/interactions"])
def test_a_profile_gone_between_two_requests_says_the_customer_changed(data_cloud, route):
    data_cloud.answer(route, error_body("not_found", "No such profile."), status=404)
    (error,) = asyncio.run(_lookups(service_for(data_cloud.url), RAYMOND))
    assert isinstance(error, SourceError)
    assert error.reason is FailureReason.CHANGED
    assert "look" in str(error) and "again" in str(error)


def test_a_sub_resource_missing_without_the_contract_error_is_still_configuration(data_cloud):
    data_cloud.answer("v1/profiles/C1/tickets", "<html>Not Found</html>", status=404)
    (error,) = asyncio.run(_lookups(service_for(data_cloud.url), RAYMOND))
    assert isinstance(error, SourceError) and error.reason is FailureReason.CONFIGURATION
