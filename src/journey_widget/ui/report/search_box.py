"""The supervisor's one search field with live suggestions (SPEC C1).

Phone number, SIP address, e-mail address or name, "contains" rule: from the third character
on, the top 20 matches appear under the field as the supervisor types. Keystrokes are
debounced by one short timer, and each new query cancels the one still running (``Latest``),
so a stale answer never replaces a newer one. Down (or the popup itself) moves through the
matches, Enter picks, Escape closes; picking one emits ``customer_picked`` with its id.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from journey_widget.model import CustomerMatch, clean
from journey_widget.service.lookup import JourneyService, Latest, SourceError
from journey_widget.ui.common.formatting import arg
from journey_widget.ui.common.suggestions import SuggestionPopup

log = logging.getLogger(__name__)

MIN_CHARACTERS = 3
SUGGESTION_LIMIT = 20
DEBOUNCE_MS = 120


class CustomerSearch(QWidget):
    """Search field + suggestion popup + one line saying what is going on."""

    customer_picked = Signal(str)  # customer id
    suggestions_shown = Signal(list)  # list[CustomerMatch], for tests and screen readers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: JourneyService | None = None
        self._queries: Latest[list[CustomerMatch]] = Latest()
        self._field = QLineEdit(self)
        self._popup = SuggestionPopup(self._field)
        self._hint = QLabel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._pending_text = ""
        self._field.setMaxLength(256)
        self._field.setClearButtonEnabled(True)
        self._field.installEventFilter(self)
        self._hint.setWordWrap(True)
        self._hint.setTextFormat(Qt.TextFormat.PlainText)  # it repeats what was typed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._field)
        layout.addWidget(self._hint)
        self._hint_key = "start"
        self._hint_args: tuple[str, ...] = ()
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self._field.textEdited.connect(self.on_text_edited)
        self._timer.timeout.connect(self.on_timer)
        self._popup.match_picked.connect(self.on_match_picked)

    def retranslate_ui(self) -> None:
        # Short enough for a docked window in any language; the tooltip says it in full.
        self._field.setPlaceholderText(self.tr("Number, address or name"))
        self._field.setToolTip(self.tr("Phone number, SIP address, e-mail address or name"))
        self._field.setAccessibleName(self.tr("Search customer"))
        self._field.setAccessibleDescription(
            self.tr(
                "Matches appear from the third character; Down moves into them, "
                "Enter picks one, Escape closes the list."
            )
        )
        self._popup.setAccessibleName(self.tr("Matching customers"))
        self._show_hint(self._hint_key, *self._hint_args)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- what the window uses --------------------------------------------------------------

    def set_service(self, service: JourneyService | None) -> None:
        self._queries.cancel()
        self._service = service

    @property
    def field(self) -> QLineEdit:
        return self._field

    @property
    def popup(self) -> SuggestionPopup:
        return self._popup

    @property
    def hint(self) -> str:
        return self._hint.text()

    def suggest_now(self) -> asyncio.Task | None:
        """Look the field's text up at once (tests; Enter without waiting for the timer)."""
        self._timer.stop()
        return self._start(self._field.text())

    # --- slots ------------------------------------------------------------------------------

    def on_text_edited(self, text: str) -> None:
        self._pending_text = text
        if len(clean(text)) < MIN_CHARACTERS:
            self._timer.stop()
            self._queries.cancel()
            self._popup.hide()
            self._show_hint("short" if clean(text) else "start")
            return
        self._timer.start()

    def on_timer(self) -> None:
        self._start(self._pending_text)

    def on_match_picked(self, customer_id: str) -> None:
        self._popup.hide()
        self._show_hint("start")
        self.customer_picked.emit(customer_id)

    def on_suggestions(self, task: asyncio.Task[list[CustomerMatch]]) -> None:
        if task.cancelled() or not self._queries.is_current(task):
            return  # a newer query is on its way: this answer is stale
        error = task.exception()
        if isinstance(error, SourceError | ValueError):
            self._popup.hide()
            self._show_hint("error")
            log.warning("Suggestions failed: %s", error)
            return
        if error is not None:
            log.error("Suggestions failed", exc_info=error)
            self._popup.hide()
            self._show_hint("error")
            return
        matches = task.result()
        text = clean(self._field.text())
        if not matches:
            self._popup.hide()
            self._show_hint("none", text)
        else:
            self._show_hint("found", str(len(matches)))
            if self._field.isVisible():
                self._popup.show_matches(matches)
            else:
                self._popup.model().set_matches(matches)
        self.suggestions_shown.emit(matches)

    def eventFilter(self, watched, event: QEvent) -> bool:
        if watched is self._field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._field_key(event)
        return super().eventFilter(watched, event)

    def _field_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        model = self._popup.model()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and model.rowCount():
            if not self._popup.isVisible():
                self._popup.show_matches([model.match_at(n) for n in range(model.rowCount())])
            self._popup.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._popup.isVisible() and self._popup.currentIndex().isValid():
                self._popup.on_index_chosen(self._popup.currentIndex())
            elif len(clean(self._field.text())) >= MIN_CHARACTERS:
                self.suggest_now()
            return True
        if key == Qt.Key.Key_Escape and self._popup.isVisible():
            self._popup.hide()
            return True
        return False

    # --- internals --------------------------------------------------------------------------

    def _start(self, text: str) -> asyncio.Task | None:
        if self._service is None or len(clean(text)) < MIN_CHARACTERS:
            return None
        self._show_hint("busy")
        task = self._queries.run(self._service.suggest(text, SUGGESTION_LIMIT))
        task.add_done_callback(self.on_suggestions)
        return task

    def _show_hint(self, key: str, *args: str) -> None:
        self._hint_key, self._hint_args = key, args
        if key == "start":
            text = self.tr("Type at least 3 characters of a number, address or name.")
        elif key == "short":
            text = self.tr("Keep typing: matches appear from the third character.")
        elif key == "busy":
            text = self.tr("Searching…")
        elif key == "none":
            text = arg(self.tr("No customer matches “%1”."), *args)
        elif key == "found":
            text = self.tr("%n matches: Down to choose, Enter to open.", "", int(args[0]))
        else:
            text = self.tr("The search failed; try again in a moment.")
        self._hint.setText(text)
