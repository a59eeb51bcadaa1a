"""Interactions in words: tooltips, accessible names, live state (SPEC A9, E4, G3).

Whatever a colour or an icon says is also said here, so a screen reader and a colour-blind
agent get the same facts: channel, direction, when, the outcome with "Failed" for a red dot,
and "Live", "Idle" or "Inactive" for an interaction still going on.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from journey_widget.model import Interaction, LiveState
from journey_widget.model.live_status import (
    LiveEvent,
    LiveEventKind,
    session_next_change,
    session_state,
)
from journey_widget.ui.common.formatting import (
    arg,
    channel_text,
    direction_text,
    format_datetime,
    outcome_text,
)
from journey_widget.ui.common.labels import failed_label, live_label

SEPARATOR = " · "


def live_state(interaction: Interaction, now: datetime) -> LiveState:
    """E4's state of a running interaction: a call is live until it ends; messages go quiet."""
    if not interaction.live:
        return LiveState.PAST
    if interaction.channel.is_call:
        return LiveState.LIVE
    return session_state(_events(interaction), now)


def live_next_change(interaction: Interaction, now: datetime) -> datetime | None:
    """When ``live_state`` changes next by itself (one timer, no polling)."""
    if not interaction.live or interaction.channel.is_call:
        return None
    return session_next_change(_events(interaction), now)


def _events(interaction: Interaction) -> list[LiveEvent]:
    last = interaction.last_activity_at or interaction.started_at
    return [LiveEvent(LiveEventKind.ACTIVITY, last)]


def live_state_label(state: LiveState) -> str:
    if state is LiveState.LIVE:
        return live_label()
    if state is LiveState.IDLE:
        return QCoreApplication.translate("labels", "Idle")
    if state is LiveState.INACTIVE:
        return QCoreApplication.translate("labels", "Inactive")
    return ""


def outcome_words(interaction: Interaction) -> str:
    """The outcome, led by "Failed" when the red dot shows (unless that is all it says)."""
    outcome = outcome_text(interaction)
    if not interaction.is_failure:
        return outcome
    failed = failed_label()
    if not outcome or outcome == failed:
        return failed
    return arg(QCoreApplication.translate("labels", "%1: %2"), failed, outcome)


def describe(interaction: Interaction, live: LiveState = LiveState.PAST) -> str:
    """One line: "Voice · Inbound · 22.11.26 14:30 · Failed: No answer · Live"."""
    parts = [
        channel_text(interaction),
        direction_text(interaction),
        format_datetime(interaction.started_at),
        outcome_words(interaction),
        interaction.campaign or "",
        live_state_label(live),
    ]
    return SEPARATOR.join(part for part in parts if part)
