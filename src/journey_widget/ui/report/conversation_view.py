"""The painted timeline of one conversation (SPEC C4, C6), with hover and keyboard.

Hovering a bar shows a tooltip with the event, its duration, service, agent, transfer
target and voicemail box. The keyboard reaches the same facts: Tab to the timeline, Left /
Right (Home / End) move from event to event in time order, and ``bar_focused`` carries the
current event's words, which the pane shows under the timeline and the accessible
description repeats. Only the exposed rect is painted. The widget's height follows the rows
the view mode needs.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from journey_widget.model import Interaction
from journey_widget.model.conversation_layout import DEFAULT_VIEW_MODE, MIN_SCALE, ViewMode
from journey_widget.ui.report.conversation_painter import ConversationGeometry, ConversationPainter
from journey_widget.ui.report.segment_words import segment_text, segment_tooltip


class ConversationView(QWidget):
    """Shows one interaction's segments against the selection's scale."""

    bar_focused = Signal(str)  # the current event in words ("" when there is none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._interaction: Interaction | None = None
        self._scale = MIN_SCALE
        self._mode = DEFAULT_VIEW_MODE
        self._geometry: ConversationGeometry | None = None
        self._current: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Conversation timeline"))
        self._describe_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._relayout()
        super().changeEvent(event)

    # --- content ---------------------------------------------------------------------------

    def set_conversation(
        self, interaction: Interaction | None, scale: timedelta, mode: ViewMode | str
    ) -> None:
        self._interaction = interaction
        self._scale = max(scale, MIN_SCALE)
        self._mode = ViewMode(mode)
        self._current = None
        self._relayout()
        self._describe_current()

    def set_scale(self, scale: timedelta) -> None:
        self._scale = max(scale, MIN_SCALE)
        self._relayout()

    def set_mode(self, mode: ViewMode | str) -> None:
        self._mode = ViewMode(mode)
        self._relayout()

    @property
    def mode(self) -> ViewMode:
        return self._mode

    @property
    def geometry_model(self) -> ConversationGeometry | None:
        return self._geometry

    @property
    def current_index(self) -> int | None:
        return self._current

    def set_current(self, index: int | None) -> None:
        self._current = index
        self.update()
        self._describe_current()

    # --- Qt --------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        height = self._geometry.height() if self._geometry is not None else 80
        return QSize(480, height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._geometry is None or self._geometry.width != self.width():
            self._relayout(resize=False)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self._geometry is None:
            painter.fillRect(event.rect(), self.palette().color(self.backgroundRole()))
            return
        ConversationPainter.paint(
            painter,
            event.rect(),
            self._geometry,
            self.palette(),
            current=self._current,
            focused=self.hasFocus(),
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            bar = self._bar_at(event.pos().x(), event.pos().y())
            if bar is None or self._interaction is None:
                QToolTip.hideText()
                event.ignore()
            else:
                segment = self._interaction.segments[bar.index]
                QToolTip.showText(event.globalPos(), segment_tooltip(segment), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self._bar_at(event.position().x(), event.position().y())
        if bar is not None:
            self.set_current(bar.index)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order = self._time_order()
        if not order:
            super().keyPressEvent(event)
            return
        position = order.index(self._current) if self._current in order else -1
        key = event.key()
        if key == Qt.Key.Key_Right:
            position = min(len(order) - 1, position + 1)
        elif key == Qt.Key.Key_Left:
            position = max(0, position - 1) if position >= 0 else 0
        elif key == Qt.Key.Key_Home:
            position = 0
        elif key == Qt.Key.Key_End:
            position = len(order) - 1
        else:
            super().keyPressEvent(event)
            return
        self.set_current(order[position])
        event.accept()

    def focusInEvent(self, event) -> None:
        if self._current is None and self._time_order():
            self.set_current(self._time_order()[0])
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    # --- internals -------------------------------------------------------------------------

    def _relayout(self, *, resize: bool = True) -> None:
        if self._interaction is None:
            self._geometry = None
        else:
            self._geometry = ConversationGeometry(
                self._interaction, self._scale, self._mode, max(1, self.width()), self.fontMetrics()
            )
        height = self._geometry.height() if self._geometry is not None else 0
        if resize or self.height() != height:
            self.setFixedHeight(max(height, 1))
        self.updateGeometry()
        self.update()

    def _bar_at(self, x: float, y: float):
        return None if self._geometry is None else self._geometry.bar_at(x, y)

    def _time_order(self) -> list[int]:
        if self._geometry is None:
            return []
        bars = sorted(self._geometry.layout.bars, key=lambda b: (b.x0, b.row))
        return [bar.index for bar in bars]

    def _describe_current(self) -> None:
        text = ""
        segments = self._interaction.segments if self._interaction is not None else ()
        if self._current is not None and 0 <= self._current < len(segments):
            text = segment_text(segments[self._current])
        self.setAccessibleDescription(
            text or self.tr("Left and Right move from event to event; hover a bar for details.")
        )
        self.bar_focused.emit(text)
