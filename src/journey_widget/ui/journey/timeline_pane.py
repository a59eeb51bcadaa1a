"""The Timeline view of the journey page: the painted timeline over the day panel.

The timeline takes the height its deepest stack needs at the current zoom, no less than
``MIN_HEIGHT`` and no more than ``MAX_SHARE`` of the page (a deeper stack shows a "+N"
badge); the day panel below gets the rest and lists the interactions of the selected day.
The selected day starts as the newest day with interactions; a click on the timeline (an icon
or a day's column), moving the timeline's selection, or the panel's previous / next buttons
change it. Both read the same ``TimelineLayout``, so they show the same filtered interactions.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from journey_widget.model import Interaction
from journey_widget.ui.journey.day_panel import DayPanel
from journey_widget.ui.journey.timeline_view import TimelineView

MIN_HEIGHT = 150
MAX_SHARE = 0.45  # of the page's height
DAY_PANEL_MIN = 140  # the panel's header and at least one card
SPACING = 10


class TimelinePane(QWidget):
    """``timeline`` above ``day_panel``; re-emits a card's activation."""

    interaction_activated = Signal(object)  # Interaction: a card was clicked or Entered

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page_height = 0
        self.timeline = TimelineView(self)
        self.day_panel = DayPanel(self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.timeline.depth_changed.connect(self._fit)
        self.timeline.day_picked.connect(self.show_day)
        self.timeline.current_changed.connect(self.on_timeline_current_changed)
        self.day_panel.day_stepped.connect(self.on_day_stepped)
        self.day_panel.interaction_activated.connect(self.interaction_activated)

    # --- height -------------------------------------------------------------------------

    def set_page_height(self, height: int) -> None:
        """The page's height, which caps the timeline at ``MAX_SHARE`` of it."""
        if height != self._page_height:
            self._page_height = height
            self._fit()

    def timeline_bounds(self) -> tuple[int, int]:
        """(least, most) height the timeline may take now."""
        least = max(MIN_HEIGHT, self.timeline.minimumSizeHint().height())
        page = self._page_height or self.height()
        most = min(round(page * MAX_SHARE), self.height() - DAY_PANEL_MIN)
        return least, max(least, most)

    def _fit(self) -> None:
        """Place the two by hand: a layout would not hear of a height set while it lays out."""
        least, most = self.timeline_bounds()
        height = min(max(self.timeline.preferred_height(), least), most)
        width = self.width()
        self.timeline.setGeometry(0, 0, width, height)
        below = height + SPACING
        self.day_panel.setGeometry(0, below, width, max(0, self.height() - below))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        width = max(self.timeline.minimumSizeHint().width(), 200)
        return QSize(width, MIN_HEIGHT + SPACING + DAY_PANEL_MIN)

    def sizeHint(self) -> QSize:
        hint = self.timeline.preferred_height() + SPACING + self.day_panel.sizeHint().height()
        return QSize(self.timeline.sizeHint().width(), hint)

    # --- the selected day ---------------------------------------------------------------

    @property
    def day(self) -> date | None:
        return self.day_panel.day

    def refresh_day(self, *, keep: bool = True) -> None:
        """After new interactions or a new filter: keep the day if it still has some."""
        layout = self.timeline.layout_model
        day = self.day_panel.day
        if keep and day is not None:
            lo, hi = layout.day_bounds(day)
            if hi > lo:
                self.show_day(day)
                return
        self.show_newest_day()

    def show_newest_day(self) -> None:
        layout = self.timeline.layout_model
        self.show_day(layout.local_day(len(layout) - 1) if len(layout) else None)

    def show_day(self, day: date | None) -> None:
        layout = self.timeline.layout_model
        if day is None:
            self.day_panel.show_day(None, ())
            self.timeline.set_selected_day(None)
            return
        lo, hi = layout.day_bounds(day)
        self.day_panel.show_day(
            day, layout.items[lo:hi], has_previous=lo > 0, has_next=hi < len(layout)
        )
        self.timeline.set_selected_day(day)
        current = self.timeline.current_interaction()
        if current is not None:
            self.day_panel.select(current)

    def add_interaction(self, interaction: Interaction) -> None:
        """A live event already added to the timeline: the panel takes it if it is that day."""
        layout = self.timeline.layout_model
        if self.day_panel.day is None:
            self.show_newest_day()
            return
        index = layout.index_of(interaction)
        if index is not None and layout.local_day(index) == self.day_panel.day:
            self.day_panel.add_interaction(interaction)
        lo, hi = layout.day_bounds(self.day_panel.day)
        self.day_panel.set_steps(lo > 0, hi < len(layout))

    def select(self, interaction: Interaction) -> None:
        """Show the day of ``interaction`` and mark its card (the pop-up moved to it)."""
        layout = self.timeline.layout_model
        index = layout.index_of(interaction)
        if index is None:
            return
        day = layout.local_day(index)
        if day != self.day_panel.day:
            self.show_day(day)
        self.day_panel.select(interaction)

    # --- slots ---------------------------------------------------------------------------

    def on_timeline_current_changed(self, interaction: Interaction | None) -> None:
        if interaction is not None:
            self.select(interaction)

    def on_day_stepped(self, step: int) -> None:
        layout = self.timeline.layout_model
        if self.day_panel.day is None or not len(layout):
            return
        lo, hi = layout.day_bounds(self.day_panel.day)
        target = lo - 1 if step < 0 else hi
        if 0 <= target < len(layout):
            self.show_day(layout.local_day(target))
            self.timeline.reveal(layout.items[target])
