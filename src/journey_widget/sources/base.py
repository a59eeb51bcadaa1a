"""The contract every journey source keeps: the local store, Campaign Manager, Data Cloud.

Sources are async and Qt-free. They raise ``SourceError`` (or a subclass) with a sentence a
user can read; "unknown customer" is not an error but ``None``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Protocol, runtime_checkable

from ..model import CustomerMatch, Identifier, Journey


class SourceError(Exception):
    """A source could not answer. ``str(error)`` is one plain sentence for the user."""


class StoreError(SourceError):
    """The local store is missing, corrupt or cannot be written."""


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
