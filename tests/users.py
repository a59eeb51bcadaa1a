"""Who acts in a test: the service has no default user (app/wiring.py), so tests say it."""

from __future__ import annotations

from journey_widget.model.permissions import Role, UserContext
from journey_widget.service.access import Access


def full_access(user: str = "tester") -> Access:
    """An administrator without the privacy setting: sees and may do everything."""
    return Access(UserContext.for_role(user, Role.ADMINISTRATOR))
