"""The facts of the one-line summary at the top of a journey (SPEC H4), without Qt.

Kept apart from the header widget so the counting rules are tested as plain functions and can
move into ``model/`` once a second view (the timeline) needs them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from journey_widget.model import Interaction, Journey

RECENT_DAYS = 30


@dataclass(frozen=True, slots=True)
class JourneySummary:
    total: int
    last: Interaction | None
    # Interactions started within the last RECENT_DAYS days.
    recent: int
    # Failed attempts in a row, counted back from the newest interaction (0 if it succeeded).
    failed_streak: int


def summarize(journey: Journey, now: datetime) -> JourneySummary:
    """Count what an agent wants to know before saying hello."""
    newest_first = journey.newest_first()
    cutoff = now - timedelta(days=RECENT_DAYS)
    recent = sum(1 for i in newest_first if cutoff <= i.started_at <= now)
    streak = 0
    for interaction in newest_first:
        if not interaction.is_failure:
            break
        streak += 1
    return JourneySummary(
        total=len(newest_first),
        last=newest_first[0] if newest_first else None,
        recent=recent,
        failed_streak=streak,
    )
