"""Reading leniently where the contracts allow (issue 16.8), through both adapters against
real servers on 127.0.0.1 and on the decoder itself: lower-case ``t`` / ``z`` in RFC 3339
times, over-long free text shown shortened, an end before the start dropped the same way by
Campaign Manager and Data Cloud; ids stay strict."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from journey_widget.model import Identifier, IdentifierKind
from journey_widget.settings import AuthKind
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.remote.auth import AuthConfig
from journey_widget.sources.remote.campaign_manager import CampaignManagerSource
from journey_widget.sources.remote.data_cloud import DataCloudSource
from journey_widget.sources.remote.decode import MAX_TEXT, Fields
from journey_widget.sources.remote.http_client import HttpClient
from journeys import sample_records
from sources.contract_servers import (
    CAMPAIGN_MANAGER,
    DATA_CLOUD,
    cm_interaction,
    dc_interaction,
    journeys_of,
    serve,
)

RAYMOND = "+4915112345678"  # C1 in tests/journeys.sample_records()
SOURCES = {DATA_CLOUD: DataCloudSource, CAMPAIGN_MANAGER: CampaignManagerSource}
WIRE = {DATA_CLOUD: dc_interaction, CAMPAIGN_MANAGER: cm_interaction}
START = {DATA_CLOUD: "callStartTime", CAMPAIGN_MANAGER: "dateTime"}
END = {DATA_CLOUD: "callEndTime", CAMPAIGN_MANAGER: "endDateTime"}


def _journey_with(backend: str, change) -> object:
    """Raymond's journey from ``backend`` whose one interaction's JSON ``change`` edited."""
    held = journeys_of(sample_records())[0]
    interaction = held.interactions[-1]
    interaction = replace(
        interaction, started_at=datetime.now(UTC) - timedelta(days=3), ended_at=None
    )
    body = WIRE[backend](interaction)
    change(body)
    with serve(backend, [held]) as server:
        server.answer("v1/interactions", {"items": [body], "nextCursor": None})
        source = SOURCES[backend](HttpClient(server.url, AuthConfig(AuthKind.NONE)))

        async def lookup():
            try:
                return await source.journey_by_identifier(Identifier(IdentifierKind.PHONE, RAYMOND))
            finally:
                await source.aclose()

        return asyncio.run(lookup())


@pytest.mark.parametrize("backend", [DATA_CLOUD, CAMPAIGN_MANAGER])
def test_lower_case_t_and_z_are_read(backend):
    when = "2026-01-02t03:04:05.250z"

    def change(body):
        body[START[backend]] = when
        body.pop(END[backend], None)

    journey = _journey_with(backend, change)
    (interaction,) = journey.interactions
    assert interaction.started_at == datetime(2026, 1, 2, 3, 4, 5, 250_000, tzinfo=UTC)


@pytest.mark.parametrize("backend", [DATA_CLOUD, CAMPAIGN_MANAGER])
def test_an_end_before_the_start_is_dropped_and_logged_by_both(backend, caplog):
    def change(body):
        body[START[backend]] = "2026-01-02T10:00:00Z"
        body[END[backend]] = "2026-01-02T09:00:00Z"

    with caplog.at_level(logging.WARNING):
        journey = _journey_with(backend, change)
    (interaction,) = journey.interactions
    assert interaction.started_at == datetime(2026, 1, 2, 10, tzinfo=UTC)
    assert interaction.ended_at is None
    assert any("before" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("backend", [DATA_CLOUD, CAMPAIGN_MANAGER])
def test_a_comment_over_the_limit_is_shown_shortened(backend):
    def change(body):
        body["agentComments"] = "Rang about the bill. " * 10_000  # 210,000 characters

    (interaction,) = _journey_with(backend, change).interactions
    assert len(interaction.agent_comments) == MAX_TEXT
    assert interaction.agent_comments.endswith("…")
    assert interaction.agent_comments.startswith("Rang about the bill. Rang")


def test_an_id_over_the_limit_is_still_refused():
    with pytest.raises(SourceError) as caught:
        Fields({"id": "x" * (MAX_TEXT + 1)}, "item", "Data Cloud").text("id")
    assert caught.value.reason is FailureReason.MALFORMED
    with pytest.raises(SourceError):
        Fields({"profileId": "x" * (MAX_TEXT + 1)}, "item", "Data Cloud").text("profileId")


@pytest.mark.parametrize(
    "text",
    ["2026-01-02 03:04:05Z", "2026-01-02T03:04:05+01:00", "2026-01-02T03:04:05.5-02:30"],
)
def test_other_rfc_3339_forms_are_read(text):
    assert Fields({"at": text}, "item", "Data Cloud").time("at").tzinfo is UTC


@pytest.mark.parametrize("text", ["2026-01-02T03:04:05", "yesterday", "2026-01-02tz"])
def test_a_time_without_offset_is_still_malformed(text):
    with pytest.raises(SourceError) as caught:
        Fields({"at": text}, "item", "Data Cloud").time("at")
    assert caught.value.reason is FailureReason.MALFORMED
