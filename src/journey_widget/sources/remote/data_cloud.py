"""``DataCloudSource``: journeys from Data Cloud, by our contract ``docs/openapi/data-cloud.yaml``
(SPEC A1, A2, A7, and the richer fields of issues 5 and 6).

Data Cloud keeps customer profiles with all their identifiers (phone, SIP, e-mail, account), the
interactions of every channel in both directions, and tickets. A lookup finds the profile by
the identifier, then reads its interactions and tickets side by side; ``search`` asks Data
Cloud's profile search ("contains" on names and identifiers, SPEC C1).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from journey_widget.model import CustomerMatch, Identifier, IdentifierKind, Journey
from journey_widget.sources.deadline import within_one_deadline
from journey_widget.sources.remote import data_cloud_mapping as mapping
from journey_widget.sources.remote.decode import Fields, follow_pages, get_object, run_all
from journey_widget.sources.remote.source import RemoteSource

BACKEND = "Data Cloud"
SERVICE_NAME = "data-cloud"
MAX_SEARCH_LIMIT = 100

# The lookup parameter of each identifier kind.
LOOKUP_PARAMS = {
    IdentifierKind.PHONE: "phone",
    IdentifierKind.EMAIL: "email",
    IdentifierKind.SIP: "sip",
    IdentifierKind.ACCOUNT: "account",
}


class DataCloudSource(RemoteSource):
    """Journeys from Data Cloud (the JourneySource protocol)."""

    BACKEND = BACKEND
    SERVICE_NAME = SERVICE_NAME

    @within_one_deadline
    async def journey_by_identifier(
        self, identifier: Identifier, since: datetime | None = None
    ) -> Journey | None:
        params = {LOOKUP_PARAMS[identifier.kind]: identifier.value}
        profile = await get_object(self._client, "v1/profiles/lookup", params, BACKEND, "profile")
        return None if profile is None else await self._journey(profile, since)

    @within_one_deadline
    async def journey_by_customer_id(
        self, customer_id: str, since: datetime | None = None
    ) -> Journey | None:
        if not customer_id.strip():
            return None
        path = "v1/profiles/" + quote(customer_id, safe="")
        profile = await get_object(self._client, path, None, BACKEND, "profile")
        return None if profile is None else await self._journey(profile, since)

    @within_one_deadline
    async def search(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        """Profiles whose name or an identifier contains ``text``, best first (Data Cloud
        ranks them)."""
        text = text.strip()
        if not text or limit < 1:
            return []
        limit = min(limit, MAX_SEARCH_LIMIT)
        data = await self._client.get_json(
            "v1/profiles/search", {"q": text[:200], "limit": str(limit)}
        )
        page = Fields(data, "search", BACKEND)
        return [mapping.match(item) for item in page.objects("items", required=True)][:limit]

    async def _journey(self, profile: Fields, since: datetime | None) -> Journey:
        customer = mapping.customer(profile, self._region)
        quoted = quote(customer.id, safe="")
        interactions, tickets = await run_all(
            follow_pages(
                self._client,
                "v1/interactions",
                {"profileId": customer.id},
                backend=BACKEND,
                label="interactions",
                decode=lambda item: mapping.interaction(item, customer.id, self._region),
                started=lambda i: i.started_at,
                since=since,
            ),
            follow_pages(
                self._client,
                f"v1/profiles/{quoted}/tickets",
                {},
                backend=BACKEND,
                label="tickets",
                decode=lambda item: mapping.ticket(item, customer.id),
                started=lambda t: t.updated_at,
                since=since,
            ),
        )
        unique = {i.id: i for i in reversed(interactions)}  # a repeated id: the first wins
        ordered = sorted(unique.values(), key=lambda i: i.started_at)
        return Journey(customer, tuple(ordered), tuple(tickets))  # type: ignore[arg-type]
