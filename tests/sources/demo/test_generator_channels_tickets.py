"""The demo data exercises issue 6: categories, lead statuses, channel accounts, every ticket
status with follow-ups (some overdue), case links; external sources lack what they lack."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import pytest

from journey_widget.model import (
    Category,
    Channel,
    Customer,
    DataSource,
    Interaction,
    LeadStatus,
    Ticket,
    TicketStatus,
)
from journey_widget.sources.demo.accounts import lead_status_of
from journey_widget.sources.demo.generator import generate

ANCHOR = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def records():
    return list(generate(300, 11, ANCHOR))


def of(records, cls):
    return [r for r in records if isinstance(r, cls)]


def test_every_category_and_lead_status_occurs(records):
    interactions = of(records, Interaction)
    assert {i.category for i in interactions} >= set(Category)
    assert {i.lead_status for i in interactions} >= set(LeadStatus)
    assert {c.lead_status for c in of(records, Customer)} >= set(LeadStatus)


def test_lead_status_only_on_sales_contacts(records):
    for i in of(records, Interaction):
        if i.lead_status is not None:
            assert i.category is Category.SALES
            assert lead_status_of(i.category, i.outcome) is i.lead_status


def test_channel_accounts_on_local_records_only(records):
    by_source = Counter((i.source, i.channel_account is not None) for i in of(records, Interaction))
    assert by_source[(DataSource.CAMPAIGN_MANAGER, True)] == 0
    assert by_source[(DataSource.DATA_CLOUD, True)] == 0
    assert by_source[(DataSource.LOCAL, True)] > 0
    web_events = [i for i in of(records, Interaction) if i.channel is Channel.WEB_EVENT]
    assert web_events and all(i.channel_account is None for i in web_events)


def test_the_rich_customer_has_every_ticket_status_and_an_overdue_follow_up(records):
    tickets = [t for t in of(records, Ticket) if t.customer_id == "C000001"]
    assert {t.status for t in tickets} == set(TicketStatus)
    assert any(f.is_overdue(ANCHOR) for t in tickets for f in t.follow_ups)
    assert any(t.interaction_id for t in tickets)  # the Session scope has something to show


def test_cases_link_to_the_crm(records):
    cases = [i.case for i in of(records, Interaction) if i.case is not None]
    assert cases
    assert all(c.url and c.url.startswith("https://") and c.id in c.url for c in cases)


def test_rich_customer_channels_have_detail_fields(records):
    rich = [i for i in of(records, Interaction) if i.customer_id == "C000001"]
    assert {i.channel for i in rich} == set(Channel) - {Channel.OTHER}
    assert any(i.subject for i in rich if i.channel is Channel.EMAIL)
    assert any(i.message_count for i in rich if i.channel is Channel.WEB_CHAT)
    assert any(i.web_page for i in rich if i.channel is Channel.WEB_EVENT)
    assert any(i.content_offer for i in rich if i.channel is Channel.CONTENT_OFFER)
    social = (Channel.WHATSAPP, Channel.LINE, Channel.TWITTER, Channel.MESSENGER)
    for channel in social:
        of_channel = [i for i in rich if i.channel is channel]
        assert all(i.channel_account for i in of_channel), channel
        assert all(i.phone_number or i.address for i in of_channel), channel
