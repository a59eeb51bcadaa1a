"""What the demo derives rather than draws: channel accounts, lead statuses, case links.

None of these consumes a random number, so adding them left every other field of the demo
data exactly as it was (same seed, same records).

- Channel account (SPEC F2 "account / channel used"): the tenant's own side of each channel,
  its hotline, WhatsApp Business number, LINE official account, Twitter handle, Messenger
  page, support inbox. Campaign Manager and Data Cloud records do not carry it (their
  contracts have no such field), so the widget shows it only for local records.
- Lead status (SPEC F5): a sales contact that reached the customer leaves the lead contacted,
  in follow-up, agreed or disagreed, read from its outcome; other contacts leave none.
- Case link (SPEC H3 "open the case"): where the case lives in the tenant's CRM.
"""

from __future__ import annotations

from journey_widget.model import Category, Channel, LeadStatus
from journey_widget.sources.demo import vocabulary as vocab

# Per tenant: the hotline and WhatsApp numbers are reserved drama / documentation ranges.
_NUMBERS = {
    "nimbus-de": ("+49 30 5555 0100", "+49 151 5555 0100"),
    "nimbus-id": ("+62 21 5555 0100", "+62 811 5555 0100"),
    "nimbus-uk": ("+44 20 7946 0100", "+44 7700 900100"),
    "nimbus-us": ("+1 202 555 0100", "+1 202 555 0101"),
}
CRM = "https://crm.example.com"


def channel_accounts(tenant: vocab.TenantSpec) -> dict[Channel, str]:
    """The tenant's account on each channel; a channel missing here has none (web events)."""
    hotline, whatsapp = _NUMBERS[tenant.slug]
    brand = tenant.name.replace(" ", "")
    domain = f"{tenant.slug}.example.com"
    return {
        Channel.VOICE: hotline,
        Channel.VIDEO: f"video.{domain}",
        Channel.SMS: hotline,
        Channel.EMAIL: f"support@{domain}",
        Channel.WEB_CHAT: f"chat.{domain}",
        Channel.WEB_MESSAGING: f"messaging.{domain}",
        Channel.WHATSAPP: whatsapp,
        Channel.LINE: f"@{tenant.slug}",
        Channel.TWITTER: f"@{brand}Help",
        Channel.MESSENGER: f"facebook.com/{brand}",
        Channel.AGENTLESS_NOTIFICATION: f"{brand} notifications",
        Channel.CONTENT_OFFER: f"www.{domain}",
    }


_LEAD_BY_OUTCOME = {
    "Sale": LeadStatus.AGREE,
    "Order placed": LeadStatus.AGREE,
    "Offer accepted": LeadStatus.AGREE,
    "Appointment booked": LeadStatus.AGREE,
    "Not interested": LeadStatus.DISAGREE,
    "Do not call": LeadStatus.DISAGREE,
    "Offer dismissed": LeadStatus.DISAGREE,
    "Interested": LeadStatus.FOLLOW_UP,
    "Callback requested": LeadStatus.FOLLOW_UP,
    "Replied": LeadStatus.FOLLOW_UP,
    "Information given": LeadStatus.CONTACTED,
    "Resolved": LeadStatus.CONTACTED,
    "Voicemail": LeadStatus.CONTACTED,
}


def lead_status_of(category: Category | None, outcome: str | None) -> LeadStatus | None:
    """The lead status a sales contact leaves; None for other categories or no contact."""
    if category is not Category.SALES or outcome is None:
        return None
    return _LEAD_BY_OUTCOME.get(outcome)


def case_url(tenant: vocab.TenantSpec, case_id: str) -> str:
    return f"{CRM}/{tenant.slug}/cases/{case_id}"
