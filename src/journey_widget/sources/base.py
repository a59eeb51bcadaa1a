"""The contract every journey source keeps: the local store, Campaign Manager, Data Cloud.

Sources are async and Qt-free. They raise ``SourceError`` (or a subclass) with a sentence a
user can read; "unknown customer" is not an error but ``None``.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from journey_widget.model import Customer, CustomerMatch, Identifier, Interaction, Journey, Ticket
from journey_widget.model.permissions import UserContext

if TYPE_CHECKING:
    from journey_widget.sources.local.store import AnonymiseReport


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
    CHANGED = "changed"  # the customer was merged or removed at the back end while loading
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

    @property
    def keeps_saved_copy(self) -> bool:
        """A saved (cached) journey stands in for the answer: the back end is down, or what
        it answered could not be read (a sign-in page, a cut-off body), which says nothing
        about the customer, so the copy on screen is kept rather than replaced by an error."""
        return self.is_outage or self is FailureReason.MALFORMED


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


# --- optional abilities ----------------------------------------------------------------------
# A source declares what it can do beyond reading journeys by implementing one of these
# protocols; wrappers (the offline cache, the access guard) implement them explicitly, each
# method written out, so nothing reaches a source by accident (docs/architecture.md).


@runtime_checkable
class ConnectionCheck(Protocol):
    """A back end that can say whether its URL, credentials and service fit ("Test
    connection"); returns when they do, raises SourceError when not."""

    async def check(self) -> None: ...


@runtime_checkable
class UserDirectory(Protocol):
    """A source that knows who the signed-in user is (a back end's ``GET v1/me``); None
    when it does not say, so the settings decide (docs/security.md)."""

    async def user_context(self) -> UserContext | None: ...


@runtime_checkable
class CustomerRecords(Protocol):
    """A store that holds the customer's records itself: tenants, export, anonymise
    (SPEC D1, D6). The local store does; the back ends keep their own data."""

    async def tenants(self) -> list[str]: ...

    async def export_customer(
        self, customer_id: str
    ) -> list[Customer | Interaction | Ticket] | None: ...

    async def anonymise_customer(self, customer_id: str) -> AnonymiseReport | None: ...
