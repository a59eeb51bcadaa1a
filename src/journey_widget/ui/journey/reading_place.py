"""What the agent is looking at on the journey page, kept across fresh data (issue 4).

When the back end's answer replaces the saved copy, or Refresh reloads the customer shown,
the page gets a new ``Journey`` for the same customer. ``ReadingPlace`` remembers, before it
is shown, the selected interaction (by id: the records are new objects), the open detail
pop-up's interaction, the timeline's distance from its newest edge and the grid's top row,
and puts them back after: the fresh records selected and in the pop-up, the same stretch of
time in view, the same row at the top. An interaction that no longer exists is let go: no
selection, and the pop-up closes. The filters stay by themselves (the page keeps them for the
same customer).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QAbstractItemView, QTableView

from journey_widget.model import Interaction
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.detail.popup import DetailPopup
from journey_widget.ui.journey.interaction_table import InteractionTableModel
from journey_widget.ui.journey.timeline_view import TimelineView


@dataclass(frozen=True, slots=True)
class ReadingPlace:
    current_id: str | None
    popup_id: str | None  # None: the pop-up was closed
    timeline_from_end: int  # pixels between the view's right edge and the newest instant
    table_top_id: str | None  # the grid's first visible row
    table_left: int  # the grid's horizontal scroll

    @classmethod
    def of(
        cls,
        current: Interaction | None,
        timeline: TimelineView,
        table: QTableView,
        popup: DetailPopup,
    ) -> ReadingPlace:
        bar = timeline.horizontalScrollBar()
        top = table.indexAt(QPoint(1, 1))
        top_item = top.data(ItemRole.INTERACTION) if top.isValid() else None
        shown = popup.current() if popup.isVisible() else None
        return cls(
            current.id if current is not None else None,
            shown.id if shown is not None else None,
            bar.maximum() - bar.value(),
            top_item.id if isinstance(top_item, Interaction) else None,
            table.horizontalScrollBar().value(),
        )

    def restore(
        self,
        shown: Sequence[Interaction],
        *,
        timeline: TimelineView,
        table: QTableView,
        model: InteractionTableModel,
        popup: DetailPopup,
        select: Callable[[Interaction], None],
        same_day: Callable[[Interaction], Sequence[Interaction]],
    ) -> None:
        """Put the place back on the page that now shows ``shown`` (the fresh records)."""
        by_id = {item.id: item for item in shown}
        current = by_id.get(self.current_id) if self.current_id else None
        if current is not None:
            select(current)  # may scroll to it: the positions below come after
        bar = timeline.horizontalScrollBar()
        bar.setValue(max(0, bar.maximum() - self.timeline_from_end))
        self._scroll_table(table, model)
        # The window may show the page only now (Refresh showed the busy panel): the grid
        # lays its rows out when shown, so its place is put back once more after that.
        QTimer.singleShot(0, table, lambda: self._scroll_table(table, model))
        if self.popup_id is None:
            return
        opened = by_id.get(self.popup_id)
        if opened is None:
            popup.hide()  # the interaction it showed is gone (or filtered out)
        else:
            popup.show_interaction(opened, same_day(opened))

    def _scroll_table(self, table: QTableView, model: InteractionTableModel) -> None:
        top = next((i for i in model.interactions() if i.id == self.table_top_id), None)
        row = model.row_of(top) if top is not None else None
        if row is not None:
            table.doItemsLayout()  # the reset's layout now, so the scroll range is there
            table.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        table.horizontalScrollBar().setValue(self.table_left)
