"""The "configure" permission (SPEC E1) in the settings dialog: an explicit role without it
keeps the data source as set; the automatic default never locks a user out."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from journey_widget.app.session import GuiOptions, Session
from journey_widget.settings import AccessSettings, Settings, SettingsFile
from journey_widget.ui.shell.main_window import ViewState


@pytest.fixture
def session_with(qtbot, qloop, qapp, tmp_path: Path, make_demo_store):
    store = make_demo_store(3, 1)
    sessions: list[Session] = []

    def build(access: AccessSettings) -> Session:
        settings = Settings(access=access)
        file = SettingsFile(tmp_path / "settings.json")
        file.save(settings)
        session = Session(qapp, GuiOptions(store=store), settings_file=file, settings=settings)
        sessions.append(session)
        qtbot.addWidget(session.window)
        session.window.show()
        session.start()
        qtbot.waitUntil(
            lambda: session.window.service is not None or session.window.state is ViewState.ERROR
        )
        return session

    yield build
    for session in sessions:
        closing = asyncio.ensure_future(session.aclose())
        qtbot.waitUntil(closing.done)


@pytest.mark.parametrize(
    ("access", "may"),
    [
        (AccessSettings(), True),  # automatic: the store's owner
        (AccessSettings(role="administrator"), True),
        (AccessSettings(role="agent"), False),
        (AccessSettings(permissions=("view_journey", "export")), False),
    ],
)
def test_the_data_source_is_locked_without_configure(qtbot, session_with, access, may):
    session = session_with(access)
    dialog = session.open_settings()
    assert dialog.field("source").isEnabled() is may
    assert dialog.field("connection").isEnabled() is may
    assert dialog.field("language").isEnabled()  # the user's own, whatever the role
    if not may:
        reason = "Your role does not allow changing the data source."
        assert dialog.field("source").accessibleDescription() == reason
    dialog.reject()
