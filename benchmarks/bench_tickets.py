"""What issue 6 adds to showing a journey: category / lead filters, the tickets section.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_tickets.py [--count 10000] [--tickets 500]

Measures, on a journey of ``--count`` interactions (every category and lead status) with
``--tickets`` tickets of four follow-ups each: the category + lead-status filter over the
journey, the choices for the two boxes, filling the tickets section (scope, sort, badges'
model), opening one ticket's details, and the whole page shown (data ready -> painted).
No budget of its own: the page stays within DESIGN.md's "data ready -> 10,000 painted".
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QApplication

from journey_widget.model import (
    Category,
    Channel,
    Customer,
    Direction,
    FollowUp,
    FollowUpKind,
    Interaction,
    Journey,
    LeadStatus,
    Ticket,
    TicketStatus,
)
from journey_widget.model.filters import (
    JourneyFilter,
    apply_filter,
    categories_of,
    lead_statuses_of,
)
from journey_widget.ui.journey.page import JourneyPage

NOW = datetime.now(UTC)


def journey_of(count: int, tickets: int, seed: int = 7) -> Journey:
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        started = NOW - timedelta(seconds=rng.uniform(60, 364 * 86400))
        category = rng.choice([*Category, None])
        rows.append(
            Interaction(
                id=f"B{n:06d}",
                customer_id="C1",
                channel=rng.choice(list(Channel)),
                direction=rng.choice(list(Direction)),
                started_at=started,
                ended_at=started + timedelta(minutes=rng.randint(1, 30)),
                category=category,
                lead_status=rng.choice(list(LeadStatus)) if category is Category.SALES else None,
                outcome="Resolved",
                agents=("Anna Schmidt",),
            )
        )
    made = []
    for n in range(tickets):
        created = NOW - timedelta(days=rng.uniform(1, 360))
        follow = tuple(
            FollowUp(
                rng.choice(list(FollowUpKind)),
                created + timedelta(hours=k + 1),
                "Note",
                "Budi",
                due_at=created + timedelta(days=k + 2),
            )
            for k in range(4)
        )
        made.append(
            Ticket(
                f"T{n:05d}",
                "C1",
                f"Ticket {n}",
                rng.choice(list(TicketStatus)),
                created,
                created + timedelta(days=1),
                interaction_id=rows[rng.randrange(count)].id if count else None,
                creator="Anna",
                assignee="Budi",
                follow_ups=follow,
            )
        )
    customer = Customer("C1", "Bench Customer", lead_status=LeadStatus.FOLLOW_UP)
    return Journey(customer, tuple(rows), tuple(made))


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
    parser.add_argument("--tickets", type=int, default=500)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    journey = journey_of(args.count, args.tickets)
    page = JourneyPage()
    page.resize(1200, 720)
    page.show()
    app.processEvents()
    other = Journey(Customer("C2"), ())
    sales = JourneyFilter(category=Category.SALES, lead_status=LeadStatus.AGREE)

    def show_page() -> None:
        page.show_journey(other, None, 12)
        page.show_journey(journey, NOW - timedelta(days=365), 12)
        page.timeline.viewport().repaint()

    def open_ticket() -> None:
        page.tickets.open_ticket(page.tickets.model.ticket_at(0))

    rows = [
        (
            "category + lead filter",
            timed(lambda: apply_filter(journey.interactions, sales, NOW), args.runs),
        ),
        (
            "category + lead choices",
            timed(
                lambda: (
                    categories_of(journey.interactions),
                    lead_statuses_of(journey.interactions),
                ),
                args.runs,
            ),
        ),
        ("tickets section filled", timed(lambda: page._show_tickets(journey, False), args.runs)),
        ("one ticket's details", timed(open_ticket, args.runs)),
        ("data ready -> page painted", timed(show_page, args.runs)),
    ]
    print(f"{args.count:,} interactions, {args.tickets:,} tickets, {args.runs} runs")
    print(f"{'what':<32} {'median ms':>10} {'p95 ms':>8}")
    for what, samples in rows:
        print(f"{what:<32} {statistics.median(samples):>10.2f} {p95(samples):>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
