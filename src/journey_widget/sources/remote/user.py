"""Who the signed-in user is, as a back end says it: ``GET v1/me`` of both contracts.

Campaign Manager and Data Cloud answer the same object (docs/openapi/*.yaml, ``UserContext``)::

    {"userName": "anna@tenant", "role": "supervisor", "divisions": ["Retail"]}
    {"userName": "bob", "permissions": ["view_journey", "export"], "divisions": null}

``permissions``, when given, are exactly the user's (a role is then only a name); otherwise the
``role`` says. ``divisions`` absent, null or empty: every division. Decoding is strict: an
unknown role or permission, a missing user name or a field of the wrong type is a
``SourceError(MALFORMED)`` naming the field, never a guess, because this answer decides what
the user may see. A 404 (an older gateway without the route) means the back end does not say:
``None``, and the settings decide (``access.GuardedSource.resolve_user``). No Qt.
"""

from __future__ import annotations

from journey_widget.model.permissions import Permission, Role, UserContext
from journey_widget.sources.remote.decode import Fields, malformed
from journey_widget.sources.remote.http_client import HttpClient, NotFound

ROLES = {role.value: role for role in Role}
PERMISSIONS = {permission.value: permission for permission in Permission}
MAX_DIVISIONS = 1000


async def fetch_user_context(client: HttpClient, backend: str) -> UserContext | None:
    """The back end's answer to "who is signed in", or None when it has no such route (404)."""
    try:
        data = await client.get_json("v1/me", None)
    except NotFound:
        return None
    return decode_user_context(Fields(data, "me", backend))


def decode_user_context(me: Fields) -> UserContext:
    user = me.text("userName").strip()
    if not user:
        raise malformed(me.backend, f"{me.path}.userName", "is empty")
    divisions = me.texts("divisions")
    if len(divisions) > MAX_DIVISIONS:
        raise malformed(me.backend, f"{me.path}.divisions", f"has more than {MAX_DIVISIONS}")
    if me.has("permissions"):
        names = me.texts("permissions")
        unknown = next((n for n in names if n not in PERMISSIONS), None)
        if unknown is not None:
            raise malformed(
                me.backend,
                f"{me.path}.permissions",
                f"holds “{unknown[:40]}”, which is not a permission",
            )
        permissions = [PERMISSIONS[n] for n in names]
        return UserContext.from_permissions(user, permissions, divisions or None, origin="back end")
    if me.has("role"):
        role = me.choice("role", ROLES)
        return UserContext.for_role(user, role, divisions or None, origin="back end")
    raise malformed(me.backend, me.path, "names neither a role nor permissions")
