"""What saving settings and finding the keyring cost the thread that asks (issue 14.7).

    python benchmarks/bench_settings_saving.py [--saves 200]

Prints the time the first ``keyring.get_keyring()`` takes (what the settings dialog used to
pay on the GUI thread when it opened; the session now pays it on a worker at start); then
p50 / p95 / max in milliseconds of ``SettingsFile.save`` (temp file, fsync, rename, on the
caller) against ``SettingsFile.save_later`` (the caller only hands the settings to the writer
thread), and how long ``flush_saves`` then waits for the writer to finish them all.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import keyring

from journey_widget.settings import Settings, SettingsFile, flush_saves


def _quantiles(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[int(len(ordered) * 0.95)]
    median = statistics.median(ordered)
    return f"p50 {median * 1e3:.3f}  p95 {p95 * 1e3:.3f}  max {ordered[-1] * 1e3:.3f} ms"


def _settings(n: int) -> Settings:
    return replace(Settings(), display=replace(Settings().display, period_months=1 + n % 24))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()

    started = time.perf_counter()
    backend = keyring.get_keyring()
    found = time.perf_counter() - started
    print(f"first keyring.get_keyring(): {found * 1e3:.0f} ms ({type(backend).__name__})")

    folder = Path(tempfile.mkdtemp(prefix="journey-settings-bench-"))
    settings_file = SettingsFile(folder / "settings.json")
    settings_file.save(Settings())
    waited, handed = [], []
    for n in range(args.saves):
        started = time.perf_counter()
        settings_file.save(_settings(n))
        waited.append(time.perf_counter() - started)
    for n in range(args.saves):
        started = time.perf_counter()
        settings_file.save_later(_settings(n))
        handed.append(time.perf_counter() - started)
    started = time.perf_counter()
    flush_saves()
    flushed = time.perf_counter() - started
    print(f"save()       on the caller: {_quantiles(waited)}")
    print(f"save_later() on the caller: {_quantiles(handed)}")
    print(f"flush_saves() after {args.saves} save_later(): {flushed * 1e3:.1f} ms")
    last = SettingsFile(settings_file.path).load()
    assert last == _settings(args.saves - 1), "the newest save must be the one on disk"


if __name__ == "__main__":
    main()
