"""The summary at the top (SPEC H4): who, how much, how it last went, repeated failures."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from journey_widget.model import Journey
from journey_widget.model.summary import summarize
from journey_widget.ui.journey.customer_header import CustomerHeader


def with_failures(journey: Journey, newest_failed: int) -> Journey:
    """The newest ``newest_failed`` interactions failed, the one before them succeeded."""
    ordered = journey.newest_first()
    rows = [
        replace(
            i,
            failure=n < newest_failed,
            task_result=None,
            outcome="Busy" if n < newest_failed else "Done",
        )
        for n, i in enumerate(ordered)
    ]
    return replace(journey, interactions=tuple(rows))


def test_summary_counts_recent_contacts_and_the_failed_streak(journey_for):
    journey = with_failures(journey_for(count=20), 3)
    newest = journey.newest_first()[0].started_at
    summary = summarize(journey, newest + timedelta(hours=1))
    assert summary.total == 20
    assert summary.last == journey.newest_first()[0]
    assert summary.failed_streak == 3
    assert summary.recent == sum(
        1 for i in journey.interactions if i.started_at >= newest + timedelta(hours=1, days=-30)
    )


def test_summary_of_an_empty_journey(journey_for):
    summary = summarize(journey_for(count=0), journey_for().interactions[0].started_at)
    assert (summary.total, summary.last, summary.recent, summary.failed_streak) == (0, None, 0, 0)


def test_header_names_the_customer_and_warns_of_repeated_failures(qtbot, journey_for):
    header = CustomerHeader()
    qtbot.addWidget(header)
    header.set_journey(with_failures(journey_for(count=10), 2))
    header.show()
    lines = header.lines()
    assert lines[0] == "Raymond Gray"
    assert lines[1] == "+49 1511 2345678 · Acme Energy"
    assert lines[2].startswith("10 interactions")
    assert lines[3].startswith("Last contact: ") and lines[3].endswith("Failed: Busy")
    assert lines[4] == "2 failed attempts in a row"


def test_header_without_a_name_shows_the_number(qtbot, journey_for):
    header = CustomerHeader()
    qtbot.addWidget(header)
    header.set_journey(with_failures(journey_for(name=None, count=1), 0))
    header.show()
    assert header.name_text() == "+49 1511 2345678"
    assert header.lines()[1] == "Acme Energy"
    assert header.lines()[2].startswith("1 interaction ")
    assert not any("in a row" in line for line in header.lines())
