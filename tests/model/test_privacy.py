"""Obfuscated identifiers (SPEC D7): enough to tell customers apart, not to reach them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from journey_widget.model import (
    Channel,
    Customer,
    CustomerMatch,
    Direction,
    Identifier,
    IdentifierKind,
    Interaction,
    Journey,
)
from journey_widget.model.privacy import (
    obfuscate_email,
    obfuscate_journey,
    obfuscate_match,
    obfuscate_name,
    obfuscate_phone,
    obfuscate_sip,
    obfuscate_text,
)


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+41234564567", "+41 •• ••• 45 67"),
        ("+4915112345678", "+49 •••• •••5678"),
        ("+6281234567890", "+62 •••-••••-7890"),
        ("+412345678910", "+41 • ••• ••8 910"),  # unknown to the metadata: split after +41
    ],
)
def test_phone_keeps_country_code_and_last_four_digits(e164, shown):
    assert obfuscate_phone(e164) == shown


def test_obfuscating_twice_changes_nothing():
    once = obfuscate_phone("+41234564567")
    assert obfuscate_phone(once) == once
    assert obfuscate_email(obfuscate_email("ray@example.com")) == "r•••@example.com"


def test_email_sip_and_name():
    assert obfuscate_email("raymond.gray@example.com") == "r•••@example.com"
    assert obfuscate_sip("sip:raymond@pbx.example.com") == "sip:r•••@pbx.example.com"
    assert obfuscate_name("Raymond  Gray") == "R••• G•••"
    assert obfuscate_email("@juergen_weiss") == "@j•••"  # a social handle is the person


def test_free_text_masks_numbers_and_addresses_only():
    assert obfuscate_text("030 1234567") == "••• •••4567"
    assert obfuscate_text("ray@example.com") == "r•••@example.com"
    assert obfuscate_text("ray") == "ray"


def test_a_journey_keeps_no_identifier_in_clear():
    customer = Customer(
        "C1",
        "Raymond Gray",
        (
            Identifier(IdentifierKind.PHONE, "+41234564567"),
            Identifier(IdentifierKind.EMAIL, "raymond.gray@example.com"),
            Identifier(IdentifierKind.SIP, "sip:raymond@pbx.example.com"),
        ),
        tenant="Acme",
    )
    item = Interaction(
        "I1",
        "C1",
        Channel.VOICE,
        Direction.INBOUND,
        datetime(2026, 1, 1, tzinfo=UTC),
        phone_number="+41234564567",
        address="raymond.gray@example.com",
    )
    shown = obfuscate_journey(Journey(customer, (item,)))
    text = repr(shown)
    for secret in ("Raymond", "raymond", "23456", "4123"):
        assert secret not in text
    assert shown.customer.tenant == "Acme"
    assert shown.interactions[0].phone_number == "+41 •• ••• 45 67"


def test_a_match_is_obfuscated_by_its_kind():
    match = CustomerMatch("C1", "Raymond Gray", "+41234564567", IdentifierKind.PHONE)
    shown = obfuscate_match(match)
    assert shown.name == "R••• G•••" and shown.matched == "+41 •• ••• 45 67"
    assert shown.customer_id == "C1"
