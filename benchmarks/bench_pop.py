"""Call-pop benchmarks: call event -> journey painted, the ``call`` hook, a call storm.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_pop.py [--store /tmp/journey-bench-pop.sqlite]

Builds the store once (100,000 demo customers, about 1,000,000 interactions; a few minutes)
unless it exists, then runs the real window, hub and pop controller on the qasync loop:

- pop: ``hub.deliver_fields`` for 200 different callers, one after the other; measured to
  ``journey_shown`` and to the end of the next paint of the window (budget p95 < 50 ms);
- the ``journey-widget call NUMBER`` process, from start to exit (= the call handed over
  to this process's local socket), median of 10;
- a storm of 100 call events a second for 10 s: event-loop lag p99 (budget < 50 ms), and
  that no journey but the newest call's is ever shown.
Prints one table. The local socket lives in a private temp folder, not the user's.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="bench-pop-")  # our own socket

import qasync
from PySide6.QtCore import QEvent, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from journey_widget.calls.hub import CallHub
from journey_widget.model import IdentifierKind
from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import Settings
from journey_widget.sources.demo import generator as demo_data
from journey_widget.sources.local.source import LocalSource
from journey_widget.sources.local.store import open_store
from journey_widget.ui.calls.pop import CallPopController
from journey_widget.ui.shell.main_window import MainWindow

ANCHOR = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DEFAULT_STORE = Path("/tmp/journey-bench-pop.sqlite")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def build(path: Path, customers: int) -> None:
    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    with open_store(building, create=True) as store:
        store.import_records(demo_data.generate(customers, 1, ANCHOR))
    building.rename(path)


def callers(path: Path, count: int) -> dict[str, str]:
    """``count`` different customers' phone numbers -> their customer ids."""
    rng = random.Random(7)
    found: dict[str, str] = {}
    with open_store(path, create=False) as store:
        total = store.counts()["customers"]
        while len(found) < count:
            cid = f"C{rng.randint(2, total):06d}"
            journey = store.journey(cid)
            phones = journey.customer.identifiers_of(IdentifierKind.PHONE) if journey else ()
            if phones and store.newest_customer_id_for(phones[0]) == cid:
                found[phones[0].value] = cid
    return found


class PaintProbe(QObject):
    """Resolves a future once the window has painted after it was armed."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._future: asyncio.Future[float] | None = None
        window.installEventFilter(self)

    def arm(self) -> asyncio.Future[float]:
        self._future = asyncio.get_running_loop().create_future()
        return self._future

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest and self._future is not None:
            future, self._future = self._future, None
            # A zero timer fires once this UpdateRequest (the paint and flush) is done.
            QTimer.singleShot(0, lambda: future.done() or future.set_result(time.perf_counter()))
        return False


async def bench(path: Path, calls: int) -> list[tuple[str, str, str]]:
    numbers = callers(path, calls + 5)
    hub = CallHub()
    assert hub.start_local_server(), "another widget answers on the private socket"
    source = LocalSource(path)
    window = MainWindow(
        JourneyService(source, access=Access(UserContext.for_role("bench", Role.ADMINISTRATOR)))
    )
    controller = CallPopController(window, hub, Settings())
    hub.set_status_provider(controller.status)
    window.show()
    probe = PaintProbe(window)
    loop = asyncio.get_running_loop()
    rows: list[tuple[str, str, str]] = []

    shown: asyncio.Future | None = None

    def on_shown(journey) -> None:
        if shown is not None and not shown.done():
            shown.set_result((time.perf_counter(), journey.customer.id))

    window.journey_shown.connect(on_shown)

    # --- 1. call event -> journey shown -> painted, one call at a time ---------------------
    to_shown: list[float] = []
    to_painted: list[float] = []
    for index, (number, cid) in enumerate(numbers.items()):
        shown = loop.create_future()
        started = time.perf_counter()
        hub.deliver_fields({"number": number}, source="bench")
        shown_at, shown_id = await asyncio.wait_for(shown, 10)
        painted_at = await asyncio.wait_for(probe.arm(), 10)
        assert shown_id == cid, (number, shown_id, cid)
        if index >= 5:  # warm-up: first queries, caches, fonts
            to_shown.append((shown_at - started) * 1000)
            to_painted.append((painted_at - started) * 1000)
    rows.append(("pop: event -> journey_shown, p50 / p95", *_ms(to_shown), ""))
    painted = _ms(to_painted)
    verdict = "ok" if percentile(to_painted, 95) < 50 else "OVER BUDGET"
    rows.append(("pop: event -> painted, p50 / p95 (budget p95 < 50 ms)", *painted, verdict))
    shown = None

    # --- 2. the `journey-widget call` process ---------------------------------------------
    command = shutil.which("journey-widget")
    argv = [command] if command else [sys.executable, "-m", "journey_widget.cli"]
    hook: list[float] = []
    some = list(numbers)[:10]
    for number in some:
        started = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            *argv, "call", number, stdout=asyncio.subprocess.DEVNULL
        )
        assert await process.wait() == 0
        hook.append((time.perf_counter() - started) * 1000)
    median = f"{statistics.median(hook):.0f} ms"
    rows.append(("`journey-widget call` to hand-off, median of 10", median, "", ""))

    # --- 3. 100 calls a second for 10 s --------------------------------------------------
    order = list(numbers.items())
    newest: list[str] = [""]
    stale: list[str] = []
    journeys = [0]

    def on_storm_shown(journey) -> None:
        journeys[0] += 1
        if journey.customer.id != newest[0]:
            stale.append(journey.customer.id)

    window.journey_shown.disconnect(on_shown)
    window.journey_shown.connect(on_storm_shown)
    lags: list[float] = []
    storming = True

    async def lag_probe() -> None:
        while storming:
            expected = loop.time() + 0.01
            await asyncio.sleep(0.01)
            lags.append(max(0.0, loop.time() - expected) * 1000)

    prober = asyncio.ensure_future(lag_probe())
    start = loop.time()
    rate, seconds = 100, 10
    for index in range(rate * seconds):
        delay = start + index / rate - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        number, cid = order[index % len(order)]
        newest[0] = cid
        hub.deliver_fields({"number": number}, source="bench")
    last_cid = newest[0]
    deadline = loop.time() + 10
    while controller.status()["id"] != last_cid and loop.time() < deadline:
        await asyncio.sleep(0.01)
    storming = False
    await prober
    verdict = "ok" if percentile(lags, 99) < 50 else "OVER BUDGET"
    rows.append(
        (
            "storm 100/s for 10 s: loop lag p50 / p99 (budget p99 < 50 ms)",
            f"{percentile(lags, 50):.1f} ms",
            f"{percentile(lags, 99):.1f} ms",
            verdict,
        )
    )
    newest_ok = not stale and controller.status()["id"] == last_cid
    rows.append(
        (
            "storm: journeys shown / stale shown / newest shown at the end",
            str(journeys[0]),
            str(len(stale)),
            "ok" if newest_ok else "FAILED",
        )
    )

    window.close()
    hub.stop_local_server()
    await source.aclose()
    return rows


def _quiet_platform_limits(mode: QtMsgType, context: object, message: str) -> None:
    if not message.startswith("This plugin does not support"):  # offscreen cannot raise
        print(f"Qt: {message}", file=sys.stderr)


def _ms(values: list[float]) -> tuple[str, str]:
    return f"{percentile(values, 50):.1f} ms", f"{percentile(values, 95):.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()
    if not args.store.exists():
        print(f"Building {args.store} ({args.customers} customers)…", flush=True)
        build(args.store, args.customers)
    with open_store(args.store, create=False) as store:
        counts = store.counts()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    qInstallMessageHandler(_quiet_platform_limits)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        rows = runner.run(bench(args.store, args.calls))
    del app
    print(
        f"store: {counts['customers']:,} customers, {counts['interactions']:,} interactions; "
        f"{args.calls} calls; {os.cpu_count()} CPUs; Qt platform {os.environ['QT_QPA_PLATFORM']}"
    )
    width = max(len(row[0]) for row in rows)
    for name, first, second, verdict in rows:
        print(f"{name:<{width}}  {first:>10}  {second:>10}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
