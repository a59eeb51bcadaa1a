"""The settings dialog without the "configure" permission (SPEC E1): the data source and its
connection are read-only with the reason in words, and OK never writes them, whatever the
widgets were made to say; the access section is never written from the dialog."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from journey_widget.model import DataSource
from journey_widget.secrets import SecretStore
from journey_widget.settings import (
    AccessSettings,
    AuthKind,
    Settings,
    SettingsFile,
    SourceSettings,
    Theme,
)
from journey_widget.ui.settings.dialog import SettingsDialog
from memory_keyring import MemoryKeyring

REASON = "Your role does not allow changing the data source."
MANAGED = Settings(
    source=SourceSettings(
        kind=DataSource.DATA_CLOUD, base_url="https://dc.example.com/api", auth=AuthKind.API_KEY
    ),
    access=AccessSettings(user="anna", role="agent", obfuscate_identifiers=True),
)


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def settings_file(tmp_path: Path) -> SettingsFile:
    SettingsFile(tmp_path / "settings.json").save(MANAGED)  # as IT rolled it out
    return SettingsFile(tmp_path / "settings.json")


@pytest.fixture
def locked(qtbot, qloop, settings_file, keyring_backend):
    def make(shown: Settings | None = None, *, may_configure: bool = False) -> SettingsDialog:
        dialog = SettingsDialog(
            shown or settings_file.current(),
            settings_file,
            SecretStore(keyring_backend, environ={}),
            may_configure=may_configure,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def _on_disk(settings_file: SettingsFile) -> dict:
    return json.loads(settings_file.path.read_text(encoding="utf-8"))


def _tamper(dialog: SettingsDialog, keyring_backend) -> None:
    """What a user with an accessibility tool or a debugger might do to disabled widgets."""
    for name in ("source", "connection"):
        dialog.field(name).setEnabled(True)
    dialog.field("base_url").setText("https://evil.example.com/api")
    dialog.field("secret").setText("stolen-key")
    dialog.field("language").setCurrentIndex(dialog.field("language").findData("de"))


def test_the_source_is_read_only_with_the_reason_in_words(locked):
    dialog = locked()
    assert not dialog.field("source").isEnabled()
    assert not dialog.field("connection").isEnabled()
    assert dialog.field("language").isEnabled() and dialog.field("theme").isEnabled()
    assert dialog.field("lock_note").isVisible()
    assert dialog.field("lock_note").text() == REASON
    assert dialog.field("source").toolTip() == REASON
    assert dialog.field("source").accessibleDescription() == REASON


def test_the_reason_survives_a_language_change(locked):
    dialog = locked()
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.field("source").accessibleDescription() == REASON
    assert not dialog.field("source").isEnabled()


def test_ok_never_writes_the_source_or_a_secret_whatever_the_widgets_say(
    qtbot, locked, settings_file, keyring_backend
):
    dialog = locked()
    _tamper(dialog, keyring_backend)
    dialog.field("source").setCurrentIndex(dialog.field("source").findData(DataSource.LOCAL))
    with qtbot.waitSignal(dialog.applied) as applied:
        dialog.accept()
    saved = applied.args[0]
    assert saved.source == MANAGED.source
    assert saved.display.language == "de"  # the user's own part is saved
    assert _on_disk(settings_file)["source"]["base_url"] == "https://dc.example.com/api"
    assert _on_disk(settings_file)["source"]["kind"] == "data_cloud"
    assert keyring_backend.entries == {}


def test_a_source_other_than_the_files_is_refused_and_the_dialog_stays(
    qtbot, locked, settings_file
):
    dialog = locked()
    # The file says something else than the dialog showed (written meanwhile by IT's tool).
    moved = replace(MANAGED, source=replace(MANAGED.source, base_url="https://new.example.com/"))
    settings_file.save(moved)
    before = settings_file.path.read_bytes()
    with qtbot.assertNotEmitted(dialog.applied):
        dialog.accept()
    assert dialog.isVisible()
    assert dialog.field("lock_note").isVisible()
    assert settings_file.path.read_bytes() == before


@pytest.mark.parametrize("may_configure", [False, True])
def test_no_one_raises_their_own_role_through_the_dialog(
    qtbot, locked, settings_file, may_configure
):
    # Whatever the dialog was handed (a stale or forged copy), the file's access stays.
    forged = replace(
        MANAGED,
        access=AccessSettings(user="root", role="administrator"),
        display=replace(MANAGED.display, theme=Theme.DARK),
    )
    dialog = locked(forged, may_configure=may_configure)
    with qtbot.waitSignal(dialog.applied) as applied:
        dialog.accept()
    assert applied.args[0].access == MANAGED.access
    access = _on_disk(settings_file)["access"]
    assert access["role"] == "agent" and access["user"] == "anna"
    assert access["obfuscate_identifiers"] is True
    assert _on_disk(settings_file)["display"]["theme"] == "dark"


def test_with_configure_nothing_is_locked(locked):
    dialog = locked(may_configure=True)
    assert dialog.field("source").isEnabled()
    assert not dialog.field("lock_note").isVisible()
    assert dialog.field("source").accessibleDescription() != REASON


def test_a_back_end_that_says_agent_locks_the_open_dialog_and_ok_obeys(
    qtbot, qloop, qapp, settings_file, fake_source
):
    """Automatic role (may configure) until the back end, asked when the dialog opens, says
    the user is an agent: the open dialog locks, and OK keeps the file's source."""
    from journey_widget.app.settings_flow import SettingsFlow
    from journey_widget.model.permissions import Role, UserContext
    from journey_widget.service.access import Access
    from journey_widget.service.lookup import JourneyService
    from journey_widget.ui.shell.main_window import MainWindow

    answer = asyncio.Event()

    async def user_context():
        await answer.wait()
        return UserContext.for_role("anna@tenant", Role.AGENT, origin="back end")

    fake_source.user_context = user_context
    service = JourneyService(
        fake_source, access=Access(UserContext.for_role("anna", Role.AGENT, origin="default"))
    )
    window = MainWindow(service)
    qtbot.addWidget(window)
    flow = SettingsFlow(
        qapp,
        window,
        settings_file,
        SecretStore(environ={}),
        region=lambda: "DE",
        service=lambda: service,
        on_applied=lambda settings: None,
    )
    dialog = flow.open()  # the window's child: closed with it; the flow deletes it after OK
    assert dialog.field("source").isEnabled()  # the automatic default locks nobody out
    dialog.field("base_url").setText("https://elsewhere.example.com/api")

    answer.set()
    qtbot.waitUntil(lambda: not dialog.field("source").isEnabled())
    assert dialog.field("lock_note").text() == REASON
    with qtbot.waitSignal(dialog.applied) as applied:
        dialog.accept()
    assert applied.args[0].source == MANAGED.source
    assert _on_disk(settings_file)["source"]["base_url"] == "https://dc.example.com/api"


def test_ok_asks_again_when_the_answer_came_after_the_last_look(qtbot, locked, settings_file):
    allowed = [True]
    dialog = SettingsDialog(
        settings_file.current(),
        settings_file,
        SecretStore(environ={}),
        may_configure=lambda: allowed[0],
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field("base_url").setText("https://elsewhere.example.com/api")
    allowed[0] = False  # the back end answered; nobody told the dialog yet
    with qtbot.assertNotEmitted(dialog.applied):
        dialog.accept()  # first OK: the dialog locks and shows why
    assert dialog.field("lock_note").isVisible() and not dialog.field("source").isEnabled()
    with qtbot.waitSignal(dialog.applied) as applied:
        dialog.accept()
    assert applied.args[0].source == MANAGED.source
