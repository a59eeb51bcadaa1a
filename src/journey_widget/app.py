"""Composition root: the Qt application, one error path, the store, the service, the window.

``run_gui`` owns the process-wide pieces (QApplication, translators, the Qt message handler,
``sys.excepthook``, the qasync loop) and keeps to one widget per user: if another widget
already answers on the local socket, a second launch hands its call (``--pop``) or a "show"
over to it and exits. ``Session`` owns one window's life: connecting the store (building the
demo store first with ``--demo``), opening the first customer or the call it was started
for, the call listeners and the pop controller, the ``--screenshot`` run, and closing the
listeners and the source when the window closes. Nothing here blocks the GUI thread: the
demo store is built in a worker thread while the window says so.
"""

from __future__ import annotations

import asyncio
import json
import logging
import logging.handlers
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import qasync
from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from .access import access_for, purge_offline_cache
from .calls import sink
from .calls.events import InvalidCallEvent
from .calls.hub import CallHub
from .calls.listeners import CallListeners, hand_over
from .cli import EXIT_ERROR, EXIT_NOT_FOUND, EXIT_OK
from .errorpath import (
    configure_logging,
    log_loop_exception,
    log_uncaught_in_thread,
    qt_message_handler,
)
from .errorpath import log_uncaught as _log_uncaught
from .i18n import install_translators, switch_language
from .model import DataSource
from .model.permissions import Permission
from .paths import APP_NAME, default_store_path
from .secrets import SecretStore
from .service import JourneyService
from .settings import Settings, SettingsFile, SourceSettings
from .sources.base import JourneySource, SourceError
from .sources.factory import MissingSecret, build_remote, build_source, clear_cache
from .ui.call_pop import CallPopController
from .ui.desktop import DesktopIntegration, install_desktop
from .ui.formatting import arg
from .ui.icons import app_icon
from .ui.main_window import MainWindow, MenuGroup, ViewState
from .ui.operations.menu import OperationsMenu
from .ui.palettes import apply_theme, resolve_theme
from .ui.report.launcher import ReportLauncher
from .ui.settings_dialog import SettingsAction, SettingsDialog
from .ui.source_errors import failure_text, missing_secret_text

log = logging.getLogger(__name__)

# The first customer of the generated demo data: ``--demo`` never opens on a blank window.
DEMO_FIRST_CUSTOMER = "C000001"
SCREENSHOT_TIMEOUT_SECONDS = 30.0
# After the journey is shown, let layouts and column widths settle before grabbing.
SCREENSHOT_SETTLE_SECONDS = 0.15
EXIT_INTERRUPTED = 130


@dataclass
class GuiOptions:
    """What the command line asks of the window (see cli.py)."""

    store: Path | None = None
    demo: bool = False
    number: str | None = None
    screenshot: Path | None = None
    lang: str | None = None
    view: str | None = None
    region: str = "DE"
    pop: str | None = None  # a call as JSON (``call`` starts the widget with it)
    http_port: int | None = None  # switch the HTTP endpoint on here (0: any free port)
    baresip: str | None = None  # "HOST:PORT" of baresip's ctrl_tcp: switch the client on
    size: tuple[int, int] | None = None  # window width and height at opening
    theme: str | None = None  # "system", "light" or "dark": overrides the setting


def run_gui(options: GuiOptions) -> int:
    """Open the window and run until it closes (or, with ``--screenshot``, until it is saved)."""
    configure_logging(quiet=options.screenshot is not None)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    # The session decides when to end (it closes the source first), not the last window.
    app.setQuitOnLastWindowClosed(False)

    hub = CallHub(region=options.region)
    if options.screenshot is None and not hub.start_local_server():
        if not hub.listener_states[sink.LOCAL_SOCKET].startswith("failed"):
            handed, message = hand_over(options.pop)  # another widget runs: it takes over
            if not handed:
                print(f"{APP_NAME}: {message}", file=sys.stderr)
            return EXIT_OK if handed else EXIT_ERROR
        log.warning("No local socket: %s", hub.listener_states[sink.LOCAL_SOCKET])
    settings_file = SettingsFile()
    settings = settings_file.load()
    # --lang, else the language setting, else the system's (SPEC G1).
    language = install_translators(app, options.lang or settings.display.language or None)
    log.info("Starting with language %s", language)
    theme = apply_theme(app, resolve_theme(options.theme, settings.display.theme))
    log.info("Appearance: %s", theme.value)

    previous_handler = qInstallMessageHandler(qt_message_handler)
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    sys.excepthook = _log_uncaught
    threading.excepthook = log_uncaught_in_thread
    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            runner.get_loop().set_exception_handler(log_loop_exception)
            session = Session(
                app, options, hub=hub, settings_file=settings_file, settings=settings
            )
            return runner.run(session.run())
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        hub.stop_local_server()
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
        qInstallMessageHandler(previous_handler)


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
        self._settings_action = SettingsAction(self._window)
        self._settings_action.triggered.connect(self.open_settings)
        self._window.add_menu_action(self._settings_action, MenuGroup.SETTINGS)
        self._settings_dialog: SettingsDialog | None = None
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
        self._closed = asyncio.Event()
        self._closed_waiter: asyncio.Task[bool] | None = None

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
            window.close()
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

    async def _open_source(self) -> JourneySource | None:
        """The configured source (the local store with --demo or --store); None when the
        reason is already shown."""
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
            build_source, settings, self._secrets, store_path=path, region=self.region
        )

    async def _connect(self) -> None:
        window = self._window
        try:
            source = await self._open_source()
            if source is None:
                return
        except MissingSecret:
            text = missing_secret_text(self._secrets.available())
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
        self._service = JourneyService(
            source,
            region=self.region,
            access=access_for(self._settings),  # role, divisions, privacy, audit log
            purge_cache=purge_offline_cache,
        )
        window.set_service(self._service)
        query = self._options.number or (DEMO_FIRST_CUSTOMER if self._options.demo else None)
        if self._options.view == "report" and query:
            report = self._report.open_on(query)  # the supervisor's report, straight away
            if self._options.size is not None:
                report.resize(*self._options.size)
        if self._calls.on_service_ready():
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
            from .sources.demo_store import ensure_demo_store

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
            self._hub.deliver_fields(json.loads(self._options.pop), source="command")
        except (json.JSONDecodeError, InvalidCallEvent) as error:
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
        if self._settings_dialog is not None:
            self._settings_dialog.raise_()
            self._settings_dialog.activateWindow()
            return self._settings_dialog
        dialog = SettingsDialog(
            self._settings_file.current(),
            self._settings_file,
            self._secrets,
            tester=self.test_connection,
            # SPEC E1 "configure": where the data comes from stays as IT set it (read-only
            # in the dialog, refused by SettingsFile.save_edit); language, theme and region
            # remain the user's own (docs/security.md).
            may_configure=self._may_configure(),
            parent=self._window,
        )
        dialog.applied.connect(self.on_settings_applied)
        dialog.finished.connect(self.on_settings_closed)
        self._settings_dialog = dialog
        dialog.open()
        return dialog

    def _may_configure(self) -> bool:
        """An explicit role (settings or back end) without "configure" keeps the source as
        set; the automatic default never locks users out of their own install."""
        service = self._service
        if service is None or service.access.user.origin == "default":
            return True
        return service.access.user.can(Permission.CONFIGURE)

    def on_settings_closed(self) -> None:
        dialog, self._settings_dialog = self._settings_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    async def test_connection(self, settings: SourceSettings, secret: str | None) -> None:
        """``check()`` the back end these (unsaved) settings describe; raises SourceError."""
        source = await asyncio.to_thread(
            build_remote, settings, self._secrets, region=self.region, secret=secret
        )
        try:
            await source.check()  # type: ignore[attr-defined]
        finally:
            await source.aclose()

    def on_settings_applied(self, settings: Settings) -> None:
        """Saved by the dialog: language, theme, the calls' rules and the source, live."""
        old, self._settings = self._settings, settings
        self._calls.set_settings(settings)
        if settings.display.language != old.display.language:
            switch_language(self._app, settings.display.language or None)
        if settings.display.theme != old.display.theme:
            apply_theme(self._app, settings.display.theme)
        if settings.source != old.source or settings.display.region != old.display.region:
            back_end = (old.source.kind, old.source.base_url)
            if back_end != (settings.source.kind, settings.source.base_url):
                clear_cache()  # another back end's journeys must not stand in for this one's
            self.reconnect()

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
        """Wait for the first answer (or an error, or the timeout), grab the window, save it."""
        window = self._window
        outcome: asyncio.Future[tuple[int, str]] = asyncio.get_running_loop().create_future()

        def settle(code: int, message: str = "") -> None:
            if not outcome.done():
                outcome.set_result((code, message))

        window.journey_shown.connect(lambda _journey: settle(EXIT_OK))
        window.no_history_shown.connect(
            lambda shown: settle(
                EXIT_NOT_FOUND, arg(QCoreApplication.translate("app", "No history for %1."), shown)
            )
        )
        window.suggestions_shown.connect(
            lambda matches: settle(
                EXIT_NOT_FOUND,
                arg(
                    QCoreApplication.translate(
                        "app", "%1 customers match; pass a number, address or id."
                    ),
                    str(len(matches)),
                ),
            )
        )
        window.no_match_shown.connect(lambda message: settle(EXIT_NOT_FOUND, message))
        window.error_shown.connect(lambda message: settle(EXIT_ERROR, message))
        self._closed_waiter = asyncio.ensure_future(self._closed.wait())
        self._closed_waiter.add_done_callback(
            lambda _task: settle(
                EXIT_ERROR,
                QCoreApplication.translate("app", "The window was closed before it was ready."),
            )
        )
        self.start()
        assert self._connecting is not None
        connecting = self._connecting
        connecting.add_done_callback(
            lambda _task: settle(EXIT_OK) if window.state is ViewState.IDLE else None
        )
        try:
            code, message = await asyncio.wait_for(outcome, SCREENSHOT_TIMEOUT_SECONDS)
        except TimeoutError:
            code = EXIT_ERROR
            message = arg(
                QCoreApplication.translate("app", "The journey did not load within %1 seconds."),
                str(round(SCREENSHOT_TIMEOUT_SECONDS)),
            )
            window.show_error(message)
        finally:
            self._closed_waiter.cancel()
            self._closed_waiter = None
        shown = window
        if self._options.view == "report":
            shown = await self._report.settled(SCREENSHOT_TIMEOUT_SECONDS) or window
        await asyncio.sleep(SCREENSHOT_SETTLE_SECONDS)
        if not shown.grab().save(str(target), "PNG"):
            code = EXIT_ERROR
            message = arg(
                QCoreApplication.translate("app", "Could not write the screenshot to %1."),
                str(target),
            )
        if message:
            print(f"{APP_NAME}: {message}", file=sys.stderr)
        return code


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


def _os_reason(error: OSError) -> str:
    return error.strerror or str(error)
