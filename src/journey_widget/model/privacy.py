"""Identifiers shown obfuscated (SPEC D7): "+41 •• ••• 45 67", "r•••@example.com", "R••• G•••".

With the privacy setting on, a user without ``Permission.VIEW_IDENTIFIERS`` gets journeys,
suggestions, printouts and exports with every phone number, SIP URI, e-mail address and
name of the customer obfuscated: enough left to tell two customers apart on screen (country
code and last four digits, first letter, the domain), not enough to call or write to them.
The service applies ``obfuscate_journey`` once, so every view and file downstream shows the
same thing. Logs always mask (``mask_for_log``), whatever the setting. No Qt.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import MappingProxyType

from journey_widget.model.enums import IdentifierKind, SurveyKind
from journey_widget.model.identifiers import display_phone
from journey_widget.model.journey import (
    Customer,
    CustomerMatch,
    Identifier,
    Interaction,
    Journey,
    Ticket,
)

MASK = "•"
# Digits left readable at the end of a phone number.
KEEP_LAST_DIGITS = 4
_DIGIT = re.compile(r"\d")


def is_obfuscated(text: str) -> bool:
    return MASK in text


def obfuscate_phone(e164: str) -> str:
    """A number: "+41234564567" -> "+41 •• ••• 45 67"; country code and last four digits stay.

    Grouped as people read the number; a number the metadata cannot group is split after its
    country code. The result is for display only, never a number to dial.
    """
    if is_obfuscated(e164):
        return e164
    shown = display_phone(e164)
    if " " not in shown and shown.startswith("+"):
        shown = _split_country_code(shown)
    head, space, rest = shown.partition(" ")
    if not space:  # no country code to keep: hide all but the last digits
        head, rest = "", shown
    total = len(_DIGIT.findall(rest))
    seen = 0

    def hide(match: re.Match[str]) -> str:
        nonlocal seen
        seen += 1
        return match.group(0) if seen > total - KEEP_LAST_DIGITS else MASK

    masked = _DIGIT.sub(hide, rest)
    return f"{head} {masked}" if head else masked


def _split_country_code(e164: str) -> str:
    import phonenumbers  # on first use, as in model/identifiers.py

    try:
        code = str(phonenumbers.parse(e164, None).country_code)
    except phonenumbers.NumberParseException:
        code = e164[1:3]
    rest = e164[1 + len(code) :]
    groups = [rest[max(0, end - 3) : end] for end in range(len(rest), 0, -3)][::-1]
    return f"+{code} " + " ".join(groups)


def obfuscate_email(address: str) -> str:
    """An address: "raymond.gray@example.com" -> "r•••@example.com"."""
    if is_obfuscated(address):
        return address
    user, at, host = address.rpartition("@")
    if not at:
        return obfuscate_name(address)
    if not user:  # a handle ("@juergen_weiss" on Twitter, LINE ...): the handle is the person
        return f"@{host[:1]}{MASK * 3}"
    return f"{user[:1]}{MASK * 3}@{host}"


def obfuscate_sip(uri: str) -> str:
    """A SIP URI: "sip:raymond@pbx.example.com" -> "sip:r•••@pbx.example.com"."""
    scheme, colon, rest = uri.partition(":")
    if not colon or "@" not in rest:
        return obfuscate_email(uri)
    return f"{scheme}:{obfuscate_email(rest)}"


def obfuscate_name(name: str) -> str:
    """A name: "Raymond Gray" -> "R••• G•••"; initials only, one mask per word."""
    if is_obfuscated(name):
        return name
    return " ".join(f"{word[:1]}{MASK * 3}" for word in name.split())


def obfuscate_identifier_value(value: str, kind: IdentifierKind | None = None) -> str:
    """Any stored identifier value; ``kind`` None guesses from its form (as for a match)."""
    if kind is IdentifierKind.PHONE or (kind is None and value.startswith("+")):
        return obfuscate_phone(value)
    if kind is IdentifierKind.SIP or (kind is None and value.lower().startswith("sip")):
        return obfuscate_sip(value)
    if kind is IdentifierKind.EMAIL or (kind is None and "@" in value):
        return obfuscate_email(value)
    return obfuscate_name(value)


def obfuscate_text(text: str) -> str:
    """Free text that may hold a number or an address (a typed query): those parts masked."""
    if "@" in text:
        return obfuscate_identifier_value(text)
    digits = len(_DIGIT.findall(text))
    if digits >= 5:
        seen = 0

        def hide(match: re.Match[str]) -> str:
            nonlocal seen
            seen += 1
            return match.group(0) if seen > digits - KEEP_LAST_DIGITS else MASK

        return _DIGIT.sub(hide, text)
    return text


# --- whole records ----------------------------------------------------------------------------


def obfuscate_customer(customer: Customer) -> Customer:
    return replace(
        customer,
        name=obfuscate_name(customer.name) if customer.name else None,
        identifiers=tuple(
            Identifier(i.kind, obfuscate_identifier_value(i.value, i.kind), i.number_type)
            for i in customer.identifiers
        ),
    )


def obfuscate_interaction(item: Interaction) -> Interaction:
    if not item.phone_number and not item.address:
        return item
    return replace(
        item,
        phone_number=obfuscate_phone(item.phone_number) if item.phone_number else None,
        address=obfuscate_identifier_value(item.address) if item.address else None,
    )


def obfuscate_match(match: CustomerMatch) -> CustomerMatch:
    return replace(
        match,
        name=obfuscate_name(match.name) if match.name else None,
        matched=obfuscate_identifier_value(match.matched, match.matched_kind),
    )


def obfuscate_journey(journey: Journey) -> Journey:
    return replace(
        journey,
        customer=obfuscate_customer(journey.customer),
        interactions=tuple(obfuscate_interaction(i) for i in journey.interactions),
    )


def obfuscate_record(record: Customer | Interaction | Ticket) -> Customer | Interaction | Ticket:
    """One record of an export: customers and interactions obfuscated, tickets as they are."""
    if isinstance(record, Customer):
        return obfuscate_customer(record)
    if isinstance(record, Interaction):
        return obfuscate_interaction(record)
    return record


# --- anonymisation (SPEC D6) ------------------------------------------------------------------


def anonymised(record: Customer | Interaction | Ticket) -> Customer | Interaction | Ticket:
    """What anonymising keeps of a record: anonymous statistics, no identifier, no free text.

    Kept: ids, tenant, division, channels, directions, times and durations, outcomes and task
    results, services, queues, agents (the organisation's staff), codes, segments' kinds and
    times, yes / no and star answers. Removed: the name and every identifier, the numbers and
    addresses used, comments, issues, parameters, open survey answers, subjects, the case
    subject, web pages, recordings, follow-up notes.
    """
    if isinstance(record, Customer):
        return replace(record, name=None, identifiers=())
    if isinstance(record, Interaction):
        return replace(
            record,
            phone_number=None,
            address=None,
            agent_comments=None,
            issues_reported=None,
            parameters=MappingProxyType({}),
            survey=tuple(a for a in record.survey if a.kind is not SurveyKind.OPEN),
            case=replace(record.case, subject=None) if record.case else None,
            recording_url=None,
            subject=None,
            web_page=None,
        )
    return replace(
        record,
        subject="",
        follow_ups=tuple(replace(f, note=None) for f in record.follow_ups),
    )


# --- logs ------------------------------------------------------------------------------------

LOG_TEXT_LIMIT = 80


def mask_for_log(text: str) -> str:
    """For logs, whatever the privacy setting (DESIGN "logs mask numbers"): every digit but the
    last three hidden, and the mailbox before an "@" (which names the person in an e-mail or SIP
    address) replaced by at most three dots, so its length tells nothing either.

    The one masking function: the HTTP client's URLs and the call sources' numbers use it.
    """
    text = text[:LOG_TEXT_LIMIT]
    user, at, host = text.rpartition("@")
    if at:
        text = MASK * min(len(user), 3) + at + host
    total = len(_DIGIT.findall(text))
    seen = 0

    def hide(match: re.Match[str]) -> str:
        nonlocal seen
        seen += 1
        return match.group(0) if seen > total - 3 else MASK

    return _DIGIT.sub(hide, text)
