"""One ticket's details (SPEC F3, F4): subject, status badge, creator, assignee, created,
updated, the session it came from, and its follow-ups in time order. A value the source lacks
hides its row.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from journey_widget.model import Ticket
from journey_widget.ui.common.formatting import arg, format_datetime
from journey_widget.ui.common.status_badge import StatusBadge, ticket_badge
from journey_widget.ui.common.workflow_labels import ticket_status_labels
from journey_widget.ui.tickets.follow_ups import FollowUpList


class TicketDetail(QWidget):
    """One ticket: subject, badge, who and when, its session, its follow-ups."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ticket: Ticket | None = None
        self._session_text: dict[str, str] = {}
        self._back = QToolButton(self)
        self._subject = QLabel(self)
        self._badge = StatusBadge(self)
        self._form = QFormLayout()
        self._names: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        self._follow_title = QLabel(self)
        self.follow_ups = FollowUpList(self)
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        self._back.setArrowType(Qt.ArrowType.LeftArrow)
        self._back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._back.setAutoRaise(True)
        self._back.clicked.connect(self.back_requested)
        font = QFont(self._subject.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._subject.setFont(font)
        self._subject.setWordWrap(True)
        self._subject.setTextFormat(Qt.TextFormat.PlainText)
        self._subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in ("creator", "assignee", "created", "updated", "session"):
            name, value = QLabel(self), QLabel(self)
            name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name.setBuddy(value)
            self._names[key], self._values[key] = name, value
            self._form.addRow(name, value)
        bold = QFont(self._follow_title.font())
        bold.setBold(True)
        self._follow_title.setFont(bold)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self._back)
        top.addStretch(1)
        title = QHBoxLayout()
        title.setSpacing(8)
        title.addWidget(self._subject, 1)
        title.addWidget(self._badge, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(title)
        layout.addLayout(self._form)
        layout.addSpacing(4)
        layout.addWidget(self._follow_title)
        layout.addWidget(self.follow_ups, 20)
        layout.addStretch(1)  # keeps the rows at the top when there are no follow-ups

    def retranslate_ui(self) -> None:
        self._back.setText(self.tr("Tickets"))
        self._back.setToolTip(self.tr("Back to the ticket list (Esc)"))
        self._back.setAccessibleName(self.tr("Back to the ticket list"))
        names = {
            "creator": self.tr("Creator"),
            "assignee": self.tr("Assignee"),
            "created": self.tr("Created"),
            "updated": self.tr("Last update"),
            "session": self.tr("Session"),
        }
        for key, text in names.items():
            self._names[key].setText(text)
            self._values[key].setAccessibleName(text)
        self._follow_title.setText(self.tr("Follow-ups"))
        self.setAccessibleName(self.tr("Ticket details"))
        if self._ticket is not None:
            self.show_ticket(self._ticket)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_back_visible(self, visible: bool) -> None:
        self._back.setVisible(visible)

    def set_session_texts(self, texts: dict[str, str]) -> None:
        """How each interaction id reads (its channel and date), for the Session row."""
        self._session_text = texts

    def ticket(self) -> Ticket | None:
        return self._ticket

    def show_ticket(self, ticket: Ticket | None, now: datetime | None = None) -> None:
        self._ticket = ticket
        if ticket is None:
            self._subject.setText(self.tr("Pick a ticket to see its details."))
            self._badge.hide()
            for key in self._values:
                self._set_row(key, None)
            self._follow_title.hide()
            self.follow_ups.hide()
            return
        self._subject.setText(ticket.subject)
        self._badge.set_badge(*ticket_badge(ticket.status))
        self._badge.show()
        session = None
        if ticket.interaction_id:
            session = self._session_text.get(ticket.interaction_id, ticket.interaction_id)
        self._set_row("creator", ticket.creator)
        self._set_row("assignee", ticket.assignee)
        self._set_row("created", format_datetime(ticket.created_at))
        self._set_row("updated", format_datetime(ticket.updated_at))
        self._set_row("session", session)
        self.follow_ups.follow_up_model.set_follow_ups(ticket.follow_ups, now)
        has_follow_ups = bool(ticket.follow_ups)
        self._follow_title.setVisible(has_follow_ups)
        self.follow_ups.setVisible(has_follow_ups)
        self.setAccessibleDescription(
            arg(self.tr("%1, %2"), ticket.subject, ticket_status_labels()[ticket.status])
        )

    def rows(self) -> list[tuple[str, str]]:
        """The (label, value) rows shown now: a missing value hides its row."""
        return [
            (self._names[key].text(), self._values[key].text())
            for key in self._values
            if not self._values[key].isHidden()
        ]

    def _set_row(self, key: str, value: str | None) -> None:
        self._values[key].setText(value or "")
        self._form.setRowVisible(self._values[key], bool(value))
