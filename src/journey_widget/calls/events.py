"""One call-arrival event, whichever way it came in (SPEC B1, B2, B4).

Everything a softphone hands us is untrusted: the number, the display name, the campaign.
Every listener turns what it received into a ``CallEvent`` here, so validation and
normalisation live in one place. The display name is cleaned and capped but otherwise kept
as the caller sent it: it is plain text, and whoever shows it must show it as plain text
(``Qt.TextFormat.PlainText``), never as markup. Nothing here ever reaches a shell.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from journey_widget.model import (
    DEFAULT_REGION,
    Direction,
    Identifier,
    OutboundKind,
    clean,
    parse_identifier,
)

# The hub and baresip log numbers with the one masking function of the model.
from journey_widget.model.privacy import mask_for_log as mask_number  # noqa: F401

MAX_NUMBER_LENGTH = 256
MAX_NAME_LENGTH = 100
MAX_CAMPAIGN_LENGTH = 64
MAX_CALL_ID_LENGTH = 128

#: The call modes a softphone may name (SPEC A1): ``manual`` is a manually dialled outbound call.
DIRECTION_CHOICES = ("inbound", "outbound", "manual")

_SPACES = re.compile(r"\s+")


class InvalidCallEvent(ValueError):
    """The notification cannot describe a call; the message is one sentence for the sender."""


@dataclass(frozen=True, slots=True)
class CallEvent:
    """A call that arrived. ``number`` is the cleaned text as given, for display;
    ``identifier`` the normalised phone number / SIP URI / address, or None when the text
    is not one (withheld, "anonymous", garbage) so the widget can say so instead of guessing.
    """

    number: str
    identifier: Identifier | None
    name: str | None
    direction: Direction
    outbound_kind: OutboundKind | None
    campaign: str | None
    source: str
    received_at: datetime
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def mode(self) -> str:
        """``inbound``, ``outbound`` or ``manual``: the token the CLI and HTTP use."""
        if self.outbound_kind is OutboundKind.MANUAL:
            return "manual"
        return self.direction.value

    @property
    def lookup_query(self) -> str:
        """What the service should look up: the normalised identifier if there is one."""
        return self.identifier.value if self.identifier is not None else self.number

    def to_fields(self) -> dict[str, str | None]:
        """The fields a sender supplies (local-socket "event", ``--pop``): ``event_from_fields``."""
        return {
            "number": self.number,
            "name": self.name,
            "direction": self.mode,
            "campaign": self.campaign,
            "call_id": self.call_id,
        }

    def to_json(self) -> dict[str, Any]:
        """Stable JSON for ``status --json``: English keys, ISO 8601 times, E.164 numbers."""
        return {
            "number": self.number,
            "identifier": self.identifier.value if self.identifier else None,
            "identifier_kind": self.identifier.kind.value if self.identifier else None,
            "name": self.name,
            "direction": self.mode,
            "campaign": self.campaign,
            "source": self.source,
            "received_at": self.received_at.isoformat(),
            "call_id": self.call_id,
        }


def make_call_event(
    number: str,
    *,
    source: str,
    name: str | None = None,
    direction: str | Direction = "inbound",
    campaign: str | None = None,
    call_id: str | None = None,
    received_at: datetime | None = None,
    region: str = DEFAULT_REGION,
) -> CallEvent:
    """Validate and normalise what a listener received; InvalidCallEvent if it is no call.

    ``number`` may be a SIP From header as softphones hand it over (Twinkle's $SIP_FROM,
    linphone's From): ``"John Roe" <sip:+12063317316@pbx>;tag=1`` gives the URI as the number
    and, unless ``name`` is given, the display name as the name.
    """
    header = split_from_header(number[: MAX_NUMBER_LENGTH * 4])
    if header is not None:
        number, display = header
        name = name if name and name.strip() else display
    shown = _cleaned(number, MAX_NUMBER_LENGTH)
    if not shown:
        raise InvalidCallEvent("The call has no number.")
    direction_enum, kind = parse_direction(str(direction))
    return CallEvent(
        number=shown,
        identifier=parse_identifier(shown, region),
        name=_cleaned(name, MAX_NAME_LENGTH) or None,
        direction=direction_enum,
        outbound_kind=kind,
        campaign=_cleaned(campaign, MAX_CAMPAIGN_LENGTH) or None,
        source=source,
        received_at=received_at or datetime.now(UTC),
        call_id=clean_call_id(call_id) or uuid.uuid4().hex,
    )


def event_from_fields(
    fields: Mapping[str, Any], *, source: str, region: str = DEFAULT_REGION
) -> CallEvent:
    """A CallEvent from a JSON object / query string: number, name, direction, campaign, call_id.

    Unknown keys are ignored (newer senders); a value of the wrong type is refused.
    """
    if not isinstance(fields, Mapping):
        raise InvalidCallEvent("The call must be a JSON object.")
    values: dict[str, str | None] = {}
    for key in ("number", "name", "direction", "campaign", "call_id"):
        value = fields.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and key == "number":
            value = str(value)  # {"number": 4930123456} is what a sender meant
        if value is not None and not isinstance(value, str):
            raise InvalidCallEvent(f"“{key}” must be text.")
        values[key] = value
    if not values["number"]:
        raise InvalidCallEvent("The call has no number.")
    return make_call_event(
        values["number"],
        source=source,
        name=values["name"],
        direction=values["direction"] or "inbound",
        campaign=values["campaign"],
        call_id=values["call_id"],
        region=region,
    )


# name-addr of RFC 3261: an optional display name (quoted, or tokens), then <URI>, then
# header parameters (;tag=...) that belong to the header, not to the URI.
_NAME_ADDR = re.compile(
    r"""^\s*(?:"(?P<quoted>(?:[^"\\]|\\.)*)"|(?P<plain>[^"<>]*?))\s*<(?P<uri>[^<>]*)>\s*(?:;.*)?$""",
    re.DOTALL,
)


def split_from_header(text: str) -> tuple[str, str | None] | None:
    """``(URI, display name or None)`` of a SIP From header in name-addr form; None when the
    text is no such header (a plain number or URI). InvalidCallEvent when it has angle
    brackets but is no usable header (unbalanced, empty, not a SIP or tel URI)."""
    if "<" not in text and ">" not in text:
        return None
    match = _NAME_ADDR.match(text)
    if match is None:
        raise InvalidCallEvent("The caller's SIP From header cannot be read (check its < >).")
    uri = match["uri"].strip()
    if not uri.lower().startswith(("sip:", "sips:", "tel:")):
        raise InvalidCallEvent("The caller's SIP From header has no sip:, sips: or tel: address.")
    if match["quoted"] is not None:
        display = re.sub(r"\\(.)", r"\1", match["quoted"])
    else:
        display = match["plain"] or ""
    return uri, (display.strip() or None)


def load_message(data: bytes | str) -> Any:
    """A call message's JSON (HTTP body, local-socket line, ``--pop``); ValueError when it is
    not strict JSON: bad UTF-8, NaN / Infinity (``{"number": NaN}`` popped a call "nan"),
    integers too long to convert, nesting too deep."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def parse_direction(text: str) -> tuple[Direction, OutboundKind | None]:
    """``inbound`` / ``outbound`` / ``manual`` (any case) -> the model's direction and kind."""
    token = text.strip().lower()
    if token == "inbound":
        return Direction.INBOUND, None
    if token == "outbound":
        return Direction.OUTBOUND, OutboundKind.OUTBOUND
    if token == "manual":
        return Direction.OUTBOUND, OutboundKind.MANUAL
    raise InvalidCallEvent("The direction must be inbound, outbound or manual.")


def clean_call_id(text: str | None) -> str:
    """A sender's call id as the hub keys it (so later state changes find their call)."""
    return _cleaned(text, MAX_CALL_ID_LENGTH)


def _cleaned(text: str | None, limit: int) -> str:
    """Control / format characters out, runs of white space to one space, length capped."""
    if not text:
        return ""
    # Line breaks and tabs become spaces first: "Erika\nMustermann" is two words, not one.
    return clean(_SPACES.sub(" ", str(text)))[:limit].strip()
