"""Start-up and memory budgets of DESIGN.md, measured on the real program in a fresh process.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--runs 10]

- "start to first painted window": ``journey-widget --store S --screenshot X`` with no number
  opens, connects the store, shows its idle window, grabs it and exits. The figure is the
  process's wall time minus the fixed settle pause before the grab (gui_screenshot's
  SCREENSHOT_SETTLE_SECONDS): an upper bound, since it also counts the exit.
- "memory with a 10,000-interaction journey open": the same program with ``--number`` of a
  customer who has 10,000 interactions, timeline shown; the child's peak resident set size
  (``ru_maxrss``) after the journey was painted and grabbed.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_timeline import journey_of
from journey_widget.app.session import SCREENSHOT_SETTLE_SECONDS
from journey_widget.model import Identifier, IdentifierKind
from journey_widget.sources.local.store import open_store

HEAVY_NUMBER = "+49301234567"


def _store(folder: Path, count: int) -> Path:
    path = folder / "startup.sqlite"
    journey = journey_of(count)
    customer = replace(
        journey.customer, identifiers=(Identifier(IdentifierKind.PHONE, HEAVY_NUMBER),)
    )
    with open_store(path, create=True) as store:
        store.import_records([customer, *journey.interactions])
    return path


def _run(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and the child's peak RSS in KiB (Linux reports ru_maxrss in KiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "journey_widget", *args], env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()}")
    # RUSAGE_CHILDREN's maximum covers every child so far: run the heavy case alone last.
    return elapsed, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--count", type=int, default=10_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_CACHE_HOME": str(folder / "cache"),
            "XDG_DATA_HOME": str(folder / "data"),
        }
        store = _store(folder, options.count)
        shot = str(folder / "shot.png")
        base = ["--store", str(store), "--size", "480x720", "--lang", "en", "--screenshot", shot]
        _run(base, env)  # warm the file cache once
        starts = [_run(base, env)[0] - SCREENSHOT_SETTLE_SECONDS for _ in range(options.runs)]
        _, rss_kib = _run([*base, "--number", HEAVY_NUMBER], env)
    starts_ms = sorted(s * 1000 for s in starts)
    p95 = starts_ms[min(len(starts_ms) - 1, round(0.95 * (len(starts_ms) - 1)))]
    print(f"start -> idle window grabbed and exited, {options.runs} runs (ms):")
    print(f"  median {statistics.median(starts_ms):.0f}  p95 {p95:.0f}  budget 800")
    print(f"peak RSS with a {options.count:,}-interaction journey painted: {rss_kib / 1024:.0f} MB")
    print("  budget 150 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
