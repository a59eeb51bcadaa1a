"""Where one start of the window spends its time: milestones from the interpreter's first line.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup_timeline.py --store S --screenshot X.png

Runs the real command line (``journey_widget.cli.main``) in this process with a few functions
wrapped to note when they run: imports done, translators, the main window built, its first
paint, connected (the idle panel shown again), the journey page built, the settle pause and
the grab. Milestones in ms since this script's first line (the interpreter's own start, about
20-30 ms, comes before). A diagnostic beside bench_startup.py, which times whole processes.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()

import asyncio  # noqa: E402
import sys  # noqa: E402

marks: list[tuple[str, float]] = []


def mark(name: str) -> None:
    marks.append((name, (time.perf_counter() - T0) * 1000))


def wrap(owner: object, name: str, before: str | None = None, after: str | None = None) -> None:
    original = getattr(owner, name)

    def wrapped(*args, **kwargs):
        if before:
            mark(before)
        result = original(*args, **kwargs)
        if after:
            mark(after)
        return result

    setattr(owner, name, wrapped)


def main() -> int:
    import journey_widget.cli.main as cli

    mark("cli.main imported")
    import journey_widget.app.session  # noqa: F401

    mark("app.session imported (PySide6, asyncio, the window's modules)")
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QWidget

    from journey_widget.app import process
    from journey_widget.ui.common import first_paint
    from journey_widget.ui.shell.main_window import MainWindow

    wrap(process, "install_translators", after="translators installed")
    wrap(MainWindow, "__init__", before="main window: building", after="main window: built")
    wrap(MainWindow, "show_idle", before="idle panel shown")
    original_page = MainWindow._page

    def page(self):
        building = self._journey_page is None
        result = original_page(self)
        if building:
            mark("journey page built")
        return result

    MainWindow._page = page
    original_filter = first_paint._AfterFirstPaint.eventFilter

    def event_filter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            mark("main window: first paint")
        return original_filter(self, watched, event)

    first_paint._AfterFirstPaint.eventFilter = event_filter
    original_sleep = asyncio.sleep

    async def sleep(delay, *args):
        mark(f"settle pause ({delay} s) starts")
        return await original_sleep(delay, *args)

    asyncio.sleep = sleep
    wrap(QWidget, "grab", before="grab starts")
    wrap(QPixmap, "save", after="PNG written")
    try:
        return cli.main(sys.argv[1:])
    finally:
        for name, at in marks:
            print(f"{at:8.1f}  {name}")


if __name__ == "__main__":
    sys.exit(main())
