"""The item-data roles our models answer besides Qt's own: one enum, one number per meaning.

Each model used to number its roles from ``Qt.UserRole`` on its own, so ``UserRole + 1`` was
the interaction in one model, the sort key in another and the customer id in a third: a view
or delegate handed the wrong model read the wrong thing without a word. Here every role has
one number, and a model that does not answer a role returns None for it.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole.value)


class ItemRole(IntEnum):
    INTERACTION = _USER + 1  # the Interaction a row shows (grid, day cards, report, operations)
    SORT_KEY = _USER + 2  # the value a column sorts by, for a proxy model
    IS_LAST = _USER + 3  # the customer's last interaction (report history): bool
    CUSTOMER_ID = _USER + 4  # a suggestion's customer id: str
    TICKET = _USER + 5  # the Ticket a row shows
    TICKET_STATUS = _USER + 6  # its TicketStatus, for the badge delegate
    FOLLOW_UP = _USER + 7  # the FollowUp a row shows
    OVERDUE = _USER + 8  # whether that follow-up is overdue: bool
