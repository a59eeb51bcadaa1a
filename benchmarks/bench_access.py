"""What the service's guard costs on a lookup, and what anonymise costs, on a big store.

    python benchmarks/bench_access.py --store /tmp/journey-bench.sqlite [--lookups 200]

The store is copied first (anonymise changes it). Prints p50 / p95 / max in milliseconds of:
a lookup by number straight from the source, the same through the service as an
administrator (guard, nothing to remove), as a supervisor with the privacy setting on
(sessions kept, identifiers obfuscated) and as an agent (segments removed); then the time to
anonymise a few customers one by one (secure delete, FTS merge, WAL truncate); and the
operations window's tenant list (``Store.tenants``), after the one-off upgrade that adds its
index to a store of an older schema (also timed, when the store needs it).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from journey_widget.model import Identifier, IdentifierKind
from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.sources.local.source import LocalSource
from journey_widget.sources.local.store import open_store


def _numbers(path: Path, count: int) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT value FROM identifiers WHERE kind = 'phone' ORDER BY random() LIMIT ?",
            (count,),
        ).fetchall()
    return [row[0] for row in rows]


def _report(name: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[max(0, round(len(ordered) * 0.95) - 1)]
    print(
        f"| {name} | {len(times)} | {statistics.median(times):.2f} | {p95:.2f} "
        f"| {ordered[-1]:.2f} |"
    )


async def _lookups(path: Path, numbers: list[str]) -> None:
    source = LocalSource(path)
    try:
        times = []
        for number in numbers:
            start = time.perf_counter()
            await source.journey_by_identifier(Identifier(IdentifierKind.PHONE, number), None)
            times.append((time.perf_counter() - start) * 1000)
        _report("source only: number -> journey", times)
    finally:
        await source.aclose()
    for label, role, privacy in (
        ("service, administrator", Role.ADMINISTRATOR, False),
        ("service, supervisor, privacy on", Role.SUPERVISOR, True),
        ("service, agent", Role.AGENT, False),
    ):
        access = Access(UserContext.for_role("bench", role), obfuscate_identifiers=privacy)
        service = JourneyService(LocalSource(path), access=access)
        try:
            times = []
            for number in numbers:
                start = time.perf_counter()
                await service.lookup(number, period_months=None)
                times.append((time.perf_counter() - start) * 1000)
            _report(label, times)
        finally:
            await service.aclose()


async def _anonymise(path: Path, customers: list[str]) -> None:
    service = JourneyService(
        LocalSource(path), access=Access(UserContext.for_role("bench", Role.ADMINISTRATOR))
    )
    try:
        times = []
        for customer_id in customers:
            start = time.perf_counter()
            outcome = await service.operations.anonymise(customer_id)
            times.append((time.perf_counter() - start) * 1000)
            assert outcome is not None and outcome.file_clean
        _report("anonymise one customer", times)
    finally:
        await service.aclose()


def _tenants(path: Path, runs: int = 20) -> None:
    with sqlite3.connect(path) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    start = time.perf_counter()
    store = open_store(path, create=False)
    opened = (time.perf_counter() - start) * 1000
    try:
        if version < 2:
            _report(f"open + upgrade schema {version} -> 2 (tenant index)", [opened])
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            store.tenants()
            times.append((time.perf_counter() - start) * 1000)
        _report("tenant list (Store.tenants)", times)
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--lookups", type=int, default=200)
    parser.add_argument("--anonymise", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.store.parent) as folder:
        copy = Path(folder) / "bench-access.sqlite"
        shutil.copyfile(args.store, copy)
        numbers = _numbers(copy, args.lookups)
        print("| what (ms) | n | p50 | p95 | max |\n|---|---|---|---|---|")
        _tenants(copy)
        asyncio.run(_lookups(copy, numbers))
        with sqlite3.connect(copy) as conn:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM customers ORDER BY random() LIMIT ?", (args.anonymise,)
                )
            ]
        asyncio.run(_anonymise(copy, ids))


if __name__ == "__main__":
    main()
