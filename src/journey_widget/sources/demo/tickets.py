"""The demo customers' tickets (SPEC F3) and their follow-ups (SPEC F4).

Part of the demo generator (``generator.generate``): drawn from the same ``random.Random`` in
the same order, so the generated data stays the same for the same seed.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import TypeVar

from journey_widget.model import FollowUp, FollowUpKind, Interaction, Ticket, TicketStatus
from journey_widget.sources.demo import vocabulary as vocab
from journey_widget.sources.demo.customer import HISTORY_DAYS, Person, at, weighted

T = TypeVar("T")

__all__ = ["tickets"]

_DAY = 86_400
_TERMINAL = (TicketStatus.RESOLVED, TicketStatus.CLOSED)
_STATUS_PATHS = {
    TicketStatus.OPEN: ((),),
    TicketStatus.IN_PROGRESS: ((TicketStatus.IN_PROGRESS,),),
    TicketStatus.PENDING: ((TicketStatus.IN_PROGRESS, TicketStatus.PENDING),),
    TicketStatus.RESOLVED: (
        (TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED),
        (TicketStatus.IN_PROGRESS, TicketStatus.PENDING, TicketStatus.RESOLVED),
    ),
    TicketStatus.CLOSED: (
        (TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED, TicketStatus.CLOSED),
        (TicketStatus.RESOLVED, TicketStatus.CLOSED),
    ),
}
_RECENT_STATUS = weighted(
    (
        (TicketStatus.OPEN, 20),
        (TicketStatus.IN_PROGRESS, 25),
        (TicketStatus.PENDING, 15),
        (TicketStatus.RESOLVED, 20),
        (TicketStatus.CLOSED, 20),
    )
)
_OLD_STATUS = weighted(
    (
        (TicketStatus.OPEN, 4),
        (TicketStatus.IN_PROGRESS, 3),
        (TicketStatus.PENDING, 8),
        (TicketStatus.RESOLVED, 35),
        (TicketStatus.CLOSED, 50),
    )
)
_TICKET_COUNTS = (1, 1, 1, 1, 1, 1, 1, 2, 2, 3)
# C000001's tickets after the overdue one: every other badge of SPEC F3 once.
_RICH_STATUSES = (
    TicketStatus.OPEN,
    TicketStatus.PENDING,
    TicketStatus.RESOLVED,
    TicketStatus.CLOSED,
)


def tickets(
    person: Person, interactions: list[Interaction], rng: random.Random, anchor_ts: int
) -> list[Ticket]:
    """Tickets of about one customer in six (SPEC F3), with follow-ups (SPEC F4).

    C000001's first ticket is in progress with an overdue rescheduled call-back, so that every
    data set shows an overdue follow-up; its other four show the other statuses, one each.
    """
    r = rng.random

    def pick(seq: Sequence[T]) -> T:
        return seq[int(r() * len(seq))]

    rich = person.index == 1
    if rich:
        count = 1 + len(_RICH_STATUSES)
    elif r() < 0.18:
        count = pick(_TICKET_COUNTS)
    else:
        return []
    words, agents = person.tenant.words, person.tenant.agents
    handled = [i for i in interactions if i.agents and not i.live]
    tickets = []
    for k in range(1, count + 1):
        linked = pick(handled) if handled and r() < 0.65 else None
        if linked and linked.ended_at:
            created = math.floor(linked.ended_at.timestamp()) + int(r() * 300)
        else:
            created = anchor_ts - int(HISTORY_DAYS * _DAY * r() ** 1.5)
        created = min(created, anchor_ts - 3600)
        overdue = rich and k == 1
        if overdue:
            created = min(created, anchor_ts - 20 * _DAY)
            status = TicketStatus.IN_PROGRESS
        elif rich:
            status = _RICH_STATUSES[k - 2]
        else:
            status = pick(_OLD_STATUS if anchor_ts - created > 60 * _DAY else _RECENT_STATUS)
        follow_ups = _follow_ups(rng, words, agents, status, created, anchor_ts, overdue)
        tickets.append(
            Ticket(
                id=f"T{person.index:06d}-{k:02d}",
                customer_id=person.id,
                subject=pick(words.ticket_subjects),
                status=status,
                created_at=at(created),
                updated_at=follow_ups[-1].at if follow_ups else at(created),
                interaction_id=linked.id if linked else None,
                creator=linked.last_agent if linked else pick(agents),
                assignee=None if r() < 0.1 and not overdue else pick(agents),
                follow_ups=follow_ups,
            )
        )
    return tickets


def _follow_ups(
    rng: random.Random,
    words: vocab.Language,
    agents: tuple[str, ...],
    status: TicketStatus,
    created: int,
    anchor_ts: int,
    overdue: bool,
) -> tuple[FollowUp, ...]:
    """Status updates leading to ``status``, with reschedules and escalations between them.

    Times are increasing and before the anchor; a reschedule or escalation is done once its
    ticket is resolved, and otherwise sometimes still open after its due time (overdue).
    """
    r = rng.random

    def pick(seq: Sequence[T]) -> T:
        return seq[int(r() * len(seq))]

    path = pick(_STATUS_PATHS[status])
    events: list[FollowUpKind | TicketStatus] = list(path)
    before_end = next((i for i, s in enumerate(path) if s in _TERMINAL), len(path))
    for _ in range(int(r() * 3)):
        extra = FollowUpKind.RESCHEDULE if r() < 0.6 else FollowUpKind.ESCALATION
        events.insert(int(r() * (before_end + 1)), extra)
        before_end += 1
    latest = anchor_ts - (6 * _DAY if overdue else 60)
    window = min(latest - created - 60, 45 * _DAY)
    times = sorted(created + 60 + int(r() * window) for _ in events)
    closed = status in _TERMINAL
    out = []
    for event, t in zip(events, times, strict=True):
        if isinstance(event, TicketStatus):
            out.append(
                FollowUp(
                    FollowUpKind.STATUS_UPDATE,
                    at(t),
                    pick(words.status_notes),
                    pick(agents),
                    status=event,
                    done=True,
                )
            )
            continue
        rescheduled = event is FollowUpKind.RESCHEDULE
        due = t + (1 + int(r() * (7 if rescheduled else 3))) * _DAY
        notes = words.reschedule_notes if rescheduled else words.escalation_notes
        done = closed or (due < anchor_ts and r() < 0.6)
        out.append(FollowUp(event, at(t), pick(notes), pick(agents), due_at=at(due), done=done))
    if overdue:
        out.append(
            FollowUp(
                FollowUpKind.RESCHEDULE,
                at(anchor_ts - 5 * _DAY),
                words.reschedule_notes[0],
                agents[0],
                due_at=at(anchor_ts - 2 * _DAY),
                done=False,
            )
        )
    return tuple(out)
