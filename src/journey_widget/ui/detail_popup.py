"""The detail pop-up of one interaction (SPEC A7, A8): its source's fields, same-date paging.

Non-modal: the agent keeps working in the views while it is open, and it follows their
selection. Previous / next (top right, or the arrow keys) move among the interactions of the
same date, oldest first, and stop at the first and the last: "2 of 5" says where one is, so
wrapping around would only hide that the end was reached. Esc closes it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model import Interaction
from .channel_icons import interaction_icon
from .describe import describe
from .detail_fields import detail_fields
from .formatting import arg, to_local_qdatetime


class DetailPopup(QDialog):
    """Shows one interaction; ``navigated`` tells the views which one it moved to."""

    navigated = Signal(object)  # Interaction: previous / next picked another one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self._day: tuple[Interaction, ...] = ()
        self._index = 0
        self._date = QLabel(self)
        self._position = QLabel(self)
        self._previous = QToolButton(self)
        self._next = QToolButton(self)
        self._icon = QLabel(self)
        self._summary = QLabel(self)
        self._form = QFormLayout()
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.setModal(False)
        self.setWindowTitle(self.tr("Interaction details"))
        self.setMinimumWidth(300)
        font = QFont(self._date.font())
        font.setBold(True)
        self._date.setFont(font)
        self._position.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._previous.setArrowType(Qt.ArrowType.LeftArrow)
        self._next.setArrowType(Qt.ArrowType.RightArrow)
        self._previous.setToolTip(self.tr("Previous interaction of this date"))
        self._next.setToolTip(self.tr("Next interaction of this date"))
        self._previous.setAccessibleName(self.tr("Previous"))
        self._next.setAccessibleName(self.tr("Next"))
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self._date, 1)
        top.addWidget(self._position)
        top.addWidget(self._previous)
        top.addWidget(self._next)
        what = QHBoxLayout()
        what.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        what.addWidget(self._summary, 1)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(what)
        layout.addSpacing(4)
        layout.addLayout(self._form)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self._previous.clicked.connect(self.on_previous)
        self._next.clicked.connect(self.on_next)

    # --- content ------------------------------------------------------------------------

    def current(self) -> Interaction | None:
        return self._day[self._index] if self._day else None

    def position(self) -> tuple[int, int]:
        """(1-based position, count) among the interactions of the date."""
        return self._index + 1, len(self._day)

    def fields(self) -> list[tuple[str, str]]:
        return detail_fields(self._day[self._index]) if self._day else []

    def show_interaction(self, interaction: Interaction, same_day: Sequence[Interaction]) -> None:
        """Show ``interaction``; ``same_day`` is every interaction of its date, oldest first."""
        day = tuple(same_day) or (interaction,)
        ids = [i.id for i in day]
        self._day = day if interaction.id in ids else (interaction,)
        self._index = ids.index(interaction.id) if interaction.id in ids else 0
        self._refresh()

    def _refresh(self) -> None:
        interaction = self._day[self._index]
        local = to_local_qdatetime(interaction.started_at).date()
        self._date.setText(QLocale().toString(local, QLocale.FormatType.LongFormat))
        position, count = self.position()
        self._position.setText(arg(self.tr("%1 of %2"), str(position), str(count)))
        self._position.setAccessibleName(self._position.text())
        self._previous.setEnabled(self._index > 0)
        self._next.setEnabled(self._index < count - 1)
        self._icon.setPixmap(interaction_icon(interaction, self.palette(), 24).pixmap(30, 30))
        self._summary.setText(describe(interaction))
        while self._form.rowCount():
            self._form.removeRow(0)
        for label, value in detail_fields(interaction):
            text = QLabel(value, self)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(label, self)
            name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self._form.addRow(name, text)
        self.setAccessibleDescription(describe(interaction))
        self.adjustSize()

    def same_date(self) -> QDate | None:
        current = self.current()
        return None if current is None else to_local_qdatetime(current.started_at).date()

    # --- slots and keys ------------------------------------------------------------------

    def on_previous(self) -> None:
        self._move(-1)

    def on_next(self) -> None:
        self._move(1)

    def _move(self, step: int) -> None:
        target = self._index + step
        if not self._day or not 0 <= target < len(self._day):
            return
        self._index = target
        self._refresh()
        self.navigated.emit(self._day[self._index])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.on_previous()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.on_next()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
