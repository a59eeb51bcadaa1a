"""How a conversation's timeline looks (SPEC C4): geometry and painting of one exposed rect.

``ConversationGeometry`` maps the placed bars of ``model.conversation_layout`` into widget
pixels and back (the view hit-tests with the same numbers the painter draws with); it is also
used to paint the printout. From top to bottom: the start and end times (hh:mm:ss), the rows
of bars (in multi-row mode each row carries its kind's name at the left), and an axis of the
time elapsed since the start. Bars wide enough carry their event's name; every bar but
"connected" carries a pattern, so colour never stands alone.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen

from journey_widget.model import Interaction
from journey_widget.model.conversation_layout import (
    ConversationLayout,
    ViewMode,
    layout_conversation,
    session_bounds,
    tick_step,
)
from journey_widget.ui.common.formatting import format_duration
from journey_widget.ui.common.labels import segment_kind_labels
from journey_widget.ui.report.segment_style import segment_look
from journey_widget.ui.report.segment_words import clock_time

MARGIN = 8
ROW_GAP = 4


class ConversationGeometry:
    """Where everything goes for one conversation at one width."""

    def __init__(
        self,
        interaction: Interaction,
        scale: timedelta,
        mode: ViewMode,
        width: int,
        metrics: QFontMetrics,
    ) -> None:
        self.interaction = interaction
        self.metrics = metrics
        self.line = metrics.height()
        self.row_height = self.line + 8
        labels = segment_kind_labels()
        if mode is ViewMode.MULTI_ROW:
            self.label_width = max(metrics.horizontalAdvance(t) for t in labels.values()) + 12
        else:
            self.label_width = 0
        self.left = MARGIN + self.label_width
        self.axis_width = max(20, width - self.left - MARGIN)
        start, end = session_bounds(interaction)
        self.start, self.end = start, end
        self.layout: ConversationLayout = layout_conversation(
            interaction.segments, start, scale, self.axis_width, mode, end=end
        )
        self.scale = scale
        self.top = MARGIN + self.line + 6  # under the start / end times
        self.width = width

    def row_rect(self, row: int) -> QRectF:
        y = self.top + row * (self.row_height + ROW_GAP)
        return QRectF(self.left, y, self.axis_width, self.row_height)

    def bar_rect(self, bar) -> QRectF:
        row = self.row_rect(bar.row)
        return QRectF(self.left + bar.x0, row.top(), max(1.0, bar.width), row.height())

    def axis_y(self) -> int:
        rows = self.layout.rows
        return round(self.top + rows * (self.row_height + ROW_GAP) + 2)

    def height(self) -> int:
        return self.axis_y() + self.line + 14

    def bar_at(self, x: float, y: float):
        """The bar under a point, or None (hit-testing for tooltips and clicks)."""
        if y < self.top or y >= self.axis_y():
            return None
        row = int((y - self.top) // (self.row_height + ROW_GAP))
        return self.layout.bar_at(x - self.left, row, slop=2.0)


class ConversationPainter:
    """Paints a ``ConversationGeometry`` into the exposed part of a device."""

    @staticmethod
    def paint(
        painter: QPainter,
        exposed: QRect,
        geometry: ConversationGeometry,
        palette: QPalette,
        *,
        current: int | None = None,
        focused: bool = False,
    ) -> None:
        painter.save()
        painter.setClipRect(exposed)
        painter.fillRect(exposed, palette.color(QPalette.ColorRole.Base))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ConversationPainter._paint_times(painter, geometry, palette)
        ConversationPainter._paint_rows(painter, exposed, geometry, palette)
        ConversationPainter._paint_bars(painter, exposed, geometry, palette, current, focused)
        ConversationPainter._paint_axis(painter, geometry, palette)
        painter.restore()

    @staticmethod
    def _paint_times(painter: QPainter, g: ConversationGeometry, palette: QPalette) -> None:
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        baseline = MARGIN + g.metrics.ascent()
        start = clock_time(g.start)
        end = clock_time(g.end)
        painter.drawText(g.left, baseline, start)
        end_w = g.metrics.horizontalAdvance(end)
        end_x = g.left + g.layout.end_x - end_w
        end_x = max(end_x, g.left + g.metrics.horizontalAdvance(start) + 12)
        end_x = min(end_x, g.width - MARGIN - end_w)
        painter.drawText(round(end_x), baseline, end)
        marker = QColor(palette.color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(marker, 1, Qt.PenStyle.DashLine))
        for x in (g.left, g.left + g.layout.end_x):
            painter.drawLine(round(x), g.top - 3, round(x), g.axis_y())

    @staticmethod
    def _paint_rows(painter: QPainter, exposed: QRect, g, palette: QPalette) -> None:
        alternate = palette.color(QPalette.ColorRole.AlternateBase)
        labels = segment_kind_labels()
        text = palette.color(QPalette.ColorRole.Text)
        for row in range(g.layout.rows):
            rect = g.row_rect(row)
            if not rect.adjusted(-g.label_width - MARGIN, 0, 0, 0).intersects(QRectF(exposed)):
                continue
            if row % 2 == 0:
                painter.fillRect(rect, alternate)
            kind = g.layout.row_kinds[row] if row < len(g.layout.row_kinds) else None
            if kind is not None and g.label_width:
                painter.setPen(text)
                label_rect = QRectF(MARGIN, rect.top(), g.label_width - 8, rect.height())
                painter.drawText(
                    label_rect,
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    labels[kind],
                )

    @staticmethod
    def _paint_bars(painter, exposed: QRect, g, palette: QPalette, current, focused) -> None:
        labels = segment_kind_labels()
        visible = QRectF(exposed)
        edge = QColor(palette.color(QPalette.ColorRole.Text))
        edge.setAlpha(110)
        for bar in g.layout.bars:
            rect = g.bar_rect(bar).adjusted(0, 2, 0, -2)
            if not rect.intersects(visible):
                continue
            look = segment_look(bar.kind, palette)
            painter.setPen(QPen(edge, 1))
            painter.setBrush(look.fill)
            painter.drawRoundedRect(rect, 3, 3)
            if look.pattern is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(look.pattern)
                painter.drawRoundedRect(rect, 3, 3)
            name = labels[bar.kind]
            if g.metrics.horizontalAdvance(name) + 8 <= rect.width():
                painter.setPen(look.text)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), name)
            if bar.index == current:
                pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.5 if focused else 1.5)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)

    @staticmethod
    def _paint_axis(painter: QPainter, g: ConversationGeometry, palette: QPalette) -> None:
        y = g.axis_y()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(g.left, y, g.left + round(g.axis_width), y)
        step = tick_step(g.scale, g.axis_width)
        seconds = max(1.0, g.scale.total_seconds())
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        last_right = -1e9
        tick = 0
        while tick <= seconds:
            x = g.left + tick / seconds * g.axis_width
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(round(x), y, round(x), y + 4)
            label = format_duration(timedelta(seconds=tick))
            w = g.metrics.horizontalAdvance(label)
            lx = max(g.left, min(x - w / 2, g.left + g.axis_width - w))  # inside the axis
            if lx > last_right + 6:
                painter.setPen(muted)
                painter.drawText(round(lx), y + 4 + g.metrics.ascent(), label)
                last_right = lx + w
            tick += step
