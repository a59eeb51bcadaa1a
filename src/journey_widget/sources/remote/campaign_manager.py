"""``CampaignManagerSource``: journeys from Campaign Manager, by our contract
``docs/openapi/campaign-manager.yaml`` (SPEC A1, A2, A7).

Campaign Manager knows contacts by phone number and the campaign calls, messages and e-mails
made to them. Every interaction is outbound (a campaign reaches out; SPEC A2: inbound calls need
Data Cloud). A lookup reads the contact, then, side by side, the interactions and the campaigns
that list each of its numbers. It has no free-text search: ``search`` finds a contact only by a
complete phone number (docs/adapters.md).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from journey_widget.model import (
    Channel,
    Customer,
    CustomerMatch,
    DataSource,
    Direction,
    Identifier,
    IdentifierKind,
    Interaction,
    Journey,
    NumberType,
    OutboundKind,
    normalize_email,
    normalize_phone,
)
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.deadline import within_one_deadline
from journey_widget.sources.remote.decode import (
    Fields,
    follow_pages,
    get_object,
    get_part,
    phone_or_text,
    run_all,
)
from journey_widget.sources.remote.source import RemoteSource

BACKEND = "Campaign Manager"
SERVICE_NAME = "campaign-manager"

# Mode (SPEC A6): the number type of a call decides its icon.
MODES: dict[str, tuple[Channel, NumberType | None]] = {
    "home": (Channel.VOICE, NumberType.HOME),
    "work": (Channel.VOICE, NumberType.WORK),
    "mobile": (Channel.VOICE, NumberType.MOBILE),
    "office": (Channel.VOICE, NumberType.OFFICE),
    "sms": (Channel.SMS, None),
    "email": (Channel.EMAIL, None),
}
_OTHER_MODE: tuple[Channel, NumberType | None] = (Channel.OTHER, None)  # a mode added later
NUMBER_TYPES = {t.value: t for t in NumberType}
DIAL_MODES = {
    "outbound": OutboundKind.OUTBOUND,
    "manual": OutboundKind.MANUAL,
    "callback": OutboundKind.CALLBACK,
}


class CampaignManagerSource(RemoteSource):
    """Journeys from Campaign Manager (the JourneySource protocol)."""

    BACKEND = BACKEND
    SERVICE_NAME = SERVICE_NAME

    @within_one_deadline
    async def journey_by_identifier(
        self, identifier: Identifier, since: datetime | None = None
    ) -> Journey | None:
        if identifier.kind is not IdentifierKind.PHONE:
            raise SourceError(
                "Campaign Manager finds customers by phone number only.", FailureReason.OTHER
            )
        contact = await get_object(
            self._client, "v1/contacts/lookup", {"phone": identifier.value}, BACKEND, "contact"
        )
        if contact is None:
            return None
        return await self._journey(contact, since, extra_number=identifier.value)

    @within_one_deadline
    async def journey_by_customer_id(
        self, customer_id: str, since: datetime | None = None
    ) -> Journey | None:
        if not customer_id.strip():
            return None
        path = "v1/contacts/" + quote(customer_id, safe="")
        contact = await get_object(self._client, path, None, BACKEND, "contact")
        return None if contact is None else await self._journey(contact, since)

    @within_one_deadline
    async def search(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        """Campaign Manager has no search: a complete phone number finds its contact."""
        number = normalize_phone(text, self._region)
        if number is None or limit < 1:
            return []
        contact = await get_object(
            self._client, "v1/contacts/lookup", {"phone": number}, BACKEND, "contact"
        )
        if contact is None:
            return []
        return [
            CustomerMatch(
                contact.text("id"), contact.opt_text("name"), number, IdentifierKind.PHONE
            )
        ]

    # --- mapping -------------------------------------------------------------------------

    async def _journey(
        self, contact: Fields, since: datetime | None, extra_number: str | None = None
    ) -> Journey:
        customer = self._customer(contact)
        numbers = [i.value for i in customer.identifiers]
        if extra_number and extra_number not in numbers:
            numbers.insert(0, extra_number)
        requests = [self._interactions(customer.id, n, since) for n in numbers]
        campaign_requests = [self._campaigns(n) for n in numbers]
        results = await run_all(*requests, *campaign_requests)
        interactions: dict[str, Interaction] = {}
        for found in results[: len(numbers)]:
            for interaction in found:  # type: ignore[union-attr]
                interactions.setdefault(interaction.id, interaction)
        campaigns: list[str] = []
        for names in results[len(numbers) :]:
            campaigns.extend(n for n in names if n not in campaigns)  # type: ignore[union-attr]
        ordered = sorted(interactions.values(), key=lambda i: i.started_at)
        return Journey(
            Customer(customer.id, customer.name, customer.identifiers, campaigns=tuple(campaigns)),
            tuple(ordered),
        )

    def _customer(self, contact: Fields) -> Customer:
        identifiers: list[Identifier] = []
        for entry in contact.objects("phoneNumbers"):
            number = normalize_phone(entry.text("number"), self._region)
            if number is None or any(i.value == number for i in identifiers):
                continue  # a number Campaign Manager holds but no phone can dial
            kind = entry.opt_choice("type", NUMBER_TYPES)
            identifiers.append(Identifier(IdentifierKind.PHONE, number, kind))
        return Customer(contact.text("id"), contact.opt_text("name"), tuple(identifiers))

    async def _interactions(
        self, customer_id: str, number: str, since: datetime | None
    ) -> list[Interaction]:
        return await follow_pages(
            self._client,
            "v1/interactions",
            {"phone": number},
            backend=BACKEND,
            label="interactions",
            decode=lambda item: self._interaction(item, customer_id),
            started=lambda i: i.started_at,
            since=since,
        )

    async def _campaigns(self, number: str) -> list[str]:
        data = await get_part(self._client, "v1/campaigns", {"phone": number}, BACKEND, "campaigns")
        page = Fields(data, "campaigns", BACKEND)
        return [item.text("name") for item in page.objects("items", required=True)]

    def _interaction(self, item: Fields, customer_id: str) -> Interaction:
        (channel, number_type), mode_name = item.choice_or_other("mode", MODES, _OTHER_MODE)
        phone = item.opt_text("phoneNumber")
        email = item.opt_text("emailAddress")
        agent = item.opt_text("agentName")
        started = item.time("dateTime")
        return Interaction(
            id=item.text("id"),
            customer_id=customer_id,
            channel=channel,
            channel_name=mode_name,
            direction=Direction.OUTBOUND,
            started_at=started,
            source=DataSource.CAMPAIGN_MANAGER,
            ended_at=item.end_after("endDateTime", started, "dateTime"),
            outbound_kind=item.opt_choice("dialMode", DIAL_MODES) or OutboundKind.OUTBOUND,
            number_type=number_type,
            campaign=item.opt_text("campaign"),
            agents=(agent,) if agent else (),
            phone_number=phone_or_text(phone, self._region) if phone else None,
            address=(normalize_email(email) or email) if email else None,
            outcome=item.opt_text("outcome"),
            failure=item.required_flag("failure"),
            previous_score=item.opt_number("previousScore"),
            current_score=item.opt_number("currentScore"),
            agent_comments=item.opt_text("agentComments"),
        )
