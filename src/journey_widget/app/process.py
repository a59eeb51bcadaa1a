"""The process around the window: ``run_gui`` and the options the command line gives it.

``run_gui`` owns the process-wide pieces (QApplication, translators, the theme, the Qt message
handler, ``sys.excepthook``, the qasync loop) and keeps to one widget per user: if another
widget already answers on the local socket, a second launch hands its call (``--pop``) or a
"show" over to it and exits. The window's own life is ``app.Session``; both are importable
from ``journey_widget.app.session``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import qasync
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from journey_widget.app import display as screen
from journey_widget.app.errorpath import (
    configure_logging,
    log_loop_exception,
    log_uncaught,
    log_uncaught_in_thread,
    qt_message_handler,
)
from journey_widget.calls import sink
from journey_widget.calls.hub import CallHub
from journey_widget.calls.listeners import hand_over
from journey_widget.exit_codes import EXIT_ERROR, EXIT_OK
from journey_widget.i18n import install_translators
from journey_widget.paths import APP_NAME
from journey_widget.settings import SettingsFile
from journey_widget.ui.common.icons import app_icon
from journey_widget.ui.common.palettes import apply_theme, resolve_theme
from journey_widget.ui.lifetime.gui_thread_gc import GuiThreadCollector

log = logging.getLogger("journey_widget.app.session")

EXIT_INTERRUPTED = 130


@dataclass
class GuiOptions:
    """What the command line asks of the window (see cli/main.py)."""

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
    if QApplication.instance() is None:
        # Before Qt: without a screen its xcb platform aborts the process (app/display.py).
        display = screen.check_display(os.environ, screenshot=options.screenshot is not None)
        if display.problem:
            print(f"{APP_NAME}: {display.problem}", file=sys.stderr)
            return EXIT_ERROR
        if display.platform:
            os.environ["QT_QPA_PLATFORM"] = display.platform
    configure_logging(quiet=options.screenshot is not None)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    screen.release()  # the probe's X connection, now that Qt has its own
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    icon = app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    # The session decides when to end (it closes the source first), not the last window.
    app.setQuitOnLastWindowClosed(False)
    # Cycles are collected on this thread only, never a worker's (Qt objects die here).
    GuiThreadCollector(app)

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
    sys.excepthook = log_uncaught
    threading.excepthook = log_uncaught_in_thread
    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            runner.get_loop().set_exception_handler(log_loop_exception)
            from journey_widget.app.session import (
                Session,  # the window's life; app/session.py imports this module
            )

            session = Session(app, options, hub=hub, settings_file=settings_file, settings=settings)
            return runner.run(session.run())
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    finally:
        hub.stop_local_server()
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
        qInstallMessageHandler(previous_handler)
