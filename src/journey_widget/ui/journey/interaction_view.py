"""The grid (SPEC A4, A10): a sortable table that stays readable from 360 px to full screen.

Columns a source never fills are hidden. When the window is narrower than all remaining
columns need, the least important ones give way (date, channel and outcome always stay), so
the docked widget shows a clean three- or four-column list instead of a sideways-scrolling
spreadsheet; widening the window brings the others back.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from journey_widget.model import Interaction
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.journey.interaction_table import Column

# Which columns give way first when space runs out: the last of this list goes first.
COLUMN_PRIORITY: tuple[Column, ...] = (
    Column.DATE,
    Column.CHANNEL,
    Column.OUTCOME,
    Column.DIRECTION,
    Column.AGENT,
    Column.DURATION,
    Column.CAMPAIGN,
    Column.COMMENTS,
    Column.CONTACT,
    Column.CURRENT_SCORE,
    Column.PREVIOUS_SCORE,
)
ALWAYS_SHOWN = frozenset({Column.DATE, Column.CHANNEL, Column.OUTCOME})
# Long free text must not claim the whole width when measuring what fits; comments are cut
# shorter still, since the last column stretches into whatever room is left.
MAX_MEASURED_WIDTH = 280
MAX_COMMENTS_WIDTH = 200
# Rows sampled when sizing columns to their contents: enough for a fair width, cheap for 10k.
RESIZE_PRECISION = 200
# Channel icons (with their direction arrow) need a little more than the default 16 px.
ICON_SIZE = 22
# The narrowest the last column gets when squeezed into a docked window.
MIN_SQUEEZED_WIDTH = 64


class InteractionTableView(QTableView):
    """A read-only, row-selecting table over an ``InteractionTableModel``."""

    interaction_activated = Signal(object)  # Interaction: double-click or Enter on a row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._natural_widths: dict[Column, int] = {}
        self._measure_pending = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSortingEnabled(True)
        self.setTabKeyNavigation(False)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(self.fontMetrics().height() + 10, ICON_SIZE + 4))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.activated.connect(self.on_activated)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            old.modelReset.disconnect(self.on_model_reset)
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.on_model_reset)
            self.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
            self.on_model_reset()

    def visible_columns(self) -> list[Column]:
        """The columns shown now, in model order (tests and the screenshot check use this)."""
        return [c for c in Column if not self.isColumnHidden(c)]

    def on_model_reset(self) -> None:
        """Measure the new rows once; later resizes reuse the measurement.

        While the grid is hidden (the timeline is shown) measuring waits for ``showEvent``:
        it is the costly part of a reset, and a hidden grid needs no widths.
        """
        if self._measure() and self.model().rowCount() > 0:
            self.scrollToTop()

    def _measure(self) -> bool:
        """Natural column widths of the rows shown; False while hidden (measured on show)."""
        model = self.model()
        self._natural_widths.clear()
        if model is None:
            return False
        if self.parentWidget() is not None and not self.isVisible():
            self._measure_pending = True
            return False
        self._measure_pending = False
        for column in Column:
            self.setColumnHidden(column, False)
            self.resizeColumnToContents(column)
            limit = MAX_COMMENTS_WIDTH if column is Column.COMMENTS else MAX_MEASURED_WIDTH
            self._natural_widths[column] = min(self.columnWidth(column), limit)
        self._fit_columns()
        return True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            model = self.model()
            if model is not None and hasattr(model, "retranslate"):
                model.retranslate()
            self._measure()  # German words are longer: widths follow, rows stay in place

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._measure_pending:
            self.on_model_reset()
            # The viewport gets its final width once the layout has run: fit again then.
            QTimer.singleShot(0, self._fit_columns)

    def on_activated(self, index: QModelIndex) -> None:
        interaction = index.data(ItemRole.INTERACTION)
        if isinstance(interaction, Interaction):
            self.interaction_activated.emit(interaction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Show the most important filled columns that fit the viewport's width.

        When even the always-shown columns are too wide, the columns after the date give up
        width in proportion to what they have (eliding their text), so a docked window needs
        no sideways scrolling.
        """
        model = self.model()
        if model is None or not self._natural_widths:
            return
        has_data = getattr(model, "column_has_data", lambda _column: True)
        available = self._available_width()
        used = 0
        shown: set[Column] = set()
        for column in COLUMN_PRIORITY:
            if not has_data(column) and column not in ALWAYS_SHOWN:
                continue
            width = self._natural_widths.get(column, 0)
            if column in ALWAYS_SHOWN or used + width <= available:
                shown.add(column)
                used += width
        widths = {column: self._natural_widths[column] for column in shown}
        if used > available:
            self._squeeze(widths, used - available)
        for column in Column:
            hidden = column not in shown
            if self.isColumnHidden(column) != hidden:
                self.setColumnHidden(column, hidden)
            if not hidden:
                self.setColumnWidth(column, widths[column])

    @staticmethod
    def _squeeze(widths: dict[Column, int], excess: int) -> None:
        """Take ``excess`` pixels from all but the date, each in proportion to its spare width."""
        spare = {c: w - MIN_SQUEEZED_WIDTH for c, w in widths.items() if c is not Column.DATE}
        total_spare = sum(max(0, s) for s in spare.values())
        if total_spare <= 0:
            return
        take = min(excess, total_spare)
        for column, room in spare.items():
            if room > 0:
                widths[column] -= -(-take * room // total_spare)  # ceiling: never overflow

    def _available_width(self) -> int:
        """The viewport's width, less the vertical scroll bar if the rows are about to need it.

        Right after a reset the scroll bar's visibility is not updated yet; counting it in
        now avoids a horizontal scroll bar flashing up for a few pixels.
        """
        width = self.viewport().width()
        scroll_bar = self.verticalScrollBar()
        model = self.model()
        if model is not None and not scroll_bar.isVisible():
            rows_height = model.rowCount() * self.verticalHeader().defaultSectionSize()
            if rows_height > self.viewport().height():
                width -= scroll_bar.sizeHint().width()
        return width
