"""Demo voice and video calls with their IVR / queue / connected / transfer / voicemail segments.

A call is planned as a list of segment tuples ``(kind, seconds, service, queue, agent,
target, box)``, shortened from the right, then laid end to end from its start (SPEC C4). The
task result is drawn first and decides which segments follow; queues, agents, SLA and outcome
are read off the segments.
"""

from __future__ import annotations

from collections.abc import Iterable

from journey_widget.model import (
    Channel,
    Interaction,
    OutboundKind,
    Segment,
    SegmentKind,
    TaskResult,
)
from journey_widget.sources.demo import vocabulary as vocab
from journey_widget.sources.demo.customer import FAILED_OUTCOMES, CustomerDraws, at, sla, weighted

VOICE_SLA_SECONDS = 30
_INBOUND_CALL = weighted(vocab.INBOUND_CALL_RESULTS)
_CLOSED_CALL = weighted(vocab.CLOSED_CALL_RESULTS)
_QUEUED_OUT = weighted(vocab.QUEUED_OUTBOUND_RESULTS)
_MANUAL_OUT = weighted(vocab.MANUAL_OUTBOUND_RESULTS)


def _transfer(seconds: int, service: str, target: str | None, agent: str | None = None) -> tuple:
    """A transfer segment: ``agent`` (if any) hands the call to ``target``."""
    return (SegmentKind.TRANSFER, seconds, service, None, agent, target)


class CallBuilder(CustomerDraws):
    """Builds the voice and video calls of one customer."""

    def call(
        self, common: dict, ts: int, inbound: bool, kind: OutboundKind, opening: str
    ) -> Interaction:
        """A voice or video call with its segments (SPEC C4), task result and details."""
        pick, r, t = self.pick, self.r, self.t
        service = pick(t.services)
        campaign = None
        if not inbound and kind is OutboundKind.OUTBOUND:
            campaign = self.campaign()
            service = t.sales_service
        segs: list[tuple] = []  # (kind, seconds, service, queue, agent, target, box)
        wait = 0
        if inbound:
            result = pick(_INBOUND_CALL if opening == "Open" else _CLOSED_CALL)
            segs.append((SegmentKind.IVR, 8 + int(r() * 50), service.name))
            if result is TaskResult.VOICEMAIL:
                if opening == "Open":
                    wait = 30 + int(r() * 200)
                    segs.append((SegmentKind.QUEUE, wait, service.name, pick(service.queues)))
                seconds, box = 15 + int(r() * 100), self.w.voicemail_box
                segs.append((SegmentKind.VOICEMAIL, seconds, service.name, None, None, None, box))
            elif result is TaskResult.STANDBY_DUTY_ACCEPTED:
                standby = self.w.standby
                segs.append(_transfer(3 + int(r() * 10), service.name, standby))
                segs.append((SegmentKind.CONNECTED, self.talk(), service.name, None, standby))
            elif result not in (TaskResult.HANGUP_IN_IVR, TaskResult.HANGUP_BY_WORKFLOW):
                self.queued(segs, service, result)
                wait = segs[1][1]
        else:
            result = pick(_MANUAL_OUT if kind is OutboundKind.MANUAL else _QUEUED_OUT)
            if kind is not OutboundKind.MANUAL:
                queue_time = 5 + int(r() * 40)
                if result is TaskResult.LOST_IN_QUEUE:
                    queue_time += 300
                segs.append((SegmentKind.QUEUE, queue_time, service.name, pick(service.queues)))
            if result is TaskResult.DESTINATION_ACCEPTED:
                segs.append((SegmentKind.CONNECTED, self.talk(), service.name, None, self.agent()))
        end, segments = self.segments(ts, segs)
        queues = _in_order(s.queue for s in segments)
        agents = _in_order(s.agent for s in segments if s.agent != self.w.standby)
        if not segments:  # a manual call nobody picked up: it rang, then ended
            end = ts + 15 + int(r() * 30)
            agents = (self.agent(),)
        elif not inbound and kind is OutboundKind.MANUAL:
            agents = agents or (self.agent(),)
        outcome = self.outcome_of(result, inbound, campaign)
        detail = {}
        if common["channel"] is Channel.VOICE:
            if inbound and self.p.sip and r() < 0.1:
                detail["address"] = self.p.sip
            else:
                phone = self.phone()
                detail["phone_number"] = phone.value
                detail["number_type"] = phone.number_type
            if r() < 0.03:
                detail["issues_reported"] = pick(self.w.issues)
        elif self.p.emails:
            detail["address"] = self.p.emails[0]
        connected = any(s.kind is SegmentKind.CONNECTED for s in segments)
        if connected and agents:
            self.handled(detail, service, inbound, ts)
            if common["channel"] is Channel.VOICE and r() < 0.35:
                detail["recording_url"] = f"{vocab.RECORDINGS}/{t.spec.slug}/{common['id']}.mp3"
        elif outcome in FAILED_OUTCOMES and r() < 0.25:
            detail["agent_comments"] = pick(self.w.failure_comments)
        if inbound and segs[0][0] is SegmentKind.IVR and r() < 0.25:
            detail["parameters"] = self.parameters()
        queued_service = next((s.service for s in segments if s.kind is SegmentKind.QUEUE), None)
        return Interaction(
            **common,
            **detail,
            ended_at=at(end),
            outbound_kind=None if inbound else kind,
            category=t.campaign_category[campaign] if campaign else service.category,
            campaign=campaign,
            service=service.name,
            first_queued_service=queued_service,
            queues=queues,
            agents=agents,
            outcome=outcome,
            failure=outcome in FAILED_OUTCOMES,
            task_result=result,
            sla=sla(wait, VOICE_SLA_SECONDS) if inbound and queued_service else None,
            segments=segments,
        )

    def queued(self, segs: list[tuple], service: vocab.Service, result: TaskResult) -> None:
        """The queue and what followed it: connect, transfers, hang-ups (SPEC C4, E3)."""
        pick, r, t = self.pick, self.r, self.t
        queue = pick(service.queues)
        if result in (TaskResult.HANGUP_IN_QUEUE, TaskResult.HANGUP_BEFORE_ACCEPT):
            segs.append((SegmentKind.QUEUE, self.wait(90), service.name, queue))
            return
        segs.append((SegmentKind.QUEUE, self.wait(30), service.name, queue))
        if result is TaskResult.HANGUP_IN_IVR_AFTER_QUEUE:
            segs.append((SegmentKind.IVR, 10 + int(r() * 50), service.name))
            return
        first = self.agent()
        if result is not TaskResult.TRANSFERRED_BY_WORKFLOW:
            segs.append((SegmentKind.CONNECTED, self.talk(), service.name, queue, first))
        if result is TaskResult.TRANSFER_FAILED:
            segs.append(
                _transfer(5 + int(r() * 20), service.name, pick(pick(t.services).queues), first)
            )
            segs.append((SegmentKind.CONNECTED, 30 + int(r() * 120), service.name, queue, first))
            return
        if result is TaskResult.ACCEPTED_BY_USER:
            return
        hops = 2 if r() < 0.15 else 1  # 2 or 3 queues / agents in all
        for _ in range(hops):
            target = pick(t.services) if r() < 0.6 else service
            queue = pick(target.queues)
            segs.append(_transfer(3 + int(r() * 15), target.name, queue))
            segs.append((SegmentKind.QUEUE, self.wait(40), target.name, queue))
            segs.append((SegmentKind.CONNECTED, self.talk(), target.name, queue, self.agent()))

    def segments(self, ts: int, segs: list[tuple]) -> tuple[int, tuple[Segment, ...]]:
        """Contiguous segments from ``ts``; returns the end of the last one too."""
        out = []
        start = at(ts)
        for kind, seconds, *rest in segs:
            ts += seconds
            end = at(ts)
            out.append(Segment(kind, start, end, *rest))
            start = end
        return ts, tuple(out)


def _in_order(names: Iterable[str | None]) -> tuple[str, ...]:
    """Names in the order passed, a repeat of the previous one dropped (agent A, A -> A)."""
    out: list[str] = []
    for name in names:
        if name and (not out or out[-1] != name):
            out.append(name)
    return tuple(out)
