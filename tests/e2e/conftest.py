"""The end-to-end suite's parts: a qasync loop over pytest-qt's QApplication, a demo store made
by the real generator, a keyring backend in memory, and a builder for the real Session.

Everything here is the product's own code; only the keyring backend stands in for the desktop's
(the real keyring API is used through it).
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import qasync
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, QEvent, QLocale

from journey_widget import i18n
from journey_widget.app.session import GuiOptions, Session
from journey_widget.model import IdentifierKind, Journey
from journey_widget.secrets import SecretStore
from journey_widget.settings import Settings, SettingsFile
from journey_widget.sources.demo import generator as demo_data
from journey_widget.sources.local.store import open_store
from journey_widget.ui.shell.main_window import ViewState

WAIT_MS = 20_000


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp):
    """As in the app (gui_process.run_gui): cycles holding Qt objects die on this thread only."""
    from journey_widget.ui.common.gui_thread_gc import GuiThreadCollector

    return GuiThreadCollector(qapp)


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp):
    """The journeys start in English, as the app shows it (SPEC G1)."""
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def qloop(qapp) -> Iterator[qasync.QEventLoop]:
    """A qasync loop that counts as running while the test spins Qt's event loop."""
    loop = qasync.QEventLoop(qapp)
    asyncio.events._set_running_loop(loop)
    try:
        yield loop
    finally:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        deadline = loop.time() + 5
        while any(not task.done() for task in pending) and loop.time() < deadline:
            qapp.processEvents()
        asyncio.events._set_running_loop(None)
        loop.close()


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
    path = tmp_path_factory.mktemp("demo") / "journey.sqlite"
    with open_store(path, create=True) as opened:
        opened.import_records(demo_data.generate(30, 5, datetime.now(UTC)))
    return path


@pytest.fixture
def demo_store(demo_store_template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo store (tests change it)."""
    target = tmp_path / "store" / "journey.sqlite"
    target.parent.mkdir()
    target.write_bytes(demo_store_template.read_bytes())
    return target


def stored_journey(store: Path, customer_id: str) -> Journey:
    with open_store(store, create=False) as opened:
        journey = opened.journey(customer_id)
    assert journey is not None
    return journey


def phone_of(store: Path, customer_id: str) -> str:
    customer = stored_journey(store, customer_id).customer
    return customer.identifiers_of(IdentifierKind.PHONE)[0].value


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
