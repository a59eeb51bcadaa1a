"""Timeline benchmarks: repaint, data ready -> painted, one live event, at 10,000 interactions.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_timeline.py [--count 10000] [--runs 30]

Budgets (docs/DESIGN.md): full repaint < 8 ms; data ready -> painted < 100 ms; one live event
added < 16 ms. "Full repaint" paints the whole 1200 x 320 viewport synchronously
(``repaint()``), at each zoom level. "Data ready -> painted" starts with the journey in memory
and ends when the first frame is painted: the timeline alone, and the whole journey page
(filter, header, timeline and grid model). "Live event" inserts one interaction and repaints.
Prints one table of medians and p95s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from journey_widget.model import (
    Channel,
    Customer,
    Direction,
    Interaction,
    Journey,
    NumberType,
    TaskResult,
)
from journey_widget.model.timeline_layout import Zoom
from journey_widget.ui.journey.page import JourneyPage
from journey_widget.ui.journey.timeline_view import TimelineView

NOW = datetime.now(UTC)
BUDGETS_MS = {"repaint": 8.0, "ready": 100.0, "live": 16.0}


def journey_of(count: int, seed: int = 7) -> Journey:
    """``count`` interactions spread over the last 12 months, every channel, some failed."""
    rng = random.Random(seed)
    channels = list(Channel)
    rows = []
    for n in range(count):
        started = NOW - timedelta(seconds=rng.uniform(60, 364 * 86400))
        rows.append(
            Interaction(
                id=f"B{n:06d}",
                customer_id="C1",
                channel=rng.choice(channels),
                direction=rng.choice((Direction.INBOUND, Direction.OUTBOUND)),
                started_at=started,
                ended_at=started + timedelta(minutes=rng.randint(1, 30)),
                number_type=rng.choice(list(NumberType)),
                campaign=rng.choice(("Fibre", "Winback", None)),
                outcome="Resolved",
                task_result=TaskResult.LOST_IN_QUEUE if n % 7 == 0 else None,
                agents=("Anna Schmidt",),
            )
        )
    return Journey(Customer("C1", "Bench Customer", campaigns=("Fibre", "Winback")), tuple(rows))


def timed(action, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    journey = journey_of(args.count)
    rows: list[tuple[str, str, list[float]]] = []

    view = TimelineView()
    view.resize(1200, 320)
    view.show()
    app.processEvents()
    view.set_interactions(journey.interactions)
    for zoom in (Zoom.DAY, Zoom.WEEK, Zoom.MONTH):
        view.set_zoom(zoom)
        view.viewport().repaint()
        rows.append(
            (
                f"full repaint, {zoom.value} zoom",
                "repaint",
                timed(view.viewport().repaint, args.runs),
            )
        )
    bar = view.horizontalScrollBar()
    rows.append(
        (
            "full repaint, month zoom, scrolled to the middle",
            "repaint",
            timed(lambda: (bar.setValue(bar.maximum() // 2), view.viewport().repaint()), args.runs),
        )
    )

    def ready_timeline() -> None:
        view.set_interactions(journey.interactions)
        view.viewport().repaint()

    view.set_zoom(Zoom.WEEK)
    rows.append(("data ready -> timeline painted", "ready", timed(ready_timeline, args.runs)))

    page = JourneyPage()
    page.resize(1200, 720)
    page.show()
    app.processEvents()
    other = Journey(Customer("C2"), ())

    def ready_page() -> None:
        page.show_journey(other, None, 12)  # a different customer first: no filter carried
        page.show_journey(journey, NOW - timedelta(days=365), 12)
        page.timeline.viewport().repaint()

    rows.append(
        (
            "data ready -> page painted (+ grid model)",
            "ready",
            timed(ready_page, max(5, args.runs // 3)),
        )
    )

    counter = iter(range(10**9))

    def live_timeline() -> None:
        n = next(counter)
        view.add_interaction(
            Interaction(f"L{n}", "C1", Channel.VOICE, Direction.INBOUND, NOW, live=True)
        )
        view.viewport().repaint()

    view.set_interactions(journey.interactions)
    rows.append(("one live event -> timeline painted", "live", timed(live_timeline, args.runs)))

    def live_page() -> None:
        n = next(counter)
        page.add_interaction(
            Interaction(f"P{n}", "C1", Channel.SMS, Direction.INBOUND, NOW, live=True)
        )
        page.timeline.viewport().repaint()

    rows.append(("one live event -> page (+ grid row)", "live", timed(live_page, args.runs)))

    print(f"{args.count:,} interactions, {args.runs} runs, Qt platform {app.platformName()}")
    print(f"{'what':52} {'median ms':>10} {'p95 ms':>8} {'budget':>7}")
    for label, budget, samples in rows:
        median = statistics.median(samples)
        verdict = "ok" if p95(samples) < BUDGETS_MS[budget] else "OVER"
        print(f"{label:52} {median:10.2f} {p95(samples):8.2f} {BUDGETS_MS[budget]:6.0f}  {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
