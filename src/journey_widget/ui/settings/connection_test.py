"""One "Test connection" at a time, on the qasync loop (the settings dialog's button).

The composition root gives a ``tester``: a coroutine function that builds the source from the
typed, unsaved settings and runs its ``check()`` (the UI never builds a source itself). A new
test or ``cancel()`` (the dialog closing) cancels the one running (a ``TaskSlot``); the answer
arrives as ``finished(ok, sentence)`` in the user's language, never as a traceback.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, Signal

from journey_widget.service.lookup import FailureReason, SourceError
from journey_widget.settings import SourceSettings
from journey_widget.ui.common.source_errors import failure_text
from journey_widget.ui.lifetime.task_slot import TaskSlot

log = logging.getLogger(__name__)

Tester = Callable[[SourceSettings, str | None], Awaitable[None]]


class ConnectionTest(QObject):
    """Runs ``tester`` for the settings given; says how it went."""

    finished = Signal(bool, str)  # success, the sentence to show

    def __init__(self, tester: Tester | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tester = tester
        self._tests = TaskSlot(self, self.on_passed, self.on_failed, name="Connection test")

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._tests.task

    def busy_text(self) -> str:
        return self.tr("Testing the connection…")

    def start(self, settings: SourceSettings, secret: str | None) -> bool:
        """Test these settings (``secret``: typed, else the stored one); False: no tester."""
        self.cancel()
        if self._tester is None:
            return False
        self._tests.run(self._tester(settings, secret))
        return True

    def cancel(self) -> None:
        self._tests.cancel()

    def on_passed(self, _result: object) -> None:
        self.finished.emit(True, self.tr("Connected: the back end answered."))

    def on_failed(self, error: Exception) -> None:
        if isinstance(error, SourceError):
            log.info("Connection test failed: %s", error)
            text = failure_text(error.reason)
        else:
            log.error("Connection test failed", exc_info=error)
            text = failure_text(FailureReason.OTHER)
        self.finished.emit(False, f"{text.title} {text.sentence}")
