"""Counts and positions are written the locale's way, digit grouping included (issue 8.3).

The interface stays English here while the default locale is German: what goes through
QLocale (``format_count``, Qt's ``%Ln``) reads "1.234", what went through ``str()`` or a
plain ``%n`` read "1234". Big counts are real: a customer with years of automated SMS has
thousands of interactions, a busy account hundreds of tickets.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale

from journey_widget.model import Ticket, TicketStatus
from journey_widget.model.filters import TicketScope
from journey_widget.ui.detail.popup import DetailPopup
from journey_widget.ui.journey.customer_header import CustomerHeader
from journey_widget.ui.journey.sections import SectionBar
from journey_widget.ui.tickets.view import TicketsView


@pytest.fixture(autouse=True)
def german_numbers(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale.system())


def test_the_header_groups_the_interaction_count(qtbot, journey_for):
    header = CustomerHeader()
    qtbot.addWidget(header)
    header.set_journey(journey_for(count=1234))
    header.show()
    assert header.lines()[2].startswith("1.234 interactions · ")


def test_the_detail_popup_position_groups_digits(qtbot, journey_for):
    first = journey_for(count=1).interactions[0]
    same_day = [
        replace(first, id=f"I{n:05d}", started_at=first.started_at + timedelta(seconds=n))
        for n in range(1001)
    ]
    popup = DetailPopup()
    qtbot.addWidget(popup)
    popup.show_interaction(same_day[999], same_day)
    assert popup.position() == (1000, 1001)
    assert popup._position.text() == "1.000 of 1.001"
    assert popup._position.accessibleName() == "1.000 of 1.001"


NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _many_tickets(total: int, in_session: int) -> list[Ticket]:
    created = NOW - timedelta(days=3)
    return [
        Ticket(
            f"T{n:05d}",
            "C1",
            f"Subject {n}",
            TicketStatus.OPEN,
            created,
            created + timedelta(hours=1),
            interaction_id="I1" if n < in_session else "I2",
        )
        for n in range(total)
    ]


def test_the_ticket_count_groups_digits(qtbot):
    view = TicketsView()
    qtbot.addWidget(view)
    view.set_tickets(_many_tickets(1200, 1100), {}, NOW)
    assert view._count.text() == "1.200 tickets"
    view.set_session("I1")
    view.set_scope(TicketScope.SESSION)
    assert view._count.text() == "1.100 of 1.200"


def test_the_tickets_tab_groups_digits(qtbot):
    sections = SectionBar()
    qtbot.addWidget(sections)
    sections.set_ticket_counts(1500, 1200)
    assert sections.tabText(1) == "Tickets (1.200 open)"
    sections.set_ticket_counts(1500, 0)
    assert sections.tabText(1) == "Tickets (1.500)"
