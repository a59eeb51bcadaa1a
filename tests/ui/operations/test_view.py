"""The customer operations window against a real SQLite store (SPEC D1, D2, D6, D7, E1).

Tenant and source search with suggestions from the 3rd character and no history until both
are chosen; permissions decide the buttons (and the service decides again); export, trace
and anonymise through non-blocking dialogs; obfuscated identifiers under the privacy setting.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from journey_widget.model import (
    Channel,
    Customer,
    Direction,
    Identifier,
    IdentifierKind,
    Interaction,
    Segment,
    SegmentKind,
    TaskResult,
)
from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.sources.audit import AuditLog
from journey_widget.sources.local.source import LocalSource
from journey_widget.sources.local.store import open_store
from journey_widget.ui.operations.dialogs import AnonymiseDialog
from journey_widget.ui.operations.history_model import HistoryColumn
from journey_widget.ui.operations.view import CustomerOperationsView

NOW = datetime.now(UTC).replace(microsecond=0)


def _people() -> list:
    rows: list = []
    for cid, name, phone, tenant in (
        ("C1", "Raymond Gray", "+41234564567", "Acme Energy"),
        ("C2", "Dorain Gray", "+4930123456", "Acme Energy"),
        ("C3", "Ray Other", "+4930999888", "Globex"),
    ):
        rows.append(
            Customer(
                cid,
                name,
                (Identifier(IdentifierKind.PHONE, phone),),
                tenant=tenant,
                division="Retail",
            )
        )
        for n in range(4):
            start = NOW - timedelta(days=n + 1)
            rows.append(
                Interaction(
                    f"{cid}-I{n}",
                    cid,
                    Channel.VOICE,
                    Direction.INBOUND,
                    start,
                    ended_at=start + timedelta(minutes=3),
                    phone_number=phone,
                    service="Billing" if n % 2 else "Sales",
                    first_queued_service="Billing",
                    agents=("Anna Schmidt",),
                    task_result=TaskResult.ACCEPTED_BY_USER,
                    agent_comments="Wants the new tariff",
                    segments=(Segment(SegmentKind.QUEUE, start, start + timedelta(minutes=1)),),
                )
            )
    return rows


@pytest.fixture
def store_path(make_store) -> Path:
    return make_store(_people())


@pytest.fixture
def make_view(qtbot, qloop, store_path, tmp_path):
    services: list[JourneyService] = []

    def make(role: Role = Role.ADMINISTRATOR, **access) -> CustomerOperationsView:
        user = UserContext.for_role("tester", role)
        service = JourneyService(
            LocalSource(store_path),
            access=Access(user, audit=AuditLog(tmp_path / "audit.jsonl"), **access),
        )
        services.append(service)
        view = CustomerOperationsView(lambda: service)
        qtbot.addWidget(view)
        view.resize(1000, 600)
        view.show()
        view.start()
        qtbot.waitUntil(lambda: view.picker.tenant_box.count() == 3)
        return view

    yield make
    for service in services:
        closing = asyncio.ensure_future(service.aclose())
        qtbot.waitUntil(closing.done)


def _choose(qtbot, view: CustomerOperationsView, tenant: str, typed: str, pick: str) -> None:
    box = view.picker.tenant_box
    box.setCurrentIndex(box.findText(tenant))
    view.picker.source_field.setFocus()
    qtbot.keyClicks(view.picker.source_field, typed)
    popup = view.picker.popup
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0)
    names = [popup.model().match_at(r).name for r in range(popup.model().rowCount())]
    row = names.index(pick)
    popup.setCurrentIndex(popup.model().index(row))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)


def test_no_suggestions_before_the_third_character(qtbot, make_view):
    view = make_view()
    view.picker.tenant_box.setCurrentIndex(1)
    qtbot.keyClicks(view.picker.source_field, "ra")
    completer = view.picker.completer
    assert not completer.query_scheduled  # no query is scheduled: the debounce never started
    completer.suggest_now()  # and were the debounce to fire, it would ask nothing
    assert not completer.querying
    assert not view.picker.popup.isVisible()
    qtbot.keyClicks(view.picker.source_field, "y")
    qtbot.waitUntil(lambda: view.picker.popup.isVisible())


def test_suggestions_stay_in_the_tenant_and_digits_find_numbers(qtbot, make_view):
    view = make_view()
    view.picker.tenant_box.setCurrentIndex(view.picker.tenant_box.findText("Acme Energy"))
    qtbot.keyClicks(view.picker.source_field, "ray")
    popup = view.picker.popup
    qtbot.waitUntil(lambda: popup.isVisible())
    ids = {popup.model().match_at(r).customer_id for r in range(popup.model().rowCount())}
    assert ids == {"C1", "C2"}  # Raymond and Dorain Gray, not Globex's Ray
    popup.hide()
    view.picker.source_field.clear()
    qtbot.keyClicks(view.picker.source_field, "4567")
    qtbot.waitUntil(lambda: popup.isVisible())
    assert popup.model().match_at(0).customer_id == "C1"


def test_no_history_until_tenant_and_source_are_chosen(qtbot, make_view):
    view = make_view()
    assert view.status_text == "Choose a tenant and a customer to see their history."
    assert not view.table.isVisible() and view.model.rowCount() == 0
    _choose(qtbot, view, "Acme Energy", "raym", "Raymond Gray")
    assert view.table.isVisible() and view.model.rowCount() == 4
    assert view.status_text == "4 sessions"
    assert view.last_interaction_text.startswith("Last interaction: ")
    view.picker.source_field.setFocus()
    qtbot.keyClick(view.picker.source_field, Qt.Key.Key_Backspace)  # edits the choice away
    assert not view.table.isVisible() and view.model.rowCount() == 0


def test_an_agent_gets_no_export_or_anonymise(qtbot, make_view):
    view = make_view(Role.AGENT)
    _choose(qtbot, view, "Acme Energy", "raym", "Raymond Gray")
    buttons = view.buttons
    assert not buttons["export"].isEnabled() and not buttons["anonymise"].isEnabled()
    assert buttons["export"].accessibleDescription() == "Your role does not allow this."


def test_an_administrator_exports_through_a_non_blocking_dialog(qtbot, make_view, tmp_path):
    view = make_view()
    _choose(qtbot, view, "Acme Energy", "raym", "Raymond Gray")
    assert view.buttons["export"].isEnabled()
    qtbot.mouseClick(view.buttons["export"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)  # overwrite asks
    target = tmp_path / "ray.jsonl"
    dialog.fileSelected.emit(str(target))
    dialog.close()
    qtbot.waitUntil(lambda: view.status_text == f"Saved {target}.")
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["type"] == "customer" and lines[0]["name"] == "Raymond Gray"
    assert len(lines) == 5
    (entry,) = AuditLog(tmp_path / "audit.jsonl").entries()
    assert entry.action.value == "export_customer"


def test_a_session_trace_from_the_actions_column(qtbot, make_view, tmp_path):
    view = make_view()
    _choose(qtbot, view, "Acme Energy", "raym", "Raymond Gray")
    index = view.model.index(1, HistoryColumn.ACTIONS)
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # the keyboard reaches the action
    dialog = view.dialog
    assert isinstance(dialog, QFileDialog)
    target = tmp_path / "trace.json"
    dialog.fileSelected.emit(str(target))
    dialog.close()
    qtbot.waitUntil(lambda: target.exists())
    trace = json.loads(target.read_text(encoding="utf-8"))
    assert trace["interaction"]["id"] == view.model.interaction_at(1).id
    assert trace["interaction"]["segments"][0]["kind"] == "queue"


def test_anonymise_needs_the_typed_id_then_erases(qtbot, make_view, store_path, tmp_path):
    view = make_view()
    _choose(qtbot, view, "Acme Energy", "raym", "Raymond Gray")
    qtbot.mouseClick(view.buttons["anonymise"], Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, AnonymiseDialog) and dialog.isVisible()
    assert dialog.confirm_button.text() == "Anonymise Raymond Gray"
    assert "Raymond Gray (C1)" in dialog.windowTitle()
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.typed_field, "C2")
    assert not dialog.confirm_button.isEnabled()
    dialog.accept()  # whatever triggers accept, the wrong id does not get through
    assert dialog.isVisible()
    dialog.typed_field.setText("C1")
    assert dialog.confirm_button.isEnabled()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status_text == "C1 is anonymised; the statistics stay.")
    qtbot.waitUntil(lambda: view.model.journey.customer.name is None)
    assert view.model.rowCount() == 4  # the statistics stay
    with open_store(store_path, create=False) as store:
        assert store.search("Raymond") == []
    assert [e.action.value for e in AuditLog(tmp_path / "audit.jsonl").entries()] == ["anonymise"]


def test_cancelling_the_confirmation_changes_nothing(qtbot, make_view, store_path):
    view = make_view()
    _choose(qtbot, view, "Acme Energy", "raym", "Raymond Gray")
    qtbot.mouseClick(view.buttons["anonymise"], Qt.MouseButton.LeftButton)
    view.dialog.reject()
    with open_store(store_path, create=False) as store:
        assert store.journey("C1").customer.name == "Raymond Gray"


def test_privacy_obfuscates_identifiers_in_the_view(qtbot, make_view):
    view = make_view(Role.SUPERVISOR, obfuscate_identifiers=True)
    _choose(qtbot, view, "Acme Energy", "4567", "R••• G•••")
    source = view.model.index(0, HistoryColumn.SOURCE).data()
    assert source == "+41 •• ••• 45 67"
    assert view.picker.source_field.text() == "R••• G•••"


def test_the_window_retranslates_without_a_restart(qtbot, make_view, qapp):
    from journey_widget import i18n

    view = make_view()
    _choose(qtbot, view, "Acme Energy", "raym", "Raymond Gray")
    try:
        i18n.switch_language(qapp, "de")
        qtbot.waitUntil(lambda: view.windowTitle() == "Kundenoperationen")
        assert view.buttons["export"].text() == "Kunden exportieren…"
        assert view.status_text == "4 Gesprächssitzungen"
        assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Datum & Uhrzeit"
    finally:
        i18n.switch_language(qapp, "en")
    qtbot.waitUntil(lambda: view.windowTitle() == "Customer operations")
    assert view.status_text == "4 sessions"
