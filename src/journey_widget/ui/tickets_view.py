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

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model import Ticket
from ..model.filters import TicketScope, tickets_in_scope
from .follow_ups import FollowUpList
from .formatting import arg, format_datetime
from .status_badge import TICKET_HUES, StatusBadge, badge_size, paint_badge, ticket_badge
from .ticket_model import STATUS_ROLE, TICKET_ROLE, TicketColumn, TicketTableModel
from .workflow_labels import ticket_status_labels

WIDE_FROM = 720
_Index = QModelIndex | QPersistentModelIndex


class BadgeDelegate(QStyledItemDelegate):
    """Paints the status column as a badge over the item's normal (selected) background."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        status = index.data(STATUS_ROLE)
        if status is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = QRectF(option.rect).adjusted(6, 2, -4, -2)
        text = ticket_status_labels()[status]
        paint_badge(painter, rect, text, TICKET_HUES[status], option.palette, option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        status = index.data(STATUS_ROLE)
        if status is None:
            return super().sizeHint(option, index)
        size = badge_size(option.font, ticket_status_labels()[status])
        return QSize(size.width() + 10, size.height() + 6)


class TicketTable(QTableView):
    """The ticket list; Enter opens the current ticket (``ticket_opened``)."""

    ticket_opened = Signal(object)  # Ticket

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setItemDelegateForColumn(TicketColumn.STATUS, BadgeDelegate(self))
        self.activated.connect(self._on_activated)

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TicketColumn.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(TicketColumn.UPDATED, Qt.SortOrder.DescendingOrder)

    def current_ticket(self) -> Ticket | None:
        value = self.currentIndex().data(TICKET_ROLE)
        return value if isinstance(value, Ticket) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right):
            ticket = self.current_ticket()
            if ticket is not None:
                self.ticket_opened.emit(ticket)
                event.accept()
                return
        super().keyPressEvent(event)

    def _on_activated(self, index: QModelIndex) -> None:
        value = index.data(TICKET_ROLE)
        if isinstance(value, Ticket):
            self.ticket_opened.emit(value)

    def fit_columns(self, wide: bool) -> None:
        """Docked: no assignee column, and the last update as a date (time in the tooltip)."""
        self.setColumnHidden(TicketColumn.ASSIGNEE, not wide)
        model = self.model()
        if isinstance(model, TicketTableModel):
            model.set_compact(not wide)


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
        ticket = current.data(TICKET_ROLE) if current.isValid() else None
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
            self._count.setText(self.tr("%n tickets", "", total))
            self._hint.hide()
            self._empty.setText(self.tr("This customer has no tickets."))
        else:
            self._count.setText(arg(self.tr("%1 of %n", "", total), str(shown)))
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
