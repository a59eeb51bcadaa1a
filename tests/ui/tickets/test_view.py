"""Tickets (SPEC F3) and follow-ups (F4): scope, badges in three languages, details, overdue."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor

from journey_widget import i18n
from journey_widget.model import FollowUp, FollowUpKind, LeadStatus, Ticket, TicketStatus
from journey_widget.model.filters import TicketScope
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.common.palettes import dark_palette, light_palette
from journey_widget.ui.common.status_badge import (
    LEAD_HUES,
    TICKET_HUES,
    StatusBadge,
    badge_colors,
    lead_badge,
    ticket_badge,
)
from journey_widget.ui.tickets.follow_ups import FollowUpModel, follow_up_lines
from journey_widget.ui.tickets.model import TicketColumn, TicketTableModel
from journey_widget.ui.tickets.view import TicketsView

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def ticket(tid, status, *, session=None, updated=1, creator="Anna", assignee="Budi", follow=()):
    updated_at = NOW - updated * DAY
    return Ticket(
        tid,
        "C1",
        f"Subject {tid}",
        status,
        updated_at - 2 * DAY,
        updated_at,
        interaction_id=session,
        creator=creator,
        assignee=assignee,
        follow_ups=tuple(follow),
    )


OVERDUE = FollowUp(
    FollowUpKind.RESCHEDULE, NOW - 5 * DAY, "Call back Monday", "Anna", due_at=NOW - DAY
)
DONE = FollowUp(
    FollowUpKind.ESCALATION, NOW - 8 * DAY, "Tier 2", "Budi", due_at=NOW - 6 * DAY, done=True
)
STATUS = FollowUp(
    FollowUpKind.STATUS_UPDATE, NOW - 9 * DAY, by="Budi", status=TicketStatus.IN_PROGRESS
)
TICKETS = [
    ticket("T1", TicketStatus.OPEN, session="I1", updated=3),
    ticket("T2", TicketStatus.IN_PROGRESS, updated=1, follow=(OVERDUE, DONE, STATUS)),
    ticket("T3", TicketStatus.PENDING, session="I2", updated=7),
    ticket("T4", TicketStatus.RESOLVED, session="I1", updated=2, assignee=None),
    ticket("T5", TicketStatus.CLOSED, updated=20, creator=None),
]


@pytest.fixture
def view(qtbot):
    widget = TicketsView()
    qtbot.addWidget(widget)
    widget.resize(380, 600)
    widget.set_tickets(TICKETS, {"I1": "Voice · 20.11.26"}, NOW)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def speak(qapp):
    """Switch the interface language for one test; English again afterwards."""

    def switch(lang: str) -> None:
        i18n.switch_language(qapp, lang)

    yield switch
    i18n.switch_language(qapp, "en")
    QLocale.setDefault(QLocale.system())


def ids(view: TicketsView) -> list[str]:
    return [t.id for t in view.shown()]


# --- models -------------------------------------------------------------------------------


def test_ticket_model_passes_the_model_tester(qtmodeltester):
    model = TicketTableModel()
    model.set_tickets(TICKETS)
    qtmodeltester.check(model)
    model.sort(TicketColumn.STATUS, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.set_tickets([])
    qtmodeltester.check(model)


def test_follow_up_model_passes_the_model_tester(qtmodeltester):
    model = FollowUpModel()
    model.set_follow_ups((OVERDUE, DONE, STATUS), NOW)
    qtmodeltester.check(model)


def test_the_model_sorts_by_last_update_newest_first_and_by_any_column():
    model = TicketTableModel()
    model.set_tickets(TICKETS)
    assert [t.id for t in model.tickets()] == ["T2", "T4", "T1", "T3", "T5"]
    model.sort(TicketColumn.UPDATED, Qt.SortOrder.AscendingOrder)
    assert [t.id for t in model.tickets()] == ["T5", "T3", "T1", "T4", "T2"]
    model.sort(TicketColumn.STATUS, Qt.SortOrder.AscendingOrder)
    assert [t.status for t in model.tickets()] == list(TicketStatus)
    model.sort(99)  # a column that does not exist changes nothing
    assert [t.status for t in model.tickets()] == list(TicketStatus)


# --- scope --------------------------------------------------------------------------------


def test_customer_scope_shows_every_ticket(view):
    assert view.scope is TicketScope.CUSTOMER
    assert ids(view) == ["T2", "T4", "T1", "T3", "T5"]


def test_session_scope_follows_the_selected_interaction(view):
    view.set_scope(TicketScope.SESSION)
    assert ids(view) == []  # no session yet: nothing, and it says how to pick one
    view.set_session("I1")
    assert ids(view) == ["T4", "T1"]
    view.set_session("I2")
    assert ids(view) == ["T3"]
    view.set_session("I99")
    assert ids(view) == []
    view.set_scope(TicketScope.CUSTOMER)
    assert len(ids(view)) == 5


def test_session_scope_is_picked_with_the_keyboard(view, qtbot):
    view.set_session("I2")
    box = view.scope_box()
    box.setFocus()
    with qtbot.waitSignal(view.scope_changed):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert view.scope is TicketScope.SESSION
    assert ids(view) == ["T3"]


def test_sorting_by_clicking_the_last_update_header(view, qtbot):
    header = view.table.horizontalHeader()
    column = TicketColumn.UPDATED
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert ids(view)[0] == "T5"  # was newest first; one click: oldest update first
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert ids(view)[0] == "T2"


# --- details --------------------------------------------------------------------------------


def test_enter_opens_the_details_with_creator_assignee_created_updated(view, qtbot):
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(view.model.row_of("T1"), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.detail_shown()
    labels = dict(view.detail.rows())
    assert labels["Creator"] == "Anna"
    assert labels["Assignee"] == "Budi"
    assert "Created" in labels and "Last update" in labels
    assert labels["Session"] == "Voice · 20.11.26"
    qtbot.keyClick(view.detail.follow_ups, Qt.Key.Key_Escape)
    assert not view.detail_shown()  # narrow: Esc goes back to the list


def test_missing_fields_are_hidden_not_empty(view):
    view.open_ticket(next(t for t in TICKETS if t.id == "T5"))
    labels = [label for label, _ in view.detail.rows()]
    assert "Creator" not in labels  # T5 has no creator
    assert "Session" not in labels  # and no session
    view.open_ticket(next(t for t in TICKETS if t.id == "T4"))
    assert "Assignee" not in [label for label, _ in view.detail.rows()]


def test_wide_shows_list_and_details_side_by_side(view, qtbot):
    view.resize(1000, 600)
    qtbot.waitUntil(lambda: view.detail_shown())
    assert view.detail.ticket().id == "T2"
    view.table.setCurrentIndex(view.model.index(view.model.row_of("T3"), 1))
    assert view.detail.ticket().id == "T3"


# --- follow-ups ------------------------------------------------------------------------------


def test_follow_ups_are_in_time_order_and_the_overdue_one_is_marked_in_words():
    model = FollowUpModel()
    model.set_follow_ups((OVERDUE, DONE, STATUS), NOW)
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    assert [i.data(ItemRole.FOLLOW_UP).kind for i in rows] == [
        FollowUpKind.STATUS_UPDATE,
        FollowUpKind.ESCALATION,
        FollowUpKind.RESCHEDULE,
    ]
    overdue = rows[2]
    assert overdue.data(ItemRole.OVERDUE) is True
    assert "Overdue" in overdue.data(Qt.ItemDataRole.DisplayRole)
    assert "Overdue" in overdue.data(Qt.ItemDataRole.AccessibleTextRole)
    assert overdue.data(Qt.ItemDataRole.DecorationRole) is not None  # the warning icon
    assert rows[1].data(ItemRole.OVERDUE) is False
    assert rows[1].data(Qt.ItemDataRole.DecorationRole) is None
    assert "Done" in rows[1].data(Qt.ItemDataRole.DisplayRole)
    assert model.overdue_count() == 1


def test_a_follow_up_is_not_overdue_once_done_or_before_its_time():
    assert "Overdue" not in follow_up_lines(DONE, NOW)[-1]
    assert "Overdue" not in "".join(follow_up_lines(OVERDUE, NOW - 3 * DAY))


def test_status_updates_say_the_status():
    assert follow_up_lines(STATUS, NOW)[-1] == "Status: In Progress"


# --- badges -------------------------------------------------------------------------------

BADGES = {
    "en": ["Open", "In Progress", "Pending", "Resolved", "Closed"],
    "de": ["Offen", "In Bearbeitung", "Wartend", "Gelöst", "Geschlossen"],
    "id": ["Terbuka", "Diproses", "Tertunda", "Terselesaikan", "Ditutup"],
}
LEADS = {
    "en": ["Contacted", "Follow up", "Agree", "Disagree"],
    "de": ["Kontaktiert", "Nachfassen", "Zugestimmt", "Abgelehnt"],
    "id": ["Dihubungi", "Tindak lanjut", "Setuju", "Tidak setuju"],
}


@pytest.mark.parametrize("lang", ["en", "de", "id"])
def test_badge_text_per_status_in_every_language(speak, lang):
    speak(lang)
    assert [ticket_badge(s)[0] for s in TicketStatus] == BADGES[lang]
    assert [lead_badge(s)[0] for s in LeadStatus] == LEADS[lang]


@pytest.mark.parametrize("lang", ["de", "id"])
def test_the_list_and_its_badges_retranslate_on_a_language_switch(view, speak, lang):
    speak(lang)
    texts = [view.model.index(r, TicketColumn.STATUS).data() for r in range(view.model.rowCount())]
    by_id = dict(zip(ids(view), texts, strict=True))
    assert by_id["T2"] == BADGES[lang][1]
    subject = view.model.headerData(TicketColumn.SUBJECT, Qt.Orientation.Horizontal)
    assert subject == {"de": "Betreff", "id": "Subjek"}[lang]
    assert view.scope_box().itemText(0) == {"de": "Kunde", "id": "Pelanggan"}[lang]


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_badge_text_keeps_aa_contrast_and_hues_differ(palette):
    hues = [*TICKET_HUES.values(), *LEAD_HUES.values()]
    for hue in hues:
        fill, border, ink = badge_colors(hue, palette)
        assert _contrast(ink, fill) >= 4.5, hue.name()
        assert _contrast(border, fill) >= 1.5, hue.name()  # the outline shows
    fills = {badge_colors(h, palette)[0].name() for h in TICKET_HUES.values()}
    assert len(fills) == len(TicketStatus)


def test_a_badge_widget_names_itself(qtbot):
    badge = StatusBadge()
    qtbot.addWidget(badge)
    badge.set_badge(*ticket_badge(TicketStatus.PENDING))
    assert badge.accessibleName() == "Pending"
    assert badge.sizeHint().width() > badge.fontMetrics().horizontalAdvance("Pending")


def test_markup_in_data_is_shown_as_text_in_tooltips():
    model = TicketTableModel()
    model.set_tickets([replace(TICKETS[0], subject='<img src="x"><b>urgent</b>')])
    tip = model.index(0, TicketColumn.SUBJECT).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;urgent&lt;/b&gt;" in tip and "<b>" not in tip
    notes = FollowUpModel()
    notes.set_follow_ups([replace(OVERDUE, note="<i>call</i>")], NOW)
    assert "&lt;i&gt;" in notes.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
