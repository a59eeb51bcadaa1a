"""The strip that says the journey shown is a saved copy (SPEC H2).

Two states, always in words (the colour only repeats them):

- **cached**: the journey came from the offline cache a moment ago and fresh data is on its
  way: "Saved copy, updated 5 min ago · refreshing…";
- **offline**: the back end is down, or its answer could not be read (a sign-in page, a cut-off
  body: ``FailureReason.keeps_saved_copy``); the saved copy stays: "Offline: showing the
  journey as of 5 min ago", the reason in the user's language, and a Retry button. When the
  back end did answer (unreadably), the status says "Saved copy", not "Offline".

"5 min ago" is relative to the clock and is kept true as time passes by one timer (every
30 s while shown, never while hidden); beyond a day the local date and time are shown in the
locale's short format. Switching the language retranslates an open banner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journey_widget.service.lookup import FailureReason
from journey_widget.ui.common.formatting import arg, format_datetime
from journey_widget.ui.common.source_errors import failure_text

REFRESH_MS = 30_000


class SourceBannerState(StrEnum):
    HIDDEN = "hidden"
    CACHED = "cached"
    OFFLINE = "offline"


class SourceBanner(QFrame):
    """Cached / offline notice with a Retry button; hidden while the data is fresh."""

    retry_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._state = SourceBannerState.HIDDEN
        self._fetched_at: datetime | None = None
        self._reason: FailureReason | None = None
        self._status = QLabel(self)
        self._message = QLabel(self)
        self._reason_label = QLabel(self)
        self._retry = QPushButton(self)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._build()
        self._timer.timeout.connect(self.on_timer)
        self._retry.clicked.connect(self.retry_requested)
        self.retranslate_ui()
        self.hide()

    def _build(self) -> None:
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        bold = QFont(self._status.font())
        bold.setBold(True)
        self._status.setFont(bold)
        for label in (self._status, self._message, self._reason_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self._message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._message.setMinimumWidth(120)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._status, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._message, 1)
        top.addWidget(self._retry, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self._reason_label)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Data status"))
        self._retry.setText(self.tr("&Retry"))
        self._retry.setAccessibleName(self.tr("Retry"))
        self._retry.setAccessibleDescription(self.tr("Ask the back end for fresh data again"))
        self._update_texts()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # --- what the window calls ------------------------------------------------------------

    def show_cached(self, fetched_at: datetime) -> None:
        """A saved copy is shown while fresh data is fetched."""
        self._set(SourceBannerState.CACHED, fetched_at, None)

    def show_offline(self, fetched_at: datetime, reason: FailureReason) -> None:
        """The back end is down or its answer unreadable: the saved copy stays, with the
        reason and a Retry."""
        self._set(SourceBannerState.OFFLINE, fetched_at, reason)

    def clear(self) -> None:
        """Fresh data (or no journey) is shown: the banner goes away."""
        self._state = SourceBannerState.HIDDEN
        self._fetched_at = self._reason = None
        self._timer.stop()
        self.hide()

    def age_text(self, fetched_at: datetime, now: datetime, locale: QLocale | None = None) -> str:
        """ "just now", "5 min ago", "3 h ago", "2 days ago"; beyond a week the local date."""
        seconds = max(0, int((now - fetched_at).total_seconds()))
        if seconds < 60:
            return self.tr("just now")
        minutes = seconds // 60
        if minutes < 60:
            return self.tr("%n min ago", "", minutes)
        hours = minutes // 60
        if hours < 24:
            return self.tr("%n h ago", "", hours)
        days = hours // 24
        if days < 7:
            return self.tr("%n days ago", "", days)
        return arg(self.tr("on %1"), format_datetime(fetched_at, locale))

    # --- what tests read ------------------------------------------------------------------

    @property
    def state(self) -> SourceBannerState:
        return self._state

    @property
    def timer(self) -> QTimer:
        return self._timer

    def status_text(self) -> str:
        return self._status.text()

    def message_text(self) -> str:
        return self._message.text()

    def reason_text(self) -> str:
        return self._reason_label.text() if self._reason_label.isVisibleTo(self) else ""

    def retry_button(self) -> QPushButton:
        return self._retry

    # --- inside ---------------------------------------------------------------------------

    def on_timer(self) -> None:
        self._update_texts()

    def _set(
        self, state: SourceBannerState, fetched_at: datetime, reason: FailureReason | None
    ) -> None:
        self._state, self._fetched_at, self._reason = state, fetched_at, reason
        self._update_texts()
        self._timer.start()
        self.show()

    def _update_texts(self) -> None:
        if self._state is SourceBannerState.HIDDEN or self._fetched_at is None:
            return
        age = self.age_text(self._fetched_at, self._clock())
        offline = self._state is SourceBannerState.OFFLINE
        if offline:
            down = self._reason is None or self._reason.is_outage
            self._status.setText(self.tr("Offline") if down else self.tr("Saved copy"))
            self._message.setText(arg(self.tr("Showing the saved journey, updated %1."), age))
        else:
            self._status.setText(self.tr("Saved copy"))
            self._message.setText(arg(self.tr("Updated %1 · refreshing…"), age))
        reason = failure_text(self._reason).title if self._reason is not None else ""
        self._reason_label.setText(reason)
        self._reason_label.setVisible(bool(reason))
        self._retry.setVisible(offline)
        self.setAccessibleDescription(
            " ".join(t for t in (self._status.text(), self._message.text(), reason) if t)
        )
