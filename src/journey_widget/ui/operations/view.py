"""The customer operations window (SPEC D1-D4, D6): find, read, filter, export, anonymise.

Top to bottom: the tenant and source search; a line that says what to do next, what is
loading or what went wrong; the last interaction (stays while the history is filtered); the
filter bar; the history table; the actions. Export, trace and anonymise buttons follow the
user's permissions (disabled, with the reason in their description) and the service checks
again when they are used. Every slow step is a task on the qasync loop, kept in a
``TaskSlot`` (one per stream: the user, the history, the operation), so closing the window
cancels them; files are written in a worker thread; dialogs open with ``open()``, so the
window never freezes. The trace, export and anonymise actions are
``actions.CustomerActions``. The window is a child of the main window (``Qt.Window``) that
deletes itself when closed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journey_widget.model import Journey
from journey_widget.model.permissions import Permission
from journey_widget.service.lookup import JourneyService, LookupResult
from journey_widget.ui.common.flow_layout import FlowLayout
from journey_widget.ui.common.formatting import arg, format_datetime, format_duration
from journey_widget.ui.lifetime.task_slot import TaskSlot
from journey_widget.ui.lifetime.window_owner import hold_top_level
from journey_widget.ui.operations.actions import CustomerActions
from journey_widget.ui.operations.customer_picker import CustomerPicker
from journey_widget.ui.operations.filter_bar import OperationsFilterBar
from journey_widget.ui.operations.history_model import (
    HistoryColumn,
    OperationsHistoryModel,
    result_text,
)

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1100, 640)


class CustomerOperationsView(CustomerActions, QWidget):
    """A window of its own; give it a way to reach the service (the main window's) and, in
    the app, the main window as ``parent``: it owns this window, which closing deletes."""

    history_shown = Signal(object)  # Journey
    message_shown = Signal(str)  # every sentence the status line shows
    file_saved = Signal(str)  # the path of an export or trace written
    anonymised = Signal(str)  # customer id

    def __init__(
        self, service: Callable[[], JourneyService | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        hold_top_level(self)  # without a parent (tests): held until that delete
        self._service = service
        self._picker = CustomerPicker(service, self)
        self._status = QLabel(self)
        self._last = QLabel(self)
        self._last_frame = QFrame(self)
        self._model = OperationsHistoryModel(self)
        self._filters = OperationsFilterBar(result_text, self)
        self._table = QTableView(self)
        self._trace_button = QPushButton(self)
        self._export_button = QPushButton(self)
        self._anonymise_button = QPushButton(self)
        self._loads = TaskSlot(self, self.on_history_loaded, self._show_failure, name="History")
        self._user = TaskSlot(self, self.on_user_known, self.on_user_unknown, name="User")
        self._work = TaskSlot(self, name="Customer operation")
        self._dialog: QWidget | None = None
        self._message_key = "start"
        self._message_text = ""
        self._build()
        self._connect_signals()
        self.retranslate_ui()
        self._show_message("start")

    def _build(self) -> None:
        self.resize(*DEFAULT_SIZE)
        self.setMinimumWidth(320)
        self._status.setWordWrap(True)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._last.setWordWrap(True)
        self._last.setTextFormat(Qt.TextFormat.PlainText)
        self._last_frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame_layout = QVBoxLayout(self._last_frame)
        frame_layout.setContentsMargins(8, 6, 8, 6)
        frame_layout.addWidget(self._last)
        self._last_frame.hide()
        self._table.setModel(self._model)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(HistoryColumn.DATE, Qt.SortOrder.DescendingOrder)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setWordWrap(False)
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._table.setTabKeyNavigation(False)
        # The buttons wrap onto a second line when docked narrow rather than being cut off.
        buttons = FlowLayout(spacing=8)
        buttons.addWidget(self._trace_button)
        buttons.addWidget(self._export_button)
        buttons.addWidget(self._anonymise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self._picker)
        layout.addWidget(self._status)
        layout.addWidget(self._last_frame)
        layout.addWidget(self._filters)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)
        self._set_history_visible(False)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)

    def _connect_signals(self) -> None:
        self._picker.customer_chosen.connect(self.on_customer_chosen)
        self._picker.choice_cleared.connect(self.on_choice_cleared)
        self._picker.problem.connect(self.on_problem)
        self._filters.filters_changed.connect(self.on_filters_changed)
        self._table.activated.connect(self.on_row_activated)
        self._table.clicked.connect(self.on_cell_clicked)
        self._table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._trace_button.clicked.connect(self.on_download_trace)
        self._export_button.clicked.connect(self.on_export_customer)
        self._anonymise_button.clicked.connect(self.on_anonymise_customer)

    # --- what the window and tests use ------------------------------------------------------

    @property
    def picker(self) -> CustomerPicker:
        return self._picker

    @property
    def model(self) -> OperationsHistoryModel:
        return self._model

    @property
    def table(self) -> QTableView:
        return self._table

    @property
    def filter_bar(self) -> OperationsFilterBar:
        return self._filters

    @property
    def status_text(self) -> str:
        return self._status.text()

    @property
    def last_interaction_text(self) -> str:
        return self._last.text() if self._last_frame.isVisibleTo(self) else ""

    @property
    def buttons(self) -> dict[str, QPushButton]:
        return {
            "trace": self._trace_button,
            "export": self._export_button,
            "anonymise": self._anonymise_button,
        }

    @property
    def dialog(self) -> QWidget | None:
        """The confirmation or file dialog shown now, if any."""
        return self._dialog

    def start(self) -> asyncio.Task | None:
        """Load the tenants and learn the user's permissions; call when shown."""
        service = self._service()
        if service is None:
            self._show_message("no_service")
            return None
        self._picker.load_tenants()
        return self._user.run(service.operations.user())

    def open_customer(self, journey: Journey) -> None:
        """Show a customer already known (the main window's), tenant and all."""
        customer = journey.customer
        shown = customer.name or customer.primary_phone or customer.id
        self._picker.choose(customer.tenant, customer.id, shown)
        if customer.tenant is None:
            self.on_customer_chosen("", customer.id)

    # --- slots ------------------------------------------------------------------------------

    def on_user_known(self, _user: object) -> None:
        """The back end said who the user is: the buttons follow."""
        self._update_buttons()

    def on_user_unknown(self, error: Exception) -> None:
        log.warning("Could not learn who the user is: %s", error)
        self._update_buttons()

    def on_problem(self, text: str) -> None:
        self._show_message("text", text)

    def on_customer_chosen(self, _tenant: str, customer_id: str) -> None:
        service = self._service()
        if service is None:
            self._show_message("no_service")
            return
        self._show_message("loading")
        self._loads.run(service.lookup_customer(customer_id, period_months=None))

    def on_choice_cleared(self) -> None:
        self._loads.cancel()
        self._model.set_journey(None)
        self._set_history_visible(False)
        self._show_message("start")

    def on_history_loaded(self, result: LookupResult) -> None:
        self._show_history(result.journey)

    def _show_history(self, journey: Journey | None) -> None:
        if journey is None:
            self._model.set_journey(None)
            self._set_history_visible(False)
            self._show_message("not_found")
            return
        self._model.set_journey(journey)
        self._filters.set_interactions(journey.interactions)
        self._model.set_filters(self._filters.filters)
        self._set_history_visible(True)
        self._update_last()
        self._show_message("loaded")
        self._table.resizeColumnsToContents()
        self._update_buttons()
        self.history_shown.emit(journey)

    def on_filters_changed(self, filters) -> None:
        self._model.set_filters(filters)
        self._update_last()
        self._update_buttons()

    def on_cell_clicked(self, index: QModelIndex) -> None:
        if index.column() == HistoryColumn.ACTIONS:
            self.on_download_trace()

    def on_row_activated(self, index: QModelIndex) -> None:
        if index.column() == HistoryColumn.ACTIONS:
            self.on_download_trace()

    def _show_message(self, key: str, text: str = "") -> None:
        """The status line; ``key`` lets a language switch say it again in the new language."""
        self._message_key, self._message_text = key, text
        journey = self._model.journey
        messages = {
            "start": QCoreApplication.translate(
                "CustomerOperations", "Choose a tenant and a customer to see their history."
            ),
            "no_service": QCoreApplication.translate(
                "CustomerOperations", "The journey store is not open yet."
            ),
            "loading": QCoreApplication.translate("CustomerOperations", "Loading the history…"),
            "working": QCoreApplication.translate("CustomerOperations", "Working…"),
            "not_found": QCoreApplication.translate(
                "CustomerOperations", "This customer is not there, or not in your divisions."
            ),
            "saved": arg(QCoreApplication.translate("CustomerOperations", "Saved %1."), text),
            "anonymised": arg(
                QCoreApplication.translate(
                    "CustomerOperations", "%1 is anonymised; the statistics stay."
                ),
                text,
            ),
            "text": text,
        }
        if key == "loaded" and journey is not None:
            # lupdate makes a plural message only of tr() (and not with a call as the count).
            count = len(journey.interactions)
            message = self.tr("%Ln sessions", "", count)  # %Ln: the locale groups digits
        else:
            message = messages.get(key, text)
        self._status.setText(message)
        self.message_shown.emit(message)

    def _update_last(self) -> None:
        last = self._model.last_interaction
        if last is None:
            self._last_frame.hide()
            return
        parts = [format_datetime(last.started_at), result_text(last)]
        if last.service:
            parts.append(last.service)
        if last.duration is not None:
            parts.append(format_duration(last.duration))
        text = arg(
            QCoreApplication.translate("CustomerOperations", "Last interaction: %1"),
            " · ".join(p for p in parts if p),
        )
        if self._model.row_of_last() is None:
            text += " " + QCoreApplication.translate(
                "CustomerOperations", "(hidden by the filters)"
            )
        self._last.setText(text)
        self._last.setAccessibleName(text)
        self._last_frame.show()

    def _update_buttons(self, *_args: object) -> None:
        # Read now, not remembered: the window's service (and with it the user) can change.
        service = self._service()
        has = service.access.user.permissions.__contains__ if service else frozenset().__contains__
        loaded = self._model.journey is not None
        row = self._table.currentIndex().isValid()
        trace_allowed = has(Permission.EXPORT) and has(Permission.VIEW_SESSIONS)
        rules = (
            (self._trace_button, loaded and row, trace_allowed),
            (self._export_button, loaded, has(Permission.EXPORT)),
            (self._anonymise_button, loaded, has(Permission.ANONYMISE)),
        )
        for button, ready, allowed in rules:
            button.setEnabled(ready and allowed)
            if not allowed:
                button.setToolTip(
                    QCoreApplication.translate(
                        "CustomerOperations", "Your role does not allow this."
                    )
                )
            elif not ready:
                button.setToolTip(
                    QCoreApplication.translate(
                        "CustomerOperations", "Choose a customer (and a session) first."
                    )
                )
            else:
                button.setToolTip("")
            button.setAccessibleDescription(button.toolTip())

    def _set_history_visible(self, shown: bool) -> None:
        self._filters.setVisible(shown)
        self._table.setVisible(shown)
        if not shown:
            self._last_frame.hide()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("CustomerOperations", "Customer operations"))
        self._table.setAccessibleName(QCoreApplication.translate("CustomerOperations", "History"))
        self._table.setAccessibleDescription(
            QCoreApplication.translate(
                "CustomerOperations",
                "Sessions of the customer, newest first; Enter on Actions saves the trace",
            )
        )
        self._trace_button.setText(
            QCoreApplication.translate("CustomerOperations", "Download trace…")
        )
        self._trace_button.setAccessibleName(
            QCoreApplication.translate(
                "CustomerOperations", "Download the selected session's trace"
            )
        )
        self._export_button.setText(
            QCoreApplication.translate("CustomerOperations", "Export customer…")
        )
        self._export_button.setAccessibleName(
            QCoreApplication.translate("CustomerOperations", "Export all of the customer's data")
        )
        self._anonymise_button.setText(
            QCoreApplication.translate("CustomerOperations", "Anonymise customer…")
        )
        self._anonymise_button.setAccessibleName(
            QCoreApplication.translate("CustomerOperations", "Anonymise the customer")
        )
        self._last_frame.setAccessibleName(
            QCoreApplication.translate("CustomerOperations", "Last interaction")
        )
        self._model.retranslate()
        self._update_buttons()
        if self._model.journey is not None:
            self._update_last()
        self._show_message(self._message_key, self._message_text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for slot in (self._loads, self._user, self._work):
            slot.cancel()
        self._picker.popup.hide()
        super().closeEvent(event)
