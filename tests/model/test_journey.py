"""The journey model's derived facts: failure dot, last agent / queue, overdue follow-ups."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from journey_widget.model import Channel, Journey, TaskResult
from journey_widget.model.journey import Customer
from journeys import NOW, call, ticket


@pytest.mark.parametrize(
    ("result", "failed"),
    [
        (TaskResult.ACCEPTED_BY_USER, False),
        (TaskResult.VOICEMAIL, False),
        (TaskResult.DESTINATION_ACCEPTED, False),
        (TaskResult.MARKED_AS_HANDLED_BY_USER, False),
        (TaskResult.HANGUP_IN_QUEUE, True),
        (TaskResult.HANGUP_BEFORE_ACCEPT, True),
        (TaskResult.DESTINATION_NOT_REACHED, True),
        (TaskResult.TRANSFER_FAILED, True),
        (TaskResult.LOST_IN_QUEUE, True),
    ],
)
def test_failure_follows_the_task_result(result: TaskResult, failed: bool) -> None:
    assert call("I", "C", NOW, result=result).is_failure is failed


def test_source_failure_flag_alone_makes_a_failure() -> None:
    item = replace(call("I", "C", NOW), task_result=None, failure=True)
    assert item.is_failure


def test_every_task_result_has_a_failure_flag() -> None:
    assert {r.is_failure for r in TaskResult} == {True, False}
    assert len(TaskResult) == 19  # the legend of seeds/002 without its three SLA KPI rows


def test_last_agent_and_queue_after_a_transfer() -> None:
    item = call("I", "C", NOW)
    assert item.last_agent == "Jürgen Weiß"
    assert item.last_queue == "Technik"
    assert replace(item, agents=(), queues=()).last_agent is None


def test_duration_and_message_channels() -> None:
    assert call("I", "C", NOW).duration == timedelta(minutes=6, seconds=5)
    assert Channel.WHATSAPP.is_message and not Channel.VOICE.is_message
    assert Channel.VOICE.is_call and not Channel.EMAIL.is_call


def test_overdue_follow_up() -> None:
    t = ticket("T", "C", None, NOW - timedelta(days=10))
    escalation, reschedule = t.follow_ups
    assert not escalation.is_overdue(NOW)  # no due date
    assert reschedule.is_overdue(NOW)
    assert not replace(reschedule, done=True).is_overdue(NOW)


def test_journey_order() -> None:
    items = (call("a", "C", NOW - timedelta(days=2)), call("b", "C", NOW), call("c", "C", NOW))
    journey = Journey(Customer("C"), items)
    assert [i.id for i in journey.newest_first()][-1] == "a"
    assert journey.last_interaction.started_at == NOW
    assert Journey(Customer("C")).last_interaction is None
