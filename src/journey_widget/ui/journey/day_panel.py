"""The day panel under the timeline (SPEC A3, E3): the selected day's interactions as cards.

The timeline answers "when"; this panel answers "what happened that day" without a click per
interaction: a header with the date in the user's locale and the count, then one card per
interaction, oldest first (the order the detail pop-up pages in). The cards flow into as many
columns as the width allows. A click, Enter or Space opens the detail pop-up; the arrow keys
move between cards; the buttons in the header step to the previous / next day with
interactions. ``DayModel`` is a plain list model (tested with qtmodeltester); ``CardDelegate``
in ``day_card`` paints it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_widget.model import Interaction
from journey_widget.ui.common.interaction_words import describe
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.common.read_only_rows import ReadOnlyRows
from journey_widget.ui.journey.day_card import CardDelegate, card_accessible_text, card_tooltip

_Index = QModelIndex | QPersistentModelIndex
CARD_MIN_WIDTH = 440
CARD_SPACING = 8


class DayModel(ReadOnlyRows, QAbstractListModel):
    """The interactions of one day, oldest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Interaction, ...] = ()

    def set_interactions(self, interactions: Sequence[Interaction]) -> None:
        self.beginResetModel()
        self._rows = tuple(sorted(interactions, key=lambda i: i.started_at))
        self.endResetModel()

    def add_interaction(self, interaction: Interaction) -> int:
        """Insert one (a live event of this day) in time order; its row."""
        row = sum(1 for i in self._rows if i.started_at <= interaction.started_at)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows = (*self._rows[:row], interaction, *self._rows[row:])
        self.endInsertRows()
        return row

    def interactions(self) -> tuple[Interaction, ...]:
        return self._rows

    def retranslate(self) -> None:
        """The words of every row changed (a new language): views ask again."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def row_of(self, interaction: Interaction) -> int | None:
        return next((n for n, i in enumerate(self._rows) if i.id == interaction.id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column():
            return None
        interaction = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(interaction)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = card_tooltip(interaction).splitlines()
            return "<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return card_accessible_text(interaction)
        if role == ItemRole.INTERACTION:
            return interaction
        return None


class CardListView(QListView):
    """Cards in as many columns as fit; Enter, Space or a click activates the current one."""

    card_activated = Signal(object)  # Interaction

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(CARD_SPACING)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setItemDelegate(CardDelegate(self))
        self.clicked.connect(self.on_clicked)

    def card_width(self) -> int:
        """Cards share the width evenly, none narrower than ``CARD_MIN_WIDTH`` unless alone."""
        usable = self.viewport().width() - 1
        columns = max(1, usable // (CARD_MIN_WIDTH + 2 * CARD_SPACING))
        return max(120, usable // columns - 2 * CARD_SPACING)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            value = self.currentIndex().data(ItemRole.INTERACTION)
            if isinstance(value, Interaction):
                self.card_activated.emit(value)
                event.accept()
                return
        super().keyPressEvent(event)

    def on_clicked(self, index: QModelIndex) -> None:
        value = index.data(ItemRole.INTERACTION)
        if isinstance(value, Interaction):
            self.card_activated.emit(value)


class DayPanel(QWidget):
    """A header (date, count, previous / next day) over the cards of that day."""

    interaction_activated = Signal(object)  # Interaction: a card was clicked or Entered
    day_stepped = Signal(int)  # -1: the previous day with interactions, +1: the next one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day: date | None = None
        self.model = DayModel(self)
        self.list = CardListView(self)
        self._title = QLabel(self)
        self._count = QLabel(self)
        self._previous = QToolButton(self)
        self._next = QToolButton(self)
        self._empty = QLabel(self)
        self._stack = QStackedWidget(self)
        self._build()
        self.list.card_activated.connect(self.interaction_activated)
        self._previous.clicked.connect(lambda: self.day_stepped.emit(-1))
        self._next.clicked.connect(lambda: self.day_stepped.emit(1))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.list.setAccessibleName(self.tr("Interactions of the day"))
        self._previous.setToolTip(self.tr("Previous day with interactions"))
        self._next.setToolTip(self.tr("Next day with interactions"))
        self._previous.setAccessibleName(self.tr("Previous day"))
        self._next.setAccessibleName(self.tr("Next day"))
        self._previous.setAccessibleDescription(self._previous.toolTip())
        self._next.setAccessibleDescription(self._next.toolTip())
        self._refresh_header()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _build(self) -> None:
        self.list.setModel(self.model)
        font = QFont(self._title.font())
        font.setBold(True)
        self._title.setFont(font)
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._previous.setArrowType(Qt.ArrowType.LeftArrow)
        self._next.setArrowType(Qt.ArrowType.RightArrow)
        self._previous.setAutoRaise(True)
        self._next.setAutoRaise(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack.addWidget(self.list)
        self._stack.addWidget(self._empty)
        header = QHBoxLayout()
        header.setContentsMargins(2, 0, 0, 0)
        header.setSpacing(6)
        header.addWidget(self._title, 1)
        header.addWidget(self._count)
        header.addWidget(self._previous)
        header.addWidget(self._next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self._stack, 1)

    # --- content ------------------------------------------------------------------------

    @property
    def day(self) -> date | None:
        return self._day

    def title_text(self) -> str:
        return self._title.text()

    def count_text(self) -> str:
        return self._count.text()

    def show_day(
        self,
        day: date | None,
        interactions: Sequence[Interaction],
        *,
        has_previous: bool = False,
        has_next: bool = False,
    ) -> None:
        """List ``interactions`` (that day's, after the filter) under the day's header."""
        self._day = day
        self.model.set_interactions(interactions)
        self.set_steps(has_previous, has_next)
        self._refresh_header()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))
            self.list.clearSelection()

    def add_interaction(self, interaction: Interaction) -> None:
        self.model.add_interaction(interaction)
        self._refresh_header()

    def set_steps(self, has_previous: bool, has_next: bool) -> None:
        """Whether there are days with interactions before / after this one."""
        self._previous.setEnabled(has_previous)
        self._next.setEnabled(has_next)

    def select(self, interaction: Interaction) -> None:
        """Mark the card of ``interaction`` (the one the timeline or the pop-up shows)."""
        row = self.model.row_of(interaction)
        if row is None:
            self.list.clearSelection()
            return
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def _refresh_header(self) -> None:
        count = self.model.rowCount()
        if self._day is None:
            self._title.setText(self.tr("No day selected"))
        else:
            qdate = QDate(self._day.year, self._day.month, self._day.day)
            self._title.setText(QLocale().toString(qdate, QLocale.FormatType.LongFormat))
        self._count.setText(self.tr("%Ln interactions", "", count))  # %Ln: "1.234" in German
        self._title.setAccessibleName(self._title.text())
        self.list.setAccessibleDescription(
            self._title.text() + " · " + self._count.text() if self._day else ""
        )
        self._empty.setText(self.tr("No interactions on this day"))
        self._stack.setCurrentWidget(self.list if count else self._empty)
