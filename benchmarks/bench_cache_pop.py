"""Pop time from the offline cache: call event -> cached journey painted (SPEC H2).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_cache_pop.py [--customers 60] [--calls 100]

Serves demo journeys (the deterministic generator) from a real Data Cloud contract server on
127.0.0.1 (tests/sources/contract_servers.py), and runs the real window, hub and pop
controller over ``CachingSource(DataCloudSource(HttpClient))`` on the qasync loop:

- cold: a customer not yet cached: event -> journey painted (the back end answers);
- cached: the same customers again: event -> the cached copy shown (``journey_shown`` with
  the banner saying "Saved copy") and -> the end of the next paint; the fresh answer replaces
  it afterwards and is not part of this figure;
- the largest cached journey of the run, its size and its own pop time.
Prints one table; the figures go to docs/performance.md with this command.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="bench-cache-pop-")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import qasync
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from journey_widget.calls.hub import CallHub
from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import AuthKind, Settings
from journey_widget.sources.base import SourceError
from journey_widget.sources.cache import CachingSource, JourneyCache
from journey_widget.sources.demo import generator as demo_data
from journey_widget.sources.remote.auth import AuthConfig
from journey_widget.sources.remote.data_cloud import DataCloudSource
from journey_widget.sources.remote.http_client import HttpClient
from journey_widget.ui.calls.pop import CallPopController
from journey_widget.ui.journey.source_banner import SourceBannerState
from journey_widget.ui.shell.main_window import MainWindow
from sources.contract_servers import DATA_CLOUD, journeys_of, serve

ANCHOR = datetime.now(UTC).replace(microsecond=0)
KEY = "bench-key"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def bench(customers: int, calls: int, cache_folder: Path) -> list[tuple[str, str, str]]:
    from bench_pop import PaintProbe  # the same paint probe as the local-store pop figures

    journeys = journeys_of(list(demo_data.generate(customers, 1, ANCHOR)))
    everyone = len(journeys)
    journeys = [j for j in journeys if j.customer.primary_phone and j.interactions]
    rows: list[tuple[str, str, str]] = []
    rows.append(
        ("demo customers with a phone number to pop (of all)", str(len(journeys)), str(everyone))
    )
    with serve(DATA_CLOUD, journeys, auth=AuthConfig(AuthKind.API_KEY, KEY), page_size=100) as dc:
        await _all_readable(dc.url, journeys)
        client = HttpClient(dc.url, AuthConfig(AuthKind.API_KEY, KEY))
        cache = JourneyCache(cache_folder)
        source = CachingSource(DataCloudSource(client), cache)
        hub = CallHub()
        window = MainWindow(
            JourneyService(source, access=Access(UserContext.for_role("bench", Role.ADMINISTRATOR)))
        )
        CallPopController(window, hub, Settings())
        window.resize(480, 800)
        window.show()
        probe = PaintProbe(window)
        loop = asyncio.get_running_loop()
        shown: asyncio.Future | None = None

        def on_shown(journey) -> None:
            if shown is not None and not shown.done():
                state = window.source_banner.state
                shown.set_result((time.perf_counter(), journey.customer.id, state))

        window.journey_shown.connect(on_shown)

        async def pop(journey) -> tuple[float, float, SourceBannerState]:
            nonlocal shown
            shown = loop.create_future()
            started = time.perf_counter()
            hub.deliver_fields(
                {"number": journey.customer.primary_phone, "direction": "outbound"},
                source="bench",
            )
            try:
                shown_at, cid, state = await asyncio.wait_for(shown, 30)
            except TimeoutError:
                panel = window.state_panel
                shown_text = f"{window.state} {panel.title()} {panel.detail()}"
                raise SystemExit(f"not shown: {shown_text}") from None
            painted_at = await asyncio.wait_for(probe.arm(), 30)
            assert cid == journey.customer.id, (cid, journey.customer.id)
            await _settle(window)
            return (shown_at - started) * 1000, (painted_at - started) * 1000, state

        picked = [journeys[i % len(journeys)] for i in range(calls)]
        cold: list[float] = []
        for journey in journeys:  # each customer once: fetched from the back end, then cached
            _, painted, state = await pop(journey)
            assert state is SourceBannerState.HIDDEN
            cold.append(painted)
        to_shown: list[float] = []
        to_painted: list[float] = []
        for index, journey in enumerate(picked):
            at_shown, painted, state = await pop(journey)
            assert state is SourceBannerState.CACHED, state
            if index >= 5:  # warm-up
                to_shown.append(at_shown)
                to_painted.append(painted)
        largest = max(journeys, key=lambda j: len(j.interactions))
        big = [(await pop(largest))[1] for _ in range(10)]
        rows.append(("cold pop (back end over HTTP): event -> painted, p50 / p95", *_ms(cold)))
        rows.append(("cached pop: event -> cached journey shown, p50 / p95", *_ms(to_shown)))
        rows.append(("cached pop: event -> cached journey painted, p50 / p95", *_ms(to_painted)))
        rows.append(
            (
                f"largest journey ({len(largest.interactions)} interactions): cached -> painted,"
                " p50 / p95",
                *_ms(big),
            )
        )
        size = cache.size_bytes
        rows.append(("cache on disk", f"{len(cache)} journeys", f"{size / 1024:.0f} KiB"))
        window.close()
        await source.aclose()
    return rows


async def _all_readable(url: str, journeys: list) -> None:
    """Every demo customer must come through the adapter (a cache-free pass first): a refusal
    is a contract mismatch to fix, so it stops the run with the adapter's reason instead of
    leaving customers out of the figures or hanging in a pop."""
    source = DataCloudSource(HttpClient(url, AuthConfig(AuthKind.API_KEY, KEY)))
    refused: list[tuple[str, str]] = []
    for journey in journeys:
        try:
            await source.journey_by_customer_id(journey.customer.id)
        except SourceError as error:
            refused.append((journey.customer.id, str(error)))
    await source.aclose()
    if refused:
        first, reason = refused[0]
        raise SystemExit(f"the adapter refuses {len(refused)} demo customers; {first}: {reason}")


async def _settle(window: MainWindow) -> None:
    """Let the fresh answer that follows the cached copy arrive before the next call."""
    for _ in range(200):
        if window.source_banner.state is not SourceBannerState.CACHED:
            return
        await asyncio.sleep(0.01)


def _ms(values: list[float]) -> tuple[str, str]:
    return f"{percentile(values, 50):.1f} ms", f"{percentile(values, 95):.1f} ms"


def _quiet_platform_limits(mode: QtMsgType, context: object, message: str) -> None:
    if not message.startswith("This plugin does not support"):
        print(f"Qt: {message}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=60)
    parser.add_argument("--calls", type=int, default=100)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    qInstallMessageHandler(_quiet_platform_limits)
    with (
        tempfile.TemporaryDirectory(prefix="bench-cache-") as folder,
        asyncio.Runner(loop_factory=qasync.QEventLoop) as runner,
    ):
        rows = runner.run(bench(args.customers, args.calls, Path(folder)))
    del app
    print(
        f"{args.customers} demo customers served by a Data Cloud contract server on 127.0.0.1; "
        f"{args.calls} cached pops; {os.cpu_count()} CPUs; Qt {os.environ['QT_QPA_PLATFORM']}"
    )
    width = max(len(row[0]) for row in rows)
    for name, first, second in rows:
        print(f"{name:<{width}}  {first:>12}  {second:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
