"""Supervisor suggestions (SPEC C1) on a 1,000,000-identifier store, against a plain LIKE scan.

    python benchmarks/bench_suggest.py [--store /tmp/journey-bench-suggest.sqlite]
                                       [--customers 250000] [--queries 600]

Builds the store once unless it exists: N customers with a name, a phone number, a SIP
address and an e-mail address each (4 search terms a customer: 250,000 customers are
1,000,000 identifiers), loaded through the store's own import path, so the trigram index
is the one the app uses. Then, in one run:

- ``JourneyService.suggest(text, 20)`` through the LocalSource worker thread (what the
  report's search field awaits), for digit fragments from inside numbers, fragments from
  inside names, e-mail fragments and very common fragments ("ray", "@exa", "sip:"); budget
  p95 < 20 ms;
- a sample of the same texts as a plain ``term LIKE '%text%'`` scan of the same table, every
  match read (ranking exact / prefix / contains needs them all), one run each; the ratio of
  the medians is what the trigram index buys.
Prints one table; docs/performance.md quotes it.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import time
from pathlib import Path

from journey_widget.model import Customer, Identifier, IdentifierKind, NumberType
from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access
from journey_widget.service.lookup import JourneyService
from journey_widget.sources.demo import vocabulary as vocab
from journey_widget.sources.local.search_index import query_forms
from journey_widget.sources.local.source import LocalSource
from journey_widget.sources.local.store import open_store

FIRST = (*vocab.GERMAN_MALE, *vocab.GERMAN_FEMALE, *vocab.INDONESIAN_MALE)
LAST = (*vocab.GERMAN_LAST, *vocab.INDONESIAN_LAST)
COMMON = ("ray", "@exa", "sip:", "mann", "ari", "+49", "1234", "example.com")
_LIKE_SQL = """
SELECT t.customer_id, t.display FROM search_terms AS t
WHERE t.term LIKE ?1 ESCAPE '\\'
"""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def customers(count: int, seed: int = 7):
    rng = random.Random(seed)
    for n in range(1, count + 1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        local = f"{first}.{last}{n}".lower().replace(" ", "")
        national = f"{rng.randint(30, 899)}{rng.randint(1_000_000, 99_999_999)}"
        yield Customer(
            id=f"S{n:07d}",
            name=f"{first} {last}",
            identifiers=(
                Identifier(IdentifierKind.PHONE, f"+49{national}", NumberType.MOBILE),
                Identifier(IdentifierKind.SIP, f"sip:{local}@voip.example.net"),
                Identifier(IdentifierKind.EMAIL, f"{local}@example.com"),
            ),
        )


def build(path: Path, count: int) -> tuple[float, int]:
    started = time.perf_counter()
    store = open_store(path, create=True)
    store.import_records(customers(count))
    store.close()
    conn = sqlite3.connect(path)
    terms = conn.execute("SELECT count(*) FROM search_terms").fetchone()[0]
    conn.close()
    return time.perf_counter() - started, terms


def queries(path: Path, count: int) -> dict[str, list[str]]:
    """Fragments from inside real terms of the store: digits, names, e-mails; and common ones."""
    rng = random.Random(11)
    conn = sqlite3.connect(path)
    top = conn.execute("SELECT max(id) FROM search_terms").fetchone()[0]
    groups: dict[str, list[str]] = {"digits": [], "name": [], "e-mail": []}
    kinds = {"phone": "digits", None: "name", "email": "e-mail"}
    while min(len(g) for g in groups.values()) < count // 3:
        row = conn.execute(
            "SELECT kind, term FROM search_terms WHERE id = ?", (rng.randint(1, top),)
        ).fetchone()
        if row is None or row[0] not in kinds:
            continue
        term = row[1]
        size = rng.randint(4, 7)
        start = rng.randint(0, max(0, len(term) - size))
        groups[kinds[row[0]]].append(term[start : start + size])
    conn.close()
    groups["common"] = list(COMMON) * 5
    return groups


async def time_suggest(path: Path, groups: dict[str, list[str]]) -> dict[str, list[float]]:
    service = JourneyService(
        LocalSource(path), access=Access(UserContext.for_role("bench", Role.ADMINISTRATOR))
    )
    await service.suggest("warm")  # open the connection on its thread, warm the page cache
    results: dict[str, list[float]] = {}
    for name, texts in groups.items():
        times = []
        for text in texts:
            started = time.perf_counter()
            await service.suggest(text, 20)
            times.append((time.perf_counter() - started) * 1000)
        results[name] = times
    await service.aclose()
    return results


def time_like(path: Path, texts: list[str]) -> list[float]:
    conn = sqlite3.connect(path)
    times = []
    for text in texts:
        form = query_forms(text, "DE")[0]
        pattern = "%" + form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        started = time.perf_counter()
        conn.execute(_LIKE_SQL, (pattern,)).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    conn.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, default=Path("/tmp/journey-bench-suggest.sqlite"))
    parser.add_argument("--customers", type=int, default=250_000)
    parser.add_argument("--queries", type=int, default=600)
    args = parser.parse_args()
    if not args.store.exists():
        seconds, terms = build(args.store, args.customers)
        print(f"built {args.customers:,} customers / {terms:,} identifiers in {seconds:.1f} s")
    conn = sqlite3.connect(args.store)
    terms = conn.execute("SELECT count(*) FROM search_terms").fetchone()[0]
    conn.close()
    groups = queries(args.store, args.queries)
    suggest = asyncio.run(time_suggest(args.store, groups))
    every = [t for times in suggest.values() for t in times]
    print(f"store: {args.store} ({terms:,} identifiers)")
    print(f"{'suggest (ms)':<22} {'n':>4} {'p50':>8} {'p95':>8} {'max':>8}")
    for name, times in [*suggest.items(), ("all", every)]:
        print(
            f"{name:<22} {len(times):>4} {statistics.median(times):>8.2f}"
            f" {percentile(times, 95):>8.2f} {max(times):>8.2f}"
        )
    # One LIKE scan per text of a sample (a full scan costs a second or so each).
    sample = [texts[0] for texts in groups.values()] + [g[1] for g in groups.values()]
    like = time_like(args.store, sample)
    trigram = asyncio.run(time_suggest(args.store, {"sample": sample}))["sample"]
    like_ms, trigram_ms = statistics.median(like), statistics.median(trigram)
    print(
        f"LIKE '%...%' scan, {len(sample)} texts, one run each: median {like_ms:.1f} ms,"
        f" max {max(like):.1f} ms; suggest on the same texts: median {trigram_ms:.2f} ms"
        f" -> ratio {like_ms / trigram_ms:.0f}x"
    )


if __name__ == "__main__":
    main()
