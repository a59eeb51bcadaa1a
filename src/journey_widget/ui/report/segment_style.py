"""How each event of a conversation looks (SPEC C4): fill, pattern and text colour, per theme.

The fills are the Okabe-Ito colours, told apart by people with the common colour-vision
deficiencies; the dark theme gets lighter, less saturated versions that keep the same order
of lightness against a dark base. Colour never stands alone: every kind but "connected" (the
long, plain bar) also carries a pattern, the legend names each kind, bars wide enough carry
their name, and tooltips and the accessible text say it in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette

from journey_widget.model import SegmentKind

_LIGHT = {
    SegmentKind.IVR: "#cc79a7",
    SegmentKind.QUEUE: "#e69f00",
    SegmentKind.CONNECTED: "#009e73",
    SegmentKind.VOICEMAIL: "#0072b2",
    SegmentKind.TRANSFER: "#56b4e9",
}
_DARK = {
    SegmentKind.IVR: "#e0a3c8",
    SegmentKind.QUEUE: "#f0b94a",
    SegmentKind.CONNECTED: "#3fbf95",
    SegmentKind.VOICEMAIL: "#5a9fe0",
    SegmentKind.TRANSFER: "#a5dcf7",
}
_PATTERNS = {
    SegmentKind.IVR: Qt.BrushStyle.VerPattern,
    SegmentKind.QUEUE: Qt.BrushStyle.BDiagPattern,
    SegmentKind.CONNECTED: Qt.BrushStyle.NoBrush,
    SegmentKind.VOICEMAIL: Qt.BrushStyle.Dense6Pattern,
    SegmentKind.TRANSFER: Qt.BrushStyle.DiagCrossPattern,
}


@dataclass(frozen=True, slots=True)
class SegmentLook:
    fill: QColor
    pattern: QBrush | None  # drawn over the fill; None for a plain bar
    text: QColor  # for a label on the bar


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def segment_look(kind: SegmentKind, palette: QPalette) -> SegmentLook:
    fill = QColor((_DARK if is_dark(palette) else _LIGHT)[kind])
    dark, light = QColor("#111111"), QColor("#ffffff")
    text = dark if _contrast(dark, fill) >= _contrast(light, fill) else light
    style = _PATTERNS[kind]
    pattern = None
    if style is not Qt.BrushStyle.NoBrush:
        ink = QColor(text)
        ink.setAlpha(70)
        pattern = QBrush(ink, style)
    return SegmentLook(fill, pattern, text)


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )
