"""Word lists for the demo data: names, services, campaigns, outcomes, comments.

Plain data only, kept apart from the generator so that the logic there stays readable. The
words themselves live in ``vocabulary.json`` beside this module (read once, at import, with
importlib.resources, so it also works from a wheel or the frozen bundle); this module gives
them their shapes and names. Everything is a tuple so that iteration order, and with it the
generated data, never depends on hashing. German and Indonesian text is what agents in those
centres would type; outcomes stay English because the sources deliver them that way (SPEC A7
shows them as data).

A weighted list is ``((item, weight), ...)``; the generator expands it once. In the JSON an
enum member is written by its name (``"SALES"``, ``"HANGUP_IN_QUEUE"``) and a tenant names its
language (``"GERMAN"``); the names below are what the generator reads.

The sections of the file:
- ``people``: first and last names per language. Many Javanese go by one name only
  (INDONESIAN_MONONYMS); Balinese names start with a birth-order name: Putu Ayu, Made Wirawan,
  Ketut Sari (BALINESE_FIRST, BALINESE_GIVEN).
- ``ascii_fold``: the spelling of names in e-mail addresses and SIP users.
- ``languages``, ``tenants``, ``addresses``: what a tenant's interactions say, who works there.
- ``outcomes``: FAILED_OUTCOMES are the outcome texts that mean the interaction failed; the
  generator sets ``failure`` exactly for these, and every failed task result maps onto one of
  them (FAILED_RESULT_OUTCOMES, SPEC A9). The ``*_RESULTS`` lists weigh task results.
- ``countries``: clocks, holidays and phone-number patterns. North American numbers do not
  tell mobile from fixed line, so the US lists both alike.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any, NamedTuple

from journey_widget.model import Category, TaskResult

# --- shapes -------------------------------------------------------------------------------


class Service(NamedTuple):
    """A service (hotline) of a tenant: its queues, its F1 category, whether codes exist."""

    name: str
    category: Category
    queues: tuple[str, ...]
    codes_configured: bool = True
    weight: int = 10


class CaseWords(NamedTuple):
    """Vocabulary of one language's cases (SPEC F2)."""

    categories: tuple[tuple[str, tuple[str, ...]], ...]
    types: tuple[str, ...]
    detail_categories: tuple[str, ...]
    priorities: tuple[str, ...]


class Language(NamedTuple):
    """Everything language-specific an interaction of a tenant needs."""

    services: tuple[Service, ...]
    campaigns: tuple[tuple[str, Category], ...]
    divisions: tuple[tuple[str, int], ...]
    completion_codes: tuple[str, ...]
    cross_selling_codes: tuple[str, ...]
    comments: tuple[str, ...]
    failure_comments: tuple[str, ...]
    email_subjects: tuple[str, ...]
    notification_templates: tuple[str, ...]
    content_offers: tuple[str, ...]
    web_pages: tuple[str, ...]
    survey_stars: str
    survey_yes_no: str
    survey_open: str
    survey_answers: tuple[str, ...]
    issues: tuple[str, ...]
    parameter_keys: tuple[str, str, str]
    language_name: str
    standby: str
    voicemail_box: str
    cases: CaseWords
    ticket_subjects: tuple[str, ...]
    reschedule_notes: tuple[str, ...]
    escalation_notes: tuple[str, ...]
    status_notes: tuple[str, ...]
    account_prefix: str


class TenantSpec(NamedTuple):
    """A tenant: its name, language, countries of its customers (weighted) and agents."""

    name: str
    slug: str
    language: Language
    countries: tuple[tuple[str, int], ...]
    agents: tuple[str, ...]
    weight: int


class Country(NamedTuple):
    """A country's clock (for opening hours) and its phone-number patterns.

    A pattern is ``(E.164 prefix, number of free digits)``; every filling of the free digits is
    a valid number of that type for phonenumbers (checked in the tests), which lets the
    generator build numbers by string formatting instead of parsing each one.
    """

    code: str
    utc_offset: int  # hours, standard time
    summer_time: bool  # one hour more from April to October (close enough for demo data)
    holidays: tuple[tuple[int, int], ...]  # (month, day)
    mobile: tuple[tuple[str, int], ...]
    fixed: tuple[tuple[str, int], ...]


# --- reading the file ---------------------------------------------------------------------


def _tuples(value: Any) -> Any:
    """JSON lists as tuples, all the way down (also inside objects)."""
    if isinstance(value, list):
        return tuple(_tuples(item) for item in value)
    if isinstance(value, dict):
        return {key: _tuples(item) for key, item in value.items()}
    return value


def _language(words: dict[str, Any]) -> Language:
    fields = _tuples(words)
    fields["services"] = tuple(
        Service(**{**service, "category": Category[service["category"]]})
        for service in fields["services"]
    )
    fields["campaigns"] = tuple((name, Category[cat]) for name, cat in fields["campaigns"])
    fields["cases"] = CaseWords(**fields["cases"])
    return Language(**fields)


def _results(pairs: list[list[Any]]) -> tuple[tuple[TaskResult, Any], ...]:
    """``[["HANGUP_IN_QUEUE", x], ...]`` with the task result as the enum member."""
    return tuple((TaskResult[name], _tuples(rest)) for name, rest in pairs)


_DATA: dict[str, Any] = json.loads(
    (resources.files(__package__) / "vocabulary.json").read_text(encoding="utf-8")
)
_PEOPLE = _tuples(_DATA["people"])
_OUTCOMES = _DATA["outcomes"]

# --- people -------------------------------------------------------------------------------

GERMAN_MALE: tuple[str, ...] = _PEOPLE["GERMAN_MALE"]
GERMAN_FEMALE: tuple[str, ...] = _PEOPLE["GERMAN_FEMALE"]
GERMAN_LAST: tuple[str, ...] = _PEOPLE["GERMAN_LAST"]
INDONESIAN_MALE: tuple[str, ...] = _PEOPLE["INDONESIAN_MALE"]
INDONESIAN_FEMALE: tuple[str, ...] = _PEOPLE["INDONESIAN_FEMALE"]
INDONESIAN_LAST: tuple[str, ...] = _PEOPLE["INDONESIAN_LAST"]
INDONESIAN_MONONYMS: tuple[str, ...] = _PEOPLE["INDONESIAN_MONONYMS"]
BALINESE_FIRST: tuple[str, ...] = _PEOPLE["BALINESE_FIRST"]
BALINESE_GIVEN: tuple[str, ...] = _PEOPLE["BALINESE_GIVEN"]
ENGLISH_MALE: tuple[str, ...] = _PEOPLE["ENGLISH_MALE"]
ENGLISH_FEMALE: tuple[str, ...] = _PEOPLE["ENGLISH_FEMALE"]
ENGLISH_LAST: tuple[str, ...] = _PEOPLE["ENGLISH_LAST"]

# Spelling of names in e-mail addresses and SIP users.
ASCII_FOLD: dict[int, str] = str.maketrans(_DATA["ascii_fold"])

# --- tenants ------------------------------------------------------------------------------

_LANGUAGES = {name: _language(words) for name, words in _DATA["languages"].items()}
GERMAN: Language = _LANGUAGES["GERMAN"]
INDONESIAN: Language = _LANGUAGES["INDONESIAN"]
ENGLISH: Language = _LANGUAGES["ENGLISH"]

TENANTS: tuple[TenantSpec, ...] = tuple(
    TenantSpec(**{**_tuples(tenant), "language": _LANGUAGES[tenant["language"]]})
    for tenant in _DATA["tenants"]
)

EMAIL_DOMAINS: tuple[tuple[str, int], ...] = _tuples(_DATA["addresses"]["EMAIL_DOMAINS"])
WORK_EMAIL_DOMAINS: tuple[str, ...] = _tuples(_DATA["addresses"]["WORK_EMAIL_DOMAINS"])
SIP_HOST: str = _DATA["addresses"]["SIP_HOST"]
RECORDINGS: str = _DATA["addresses"]["RECORDINGS"]

# --- outcomes -----------------------------------------------------------------------------

FAILED_OUTCOMES: tuple[str, ...] = _tuples(_OUTCOMES["FAILED_OUTCOMES"])
# How failed task results read as outcomes.
FAILED_RESULT_OUTCOMES: tuple[tuple[TaskResult, tuple[str, ...]], ...] = _results(
    _OUTCOMES["FAILED_RESULT_OUTCOMES"]
)

INBOUND_HANDLED_OUTCOMES: tuple[tuple[str, int], ...] = _tuples(
    _OUTCOMES["INBOUND_HANDLED_OUTCOMES"]
)
OUTBOUND_HANDLED_OUTCOMES: tuple[tuple[str, int], ...] = _tuples(
    _OUTCOMES["OUTBOUND_HANDLED_OUTCOMES"]
)
SURVEY_HANDLED_OUTCOMES: tuple[tuple[str, int], ...] = _tuples(_OUTCOMES["SURVEY_HANDLED_OUTCOMES"])

INBOUND_CALL_RESULTS: tuple[tuple[TaskResult, int], ...] = _results(
    _OUTCOMES["INBOUND_CALL_RESULTS"]
)
CLOSED_CALL_RESULTS: tuple[tuple[TaskResult, int], ...] = _results(_OUTCOMES["CLOSED_CALL_RESULTS"])
QUEUED_OUTBOUND_RESULTS: tuple[tuple[TaskResult, int], ...] = _results(
    _OUTCOMES["QUEUED_OUTBOUND_RESULTS"]
)
MANUAL_OUTBOUND_RESULTS: tuple[tuple[TaskResult, int], ...] = _results(
    _OUTCOMES["MANUAL_OUTBOUND_RESULTS"]
)
CHAT_RESULTS: tuple[tuple[TaskResult, int], ...] = _results(_OUTCOMES["CHAT_RESULTS"])
EMAIL_RESULTS: tuple[tuple[TaskResult, int], ...] = _results(_OUTCOMES["EMAIL_RESULTS"])

EMAIL_HANDLED_OUTCOMES: tuple[tuple[str, int], ...] = _tuples(_OUTCOMES["EMAIL_HANDLED_OUTCOMES"])
EMAIL_WORKFLOW_OUTCOMES: tuple[tuple[str, int], ...] = _tuples(_OUTCOMES["EMAIL_WORKFLOW_OUTCOMES"])
SENT_OUTCOMES: tuple[tuple[str, int], ...] = _tuples(_OUTCOMES["SENT_OUTCOMES"])
SMS_OUTCOMES: tuple[tuple[str, int], ...] = _tuples(_OUTCOMES["SMS_OUTCOMES"])
NOTIFICATION_OUTCOMES: tuple[tuple[str, int], ...] = _tuples(_OUTCOMES["NOTIFICATION_OUTCOMES"])
MESSAGE_OUTBOUND_OUTCOMES: tuple[tuple[str, int], ...] = _tuples(
    _OUTCOMES["MESSAGE_OUTBOUND_OUTCOMES"]
)
WEB_EVENT_OUTCOMES: tuple[tuple[str, int], ...] = _tuples(_OUTCOMES["WEB_EVENT_OUTCOMES"])
CONTENT_OFFER_OUTCOMES: tuple[tuple[str, int], ...] = _tuples(_OUTCOMES["CONTENT_OFFER_OUTCOMES"])

# --- countries ----------------------------------------------------------------------------

COUNTRIES: tuple[Country, ...] = tuple(
    Country(**_tuples(country)) for country in _DATA["countries"]
)
