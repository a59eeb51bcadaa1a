"""Category (F1), lead status (F5) and ticket scope (F3) filters, combined with the A5 ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from journey_widget.model import (
    Category,
    Channel,
    Direction,
    Interaction,
    LeadStatus,
    Ticket,
    TicketStatus,
)
from journey_widget.model.filters import (
    JourneyFilter,
    TicketScope,
    apply_filter,
    categories_of,
    lead_statuses_of,
    tickets_in_scope,
)

NOW = datetime(2026, 5, 31, 12, 0, tzinfo=UTC)


def item(n, *, category=None, lead=None, campaign=None, channel=Channel.VOICE, days=None):
    return Interaction(
        id=f"I{n}",
        customer_id="C1",
        channel=channel,
        direction=Direction.INBOUND,
        started_at=NOW - timedelta(days=days if days is not None else n),
        campaign=campaign,
        category=category,
        lead_status=lead,
        outcome="Agreed" if lead is LeadStatus.AGREE else "Resolved",
    )


ROWS = [
    item(1, category=Category.SERVICE, channel=Channel.VOICE),
    item(2, category=Category.SALES, lead=LeadStatus.CONTACTED, campaign="Fibre"),
    item(3, category=Category.SALES, lead=LeadStatus.AGREE, campaign="Fibre", channel=Channel.SMS),
    item(4, category=Category.SALES, lead=LeadStatus.AGREE, campaign="Winback"),
    item(5, category=Category.SURVEY, campaign="Fibre"),
    item(6, category=None),
    item(7, category=Category.SALES, lead=LeadStatus.DISAGREE, days=400),
]


def ids(rows):
    return [r.id for r in rows]


def kept(**fields):
    return ids(apply_filter(ROWS, JourneyFilter(**fields), NOW))


def test_all_is_no_category_filter():
    assert kept(period_months=None) == ids(ROWS)


def test_unknown_category_is_kept_only_by_all():
    """An interaction without a category (a source lacking it) is not "General"."""
    assert "I6" not in kept(category=Category.GENERAL)
    assert "I6" in kept()


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        (Category.SERVICE, ["I1"]),
        (Category.SALES, ["I2", "I3", "I4"]),
        (Category.SURVEY, ["I5"]),
        (Category.OMS, []),
        (Category.MYDX, []),
        (Category.MARKETER, []),
        (Category.GENERAL, []),
    ],
)
def test_each_category(category, expected):
    assert kept(category=category) == expected


def test_category_and_campaign_and_channel_and_period_and_text_all_combine():
    assert kept(category=Category.SALES, campaign="Fibre") == ["I2", "I3"]
    assert kept(category=Category.SALES, campaign="Fibre", channel=Channel.SMS) == ["I3"]
    assert kept(category=Category.SALES, text="agreed") == ["I3", "I4"]
    assert kept(category=Category.SALES, period_months=None) == ["I2", "I3", "I4", "I7"]
    assert kept(category=Category.SALES, period_months=3) == ["I2", "I3", "I4"]


def test_lead_status_filter_combines_with_category():
    assert kept(lead_status=LeadStatus.AGREE) == ["I3", "I4"]
    assert kept(lead_status=LeadStatus.AGREE, campaign="Winback") == ["I4"]
    assert kept(lead_status=LeadStatus.DISAGREE) == []  # older than the 12 months
    assert kept(lead_status=LeadStatus.DISAGREE, period_months=None) == ["I7"]
    assert kept(lead_status=LeadStatus.FOLLOW_UP) == []


def test_narrowed_counts_category_and_lead():
    assert JourneyFilter(category=Category.OMS).is_narrowed
    assert JourneyFilter(lead_status=LeadStatus.AGREE).is_narrowed
    assert not JourneyFilter().is_narrowed


def test_choices_come_in_the_spec_order():
    assert categories_of(reversed(ROWS)) == [Category.SERVICE, Category.SALES, Category.SURVEY]
    assert lead_statuses_of(ROWS) == [LeadStatus.CONTACTED, LeadStatus.AGREE, LeadStatus.DISAGREE]


def ticket(tid, session, updated_days_ago):
    updated = NOW - timedelta(days=updated_days_ago)
    return Ticket(
        tid, "C1", "Router", TicketStatus.OPEN, updated - timedelta(days=1), updated, session
    )


TICKETS = [
    ticket("T1", "I1", 5),
    ticket("T2", "I2", 1),
    ticket("T3", None, 3),
    ticket("T4", "I1", 9),
]


def test_customer_scope_is_every_ticket_newest_update_first():
    shown = tickets_in_scope(TICKETS, TicketScope.CUSTOMER, "I1")
    assert [t.id for t in shown] == ["T2", "T3", "T1", "T4"]


def test_session_scope_is_the_session_s_tickets_only():
    shown = tickets_in_scope(TICKETS, TicketScope.SESSION, "I1")
    assert [t.id for t in shown] == ["T1", "T4"]


def test_session_scope_without_a_session_is_empty():
    """A ticket with no session is never "this session's", even when no session is chosen."""
    assert tickets_in_scope(TICKETS, TicketScope.SESSION, None) == ()
    assert tickets_in_scope(TICKETS, TicketScope.SESSION, "I99") == ()
