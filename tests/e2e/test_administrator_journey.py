"""Journey 4, the administrator: export a customer from the window (the file equals what
``journey-widget export`` writes), anonymise through the dialog, then nothing finds or keeps the
old number, name or e-mail (search, the .sqlite/-wal/-shm files, the cache folder), the audit
log has the entry; a supervisor with privacy on sees obfuscated numbers; an agent cannot
anonymise (refused in the service, the menu entry disabled)."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit

from e2e.conftest import WAIT_MS
from fixtures.stores import phone_of, stored_journey
from journey_widget.app.session import GuiOptions
from journey_widget.model import IdentifierKind
from journey_widget.model.identifiers import digits_of
from journey_widget.paths import cache_dir, data_dir
from journey_widget.service.access import PermissionDenied
from journey_widget.settings import AccessSettings, Settings
from journey_widget.sources.audit import AUDIT_FILE_NAME
from journey_widget.ui.operations.dialogs import AnonymiseDialog
from journey_widget.ui.shell.main_window import ViewState

CLI = [sys.executable, "-m", "journey_widget.cli"]
CUSTOMER = "C000004"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
    )


def open_customer(qtbot, session, customer_id: str) -> None:
    with qtbot.waitSignal(session.window.journey_shown, timeout=WAIT_MS) as shown:
        session.window.lookup(customer_id)
    assert shown.args[0].customer.id == customer_id


def operations_menu(session):
    return session._operations  # the window menu's customer operations (Session owns it)


def run(qtbot, coroutine):
    task = asyncio.ensure_future(coroutine)
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    return task


def test_administrator_exports_then_anonymises(qtbot, session_for, demo_store: Path, tmp_path):
    held = stored_journey(demo_store, CUSTOMER).customer
    number = phone_of(demo_store, CUSTOMER)
    emails = [i.value for i in held.identifiers_of(IdentifierKind.EMAIL)]
    name = held.name
    assert name and emails, "the demo customer must have a name and an e-mail for this journey"
    session = session_for(GuiOptions(store=demo_store))
    open_customer(qtbot, session, CUSTOMER)
    menu = operations_menu(session)
    menu.update_actions()
    assert menu.export_action.isEnabled() and menu.anonymise_action.isEnabled()

    # Export from the menu, through the save dialog, equals the CLI's export.
    menu.export_action.trigger()
    view = menu.view
    assert view is not None
    qtbot.waitUntil(lambda: isinstance(view.dialog, QFileDialog), timeout=WAIT_MS)
    target = tmp_path / "from-window.jsonl"
    with qtbot.waitSignal(view.file_saved, timeout=WAIT_MS) as saved:
        name_field = view.dialog.findChild(QLineEdit, "fileNameEdit")  # Qt's own dialog
        name_field.setText(str(target))  # what the user types
        view.dialog.accept()
    assert saved.args == [str(target)]
    by_cli = tmp_path / "from-cli.jsonl"
    done = cli("export", CUSTOMER, "--out", str(by_cli), "--store", str(demo_store))
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() == by_cli.read_bytes()
    assert number in target.read_text(encoding="utf-8")

    # Anonymise through the dialog: type the id, confirm.
    menu.anonymise_action.trigger()
    qtbot.waitUntil(lambda: isinstance(view.dialog, AnonymiseDialog), timeout=WAIT_MS)
    dialog = view.dialog
    assert not dialog.confirm_button.isEnabled()
    dialog.typed_field.setText(CUSTOMER)
    with qtbot.waitSignal(view.anonymised, timeout=WAIT_MS):
        dialog.confirm_button.click()
    qtbot.waitUntil(
        lambda: (
            session.window.state is ViewState.JOURNEY and session.window.header.name_text() != name
        ),
        timeout=WAIT_MS,
    )

    # Search finds nobody by the old number, name or e-mail: in the window and in the CLI.
    service = session.window.service
    for old in (number, digits_of(number)[-7:], name, *emails):
        found = run(qtbot, service.suggest(old)).result()
        assert [m.customer_id for m in found if m.customer_id == CUSTOMER] == [], old
        searched = cli("search", old, "--json", "--store", str(demo_store))
        assert CUSTOMER not in searched.stdout, (old, searched.stdout)

    # Nor do the store's files or the cache folder keep them.
    needles = [number.encode(), name.encode(), *(e.encode() for e in emails)]
    files = [demo_store, Path(f"{demo_store}-wal"), Path(f"{demo_store}-shm")]
    files += [p for p in cache_dir().rglob("*") if p.is_file()] if cache_dir().exists() else []
    for path in files:
        if path.exists():
            content = path.read_bytes()
            assert [n for n in needles if n in content] == [], path

    # The audit log has the export and the anonymisation, and no identifier.
    audit = (data_dir() / AUDIT_FILE_NAME).read_text(encoding="utf-8")
    entries = [json.loads(line) for line in audit.splitlines()]
    actions = [(e["action"], e["customer_id"]) for e in entries]
    assert ("export_customer", CUSTOMER) in actions
    assert ("anonymise", CUSTOMER) in actions
    assert number not in audit and name not in audit


def test_an_agent_cannot_anonymise(qtbot, session_for, demo_store: Path) -> None:
    settings = Settings(access=AccessSettings(role="agent"))
    session = session_for(GuiOptions(store=demo_store), settings=settings)
    open_customer(qtbot, session, CUSTOMER)
    menu = operations_menu(session)
    session.window.menu.aboutToShow.emit()
    assert not menu.anonymise_action.isEnabled()
    task = run(qtbot, session.window.service.operations.anonymise(CUSTOMER))
    with pytest.raises(PermissionDenied):
        task.result()
    assert stored_journey(demo_store, CUSTOMER).customer.name  # nothing erased


def test_a_supervisor_with_privacy_sees_obfuscated_numbers(
    qtbot, session_for, demo_store: Path, tmp_path: Path
) -> None:
    number = phone_of(demo_store, CUSTOMER)
    settings = Settings(access=AccessSettings(role="supervisor", obfuscate_identifiers=True))
    session = session_for(GuiOptions(store=demo_store), settings=settings)
    with qtbot.waitSignal(session.window.journey_shown, timeout=WAIT_MS):
        session.hub.deliver_fields({"number": number}, source="command")
    window = session.window
    shown = [window.search_field.text(), window.windowTitle(), *window.header.lines()]
    shown += [session.calls.banner.accessibleName()]
    page = window.journey_page
    for row in range(page.model.rowCount()):
        for column in range(page.model.columnCount()):
            shown.append(str(page.model.index(row, column).data() or ""))
    digits = digits_of(number)
    assert [t for t in shown if digits[-8:] in digits_of(t)] == []
    assert any("*" in t or "•" in t or "…" in t for t in shown if t)  # shown, but obfuscated

    # The printed report hides it as well.
    if shutil.which("pdftotext") is None:
        return
    report = session._report.open_on(CUSTOMER)
    qtbot.waitUntil(lambda: report.history_model.rowCount() > 0, timeout=WAIT_MS)
    target = tmp_path / "private.pdf"
    with qtbot.waitSignal(report.pdf_written, timeout=WAIT_MS):
        assert report.save_pdf(target)
    printed = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Conversation report" in printed  # the report, with its history, was printed
    assert digits[-8:] not in digits_of(printed)
