"""Start-up against a bare PySide6 window, and memory, measured on the real program.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py [--runs 15]

Three kinds of fresh process, interleaved (one of each per round, so a busy moment on the
machine hits all three alike), each writing a PNG of its painted window and exiting:

- "bare": ``python -c`` importing PySide6.QtWidgets, building a QApplication and showing a
  QWidget of the same size; on its first paint event it grabs itself, saves the PNG and quits.
  The floor any PySide6 program pays: interpreter, Qt libraries, the platform plugin, a paint.
- "idle": ``python -m journey_widget --store S --size 480x720 --screenshot X`` without a number:
  the real program connects the store (on its worker thread), shows its idle window, grabs it.
- "customer": the same with ``--number`` of a typical customer (40 interactions), so the
  journey page is built, the lookup runs and the timeline is painted before the grab.

What is timed is process spawn to the moment the PNG is written (its modification time, on
the same clock as the spawn timestamp), not to the process exit. The real program waits a
fixed settle pause (app/screenshot.py's SCREENSHOT_SETTLE_SECONDS) between "shown" and the
grab; that pause is subtracted, so "idle" and "customer" are spawn to painted window. For
"idle" that is an upper bound: the window is first painted before its store is connected, and
the journey page it builds once connected (ui/shell/main_window.py) runs before the pause
starts, so both are counted. Each figure is the median and p90 over ``--runs`` rounds; the
ratio is real / bare of the medians.
Children run without PYTHONDONTWRITEBYTECODE: one warm-up round writes the bytecode caches,
as an installed wheel has them.

Then "memory with a 10,000-interaction journey open": ``--number`` of a customer who has
10,000 interactions, timeline shown; the child's peak resident set size (``ru_maxrss``).
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
from journey_widget.app.screenshot import SCREENSHOT_SETTLE_SECONDS
from journey_widget.model import Identifier, IdentifierKind
from journey_widget.sources.local.store import open_store

HEAVY_NUMBER = "+49301234567"
TYPICAL_NUMBER = "+49301234568"
TYPICAL_COUNT = 40
SIZE = (480, 720)

# The same work as ``--screenshot`` on the smallest PySide6 program: show, first paint, grab,
# save, exit. The grab waits for the first paint event, which comes through the event loop.
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])


class Window(QWidget):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, done)


def done():
    if not window.grab().save(sys.argv[1], "PNG"):
        sys.exit(2)
    app.quit()


window = Window()
window.resize(int(sys.argv[2]), int(sys.argv[3]))
window.show()
sys.exit(app.exec())
"""


def _store(folder: Path, count: int) -> Path:
    path = folder / "startup.sqlite"
    heavy = journey_of(count)
    heavy_customer = replace(
        heavy.customer, identifiers=(Identifier(IdentifierKind.PHONE, HEAVY_NUMBER),)
    )
    typical = journey_of(TYPICAL_COUNT, seed=11)
    typical_customer = replace(
        typical.customer,
        id="C2",
        name="Typical Customer",
        identifiers=(Identifier(IdentifierKind.PHONE, TYPICAL_NUMBER),),
    )
    typical_rows = [
        replace(row, id=f"T{n:06d}", customer_id="C2") for n, row in enumerate(typical.interactions)
    ]
    with open_store(path, create=True) as store:
        store.import_records([heavy_customer, *heavy.interactions, typical_customer, *typical_rows])
    return path


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _spawn_to_png(command: list[str], shot: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning ``command`` to the PNG it writes (its mtime, wall clock), and
    the CPU seconds (user + system) the whole process used."""
    shot.unlink(missing_ok=True)
    cpu = _cpu_of_children()
    start = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return shot.stat().st_mtime - start, _cpu_of_children() - cpu


def _peak_rss_kib(command: list[str], env: dict[str, str]) -> int:
    """The child's peak RSS in KiB (Linux reports ru_maxrss in KiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    # RUSAGE_CHILDREN's maximum covers every child so far: run the heavy case alone last.
    return max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def _summary(samples: list[float]) -> tuple[float, float]:
    """Median and p90 in milliseconds."""
    ordered = sorted(s * 1000 for s in samples)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return statistics.median(ordered), p90


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
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
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        store = _store(folder, options.count)
        shot = folder / "shot.png"
        width, height = SIZE
        real = [sys.executable, "-m", "journey_widget", "--store", str(store)]
        real += ["--size", f"{width}x{height}", "--lang", "en", "--screenshot", str(shot)]
        commands = {
            "bare": ([sys.executable, "-c", BARE, str(shot), str(width), str(height)], 0.0),
            "idle": (real, SCREENSHOT_SETTLE_SECONDS),
            "customer": ([*real, "--number", TYPICAL_NUMBER], SCREENSHOT_SETTLE_SECONDS),
        }
        for command, _settle in commands.values():  # warm the file cache and the bytecode
            _spawn_to_png(command, shot, env)
        samples: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(options.runs):
            for name, (command, settle) in commands.items():
                seconds, cpu_seconds = _spawn_to_png(command, shot, env)
                samples[name].append(seconds - settle)
                cpu[name].append(cpu_seconds)
        rss_kib = _peak_rss_kib([*real, "--number", HEAVY_NUMBER], env)
    bare_median, _ = _summary(samples["bare"])
    bare_cpu, _ = _summary(cpu["bare"])
    print(f"process spawn -> painted {width}x{height} window saved as PNG, {options.runs} rounds")
    print("(real program: minus the fixed settle pause before its grab), ms; and the CPU time")
    print("(user + system) of the whole process, which a busy machine inflates less:")
    print(f"  {'':<10}{'median':>8}{'p90':>8}{'ratio':>8}{'cpu':>8}{'ratio':>8}")
    for name, values in samples.items():
        median, p90 = _summary(values)
        cpu_median, _ = _summary(cpu[name])
        print(
            f"  {name:<10}{median:>8.0f}{p90:>8.0f}{median / bare_median:>7.2f}x"
            f"{cpu_median:>8.0f}{cpu_median / bare_cpu:>7.2f}x"
        )
    print("  goal: idle at most 2x bare; budget 800 ms")
    print(f"peak RSS with a {options.count:,}-interaction journey painted: {rss_kib / 1024:.0f} MB")
    print("  budget 150 MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
