"""The ``journey-widget://call?number=...`` and ``journey-widget://hangup?number=...`` URL
scheme (SPEC B2, G4; issue 17).

A desktop registers ``journey-widget call %u`` as the handler, so a CRM link or a softphone
that can only "open a URL" pops the journey. The same query parsing serves the HTTP
endpoint's ``GET /v1/call?number=...`` form, so both accept exactly the same fields.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from journey_widget.calls.events import CallEvent, InvalidCallEvent, event_from_fields
from journey_widget.model import DEFAULT_REGION

SCHEME = "journey-widget"
MAX_URL_LENGTH = 2048
MAX_QUERY_FIELDS = 16


def is_call_url(text: str) -> bool:
    """True if the text is meant as one of our URLs (then it must parse, or be refused)."""
    return text.strip().lower().startswith(f"{SCHEME}:")


def fields_from_query(query: str) -> dict[str, str]:
    """``number=...&name=...`` -> a dict; the first of repeated keys wins, blanks are dropped."""
    if len(query) > MAX_URL_LENGTH:
        raise InvalidCallEvent("The request is too long.")
    try:
        pairs = parse_qsl(
            query, keep_blank_values=False, max_num_fields=MAX_QUERY_FIELDS, errors="replace"
        )
    except ValueError:
        raise InvalidCallEvent("The request has too many parameters.") from None
    fields: dict[str, str] = {}
    for key, value in pairs:
        fields.setdefault(key, value)
    return fields


def url_action(url: str) -> tuple[str, dict[str, str]]:
    """``("call" or "hangup", the query's fields)`` of one of our URLs; InvalidCallEvent
    for anything else. ``journey-widget:hangup?...`` (no slashes) is accepted too."""
    text = url.strip()
    if len(text) > MAX_URL_LENGTH:
        raise InvalidCallEvent("The URL is too long.")
    parts = urlsplit(text)
    if parts.scheme.lower() != SCHEME:
        raise InvalidCallEvent(f"Not a {SCHEME}:// URL.")
    action = (parts.netloc or parts.path).strip("/").lower()
    if action not in ("call", "hangup"):
        raise InvalidCallEvent(
            f"Only {SCHEME}://call?number=... and {SCHEME}://hangup?number=... are understood."
        )
    return action, fields_from_query(parts.query)


def hangup_from_url(url: str) -> tuple[str | None, str | None]:
    """``journey-widget://hangup?number=...`` (or ``call_id=...``, or neither: the call on
    screen) -> (number, call_id)."""
    action, fields = url_action(url)
    if action != "hangup":
        raise InvalidCallEvent(f"Not a {SCHEME}://hangup URL.")
    return fields.get("number") or None, fields.get("call_id") or None


def event_from_url(url: str, *, source: str = "url", region: str = DEFAULT_REGION) -> CallEvent:
    """``journey-widget://call?number=%2B4930123&name=Erika`` -> CallEvent.

    ``journey-widget:call?number=...`` (no slashes) is accepted too: some launchers drop them.
    """
    action, fields = url_action(url)
    if action != "call":
        raise InvalidCallEvent(f"Not a {SCHEME}://call URL.")
    return event_from_fields(fields, source=source, region=region)
