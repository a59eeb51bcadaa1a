"""How the timeline looks: geometry in the viewport, and painting one exposed rect.

``TimelineGeometry`` turns lanes into y and back (the view's hit-testing uses the same
numbers the painter draws with). ``TimelinePainter`` draws day lines and labels in the
user's locale, the axis, the icons of the visible slots, "+N" badges where a slot holds more
than fits, the selection, and the "N new" chip. Every colour comes from the palette, except
the channel glyphs and the failure dot, which read on light and dark alike.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from journey_widget.model.timeline_layout import TickKind, TimelineLayout, Zoom
from journey_widget.ui.common.channel_icons import IconStamp
from journey_widget.ui.common.interaction_words import live_state

ICON = 20
LANE = 28
AXIS_GAP = 6  # between the lowest icon and the axis
MIN_LANES = 2
LABEL_WIDTH = 220  # ticks this far left of the exposed rect may still label it (sticky)


class TimelineGeometry:
    """Vertical geometry: lanes stack up from the axis; two label lines below it."""

    icon = ICON

    def __init__(self, metrics: QFontMetrics) -> None:
        self._metrics = metrics
        self._line = metrics.height()

    def label_area(self) -> int:
        return 2 * self._line + 10

    def top(self) -> int:
        return self._line + 12  # room for the "N new" chip

    def axis_y(self, height: int) -> int:
        return height - self.label_area()

    def max_lanes(self, height: int) -> int:
        return max(1, (self.axis_y(height) - AXIS_GAP - self.top()) // LANE)

    def minimum_height(self) -> int:
        return self.height_for_lanes(MIN_LANES)

    def height_for_lanes(self, lanes: int) -> int:
        """The viewport height that shows ``lanes`` stacked icons above the axis and labels."""
        return self.top() + max(1, lanes) * LANE + AXIS_GAP + self.label_area()

    def icon_rect(self, x: float, lane: int, axis_y: int) -> QRectF:
        bottom = axis_y - AXIS_GAP - lane * LANE
        return QRectF(x - ICON / 2, bottom - LANE + (LANE - ICON) / 2, ICON, ICON)

    def lane_at(self, y: int, axis_y: int) -> int | None:
        above = axis_y - AXIS_GAP - y
        return None if above < 0 else above // LANE

    def chip_rect(self, width: int, text: str) -> QRectF:
        w = self._metrics.horizontalAdvance(text) + 20
        return QRectF(width - w - 8, 4, w, self._line + 6)


class TimelinePainter:
    """Paints a ``TimelineLayout`` into the exposed part of a viewport."""

    def __init__(self, view: QWidget) -> None:
        self._view = view

    def paint(
        self,
        painter: QPainter,
        exposed: QRect,
        *,
        layout: TimelineLayout,
        geometry: TimelineGeometry,
        height: int,
        offset: int,
        max_lanes: int,
        current: int | None,
        focused: bool,
        chip: str,
        now: datetime,
        day_span: tuple[float, float] | None = None,
    ) -> None:
        palette = self._view.palette()
        axis_y = geometry.axis_y(height)
        painter.fillRect(exposed, palette.color(QPalette.ColorRole.Base))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-offset, 0)
        x0, x1 = exposed.left() + offset, exposed.right() + 1 + offset
        if day_span is not None and day_span[1] > x0 and day_span[0] < x1:
            self._paint_day_band(painter, day_span, geometry.top() - 4, axis_y, palette)
        self._paint_ticks(painter, layout, x0, x1, axis_y, geometry, palette, offset)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(x0, axis_y, x1, axis_y)
        self._paint_icons(painter, layout, x0, x1, axis_y, max_lanes, geometry, palette, now)
        if current is not None:
            lane = layout.lane_of(current)
            if lane < max_lanes - 1 or layout.slot_size(current) <= max_lanes:
                rect = geometry.icon_rect(layout.x_of_index(current), lane, axis_y)
                self._paint_selection(painter, rect, focused, palette)
        painter.resetTransform()
        if focused:
            self._paint_focus_frame(painter, palette)
        if chip:
            self._paint_chip(painter, geometry, chip, palette)

    @staticmethod
    def _paint_selection(painter: QPainter, rect: QRectF, focused: bool, palette) -> None:
        """The selected icon's ring; with the keyboard's focus a second, solid ring outside.

        Highlight keeps 3:1 against Base in both palettes (WCAG 1.4.11, non-text contrast),
        so the ring is seen in dark as in light.
        """
        color = palette.color(QPalette.ColorRole.Highlight)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, 1.5 if not focused else 2.0, Qt.PenStyle.SolidLine))
        painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 6, 6)
        if focused:
            painter.setPen(QPen(color, 2.0, Qt.PenStyle.SolidLine))
            painter.drawRoundedRect(rect.adjusted(-8, -8, 8, 8), 8, 8)

    @staticmethod
    def _paint_focus_frame(painter: QPainter, palette: QPalette) -> None:
        """A frame around the whole timeline while it has the keyboard's focus."""
        device = painter.device()
        frame = QRectF(1, 1, device.width() - 2, device.height() - 2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.0))
        painter.drawRect(frame)

    @staticmethod
    def _paint_day_band(painter, span, top: int, axis_y: int, palette: QPalette) -> None:
        """The selected day's column, the day the panel below lists: a tint and a bar."""
        accent = palette.color(QPalette.ColorRole.Highlight)
        tint = QColor(accent)
        tint.setAlpha(34)
        band = QRectF(span[0] + 1, top, span[1] - span[0] - 2, axis_y - top)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tint)
        painter.drawRoundedRect(band, 4, 4)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(band.left(), axis_y - 1.5, band.width(), 3), 1.5, 1.5)

    def _paint_ticks(self, painter, layout, x0, x1, axis_y, geometry, palette, view_left) -> None:
        locale = QLocale()
        first_weekday = locale.firstDayOfWeek().value - 1
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        text_color = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        line = self._view.fontMetrics().height()
        ticks = layout.ticks(x0 - LABEL_WIDTH, x1, first_weekday)
        majors = [tick for tick in ticks if tick.kind is TickKind.MAJOR]
        painter.setPen(QPen(grid, 1))
        for tick in ticks:
            x = round(tick.x)
            if tick.kind is TickKind.MINOR:
                painter.drawLine(x, axis_y - 4, x, axis_y + 4)
            else:
                painter.drawLine(x, geometry.top() - 4, x, axis_y + 6)
        metrics = self._view.fontMetrics()
        for n, tick in enumerate(majors):
            first, second = self._labels(locale, tick.day, layout.zoom)
            width = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
            # Sticky: the period the left edge is in keeps its label in view, until the next
            # label pushes it out; the newest label never runs past the end of the axis.
            x = max(tick.x + 4, view_left + 4)
            if n + 1 < len(majors):
                x = min(x, majors[n + 1].x - width - 8)
            x = round(min(x, layout.content_width - width - 4))
            if x < view_left:
                continue  # pushed half out by the next label: none rather than a cut one
            painter.setPen(text_color)
            painter.drawText(x, axis_y + 4 + line - 3, first)
            if second:
                painter.setPen(muted)
                painter.drawText(x, axis_y + 4 + 2 * line - 3, second)

    @staticmethod
    def _labels(locale: QLocale, day: date, zoom: Zoom) -> tuple[str, str]:
        qdate = QDate(day.year, day.month, day.day)
        if zoom is Zoom.MONTH:
            # The month as it stands alone on the axis (nominative where a language has cases).
            return (locale.standaloneMonthName(qdate.month()), locale.toString(qdate, "yyyy"))
        short = locale.toString(qdate, QLocale.FormatType.ShortFormat)
        weekday = locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat)
        return (short, weekday)

    def _paint_icons(
        self, painter, layout, x0, x1, axis_y, max_lanes, geometry, palette, now
    ) -> None:
        items = layout.items
        icons = IconStamp(painter, palette, ICON)
        badges: list[tuple[QRectF, int]] = []
        for run in layout.runs(x0 - layout.pitch, x1 + layout.pitch):
            overflow = run.count > max_lanes
            shown = max_lanes - 1 if overflow else run.count
            for lane in range(shown):
                interaction = items[run.lo + lane]
                rect = geometry.icon_rect(run.x, lane, axis_y)
                icons.draw(rect, interaction, live_state(interaction, now))
            if overflow:
                rect = geometry.icon_rect(run.x, max_lanes - 1, axis_y).adjusted(-3, 0, 3, 0)
                badges.append((rect, run.count - shown))
        if badges:
            self._paint_badges(painter, badges, palette)

    @staticmethod
    def _paint_badges(painter: QPainter, badges, palette: QPalette) -> None:
        """ "+N" where a slot holds more than its lanes show (a click there zooms in)."""
        font = painter.font()
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(small)
        border = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        fill = palette.color(QPalette.ColorRole.Button)
        text = palette.color(QPalette.ColorRole.ButtonText)
        for rect, hidden in badges:
            painter.setPen(border)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 6, 6)
            painter.setPen(text)
            count = QLocale().toString(min(hidden, 99))
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter, f"+{count}" if hidden < 100 else f"{count}+"
            )
        painter.setFont(font)

    @staticmethod
    def _paint_chip(painter: QPainter, geometry, text: str, palette: QPalette) -> None:
        rect = geometry.chip_rect(painter.device().width(), text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
