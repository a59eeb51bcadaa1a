"""Issue 9's parts in the real window: the window menu, the tray fed by calls, the place kept."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from fixtures.stores import demo_records, write_store
from journey_widget.app.session import GuiOptions, Session
from journey_widget.settings import (
    AccessSettings,
    Settings,
    SettingsFile,
    flush_saves,
    settings_path,
)

WAIT_MS = 10_000


def build_store(path: Path) -> Path:
    return write_store(path, demo_records(3, 3))


@pytest.fixture
def session_for(qtbot, qloop, qapp):
    sessions: list[Session] = []

    def build(options: GuiOptions, settings: Settings | None = None) -> Session:
        session = Session(qapp, options, settings=settings)
        sessions.append(session)
        qtbot.addWidget(session.window)
        return session

    yield build
    for session in sessions:
        closing = asyncio.ensure_future(session.aclose())
        qtbot.waitUntil(closing.done, timeout=WAIT_MS)


def menu_texts(session: Session) -> list[str]:
    return [a.text() for a in session.window.menu.actions() if not a.isSeparator()]


def test_the_window_menu_has_the_window_section(session_for):
    texts = menu_texts(session_for(GuiOptions()))
    section = [
        "Always on &top",
        "S&nap to the left edge",
        "Snap to the ri&ght edge",
        "St&art at login",
    ]
    start = texts.index(section[0])
    assert texts[start : start + 4] == section
    assert texts.index("&Quit") > start + 3  # the quit section stays last


def test_calls_reach_the_tray_of_the_session(session_for):
    session = session_for(GuiOptions())
    session.hub.deliver_fields({"number": "+49 30 123456", "name": "Dorain Gray"}, source="url")
    assert [e.name for e in session.desktop.tray.calls] == ["Dorain Gray"]
    assert session.desktop.tray.call_actions()[0].text().endswith("Dorain Gray · +49 30 123456")


def test_the_tray_masks_callers_when_the_service_hides_identifiers(qtbot, session_for, tmp_path):
    store = build_store(tmp_path / "journey.sqlite")
    private = Settings(
        access=AccessSettings(permissions=("view_journey",), obfuscate_identifiers=True)
    )
    session = session_for(GuiOptions(store=store), private)
    session.start()
    qtbot.waitUntil(lambda: session.window.service is not None, timeout=WAIT_MS)
    session.hub.deliver_fields({"number": "+41 23 456 45 67", "name": "Raymond Gray"}, source="url")
    entry = session.desktop.tray.call_actions()[0].text()
    assert "Raymond" not in entry and "•" in entry and entry.endswith("45 67")


def test_the_place_is_remembered_from_one_session_to_the_next(qtbot, session_for):
    first = session_for(GuiOptions())
    first.desktop.start()
    first.window.show()
    first.window.setGeometry(60, 40, 420, 640)
    first.desktop.placement.always_on_top.trigger()
    first.window.close()
    assert flush_saves()  # written on the settings writer thread
    saved = json.loads(settings_path().read_text())["window"]
    assert (saved["width"], saved["height"], saved["always_on_top"]) == (420, 640, True)

    second = session_for(GuiOptions(), SettingsFile().load())
    second.desktop.start()
    second.window.show()
    assert (second.window.width(), second.window.height()) == (420, 640)
    assert second.desktop.placement.always_on_top.isChecked()


def test_a_size_on_the_command_line_wins_over_the_remembered_one(qtbot, session_for):
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"window": {"width": 900, "height": 700}}))
    session = session_for(GuiOptions(size=(380, 720)), SettingsFile().load())
    session.window.resize(380, 720)
    session.desktop.start(keep_size=True)
    session.window.show()
    assert (session.window.width(), session.window.height()) == (380, 720)


def test_the_window_sections_access_keys_are_its_own(session_for):
    """Alt+letter in the open menu must reach one entry: ours clash with no other."""
    session = session_for(GuiOptions())

    def key(text: str) -> str | None:
        index = text.replace("&&", "").find("&")
        return text.replace("&&", "")[index + 1].lower() if index >= 0 else None

    ours = {key(a.text()) for a in session.desktop.placement.actions()}
    others = [
        key(a.text())
        for a in session.window.menu.actions()
        if a not in session.desktop.placement.actions() and not a.isSeparator()
    ]
    assert len(ours) == 4 and None not in ours
    assert not ours & set(others)
