"""Live customer suggestions under one search field (SPEC C1, D1): the report's search and the
operations window's customer picker use this one class.

- From the third character on (counted after ``model.clean``, as the service counts them),
  after a pause in typing of ``DEBOUNCE_MS``, the field's text is asked for; each new query
  cancels the one still running (``TaskSlot``), so a stale list never appears.
- Keyboard: Down / Up move into the list (opening it again if it was closed), Enter picks the
  highlighted match or, with the list closed, asks at once; Escape closes the list; any other
  key goes back to the field (``SuggestionPopup``).
- A picked match fills the field with its name (or what matched), exactly as the service gave
  it: under the privacy rule (SPEC D7) the service has already masked both. The field then
  asks nothing more until it is edited.
- Nothing searchable (only spaces or control characters) is "too short", never an error.

The owner says what happens around it (a hint line, a status sentence) through the signals.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from journey_widget.model import CustomerMatch, clean
from journey_widget.service.lookup import SourceError
from journey_widget.ui.common.suggestions import SuggestionPopup
from journey_widget.ui.lifetime.task_slot import TaskSlot

log = logging.getLogger(__name__)

MIN_CHARACTERS = 3
DEBOUNCE_MS = 250
SUGGESTION_LIMIT = 20

# Asks for the matches of the text typed; None when there is nobody to ask (no service yet).
Query = Callable[[str], Awaitable[list[CustomerMatch]] | None]


class CustomerCompleter(QObject):
    """Suggestions for ``field``; ``query(text)`` asks the service."""

    too_short = Signal(str)  # the cleaned text, fewer than MIN_CHARACTERS ("" when empty)
    searching = Signal()  # a query started
    suggestions_shown = Signal(list)  # list[CustomerMatch]; [] when nobody matches
    failed = Signal(object)  # the Exception a query ended with (logged already)
    picked = Signal(str)  # the chosen customer's id (``match_of`` gives the whole match)

    def __init__(self, field: QLineEdit, query: Query) -> None:
        super().__init__(field)
        self._field = field
        self._query = query
        self._popup = SuggestionPopup(field)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._queries = TaskSlot(field, self.on_matches, self.on_failed, name="Suggestions")
        self._chosen_text: str | None = None  # the field's text since a pick, until edited
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._field.textEdited.connect(self.on_text_edited)
        self._field.installEventFilter(self)
        self._timer.timeout.connect(self.suggest_now)
        self._popup.match_picked.connect(self.on_match_picked)

    @property
    def query_scheduled(self) -> bool:
        """A query waits for the typing pause (the debounce timer runs)."""
        return self._timer.isActive()

    @property
    def querying(self) -> bool:
        """A query is under way."""
        return self._queries.pending

    @property
    def popup(self) -> SuggestionPopup:
        return self._popup

    def match_of(self, customer_id: str) -> CustomerMatch | None:
        """The match offered for ``customer_id`` in the last list, if it was offered."""
        model = self._popup.model()
        rows = (model.match_at(row) for row in range(model.rowCount()))
        return next((m for m in rows if m.customer_id == customer_id), None)

    def set_chosen(self, text: str) -> None:
        """Show ``text`` for a customer chosen elsewhere; no suggestions until edited."""
        self.cancel()
        self._field.setText(text)
        self._chosen_text = text

    def schedule(self) -> None:
        """Ask again after the usual pause: what the query depends on changed (the tenant), so
        a pick shown in the field no longer stands either."""
        self._chosen_text = None
        if self._searchable(self._field.text()):
            self._timer.start()

    def cancel(self) -> None:
        """Stop waiting and asking, and close the list."""
        self._timer.stop()
        self._queries.cancel()
        self._popup.hide()

    def suggest_now(self) -> asyncio.Task | None:
        """Ask for the field's text at once; returns the task, or None if nothing was asked."""
        self._timer.stop()
        text = self._field.text()
        if not self._searchable(text):
            return None
        work = self._query(text)
        if work is None:
            return None
        self.searching.emit()
        return self._queries.run(work)

    # --- slots ------------------------------------------------------------------------------

    def on_text_edited(self, text: str) -> None:
        self._chosen_text = None
        if len(clean(text)) < MIN_CHARACTERS:
            self.cancel()
            self.too_short.emit(clean(text))
            return
        self._timer.start()

    def on_matches(self, matches: list[CustomerMatch]) -> None:
        if not matches:
            self._popup.hide()
        elif self._field.isVisible():
            self._popup.show_matches(matches)
        else:
            self._popup.model().set_matches(matches)  # Down opens them once it is shown
        self.suggestions_shown.emit(matches)

    def on_failed(self, error: Exception) -> None:
        self._popup.hide()
        if isinstance(error, ValueError):  # nothing searchable once the source cleaned it
            self.too_short.emit(clean(self._field.text()))
            return
        if isinstance(error, SourceError):
            log.warning("Suggestions failed: %s", error)
        else:
            log.error("Suggestions failed", exc_info=error)
        self.failed.emit(error)

    def on_match_picked(self, customer_id: str) -> None:
        match = self.match_of(customer_id)
        self.cancel()
        if match is not None:
            self.set_chosen(match.name or match.matched)
        self.picked.emit(customer_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        field = getattr(self, "_field", None)  # None while a freed window is being deleted
        if watched is field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._field_key(event)
        return super().eventFilter(watched, event)

    # --- internals --------------------------------------------------------------------------

    def _searchable(self, text: str) -> bool:
        return len(clean(text)) >= MIN_CHARACTERS and text != self._chosen_text

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
            else:
                self.suggest_now()
            return True
        if key == Qt.Key.Key_Escape and self._popup.isVisible():
            self._popup.hide()
            return True
        return False
