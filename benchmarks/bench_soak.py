"""Soak: thousands of calls through the real listeners, with the window showing each journey.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_soak.py [--socket-calls 10000]
        [--http-calls 1000] [--rate 20] [--customers 2000]

The real window, hub, pop controller and HTTP endpoint run on the qasync loop in this
process; a second process (this file with ``--send``) is the softphone: it sends calls over
the per-user local socket (``journey-widget call``'s protocol) and then over the localhost
HTTP endpoint, at ``--rate`` calls a second, each a different caller of the store, so every
call is a lookup and a painted journey. Every ``--sample`` seconds this process records its
RSS, open file descriptors, live Qt objects (widgets, and QObjects under the window) and the
event-loop lag (a 10 ms timer's lateness, p99 of the interval). It prints the first sample
after warm-up and the last, and the verdict against issue 16.13's goals: after warm-up RSS
grows < 10 MB, descriptors and objects do not grow, lag p99 < 50 ms.
The local socket lives in a private temp folder, not the user's.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import http.client
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ANCHOR = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TOKEN = "bench-soak-token"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] if ordered else 0.0


# --- the softphone (a separate process) -------------------------------------------------------


def send(numbers: list[str], socket_calls: int, http_calls: int, port: int, rate: float) -> None:
    """Send the calls, paced at ``rate`` a second; print one line of counts at the end."""
    from journey_widget.calls import local_socket

    start = time.monotonic()
    refused = 0
    for index in range(socket_calls + http_calls):
        delay = start + index / rate - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        number = numbers[index % len(numbers)]
        if index < socket_calls:
            reply = local_socket.request({"op": "call", "event": {"number": number}})
            refused += not (reply and reply.get("ok"))
        else:
            body = json.dumps({"number": number})
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request(
                "POST",
                "/v1/calls",
                body,
                {"Content-Type": "application/json", "X-Journey-Token": TOKEN},
            )
            refused += connection.getresponse().status != 202
            connection.close()
    print(json.dumps({"sent": socket_calls + http_calls, "refused": refused}), flush=True)


# --- the widget -------------------------------------------------------------------------------


@dataclass
class Sample:
    at: float
    calls: int
    rss_mb: float
    fds: int
    widgets: int
    qobjects: int
    lag_p99_ms: float


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def build_store(path: Path, customers: int) -> list[str]:
    """The store (built once) and one phone number per customer, shuffled."""
    from journey_widget.model import IdentifierKind
    from journey_widget.sources.demo import generator as demo_data
    from journey_widget.sources.local.store import open_store

    if not path.exists():
        building = path.with_suffix(".building")
        building.unlink(missing_ok=True)
        with open_store(building, create=True) as store:
            store.import_records(demo_data.generate(customers, 3, ANCHOR))
        building.rename(path)
    numbers: list[str] = []
    with open_store(path, create=False) as store:
        for n in range(1, customers + 1):
            journey = store.journey(f"C{n:06d}")
            phones = journey.customer.identifiers_of(IdentifierKind.PHONE) if journey else ()
            if phones and store.newest_customer_id_for(phones[0]) == journey.customer.id:
                numbers.append(phones[0].value)
    random.Random(5).shuffle(numbers)
    return numbers


async def soak(args: argparse.Namespace, numbers_file: Path, store: Path) -> list[Sample]:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from journey_widget.calls.http_endpoint import HttpCallEndpoint
    from journey_widget.calls.hub import CallHub
    from journey_widget.model.permissions import Role, UserContext
    from journey_widget.service.access import Access
    from journey_widget.service.lookup import JourneyService
    from journey_widget.settings import Settings
    from journey_widget.sources.local.source import LocalSource
    from journey_widget.ui.calls.pop import CallPopController
    from journey_widget.ui.shell.main_window import MainWindow

    hub = CallHub()
    assert hub.start_local_server(), "another widget answers on the private socket"
    source = LocalSource(store)
    admin = Access(UserContext.for_role("bench", Role.ADMINISTRATOR))
    window = MainWindow(JourneyService(source, access=admin))
    controller = CallPopController(window, hub, Settings())
    hub.set_status_provider(controller.status)
    endpoint = HttpCallEndpoint(hub, token=TOKEN, port=0)
    await endpoint.start()
    window.resize(380, 720)
    window.show()

    shown = [0]
    window.journey_shown.connect(lambda _journey: shown.__setitem__(0, shown[0] + 1))
    loop = asyncio.get_running_loop()
    lags: list[float] = []
    running = True

    async def lag_probe() -> None:
        while running:
            expected = loop.time() + 0.01
            await asyncio.sleep(0.01)
            lags.append(max(0.0, loop.time() - expected) * 1000)

    samples: list[Sample] = []

    def sample() -> None:
        gc.collect()
        samples.append(
            Sample(
                at=loop.time(),
                calls=shown[0],
                rss_mb=rss_mb(),
                fds=open_fds(),
                widgets=len(QApplication.allWidgets()),
                qobjects=len(window.findChildren(QObject)),
                lag_p99_ms=percentile(lags, 99),
            )
        )
        lags.clear()

    prober = asyncio.ensure_future(lag_probe())
    sender = await asyncio.create_subprocess_exec(
        sys.executable,
        __file__,
        "--send",
        str(numbers_file),
        "--socket-calls",
        str(args.socket_calls),
        "--http-calls",
        str(args.http_calls),
        "--rate",
        str(args.rate),
        "--port",
        str(endpoint.port),
        stdout=asyncio.subprocess.PIPE,
        env=os.environ.copy(),
    )
    waiting = asyncio.ensure_future(sender.communicate())
    while not waiting.done():
        await asyncio.wait([waiting], timeout=args.sample)
        sample()
    out, _ = waiting.result()
    running = False
    await prober
    print(f"sender: {out.decode().strip()}; journeys shown: {shown[0]}")
    window.close()
    await endpoint.stop()
    hub.stop_local_server()
    await source.aclose()
    return samples


def report(samples: list[Sample], warm_up_calls: int) -> int:
    warm = [s for s in samples if s.calls >= warm_up_calls] or samples
    first, last = warm[0], warm[-1]
    lag = max(s.lag_p99_ms for s in warm)
    header = f"{'':<10}{'journeys':>9}{'RSS MB':>9}{'fds':>6}{'widgets':>9}{'QObjects':>10}"
    print(header + f"{'lag p99 ms':>12}")
    start = samples[0].at if samples else 0.0
    for s in samples:  # the whole series: growth that levels off is a cache filling, not a leak
        print(
            f"{s.at - start:>8.0f}s {s.calls:>9}{s.rss_mb:>9.1f}{s.fds:>6}{s.widgets:>9}"
            f"{s.qobjects:>10}{s.lag_p99_ms:>12.1f}"
        )
    for label, s in (("warm", first), ("end", last)):
        print(
            f"{label:<10}{s.calls:>9}{s.rss_mb:>9.1f}{s.fds:>6}{s.widgets:>9}{s.qobjects:>10}"
            f"{s.lag_p99_ms:>12.1f}"
        )
    growth = last.rss_mb - first.rss_mb
    checks = {
        f"RSS growth after warm-up {growth:.1f} MB < 10 MB": growth < 10,
        f"descriptors {first.fds} -> {last.fds}, no growth": last.fds <= first.fds,
        f"widgets {first.widgets} -> {last.widgets}, no growth": last.widgets <= first.widgets,
        f"QObjects {first.qobjects} -> {last.qobjects}, no growth": last.qobjects <= first.qobjects,
        f"worst sampled lag p99 {lag:.1f} ms < 50 ms": lag < 50,
    }
    for text, ok in checks.items():
        print(f"  {'ok  ' if ok else 'OVER'} {text}")
    return 0 if all(checks.values()) else 1


def _quiet_platform_limits(mode: object, context: object, message: str) -> None:
    """The offscreen platform cannot raise a window or propagate size hints: not news."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--socket-calls", type=int, default=10_000)
    parser.add_argument("--http-calls", type=int, default=1_000)
    parser.add_argument("--rate", type=float, default=20.0, help="calls a second")
    parser.add_argument("--customers", type=int, default=2_000)
    parser.add_argument("--sample", type=float, default=10.0, help="seconds between samples")
    parser.add_argument("--warm-up", type=int, default=500, help="journeys before the baseline")
    parser.add_argument("--store", type=Path, default=Path("/tmp/journey-bench-soak.sqlite"))
    parser.add_argument("--send", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.send is not None:  # the softphone process
        numbers = json.loads(args.send.read_text())
        send(numbers, args.socket_calls, args.http_calls, args.port, args.rate)
        return 0

    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="bench-soak-")  # our own socket
    numbers = build_store(args.store, args.customers)
    numbers_file = Path(os.environ["XDG_RUNTIME_DIR"]) / "numbers.json"
    numbers_file.write_text(json.dumps(numbers))

    import qasync
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # the soak ends the loop, not the window's close
    qInstallMessageHandler(_quiet_platform_limits)
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        samples = runner.run(soak(args, numbers_file, args.store))
    return report(samples, args.warm_up)


if __name__ == "__main__":
    sys.exit(main())
