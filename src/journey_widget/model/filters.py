"""What the agent's filters keep (SPEC A5), as plain functions. No Qt.

Campaign is the primary filter and channel narrows within it: both set means campaign AND
channel. The period keeps the preceding 3, 6, 9 or 12 months (same day and time N months
earlier; a day the earlier month lacks falls back to its last day). The free text narrows
further: every word must occur, case-insensitively, in the outcome, an agent or the comments.
Both views (timeline and grid) show ``apply_filter``'s result, so they always agree.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from .enums import Channel
from .journey import Interaction

PERIODS_MONTHS = (3, 6, 9, 12)
DEFAULT_PERIOD_MONTHS = 12


@dataclass(frozen=True, slots=True)
class JourneyFilter:
    """The filter bar's state. ``None`` means "All"; ``period_months`` None means no limit."""

    campaign: str | None = None
    channel: Channel | None = None
    period_months: int | None = DEFAULT_PERIOD_MONTHS
    text: str = ""

    @property
    def is_narrowed(self) -> bool:
        """Whether campaign, channel or text hide anything (the period always applies)."""
        return self.campaign is not None or self.channel is not None or bool(self.words)

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.text.casefold().split())


def months_before(now: datetime, months: int) -> datetime:
    """The same day and time ``months`` earlier, clamped to the earlier month's last day."""
    years_back, month_index = divmod(now.month - 1 - months, 12)
    year, month = now.year + years_back, month_index + 1
    return now.replace(year=year, month=month, day=min(now.day, monthrange(year, month)[1]))


def period_start(period_months: int | None, now: datetime) -> datetime | None:
    return None if period_months is None else months_before(now, period_months)


def searchable_text(interaction: Interaction) -> str:
    """What the free text looks in: outcome, task result, every agent, the comments."""
    parts = [interaction.outcome or "", *interaction.agents, interaction.agent_comments or ""]
    if interaction.task_result is not None:
        parts.append(interaction.task_result.value.replace("_", " "))
    return "\n".join(parts).casefold()


def matches(
    interaction: Interaction,
    journey_filter: JourneyFilter,
    since: datetime | None,
    *,
    describe: Callable[[Interaction], str] | None = None,
) -> bool:
    """Whether one interaction passes; ``describe`` adds text (translated labels) to search."""
    if journey_filter.campaign is not None and interaction.campaign != journey_filter.campaign:
        return False
    if journey_filter.channel is not None and interaction.channel is not journey_filter.channel:
        return False
    if since is not None and interaction.started_at < since:
        return False
    words = journey_filter.words
    if words:
        haystack = searchable_text(interaction)
        if describe is not None:
            haystack = f"{haystack}\n{describe(interaction).casefold()}"
        return all(word in haystack for word in words)
    return True


def apply_filter(
    interactions: Iterable[Interaction],
    journey_filter: JourneyFilter,
    now: datetime,
    *,
    describe: Callable[[Interaction], str] | None = None,
) -> tuple[Interaction, ...]:
    """The interactions the filter keeps, in their given order."""
    since = period_start(journey_filter.period_months, now)
    return tuple(i for i in interactions if matches(i, journey_filter, since, describe=describe))


def campaigns_of(interactions: Iterable[Interaction], extra: Iterable[str] = ()) -> list[str]:
    """Every campaign named by the interactions or ``extra`` (the customer's lists), sorted."""
    names = {i.campaign for i in interactions if i.campaign} | {c for c in extra if c}
    return sorted(names, key=str.casefold)


def channels_of(interactions: Iterable[Interaction]) -> list[Channel]:
    """The channels that occur, in the enum's order."""
    present = {i.channel for i in interactions}
    return [channel for channel in Channel if channel in present]


def needs_reload(wanted_months: int | None, loaded_months: int | None) -> bool:
    """Whether a period reaches further back than what was loaded (then the source is asked)."""
    if loaded_months is None:
        return False
    return wanted_months is None or wanted_months > loaded_months
