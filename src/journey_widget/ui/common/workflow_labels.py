"""Translated labels for categories, lead statuses, tickets and follow-ups (SPEC F1, F3-F5).

Like ``labels``: literals inside ``QCoreApplication.translate`` with the fixed context
"labels", built on each call so a language switch shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_widget.model import Category, FollowUpKind, LeadStatus, TicketStatus


def category_labels() -> dict[Category, str]:
    """F1's categories, in its order (the seed's product names stay as they are)."""
    return {
        Category.SERVICE: QCoreApplication.translate("labels", "Service"),
        Category.SALES: QCoreApplication.translate("labels", "Sales"),
        Category.MARKETER: QCoreApplication.translate("labels", "Marketer"),
        Category.SURVEY: QCoreApplication.translate("labels", "Survey"),
        Category.OMS: QCoreApplication.translate("labels", "OMS"),
        Category.MYDX: QCoreApplication.translate("labels", "MyDX"),
        Category.GENERAL: QCoreApplication.translate("labels", "General"),
    }


def lead_status_labels() -> dict[LeadStatus, str]:
    return {
        LeadStatus.CONTACTED: QCoreApplication.translate("labels", "Contacted"),
        LeadStatus.FOLLOW_UP: QCoreApplication.translate("labels", "Follow up"),
        LeadStatus.AGREE: QCoreApplication.translate("labels", "Agree"),
        LeadStatus.DISAGREE: QCoreApplication.translate("labels", "Disagree"),
    }


def ticket_status_labels() -> dict[TicketStatus, str]:
    return {
        TicketStatus.OPEN: QCoreApplication.translate("labels", "Open"),
        TicketStatus.IN_PROGRESS: QCoreApplication.translate("labels", "In Progress"),
        TicketStatus.PENDING: QCoreApplication.translate("labels", "Pending"),
        TicketStatus.RESOLVED: QCoreApplication.translate("labels", "Resolved"),
        TicketStatus.CLOSED: QCoreApplication.translate("labels", "Closed"),
    }


def follow_up_kind_labels() -> dict[FollowUpKind, str]:
    return {
        FollowUpKind.RESCHEDULE: QCoreApplication.translate("labels", "Rescheduled"),
        FollowUpKind.ESCALATION: QCoreApplication.translate("labels", "Escalation"),
        FollowUpKind.STATUS_UPDATE: QCoreApplication.translate("labels", "Status update"),
    }


def overdue_label() -> str:
    """Goes with the overdue icon: the mark is never colour or shape alone (G3)."""
    return QCoreApplication.translate("labels", "Overdue")
