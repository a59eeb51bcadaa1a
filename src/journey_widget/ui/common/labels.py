"""Translated labels for the model's closed vocabularies.

The enums carry stable English tokens for files and the store; people read these labels.
Each label is a literal inside ``QCoreApplication.translate`` with the fixed context
"labels", so ``pyside6-lupdate`` finds every one of them (it recognises only the spelled-out
call, never an alias such as ``tr = QCoreApplication.translate``). The tables are built on
each call, not at import time, so they follow a translator installed after this module was
imported.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_widget.model import Channel, Direction, OutboundKind, SegmentKind, Sla, TaskResult


def channel_labels() -> dict[Channel, str]:
    return {
        Channel.VOICE: QCoreApplication.translate("labels", "Voice"),
        Channel.SMS: QCoreApplication.translate("labels", "SMS"),
        Channel.EMAIL: QCoreApplication.translate("labels", "E-mail"),
        Channel.WEB_CHAT: QCoreApplication.translate("labels", "Web chat"),
        Channel.WEB_MESSAGING: QCoreApplication.translate("labels", "Web messaging"),
        Channel.WHATSAPP: QCoreApplication.translate("labels", "WhatsApp"),
        Channel.LINE: QCoreApplication.translate("labels", "LINE"),
        Channel.TWITTER: QCoreApplication.translate("labels", "Twitter"),
        Channel.MESSENGER: QCoreApplication.translate("labels", "Facebook Messenger"),
        Channel.AGENTLESS_NOTIFICATION: QCoreApplication.translate("labels", "Notification"),
        Channel.WEB_EVENT: QCoreApplication.translate("labels", "Web event"),
        Channel.CONTENT_OFFER: QCoreApplication.translate("labels", "Content offer"),
        Channel.VIDEO: QCoreApplication.translate("labels", "Video"),
        Channel.OTHER: QCoreApplication.translate("labels", "Other channel"),
    }


def direction_labels() -> dict[Direction, str]:
    return {
        Direction.INBOUND: QCoreApplication.translate("labels", "Inbound"),
        Direction.OUTBOUND: QCoreApplication.translate("labels", "Outbound"),
    }


def outbound_kind_labels() -> dict[OutboundKind, str]:
    """How an outbound interaction started; refines "Outbound" where the source says so."""
    return {
        OutboundKind.OUTBOUND: QCoreApplication.translate("labels", "Outbound"),
        OutboundKind.MANUAL: QCoreApplication.translate("labels", "Manual outbound"),
        OutboundKind.CALL_AS_A_SERVICE: QCoreApplication.translate("labels", "Call as a service"),
        OutboundKind.CALLBACK: QCoreApplication.translate("labels", "Callback"),
        OutboundKind.AGENTLESS: QCoreApplication.translate("labels", "Agentless"),
    }


def task_result_labels() -> dict[TaskResult, str]:
    """The task-result legend of SPEC D5, worded as in the seed."""
    return {
        TaskResult.VOICEMAIL: QCoreApplication.translate("labels", "Voicemail"),
        TaskResult.HANGUP_BEFORE_ACCEPT: QCoreApplication.translate(
            "labels", "Hangup before Accept"
        ),
        TaskResult.HANGUP_IN_IVR: QCoreApplication.translate("labels", "Hangup in IVR"),
        TaskResult.HANGUP_IN_QUEUE: QCoreApplication.translate("labels", "Hangup in Queue"),
        TaskResult.HANGUP_IN_IVR_AFTER_QUEUE: QCoreApplication.translate(
            "labels", "Hangup in IVR after Queue"
        ),
        TaskResult.HANGUP_BY_WORKFLOW: QCoreApplication.translate("labels", "Hangup by Workflow"),
        TaskResult.ACCEPTED_BY_USER: QCoreApplication.translate("labels", "Accepted by User"),
        TaskResult.TRANSFERRED_BY_WORKFLOW: QCoreApplication.translate(
            "labels", "Transferred by Workflow"
        ),
        TaskResult.TRANSFERRED_BY_USER: QCoreApplication.translate("labels", "Transferred by User"),
        TaskResult.TRANSFER_FAILED: QCoreApplication.translate("labels", "Transfer failed"),
        TaskResult.DESTINATION_ACCEPTED: QCoreApplication.translate(
            "labels", "Destination accepted"
        ),
        TaskResult.DESTINATION_DECLINED: QCoreApplication.translate(
            "labels", "Destination declined"
        ),
        TaskResult.DESTINATION_NOT_REACHED: QCoreApplication.translate(
            "labels", "Destination not reached"
        ),
        TaskResult.USER_ABORTED: QCoreApplication.translate("labels", "User aborted"),
        TaskResult.LOST_IN_QUEUE: QCoreApplication.translate("labels", "Lost in Queue"),
        TaskResult.CANCELLED_BY_EXTERNAL_SYSTEM: QCoreApplication.translate(
            "labels", "Cancelled by external system"
        ),
        TaskResult.MARKED_AS_HANDLED_BY_USER: QCoreApplication.translate(
            "labels", "Marked as handled by User"
        ),
        TaskResult.MARKED_AS_HANDLED_BY_WORKFLOW: QCoreApplication.translate(
            "labels", "Marked as handled by Workflow"
        ),
        TaskResult.STANDBY_DUTY_ACCEPTED: QCoreApplication.translate(
            "labels", "Standby Duty Accepted"
        ),
    }


def failed_label() -> str:
    """The word that goes with every red dot: colour is never the only signal (SPEC A9, G3)."""
    return QCoreApplication.translate("labels", "Failed")


def live_label() -> str:
    """An interaction still going on (SPEC E4)."""
    return QCoreApplication.translate("labels", "Live")


def segment_kind_labels() -> dict[SegmentKind, str]:
    """The events of a conversation's timeline (SPEC C4), as the legend names them."""
    return {
        SegmentKind.IVR: QCoreApplication.translate("labels", "IVR"),
        SegmentKind.QUEUE: QCoreApplication.translate("labels", "Queue"),
        SegmentKind.CONNECTED: QCoreApplication.translate("labels", "Connected"),
        SegmentKind.VOICEMAIL: QCoreApplication.translate("labels", "Voicemail"),
        SegmentKind.TRANSFER: QCoreApplication.translate("labels", "Transfer"),
    }


def sla_labels() -> dict[Sla, str]:
    """Whether a task was handled within its service level (SPEC C5)."""
    return {
        Sla.WITHIN: QCoreApplication.translate("labels", "Within SLA"),
        Sla.OUTSIDE: QCoreApplication.translate("labels", "Outside SLA"),
    }


def task_result_descriptions() -> dict[TaskResult, str]:
    """What each task result means: the legend text of SPEC D5 (seeds/002)."""
    return {
        TaskResult.VOICEMAIL: QCoreApplication.translate(
            "labels", "The workflow recorded the conversation as a voice message."
        ),
        TaskResult.HANGUP_BEFORE_ACCEPT: QCoreApplication.translate(
            "labels", "The customer hung up before the call could be answered."
        ),
        TaskResult.HANGUP_IN_IVR: QCoreApplication.translate(
            "labels",
            "The customer hung up during announcements or IVR prompts, before the call "
            "entered the queue.",
        ),
        TaskResult.HANGUP_IN_QUEUE: QCoreApplication.translate(
            "labels", "The customer hung up while the task was queued."
        ),
        TaskResult.HANGUP_IN_IVR_AFTER_QUEUE: QCoreApplication.translate(
            "labels",
            "The session left the queue, then the customer hung up during the announcements "
            "that followed.",
        ),
        TaskResult.HANGUP_BY_WORKFLOW: QCoreApplication.translate(
            "labels", "The workflow disconnected the session."
        ),
        TaskResult.ACCEPTED_BY_USER: QCoreApplication.translate(
            "labels", "A user answered the call."
        ),
        TaskResult.TRANSFERRED_BY_WORKFLOW: QCoreApplication.translate(
            "labels", "The workflow executed the transfer."
        ),
        TaskResult.TRANSFERRED_BY_USER: QCoreApplication.translate(
            "labels", "A user executed the transfer."
        ),
        TaskResult.TRANSFER_FAILED: QCoreApplication.translate(
            "labels", "The workflow or a user tried to transfer the call, but it did not succeed."
        ),
        TaskResult.DESTINATION_ACCEPTED: QCoreApplication.translate(
            "labels", "Outbound task or call on behalf: the callee accepted the call."
        ),
        TaskResult.DESTINATION_DECLINED: QCoreApplication.translate(
            "labels", "Outbound task or call on behalf: the callee declined the call."
        ),
        TaskResult.DESTINATION_NOT_REACHED: QCoreApplication.translate(
            "labels", "Outbound task or call on behalf: the callee did not pick up in time."
        ),
        TaskResult.USER_ABORTED: QCoreApplication.translate(
            "labels", "Outbound task or call on behalf: a user aborted the dial-out."
        ),
        TaskResult.LOST_IN_QUEUE: QCoreApplication.translate(
            "labels", "Outbound task only: the maximum queue time was reached."
        ),
        TaskResult.CANCELLED_BY_EXTERNAL_SYSTEM: QCoreApplication.translate(
            "labels",
            "External task only: the task was cancelled through a dashboard widget or an "
            "automation.",
        ),
        TaskResult.MARKED_AS_HANDLED_BY_USER: QCoreApplication.translate(
            "labels", "E-mail only: a user marked the task as handled."
        ),
        TaskResult.MARKED_AS_HANDLED_BY_WORKFLOW: QCoreApplication.translate(
            "labels", "E-mail only: the workflow marked the task as handled."
        ),
        TaskResult.STANDBY_DUTY_ACCEPTED: QCoreApplication.translate(
            "labels", "A number from the standby duty list accepted the call."
        ),
    }
