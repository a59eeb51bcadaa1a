"""Store benchmarks: demo generation + import, lookup and search on a large store.

    python benchmarks/bench_store.py --customers 100000 [--store /tmp/bench.sqlite]

Builds the store (unless it exists), then times, in one run:
- generating and importing N customers (about 10 interactions each),
- a lookup through the service (number -> journey, the pop path) for 200 random customers,
- "contains" search for 200 digit fragments and 200 name fragments,
- the `journey-widget lookup` and `search` commands as processes (median of 7).
Prints one table; docs/performance.md quotes it.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from journey_widget.model import IdentifierKind
from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.sources.demo import generator as demo_data
from journey_widget.sources.local.source import LocalSource
from journey_widget.sources.local.store import open_store

ANCHOR = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def build(path: Path, customers: int) -> dict[str, float]:
    started = time.perf_counter()
    records = list(demo_data.generate(customers, 1, ANCHOR))
    generated = time.perf_counter() - started
    store = open_store(path, create=True)
    started = time.perf_counter()
    report = store.import_records(records)
    imported = time.perf_counter() - started
    store.close()
    return {
        "generate_s": generated,
        "import_s": imported,
        "customers": report.customers,
        "interactions": report.interactions,
        "tickets": report.tickets,
        "store_mb": path.stat().st_size / 1e6,
    }


def samples(path: Path, count: int) -> tuple[list[str], list[str], list[str]]:
    rng = random.Random(42)
    store = open_store(path, create=False)
    numbers: list[str] = []
    names: list[str] = []
    total = store.counts()["customers"]
    while len(numbers) < count:
        cid = f"C{rng.randint(1, total):06d}"
        journey = store.journey(cid)
        if journey is None:
            continue
        phones = journey.customer.identifiers_of(IdentifierKind.PHONE)
        if phones:
            numbers.append(phones[0].value)
        if journey.customer.name and len(names) < count:
            name = journey.customer.name
            start = rng.randint(0, max(0, len(name) - 4))
            names.append(name[start : start + 4])
    store.close()
    fragments = [n[-rng.randint(4, 7) :] for n in numbers]
    return numbers, fragments, names


async def time_async(calls) -> list[float]:
    times = []
    for make in calls:
        started = time.perf_counter()
        await make()
        times.append((time.perf_counter() - started) * 1000)
    return times


async def measure(path: Path, numbers, fragments, names) -> dict[str, list[float]]:
    service = JourneyService(
        LocalSource(path), access=Access(UserContext.for_role("bench", Role.ADMINISTRATOR))
    )
    await service.lookup(numbers[0])  # open the connection, warm the page cache
    lookups = await time_async([lambda n=n: service.lookup(n) for n in numbers])
    digits = await time_async([lambda f=f: service.suggest(f) for f in fragments])
    words = await time_async([lambda w=w: service.suggest(w) for w in names])
    await service.aclose()
    return {"lookup (service)": lookups, "search digits": digits, "search names": words}


def process_times(path: Path, args: list[str], runs: int = 7) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "journey_widget.cli", "--store", str(path), *args],
            capture_output=True,
            check=False,
        )
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--store", type=Path, default=Path("/tmp/journey-bench.sqlite"))
    args = parser.parse_args()
    if not args.store.exists():
        built = build(args.store, args.customers)
        print(
            f"generate {built['customers']:,} customers / {built['interactions']:,} interactions"
            f" / {built['tickets']:,} tickets: {built['generate_s']:.1f} s;"
            f" import: {built['import_s']:.1f} s; store {built['store_mb']:.0f} MB"
        )
    numbers, fragments, names = samples(args.store, 200)
    results = asyncio.run(measure(args.store, numbers, fragments, names))
    results["`lookup` process"] = process_times(args.store, ["lookup", numbers[0]])
    results["`search` process"] = process_times(args.store, ["search", fragments[0]])
    print(f"{'what':<22} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for name, times in results.items():
        print(
            f"{name:<22} {len(times):>4} {statistics.median(times):>8.2f}"
            f" {percentile(times, 95):>8.2f} {max(times):>8.2f}"
        )


if __name__ == "__main__":
    main()
