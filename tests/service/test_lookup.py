"""The coordinator: query parsing, periods, and newest-request-wins."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from journey_widget.model import IdentifierKind
from journey_widget.service.lookup import InvalidQuery, parse_query, period_start


@pytest.mark.parametrize(
    ("now", "months", "expected"),
    [
        (datetime(2026, 11, 23, 9, 30), 12, datetime(2025, 11, 23, 9, 30)),
        (datetime(2026, 11, 23), 3, datetime(2026, 8, 23)),
        (datetime(2026, 2, 10), 3, datetime(2025, 11, 10)),  # across the year end
        (datetime(2026, 5, 31), 3, datetime(2026, 2, 28)),  # no 31 February
        (datetime(2024, 5, 31), 3, datetime(2024, 2, 29)),  # leap year
        (datetime(2025, 2, 28), 12, datetime(2024, 2, 28)),
        (datetime(2024, 2, 29), 12, datetime(2023, 2, 28)),
        (datetime(2026, 12, 31), 9, datetime(2026, 3, 31)),
        (datetime(2026, 1, 1), 6, datetime(2025, 7, 1)),
    ],
)
def test_period_start(now: datetime, months: int, expected: datetime) -> None:
    now, expected = now.replace(tzinfo=UTC), expected.replace(tzinfo=UTC)
    assert period_start(months, now) == expected


def test_no_period_means_no_limit() -> None:
    assert period_start(None, datetime.now(UTC)) is None


def test_parse_query() -> None:
    assert parse_query("(030) 123-4567").kind is IdentifierKind.PHONE
    assert parse_query("sip:agent@pbx").kind is IdentifierKind.SIP
    assert parse_query("a@b.de").kind is IdentifierKind.EMAIL
    assert parse_query("C000001") is None  # a customer id
    for bad in ("", "  ", "two words", "<script>"):
        with pytest.raises(InvalidQuery):
            parse_query(bad)
