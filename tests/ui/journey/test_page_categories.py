"""On the journey page: the category (F1) and lead-status (F5) filters drive the timeline and
the grid alike, the header shows the lead status, tickets have their section, and cards of a
transferred interaction name the last queue and agent (E3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from tests.journeys import NOW, call, customer, ticket

from journey_widget.model import (
    Category,
    Channel,
    Journey,
    LeadStatus,
    Segment,
    SegmentKind,
    TaskResult,
)
from journey_widget.ui.journey.day_card import card_lines, card_tooltip, is_transferred
from journey_widget.ui.journey.page import JourneyPage
from journey_widget.ui.journey.sections import SectionKind

RAYMOND = customer("C1", "Raymond Müller", "+49301234567")


def at(hours: int, iid: str, category, lead=None, channel=Channel.VOICE):
    return replace(
        call(iid, "C1", NOW - timedelta(hours=hours), channel=channel),
        category=category,
        lead_status=lead,
    )


INTERACTIONS = (
    at(1, "S1", Category.SERVICE),
    at(2, "S2", Category.SALES, LeadStatus.CONTACTED),
    at(3, "S3", Category.SALES, LeadStatus.AGREE, channel=Channel.EMAIL),
    at(4, "S4", Category.MARKETER),
    at(5, "S5", Category.OMS),
    at(6, "S6", None),
)


@pytest.fixture
def page(qtbot):
    widget = JourneyPage()
    qtbot.addWidget(widget)
    widget.resize(380, 800)
    tickets = (ticket("T1", "C1", "S2", NOW - timedelta(hours=2)),)
    widget.show_journey(Journey(RAYMOND, INTERACTIONS, tickets), None, 12)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_ids(page: JourneyPage) -> tuple[list[str], list[str]]:
    """What the timeline and the grid each show."""
    timeline = sorted(i.id for i in page.timeline.layout_model.items)
    grid = sorted(page.model.interaction(r).id for r in range(page.model.rowCount()))
    return timeline, grid


def pick(qtbot, box, text: str) -> None:
    box.setFocus()
    index = box.findText(text)
    assert index >= 0, (text, [box.itemText(i) for i in range(box.count())])
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_category_box_lists_all_of_f1(page):
    box = page.filter_bar.category_box()
    assert not box.isHidden()
    assert [box.itemText(i) for i in range(box.count())] == [
        "All categories",
        "Service",
        "Sales",
        "Marketer",
        "Survey",
        "OMS",
        "MyDX",
        "General",
    ]


def test_category_filters_timeline_and_grid_at_once(page, qtbot):
    pick(qtbot, page.filter_bar.category_box(), "Sales")
    timeline, grid = shown_ids(page)
    assert timeline == grid == ["S2", "S3"]
    page.set_view("grid")
    assert sorted(i.id for i in page.shown) == ["S2", "S3"]
    pick(qtbot, page.filter_bar.category_box(), "All categories")
    assert len(shown_ids(page)[0]) == 6


def test_category_is_and_combined_with_channel_and_text(page, qtbot):
    pick(qtbot, page.filter_bar.category_box(), "Sales")
    channel = page.filter_bar.channel_box()
    channel.setCurrentIndex(channel.findText("E-mail"))
    qtbot.mouseClick(page.filter_bar.search_button(), Qt.MouseButton.LeftButton)
    assert shown_ids(page) == (["S3"], ["S3"])
    pick(qtbot, page.filter_bar.category_box(), "Survey")
    assert shown_ids(page) == ([], [])
    assert page.empty.isVisible() or page._content.currentWidget() is page.empty


def test_lead_status_filter(page, qtbot):
    box = page.filter_bar.lead_box()
    assert not box.isHidden()
    pick(qtbot, box, "Agree")
    assert shown_ids(page) == (["S3"], ["S3"])


def test_boxes_without_data_are_hidden(qtbot):
    widget = JourneyPage()
    qtbot.addWidget(widget)
    plain = tuple(replace(i, category=None, lead_status=None) for i in INTERACTIONS)
    widget.show_journey(Journey(replace(RAYMOND, lead_status=None), plain), None, 12)
    assert widget.filter_bar.category_box().isHidden()
    assert widget.filter_bar.lead_box().isHidden()
    assert widget.header.lead_text() == ""
    assert widget.sections.isHidden()  # no tickets, no section bar


def test_header_shows_the_lead_status(page):
    assert page.header.lead_text() == "Follow up"
    assert "Lead status: Follow up" in page.header.accessibleDescription()


def test_tickets_section_and_its_session(page, qtbot):
    assert not page.sections.isHidden()
    assert page.sections.tabText(1) == "Tickets (1 open)"
    page.show_section(SectionKind.TICKETS)
    assert page.tickets.isVisible() and not page.filter_bar.isVisible()
    page.tickets.set_scope(page.tickets.scope.SESSION)
    assert page.tickets.shown() == ()
    page.show_section(SectionKind.INTERACTIONS)
    page.open_detail(next(i for i in INTERACTIONS if i.id == "S2"))
    assert [t.id for t in page.tickets.shown()] == ["T1"]
    page.popup.close()


# --- E3: the last queue and agent of a transferred interaction ---------------------------

TRANSFERRED = replace(
    call("X1", "C1", NOW - timedelta(hours=1)),
    queues=("Billing", "Retention", "Tech"),
    agents=("Anna", "Budi", "Claire"),
)


def test_a_transferred_card_names_the_last_queue_and_agent(qapp):
    lines = card_lines(TRANSFERRED)
    assert lines.transferred
    assert lines.people.startswith("Claire · Tech")
    tip = card_tooltip(TRANSFERRED)
    assert "Last queue: Tech" in tip and "Last agent: Claire" in tip
    assert "Queues: Billing → Retention → Tech" in tip
    assert "Agents: Anna → Budi → Claire" in tip


def test_one_queue_one_agent_is_not_a_transfer(qapp):
    single = replace(TRANSFERRED, queues=("Billing",), agents=("Anna",), segments=())
    single = replace(single, task_result=TaskResult.ACCEPTED_BY_USER)
    assert not is_transferred(single)
    tip = card_tooltip(single)
    assert "Agent: Anna" in tip and "Queue: Billing" in tip and "Last agent" not in tip


@pytest.mark.parametrize(
    "how",
    [
        {"task_result": TaskResult.TRANSFERRED_BY_WORKFLOW},
        {
            "segments": (
                Segment(SegmentKind.TRANSFER, NOW, NOW + timedelta(seconds=5), agent="Anna"),
            )
        },
    ],
)
def test_a_transfer_is_also_seen_in_the_result_or_a_segment(qapp, how):
    single = replace(
        TRANSFERRED, queues=("Billing",), agents=("Anna",), segments=(), task_result=None
    )
    transferred = replace(single, **how)
    assert is_transferred(transferred)
    assert "Last agent: Anna" in card_tooltip(transferred)


def test_switching_language_retranslates_the_open_page(page, qapp):
    from PySide6.QtCore import QLocale

    from journey_widget import i18n
    from journey_widget.ui.tickets.model import TicketColumn

    page.show_section(SectionKind.TICKETS)
    page.open_detail(INTERACTIONS[0])
    try:
        i18n.switch_language(qapp, "de")
        assert page.sections.tabText(1) == "Tickets (1 offen)"
        assert page.filter_bar.category_box().itemText(0) == "Alle Kategorien"
        subject = page.tickets.model.headerData(TicketColumn.SUBJECT, Qt.Orientation.Horizontal)
        assert subject == "Betreff"
        assert page.tickets.scope_box().itemText(1) == "Gesprächssitzung"
        assert page.popup.tabs.tabText(0) == "Fall"
        assert page.header.lead_text() == "Nachfassen"
        i18n.switch_language(qapp, "id")
        assert page.sections.tabText(1) == "Tiket (1 terbuka)"
        assert page.header.lead_text() == "Tindak lanjut"
    finally:
        i18n.switch_language(qapp, "en")
        QLocale.setDefault(QLocale.system())
        page.popup.close()
    assert page.sections.tabText(1) == "Tickets (1 open)"


def _unread(root) -> list[str]:
    """Focusable controls a screen reader gets no name, or no description or tooltip, for."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    problems = []
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name).strip()
        described = iface.text(QAccessible.Text.Description).strip() or widget.toolTip().strip()
        if not name or not described:
            problems.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return problems


def test_tickets_and_pop_up_controls_are_named_and_described(page, qtbot):
    assert _unread(page) == []
    page.show_section(SectionKind.TICKETS)
    assert _unread(page) == []
    page.tickets.open_ticket(page.tickets.model.ticket_at(0))
    assert _unread(page) == []
    page.show_section(SectionKind.INTERACTIONS)
    page.open_detail(INTERACTIONS[0])
    qtbot.waitUntil(page.popup.isVisible)
    assert _unread(page.popup) == []
    page.popup.close()
