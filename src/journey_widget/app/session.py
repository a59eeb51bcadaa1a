"""Composition root: one window's session, with the store, the service and the calls.

``Session`` owns one window's life: connecting the store (building the demo store first with
``--demo``), opening the first customer or the call it was started for, the call listeners
and the pop controller, and closing the listeners and the source when the window closes.
Nothing here blocks the GUI thread: the demo store is built in a worker thread while the
window says so. The rest has a module each, and ``run_gui``, ``GuiOptions`` and ``Session``
stay importable from here:

- app/process.py: ``run_gui`` and ``GuiOptions``, the process around the window (QApplication,
  translators, theme, error hooks, the qasync loop, one widget per user);
- app/settings_flow.py: the Settings… action, its dialog and applying what it saved, live;
- app/screenshot.py: the ``--screenshot`` run.
"""

from __future__ import annotations

import asyncio
import logging
import logging.handlers
import signal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from journey_widget.app.errorpath import log_uncaught as _log_uncaught  # noqa: F401  (tests call it here)
from journey_widget.app.process import EXIT_INTERRUPTED, GuiOptions, run_gui
from journey_widget.app.screenshot import (
    SCREENSHOT_SETTLE_SECONDS,
    SCREENSHOT_TIMEOUT_SECONDS,
    run_for_screenshot,
)
from journey_widget.app.settings_flow import SettingsFlow
from journey_widget.app.wiring import MissingSecret, build_service
from journey_widget.calls.events import InvalidCallEvent, load_message
from journey_widget.calls.hub import CallHub
from journey_widget.calls.listeners import CallListeners
from journey_widget.exit_codes import EXIT_OK
from journey_widget.model import DataSource
from journey_widget.paths import default_store_path
from journey_widget.secrets import SecretStore
from journey_widget.service.access import access_for
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import Settings, SettingsFile, SourceSettings, flush_saves
from journey_widget.sources.base import SourceError
from journey_widget.ui.calls.pop import CallPopController
from journey_widget.ui.common.formatting import arg
from journey_widget.ui.common.source_errors import failure_text, missing_secret_text
from journey_widget.ui.operations.menu import OperationsMenu
from journey_widget.ui.report.launcher import ReportLauncher
from journey_widget.ui.shell.desktop import DesktopIntegration, install_desktop
from journey_widget.ui.shell.main_window import MainWindow

if TYPE_CHECKING:  # opened from the menu: imported then, not at start-up (issue 14.9)
    from journey_widget.ui.settings.dialog import SettingsDialog

log = logging.getLogger(__name__)

# The first customer of the generated demo data: ``--demo`` never opens on a blank window.
DEMO_FIRST_CUSTOMER = "C000001"
__all__ = [
    "DEMO_FIRST_CUSTOMER",
    "EXIT_INTERRUPTED",
    "SCREENSHOT_SETTLE_SECONDS",
    "SCREENSHOT_TIMEOUT_SECONDS",
    "GuiOptions",
    "Session",
    "run_gui",
]


class Session:
    """One window from opening to closing, with the source it reads from and the calls it pops."""

    def __init__(
        self,
        app: QApplication,
        options: GuiOptions,
        *,
        hub: CallHub | None = None,
        settings_file: SettingsFile | None = None,
        settings: Settings | None = None,
        secrets: SecretStore | None = None,
    ) -> None:
        self._app = app
        self._options = options
        # One SettingsFile for the whole window, so no part overwrites another's changes.
        self._settings_file = settings_file or SettingsFile()
        self._window = MainWindow(view=options.view, settings=self._settings_file)
        # The supervisor's conversation report in the window menu (SPEC C1-C10).
        self._report = ReportLauncher(self._window, self._settings_file)
        # Customer operations, export and anonymise in the window menu (SPEC D1-D6).
        self._operations = OperationsMenu(self._window)
        self._settings = settings or Settings()
        self._secrets = secrets or SecretStore()
        # The Settings… action, its dialog and applying what it saved (app/settings_flow.py).
        self._settings_flow = SettingsFlow(
            app,
            self._window,
            self._settings_file,
            self._secrets,
            region=lambda: self.region,
            service=lambda: getattr(self, "_service", None),
            on_applied=self.on_settings_applied,
            on_signed_out=self.reconnect,
        )
        self._settings_flow.action.triggered.connect(self.open_settings)
        self._hub = hub or CallHub(region=options.region)
        # Window place and behaviour, the tray with the last calls, macOS links (issue 9).
        self._desktop = install_desktop(
            app,
            self._window,
            self._hub,
            self._settings_file,
            region=options.region,
            hides_identifiers=self._hides_identifiers,
        )
        self._calls = CallPopController(
            self._window, self._hub, self._settings, notifier=self._desktop.tray
        )
        self._hub.set_status_provider(self._calls.status)
        self._listeners = CallListeners(
            self._hub,
            self._settings.calls,
            http_port=options.http_port,
            baresip=options.baresip,
            region=options.region,
        )
        self._pop_error: tuple[str, str] | None = None
        self._service: JourneyService | None = None
        self._connecting: asyncio.Task[None] | None = None
        self._keyring: asyncio.Future[None] | None = None  # finding the keyring's back end
        self._closed = asyncio.Event()

    async def run(self) -> int:
        window = self._window
        window.closed.connect(self._closed.set)
        self._app.aboutToQuit.connect(self._closed.set)
        stop_signals = _close_on_signals(window)
        if self._options.size is not None:
            window.resize(*self._options.size)
        if self._options.screenshot is None:
            self._desktop.start(keep_size=self._options.size is not None)
        window.show()
        # A back end's secret is in the keyring: its back end is found once, on a worker, now.
        # The local store needs none, so keyring is not even imported (start-up, issue 14.9);
        # the settings dialog then finds it on a worker when it first asks.
        local = self._options.demo or self._options.store is not None
        if not local and self._settings.source.kind is not DataSource.LOCAL:
            self._keyring = asyncio.ensure_future(asyncio.to_thread(self._secrets.prepare))
            self._keyring.add_done_callback(_log_keyring_failure)
        try:
            self._deliver_pop()
            if self._options.screenshot is not None:
                return await self._run_for_screenshot(self._options.screenshot)
            await self._listeners.start()
            self.start()
            await self._closed.wait()
            return EXIT_OK
        finally:
            if self._connecting is not None:
                self._connecting.cancel()
            await self._listeners.stop()
            self._hub.set_status_provider(None)
            await self.aclose()
            window.close()  # its place is saved on closing: on the settings writer thread
            await asyncio.to_thread(flush_saves)  # the process never ends in a half-done save
            loop = asyncio.get_running_loop()
            for number in stop_signals:
                loop.remove_signal_handler(number)

    def start(self) -> None:
        """(Re)connect the store and open the first customer; Retry calls this again."""
        if self._connecting is not None and not self._connecting.done():
            return
        self._connecting = asyncio.ensure_future(self._connect())

    def reconnect(self) -> None:
        """Settings changed: drop a connection under way and connect anew, no restart."""
        if self._connecting is not None and not self._connecting.done():
            self._connecting.cancel()
        self._connecting = None
        self.start()

    @property
    def region(self) -> str:
        """``--region`` when given (anything but its default), else the setting."""
        if self._options.region.upper() != "DE":
            return self._options.region
        return self._settings.display.region or self._options.region

    async def _open_service(self) -> JourneyService | None:
        """The service over the configured source (the local store with --demo or --store),
        built by the one wiring (app/wiring.py); None when the reason is already shown."""
        settings = self._settings.source
        local = self._options.demo or self._options.store is not None
        if local or settings.kind is DataSource.LOCAL:
            path = await self._store_path()
            if path is None:
                return None
            settings = SourceSettings()
        else:
            path = default_store_path()
        return await asyncio.to_thread(
            build_service,
            settings,
            self._secrets,
            access=access_for(self._settings, settings.kind),  # role, divisions, privacy
            store_path=path,
            region=self.region,
        )

    async def _connect(self) -> None:
        window = self._window
        try:
            service = await self._open_service()
            if service is None:
                return
        except MissingSecret:
            text = missing_secret_text(await asyncio.to_thread(self._secrets.available))
            window.show_error(text.title, text.sentence, retry=self.start)
            return
        except SourceError as error:
            log.warning("Could not open the journey source: %s", error)
            text = failure_text(error.reason)
            window.show_error(text.title, text.sentence, retry=self.start)
            return
        except Exception:
            log.exception("Could not open the journey store")
            window.show_error(
                QCoreApplication.translate("app", "Could not open the journey store."),
                QCoreApplication.translate(
                    "app", "Something unexpected went wrong; the log has the details."
                ),
                retry=self.start,
            )
            return
        await self.aclose()
        self._service = service
        window.set_service(self._service)
        query = self._options.number or (DEMO_FIRST_CUSTOMER if self._options.demo else None)
        if self._options.view == "report" and query:
            report = self._report.open_on(query)  # the supervisor's report, straight away
            if self._options.size is not None:
                report.resize(*self._options.size)
        if self._calls.on_service_ready() or self._calls.reshow_live_call():
            return  # a call arrived meanwhile (or started us): it is what the agent needs now
        if self._pop_error is not None:
            window.show_error(*self._pop_error)
        elif query:
            window.lookup(query)
        else:
            window.show_idle()

    async def _store_path(self) -> Path | None:
        """The store to open; None (with the reason shown) when there is none to open."""
        window = self._window
        if self._options.demo:
            from journey_widget.sources.demo.store import ensure_demo_store

            window.show_busy(
                QCoreApplication.translate("app", "Preparing demo data…"),
                QCoreApplication.translate("app", "The first start takes a few seconds."),
            )
            try:
                return await asyncio.to_thread(ensure_demo_store)
            except (SourceError, OSError) as error:
                log.warning("Could not prepare the demo data: %s", error)
                if isinstance(error, SourceError):
                    reason = failure_text(error.reason).sentence
                else:
                    reason = _os_reason(error)
                window.show_error(
                    QCoreApplication.translate("app", "Could not prepare the demo data."),
                    reason,
                    retry=self.start,
                )
                return None
        path = self._options.store or default_store_path()
        if not await asyncio.to_thread(path.is_file):
            window.show_error(
                QCoreApplication.translate("app", "No journey store found."),
                arg(
                    QCoreApplication.translate(
                        "app",
                        "There is no journey store at %1. Load one with "
                        "“journey-widget import FILE”, or start with --demo.",
                    ),
                    str(path),
                ),
                retry=self.start,
            )
            return None
        return path

    def _deliver_pop(self) -> None:
        """The call the widget was started for (``--pop JSON``): a bad one is one sentence."""
        if self._options.pop is None:
            return
        try:
            self._hub.deliver_fields(load_message(self._options.pop), source="command")
        except ValueError as error:  # InvalidCallEvent too
            log.warning("The call the widget was started with is unusable: %s", error)
            detail = (
                str(error)
                if isinstance(error, InvalidCallEvent)
                else QCoreApplication.translate("app", "The call's details are not valid JSON.")
            )
            self._pop_error = (
                QCoreApplication.translate("app", "This call cannot be shown."),
                detail,
            )
            self._window.show_error(*self._pop_error)

    @property
    def window(self) -> MainWindow:
        return self._window

    @property
    def hub(self) -> CallHub:
        return self._hub

    @property
    def calls(self) -> CallPopController:
        return self._calls

    @property
    def desktop(self) -> DesktopIntegration:
        return self._desktop

    def _hides_identifiers(self) -> bool:
        """The privacy rule for what the tray lists: as the service applies it."""
        service = getattr(self, "_service", None)
        return service is not None and service.access.hides_identifiers

    # --- settings ------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        """The settings dialog (one at a time); OK applies without a restart."""
        return self._settings_flow.open()

    def on_settings_applied(self, settings: Settings) -> None:
        """Saved by the dialog: language, theme, the calls' rules and the source, live."""
        old, self._settings = self._settings, settings
        self._settings_flow.apply(old, settings, calls=self._calls, reconnect=self.reconnect)

    @property
    def listeners(self) -> CallListeners:
        return self._listeners

    async def aclose(self) -> None:
        """Close the source (its worker thread and the SQLite connection); safe to repeat."""
        service, self._service = self._service, None
        if service is None:
            return
        self._window.set_service(None)
        try:
            await service.aclose()
        except Exception:
            log.exception("Closing the journey source failed")

    async def _run_for_screenshot(self, target: Path) -> int:
        """The ``--screenshot`` run (app/screenshot.py) on this session's window."""

        def start() -> asyncio.Task[None]:
            self.start()
            assert self._connecting is not None
            return self._connecting

        report = None
        if self._options.view == "report":

            async def report() -> QWidget | None:
                return await self._report.settled(SCREENSHOT_TIMEOUT_SECONDS)

        return await run_for_screenshot(
            self._window, target, start=start, closed=self._closed, shown_window=report
        )


def _close_on_signals(window: MainWindow) -> list[int]:
    """Ctrl+C or a TERM closes the window the normal way, so the source is closed too.

    Qt's event loop runs no Python while idle, so a plain Python signal handler would wait
    for the next event; the loop's handler wakes it through a file descriptor instead.
    Windows has no such handlers: there the console's default behaviour stays.
    """
    loop = asyncio.get_running_loop()
    installed = []
    for number in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(number, window.close)
        except (NotImplementedError, RuntimeError, ValueError):
            continue
        installed.append(number)
    return installed


def _log_keyring_failure(finding: asyncio.Future[None]) -> None:
    if not finding.cancelled() and finding.exception() is not None:
        log.warning("Could not find the keyring: %s", finding.exception())


def _os_reason(error: OSError) -> str:
    return error.strerror or str(error)
