"""One stream of asyncio tasks that a widget starts: only the newest counts, none outlives it.

Each stream of requests (a lookup, suggestions, a report load, a connection test) keeps its
latest task in a ``TaskSlot``. Starting a new task cancels the older one; a result or an
error reaches ``on_result`` / ``on_error`` only if its task is still the current one and was
not cancelled, so an answer that arrives after a newer request started (cancellation came too
late) is dropped. The slot is a child of its owner: when the window the owner sits in closes,
or the owner is destroyed, the running task is cancelled and nothing is delivered any more.

Cancellation is never an error: a cancelled task reaches neither callback, and the slot never
catches ``CancelledError`` itself (the qasync notes in STYLE.md; FeelUOwn's ``task.py``). The
callbacks run from the task's done callback, which asyncio schedules on the loop's thread:
with qasync that is the GUI thread, between two events.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

OnResult = Callable[[Any], object]
OnError = Callable[[Exception], object]


class _Current:
    """The slot's state in a plain object: what ``destroyed`` may still reach safely."""

    def __init__(self) -> None:
        self.task: asyncio.Task[Any] | None = None

    def cancel(self) -> None:
        task, self.task = self.task, None
        if task is not None and not task.done():
            task.cancel()


def _cancel(current: _Current, *_args: object) -> None:
    current.cancel()


class TaskSlot(QObject):
    """Holds the latest task of one stream for ``owner``; see the module's docstring.

    ``on_result(result)`` and ``on_error(exception)`` are the defaults for every ``run``;
    a ``run`` may name its own. Without an ``on_error`` an error is logged with its traceback.
    """

    def __init__(
        self,
        owner: QObject,
        on_result: OnResult | None = None,
        on_error: OnError | None = None,
        *,
        name: str = "",
    ) -> None:
        super().__init__(owner)
        self.setObjectName(name or "TaskSlot")
        self._owner = owner
        self._on_result = on_result
        self._on_error = on_error
        self._current = _Current()
        self._watched: QWidget | None = None
        # Only the plain state, not the slot: the wrapper may be half gone by then.
        self.destroyed.connect(partial(_cancel, self._current))

    @property
    def task(self) -> asyncio.Task[Any] | None:
        """The current task (None once it was delivered, cancelled or never started)."""
        return self._current.task

    @property
    def pending(self) -> bool:
        task = self._current.task
        return task is not None and not task.done()

    def is_current(self, task: asyncio.Future[Any] | None) -> bool:
        return task is not None and task is self._current.task

    def run(
        self,
        work: Awaitable[Any],
        *,
        on_result: OnResult | None = None,
        on_error: OnError | None = None,
    ) -> asyncio.Task[Any]:
        """Start ``work`` as the stream's newest task; the older one is cancelled."""
        self.cancel()
        self._watch_window()
        task: asyncio.Task[Any] = asyncio.ensure_future(work)
        self._current.task = task
        deliver = partial(
            self._deliver,
            on_result=on_result or self._on_result,
            on_error=on_error or self._on_error,
        )
        task.add_done_callback(deliver)
        return task

    def cancel(self) -> None:
        """Cancel the running task (if any); nothing of it is delivered any more."""
        self._current.cancel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: while Qt deletes a window the collector freed, its wrappers may be cleared.
        if watched is getattr(self, "_watched", None) and event.type() == QEvent.Type.Close:
            self.cancel()  # the window closes: its requests end with it
        return False

    def _watch_window(self) -> None:
        """Watch the window the owner sits in now for its Close (installed once per window)."""
        owner = self._owner
        window = owner.window() if isinstance(owner, QWidget) else None
        if window is None or window is self._watched:
            return
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = window
        window.installEventFilter(self)

    def _deliver(
        self,
        task: asyncio.Task[Any],
        *,
        on_result: OnResult | None,
        on_error: OnError | None,
    ) -> None:
        if task is not self._current.task:
            return  # stale: a newer task started, the slot was cancelled or its owner went
        self._current.task = None
        if task.cancelled():
            return  # cancelled from elsewhere (the loop shutting down): not an error
        error = task.exception()
        if error is None:
            if on_result is not None:
                on_result(task.result())
        elif not isinstance(error, Exception):
            raise error  # KeyboardInterrupt, SystemExit: never turned into a message
        elif on_error is not None:
            on_error(error)
        else:
            log.error("%s failed", self.objectName(), exc_info=error)
