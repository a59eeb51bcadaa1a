"""The row above the views: Timeline | Grid (a segmented toggle), the zoom, and a count.

The toggle is two checkable, exclusive buttons sharing one frame, so it reads as one control
and each half is reachable and named for the keyboard and screen readers. The zoom (Day /
Week / Month) only matters to the timeline and hides with it.

Docked narrow, nothing is clipped: the count shortens to the number (the full sentence stays
in its tooltip and accessible name), and where even that leaves no room the zoom moves to a
second row. The bar places its three parts itself and reports the height a width needs
(``heightForWidth``), so the page gives it the second row before laying out.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QLocale, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from journey_widget.model.timeline_layout import Zoom
from journey_widget.ui.common.formatting import arg

SEGMENT_STYLE = (
    "QToolButton { border: 1px solid palette(mid); padding: 2px 10px; background: palette(base); }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
    "QToolButton:focus { border: 2px solid palette(highlight); }"
    'QToolButton[segment="first"] { border-top-left-radius: 5px; border-bottom-left-radius: 5px; }'
    'QToolButton[segment="last"] { border-top-right-radius: 5px; '
    "border-bottom-right-radius: 5px; border-left: none; }"
    'QToolButton[segment="middle"] { border-left: none; }'
)


SPACING = 8
ROW_SPACING = 6


class JourneyViewKind(StrEnum):
    TIMELINE = "timeline"
    GRID = "grid"


def _segments(parent: QWidget, values: list[str]) -> tuple[QButtonGroup, QWidget]:
    """One checkable button per value (its object name); ``retranslate_ui`` names them."""
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    group = QButtonGroup(box)
    group.setExclusive(True)
    for n, value in enumerate(values):
        button = QToolButton(box)
        button.setCheckable(True)
        button.setObjectName(value)
        position = "first" if n == 0 else "last" if n == len(values) - 1 else "middle"
        button.setProperty("segment", position)
        button.setStyleSheet(SEGMENT_STYLE)
        group.addButton(button, n)
        row.addWidget(button)
    return group, box


class ViewBar(QWidget):
    """Switches the view and the timeline's zoom; shows how many interactions are shown."""

    view_picked = Signal(str)  # JourneyViewKind value
    zoom_picked = Signal(str)  # Zoom value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._views, self._views_box = _segments(self, [kind.value for kind in JourneyViewKind])
        self._zooms, self._zoom_box = _segments(self, [zoom.value for zoom in Zoom])
        self._count = QLabel(self)
        self._counts: tuple[int, int] | None = None
        self._full_count = ""
        self._short_count = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._connect_signals()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        names = {
            JourneyViewKind.TIMELINE.value: (
                self.tr("Timeline"),
                self.tr("Interactions along a time axis, newest at the right"),
            ),
            JourneyViewKind.GRID.value: (
                self.tr("Grid"),
                self.tr("Interactions as a sortable table"),
            ),
            Zoom.DAY.value: (self.tr("Day"), self.tr("One column per day")),
            Zoom.WEEK.value: (self.tr("Week"), self.tr("One column per week")),
            Zoom.MONTH.value: (self.tr("Month"), self.tr("One column per month")),
        }
        for button in (*self._views.buttons(), *self._zooms.buttons()):
            text, description = names[button.objectName()]
            button.setText(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(description)
            button.setToolTip(description)
        self._views_box.setAccessibleName(self.tr("View"))
        self._zoom_box.setAccessibleName(self.tr("Zoom"))
        if self._counts is not None:
            self.show_count(*self._counts)
        self.updateGeometry()
        self._place()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self._views.idClicked.connect(self.on_view_clicked)
        self._zooms.idClicked.connect(self.on_zoom_clicked)

    def view_button(self, view: JourneyViewKind | str) -> QToolButton:
        return next(b for b in self._views.buttons() if b.objectName() == str(view))

    def zoom_button(self, zoom: Zoom | str) -> QToolButton:
        return next(b for b in self._zooms.buttons() if b.objectName() == str(zoom))

    def show_view(self, view: JourneyViewKind) -> None:
        self.view_button(view).setChecked(True)
        self._show_zoom_box(view is JourneyViewKind.TIMELINE)

    def show_zoom(self, zoom: Zoom | str) -> None:
        self.zoom_button(zoom).setChecked(True)

    def show_count(self, shown: int, total: int) -> None:
        self._counts = (shown, total)
        if shown == total:
            text = self.tr("%Ln interactions", "", total)  # %Ln: the locale groups digits
        else:
            text = arg(self.tr("%1 of %Ln shown", "", total), QLocale().toString(shown))
        self._full_count, self._short_count = text, QLocale().toString(shown)
        self._count.setAccessibleName(text)
        self._place()

    def count_text(self) -> str:
        """The full sentence, whatever the width shows of it."""
        return self._full_count

    def shown_count_text(self) -> str:
        """What the label shows now: the sentence, or just the number when narrow."""
        return self._count.text()

    def count_label(self) -> QLabel:
        return self._count

    # --- placing the parts ----------------------------------------------------------------

    def _zoom_shown(self) -> bool:
        return not self._zoom_box.isHidden()

    def _show_zoom_box(self, shown: bool) -> None:
        if shown != self._zoom_shown():
            self._zoom_box.setVisible(shown)
            self.updateGeometry()
            self._place()

    def _plan(self, width: int) -> tuple[bool, str]:
        """(zoom on a second row, the count's text) for this width."""
        metrics = self._count.fontMetrics()
        views = self._views_box.sizeHint().width()
        zoom = self._zoom_box.sizeHint().width() + SPACING if self._zoom_shown() else 0
        full = metrics.horizontalAdvance(self._full_count) + 2
        short = metrics.horizontalAdvance(self._short_count) + 2
        one_row = width - views - SPACING - zoom
        if full <= one_row:
            return False, self._full_count
        if short <= one_row:
            return False, self._short_count
        two_rows = self._zoom_shown()
        room = width - views - SPACING
        return two_rows, self._full_count if full <= room else self._short_count

    def _row_height(self) -> int:
        return max(
            self._views_box.sizeHint().height(),
            self._zoom_box.sizeHint().height(),
            self._count.sizeHint().height(),
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        two_rows, _text = self._plan(width)
        row = self._row_height()
        return 2 * row + ROW_SPACING if two_rows else row

    def sizeHint(self) -> QSize:
        zoom = self._zoom_box.sizeHint().width() + SPACING if self._zoom_shown() else 0
        count = self._count.fontMetrics().horizontalAdvance(self._full_count) + 2
        width = self._views_box.sizeHint().width() + SPACING + count + zoom
        return QSize(width, self._row_height())

    def minimumSizeHint(self) -> QSize:
        zoom = self._zoom_box.sizeHint().width() if self._zoom_shown() else 0
        return QSize(max(self._views_box.sizeHint().width(), zoom), self._row_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        width, row = self.width(), self._row_height()
        two_rows, text = self._plan(width)
        self._count.setText(text)
        self._count.setToolTip(self._full_count if text != self._full_count else "")
        views = self._views_box.sizeHint()
        zoom = self._zoom_box.sizeHint()
        self._views_box.setGeometry(0, (row - views.height()) // 2, views.width(), views.height())
        left = views.width() + SPACING
        if two_rows:
            self._count.setGeometry(left, 0, max(0, width - left), row)
            self._zoom_box.setGeometry(0, row + ROW_SPACING, zoom.width(), zoom.height())
        else:
            zoom_left = width - zoom.width()
            right = zoom_left - SPACING if self._zoom_shown() else width
            self._count.setGeometry(left, 0, max(0, right - left), row)
            self._zoom_box.setGeometry(zoom_left, (row - zoom.height()) // 2, *zoom.toTuple())
        if self.height() != self.heightForWidth(width):
            self.updateGeometry()

    def on_view_clicked(self, button_id: int) -> None:
        view = self._views.button(button_id).objectName()
        self._show_zoom_box(view == JourneyViewKind.TIMELINE.value)
        self.view_picked.emit(view)

    def on_zoom_clicked(self, button_id: int) -> None:
        self.zoom_picked.emit(self._zooms.button(button_id).objectName())
