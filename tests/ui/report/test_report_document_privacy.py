"""Privacy (SPEC D7) reaches the printout: the supervisor report's PDF, read back with
pdftotext, holds obfuscated identifiers for a role without ``view_identifiers``, and the clear
ones for a role that may see them (so the check can fail)."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journey_widget.model import (
    Channel,
    Customer,
    Direction,
    Identifier,
    IdentifierKind,
    Interaction,
    Segment,
    SegmentKind,
)
from journey_widget.model.conversation_layout import ViewMode
from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.sources.local.source import LocalSource
from journey_widget.ui.report.report_document import ReportContent, build_document, write_pdf

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def store_path(make_store) -> Path:
    start = NOW - timedelta(days=1)
    records = [
        Customer(
            "C1",
            "Raymond Graywater",
            (
                Identifier(IdentifierKind.PHONE, "+41234564567"),
                Identifier(IdentifierKind.EMAIL, "raymond.graywater@example.com"),
            ),
            tenant="Acme Energy",
        ),
        Interaction(
            "C1-I1",
            "C1",
            Channel.VOICE,
            Direction.INBOUND,
            start,
            ended_at=start + timedelta(minutes=5),
            phone_number="+41234564567",
            service="Billing",
            segments=(Segment(SegmentKind.QUEUE, start, start + timedelta(minutes=2)),),
        ),
    ]
    return make_store(records)


def _pdf_text(store_path: Path, role: Role, tmp_path: Path) -> str:
    service = JourneyService(
        LocalSource(store_path),
        access=Access(UserContext.for_role("t", role), obfuscate_identifiers=True),
    )

    async def fetch():
        try:
            return (await service.conversations("C1", None)).journey
        finally:
            await service.aclose()

    journey = asyncio.run(fetch())
    content = ReportContent(
        customer=journey.customer,
        range_text="Latest",
        conversations=journey.interactions,
        last_id=journey.interactions[-1].id,
        selected=journey.interactions[-1],
        scale=timedelta(minutes=5),
        mode=ViewMode.MULTI_ROW,
    )
    path = tmp_path / f"report-{role.value}.pdf"
    write_pdf(build_document(content), str(path))
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def test_the_printout_of_a_supervisor_shows_identifiers_obfuscated(qapp, store_path, tmp_path):
    text = _pdf_text(store_path, Role.SUPERVISOR, tmp_path)
    assert "Graywater" not in text and "raymond" not in text.lower()
    assert "234564567" not in text.replace(" ", "")
    assert "R••• G•••" in text and "45 67" in text


def test_the_printout_of_an_administrator_shows_them_in_clear(qapp, store_path, tmp_path):
    text = _pdf_text(store_path, Role.ADMINISTRATOR, tmp_path)
    assert "Raymond Graywater" in text
