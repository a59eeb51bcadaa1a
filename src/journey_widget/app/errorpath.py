"""One error path (DESIGN "Async and threads", STYLE): Qt messages, uncaught exceptions in
slots and threads, and failed background tasks all end up in logging, never as a traceback
in front of the user. ``configure_logging`` sets up the log file and the console.
"""

from __future__ import annotations

import asyncio
import logging
import logging.handlers
import sys
import threading
from types import TracebackType

import platformdirs
from PySide6.QtCore import QMessageLogContext, QtMsgType

from journey_widget.paths import APP_NAME

log = logging.getLogger("journey_widget.app.session")
qt_log = logging.getLogger("journey_widget.qt")

# Qt platform plugins without a window manager (offscreen, minimal) report what they cannot do.
_PLATFORM_LIMITS = "This plugin does not support"
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def configure_logging(*, quiet: bool) -> None:
    """Log to a file in the platform's log folder, and warnings to stderr.

    Only when nobody configured logging before (the CLI or a test may have). With
    ``--screenshot`` stderr carries just the one sentence a script reads, so the console
    handler shows only errors there.
    """
    root = logging.getLogger()
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.CRITICAL if quiet else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(console)
    try:
        folder = platformdirs.user_log_path(APP_NAME, appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            folder / f"{APP_NAME}.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as error:
        root.warning("Logging to the console only: %s", error)
        return
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)


def qt_message_handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS.get(mode, logging.WARNING)
    if level == logging.WARNING and message.startswith(_PLATFORM_LIMITS):
        level = logging.DEBUG  # e.g. the offscreen platform cannot raise windows: not our fault
    category = context.category or "qt"
    qt_log.log(level, "%s: %s", category, message)


def log_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Errors escaping a slot end up here: log them, never show the user a traceback."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.critical("Uncaught exception", exc_info=(kind, error, trace))


def log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    log.critical(
        "Uncaught exception in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )


def log_loop_exception(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    error = context.get("exception")
    log.error(
        "Background task failed: %s",
        context.get("message", "unknown error"),
        exc_info=error if isinstance(error, BaseException) else None,
    )
