"""The horizontal timeline (SPEC A3): every interaction as an icon at its time, newest right.

Geometry comes from ``model.timeline_layout`` (Qt-free, bisected); this widget scrolls,
paints and answers the mouse and keyboard. Only the exposed rect is painted and only the
slots inside it are looked at, so 10,000 interactions cost what the visible ones cost.
Mouse and keyboard live in ``timeline_input`` (wheel, drag, arrows, zoom keys; a click or
Enter opens an interaction). A click also picks a day for the day panel below, whose column
is tinted. The view asks for the height its deepest stack needs at the current zoom
(``preferred_height``); the page decides how much of it to give. A live event added while the
agent reads older history does not move the view; a "N new" chip brings them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from journey_widget.model import Interaction
from journey_widget.model.timeline_layout import TimelineLayout, Zoom
from journey_widget.ui.common.interaction_words import describe, live_next_change, live_state
from journey_widget.ui.journey.timeline_input import TimelineInput
from journey_widget.ui.journey.timeline_painter import TimelineGeometry, TimelinePainter


def local_tz():
    return datetime.now().astimezone().tzinfo


class TimelineView(TimelineInput, QAbstractScrollArea):
    """Scrollable, zoomable timeline of interactions; emits what the user picks."""

    interaction_activated = Signal(object)  # Interaction: click, Enter
    current_changed = Signal(object)  # Interaction | None: the selection moved
    zoom_changed = Signal(str)  # Zoom value
    day_picked = Signal(object)  # date: a click on an icon or in a day's column
    depth_changed = Signal()  # the deepest stack changed: preferred_height() did

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._interactions: tuple[Interaction, ...] = ()
        self._since: datetime | None = None
        self._layout = TimelineLayout((), now=datetime.now(UTC), tz=local_tz())
        self._geometry = TimelineGeometry(self.fontMetrics())
        self._painter = TimelinePainter(self)
        self._current: int | None = None
        self._day: date | None = None
        self._depth = 0
        self._new_count = 0
        self._press: QPoint | None = None
        self._press_value = 0
        self._dragging = False
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.timeout.connect(self.on_live_timer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.viewport().setMouseTracking(False)
        self.horizontalScrollBar().valueChanged.connect(self.on_scrolled)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Names for assistive technology; the painted labels follow at the next paint."""
        self.setAccessibleName(self.tr("Timeline"))
        self.horizontalScrollBar().setAccessibleName(self.tr("Scroll through time"))
        self._describe_current()
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- content ------------------------------------------------------------------------

    @property
    def layout_model(self) -> TimelineLayout:
        return self._layout

    @property
    def zoom(self) -> Zoom:
        return self._layout.zoom

    def chip_text(self) -> str:
        """The "3 new" chip that brings the reader back to the newest edge."""
        return self.tr("%n new", "", self._new_count)

    @property
    def new_count(self) -> int:
        return self._new_count

    def set_interactions(
        self, interactions: Sequence[Interaction], *, since: datetime | None = None
    ) -> None:
        """Show these interactions, scrolled to the newest, nothing selected."""
        self._interactions, self._since = tuple(interactions), since
        self._rebuild(self.zoom)
        self._current = None
        self._describe_current()
        self._new_count = 0
        self._scroll_to_newest()
        self._schedule_live_timer()
        self.viewport().update()

    def add_interaction(self, interaction: Interaction) -> None:
        """A live event: insert it in place; the view stays where the user reads."""
        pinned = self._at_newest()
        self._interactions = (*self._interactions, interaction)
        if not self._layout.fits(interaction):
            self._rebuild(self.zoom)
        else:
            width_before = self._layout.content_width
            index = self._layout.add(interaction)
            if self._current is not None and index <= self._current:
                self._current += 1
            grown = self._layout.content_width - width_before
            self._update_range()
            if grown and not pinned:
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + grown)
            self._check_depth()
        if pinned:
            self._scroll_to_newest()
        else:
            self._new_count += 1
        self._schedule_live_timer()
        self.viewport().update()

    def set_zoom(self, zoom: Zoom | str) -> None:
        """Change the density, keeping the selected (or the centre) instant in place."""
        zoom = Zoom(zoom)
        if zoom is self.zoom:
            return
        anchor_vx = self.viewport().width() / 2
        if self._current is not None:
            anchor_vx = self._layout.x_of_index(self._current) - self._offset()
        anchor_ms = self._time_at(anchor_vx)
        pinned = self._at_newest()
        current = self.current_interaction()
        self._rebuild(zoom)
        self._current = None if current is None else self._layout.index_of(current)
        if pinned:
            self._scroll_to_newest()
        else:
            self.horizontalScrollBar().setValue(round(self._layout.x_of(anchor_ms) - anchor_vx))
        self.viewport().update()
        self.zoom_changed.emit(zoom.value)

    def current_interaction(self) -> Interaction | None:
        return None if self._current is None else self._layout.items[self._current]

    def select(self, interaction: Interaction | None, *, notify: bool = True) -> None:
        index = None if interaction is None else self._layout.index_of(interaction)
        self._set_current(index, notify=notify)

    def reveal(self, interaction: Interaction) -> None:
        """Scroll so that ``interaction`` is in view, without selecting it."""
        index = self._layout.index_of(interaction)
        if index is not None:
            self._ensure_visible(index)

    @property
    def selected_day(self) -> date | None:
        return self._day

    def set_selected_day(self, day: date | None) -> None:
        """Tint this day's column (the day the panel below lists); None: no tint."""
        if day != self._day:
            self._day = day
            self.viewport().update()

    def pick_day(self, day: date) -> None:
        """The user picked a day on the timeline: tint it and tell the page."""
        self.set_selected_day(day)
        self.day_picked.emit(day)

    def day_rect(self, day: date) -> QRect:
        """A day's column in viewport coordinates, down to the axis (tests click in it)."""
        left, right = self._layout.day_span(day)
        top = self._geometry.top()
        return QRect(round(left) - self._offset(), top, round(right - left), self._axis_y() - top)

    def preferred_height(self) -> int:
        """The height that shows the deepest stack of the current zoom without a "+N"."""
        bar = self.horizontalScrollBar().sizeHint().height()
        lanes = self._layout.deepest_stack()
        return self._geometry.height_for_lanes(lanes) + 2 * self.frameWidth() + bar

    def minimumSizeHint(self) -> QSize:
        bar = self.horizontalScrollBar().sizeHint().height()
        height = self._geometry.minimum_height() + 2 * self.frameWidth() + bar
        return QSize(super().minimumSizeHint().width(), height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.preferred_height())

    # --- hit-testing, next to painting ---------------------------------------------------

    def index_at(self, pos: QPoint) -> int | None:
        """The interaction under a viewport point; a "+N" badge counts as its first one."""
        hit = self._hit(pos)
        if hit is None:
            return None
        return hit.index if hit.index is not None else hit.lo

    def interaction_at(self, pos: QPoint) -> Interaction | None:
        index = self.index_at(pos)
        return None if index is None else self._layout.items[index]

    def icon_rect(self, interaction: Interaction) -> QRect | None:
        """Where an interaction's icon is painted, in viewport coordinates (None if hidden)."""
        index = self._layout.index_of(interaction)
        if index is None:
            return None
        lane = self._layout.lane_of(index)
        if lane >= self._max_lanes() - 1 and self._layout.slot_size(index) > self._max_lanes():
            return None
        rect = self._geometry.icon_rect(self._layout.x_of_index(index), lane, self._axis_y())
        return rect.translated(-self._offset(), 0).toAlignedRect()

    def new_chip_rect(self) -> QRect:
        text = self.chip_text()
        return self._geometry.chip_rect(self.viewport().width(), text).toAlignedRect()

    def _hit(self, pos: QPoint):
        x = pos.x() + self._offset()
        lane = self._geometry.lane_at(pos.y(), self._axis_y())
        if lane is None or abs(x - self._layout.slot_x(self._layout.slot_at(x))) > (
            self._geometry.icon / 2 + 3
        ):
            return None
        return self._layout.hit(x, lane, self._max_lanes())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self._painter.paint(
                painter,
                event.rect(),
                layout=self._layout,
                geometry=self._geometry,
                height=self.viewport().height(),
                offset=self._offset(),
                max_lanes=self._max_lanes(),
                current=self._current,
                focused=self.hasFocus(),
                chip=self.chip_text() if self._new_count else "",
                now=datetime.now(UTC),
                day_span=None if self._day is None else self._layout.day_span(self._day),
            )
        finally:
            painter.end()

    def _tooltip_at(self, pos: QPoint) -> str:
        if self._new_count and self.new_chip_rect().contains(pos):
            return self.tr("Show the newest interactions")
        hit = self._hit(pos)
        if hit is None:
            return ""
        if hit.index is None:
            return self.tr("%Ln more here; click to zoom in", "", hit.hi - hit.lo)
        interaction = self._layout.items[hit.index]
        return describe(interaction, live_state(interaction, datetime.now(UTC)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        pinned = self._at_newest()
        super().resizeEvent(event)
        self._update_range()
        if pinned:
            self._scroll_to_newest()

    # --- slots ---------------------------------------------------------------------------

    def on_scrolled(self, _value: int) -> None:
        if self._new_count and self._at_newest():
            self._new_count = 0
        self.viewport().update()

    def on_live_timer(self) -> None:
        self.viewport().update()
        self._schedule_live_timer()

    # --- helpers -------------------------------------------------------------------------

    def _rebuild(self, zoom: Zoom) -> None:
        self._layout = TimelineLayout(
            self._interactions, now=datetime.now(UTC), tz=local_tz(), zoom=zoom, since=self._since
        )
        self._update_range()
        self._check_depth()

    def _check_depth(self) -> None:
        depth = self._layout.deepest_stack()
        if depth != self._depth:
            self._depth = depth
            self.updateGeometry()
            self.depth_changed.emit()

    def _update_range(self) -> None:
        bar = self.horizontalScrollBar()
        width = self.viewport().width()
        bar.setRange(0, max(0, self._layout.content_width - width))
        bar.setPageStep(max(1, width - self._layout.pitch * 2))
        bar.setSingleStep(self._layout.pitch)

    def _offset(self) -> int:
        """The content x at the viewport's left edge (negative: content narrower, kept right)."""
        spare = self._layout.content_width - self.viewport().width()
        return self.horizontalScrollBar().value() if spare > 0 else spare

    def _time_at(self, vx: float) -> float:
        layout = self._layout
        x = vx + self._offset()
        return layout.origin_ms - (layout.content_width - x) * layout.zoom.slot_ms / layout.pitch

    def _at_newest(self) -> bool:
        bar = self.horizontalScrollBar()
        return bar.value() >= bar.maximum()

    def _scroll_to_newest(self) -> None:
        self._update_range()
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().maximum())
        self._new_count = 0
        self.viewport().update()

    def _axis_y(self) -> int:
        return self._geometry.axis_y(self.viewport().height())

    def _max_lanes(self) -> int:
        return self._geometry.max_lanes(self.viewport().height())

    def _set_current(self, index: int | None, *, notify: bool = True) -> None:
        if index == self._current:
            return
        self._current = index
        if index is not None:
            self._ensure_visible(index)
        self._describe_current(announce=True)
        self.viewport().update()
        if notify:
            self.current_changed.emit(self.current_interaction())

    def _ensure_visible(self, index: int) -> None:
        x = self._layout.x_of_index(index) - self._offset()
        margin = self._layout.pitch
        bar = self.horizontalScrollBar()
        if x < margin:
            bar.setValue(bar.value() + round(x - margin))
        elif x > self.viewport().width() - margin:
            bar.setValue(bar.value() + round(x - self.viewport().width() + margin))

    def _schedule_live_timer(self) -> None:
        now = datetime.now(UTC)
        changes = [
            change
            for i in self._interactions
            if i.live and (change := live_next_change(i, now)) is not None
        ]
        if changes:
            delay = (min(changes) - now).total_seconds()
            self._live_timer.start(max(50, round(delay * 1000) + 50))
        else:
            self._live_timer.stop()
