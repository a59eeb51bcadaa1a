"""The supervisor's one search field with live suggestions (SPEC C1).

Phone number, SIP address, e-mail address or name, "contains" rule: from the third character
on, the top 20 matches appear under the field as the supervisor types. The suggestions
themselves (the pause in typing, the newest query winning, the keyboard, what a pick fills
in) are ``CustomerCompleter``, shared with the operations window's customer picker; this
widget adds the line under the field that says what is going on, and emits
``customer_picked`` with the id of the customer picked.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from journey_widget.model import CustomerMatch, clean
from journey_widget.service.lookup import JourneyService
from journey_widget.ui.common.customer_completer import SUGGESTION_LIMIT, CustomerCompleter
from journey_widget.ui.common.formatting import arg
from journey_widget.ui.common.suggestions import SuggestionPopup


class CustomerSearch(QWidget):
    """Search field + suggestion popup + one line saying what is going on."""

    customer_picked = Signal(str)  # customer id
    suggestions_shown = Signal(list)  # list[CustomerMatch], for tests and screen readers

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: JourneyService | None = None
        self._field = QLineEdit(self)
        self._completer = CustomerCompleter(self._field, self._query)
        self._hint = QLabel(self)
        self._field.setMaxLength(256)
        self._field.setClearButtonEnabled(True)
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
        completer = self._completer
        completer.too_short.connect(self.on_too_short)
        completer.searching.connect(self.on_searching)
        completer.suggestions_shown.connect(self.on_suggestions)
        completer.failed.connect(self.on_failed)
        completer.picked.connect(self.on_match_picked)

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
        self.popup.setAccessibleName(self.tr("Matching customers"))
        self._show_hint(self._hint_key, *self._hint_args)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- what the window uses --------------------------------------------------------------

    def set_service(self, service: JourneyService | None) -> None:
        self._completer.cancel()
        self._service = service

    @property
    def field(self) -> QLineEdit:
        return self._field

    @property
    def popup(self) -> SuggestionPopup:
        return self._completer.popup

    @property
    def completer(self) -> CustomerCompleter:
        return self._completer

    @property
    def hint(self) -> str:
        return self._hint.text()

    def suggest_now(self) -> asyncio.Task | None:
        """Look the field's text up at once (tests; Enter without waiting for the timer)."""
        return self._completer.suggest_now()

    # --- slots ------------------------------------------------------------------------------

    def on_too_short(self, cleaned: str) -> None:
        self._show_hint("short" if cleaned else "start")

    def on_searching(self) -> None:
        self._show_hint("busy")

    def on_suggestions(self, matches: list[CustomerMatch]) -> None:
        if matches:
            self._show_hint("found", str(len(matches)))
        else:
            self._show_hint("none", clean(self._field.text()))
        self.suggestions_shown.emit(matches)

    def on_failed(self, _error: Exception) -> None:
        self._show_hint("error")

    def on_match_picked(self, customer_id: str) -> None:
        self.popup.hide()
        self._show_hint("start")
        self.customer_picked.emit(customer_id)

    # --- internals --------------------------------------------------------------------------

    def _query(self, text: str) -> Awaitable[list[CustomerMatch]] | None:
        if self._service is None:
            return None
        return self._service.suggest(text, SUGGESTION_LIMIT)

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
