"""What the report loads for a customer: all conversations once (for the last interaction,
SPEC D2), then those of the chosen period (SPEC C2). Plain coroutines over the service; the
window runs them in a ``TaskSlot`` so a newer request cancels an older one."""

from __future__ import annotations

from dataclasses import dataclass

from journey_widget.model import Journey
from journey_widget.model.date_ranges import DateRange
from journey_widget.service.lookup import InvalidQuery, JourneyService


@dataclass(frozen=True, slots=True)
class Loaded:
    """The customer's journey, the conversations listed, and the customer's last interaction."""

    journey: Journey | None
    listed: Journey | None
    last_id: str | None


async def load_customer(
    service: JourneyService, customer_id: str, date_range: DateRange | None
) -> Loaded:
    """A customer opened: every conversation (the last one stays marked), then the period's."""
    everything = (await service.conversations(customer_id, None)).journey
    last = everything.last_interaction if everything is not None else None
    listed = everything
    if everything is not None and date_range is not None:
        listed = (await service.conversations(customer_id, date_range)).journey
    return Loaded(everything, listed, last.id if last is not None else None)


async def load_period(
    service: JourneyService,
    customer_id: str,
    date_range: DateRange | None,
    journey: Journey | None,
    last_id: str | None,
) -> Loaded:
    """Another period for the customer shown: the last interaction is already known."""
    listed = (await service.conversations(customer_id, date_range)).journey
    return Loaded(journey, listed, last_id)


async def find_customer(service: JourneyService, text: str) -> str | None:
    """The id of the customer a number, address or customer id names; None if nobody."""
    try:
        result = await service.lookup(text, period_months=None)
    except InvalidQuery:
        return None
    return result.journey.customer.id if result.journey is not None else None
