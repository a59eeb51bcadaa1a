"""The row above the views: Timeline | Grid (a segmented toggle), the zoom, and a count.

The toggle is two checkable, exclusive buttons sharing one frame, so it reads as one control
and each half is reachable and named for the keyboard and screen readers. The zoom (Day /
Week / Month) only matters to the timeline and hides with it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ..model.timeline_layout import Zoom
from .formatting import arg

SEGMENT_STYLE = (
    "QToolButton { border: 1px solid palette(mid); padding: 2px 10px; background: palette(base); }"
    "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
    "QToolButton:focus { border: 2px solid palette(highlight); }"
    'QToolButton[segment="first"] { border-top-left-radius: 5px; border-bottom-left-radius: 5px; }'
    'QToolButton[segment="last"] { border-top-right-radius: 5px; '
    "border-bottom-right-radius: 5px; border-left: none; }"
    'QToolButton[segment="middle"] { border-left: none; }'
)


class JourneyViewKind(StrEnum):
    TIMELINE = "timeline"
    GRID = "grid"


def _segments(parent: QWidget, labels: list[tuple[str, str]]) -> tuple[QButtonGroup, QWidget]:
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    group = QButtonGroup(box)
    group.setExclusive(True)
    for n, (value, text) in enumerate(labels):
        button = QToolButton(box)
        button.setText(text)
        button.setCheckable(True)
        button.setObjectName(value)
        button.setAccessibleName(text)
        position = "first" if n == 0 else "last" if n == len(labels) - 1 else "middle"
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
        self._views, views_box = _segments(
            self,
            [
                (JourneyViewKind.TIMELINE.value, self.tr("Timeline")),
                (JourneyViewKind.GRID.value, self.tr("Grid")),
            ],
        )
        self._zooms, self._zoom_box = _segments(
            self,
            [
                (Zoom.DAY.value, self.tr("Day")),
                (Zoom.WEEK.value, self.tr("Week")),
                (Zoom.MONTH.value, self.tr("Month")),
            ],
        )
        views_box.setAccessibleName(self.tr("View"))
        self._zoom_box.setAccessibleName(self.tr("Zoom"))
        self._count = QLabel(self)
        # The count gives way first when docked narrow; the two toggles never shrink.
        self._count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for box in (views_box, self._zoom_box):
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(views_box)
        layout.addWidget(self._count, 1)
        layout.addWidget(self._zoom_box)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._views.idClicked.connect(self.on_view_clicked)
        self._zooms.idClicked.connect(self.on_zoom_clicked)

    def view_button(self, view: JourneyViewKind | str) -> QToolButton:
        return next(b for b in self._views.buttons() if b.objectName() == str(view))

    def zoom_button(self, zoom: Zoom | str) -> QToolButton:
        return next(b for b in self._zooms.buttons() if b.objectName() == str(zoom))

    def show_view(self, view: JourneyViewKind) -> None:
        self.view_button(view).setChecked(True)
        self._zoom_box.setVisible(view is JourneyViewKind.TIMELINE)

    def show_zoom(self, zoom: Zoom | str) -> None:
        self.zoom_button(zoom).setChecked(True)

    def show_count(self, shown: int, total: int) -> None:
        if shown == total:
            text = self.tr("1 interaction") if total == 1 else self.tr("%n interactions", "", total)
        else:
            text = arg(self.tr("%1 of %n shown", "", total), QLocale().toString(shown))
        self._count.setText(text)

    def count_text(self) -> str:
        return self._count.text()

    def on_view_clicked(self, button_id: int) -> None:
        view = self._views.button(button_id).objectName()
        self._zoom_box.setVisible(view == JourneyViewKind.TIMELINE.value)
        self.view_picked.emit(view)

    def on_zoom_clicked(self, button_id: int) -> None:
        self.zoom_picked.emit(self._zooms.button(button_id).objectName())
