"""Filter semantics (SPEC A5): campaign AND channel, the period's edges, the free text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from journey_widget.model import Channel, Direction, Interaction, TaskResult
from journey_widget.model.filters import (
    JourneyFilter,
    apply_filter,
    campaigns_of,
    channels_of,
    months_before,
    needs_reload,
)

NOW = datetime(2026, 5, 31, 12, 0, tzinfo=UTC)


def item(n: int, *, campaign=None, channel=Channel.VOICE, at=None, **fields) -> Interaction:
    return Interaction(
        id=f"I{n}",
        customer_id="C1",
        channel=channel,
        direction=Direction.INBOUND,
        started_at=at or NOW - timedelta(days=n),
        campaign=campaign,
        **fields,
    )


ROWS = [
    item(1, campaign="Winback", channel=Channel.VOICE),
    item(2, campaign="Winback", channel=Channel.SMS),
    item(3, campaign="Fibre", channel=Channel.VOICE),
    item(4, campaign=None, channel=Channel.VOICE),
    item(5, campaign="Fibre", channel=Channel.EMAIL),
]


def ids(rows) -> list[str]:
    return [r.id for r in rows]


def test_no_filter_keeps_everything_in_order():
    assert ids(apply_filter(ROWS, JourneyFilter(), NOW)) == ["I1", "I2", "I3", "I4", "I5"]


def test_campaign_alone():
    assert ids(apply_filter(ROWS, JourneyFilter(campaign="Winback"), NOW)) == ["I1", "I2"]


def test_channel_alone_spans_campaigns():
    kept = apply_filter(ROWS, JourneyFilter(channel=Channel.VOICE), NOW)
    assert ids(kept) == ["I1", "I3", "I4"]


def test_campaign_and_channel_is_an_and():
    both = JourneyFilter(campaign="Fibre", channel=Channel.VOICE)
    assert ids(apply_filter(ROWS, both, NOW)) == ["I3"]
    nothing = JourneyFilter(campaign="Winback", channel=Channel.EMAIL)
    assert apply_filter(ROWS, nothing, NOW) == ()


@pytest.mark.parametrize(
    ("now", "months", "start"),
    [
        (datetime(2026, 5, 31, 12, tzinfo=UTC), 3, datetime(2026, 2, 28, 12, tzinfo=UTC)),
        (datetime(2024, 5, 31, 12, tzinfo=UTC), 3, datetime(2024, 2, 29, 12, tzinfo=UTC)),
        (datetime(2026, 1, 15, 8, tzinfo=UTC), 12, datetime(2025, 1, 15, 8, tzinfo=UTC)),
        (datetime(2026, 3, 31, 0, tzinfo=UTC), 6, datetime(2025, 9, 30, 0, tzinfo=UTC)),
        (datetime(2026, 10, 1, 0, tzinfo=UTC), 9, datetime(2026, 1, 1, 0, tzinfo=UTC)),
    ],
)
def test_period_start_is_the_same_day_n_months_back_clamped(now, months, start):
    assert months_before(now, months) == start


def test_period_edges_start_inclusive():
    start = months_before(NOW, 3)
    at_start = item(10, at=start)
    just_before = item(11, at=start - timedelta(seconds=1))
    just_after = item(12, at=start + timedelta(seconds=1))
    kept = apply_filter([at_start, just_before, just_after], JourneyFilter(period_months=3), NOW)
    assert ids(kept) == ["I10", "I12"]


def test_no_period_keeps_old_history():
    old = item(13, at=NOW - timedelta(days=3000))
    assert apply_filter([old], JourneyFilter(period_months=None), NOW) == (old,)
    assert apply_filter([old], JourneyFilter(period_months=12), NOW) == ()


def test_text_looks_in_outcome_agents_comments_and_task_result():
    rows = [
        item(1, outcome="No answer"),
        item(2, agents=("Anna Schmidt", "Budi Santoso")),
        item(3, agent_comments="Wants the FIBRE tariff"),
        item(4, task_result=TaskResult.LOST_IN_QUEUE),
        item(5, campaign="answer"),  # the campaign is not searched by the text
    ]
    assert ids(apply_filter(rows, JourneyFilter(text="answer"), NOW)) == ["I1"]
    assert ids(apply_filter(rows, JourneyFilter(text="budi"), NOW)) == ["I2"]
    assert ids(apply_filter(rows, JourneyFilter(text="fibre tariff"), NOW)) == ["I3"]
    assert ids(apply_filter(rows, JourneyFilter(text="lost queue"), NOW)) == ["I4"]
    assert apply_filter(rows, JourneyFilter(text="fibre anna"), NOW) == ()


def test_text_also_searches_what_describe_adds():
    rows = [item(1, task_result=TaskResult.VOICEMAIL)]
    kept = apply_filter(rows, JourneyFilter(text="mailbox"), NOW, describe=lambda i: "Mailbox")
    assert ids(kept) == ["I1"]


def test_text_narrows_within_campaign_and_channel():
    rows = [
        item(1, campaign="Fibre", outcome="Interested"),
        item(2, campaign="Fibre", outcome="Not interested", channel=Channel.SMS),
        item(3, campaign="Winback", outcome="Interested"),
    ]
    f = JourneyFilter(campaign="Fibre", channel=Channel.VOICE, text="interested")
    assert ids(apply_filter(rows, f, NOW)) == ["I1"]


def test_choices_and_reload_rule():
    assert campaigns_of(ROWS, ["alpha", "Fibre"]) == ["alpha", "Fibre", "Winback"]
    assert channels_of(ROWS) == [Channel.VOICE, Channel.SMS, Channel.EMAIL]
    assert needs_reload(12, 6) and needs_reload(None, 12)
    assert not needs_reload(3, 12) and not needs_reload(12, 12) and not needs_reload(6, None)
    assert JourneyFilter(text="  ").is_narrowed is False
    assert JourneyFilter(channel=Channel.SMS).is_narrowed
