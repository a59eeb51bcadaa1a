"""TaskSlot: the newest task of a stream wins, stale answers are dropped, nothing outlives its
window, errors reach on_error, and cancellation is never taken for an error."""

from __future__ import annotations

import asyncio
import logging

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from journey_widget.ui.lifetime.task_slot import TaskSlot

WAIT_MS = 2000


class _Recorder:
    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[Exception] = []

    def on_result(self, result: object) -> None:
        self.results.append(result)

    def on_error(self, error: Exception) -> None:
        self.errors.append(error)


@pytest.fixture
def owner(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def recorder() -> _Recorder:
    return _Recorder()


async def _forever(started: asyncio.Event | None = None) -> str:
    if started is not None:
        started.set()
    await asyncio.Event().wait()
    return "never"


async def _answer(value: object) -> object:
    await asyncio.sleep(0)
    return value


def test_the_result_reaches_on_result(qtbot, qloop, owner, recorder):
    slot = TaskSlot(owner, recorder.on_result, recorder.on_error)
    task = slot.run(_answer(42))
    qtbot.waitUntil(lambda: recorder.results == [42], timeout=WAIT_MS)
    assert task.done() and not slot.pending and slot.task is None
    assert recorder.errors == []


def test_a_newer_task_cancels_the_older_one(qtbot, qloop, owner, recorder):
    slot = TaskSlot(owner, recorder.on_result, recorder.on_error)
    older = slot.run(_forever())
    newer = slot.run(_answer("newer"))
    assert slot.is_current(newer) and not slot.is_current(older)
    qtbot.waitUntil(lambda: recorder.results == ["newer"], timeout=WAIT_MS)
    assert older.cancelled()
    assert recorder.errors == []


def test_a_stale_answer_that_finished_before_the_newer_request_is_dropped(
    qtbot, qloop, owner, recorder
):
    slot = TaskSlot(owner, recorder.on_result, recorder.on_error)
    older = qloop.create_future()
    slot.run(older)
    older.set_result("stale")  # finished: its done callbacks are only scheduled
    newer = slot.run(_answer("fresh"))  # too late to cancel the older one
    assert not older.cancelled()
    qtbot.waitUntil(newer.done, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(recorder.results), timeout=WAIT_MS)
    assert recorder.results == ["fresh"]


def test_cancel_ends_the_task_and_delivers_nothing(qtbot, qloop, owner, recorder):
    slot = TaskSlot(owner, recorder.on_result, recorder.on_error)
    task = slot.run(_forever())
    slot.cancel()
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    assert task.cancelled() and not slot.pending
    assert recorder.results == [] and recorder.errors == []


def test_closing_the_owners_window_cancels_its_task(qtbot, qloop, owner, recorder):
    child = QWidget(owner)  # the slot's owner sits inside the window
    QVBoxLayout(owner).addWidget(child)
    owner.show()
    slot = TaskSlot(child, recorder.on_result, recorder.on_error)
    task = slot.run(_forever())
    owner.close()
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    assert task.cancelled()
    assert recorder.results == [] and recorder.errors == []


def test_the_owner_destroyed_cancels_its_task(qtbot, qloop, recorder):
    owner = QObject()
    slot = TaskSlot(owner, recorder.on_result, recorder.on_error)
    started = asyncio.Event()
    task = slot.run(_forever(started))
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    shiboken6.delete(owner)
    assert not shiboken6.isValid(slot)  # a child: it went with its owner
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    assert task.cancelled()
    assert recorder.results == [] and recorder.errors == []


def test_an_exception_goes_to_on_error(qtbot, qloop, owner, recorder):
    async def failing() -> None:
        await asyncio.sleep(0)
        raise ValueError("bad input")

    slot = TaskSlot(owner, recorder.on_result, recorder.on_error)
    slot.run(failing())
    qtbot.waitUntil(lambda: bool(recorder.errors), timeout=WAIT_MS)
    assert [str(e) for e in recorder.errors] == ["bad input"]
    assert recorder.results == []


def test_without_on_error_the_exception_is_logged(qtbot, qloop, owner, recorder, caplog):
    async def failing() -> None:
        raise RuntimeError("boom")

    slot = TaskSlot(owner, recorder.on_result, name="Suggestions")
    with caplog.at_level(logging.ERROR, logger="journey_widget.ui.lifetime.task_slot"):
        task = slot.run(failing())
        qtbot.waitUntil(task.done, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: bool(caplog.records), timeout=WAIT_MS)
    assert caplog.records[0].getMessage() == "Suggestions failed"
    assert caplog.records[0].exc_info[1] is task.exception()


def test_a_task_cancelled_from_elsewhere_is_no_error(qtbot, qloop, owner, recorder):
    """Cancellation (the loop shutting down, a caller's cancel) reaches neither callback."""
    slot = TaskSlot(owner, recorder.on_result, recorder.on_error)
    task = slot.run(_forever())
    task.cancel()
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    qtbot.wait(10)
    assert task.cancelled()
    assert recorder.results == [] and recorder.errors == []


def test_the_slot_never_swallows_the_cancellation_of_its_task(qtbot, qloop, owner, recorder):
    """The CancelledError reaches the coroutine, which may clean up and must re-raise."""
    seen: list[str] = []

    async def cleaning_up() -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            seen.append("cleaned up")
            raise

    slot = TaskSlot(owner, recorder.on_result, recorder.on_error)
    task = slot.run(cleaning_up())
    qtbot.wait(10)  # the coroutine is waiting inside its try
    slot.run(_answer("next"))
    qtbot.waitUntil(lambda: recorder.results == ["next"], timeout=WAIT_MS)
    assert seen == ["cleaned up"] and task.cancelled()
    assert recorder.errors == []


def test_a_run_may_name_its_own_callbacks(qtbot, qloop, owner, recorder):
    own: list[object] = []
    slot = TaskSlot(owner, recorder.on_result, recorder.on_error)
    slot.run(_answer("mine"), on_result=own.append)
    qtbot.waitUntil(lambda: own == ["mine"], timeout=WAIT_MS)
    assert recorder.results == []


def test_callbacks_run_on_the_gui_thread_even_for_work_in_a_worker(qtbot, qloop, owner):
    import threading

    threads: list[int] = []

    async def in_a_worker() -> int:
        return await asyncio.to_thread(threading.get_ident)

    slot = TaskSlot(owner, lambda worker: threads.extend([worker, threading.get_ident()]))
    slot.run(in_a_worker())
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=WAIT_MS)
    worker, delivered_on = threads
    assert worker != threading.get_ident() and delivered_on == threading.get_ident()
