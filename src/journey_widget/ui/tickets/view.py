"""The customer's tickets (SPEC F3) with their follow-ups (F4), as a section of the journey page.

A scope box picks Customer (every ticket of the customer) or Session (those raised in the
session: the interaction selected in the journey, ``set_session``). The list shows a status
badge (colour and words), the subject, the last update and the assignee, newest update first
and sortable by any column. Enter, a double-click or the chevron button opens a ticket's
details: creator, assignee, created, updated, its session, and its follow-ups in time order.

Docked narrow the details replace the list (Back, Esc or Alt+Left returns); wide they sit
beside it and follow the selection.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journey_widget.model import Ticket
from journey_widget.model.filters import TicketScope, tickets_in_scope
from journey_widget.ui.common.formatting import arg, format_count
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.tickets.detail import TicketDetail
from journey_widget.ui.tickets.model import TicketTableModel
from journey_widget.ui.tickets.table import TicketTable

WIDE_FROM = 720


class TicketsView(QWidget):
    """Scope box, ticket list and ticket details; ``set_tickets`` fills it."""

    scope_changed = Signal(str)  # TicketScope value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tickets: tuple[Ticket, ...] = ()
        self._session_id: str | None = None
        self._now: datetime | None = None
        self._wide = False
        self._detail_open = False
        self._scope_label = QLabel(self)
        self._scope = QComboBox(self)
        self._count = QLabel(self)
        self._hint = QLabel(self)
        self.model = TicketTableModel(self)
        self.table = TicketTable(self)
        self._empty = QLabel(self)
        self._list_stack = QStackedWidget(self)
        self._list_page = QWidget(self)
        self.detail = TicketDetail(self)
        self._build()
        self._connect_signals()
        self.retranslate_ui()

    def _build(self) -> None:
        self.table.setModel(self.model)
        self._scope.addItem("", TicketScope.CUSTOMER.value)
        self._scope.addItem("", TicketScope.SESSION.value)
        self._scope_label.setBuddy(self._scope)
        self._count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for label in (self._hint, self._empty):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._list_stack.addWidget(self.table)
        self._list_stack.addWidget(self._empty)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self._scope_label)
        top.addWidget(self._scope)
        top.addStretch(1)
        top.addWidget(self._count)
        page = QVBoxLayout(self._list_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(6)
        page.addLayout(top)
        page.addWidget(self._hint)
        page.addWidget(self._list_stack, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._list_page, 3)
        layout.addWidget(self.detail, 2)
        self.detail.hide()
        QWidget.setTabOrder(self._scope, self.table)

    def _connect_signals(self) -> None:
        self._scope.currentIndexChanged.connect(self.on_scope_changed)
        self.table.ticket_opened.connect(self.open_ticket)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self.detail.back_requested.connect(self.close_ticket)

    def retranslate_ui(self) -> None:
        self._scope_label.setText(self.tr("Scope:"))
        self._scope.setItemText(0, self.tr("Customer"))
        self._scope.setItemText(1, self.tr("Session"))
        self._scope.setAccessibleName(self.tr("Ticket scope"))
        self._scope.setToolTip(
            self.tr(
                "Customer: every ticket of this customer. "
                "Session: only tickets raised in the selected interaction."
            )
        )
        self.model.refresh_texts()
        self.table.setAccessibleName(self.tr("Tickets"))
        self.table.setAccessibleDescription(
            self.tr("Enter opens a ticket's details; the column headers sort")
        )
        self._refresh_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- content ------------------------------------------------------------------------

    @property
    def scope(self) -> TicketScope:
        return TicketScope(self._scope.currentData())

    def set_scope(self, scope: TicketScope) -> None:
        self._scope.setCurrentIndex(self._scope.findData(scope.value))

    def scope_box(self) -> QComboBox:
        return self._scope

    def set_tickets(
        self,
        tickets: Sequence[Ticket],
        session_texts: dict[str, str] | None = None,
        now: datetime | None = None,
    ) -> None:
        """A customer's tickets; ``session_texts`` names the interactions they came from."""
        self._tickets = tuple(tickets)
        self._now = now
        self.detail.set_session_texts(session_texts or {})
        self._apply()

    def set_session(self, interaction_id: str | None) -> None:
        """The session of the Session scope: the interaction the agent has selected."""
        if interaction_id == self._session_id:
            return
        self._session_id = interaction_id
        if self.scope is TicketScope.SESSION:
            self._apply()
        else:
            self._refresh_texts()

    def session_id(self) -> str | None:
        return self._session_id

    def shown(self) -> tuple[Ticket, ...]:
        return self.model.tickets()

    def total(self) -> int:
        return len(self._tickets)

    def open_ticket(self, ticket: Ticket) -> None:
        """Details of ``ticket``; narrow, they take the list's place."""
        row = self.model.row_of(ticket.id)
        if row is not None and self.table.currentIndex().row() != row:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.detail.show_ticket(ticket, self._now or datetime.now(UTC))
        self._detail_open = True
        self._arrange()
        if not self._wide:
            self.detail.follow_ups.setFocus()

    def close_ticket(self) -> None:
        if not self._wide:
            self._detail_open = False
            self._arrange()
            self.table.setFocus()

    def detail_shown(self) -> bool:
        return self.detail.isVisible()

    # --- slots ---------------------------------------------------------------------------

    def on_scope_changed(self, _index: int) -> None:
        self._apply()
        self.scope_changed.emit(self.scope.value)

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ticket = current.data(ItemRole.TICKET) if current.isValid() else None
        if isinstance(ticket, Ticket) and self._wide:
            self.detail.show_ticket(ticket, self._now or datetime.now(UTC))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        back = event.key() == Qt.Key.Key_Escape or event.matches(QKeySequence.StandardKey.Back)
        if back and self._detail_open and not self._wide:
            self.close_ticket()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE_FROM
        if wide != self._wide:
            self._wide = wide
            self._arrange()

    # --- helpers -------------------------------------------------------------------------

    def _apply(self) -> None:
        shown = tickets_in_scope(self._tickets, self.scope, self._session_id)
        previous = self.detail.ticket()
        self.model.set_tickets(shown)
        column, order = self.model.sort_order()
        self.table.horizontalHeader().setSortIndicator(column, order)
        kept = previous is not None and self.model.row_of(previous.id) is not None
        if kept:
            if self._detail_open or self._wide:
                self.open_ticket(previous)
        elif shown and self._wide:
            self.table.selectRow(0)
            self.detail.show_ticket(self.model.ticket_at(0), self._now or datetime.now(UTC))
        else:
            self._detail_open = False
            self.detail.show_ticket(None)
        self._list_stack.setCurrentWidget(self.table if shown else self._empty)
        self._refresh_texts()
        self._arrange()

    def _refresh_texts(self) -> None:
        shown, total = len(self.model.tickets()), len(self._tickets)
        if self.scope is TicketScope.CUSTOMER:
            self._count.setText(self.tr("%Ln tickets", "", total))  # %Ln: the locale groups digits
            self._hint.hide()
            self._empty.setText(self.tr("This customer has no tickets."))
        else:
            self._count.setText(arg(self.tr("%1 of %Ln", "", total), format_count(shown)))
            if self._session_id is None:
                hint = self.tr("Select an interaction in the journey to see its tickets.")
            else:
                hint = self.tr("Tickets raised in the selected interaction.")
            self._hint.setText(hint)
            self._hint.show()
            self._empty.setText(self.tr("No tickets were raised in this session."))
        self._count.setAccessibleName(self._count.text())

    def _arrange(self) -> None:
        self.table.fit_columns(self._wide)
        self.detail.set_back_visible(not self._wide)
        if self._wide:
            self._list_page.show()
            self.detail.setVisible(bool(self.model.tickets()))
            if self.detail.ticket() is None and self.model.tickets():
                self.table.selectRow(0)
                self.detail.show_ticket(self.model.ticket_at(0), self._now or datetime.now(UTC))
        else:
            self._list_page.setVisible(not self._detail_open)
            self.detail.setVisible(self._detail_open)
