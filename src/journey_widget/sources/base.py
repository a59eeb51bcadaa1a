"""The contract every journey source keeps: the local store, Campaign Manager, Data Cloud.

Sources are async and Qt-free. They raise ``SourceError`` (or a subclass) with a sentence a
user can read; "unknown customer" is not an error but ``None``.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable

from journey_widget.model import CustomerMatch, Identifier, Journey


class FailureReason(StrEnum):
    """Why a source could not answer: the window turns it into a translated sentence."""

    UNREACHABLE = "unreachable"  # DNS, connection refused, network down
    TIMEOUT = "timeout"  # connected, but no answer in time
    UNAUTHORIZED = "unauthorized"  # 401: credentials missing, wrong or expired
    FORBIDDEN = "forbidden"  # 403: this user may not see it
    RATE_LIMITED = "rate_limited"  # 429 and still limited after waiting
    SERVER = "server"  # 5xx after the retries
    MALFORMED = "malformed"  # not JSON, wrong types, fields missing
    TOO_LARGE = "too_large"  # the answer exceeded the size cap
    STORE = "store"  # the local store is missing, corrupt or not writable
    CONFIGURATION = "configuration"  # no base URL, no secret, an unusable setting
    OTHER = "other"

    @property
    def is_outage(self) -> bool:
        """The back end could not be reached or did not answer: cached data may stand in."""
        return self in {
            FailureReason.UNREACHABLE,
            FailureReason.TIMEOUT,
            FailureReason.RATE_LIMITED,
            FailureReason.SERVER,
        }


class SourceError(Exception):
    """A source could not answer. ``str(error)`` is one plain sentence (English, for the log
    and the CLI); ``reason`` lets the window say it in the user's language."""

    def __init__(self, message: str, reason: FailureReason = FailureReason.OTHER) -> None:
        super().__init__(message)
        self.reason = reason


class StoreError(SourceError):
    """The local store is missing, corrupt or cannot be written."""

    def __init__(self, message: str, reason: FailureReason = FailureReason.STORE) -> None:
        super().__init__(message, reason)


@runtime_checkable
class JourneySource(Protocol):
    async def journey_by_identifier(
        self, identifier: Identifier, since: datetime | None = None
    ) -> Journey | None:
        """The journey of the customer with this (normalised) identifier, or None if unknown.

        ``since`` limits the interactions to those started at or after it (the period filter).
        """
        ...

    async def journey_by_customer_id(
        self, customer_id: str, since: datetime | None = None
    ) -> Journey | None: ...

    async def search(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        """Customers whose name or identifier contains ``text`` (SPEC C1), best first."""
        ...

    async def aclose(self) -> None: ...
