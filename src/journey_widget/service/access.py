"""The service's guard: what the user may see, and the customer operations (SPEC E1, D1, D6, D7).

``JourneyService`` reads its source only through a ``GuardedSource``, so every journey and
every suggestion it hands out (to the window, the report, a printout, the CLI) has passed
the same checks: the user's permissions (``model.permissions``), their divisions (a customer
of another division is "not there", and search never suggests them) and, with the privacy
setting on and without ``view_identifiers``, obfuscated identifiers (``model.privacy``).
A forbidden call raises ``PermissionDenied`` here, whatever the window shows or hides.

``CustomerOperations`` is what administrators do to a customer's data: export it, download
one session's trace, anonymise it; each is checked, audited and, for anonymise, followed by
purging the offline cache.

Who the user is: a source that knows (a back end) offers ``async def user_context()``
returning a ``UserContext``; it wins. Otherwise the settings say (``user_from_settings``).
No Qt.
"""

from __future__ import annotations

import asyncio
import getpass
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from journey_widget.model import CustomerMatch, DataSource, Identifier, Interaction, Journey
from journey_widget.model.permissions import (
    Permission,
    PermissionDeniedError,
    Role,
    UserContext,
    restrict_interaction,
    restrict_journey,
)
from journey_widget.model.privacy import obfuscate_journey, obfuscate_match, obfuscate_record
from journey_widget.settings import AccessSettings, Settings
from journey_widget.sources.audit import AuditAction, AuditLog
from journey_widget.sources.base import (
    ConnectionCheck,
    CustomerRecords,
    FailureReason,
    JourneySource,
    SourceError,
    UserDirectory,
)
from journey_widget.sources.cache import CacheBacked, CachedJourney, CachingSource
from journey_widget.sources.local import jsonl_format
from journey_widget.sources.local.jsonl_format import Record

log = logging.getLogger(__name__)

TRACE_FORMAT = "journey-widget session trace"
TRACE_VERSION = 1


class PermissionDenied(SourceError):
    """The user may not do this; ``str(error)`` is one plain sentence (FailureReason.FORBIDDEN)."""

    def __init__(self, error: PermissionDeniedError) -> None:
        super().__init__(str(error), FailureReason.FORBIDDEN)
        self.permission = error.permission


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container without passwd entry)
        return "unknown"


def user_from_settings(access: AccessSettings, source_kind: DataSource) -> UserContext:
    """The user as the settings describe them; ValueError names a bad role or permission.

    Automatic role (""): administrator of a local store, agent of a contact-centre back end.
    """
    user = access.user.strip() or login_name()
    divisions = access.divisions or None
    if access.permissions:
        return UserContext.from_permissions(user, access.permissions, divisions, origin="settings")
    if access.role.strip():
        try:
            role = Role(access.role.strip().lower())
        except ValueError:
            known = ", ".join(r.value for r in Role)
            raise ValueError(f"“{access.role}” is not a role; known are: {known}.") from None
        return UserContext.for_role(user, role, divisions, origin="settings")
    automatic = Role.ADMINISTRATOR if source_kind is DataSource.LOCAL else Role.AGENT
    return UserContext.for_role(user, automatic, divisions, origin="default")


def access_for(
    settings: Settings, source_kind: DataSource | None = None, *, strict: bool = False
) -> Access:
    """Who acts, from the settings: their user, role and divisions, the privacy setting and
    the audit log in the data folder. ``source_kind`` is the source actually read (the
    automatic role depends on it; by default the settings' source).

    Unusable access settings: ``strict`` (the command line) raises ValueError with the
    sentence, so the command refuses to run; otherwise (the window) the user acts as an agent
    (least privilege that still works) with a warning in the log, never as administrator.
    """
    kind = settings.source.kind if source_kind is None else source_kind
    try:
        user = user_from_settings(settings.access, kind)
    except ValueError as error:
        if strict:
            raise
        log.warning("The access settings are not usable (%s); acting as an agent.", error)
        user = UserContext.for_role(login_name(), Role.AGENT, origin="default")
    return Access(user, settings.access.obfuscate_identifiers, AuditLog())


async def purge_offline_cache(customer_id: str) -> None:
    """Forget one customer in the offline cache (anonymise), whatever source is on: through
    the process's one cache object, the same the caching source reads and writes."""
    from journey_widget.sources.cache_folder import journey_cache_folder, shared_journey_cache

    folder = journey_cache_folder()
    if await asyncio.to_thread(folder.is_dir):
        await asyncio.to_thread(shared_journey_cache(folder).purge, customer_id)


@dataclass
class Access:
    """The user the service acts for, the privacy setting and the audit log."""

    user: UserContext
    obfuscate_identifiers: bool = False
    audit: AuditLog | None = None

    @property
    def hides_identifiers(self) -> bool:
        return self.obfuscate_identifiers and not self.user.can(Permission.VIEW_IDENTIFIERS)

    def require(self, permission: Permission) -> None:
        try:
            self.user.require(permission)
        except PermissionDeniedError as error:
            raise PermissionDenied(error) from None

    def shown(self, journey: Journey | None) -> Journey | None:
        """What of ``journey`` this user sees: None outside their divisions."""
        if journey is None:
            return None
        visible = restrict_journey(journey, self.user)
        if visible is not None and self.hides_identifiers:
            visible = obfuscate_journey(visible)
        return visible


def _shown_cached(access: Access, cached: CachedJourney | None) -> CachedJourney | None:
    if cached is None:
        return None
    journey = access.shown(cached.journey)
    return None if journey is None else CachedJourney(journey, cached.fetched_at)


class GuardedSource:
    """A JourneySource that hands out only what ``access`` allows (the service reads this)."""

    def __init__(self, source: JourneySource, access: Access) -> None:
        self.inner = source
        self.access = access
        self._resolved = False
        self._resolving: asyncio.Lock | None = None

    async def resolve_user(self) -> UserContext:
        """Ask the back end who the user is, once; the settings' answer stays if it can't say.

        A back end that does not say (None) or fails (an outage, a refusal: counted as asked
        for this connection) leaves the settings' user; a malformed answer is raised.
        """
        if self._resolved:
            return self.access.user
        self._resolving = self._resolving or asyncio.Lock()
        async with self._resolving:
            if not self._resolved:
                if isinstance(self.inner, UserDirectory):
                    try:
                        told = await self.inner.user_context()
                    except SourceError as error:
                        if error.reason is FailureReason.MALFORMED:
                            raise  # a broken answer is no reason to trust the settings more
                        log.warning("The back end could not say who the user is: %s", error)
                        told = None  # counts as asked: no timeout again on every lookup
                    if isinstance(told, UserContext):
                        self.access.user = told
                self._resolved = True
        return self.access.user

    async def _viewer(self) -> Access:
        await self.resolve_user()
        self.access.require(Permission.VIEW_JOURNEY)
        return self.access

    async def journey_by_identifier(
        self, identifier: Identifier, since: datetime | None = None
    ) -> Journey | None:
        access = await self._viewer()
        return access.shown(await self.inner.journey_by_identifier(identifier, since))

    async def journey_by_customer_id(
        self, customer_id: str, since: datetime | None = None
    ) -> Journey | None:
        access = await self._viewer()
        return access.shown(await self.inner.journey_by_customer_id(customer_id, since))

    async def search(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        """Matches the user may see; with divisions, more are asked for to fill ``limit``."""
        access = await self._viewer()
        user = access.user
        wanted = limit if user.divisions is None else limit * 5
        found = await self.inner.search(text, wanted)
        matches = [m for m in found if user.sees_division(m.division)]
        if access.hides_identifiers:
            matches = [obfuscate_match(m) for m in matches]
        return matches[:limit]

    # The offline cache (CacheBacked): the same rules for a cached journey.
    @property
    def has_cache(self) -> bool:
        """The source keeps an offline cache the service may answer from first."""
        return isinstance(self.inner, CacheBacked)

    async def cached_by_identifier(self, identifier: Identifier) -> CachedJourney | None:
        if not isinstance(self.inner, CacheBacked):
            return None
        access = await self._viewer()
        return _shown_cached(access, await self.inner.cached_by_identifier(identifier))

    async def cached_by_customer_id(self, customer_id: str) -> CachedJourney | None:
        if not isinstance(self.inner, CacheBacked):
            return None
        access = await self._viewer()
        return _shown_cached(access, await self.inner.cached_by_customer_id(customer_id))

    async def purge_cached(self, customer_id: str) -> None:
        """Forget the customer in the source's own offline cache, if it keeps one."""
        if isinstance(self.inner, CacheBacked):
            await self.inner.purge(customer_id)

    # What else the source can do, each ability declared (sources/base.py) and nothing
    # forwarded by default: a new ability passes the guard only when written out here.
    async def check(self) -> None:
        """Test the connection ("Test connection"); a source without a check has none to
        fail, so it passes."""
        if isinstance(self.inner, ConnectionCheck):
            await self.inner.check()

    def customer_records(self) -> CustomerRecords | None:
        """The store behind, when it holds the customer's records itself (export, anonymise,
        tenants); CustomerOperations checks permissions and divisions before using it."""
        if isinstance(self.inner, CachingSource):
            return self.inner.customer_records()
        return self.inner if isinstance(self.inner, CustomerRecords) else None

    async def aclose(self) -> None:
        await self.inner.aclose()


@dataclass(frozen=True, slots=True)
class AnonymiseOutcome:
    customer_id: str
    interactions: int
    tickets: int
    file_clean: bool  # False: another program kept the store's WAL open (see docs/security.md)


class CustomerOperations:
    """Export, session trace, anonymise (SPEC D6) and the tenant list (D1), each checked."""

    def __init__(
        self,
        guarded: GuardedSource,
        *,
        purge_cache: Callable[[str], Awaitable[None] | None] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._guarded = guarded
        self._purge_cache = purge_cache
        self._clock = clock

    @property
    def access(self) -> Access:
        return self._guarded.access

    async def user(self) -> UserContext:
        return await self._guarded.resolve_user()

    async def can(self, permission: Permission) -> bool:
        return (await self.user()).can(permission)

    async def tenants(self) -> list[str]:
        await self._guarded.resolve_user()
        self.access.require(Permission.VIEW_JOURNEY)
        records = self._guarded.customer_records()
        return list(await records.tenants()) if records is not None else []

    async def suggest(self, text: str, tenant: str | None, limit: int = 20) -> list[CustomerMatch]:
        """Customers matching ``text`` in ``tenant`` (None: any tenant), as the user may see."""
        matches = await self._guarded.search(text, limit if tenant is None else limit * 5)
        if tenant is not None:
            matches = [m for m in matches if m.tenant is None or m.tenant == tenant]
        return matches[:limit]

    async def export_customer(self, customer_id: str) -> list[Record] | None:
        """All of the customer's records in the import format; None if unknown or not visible.

        Obfuscated like the screen when the privacy setting hides identifiers from this user.
        """
        await self._permitted(Permission.EXPORT)
        if not await self._visible(customer_id):
            return None
        store = self._guarded.customer_records()
        if store is None:
            # A back end: its whole journey is the same records (already guarded).
            journey = await self._guarded.journey_by_customer_id(customer_id)
            if journey is None:
                return None
            kept: list[Record] = [journey.customer, *journey.interactions, *journey.tickets]
        else:
            records: list[Record] | None = await store.export_customer(customer_id)
            if records is None:
                return None
            user = self.access.user
            kept = [
                restrict_interaction(r, user) if isinstance(r, Interaction) else r
                for r in records
                if user.sees_division(getattr(r, "division", None))
            ]
            if self.access.hides_identifiers:
                kept = [obfuscate_record(r) for r in kept]
        await self._audit(AuditAction.EXPORT_CUSTOMER, customer_id, {"records": len(kept)})
        return kept

    async def session_trace(self, customer_id: str, interaction_id: str) -> dict[str, Any] | None:
        """One session (interaction with its segments) as a JSON object for a support case."""
        await self._permitted(Permission.EXPORT)
        self.access.require(Permission.VIEW_SESSIONS)
        journey = await self._guarded.journey_by_customer_id(customer_id)
        if journey is None:
            return None
        item = next((i for i in journey.interactions if i.id == interaction_id), None)
        if item is None:
            return None
        trace = {
            "format": TRACE_FORMAT,
            "version": TRACE_VERSION,
            "exported_at": self._clock().astimezone(UTC).isoformat(),
            "exported_by": self.access.user.user,
            "customer_id": customer_id,
            "tenant": journey.customer.tenant,
            "interaction": jsonl_format.encode(item),
        }
        await self._audit(AuditAction.EXPORT_SESSION, customer_id, {"interaction": interaction_id})
        return trace

    async def anonymise(self, customer_id: str) -> AnonymiseOutcome | None:
        """Erase the customer's identifiers and free text, purge the cache, audit it.

        None if the customer is unknown or outside the user's divisions. Irreversible: the
        window and the CLI confirm with the user before they call this.
        """
        await self._permitted(Permission.ANONYMISE)
        if not await self._visible(customer_id):
            return None
        store = self._guarded.customer_records()
        if store is None:
            raise SourceError(
                "This data source does not support anonymising customers; ask its administrator.",
                FailureReason.CONFIGURATION,
            )
        report = await store.anonymise_customer(customer_id)
        if report is None:
            return None
        await self._purge(customer_id)
        outcome = AnonymiseOutcome(
            customer_id, report.interactions, report.tickets, report.file_clean
        )
        await self._audit(
            AuditAction.ANONYMISE,
            customer_id,
            {"interactions": report.interactions, "tickets": report.tickets},
        )
        return outcome

    # --- plumbing ------------------------------------------------------------------------

    async def _permitted(self, permission: Permission) -> None:
        await self._guarded.resolve_user()
        self.access.require(permission)

    async def _visible(self, customer_id: str) -> bool:
        """The customer exists and is in the user's divisions (the same answer search gives)."""
        return await self._guarded.journey_by_customer_id(customer_id, self._clock()) is not None

    async def _purge(self, customer_id: str) -> None:
        """The offline cache forgets the customer: the source's own cache, then the folder's."""
        await self._guarded.purge_cached(customer_id)
        if self._purge_cache is not None:
            result = self._purge_cache(customer_id)
            if result is not None:
                await result

    async def _audit(self, action: AuditAction, customer_id: str, detail: dict) -> None:
        audit = self.access.audit
        if audit is None:
            return
        try:
            who = self.access.user.user
            await asyncio.to_thread(audit.append, who, action, customer_id, detail)
        except SourceError as error:
            raise SourceError(
                f"Done, but the audit log could not record it: {error}", error.reason
            ) from error
