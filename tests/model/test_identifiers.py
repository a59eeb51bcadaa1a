"""Normalisation of numbers, SIP URIs and e-mail addresses (SPEC H1, B4)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey_widget.model import (
    Identifier,
    IdentifierKind,
    normalize_identifier,
    normalize_phone,
    parse_identifier,
)


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        # SPEC H1: four spellings of one Berlin number.
        ("+49 30 1234567", "DE", "+49301234567"),
        ("0049301234567", "DE", "+49301234567"),
        ("030 1234567", "DE", "+49301234567"),
        ("(030) 123-4567", "DE", "+49301234567"),
        ("0049301234567", "US", "+49301234567"),  # "00" prefix works whatever the region
        ("+49 (0)30 1234567", "DE", "+49301234567"),
        ("030/1234567", "DE", "+49301234567"),
        # Other countries.
        ("+41 23 456 78 910", "DE", "+412345678910"),  # SPEC D1's example, not in metadata
        ("+41 44 668 18 00", "DE", "+41446681800"),
        ("0812-3456-7890", "ID", "+6281234567890"),
        ("+62 21 5795 1234", "DE", "+622157951234"),
        ("+1 (212) 555-0100", "DE", "+12125550100"),
        ("(212) 555-0100", "US", "+12125550100"),
        ("020 7946 0018", "GB", "+442079460018"),
        ("+43 1 5123456", "DE", "+4315123456"),
        # Invalid input: refused, never guessed.
        ("", "DE", None),
        ("   ", "DE", None),
        ("12", "DE", None),
        ("4567", "DE", None),  # an extension, not +494567
        ("0301", "DE", None),
        ("abc", "DE", None),
        ("+0123456789", "DE", None),
        ("030 1234567; rm -rf /", "DE", None),
        ("٠٣٠١٢٣٤٥٦٧", "DE", None),  # Arabic-Indic digits are not ASCII digits
    ],
)
def test_normalize_phone(text: str, region: str, expected: str | None) -> None:
    assert normalize_phone(text, region) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+49 30 1234567", Identifier(IdentifierKind.PHONE, "+49301234567")),
        ("sip:+49301234567@pbx.example.com", Identifier(IdentifierKind.PHONE, "+49301234567")),
        ("sips:030 1234567@pbx;transport=tls", Identifier(IdentifierKind.PHONE, "+49301234567")),
        ("<sip:+49301234567@host>", Identifier(IdentifierKind.PHONE, "+49301234567")),
        ("tel:+49-30-1234567", Identifier(IdentifierKind.PHONE, "+49301234567")),
        ("sip:Alice@PBX.Example.com", Identifier(IdentifierKind.SIP, "sip:alice@pbx.example.com")),
        ("SIP:bob@10.0.0.1:5060", Identifier(IdentifierKind.SIP, "sip:bob@10.0.0.1:5060")),
        ("Raymond.Gray@Example.COM", Identifier(IdentifierKind.EMAIL, "raymond.gray@example.com")),
        ("mailto:siti@contoh.co.id", Identifier(IdentifierKind.EMAIL, "siti@contoh.co.id")),
        ("jürgen@müller.de", Identifier(IdentifierKind.EMAIL, "jürgen@müller.de")),
        ("sip:@host", None),
        ("sip:<script>@host", None),
        ("not an address@", None),
        ("Raymond", None),
    ],
)
def test_parse_identifier(text: str, expected: Identifier | None) -> None:
    assert parse_identifier(text, "DE") == expected


def test_control_characters_are_stripped_before_parsing() -> None:
    assert parse_identifier("+49 30\u200b 1234567\r\n") == Identifier(
        IdentifierKind.PHONE, "+49301234567"
    )
    assert parse_identifier("\x1b[31m+49301234567") is None  # the escape's tail is garbage


def test_length_is_capped() -> None:
    assert parse_identifier("+49" + "1" * 10_000) is None
    assert parse_identifier("a" * 10_000 + "@example.com") is None


def test_normalize_identifier_by_kind() -> None:
    assert normalize_identifier(IdentifierKind.PHONE, "030 1234567") == "+49301234567"
    assert normalize_identifier(IdentifierKind.SIP, "Agent7@PBX") == "sip:agent7@pbx"
    assert normalize_identifier(IdentifierKind.SIP, "sip:+4930123@pbx") == "sip:+4930123@pbx"
    assert normalize_identifier(IdentifierKind.EMAIL, "A@B.de") == "a@b.de"
    assert normalize_identifier(IdentifierKind.ACCOUNT, " 4711 ") == "4711"
    with pytest.raises(ValueError, match="not a valid phone"):
        normalize_identifier(IdentifierKind.PHONE, "hello")
    with pytest.raises(ValueError, match="not a valid email"):
        normalize_identifier(IdentifierKind.EMAIL, "hello")


@given(st.text(max_size=300))
def test_parse_never_raises_and_output_is_normalised(text: str) -> None:
    result = parse_identifier(text)
    if result is None:
        return
    # Normalising a normalised value changes nothing.
    assert parse_identifier(result.value) == result or result.kind is IdentifierKind.SIP
    assert all(ord(c) >= 32 for c in result.value)
    assert len(result.value) <= 256


def test_an_international_number_the_metadata_does_not_know_keeps_every_digit():
    # phonenumbers reads "+20 0000000000" as Egypt with a national prefix and drops a zero.
    assert normalize_phone("+20000000000") == "+20000000000"
    assert normalize_phone(normalize_phone("+20000000000")) == "+20000000000"
