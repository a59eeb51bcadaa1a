"""A real SQLite store for the conversation report (see report_data.py for what it holds)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from journey_widget.service.lookup import JourneyService
from journey_widget.sources.local.source import LocalSource
from journey_widget.sources.local.store import open_store
from ui.report.report_data import clock, customers, raymond_conversations
from users import full_access


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "report.sqlite"
    store = open_store(path, create=True)
    report = store.import_records([*customers(), *raymond_conversations()])
    assert not report.errors, report.errors
    store.close()
    return path


@pytest.fixture
def report_service(store_path, qloop) -> Iterator[JourneyService]:
    service = JourneyService(LocalSource(store_path), clock=clock, access=full_access())
    yield service
    closing = asyncio.ensure_future(service.aclose())
    deadline = qloop.time() + 5
    while not closing.done() and qloop.time() < deadline:
        QApplication.processEvents()
