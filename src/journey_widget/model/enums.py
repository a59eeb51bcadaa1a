"""The closed vocabularies of the journey model.

Every enum's value is the stable English token used in the import format, the
store and ``--json`` output. Labels for people live in the UI (translated).
"""

from __future__ import annotations

from enum import StrEnum


class DataSource(StrEnum):
    """Where an interaction was read from (SPEC A2, A7)."""

    LOCAL = "local"
    CAMPAIGN_MANAGER = "campaign_manager"
    DATA_CLOUD = "data_cloud"


class Channel(StrEnum):
    """Every channel of SPEC E2 (plus video, which OmniX uses, seeds/004)."""

    VOICE = "voice"
    SMS = "sms"
    EMAIL = "email"
    WEB_CHAT = "web_chat"
    WEB_MESSAGING = "web_messaging"
    WHATSAPP = "whatsapp"
    LINE = "line"
    TWITTER = "twitter"
    MESSENGER = "messenger"
    AGENTLESS_NOTIFICATION = "agentless_notification"
    WEB_EVENT = "web_event"
    CONTENT_OFFER = "content_offer"
    VIDEO = "video"
    # A channel a source names that this version does not know (a new channel type): shown
    # as "other" with the source's own name (Interaction.channel_name), not refused.
    OTHER = "other"

    @property
    def is_call(self) -> bool:
        return self in (Channel.VOICE, Channel.VIDEO)

    @property
    def is_message(self) -> bool:
        """Message sessions go idle after 45 s and inactive after 1 min (SPEC E4)."""
        return self in _MESSAGE_CHANNELS


_MESSAGE_CHANNELS = frozenset(
    {
        Channel.WEB_CHAT,
        Channel.WEB_MESSAGING,
        Channel.WHATSAPP,
        Channel.LINE,
        Channel.TWITTER,
        Channel.MESSENGER,
        Channel.WEB_EVENT,
    }
)


class NumberType(StrEnum):
    """The kind of phone number a call used; decides the call icon's colour (SPEC A6)."""

    HOME = "home"
    WORK = "work"
    MOBILE = "mobile"
    OFFICE = "office"
    OTHER = "other"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class OutboundKind(StrEnum):
    """How an outbound interaction was started (SPEC C3, A1)."""

    OUTBOUND = "outbound"
    MANUAL = "manual"
    CALL_AS_A_SERVICE = "call_as_a_service"
    CALLBACK = "callback"
    AGENTLESS = "agentless"


class Category(StrEnum):
    """Interaction categories of SPEC F1."""

    SERVICE = "service"
    SALES = "sales"
    MARKETER = "marketer"
    SURVEY = "survey"
    OMS = "oms"
    MYDX = "mydx"
    GENERAL = "general"


class IdentifierKind(StrEnum):
    PHONE = "phone"
    SIP = "sip"
    EMAIL = "email"
    ACCOUNT = "account"


class SegmentKind(StrEnum):
    """The transitions of a conversation's timeline (SPEC C4)."""

    IVR = "ivr"
    QUEUE = "queue"
    CONNECTED = "connected"
    VOICEMAIL = "voicemail"
    TRANSFER = "transfer"


class Sla(StrEnum):
    """Whether a task was handled within its service level (SPEC C5)."""

    WITHIN = "within"
    OUTSIDE = "outside"


class TicketStatus(StrEnum):
    """Ticket status badges of SPEC F3, in workflow order."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    PENDING = "pending"
    RESOLVED = "resolved"
    CLOSED = "closed"


class FollowUpKind(StrEnum):
    """Follow-up activities on a ticket (SPEC F4)."""

    RESCHEDULE = "reschedule"
    ESCALATION = "escalation"
    STATUS_UPDATE = "status_update"


class LeadStatus(StrEnum):
    """Where a lead stands (SPEC F5)."""

    CONTACTED = "contacted"
    FOLLOW_UP = "follow_up"
    AGREE = "agree"
    DISAGREE = "disagree"


class SurveyKind(StrEnum):
    """Survey question types (SPEC C8)."""

    OPEN = "open"
    YES_NO = "yes_no"
    STARS = "stars"


class LiveState(StrEnum):
    """Live status of an interaction (SPEC E4)."""

    LIVE = "live"
    IDLE = "idle"
    INACTIVE = "inactive"
    PAST = "past"


class TaskResult(StrEnum):
    """How a task ended: the full legend of SPEC D5 (seeds/002).

    The three SLA KPI rows of that legend (Reachability, Acceptance, Hangup SLA) are
    metrics over many tasks, not the result of one; a task's SLA is ``Sla``.
    """

    VOICEMAIL = "voicemail"
    HANGUP_BEFORE_ACCEPT = "hangup_before_accept"
    HANGUP_IN_IVR = "hangup_in_ivr"
    HANGUP_IN_QUEUE = "hangup_in_queue"
    HANGUP_IN_IVR_AFTER_QUEUE = "hangup_in_ivr_after_queue"
    HANGUP_BY_WORKFLOW = "hangup_by_workflow"
    ACCEPTED_BY_USER = "accepted_by_user"
    TRANSFERRED_BY_WORKFLOW = "transferred_by_workflow"
    TRANSFERRED_BY_USER = "transferred_by_user"
    TRANSFER_FAILED = "transfer_failed"
    DESTINATION_ACCEPTED = "destination_accepted"
    DESTINATION_DECLINED = "destination_declined"
    DESTINATION_NOT_REACHED = "destination_not_reached"
    USER_ABORTED = "user_aborted"
    LOST_IN_QUEUE = "lost_in_queue"
    CANCELLED_BY_EXTERNAL_SYSTEM = "cancelled_by_external_system"
    MARKED_AS_HANDLED_BY_USER = "marked_as_handled_by_user"
    MARKED_AS_HANDLED_BY_WORKFLOW = "marked_as_handled_by_workflow"
    STANDBY_DUTY_ACCEPTED = "standby_duty_accepted"

    @property
    def is_failure(self) -> bool:
        """A failure outcome carries the red dot (SPEC A9)."""
        return self in _FAILED_RESULTS


_FAILED_RESULTS = frozenset(
    {
        TaskResult.HANGUP_BEFORE_ACCEPT,
        TaskResult.HANGUP_IN_IVR,
        TaskResult.HANGUP_IN_QUEUE,
        TaskResult.HANGUP_IN_IVR_AFTER_QUEUE,
        TaskResult.TRANSFER_FAILED,
        TaskResult.DESTINATION_DECLINED,
        TaskResult.DESTINATION_NOT_REACHED,
        TaskResult.USER_ABORTED,
        TaskResult.LOST_IN_QUEUE,
        TaskResult.CANCELLED_BY_EXTERNAL_SYSTEM,
    }
)
