"""Who may see and do what (SPEC E1, D6, D7): permissions, roles built from them, the user.

A role is only a named set of permissions; what is checked is always a permission, so a
back end that hands out its own permission lists (``UserContext.from_permissions``) needs no
role of ours. Divisions restrict whose data a user sees: a user with divisions sees
customers and interactions of those divisions and those assigned to none; a user without
divisions (``None``) sees every division. No Qt, no I/O.

The checks themselves happen in the service (``JourneyService``), so a forbidden call fails
there whatever the window shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType

from journey_widget.model.journey import Interaction, Journey, Segment


class Permission(StrEnum):
    """One thing a user may see or do. The values are what settings and back ends spell."""

    VIEW_JOURNEY = "view_journey"  # the journey at all: the timeline, the grid, the history
    VIEW_EVENT_DETAILS = "view_event_details"  # comments, scores, survey, case, parameters
    VIEW_SESSIONS = "view_sessions"  # a conversation's segments: IVR, queue, transfer ...
    VIEW_WRAP_UP_CODES = "view_wrap_up_codes"  # completion and cross-selling codes
    VIEW_QUEUES = "view_queues"  # which queues an interaction passed
    VIEW_IDENTIFIERS = "view_identifiers"  # numbers, addresses, names in clear (privacy on)
    EXPORT = "export"  # a customer's data or a session's trace to a file
    ANONYMISE = "anonymise"  # erase a customer's identifiers and free text for good
    CONFIGURE = "configure"  # the data source, credentials, privacy and access settings


class Role(StrEnum):
    """The three roles of a contact centre, each a fixed set of permissions (ROLE_PERMISSIONS)."""

    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"

    @property
    def permissions(self) -> frozenset[Permission]:
        return ROLE_PERMISSIONS[self]


_VIEW = frozenset(
    {
        Permission.VIEW_JOURNEY,
        Permission.VIEW_EVENT_DETAILS,
        Permission.VIEW_WRAP_UP_CODES,
        Permission.VIEW_QUEUES,
    }
)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    # On the phone with the customer: the history, and the number in clear to call back.
    Role.AGENT: _VIEW | {Permission.VIEW_IDENTIFIERS},
    # Reviews conversations in depth (sessions) and prints them; does not need to know who the
    # caller was, so with the privacy setting on a supervisor sees identifiers obfuscated.
    Role.SUPERVISOR: _VIEW | {Permission.VIEW_SESSIONS},
    # Answers data-protection requests: sees everything, exports, anonymises, configures.
    Role.ADMINISTRATOR: frozenset(Permission),
}


class PermissionDeniedError(Exception):
    """The user lacks ``permission``; ``str(error)`` is one plain English sentence."""

    def __init__(self, permission: Permission, user: str = "") -> None:
        self.permission = permission
        self.user = user
        who = f"{user} is" if user else "You are"
        super().__init__(f"{who} not allowed to {_ACTIONS[permission]}.")


_ACTIONS: dict[Permission, str] = {
    Permission.VIEW_JOURNEY: "see customer journeys",
    Permission.VIEW_EVENT_DETAILS: "see the details of interactions",
    Permission.VIEW_SESSIONS: "see the sessions of a conversation",
    Permission.VIEW_WRAP_UP_CODES: "see wrap-up codes",
    Permission.VIEW_QUEUES: "see queues",
    Permission.VIEW_IDENTIFIERS: "see customers' numbers and addresses",
    Permission.EXPORT: "export customer data",
    Permission.ANONYMISE: "anonymise customers",
    Permission.CONFIGURE: "change the configuration",
}


def parse_permissions(names: Iterable[str]) -> frozenset[Permission]:
    """Permissions from their names (settings, a back end); ValueError names an unknown one."""
    result = set()
    for name in names:
        try:
            result.add(Permission(str(name).strip().lower()))
        except ValueError:
            known = ", ".join(p.value for p in Permission)
            raise ValueError(f"“{name}” is not a permission; known are: {known}.") from None
    return frozenset(result)


@dataclass(frozen=True, slots=True)
class UserContext:
    """The user the widget acts for: a name for the audit log, permissions and divisions.

    ``role`` is None when the permissions came as a list (from a back end or custom settings).
    ``divisions`` None means every division.
    """

    user: str
    permissions: frozenset[Permission]
    role: Role | None = None
    divisions: frozenset[str] | None = None
    # Where the permissions came from, for the settings dialog and the log: "settings",
    # "back end" or "default".
    origin: str = field(default="settings", compare=False)

    @classmethod
    def for_role(
        cls,
        user: str,
        role: Role,
        divisions: Iterable[str] | None = None,
        *,
        origin: str = "settings",
    ) -> UserContext:
        return cls(user, role.permissions, role, _divisions(divisions), origin)

    @classmethod
    def from_permissions(
        cls,
        user: str,
        permissions: Iterable[Permission | str],
        divisions: Iterable[str] | None = None,
        *,
        origin: str = "back end",
    ) -> UserContext:
        perms = parse_permissions(p.value if isinstance(p, Permission) else p for p in permissions)
        role = next((r for r in Role if r.permissions == perms), None)
        return cls(user, perms, role, _divisions(divisions), origin)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        """Raise PermissionDeniedError unless the user has ``permission``."""
        if permission not in self.permissions:
            raise PermissionDeniedError(permission, self.user)

    def sees_division(self, division: str | None) -> bool:
        """Data of ``division`` is visible: no restriction, no division, or one of the user's."""
        if self.divisions is None or division is None:
            return True
        return division.casefold() in self.divisions


def _divisions(divisions: Iterable[str] | None) -> frozenset[str] | None:
    if divisions is None:
        return None
    cleaned = frozenset(d.strip().casefold() for d in divisions if d and d.strip())
    return cleaned or None


# --- what a user gets to see of a journey ---------------------------------------------------


def restrict_journey(journey: Journey, user: UserContext) -> Journey | None:
    """The part of ``journey`` the user may see; None if the customer is outside their divisions.

    Interactions of other divisions are left out; fields behind a permission the user lacks
    are emptied (None, empty tuple), which the views already treat as "the source lacks it".
    """
    if not user.can(Permission.VIEW_JOURNEY) or not user.sees_division(journey.customer.division):
        return None
    visible = (i for i in journey.interactions if user.sees_division(i.division))
    kept = tuple(restrict_interaction(i, user) for i in visible)
    return replace(journey, interactions=kept)


def restrict_interaction(item: Interaction, user: UserContext) -> Interaction:
    changes: dict[str, object] = {}
    if not user.can(Permission.VIEW_EVENT_DETAILS):
        changes.update(
            agent_comments=None,
            previous_score=None,
            current_score=None,
            parameters=MappingProxyType({}),
            survey=(),
            case=None,
            recording_url=None,
            issues_reported=None,
            subject=None,
        )
    if not user.can(Permission.VIEW_SESSIONS):
        changes["segments"] = ()
    if not user.can(Permission.VIEW_WRAP_UP_CODES):
        changes.update(completion_code=None, cross_selling_code=None)
    if not user.can(Permission.VIEW_QUEUES):
        changes.update(queues=(), first_queued_service=None)
        segments: tuple[Segment, ...] = changes.get("segments", item.segments)  # type: ignore[assignment]
        changes["segments"] = tuple(replace(s, queue=None) for s in segments)
    return replace(item, **changes) if changes else item
