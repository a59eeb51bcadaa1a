"""One customer's journey: header, filters, Timeline | Grid, and the detail pop-up.

The Timeline view is a ``TimelinePane``: the painted timeline over the day panel, which lists
the selected day's interactions as cards (a card opens the same detail pop-up).

Under the header a section bar switches between the interactions and the customer's tickets
(SPEC F3, F4; hidden when there are none). The tickets' Session scope follows the interaction
selected here. Cards and grid rows have the H3 context menu (call back, copy the number, open
the case), the detail pop-up the same actions as buttons; their sentences show under the bar.

Both views show the same filtered interactions (``model.filters.apply_filter``), so switching
keeps the filter and the selection. Campaign, channel, text and a shorter period filter in
memory; a period reaching further back than what was loaded asks the window to load again
(``period_requested``), and the filter is kept for the reloaded journey of the same customer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from journey_widget.model import Interaction, Journey, TicketStatus
from journey_widget.model.filters import (
    DEFAULT_PERIOD_MONTHS,
    PERIODS_MONTHS,
    JourneyFilter,
    apply_filter,
    campaigns_of,
    categories_of,
    channels_of,
    lead_statuses_of,
    needs_reload,
    period_start,
)
from journey_widget.ui.common.formatting import format_datetime, outcome_text
from journey_widget.ui.common.interaction_words import SEPARATOR
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.common.labels import channel_labels
from journey_widget.ui.common.state_panel import StatePanel
from journey_widget.ui.detail.popup import DetailPopup
from journey_widget.ui.journey.customer_header import CustomerHeader
from journey_widget.ui.journey.filter_bar import FilterBar
from journey_widget.ui.journey.history_actions import HistoryActions
from journey_widget.ui.journey.interaction_table import InteractionTableModel
from journey_widget.ui.journey.interaction_view import InteractionTableView
from journey_widget.ui.journey.reading_place import ReadingPlace
from journey_widget.ui.journey.sections import HistoryContextMenus, SectionBar, SectionKind
from journey_widget.ui.journey.timeline_pane import TimelinePane
from journey_widget.ui.journey.view_bar import JourneyViewKind, ViewBar
from journey_widget.ui.tickets.view import TicketsView

_DONE = (TicketStatus.RESOLVED, TicketStatus.CLOSED)
NOTE_SHOWN_MS = 10_000  # how long "Calling +49 …" / "Copied …" stays under the section bar


class JourneyPage(QWidget):
    """Shows a journey; ``show_journey`` fills it, the controls narrow it."""

    period_requested = Signal(object)  # int | None: load this many months, then show again
    view_switched = Signal(str)  # JourneyViewKind value, after the user picked it
    interaction_opened = Signal(object)  # Interaction shown in the detail pop-up

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journey: Journey | None = None
        self._loaded_months: int | None = DEFAULT_PERIOD_MONTHS
        self._filter = JourneyFilter()
        self._shown: tuple[Interaction, ...] = ()
        self._view = JourneyViewKind.TIMELINE
        self.header = CustomerHeader(self)
        self.filter_bar = FilterBar(self)
        self.view_bar = ViewBar(self)
        self._content = QStackedWidget(self)
        self.pane = TimelinePane(self._content)
        self.timeline = self.pane.timeline
        self.day_panel = self.pane.day_panel
        self.model = InteractionTableModel(self)
        self.table = InteractionTableView(self._content)
        self.empty = StatePanel(self._content)
        self.popup = DetailPopup(self)
        self.actions = HistoryActions(self)
        self.sections = SectionBar(self)
        self.tickets = TicketsView(self)
        self._interactions_box = QWidget(self)
        self._sections_stack = QStackedWidget(self)
        self._note = QLabel(self)
        self._note_timer = QTimer(self)
        self._menus = HistoryContextMenus(self.actions, ItemRole.INTERACTION, self)
        self._build()
        self._connect_signals()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(self.tr("Interactions"))
        self.table.setAccessibleDescription(
            self.tr("Click a column header to sort; Enter opens the selected interaction")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _build(self) -> None:
        self.table.setModel(self.model)
        for widget in (self.pane, self.table, self.empty):
            self._content.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.sections)
        layout.addWidget(self._note)
        layout.addWidget(self._sections_stack, 1)
        self._build_sections()
        self.view_bar.show_view(self._view)
        self.view_bar.show_zoom(self.timeline.zoom)

    def _connect_signals(self) -> None:
        self.header.campaign_picked.connect(self.filter_bar.pick_campaign)
        self.filter_bar.filter_applied.connect(self.on_filter_applied)
        self.view_bar.view_picked.connect(self.on_view_picked)
        self.view_bar.zoom_picked.connect(self.timeline.set_zoom)
        self.timeline.zoom_changed.connect(self.view_bar.show_zoom)
        self.timeline.interaction_activated.connect(self.open_detail)
        self.timeline.current_changed.connect(self.on_current_changed)
        self.table.interaction_activated.connect(self.open_detail)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_row_changed)
        self.popup.navigated.connect(self.on_popup_navigated)
        self.pane.interaction_activated.connect(self.on_card_activated)
        self.sections.section_picked.connect(self.on_section_picked)
        self.actions.case_requested.connect(self.on_case_requested)
        self.actions.feedback.connect(self.on_action_feedback)

    def _build_sections(self) -> None:
        """Interactions (filters, view bar, views) and Tickets, one shown at a time."""
        box = QVBoxLayout(self._interactions_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(self.filter_bar)
        box.addWidget(self.view_bar)
        box.addWidget(self._content, 1)
        self._sections_stack.addWidget(self._interactions_box)
        self._sections_stack.addWidget(self.tickets)
        self.sections.hide()
        self._note.setWordWrap(True)
        self._note.setTextFormat(Qt.TextFormat.PlainText)
        self._note.hide()
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SHOWN_MS)
        self._note_timer.timeout.connect(self._note.hide)
        self.popup.set_actions(self.actions)
        self._menus.install(self.day_panel.list)
        self._menus.install(self.table)

    # --- content ------------------------------------------------------------------------

    @property
    def view(self) -> JourneyViewKind:
        return self._view

    @property
    def journey_filter(self) -> JourneyFilter:
        return self._filter

    @property
    def shown(self) -> tuple[Interaction, ...]:
        """The interactions both views show now (filtered), in the journey's order."""
        return self._shown

    def show_journey(
        self, journey: Journey, since: datetime | None, loaded_months: int | None
    ) -> None:
        """Show a journey loaded for ``loaded_months``; the same customer keeps the filter."""
        same_customer = self._journey is not None and (
            self._journey.customer.id == journey.customer.id
        )
        # Fresh data for the customer shown (Refresh, the back end after the saved copy):
        # the agent keeps the selection, the scroll positions and the open pop-up.
        place = self._reading_place() if same_customer else None
        self._journey, self._loaded_months = journey, loaded_months
        if not same_customer:
            period = loaded_months if loaded_months in PERIODS_MONTHS else None
            self._filter = JourneyFilter(period_months=period)
            self.popup.hide()
        self.header.set_journey(journey, since)
        self.filter_bar.set_choices(
            campaigns_of(journey.interactions, journey.customer.campaigns),
            channels_of(journey.interactions),
            categories_of(journey.interactions),
            lead_statuses_of(journey.interactions),
        )
        self.filter_bar.show_filter(self._filter)
        self.actions.set_customer(journey.customer)
        self._show_tickets(journey, same_customer)
        self._apply(keep_day=same_customer)
        if place is not None:
            place.restore(
                self._shown,
                timeline=self.timeline,
                table=self.table,
                model=self.model,
                popup=self.popup,
                select=self._select,
                same_day=self._same_day,
            )

    def add_interaction(self, interaction: Interaction) -> None:
        """A live event for the customer shown: both views take it without a reload."""
        if self._journey is None:
            return
        self._journey = replace(
            self._journey, interactions=(*self._journey.interactions, interaction)
        )
        if apply_filter((interaction,), self._filter, datetime.now(UTC), describe=outcome_text):
            self._shown = (*self._shown, interaction)
            self.timeline.add_interaction(interaction)
            self.pane.add_interaction(interaction)
            self.model.add_interaction(interaction)
            self._show_content()

    def set_view(self, view: JourneyViewKind | str) -> None:
        """Show the timeline or the grid, with the same filter and selection."""
        view = JourneyViewKind(view)
        current = self.current_interaction()
        self._view = view
        self.view_bar.show_view(view)
        self._show_content()
        if current is not None:
            self._select(current)

    def current_interaction(self) -> Interaction | None:
        if self._view is JourneyViewKind.TIMELINE:
            return self.timeline.current_interaction()
        index = self.table.currentIndex()
        value = index.data(ItemRole.INTERACTION) if index.isValid() else None
        return value if isinstance(value, Interaction) else None

    def open_detail(self, interaction: Interaction) -> None:
        """The detail pop-up for this interaction, paging within its date."""
        self.tickets.set_session(interaction.id)
        self.popup.show_interaction(interaction, self._same_day(interaction))
        if not self.popup.isVisible():
            self.popup.show()
        self.popup.raise_()
        self.interaction_opened.emit(interaction)

    # --- slots ---------------------------------------------------------------------------

    def on_filter_applied(self, journey_filter: JourneyFilter) -> None:
        self._filter = journey_filter
        if needs_reload(journey_filter.period_months, self._loaded_months):
            self.period_requested.emit(journey_filter.period_months)
            return
        self._apply()

    def on_view_picked(self, view: str) -> None:
        self.set_view(view)
        self.view_switched.emit(view)

    def on_current_changed(self, interaction: Interaction | None) -> None:
        if interaction is not None:
            self.tickets.set_session(interaction.id)
        if interaction is not None and self.popup.isVisible():
            self.popup.show_interaction(interaction, self._same_day(interaction))

    def on_table_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(ItemRole.INTERACTION) if current.isValid() else None
        if isinstance(value, Interaction):
            self.on_current_changed(value)

    def on_popup_navigated(self, interaction: Interaction) -> None:
        self._select(interaction)

    def on_card_activated(self, interaction: Interaction) -> None:
        self._select(interaction)
        self.open_detail(interaction)

    def show_section(self, section: SectionKind | str) -> None:
        """Interactions or Tickets, as if the agent had picked the tab."""
        section = SectionKind(section)
        self.sections.show_section(section)
        self.on_section_picked(section.value)

    def on_section_picked(self, section: str) -> None:
        tickets = section == SectionKind.TICKETS.value
        self._sections_stack.setCurrentWidget(self.tickets if tickets else self._interactions_box)
        self._note.hide()

    def on_case_requested(self, interaction: Interaction) -> None:
        """H3 "open the case": the pop-up on its Case tab."""
        self._select(interaction)
        self.open_detail(interaction)
        self.popup.show_case()

    def on_action_feedback(self, text: str, _problem: bool) -> None:
        self._note.setText(text)
        self._note.setAccessibleName(text)
        self._note.show()
        self._note_timer.start()  # a sentence about an action, not a state: it goes again

    def note_text(self) -> str:
        return self._note.text() if not self._note.isHidden() else ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.pane.set_page_height(event.size().height())
        super().resizeEvent(event)

    # --- helpers -------------------------------------------------------------------------

    def _apply(self, *, keep_day: bool = True) -> None:
        journey = self._journey
        if journey is None:
            return
        now = datetime.now(UTC)
        self._shown = apply_filter(journey.interactions, self._filter, now, describe=outcome_text)
        since = period_start(self._filter.period_months, now)
        self.timeline.set_interactions(self._shown, since=since)
        self.pane.refresh_day(keep=keep_day)
        self.model.set_interactions(self._shown)
        self._show_content()

    def _show_tickets(self, journey: Journey, same_customer: bool) -> None:
        """The customer's tickets; the section bar only when there are any."""
        wanted = {t.interaction_id for t in journey.tickets if t.interaction_id}
        channels = channel_labels()  # once, not per ticket: each call translates them all
        sessions = {}
        for session in journey.interactions if wanted else ():
            if session.id in wanted:
                when = format_datetime(session.started_at)
                sessions[session.id] = SEPARATOR.join((channels[session.channel], when))
        self.tickets.set_tickets(journey.tickets, sessions)
        still_open = sum(1 for t in journey.tickets if t.status not in _DONE)
        self.sections.set_ticket_counts(len(journey.tickets), still_open)
        self.sections.setVisible(bool(journey.tickets))
        if not same_customer:
            self._note.hide()
            running = (i for i in journey.interactions if i.live)
            live = max(running, key=lambda i: i.started_at, default=None)
            self.tickets.set_session(live.id if live is not None else None)
        if not journey.tickets or not same_customer:
            self.show_section(SectionKind.INTERACTIONS)

    def _show_content(self) -> None:
        total = len(self._journey.interactions) if self._journey else 0
        self.view_bar.show_count(len(self._shown), total)
        if self._shown:
            widget = self.pane if self._view is JourneyViewKind.TIMELINE else self.table
            self._content.setCurrentWidget(widget)
            return
        # Functions, not strings: the panel says it again in a newly chosen language.
        if self._filter.is_narrowed:
            self.empty.show_message(
                lambda: self.tr("No interactions match the filter"),
                lambda: self.tr("Choose “All” or clear the text to see more."),
            )
        elif self._filter.period_months is None:
            self.empty.show_message(lambda: self.tr("No interactions yet"))
        else:
            months = self._filter.period_months
            self.empty.show_message(
                lambda: self.tr("No interactions in the last %n months", "", months)
            )
        self._content.setCurrentWidget(self.empty)

    def _reading_place(self) -> ReadingPlace:
        return ReadingPlace.of(self.current_interaction(), self.timeline, self.table, self.popup)

    def _same_day(self, interaction: Interaction) -> Sequence[Interaction]:
        layout = self.timeline.layout_model
        index = layout.index_of(interaction)
        if index is None:
            return (interaction,)
        lo, hi = layout.day_bounds(layout.local_day(index))
        return layout.items[lo:hi]

    def _select(self, interaction: Interaction) -> None:
        """Select in both views without echoing back into the pop-up."""
        self.timeline.select(interaction, notify=False)
        self.pane.select(interaction)
        row = self.model.row_of(interaction)
        if row is not None:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            selection.blockSignals(False)
            self.table.viewport().update()
            self.table.scrollTo(self.model.index(row, 0))
