"""The timeline's legend (SPEC C4): each event's swatch, with its pattern, and its name.

The entries wrap onto further lines when the report is narrow. The swatches are painted from
the same ``segment_look`` as the bars, so the legend matches the timeline in light and dark.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from journey_widget.model import SegmentKind
from journey_widget.model.conversation_layout import KIND_ORDER
from journey_widget.ui.common.flow_layout import FlowLayout
from journey_widget.ui.common.labels import segment_kind_labels
from journey_widget.ui.report.segment_style import segment_look

SWATCH = QSize(22, 14)


def paint_swatch(painter: QPainter, rect: QRectF, kind: SegmentKind, palette: QPalette) -> None:
    look = segment_look(kind, palette)
    edge = palette.color(QPalette.ColorRole.Text)
    edge.setAlpha(110)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(edge, 1))
    painter.setBrush(look.fill)
    painter.drawRoundedRect(rect, 3, 3)
    if look.pattern is not None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.pattern)
        painter.drawRoundedRect(rect, 3, 3)


class _Swatch(QWidget):
    def __init__(self, kind: SegmentKind, parent: QWidget) -> None:
        super().__init__(parent)
        self._kind = kind
        self.setFixedSize(SWATCH)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_swatch(
            painter,
            QRectF(0.5, 0.5, SWATCH.width() - 1, SWATCH.height() - 1),
            self._kind,
            self.palette(),
        )


class SegmentLegend(QWidget):
    """IVR, Queue, Connected, Voicemail, Transfer: swatch and name, wrapping."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[SegmentKind, QLabel] = {}
        flow = FlowLayout(self, spacing=12)
        for kind in KIND_ORDER:
            entry = QWidget(self)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(5)
            row.addWidget(_Swatch(kind, entry))
            label = QLabel(entry)
            row.addWidget(label)
            self._labels[kind] = label
            flow.addWidget(entry)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        labels = segment_kind_labels()
        for kind, label in self._labels.items():
            label.setText(labels[kind])
        self.setAccessibleName(self.tr("Legend"))
        self.setAccessibleDescription(", ".join(labels[kind] for kind in KIND_ORDER))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def names(self) -> list[str]:
        return [self._labels[kind].text() for kind in KIND_ORDER]
