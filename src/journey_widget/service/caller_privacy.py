"""How the window may show a query that came from outside (a call, a link): SPEC D7.

Under the privacy rule (the service hides identifiers from this user) the caller's number is
shown obfuscated in the search field and the busy text; only the lookup sees it in clear.
"""

from __future__ import annotations

from journey_widget.model.privacy import obfuscate_identifier_value, obfuscate_text
from journey_widget.service.lookup import JourneyService


def shown_query(text: str, outside_query: str | None, service: JourneyService | None) -> str:
    """``text`` as the window may show it: obfuscated if it is the outside query and the
    privacy rule hides identifiers; anything the agent typed is shown as typed."""
    if text != outside_query or service is None or not service.access.hides_identifiers:
        return text
    if text.startswith("+") or text.lower().startswith("sip") or "@" in text:
        return obfuscate_identifier_value(text)
    return obfuscate_text(text)
