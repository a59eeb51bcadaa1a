"""One demo customer's interactions: when they happened and what happened in each.

Used by ``demo_data.generate``; split off because building a believable interaction (calls
with their IVR / queue / transfer segments, chats, e-mails, notifications, web events, and the
differently shaped records Campaign Manager and Data Cloud deliver) is an idea of its own.

Everything is drawn from the one ``random.Random`` passed in, in a fixed order, so the same
seed gives the same data. Times are whole epoch seconds until the last moment, because adding
ints is much cheaper than adding timedeltas and a million interactions must stay quick.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType
from typing import NamedTuple, TypeVar

from ..model import (
    Case,
    Category,
    Channel,
    DataSource,
    Direction,
    Identifier,
    Interaction,
    OutboundKind,
    Segment,
    SegmentKind,
    Sla,
    SurveyAnswer,
    SurveyKind,
    TaskResult,
)
from . import demo_vocabulary as vocab

T = TypeVar("T")

HISTORY_DAYS = 730
_DAY = 86_400
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_DATE = date(1970, 1, 1)
# Nothing but live interactions ends later than this before the anchor.
# The longest possible interaction (three talks of an hour, three waits of 15 minutes) fits.
_QUIET_BEFORE_ANCHOR = 4 * 3600
_MAX_TALK = 3600
_MAX_WAIT = 900
_VOICE_SLA_SECONDS = 30
_CHAT_SLA_SECONDS = 60
FAILED_OUTCOMES = frozenset(vocab.FAILED_OUTCOMES)
_FAILED_RESULT_OUTCOMES = dict(vocab.FAILED_RESULT_OUTCOMES)


def at(ts: int) -> datetime:
    """Epoch seconds as an aware UTC datetime."""
    return _EPOCH + timedelta(seconds=ts)


def weighted(pairs: Sequence[tuple[T, int]]) -> tuple[T, ...]:
    """Expand ``((item, weight), ...)`` so that a uniform pick is a weighted pick.

    Indexing a tuple is several times faster than ``random.choices`` with weights.
    """
    return tuple(item for item, weight in pairs for _ in range(weight))


def _channel_mix(messaging: int, whatsapp: int, line: int) -> tuple[Channel, ...]:
    return weighted(
        (
            (Channel.VOICE, 560 - messaging),
            (Channel.EMAIL, 100),
            (Channel.SMS, 50),
            (Channel.WEB_CHAT, 50),
            (Channel.WEB_MESSAGING, 30),
            (Channel.WHATSAPP, whatsapp),
            (Channel.LINE, line),
            (Channel.TWITTER, 10),
            (Channel.MESSENGER, 20),
            (Channel.AGENTLESS_NOTIFICATION, 50),
            (Channel.WEB_EVENT, 40),
            (Channel.CONTENT_OFFER, 17),
            (Channel.VIDEO, 10),
        )
    )


# Voice dominates everywhere; Indonesians message a lot more, on WhatsApp and LINE.
_CHANNELS_WEST = _channel_mix(messaging=0, whatsapp=50, line=3)
_CHANNELS_ID = _channel_mix(messaging=120, whatsapp=150, line=23)
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
_INBOUND_CALL = weighted(vocab.INBOUND_CALL_RESULTS)
_CLOSED_CALL = weighted(vocab.CLOSED_CALL_RESULTS)
_QUEUED_OUT = weighted(vocab.QUEUED_OUTBOUND_RESULTS)
_MANUAL_OUT = weighted(vocab.MANUAL_OUTBOUND_RESULTS)
_CHAT = weighted(vocab.CHAT_RESULTS)
_EMAIL = weighted(vocab.EMAIL_RESULTS)
_IN_HANDLED = weighted(vocab.INBOUND_HANDLED_OUTCOMES)
_OUT_HANDLED = weighted(vocab.OUTBOUND_HANDLED_OUTCOMES)
_SURVEY_HANDLED = weighted(vocab.SURVEY_HANDLED_OUTCOMES)
_EMAIL_HANDLED = weighted(vocab.EMAIL_HANDLED_OUTCOMES)
_EMAIL_WORKFLOW = weighted(vocab.EMAIL_WORKFLOW_OUTCOMES)
_SENT = weighted(vocab.SENT_OUTCOMES)
_SMS = weighted(vocab.SMS_OUTCOMES)
_NOTIFICATION = weighted(vocab.NOTIFICATION_OUTCOMES)
_MESSAGE_OUT = weighted(vocab.MESSAGE_OUTBOUND_OUTCOMES)
_WEB_EVENT = weighted(vocab.WEB_EVENT_OUTCOMES)
_CONTENT_OFFER = weighted(vocab.CONTENT_OFFER_OUTCOMES)
# What the external sources report: their own outcome texts, no task result.
_CM_OUTCOMES = _OUT_HANDLED + weighted((("No answer", 30), ("Busy", 10)))
_DC_INBOUND = _IN_HANDLED + weighted((("Abandoned", 10),))


class Tenant:
    """A tenant's vocabulary, expanded once for cheap weighted picks."""

    def __init__(self, spec: vocab.TenantSpec) -> None:
        self.spec = spec
        self.name = spec.name
        self.words = spec.language
        self.agents = spec.agents
        self.services = weighted(tuple((s, s.weight) for s in self.words.services))
        self.sales_service = next(s for s in self.words.services if s.category is Category.SALES)
        self.campaign_category = dict(self.words.campaigns)
        self.channels = _CHANNELS_ID if spec.language is vocab.INDONESIAN else _CHANNELS_WEST


class Calendar:
    """The local days of one country, newest first, as the anchor sees them.

    Index ``d`` is the day ``d`` days before the anchor's local date: its start in UTC epoch
    seconds, weekday and whether it is a public holiday. Precomputed per ``generate`` call so
    that placing an interaction in local business hours costs two list lookups.
    """

    def __init__(self, country: vocab.Country, anchor_ts: int) -> None:
        def offset(month: int) -> int:
            summer = country.summer_time and 4 <= month <= 10
            return (country.utc_offset + summer) * 3600

        anchor_day = (at(anchor_ts) + timedelta(seconds=offset(at(anchor_ts).month))).date()
        self.country = country
        self.midnight: list[int] = []
        self.weekday: list[int] = []
        self.holiday: list[bool] = []
        for d in range(HISTORY_DAYS + 10):
            day = anchor_day - timedelta(days=d)
            self.midnight.append((day - _EPOCH_DATE).days * _DAY - offset(day.month))
            self.weekday.append(day.weekday())
            self.holiday.append((day.month, day.day) in country.holidays)

    def opening_hours(self, d: int, second_of_day: int) -> str:
        """ "Open", "Closed" or "Holiday" (SPEC D3): weekdays 8-18, Saturdays 9-13."""
        if self.holiday[d]:
            return "Holiday"
        weekday = self.weekday[d]
        if weekday < 5:
            is_open = 28_800 <= second_of_day < 64_800
        else:
            is_open = weekday == 5 and 32_400 <= second_of_day < 46_800
        return "Open" if is_open else "Closed"


class Person(NamedTuple):
    """What the interaction builder needs to know about its customer."""

    id: str
    index: int
    tenant: Tenant
    calendar: Calendar
    division: str | None
    phones: tuple[Identifier, ...]
    mobiles: tuple[Identifier, ...]
    emails: tuple[str, ...]
    sip: str | None
    account: str | None
    handle: str
    campaigns: tuple[str, ...]


class LiveKind(NamedTuple):
    channel: Channel
    seconds_ago: int


class InteractionBuilder:
    """Builds the interactions of one customer, oldest first, ids numbered in that order."""

    def __init__(self, person: Person, rng: random.Random, anchor_ts: int) -> None:
        self.p = person
        self.t = person.tenant
        self.w = person.tenant.words
        self.rng = rng
        self.r = rng.random
        self.anchor_ts = anchor_ts
        self.count = 0
        self.cases = 0
        self.case: Case | None = None
        self.case_until = 0

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.r() * len(seq))]

    # --- when -------------------------------------------------------------------------------

    def start_times(self, n: int) -> list[tuple[int, int, int]]:
        """``n`` sorted (epoch second, day index, local second of day) in the last two years.

        Recent days are denser (age ~ u**1.8), most contacts fall in local business hours,
        and three quarters of weekend contacts move to the Friday before.
        """
        r, cal = self.r, self.p.calendar
        latest = self.anchor_ts - _QUIET_BEFORE_ANCHOR
        out = []
        for _ in range(n):
            d = int(HISTORY_DAYS * r() ** 1.8)
            weekday = cal.weekday[d]
            if weekday >= 5 and r() < 0.75:
                d += weekday - 4
            sod = 28_800 + int(r() * 36_000) if r() < 0.85 else int(r() * _DAY)
            while cal.midnight[d] + sod > latest:
                d += 1
            out.append((cal.midnight[d] + sod, d, sod))
        out.sort()
        return out

    def opening_hours_at(self, ts: int) -> str:
        """Opening hours at a moment of the last day or two (for live interactions)."""
        midnight = self.p.calendar.midnight
        d = 0 if ts >= midnight[0] else 1
        return self.p.calendar.opening_hours(d, ts - midnight[d])

    # --- what -------------------------------------------------------------------------------

    def build(self, n: int, forced: dict[int, Channel] | None = None) -> list[Interaction]:
        out = []
        for i, (ts, d, sod) in enumerate(self.start_times(n)):
            channel = forced.get(i) if forced else None
            out.append(self.one(ts, self.p.calendar.opening_hours(d, sod), channel))
        return out

    def next_id(self) -> str:
        self.count += 1
        return f"{self.p.id}-I{self.count:04d}"

    def one(self, ts: int, opening: str, channel: Channel | None = None) -> Interaction:
        p, r = self.p, self.r
        if channel is None:
            channel = self.pick(self.t.channels)
        if channel is Channel.EMAIL and not p.emails:
            channel = Channel.VOICE
        inbound = r() < _INBOUND_SHARE[channel]
        common = {
            "id": self.next_id(),
            "customer_id": p.id,
            "channel": channel,
            "direction": Direction.INBOUND if inbound else Direction.OUTBOUND,
            "started_at": at(ts),
            "division": p.division,
        }
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

    def phone(self, mobile: bool = False) -> Identifier:
        phones = (self.p.mobiles or self.p.phones) if mobile else self.p.phones
        return phones[0] if self.r() < 0.6 else self.pick(phones)

    def agent(self) -> str:
        return self.pick(self.t.agents)

    def wait(self, mean: int) -> int:
        """Seconds in a queue: mostly short, sometimes long, never past the longest queue."""
        return min(2 + int(self.rng.expovariate(1 / mean)), _MAX_WAIT)

    def talk(self) -> int:
        return min(15 + int(self.rng.lognormvariate(5.2, 0.75)), _MAX_TALK)

    def campaign(self, category: Category | None = None) -> str | None:
        """One of the campaigns whose lists hold this customer (SPEC A1), or None."""
        choices = self.p.campaigns
        if category is not None:
            choices = tuple(c for c in choices if self.t.campaign_category[c] is category)
        return self.pick(choices) if choices else None

    def outcome_of(self, result: TaskResult, inbound: bool, campaign: str | None) -> str:
        if result.is_failure:
            return self.pick(_FAILED_RESULT_OUTCOMES[result])
        if result is TaskResult.VOICEMAIL:
            return "Voicemail"
        if result is TaskResult.HANGUP_BY_WORKFLOW:
            return "Closed announcement"
        if result is TaskResult.STANDBY_DUTY_ACCEPTED:
            return "Handled by standby duty"
        if inbound:
            return self.pick(_IN_HANDLED)
        if campaign and self.t.campaign_category[campaign] is Category.SURVEY:
            return self.pick(_SURVEY_HANDLED)
        return self.pick(_OUT_HANDLED)

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
                segs.append(
                    (
                        SegmentKind.VOICEMAIL,
                        15 + int(r() * 100),
                        service.name,
                        None,
                        None,
                        None,
                        self.w.voicemail_box,
                    )
                )
            elif result is TaskResult.STANDBY_DUTY_ACCEPTED:
                segs.append(
                    (
                        SegmentKind.TRANSFER,
                        3 + int(r() * 10),
                        service.name,
                        None,
                        None,
                        self.w.standby,
                    )
                )
                segs.append(
                    (SegmentKind.CONNECTED, self.talk(), service.name, None, self.w.standby)
                )
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
            sla=_sla(wait, _VOICE_SLA_SECONDS) if inbound and queued_service else None,
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
                (
                    SegmentKind.TRANSFER,
                    5 + int(r() * 20),
                    service.name,
                    None,
                    first,
                    pick(pick(t.services).queues),
                )
            )
            segs.append((SegmentKind.CONNECTED, 30 + int(r() * 120), service.name, queue, first))
            return
        if result is TaskResult.ACCEPTED_BY_USER:
            return
        hops = 2 if r() < 0.15 else 1  # 2 or 3 queues / agents in all
        for _ in range(hops):
            target = pick(t.services) if r() < 0.6 else service
            queue = pick(target.queues)
            segs.append((SegmentKind.TRANSFER, 3 + int(r() * 15), target.name, None, None, queue))
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

    def handled(self, detail: dict, service: vocab.Service, inbound: bool, ts: int) -> None:
        """What an agent leaves on a handled interaction: codes, comments, survey, case."""
        pick, r, w = self.pick, self.r, self.w
        if service.codes_configured:
            if r() < 0.9:
                detail["completion_code"] = pick(w.completion_codes)
            if r() < 0.6:
                detail["cross_selling_code"] = pick(w.cross_selling_codes)
        else:
            detail["codes_configured"] = False
        if r() < 0.6:
            detail["agent_comments"] = pick(w.comments)
        if inbound and r() < 0.12:
            detail["survey"] = self.survey()
        if r() < 0.1:
            detail["case"] = self.case_for(ts)

    def survey(self) -> tuple[SurveyAnswer, ...]:
        r, w = self.r, self.w
        stars = 1 + int(r() ** 0.5 * 5)  # most people give 4 or 5 stars
        answers = [SurveyAnswer(w.survey_stars, SurveyKind.STARS, stars, 5)]
        if r() < 0.7:
            answers.append(
                SurveyAnswer(w.survey_yes_no, SurveyKind.YES_NO, "yes" if stars >= 3 else "no")
            )
        if r() < 0.4:
            answers.append(
                SurveyAnswer(w.survey_open, SurveyKind.OPEN, self.pick(w.survey_answers))
            )
        return tuple(answers)

    def case_for(self, ts: int) -> Case:
        """The open case this contact continues, or a new one (SPEC F2)."""
        if self.case is not None and ts <= self.case_until and self.r() < 0.6:
            return self.case
        pick, words = self.pick, self.w.cases
        self.cases += 1
        category, subs = pick(words.categories)
        sub = pick(subs)
        updated = min(ts + int(self.r() * 20 * _DAY), self.anchor_ts - 60)
        self.case_until = updated
        self.case = Case(
            id=f"CS-{self.p.index:06d}-{self.cases:02d}",
            created_at=at(ts),
            category=category,
            sub_category=sub,
            type=pick(words.types),
            detail_category=pick(words.detail_categories),
            priority=pick(words.priorities),
            subject=sub,
            updated_at=at(max(updated, ts)),
            owner=self.agent(),
        )
        return self.case

    def parameters(self) -> MappingProxyType[str, str]:
        customer_key, ivr_key, language_key = self.w.parameter_keys
        return MappingProxyType(
            {
                customer_key: self.p.account or f"{self.p.index:08d}",
                ivr_key: str(1 + int(self.r() * 4)),
                language_key: self.w.language_name,
            }
        )

    def chat(self, common: dict, ts: int, inbound: bool) -> Interaction:
        """A conversation on web chat, web messaging, WhatsApp, LINE, Twitter or Messenger."""
        pick, r, channel = self.pick, self.r, common["channel"]
        detail: dict = {}
        if channel is Channel.WHATSAPP:
            detail["phone_number"] = self.phone(mobile=True).value
        elif channel in (Channel.TWITTER, Channel.LINE, Channel.MESSENGER):
            detail["address"] = self.p.handle
        elif self.p.emails:
            detail["address"] = self.p.emails[0]
        service = pick(self.t.services)
        if not inbound:
            campaign = self.campaign() if r() < 0.6 else None
            outcome = pick(_MESSAGE_OUT)
            failed = outcome in FAILED_OUTCOMES
            return Interaction(
                **common,
                **detail,
                ended_at=at(ts + 60 + int(r() * 3600)),
                outbound_kind=OutboundKind.OUTBOUND if campaign else OutboundKind.MANUAL,
                category=self.t.campaign_category[campaign] if campaign else service.category,
                campaign=campaign,
                service=service.name,
                agents=(self.agent(),),
                outcome=outcome,
                failure=failed,
                task_result=(
                    TaskResult.DESTINATION_NOT_REACHED
                    if failed
                    else TaskResult.DESTINATION_ACCEPTED
                ),
                message_count=1 + int(r() * 6),
            )
        result = pick(_CHAT)
        wait = self.wait(40)
        queue = pick(service.queues)
        queues: tuple[str, ...] = (queue,)
        agents: tuple[str, ...] = ()
        messages = 2 + int(r() * 6)
        length = wait + 30 + int(r() * 300)
        if result is TaskResult.HANGUP_IN_QUEUE:
            outcome = "Customer left"
        elif result is TaskResult.MARKED_AS_HANDLED_BY_WORKFLOW:
            outcome, queues = "Answered by bot", ()
        else:
            outcome = pick(_IN_HANDLED)
            agents = (self.agent(),)
            if result is TaskResult.TRANSFERRED_BY_USER:
                queues += (pick(pick(self.t.services).queues),)
                agents += (self.agent(),)
            messages = 4 + int(r() * 36)
            length = wait + 180 + int(r() * 2400)
            self.handled(detail, service, True, ts)
        return Interaction(
            **common,
            **detail,
            ended_at=at(ts + length),
            category=service.category,
            service=service.name,
            first_queued_service=service.name if queues else None,
            queues=queues,
            agents=agents,
            outcome=outcome,
            failure=outcome in FAILED_OUTCOMES,
            task_result=result,
            sla=_sla(wait, _CHAT_SLA_SECONDS) if queues else None,
            message_count=messages,
        )

    def email(self, common: dict, ts: int, inbound: bool) -> Interaction:
        pick, r = self.pick, self.r
        service = pick(self.t.services)
        subject = pick(self.w.email_subjects)
        detail: dict = {"address": self.p.emails[0] if r() < 0.8 else pick(self.p.emails)}
        if not inbound:
            outcome = pick(_SENT)
            return Interaction(
                **common,
                **detail,
                ended_at=at(ts + 60 + int(r() * 900)),
                outbound_kind=OutboundKind.MANUAL,
                category=service.category,
                service=service.name,
                agents=(self.agent(),),
                outcome=outcome,
                failure=outcome in FAILED_OUTCOMES,
                subject=subject,
            )
        result = pick(_EMAIL)
        agents: tuple[str, ...] = ()
        if result is TaskResult.MARKED_AS_HANDLED_BY_WORKFLOW:
            outcome = pick(_EMAIL_WORKFLOW)
        elif result.is_failure:
            outcome = self.outcome_of(result, True, None)
        else:
            outcome = pick(_EMAIL_HANDLED)
            agents = (self.agent(),)
            self.handled(detail, service, True, ts)
        length = 120 + int(r() * 5200)
        queue = pick(service.queues)
        return Interaction(
            **common,
            **detail,
            ended_at=at(ts + length),
            category=service.category,
            service=service.name,
            first_queued_service=service.name,
            queues=(queue,),
            agents=agents,
            outcome=outcome,
            failure=outcome in FAILED_OUTCOMES,
            task_result=result,
            sla=Sla.WITHIN if length < 3600 else Sla.OUTSIDE,
            subject=subject,
        )

    def message(self, common: dict, ts: int, inbound: bool) -> Interaction:
        """SMS, agentless notifications, web events and content offers: short, mostly no agent."""
        pick, r, channel, w = self.pick, self.r, common["channel"], self.w
        detail: dict = {}
        campaign = None
        agents: tuple[str, ...] = ()
        category = Category.GENERAL
        if channel is Channel.SMS:
            detail["phone_number"] = self.phone(mobile=True).value
            detail["message_count"] = 1 + int(r() * 3)
            if inbound:
                outcome = "Received"
            else:
                campaign = self.campaign() if r() < 0.6 else None
                outcome = pick(_SMS)
                agents = () if campaign else (self.agent(),)
                detail["outbound_kind"] = OutboundKind.OUTBOUND if campaign else OutboundKind.MANUAL
        elif channel is Channel.AGENTLESS_NOTIFICATION:
            detail["phone_number"] = self.phone(mobile=True).value
            detail["subject"] = pick(w.notification_templates)
            detail["message_count"] = 1
            detail["outbound_kind"] = OutboundKind.AGENTLESS
            campaign = self.campaign(Category.GENERAL) if r() < 0.5 else None
            outcome = pick(_NOTIFICATION)
        elif channel is Channel.WEB_EVENT:
            detail["web_page"] = pick(w.web_pages)
            category = Category.MYDX
            outcome = pick(_WEB_EVENT)
        else:  # content offer, shown to the customer on the web site
            detail["web_page"] = pick(w.web_pages)
            detail["content_offer"] = pick(w.content_offers)
            detail["outbound_kind"] = OutboundKind.AGENTLESS
            campaign = self.campaign(Category.MARKETER)
            category = Category.MARKETER
            outcome = pick(_CONTENT_OFFER)
        if campaign:
            category = self.t.campaign_category[campaign]
        return Interaction(
            **common,
            **detail,
            ended_at=at(ts + 2 + int(r() * 600)),
            category=category,
            campaign=campaign,
            agents=agents,
            outcome=outcome,
            failure=outcome in FAILED_OUTCOMES,
        )

    def campaign_manager(self, common: dict, ts: int) -> Interaction:
        """A campaign call as Campaign Manager reports it (SPEC A7): scores, no segments."""
        r = self.r
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
        detail: dict = {}
        if channel is Channel.EMAIL:
            detail["address"] = self.p.emails[0]
            outcome = self.pick(_EMAIL_HANDLED if inbound else _SENT)
        elif channel is Channel.WEB_CHAT:
            detail["address"] = self.p.emails[0] if self.p.emails else None
            outcome = self.pick(_IN_HANDLED)
        else:
            phone = self.phone(mobile=channel is Channel.SMS)
            detail["phone_number"] = phone.value
            if channel is Channel.VOICE:
                detail["number_type"] = phone.number_type
                outcome = self.pick(_DC_INBOUND if inbound else _CM_OUTCOMES)
            else:
                outcome = "Received" if inbound else self.pick(_SMS)
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
            "id": self.next_id(),
            "customer_id": self.p.id,
            "channel": kind.channel,
            "direction": Direction.INBOUND,
            "started_at": at(ts),
            "division": self.p.division,
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
                sla=_sla(wait, _VOICE_SLA_SECONDS),
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


def _in_order(names: Iterable[str | None]) -> tuple[str, ...]:
    """Names in the order passed, a repeat of the previous one dropped (agent A, A -> A)."""
    out: list[str] = []
    for name in names:
        if name and (not out or out[-1] != name):
            out.append(name)
    return tuple(out)


def _sla(wait: int, limit: int) -> Sla:
    return Sla.WITHIN if wait <= limit else Sla.OUTSIDE
