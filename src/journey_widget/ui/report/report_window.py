"""The supervisor's "Conversation report" window (SPEC C1-C10).

Find a customer by typing (live suggestions), choose a period, pick a conversation from the
history and read it in depth; print it or save it as PDF. All loading is awaited on the
qasync loop in one ``TaskSlot``: a newer request (another customer, another period, Refresh)
cancels the older one, a stale answer is dropped, and closing the window cancels what runs.
The window is a child of the main window (``Qt.Window``) that deletes itself when closed.
The customer's last interaction stays marked in the history whatever period is shown (D2).
The timeline's view mode is remembered in the settings file. Narrow (docked) the history sits
above the conversation; wide, beside.
Print and PDF are ``report_printing.ReportPrinting``.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta, tzinfo
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journey_widget.model import Journey, display_identifier
from journey_widget.model.date_ranges import DatePreset, DateRange
from journey_widget.service.lookup import JourneyService, SourceError
from journey_widget.service.report_loading import Loaded, find_customer, load_customer, load_period
from journey_widget.settings import SettingsFile
from journey_widget.ui.lifetime.task_slot import TaskSlot
from journey_widget.ui.lifetime.window_owner import hold_top_level
from journey_widget.ui.report.conversation_pane import ConversationPane
from journey_widget.ui.report.date_range_bar import DateRangeBar
from journey_widget.ui.report.history_model import HistoryModel
from journey_widget.ui.report.history_view import HistoryView
from journey_widget.ui.report.report_printing import ReportPrinting
from journey_widget.ui.report.report_status import status_text
from journey_widget.ui.report.search_box import CustomerSearch
from journey_widget.ui.report.view_mode_setting import remember_mode, remembered_mode

log = logging.getLogger(__name__)

WIDE = 760  # from this width on, history and conversation sit side by side
DEFAULT_SIZE = (1100, 760)


class ReportWindow(ReportPrinting, QWidget):
    customer_shown = Signal(object)  # Journey of the listed conversations
    conversation_shown = Signal(object)  # Interaction | None
    error_shown = Signal(str)
    pdf_written = Signal(str)  # path
    closed = Signal()

    def __init__(
        self,
        service: JourneyService | None = None,
        *,
        settings: SettingsFile | None = None,
        parent: QWidget | None = None,
        clock=lambda: datetime.now(UTC),
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # Owned by its parent (the main window); closing it deletes it, between two events.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        hold_top_level(self)  # without a parent (tests): held until that delete
        self._service = service
        self._settings_file = settings
        self._loads = TaskSlot(self, self.on_loaded, self.on_load_failed, name="Report load")
        self._customer_id: str | None = None
        self._journey: Journey | None = None
        self._last_id: str | None = None
        self._keep_selection: str | None = None
        self._search = CustomerSearch(self)
        self._customer = QLabel(self)
        self._range = DateRangeBar(self, clock=clock, tz=tz)
        self._status = QLabel(self)
        self._retry = QPushButton(self)
        self._history = HistoryView(self)
        self._model = self._history.model
        self._pane = ConversationPane(self, clock=clock)
        self._scroll = QScrollArea(self)
        self._splitter = QSplitter(self)
        self._print = QPushButton(self)
        self._pdf = QPushButton(self)
        self._preview: QPrintPreviewDialog | None = None
        self._retry_call = None
        self._build()
        self._connect_signals()
        self._pane.set_mode(remembered_mode(self._settings_file))
        self._search.set_service(service)
        self.retranslate_ui()
        self._show_status("idle")

    def _build(self) -> None:
        self.resize(*DEFAULT_SIZE)
        self.setMinimumWidth(360)
        font = QFont(self._customer.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._customer.setFont(font)
        self._customer.setWordWrap(True)
        self._customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status.setWordWrap(True)
        for label in (self._customer, self._status):  # source data and typed text: never markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._retry.setVisible(False)
        self._scroll.setWidget(self._pane)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._splitter.addWidget(self._history)
        self._splitter.addWidget(self._scroll)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._print)
        buttons.addWidget(self._pdf)
        status = QHBoxLayout()
        status.addWidget(self._status, 1)
        status.addWidget(self._retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self._search)
        layout.addWidget(self._customer)
        layout.addWidget(self._range)
        layout.addLayout(status)
        layout.addWidget(self._splitter, 1)
        layout.addLayout(buttons)
        self._apply_orientation()
        self._set_printable(False)

    def _connect_signals(self) -> None:
        self._search.customer_picked.connect(self.on_customer_picked)
        self._range.range_changed.connect(self.on_range_changed)
        selection = self._history.list.selectionModel()
        selection.currentChanged.connect(self.on_current_changed)
        selection.selectionChanged.connect(self.on_selection_changed)
        self._pane.mode_changed.connect(self.on_mode_changed)
        self._pane.refresh_requested.connect(self.on_refresh)
        self._print.clicked.connect(self.on_print)
        self._pdf.clicked.connect(self.on_save_pdf)
        self._retry.clicked.connect(self.on_retry)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conversation report"))
        self._scroll.setAccessibleName(self.tr("Selected conversation"))
        self._print.setText(self.tr("&Print…"))
        self._print.setAccessibleDescription(self.tr("Print the report, with a preview"))
        self._pdf.setText(self.tr("Save as P&DF…"))
        self._pdf.setAccessibleDescription(self.tr("Save the report as a PDF file"))
        self._retry.setText(self.tr("&Retry"))
        self._show_customer()
        self._show_status(*self._status_state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_orientation()

    # --- what others use -------------------------------------------------------------------

    @property
    def service(self) -> JourneyService | None:
        return self._service

    def set_service(self, service: JourneyService | None) -> None:
        """Use this service from now on (the app reconnected); running loads end."""
        self._loads.cancel()
        self._service = service
        self._search.set_service(service)

    @property
    def search(self) -> CustomerSearch:
        return self._search

    @property
    def range_bar(self) -> DateRangeBar:
        return self._range

    @property
    def history(self) -> QListView:
        return self._history.list

    @property
    def history_model(self) -> HistoryModel:
        return self._model

    @property
    def pane(self) -> ConversationPane:
        return self._pane

    @property
    def status_text(self) -> str:
        return self._status.text()

    @property
    def print_button(self) -> QPushButton:
        return self._print

    @property
    def pdf_button(self) -> QPushButton:
        return self._pdf

    def open_customer(self, customer_id: str, *, keep: str | None = None) -> asyncio.Task | None:
        """Load a customer's conversations in the chosen period; ``keep`` reselects one."""
        if self._service is None:
            return None
        self._customer_id = customer_id
        self._keep_selection = keep
        self._retry_call = lambda: self.open_customer(customer_id, keep=keep)
        self._show_status("busy")
        work = load_customer(self._service, customer_id, self._range.date_range)
        return self._loads.run(work)

    def open_query(self, text: str) -> asyncio.Task | None:
        """Open the customer a number, address or customer id names (``--view report``)."""
        if self._service is None or not text.strip():
            return None
        self._show_status("busy")
        found = partial(self.on_found, text.strip())
        return self._loads.run(
            find_customer(self._service, text.strip()), on_result=found, on_error=found
        )

    def on_found(self, text: str, customer_id: str | Exception | None) -> None:
        """The customer ``text`` names (an error counts as nobody: it is said as no match)."""
        if customer_id is None or isinstance(customer_id, Exception):
            self._show_status("no_match", text)
            self.error_shown.emit(self._status.text())
        else:
            self.open_customer(customer_id)

    def select_conversation(self, interaction_id: str) -> bool:
        row = self._model.row_of(interaction_id)
        if row is None:
            return False
        self._history.select(row)
        return True

    # --- loading ---------------------------------------------------------------------------

    def on_load_failed(self, error: Exception) -> None:
        if not isinstance(error, SourceError):
            log.error("Loading the report failed", exc_info=error)
        self._show_status("error", str(error) if isinstance(error, SourceError) else "")
        self.error_shown.emit(self._status.text())

    def on_loaded(self, loaded: Loaded) -> None:
        if loaded.journey is None or loaded.listed is None:
            self._journey = None
            self._model.set_conversations(())
            self._pane.set_conversation(None)
            self._show_customer()
            self._set_printable(False)
            self._show_status("unknown")
            self.error_shown.emit(self._status.text())
            return
        self._journey = loaded.listed
        self._last_id = loaded.last_id
        keep = self._keep_selection or (
            self._pane.interaction.id if self._pane.interaction is not None else None
        )
        self._model.set_conversations(loaded.listed.interactions, loaded.last_id)
        self._show_customer()
        count = self._model.rowCount()
        self._show_status("listed" if count else "empty", str(count))
        self._set_printable(True)
        if not (keep and self.select_conversation(keep)):
            if count:
                self._history.select(0)
            else:
                self._pane.set_conversation(None)
                self.conversation_shown.emit(None)
        self._keep_selection = None
        self.customer_shown.emit(loaded.listed)

    # --- slots -----------------------------------------------------------------------------

    def on_customer_picked(self, customer_id: str) -> None:
        self._pane.set_conversation(None)
        self.open_customer(customer_id)

    def on_range_changed(self, _preset: DatePreset, date_range: DateRange | None) -> None:
        if self._customer_id is None or self._service is None or self._journey is None:
            return
        customer_id = self._customer_id
        self._retry_call = lambda: self.on_range_changed(_preset, date_range)
        self._show_status("busy")
        work = load_period(self._service, customer_id, date_range, self._journey, self._last_id)
        self._loads.run(work)

    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        interaction = self._model.interaction_at(current.row()) if current.isValid() else None
        self._pane.set_conversation(interaction, self._scale())
        self.conversation_shown.emit(interaction)

    def on_selection_changed(self, *_args) -> None:
        """Comparing conversations: the longest selected one sets the scale (SPEC C4)."""
        if self._pane.interaction is not None:
            self._pane.set_scale(self._scale())

    def on_mode_changed(self, mode: str) -> None:
        remember_mode(self._settings_file, mode)

    def on_refresh(self) -> None:
        """C9: details of a young conversation arrive later; load it again, keep it selected."""
        if self._customer_id is not None:
            keep = self._pane.interaction.id if self._pane.interaction is not None else None
            self.open_customer(self._customer_id, keep=keep)

    def on_retry(self) -> None:
        if self._retry_call is not None:
            self._retry_call()

    # --- internals -------------------------------------------------------------------------

    def _scale(self) -> timedelta:
        return self._history.selection_scale()

    def _apply_orientation(self) -> None:
        wide = self.width() >= WIDE
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._splitter.orientation() != wanted or not self.isVisible():
            self._splitter.setOrientation(wanted)
            if wide:
                self._splitter.setSizes([360, max(400, self.width() - 380)])
            else:
                self._splitter.setSizes([230, max(300, self.height() - 420)])

    def _show_customer(self) -> None:
        if self._journey is None:
            self._customer.setVisible(False)
            return
        customer = self._journey.customer
        ids = ", ".join(display_identifier(i.value) for i in customer.identifiers[:3])
        name = customer.name or customer.id
        self._customer.setText(f"{name} · {ids}" if ids else name)
        self._customer.setVisible(True)

    _status_state: tuple[str, ...] = ("idle",)

    def _show_status(self, key: str, *args: str) -> None:
        self._status_state = (key, *args)
        if key == "listed":
            count = int(args[0])
            text = self.tr(
                "%Ln conversations. Select several to compare them at one scale.", "", count
            )
        else:
            text = status_text(key, *args)
        self._status.setText(text)
        self._retry.setVisible(key == "error")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._loads.cancel()
        self._search.popup.hide()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
