"""The ``--screenshot PNG`` run: wait for the first answer, grab the window, save, exit.

The first journey shown (or no history, suggestions, no match, an error, the window closed,
the timeout) settles the run with its exit status and, where something went wrong, one
sentence for stderr. With ``--view report`` the report window is grabbed once it has
settled. ``Session`` (app/session.py) starts the connection; this waits for what it shows.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journey_widget.exit_codes import EXIT_ERROR, EXIT_NOT_FOUND, EXIT_OK
from journey_widget.paths import APP_NAME
from journey_widget.ui.common.formatting import arg
from journey_widget.ui.shell.main_window import MainWindow, ViewState

SCREENSHOT_TIMEOUT_SECONDS = 30.0
# After the journey is shown, let layouts and column widths settle before grabbing.
SCREENSHOT_SETTLE_SECONDS = 0.15


async def run_for_screenshot(
    window: MainWindow,
    target: Path,
    *,
    start: Callable[[], asyncio.Task[None]],
    closed: asyncio.Event,
    shown_window: Callable[[], Awaitable[QWidget | None]] | None = None,
) -> int:
    """Wait for the first answer (or an error, or the timeout), grab the window, save it.

    ``start`` connects and returns the connecting task; ``shown_window`` (for the report)
    names another window to grab once it has settled.
    """
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
    closed_waiter = asyncio.ensure_future(closed.wait())
    closed_waiter.add_done_callback(
        lambda _task: settle(
            EXIT_ERROR,
            QCoreApplication.translate("app", "The window was closed before it was ready."),
        )
    )
    connecting = start()
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
        closed_waiter.cancel()
    shown: QWidget = window
    if shown_window is not None:
        shown = await shown_window() or window
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
