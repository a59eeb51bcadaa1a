"""Reference cycles holding Qt objects are collected on the GUI thread, never a worker's."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from journey_widget.ui.lifetime.gui_thread_gc import GuiThreadCollector


class _Cyclic(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # only this cycle keeps it alive once dropped


def test_a_cycle_dropped_then_a_worker_allocating_dies_on_the_gui_thread(qtbot, qapp):
    collector = GuiThreadCollector(qapp, interval_ms=10)
    try:
        died_on: list[int] = []
        holder = _Cyclic()
        holder.destroyed.connect(lambda *_: died_on.append(threading.get_ident()))
        del holder

        kept: list[list] = []

        def allocate() -> None:  # enough tracked containers to cross generation 0's threshold
            kept.extend([] for _ in range(gc.get_threshold()[0] * 3))

        worker = threading.Thread(target=allocate)
        worker.start()
        worker.join()
        assert died_on == []  # the worker's allocations collected nothing
        qtbot.waitUntil(lambda: bool(died_on), timeout=2000)
        assert died_on == [threading.get_ident()]
    finally:
        collector.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_nothing_due_collects_nothing(qapp):
    collector = GuiThreadCollector(qapp, interval_ms=10_000)
    try:
        gc.collect()
        assert collector.collect_if_due() == 0
    finally:
        collector.deleteLater()
