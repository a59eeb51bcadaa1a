"""The end-to-end suite's parts: the GUI process and qasync loop of tests/fixtures/, a demo
store made by the real generator, a keyring backend in memory, a builder for the real Session.

Everything here is the product's own code; only the keyring backend stands in for the desktop's
(the real keyring API is used through it).
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, QEvent

from fixtures.stores import demo_records, write_store
from journey_widget.app.session import GuiOptions, Session
from journey_widget.secrets import SecretStore
from journey_widget.settings import Settings, SettingsFile
from journey_widget.ui.shell.main_window import ViewState

WAIT_MS = 20_000


@pytest.fixture(scope="session", autouse=True)
def _gui_process(gui_thread_collector, english_catalogue):
    """As in the app: collector on the GUI thread; the journeys start in English (SPEC G1).

    Both, and ``qloop``, come from tests/fixtures/qt_app.py."""


class MemoryKeyring(KeyringBackend):
    """The keyring API's own backend interface, kept in memory for the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(scope="module")
def demo_store_template(tmp_path_factory) -> Path:
    """A store from the real demo generator (made once per module, copied per test)."""
    return write_store(tmp_path_factory.mktemp("demo") / "journey.sqlite", demo_records(30, 5))


@pytest.fixture
def demo_store(demo_store_template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo store (tests change it)."""
    target = tmp_path / "store" / "journey.sqlite"
    target.parent.mkdir()
    target.write_bytes(demo_store_template.read_bytes())
    return target


SessionFactory = Callable[..., Session]


@pytest.fixture
def session_for(qtbot, qloop, qapp, tmp_path: Path) -> Iterator[SessionFactory]:
    """Build, show and start the real Session; it is closed (awaited) after the test."""
    sessions: list[Session] = []

    def build(
        options: GuiOptions | None = None,
        *,
        settings: Settings | None = None,
        secrets: SecretStore | None = None,
        settings_file: SettingsFile | None = None,
        wait: bool = True,
    ) -> Session:
        settings = settings or Settings()
        if settings_file is None:
            settings_file = SettingsFile(tmp_path / "settings.json")
            settings_file.save(settings)
        session = Session(
            qapp,
            options or GuiOptions(),
            settings_file=settings_file,
            settings=settings,
            secrets=secrets or SecretStore(MemoryKeyring(), environ={}),
        )
        sessions.append(session)
        qtbot.addWidget(session.window)
        session.window.show()
        session.start()
        if wait:
            window = session.window
            qtbot.waitUntil(
                lambda: window.service is not None or window.state is ViewState.ERROR,
                timeout=WAIT_MS,
            )
        return session

    yield build
    for session in sessions:
        closing = asyncio.ensure_future(session.aclose())
        qtbot.waitUntil(closing.done, timeout=WAIT_MS)
    # A process has one Session; a test run has many. Their Qt objects (hub, timers, windows)
    # are collected here, on the GUI thread, and deleted before the next test: not later by a
    # collection a worker thread's allocation triggers ("Timers cannot be stopped from another
    # thread", then a crash in QTimerInfoList::activateTimers).
    sessions.clear()
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
