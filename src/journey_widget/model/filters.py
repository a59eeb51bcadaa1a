"""What the agent's filters keep (SPEC A5, F1, F3, F5), as plain functions. No Qt.

Campaign is the primary filter and channel narrows within it: both set means campaign AND
channel. Category (F1) and lead status (F5) narrow further, AND-combined like the rest. The
period keeps the preceding 3, 6, 9 or 12 months (same day and time N months earlier; a day
the earlier month lacks falls back to its last day). The free text narrows
further: every word must occur, case-insensitively, in the outcome, an agent or the comments.
Both views (timeline and grid) show ``apply_filter``'s result, so they always agree.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from journey_widget.model.enums import Category, Channel, LeadStatus
from journey_widget.model.journey import Interaction, Ticket

PERIODS_MONTHS = (3, 6, 9, 12)
DEFAULT_PERIOD_MONTHS = 12


@dataclass(frozen=True, slots=True)
class JourneyFilter:
    """The filter bar's state. ``None`` means "All"; ``period_months`` None means no limit."""

    campaign: str | None = None
    channel: Channel | None = None
    period_months: int | None = DEFAULT_PERIOD_MONTHS
    text: str = ""
    category: Category | None = None
    lead_status: LeadStatus | None = None

    @property
    def is_narrowed(self) -> bool:
        """Whether anything but the period hides interactions (the period always applies)."""
        return (
            self.campaign is not None
            or self.channel is not None
            or self.category is not None
            or self.lead_status is not None
            or bool(self.words)
        )

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
    if journey_filter.category is not None and interaction.category is not journey_filter.category:
        return False
    lead = journey_filter.lead_status
    if lead is not None and interaction.lead_status is not lead:
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


def categories_of(interactions: Iterable[Interaction]) -> list[Category]:
    """The categories that occur, in F1's order (All / Service / Sales / ... / General)."""
    present = {i.category for i in interactions}
    return [category for category in Category if category in present]


def lead_statuses_of(interactions: Iterable[Interaction]) -> list[LeadStatus]:
    """The lead statuses the interactions record, in F5's order."""
    present = {i.lead_status for i in interactions}
    return [status for status in LeadStatus if status in present]


class TicketScope(StrEnum):
    """Which tickets the ticket list shows (SPEC F3)."""

    CUSTOMER = "customer"  # every ticket of the customer, across channels and sessions
    SESSION = "session"  # only those raised in the current session (interaction)


def tickets_in_scope(
    tickets: Iterable[Ticket], scope: TicketScope, session_id: str | None
) -> tuple[Ticket, ...]:
    """The tickets of the scope, newest update first. No session means no session tickets."""
    if scope is TicketScope.SESSION:
        kept = [t for t in tickets if session_id is not None and t.interaction_id == session_id]
    else:
        kept = list(tickets)
    return tuple(sorted(kept, key=lambda t: (t.updated_at, t.id), reverse=True))


def needs_reload(wanted_months: int | None, loaded_months: int | None) -> bool:
    """Whether a period reaches further back than what was loaded (then the source is asked)."""
    if loaded_months is None:
        return False
    return wanted_months is None or wanted_months > loaded_months
