"""Switching the language of an open window with a 10,000-interaction journey (issue 8).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_language_switch.py [--count 10000] [--runs 10]

``i18n.switch_language`` swaps the translators and delivers LanguageChange to every widget;
each retranslates (the grid's and the day panel's models emit dataChanged, the grid measures
its columns again); then the window repaints. Timed: switch until the window has painted,
alternately German and English, in the timeline and in the grid. No budget in DESIGN.md: a
switch is rare, and anything under the 100 ms of "data ready -> painted" feels immediate.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from datetime import timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench_timeline import NOW, journey_of, p95, timed
from journey_widget import i18n
from journey_widget.ui.journey.page import JourneyPage


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install_translators(app, "en")
    page = JourneyPage()
    page.resize(1200, 720)
    page.show()
    app.processEvents()
    page.show_journey(journey_of(args.count), NOW - timedelta(days=365), 12)
    app.processEvents()
    languages = iter(["de", "en"] * args.runs)

    def switch() -> None:
        i18n.switch_language(app, next(languages))
        page.repaint()

    print(f"{args.count:,} interactions, page 1200 x 720, {args.runs} switches each")
    print(f"{'view':<10} {'median':>10} {'p95':>10}")
    for view in ("timeline", "grid"):
        page.set_view(view)
        app.processEvents()
        languages = iter(["de", "en"] * args.runs)
        samples = timed(switch, args.runs)
        print(f"{view:<10} {statistics.median(samples):>8.1f} ms {p95(samples):>7.1f} ms")
    i18n.switch_language(app, "en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
