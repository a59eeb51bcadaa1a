"""One demo customer's interactions: when they happened and what happened in each.

Used by ``demo_data.generate``. ``InteractionBuilder`` places the interactions in time, picks
each one's channel and direction, and hands it to the call builder (``demo_calls``) or the
message builder (``demo_messages``); the records the other sources deliver in their own shape
(Campaign Manager, Data Cloud) and the interactions still running at the anchor are built
here. Who the customer is and the draws all of these share live in ``demo_customer``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from journey_widget.model import (
    Channel,
    DataSource,
    Direction,
    Interaction,
    OutboundKind,
    SegmentKind,
)
from journey_widget.sources.demo.accounts import lead_status_of
from journey_widget.sources.demo.calls import VOICE_SLA_SECONDS, CallBuilder
from journey_widget.sources.demo.customer import (
    FAILED_OUTCOMES,
    IN_HANDLED,
    OUT_HANDLED,
    at,
    sla,
    weighted,
)
from journey_widget.sources.demo.messages import EMAIL_HANDLED, SENT, SMS, MessageBuilder

# Share of inbound interactions per channel (web events are always the customer's doing).
_INBOUND_SHARE = {
    Channel.VOICE: 0.6,
    Channel.VIDEO: 0.9,
    Channel.EMAIL: 0.65,
    Channel.SMS: 0.3,
    Channel.WEB_CHAT: 0.95,
    Channel.WEB_MESSAGING: 0.9,
    Channel.WHATSAPP: 0.8,
    Channel.LINE: 0.85,
    Channel.TWITTER: 0.9,
    Channel.MESSENGER: 0.9,
    Channel.AGENTLESS_NOTIFICATION: 0.0,
    Channel.WEB_EVENT: 1.0,
    Channel.CONTENT_OFFER: 0.0,
}
_CHATS = frozenset(
    {
        Channel.WEB_CHAT,
        Channel.WEB_MESSAGING,
        Channel.WHATSAPP,
        Channel.LINE,
        Channel.TWITTER,
        Channel.MESSENGER,
    }
)
_DATA_CLOUD_CHANNELS = frozenset({Channel.VOICE, Channel.SMS, Channel.EMAIL, Channel.WEB_CHAT})
_VOICE_KINDS_CAMPAIGN = weighted(
    (
        (OutboundKind.OUTBOUND, 45),
        (OutboundKind.MANUAL, 25),
        (OutboundKind.CALLBACK, 20),
        (OutboundKind.CALL_AS_A_SERVICE, 10),
    )
)
_VOICE_KINDS = weighted(
    ((OutboundKind.MANUAL, 45), (OutboundKind.CALLBACK, 35), (OutboundKind.CALL_AS_A_SERVICE, 20))
)
# What the external sources report: their own outcome texts, no task result.
_CM_OUTCOMES = OUT_HANDLED + weighted((("No answer", 30), ("Busy", 10)))
_DC_INBOUND = IN_HANDLED + weighted((("Abandoned", 10),))


class LiveKind(NamedTuple):
    channel: Channel
    seconds_ago: int


class InteractionBuilder(CallBuilder, MessageBuilder):
    """Builds the interactions of one customer, oldest first, ids numbered in that order."""

    def build(self, n: int, forced: dict[int, Channel] | None = None) -> list[Interaction]:
        out = []
        for i, (ts, d, sod) in enumerate(self.start_times(n)):
            channel = forced.get(i) if forced else None
            out.append(self.one(ts, self.p.calendar.opening_hours(d, sod), channel))
        return out

    def one(self, ts: int, opening: str, channel: Channel | None = None) -> Interaction:
        interaction = self._drawn(ts, opening, channel)
        lead = lead_status_of(interaction.category, interaction.outcome)
        return interaction if lead is None else replace(interaction, lead_status=lead)

    def _drawn(self, ts: int, opening: str, channel: Channel | None) -> Interaction:
        p, r = self.p, self.r
        if channel is None:
            channel = self.pick(self.t.channels)
        if channel is Channel.EMAIL and not p.emails:
            channel = Channel.VOICE
        inbound = r() < _INBOUND_SHARE[channel]
        common = self.common(channel, Direction.INBOUND if inbound else Direction.OUTBOUND, ts)
        if channel is Channel.VOICE and not inbound:
            kinds = _VOICE_KINDS_CAMPAIGN if p.campaigns else _VOICE_KINDS
            kind = self.pick(kinds)
            if kind is OutboundKind.OUTBOUND and r() < 0.3:
                return self.campaign_manager(common, ts)
        else:
            kind = None if inbound else OutboundKind.MANUAL
        if channel in _DATA_CLOUD_CHANNELS and r() < 0.05:
            return self.data_cloud(common, ts, inbound)
        common["opening_hours"] = opening
        if channel.is_call:
            return self.call(common, ts, inbound, kind or OutboundKind.MANUAL, opening)
        if channel in _CHATS:
            return self.chat(common, ts, inbound)
        if channel is Channel.EMAIL:
            return self.email(common, ts, inbound)
        return self.message(common, ts, inbound)

    def campaign_manager(self, common: dict, ts: int) -> Interaction:
        """A campaign call as Campaign Manager reports it (SPEC A7): scores, no segments."""
        r = self.r
        common.pop("channel_account", None)  # not in Campaign Manager's contract
        outcome = self.pick(_CM_OUTCOMES)
        phone = self.phone()
        previous = round(10 + r() * 80, 1)
        change = 15.0 if outcome in ("Sale", "Interested", "Appointment booked") else -5.0
        talk = self.talk() if outcome not in ("No answer", "Busy") else 20 + int(r() * 25)
        return Interaction(
            **common,
            source=DataSource.CAMPAIGN_MANAGER,
            ended_at=at(ts + talk),
            outbound_kind=OutboundKind.OUTBOUND,
            number_type=phone.number_type,
            campaign=self.campaign(),
            phone_number=phone.value,
            agents=(self.agent(),),
            outcome=outcome,
            failure=outcome in FAILED_OUTCOMES,
            previous_score=previous,
            current_score=round(min(max(previous + change + r() * 10 - 5, 0.0), 100.0), 1),
            agent_comments=self.pick(self.w.comments) if r() < 0.5 else None,
        )

    def data_cloud(self, common: dict, ts: int, inbound: bool) -> Interaction:
        """An interaction as Data Cloud reports it (SPEC A7): channel, direction, times, outcome."""
        r, channel = self.r, common["channel"]
        common.pop("channel_account", None)  # not in Data Cloud's contract
        detail: dict = {}
        if channel is Channel.EMAIL:
            detail["address"] = self.p.emails[0]
            outcome = self.pick(EMAIL_HANDLED if inbound else SENT)
        elif channel is Channel.WEB_CHAT:
            detail["address"] = self.p.emails[0] if self.p.emails else None
            outcome = self.pick(IN_HANDLED)
        else:
            phone = self.phone(mobile=channel is Channel.SMS)
            detail["phone_number"] = phone.value
            if channel is Channel.VOICE:
                detail["number_type"] = phone.number_type
                outcome = self.pick(_DC_INBOUND if inbound else _CM_OUTCOMES)
            else:
                outcome = "Received" if inbound else self.pick(SMS)
        return Interaction(
            **common,
            **detail,
            source=DataSource.DATA_CLOUD,
            ended_at=at(ts + self.talk()),
            outcome=outcome,
            failure=outcome in FAILED_OUTCOMES,
            agents=(self.agent(),),
            agent_comments=self.pick(self.w.comments) if r() < 0.4 else None,
        )

    def live(self, kind: LiveKind) -> Interaction:
        """An interaction still running at the anchor (SPEC E4): no end, no result yet."""
        r = self.r
        ts = self.anchor_ts - kind.seconds_ago
        service = self.pick(self.t.services)
        queue, agent = self.pick(service.queues), self.agent()
        common = {
            **self.common(kind.channel, Direction.INBOUND, ts),
            "service": service.name,
            "first_queued_service": service.name,
            "queues": (queue,),
            "agents": (agent,),
            "category": service.category,
            "live": True,
            "opening_hours": self.opening_hours_at(ts),
        }
        if kind.channel is Channel.VOICE:
            phone = self.phone()
            ivr = 10 + int(r() * 20)
            wait = 5 + int(r() * 20)
            _, segments = self.segments(
                ts,
                [
                    (SegmentKind.IVR, ivr, service.name),
                    (SegmentKind.QUEUE, wait, service.name, queue),
                ],
            )
            return Interaction(
                **common,
                phone_number=phone.value,
                number_type=phone.number_type,
                segments=segments,
                last_activity_at=at(self.anchor_ts - 1),
                sla=sla(wait, VOICE_SLA_SECONDS),
            )
        detail = (
            {"phone_number": self.phone(mobile=True).value}
            if (kind.channel is Channel.WHATSAPP)
            else {"address": self.p.emails[0] if self.p.emails else None}
        )
        return Interaction(
            **common,
            **detail,
            message_count=3 + int(r() * 8),
            last_activity_at=at(self.anchor_ts - 5 - int(r() * 25)),
        )
