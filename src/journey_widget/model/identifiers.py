"""Normalising what identifies a customer: phone numbers, SIP URIs, e-mail addresses (SPEC H1, B4).

Caller IDs are untrusted: control characters are stripped, the length capped, and anything
that is not a plausible number, SIP URI or address is refused (``None``), never guessed at.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from journey_widget.model.enums import IdentifierKind
from journey_widget.model.journey import Identifier

if TYPE_CHECKING:
    import phonenumbers

MAX_IDENTIFIER_LENGTH = 256
DEFAULT_REGION = "DE"
MIN_NATIONAL_DIGITS = 6

_PHONE_CHARS = re.compile(r"^[+\d\s().\-/]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_SIP_SCHEME = re.compile(r"^(sips?|tel):", re.IGNORECASE)
_SIP_HOST = re.compile(r"^[a-z0-9.\-\[\]:]+$")


def load_phone_metadata() -> None:
    """Import phonenumbers now (a window does so after its first paint, issue 14.9).

    Every function here that needs it imports it on first use: it is a fair part of the
    start-up, and neither the idle window nor a command without a number needs it.
    """
    import phonenumbers  # noqa: F401


def clean(text: str) -> str:
    """Strip control / format characters and surrounding space; cap the length."""
    kept = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    return kept.strip()[:MAX_IDENTIFIER_LENGTH].rstrip()


def digits_of(text: str) -> str:
    return "".join(c for c in text if c.isdigit() and c.isascii())


def normalize_phone(text: str, region: str = DEFAULT_REGION) -> str | None:
    """E.164 for any common way of writing a number, or None.

    "+49 30 1234567", "0049301234567", "030 1234567" (region DE) and "(030) 123-4567"
    all give "+49301234567".
    """
    text = clean(text)
    if not text or not _PHONE_CHARS.match(text) or len(digits_of(text)) < 3:
        return None
    if text.startswith("00"):
        # International prefix written the European way; valid whatever the region's IDD.
        text = "+" + text[2:]
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region.upper())
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and _plausible(number):
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        # Written internationally but unknown to the metadata: the parser may drop a "national
        # prefix" digit ("+20 0000000000"); the caller's digits are the number, keep them all.
        if not text.startswith("+") or e164[1:] == digits_of(text):
            return e164
        if phonenumbers.is_valid_number(number):
            return e164
    # An explicitly international number that the metadata does not know (new ranges,
    # test numbers like +41 23 456 78 910) is still that number: keep its digits.
    digits = digits_of(text)
    if text.startswith("+") and 7 <= len(digits) <= 15 and digits[0] != "0":
        return "+" + digits
    return None


def _plausible(number: phonenumbers.PhoneNumber) -> bool:
    """Valid by the metadata, or possible and long enough to be more than an extension.

    "4567" is "possible" in Germany (a local number without area code) but as a caller ID it
    is an internal extension, not +494567.
    """
    import phonenumbers

    if phonenumbers.is_valid_number(number):
        return True
    national = phonenumbers.national_significant_number(number)
    return phonenumbers.is_possible_number(number) and len(national) >= MIN_NATIONAL_DIGITS


def normalize_email(text: str) -> str | None:
    text = clean(text)
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.lower() if _EMAIL.match(text) else None


def parse_identifier(text: str, region: str = DEFAULT_REGION) -> Identifier | None:
    """Recognise a phone number, a SIP / tel URI or an e-mail address.

    A SIP URI whose user part is a phone number ("sip:+4930123@host") is that phone number:
    softphones pass caller IDs that way.
    """
    text = clean(text)
    if not text:
        return None
    scheme = _SIP_SCHEME.match(text)
    if scheme:
        return _parse_uri(text[scheme.end() :], scheme.group(1).lower(), region)
    if text.startswith("<") and text.endswith(">"):
        return parse_identifier(text[1:-1], region)
    if "@" in text:
        email = normalize_email(text)
        return Identifier(IdentifierKind.EMAIL, email) if email else None
    phone = normalize_phone(text, region)
    return Identifier(IdentifierKind.PHONE, phone) if phone else None


def _parse_uri(rest: str, scheme: str, region: str) -> Identifier | None:
    if scheme == "tel":
        phone = normalize_phone(_strip_uri_params(rest), region)
        return Identifier(IdentifierKind.PHONE, phone) if phone else None
    user, _, host = _strip_uri_params(rest).rpartition("@")
    phone = normalize_phone(user or host, region)
    if phone:
        return Identifier(IdentifierKind.PHONE, phone)
    sip = _sip_value(rest)
    return Identifier(IdentifierKind.SIP, sip) if sip else None


def _strip_uri_params(rest: str) -> str:
    """sip:user@host;transport=tcp?x=y -> user@host"""
    return re.split(r"[;?>]", rest, maxsplit=1)[0]


def _sip_value(rest: str) -> str | None:
    user, _, host = _strip_uri_params(rest).rpartition("@")
    host = host.lower()
    if not user or not host or not _SIP_HOST.match(host) or any(c in user for c in " <>\"'"):
        return None
    return f"sip:{user.lower()}@{host}"


def normalize_identifier(kind: IdentifierKind, value: str, region: str = DEFAULT_REGION) -> str:
    """Normalise a value already known to be of ``kind``; raises ValueError if it is not one.

    A SIP URI stays a SIP URI here even when its user part is a number: the customer record
    says which it is.
    """
    text = clean(value)
    if kind is IdentifierKind.PHONE:
        result = normalize_phone(text, region)
    elif kind is IdentifierKind.EMAIL:
        result = normalize_email(text)
    elif kind is IdentifierKind.SIP:
        scheme = _SIP_SCHEME.match(text)
        result = _sip_value(text[scheme.end() :] if scheme else text)
    else:
        result = text or None
    if not result:
        raise ValueError(f"not a valid {kind.value}: {value!r}")
    return result


def display_phone(e164: str) -> str:
    """A stored E.164 number the way people read it: "+49 30 1234567".

    Numbers the metadata does not know keep their E.164 form rather than a wrong grouping.
    """
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if not phonenumbers.is_possible_number(number):
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def display_identifier(value: str) -> str:
    """Any stored identifier value for display: numbers grouped, others as they are."""
    return display_phone(value) if value.startswith("+") else value
