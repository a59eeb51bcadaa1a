"""One demo customer as their interactions see them, and the draws all those interactions share.

Who the customer is (their tenant's vocabulary, their country's calendar, their identifiers),
when they get in touch (two years of history, denser towards the anchor, mostly in local
business hours) and what every kind of interaction draws on: an agent, a phone number, a
wait, a talk, an outcome, what an agent leaves behind, a case. ``demo_calls`` and
``demo_messages`` build on ``CustomerDraws``; ``demo_interactions`` puts them together.

Everything is drawn from the one ``random.Random`` passed in, in a fixed order, so the same
seed gives the same data. Times are whole epoch seconds until the last moment, because adding
ints is much cheaper than adding timedeltas and a million interactions must stay quick.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType
from typing import NamedTuple, TypeVar

from journey_widget.model import (
    Case,
    Category,
    Channel,
    Direction,
    Identifier,
    Sla,
    SurveyAnswer,
    SurveyKind,
    TaskResult,
)
from journey_widget.sources.demo import vocabulary as vocab
from journey_widget.sources.demo.accounts import case_url, channel_accounts

T = TypeVar("T")

HISTORY_DAYS = 730
DAY = 86_400
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EPOCH_DATE = date(1970, 1, 1)
# Nothing but live interactions ends later than this before the anchor.
# The longest possible interaction (three talks of an hour, three waits of 15 minutes) fits.
_QUIET_BEFORE_ANCHOR = 4 * 3600
_MAX_TALK = 3600
_MAX_WAIT = 900


def at(ts: int) -> datetime:
    """Epoch seconds as an aware UTC datetime."""
    return _EPOCH + timedelta(seconds=ts)


def weighted(pairs: Sequence[tuple[T, int]]) -> tuple[T, ...]:
    """Expand ``((item, weight), ...)`` so that a uniform pick is a weighted pick.

    Indexing a tuple is several times faster than ``random.choices`` with weights.
    """
    return tuple(item for item, weight in pairs for _ in range(weight))


def sla(wait: int, limit: int) -> Sla:
    return Sla.WITHIN if wait <= limit else Sla.OUTSIDE


FAILED_OUTCOMES = frozenset(vocab.FAILED_OUTCOMES)
_FAILED_RESULT_OUTCOMES = dict(vocab.FAILED_RESULT_OUTCOMES)
IN_HANDLED = weighted(vocab.INBOUND_HANDLED_OUTCOMES)
OUT_HANDLED = weighted(vocab.OUTBOUND_HANDLED_OUTCOMES)
_SURVEY_HANDLED = weighted(vocab.SURVEY_HANDLED_OUTCOMES)


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
        self.channel_accounts = channel_accounts(spec)


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
            self.midnight.append((day - _EPOCH_DATE).days * DAY - offset(day.month))
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


class CustomerDraws:
    """The draws shared by every kind of interaction of one customer, ids numbered in order."""

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
            sod = 28_800 + int(r() * 36_000) if r() < 0.85 else int(r() * DAY)
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

    # --- who and how long -------------------------------------------------------------------

    def common(self, channel: Channel, direction: Direction, ts: int) -> dict:
        """The fields every interaction has, with the next id."""
        self.count += 1
        return {
            "id": f"{self.p.id}-I{self.count:04d}",
            "customer_id": self.p.id,
            "channel": channel,
            "direction": direction,
            "started_at": at(ts),
            "division": self.p.division,
            "channel_account": self.t.channel_accounts.get(channel),
        }

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

    def outbound_campaign(self) -> str | None:
        """The campaign of an outbound message, if it belongs to one (60 %)."""
        return self.campaign() if self.r() < 0.6 else None

    # --- how it ended -----------------------------------------------------------------------

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
            return self.pick(IN_HANDLED)
        if campaign and self.t.campaign_category[campaign] is Category.SURVEY:
            return self.pick(_SURVEY_HANDLED)
        return self.pick(OUT_HANDLED)

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
            answers.append(SurveyAnswer(w.survey_yes_no, SurveyKind.YES_NO, stars >= 3))
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
        updated = min(ts + int(self.r() * 20 * DAY), self.anchor_ts - 60)
        self.case_until = updated
        case_id = f"CS-{self.p.index:06d}-{self.cases:02d}"
        self.case = Case(
            id=case_id,
            created_at=at(ts),
            category=category,
            sub_category=sub,
            type=pick(words.types),
            detail_category=pick(words.detail_categories),
            priority=pick(words.priorities),
            subject=sub,
            updated_at=at(max(updated, ts)),
            owner=self.agent(),
            url=case_url(self.t.spec, case_id),
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
