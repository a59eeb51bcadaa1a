"""The strip under the search field that says who is calling and whether the call is live.

SPEC B3 / E4: "Live" in green while the call runs; for a message session "Idle" in amber
after 45 s without activity and "Inactive" after a minute; "Ended hh:mm" in grey once the
call is over. The word always carries the meaning, the colour only repeats it. The colours
are checked against the banner's own background (light or dark palette) and moved towards
black or white until they keep a 4.5:1 contrast. The caller's display name is untrusted
text and is shown as plain text, never as markup.

The banner decides its state from the call's live events with the pure rules of
``model.live_status``; it arms one single-shot timer for the next change a session will
make on its own (``session_next_change``), never polls, and takes the clock as a parameter
so tests need not wait 45 seconds.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from journey_widget.model import LiveState
from journey_widget.model.live_status import (
    LiveEvent,
    LiveEventKind,
    call_state,
    session_next_change,
    session_state,
)
from journey_widget.ui.common.formatting import arg, format_time, to_local_qdatetime

MIN_CONTRAST = 4.5
# Starting points; ``readable`` darkens or lightens them against the actual background.
GREEN = QColor("#1e7b34")
AMBER = QColor("#8a5a00")
GREY = QColor("#6b6b6b")
# Qt timers take int milliseconds; a change further away than this is re-armed on the way.
MAX_TIMER_MS = 2**31 - 1


class BannerState(StrEnum):
    LIVE = "live"
    IDLE = "idle"
    INACTIVE = "inactive"
    ENDED = "ended"


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """``colour`` with its hue kept, made darker on a light and lighter on a dark background
    until it has ``minimum`` contrast (black or white at worst, which always have 4.5:1)."""
    towards_white = relative_luminance(background) < 0.18
    hue, saturation, lightness, _ = colour.getHslF()
    candidate = QColor(colour)
    for _step in range(40):
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
        lightness = min(1.0, lightness + 0.025) if towards_white else max(0.0, lightness - 0.025)
        candidate = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
    return QColor(Qt.GlobalColor.white if towards_white else Qt.GlobalColor.black)


class _ElidedLabel(QLabel):
    """One line of plain text ending in "…" where the width ends; ``text()`` stays whole."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        elide = Qt.TextElideMode.ElideRight
        shown = self.fontMetrics().elidedText(self.text(), elide, rect.width())
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )
        painter.end()


class CallBanner(QFrame):
    """Status word, number, display name and direction of the current call."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._events: tuple[LiveEvent, ...] = ()
        self._session = False
        self._state = BannerState.LIVE
        self._status = QLabel(self)
        self._number = QLabel(self)
        self._name = _ElidedLabel(self)
        self._direction = QLabel(self)
        self._direction_text: str | Callable[[], str] = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._build()
        self._timer.timeout.connect(self.on_timer_fired)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Current call"))
        direction = self._direction_text
        self._direction.setText(direction() if callable(direction) else direction)
        if self._events:
            self._show_state()

    def _build(self) -> None:
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        bold = QFont(self._status.font())
        bold.setBold(True)
        self._status.setFont(bold)
        self._number.setFont(bold)
        for label in (self._status, self._number, self._name, self._direction):
            label.setTextFormat(Qt.TextFormat.PlainText)  # caller ID is untrusted: never markup
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._direction.setForegroundRole(QPalette.ColorRole.WindowText)

        # Status and number on the first line, name and direction on the second: docked at
        # 320 px a German "Manuell ausgehend" beside the number would not fit.
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self._status)
        top.addWidget(self._number)
        top.addStretch(1)
        second = QHBoxLayout()
        second.setSpacing(10)
        second.addWidget(self._name, 1)
        second.addWidget(self._direction, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(second)

    # --- what the controller calls ------------------------------------------------------

    def show_call(self, number: str, name: str | None, direction: str | Callable[[], str]) -> None:
        """A new call: who, which way; its live state follows with ``set_events``.

        ``direction`` may be a function returning the word, so a new language changes it.
        """
        self._number.setText(number)
        self._name.setText(name or "")
        # A long name is cut at the edge: whole in the tooltip, escaped (untrusted text).
        self._name.setToolTip(f"<qt>{html.escape(name)}</qt>" if name else "")
        self._direction_text = direction
        self._direction.setText(direction() if callable(direction) else direction)
        self.show()

    def set_events(self, events: Sequence[LiveEvent], *, session: bool = False) -> None:
        """The call's (or message session's) live events so far; the state follows from them."""
        self._events = tuple(events)
        self._session = session
        self.on_timer_fired()

    # --- what tests and ``status`` read ---------------------------------------------------

    @property
    def state(self) -> BannerState:
        return self._state

    @property
    def timer(self) -> QTimer:
        return self._timer

    def status_text(self) -> str:
        return self._status.text()

    def number_text(self) -> str:
        return self._number.text()

    def name_label(self) -> QLabel:
        return self._name

    def direction_text(self) -> str:
        return self._direction.text()

    def status_colour(self) -> QColor:
        return self._status.palette().color(QPalette.ColorRole.WindowText)

    # --- slots ----------------------------------------------------------------------------

    def on_timer_fired(self) -> None:
        """Re-read the state at the clock's now and arm the one timer for the next change."""
        now = self._clock()
        rules = session_state if self._session else call_state
        live = rules(self._events, now)
        closed = bool(self._events) and self._events[-1].kind is LiveEventKind.CLOSED
        if closed:
            self._state = BannerState.ENDED
        elif live is LiveState.LIVE:
            self._state = BannerState.LIVE
        elif live is LiveState.IDLE:
            self._state = BannerState.IDLE
        else:
            self._state = BannerState.INACTIVE
        self._timer.stop()
        upcoming = session_next_change(self._events, now) if self._session else None
        if upcoming is not None:
            wait_ms = (upcoming - now).total_seconds() * 1000
            self._timer.start(min(MAX_TIMER_MS, max(0, int(wait_ms) + 1)))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._apply_colour()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # --- internals ------------------------------------------------------------------------

    def _show_state(self) -> None:
        if self._state is BannerState.LIVE:
            text = self.tr("Live")
        elif self._state is BannerState.IDLE:
            text = self.tr("Idle")
        elif self._state is BannerState.INACTIVE:
            text = self.tr("Inactive")
        else:
            ended = to_local_qdatetime(self._events[-1].at).time()
            text = arg(self.tr("Ended %1"), format_time(ended))
        self._status.setText(text)
        self._status.setAccessibleName(text)
        self.setAccessibleDescription(
            " ".join(
                part
                for part in (text, self._number.text(), self._name.text(), self._direction.text())
                if part
            )
        )
        self._apply_colour()

    def _apply_colour(self) -> None:
        base = {BannerState.LIVE: GREEN, BannerState.IDLE: AMBER}.get(self._state, GREY)
        background = self.palette().color(QPalette.ColorRole.AlternateBase)
        palette = QPalette(self._status.palette())
        palette.setColor(QPalette.ColorRole.WindowText, readable(base, background))
        if palette != self._status.palette():
            self._status.setPalette(palette)
