"""A customer's conversations in a date range (SPEC C2), from a real SQLite store."""

from __future__ import annotations

from datetime import UTC, timedelta

from journey_widget.model.date_ranges import DatePreset, DateRange, date_range
from ui.report.report_data import DORAIN, NOW, RAYMOND


def _ids(result) -> set[str]:
    return {i.id for i in result.journey.interactions}


def test_latest_lists_every_conversation(qtbot, report_service) -> None:
    task = report_service.conversations(RAYMOND, None)
    result = _run(qtbot, task)
    assert _ids(result) == {"I-transfer", "I-voicemail", "I-callback", "I-young"}
    assert result.since is None


def test_the_range_end_is_applied_although_sources_only_know_since(qtbot, report_service):
    previous_week = date_range(DatePreset.PREVIOUS_WEEK, NOW, UTC, 0)
    assert _ids(_run(qtbot, report_service.conversations(RAYMOND, previous_week))) == {"I-transfer"}
    previous_month = date_range(DatePreset.PREVIOUS_MONTH, NOW, UTC, 0)
    assert _ids(_run(qtbot, report_service.conversations(RAYMOND, previous_month))) == {
        "I-callback"
    }


def test_an_empty_range_is_a_customer_without_conversations(qtbot, report_service) -> None:
    empty = DateRange(NOW - timedelta(days=400), NOW - timedelta(days=399))
    result = _run(qtbot, report_service.conversations(RAYMOND, empty))
    assert result.journey.customer.name == "Raymond Gray"
    assert result.journey.interactions == ()
    assert _run(qtbot, report_service.conversations(DORAIN, None)).journey.interactions == ()


def test_an_unknown_customer_is_none_not_an_error(qtbot, report_service) -> None:
    assert _run(qtbot, report_service.conversations("C999999", None)).journey is None


def _run(qtbot, coro):
    import asyncio

    task = asyncio.ensure_future(coro)
    qtbot.waitUntil(task.done, timeout=5000)
    return task.result()
