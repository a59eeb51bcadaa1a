"""The window's lookup flow: what was typed or called in, resolved to a journey, suggestions,
"no history" or an error, with stale answers dropped (SPEC A3-A6, D7).

A slot starts a task in the window's ``TaskSlot`` (ui/lifetime/task_slot.py), so a newer lookup
(a new call, or the agent typing again) cancels the older one, and a stale answer that arrives
anyway is dropped. A query that
came from outside (a call, a link) is shown as the privacy rule allows (``caller_privacy``).

``LookupFlow`` is a part of ``MainWindow`` (a mixin), kept apart because it is one idea; its
texts are in the ``MainWindow`` translation context, where they have always been.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from journey_widget.model import CustomerMatch, display_identifier
from journey_widget.model.privacy import obfuscate_identifier_value
from journey_widget.service.caller_privacy import shown_query
from journey_widget.service.lookup import (
    InvalidQuery,
    JourneyService,
    LookupResult,
    SourceError,
    one_deadline,
)
from journey_widget.ui.common.formatting import arg, format_count
from journey_widget.ui.common.source_errors import failure_text
from journey_widget.ui.common.state_panel import StatePanel
from journey_widget.ui.common.suggestions import SuggestionPopup
from journey_widget.ui.lifetime.task_slot import TaskSlot

log = logging.getLogger("journey_widget.ui.shell.main_window")  # the window's logger, as before

SUGGESTION_LIMIT = 20


class ViewState(StrEnum):
    IDLE = "idle"
    BUSY = "busy"
    JOURNEY = "journey"  # a known customer, with or without interactions in the period
    NO_HISTORY = "no_history"
    SUGGESTIONS = "suggestions"
    NO_MATCH = "no_match"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Suggestions:
    """What a search that named no single customer resolved to: pick one of these."""

    query: str
    matches: list[CustomerMatch]


async def resolve(
    service: JourneyService,
    text: str,
    *,
    period_months: int | None,
    on_cached: Callable[[LookupResult], None] | None = None,
) -> LookupResult | Suggestions:
    """A journey for what was typed; a name or a partial id falls back to suggestions.

    Numbers, SIP and e-mail addresses answer directly (an unknown number is "no history",
    as for a call). Text that is no identifier, or an id nobody has, is searched for: one
    match opens at once, several are offered to pick from. The lookup, the search and the
    pick share one deadline (docs/adapters.md).
    """
    with one_deadline():
        return await _resolve(service, text, period_months=period_months, on_cached=on_cached)


async def _resolve(
    service: JourneyService,
    text: str,
    *,
    period_months: int | None,
    on_cached: Callable[[LookupResult], None] | None,
) -> LookupResult | Suggestions:
    result: LookupResult | None
    try:
        result = await service.lookup(text, period_months=period_months, on_cached=on_cached)
    except InvalidQuery:
        result = None
    if result is not None and (result.journey is not None or result.identifier is not None):
        return result
    matches = await service.suggest(text, SUGGESTION_LIMIT)
    if len(matches) == 1:
        return await service.lookup_customer(matches[0].customer_id, period_months=period_months)
    if not matches and result is not None:
        return result
    return Suggestions(text, matches)


class LookupFlow:
    """Lookups of ``MainWindow``: start, show the answer, retry, refresh, mask the caller.

    The window provides the parts used here (set in its ``__init__``) and ``show_error``,
    ``_set_panel_state`` and ``_show_journey``.
    """

    _service: JourneyService | None
    _period_months: int | None
    _lookups: TaskSlot  # on_result: on_lookup_answer, on_error: on_lookup_failed
    _retry: Callable[[], object] | None
    _last_query: str | None
    _outside_query: str | None  # what a call or a link asked for: masked while hidden
    _state: ViewState
    _search: QLineEdit
    _popup: SuggestionPopup
    _panel: StatePanel
    no_history_shown: object  # the window's signals
    suggestions_shown: object
    no_match_shown: object

    def lookup(self, query: str, *, show_in_search: bool = True) -> asyncio.Task | None:
        """Look ``query`` up (number, SIP, e-mail, customer id or name); the newest call wins.

        Under the privacy rule (the service hides identifiers, SPEC D7) a query that came from
        outside (a call, a link) is shown obfuscated in the search field and the busy text;
        only the lookup sees it in clear, and Enter on the unchanged field repeats it.
        """
        text = query.strip()
        if not text or self._service is None:
            return None
        if show_in_search:
            self._outside_query = text
            shown = self._shown_query(text)
            if self._search.text() != shown:
                self._search.setText(shown)  # also clears the field's undo history
        self._retry = lambda: self.lookup(text, show_in_search=False)
        work = resolve(
            self._service, text, period_months=self._period_months, on_cached=self.on_cached_answer
        )
        return self._start(text, work, private=True)

    def forget_query(self) -> None:
        """Nothing to look up (a call without a usable number): the previous caller's number
        leaves the search field, and a lookup still under way for them is dropped, so their
        journey cannot replace what the window says about this call."""
        self._lookups.cancel()
        self._outside_query = None
        self._retry = None
        self._search.clear()

    def open_customer(self, customer_id: str) -> asyncio.Task | None:
        """Open the customer picked from the suggestions, by id."""
        if self._service is None:
            return None
        self._retry = lambda: self.open_customer(customer_id)
        work = self._service.lookup_customer(customer_id, period_months=self._period_months)
        return self._start(customer_id, work)

    def _start(
        self, text: str, work: Awaitable[LookupResult | Suggestions], *, private: bool = False
    ) -> asyncio.Task:
        """Run ``work``; a ``private`` query is shown as the privacy rule allows, when shown."""
        self._popup.hide()
        self._last_query = text
        self._set_panel_state(ViewState.BUSY)
        self._panel.show_busy(
            lambda: arg(
                QCoreApplication.translate("MainWindow", "Looking up %1…"),
                self._shown_query(text) if private else text,
            )
        )
        return self._lookups.run(work)

    # --- the caller's number under the privacy rule -----------------------------------

    def _shown_query(self, text: str) -> str:
        """``text`` as the window may show it: obfuscated if the privacy rule hides it."""
        return shown_query(text, self._outside_query, self._service)

    def _keep_search_private(self) -> None:
        """A back end may say who the user is only with its first answer: if the privacy rule
        hides identifiers from them, the caller in the search field is masked from now on."""
        outside = self._outside_query
        if outside is not None and self._search.text() == outside:
            shown = self._shown_query(outside)
            if shown != outside:
                self._search.setText(shown)
                self._panel.retranslate_ui()  # its texts are said again, masked

    # --- slots ---------------------------------------------------------------------------

    def on_search_submitted(self) -> None:
        text = self._search.text().strip()
        if self._outside_query is not None and text == self._shown_query(self._outside_query):
            text = self._outside_query  # the (masked) caller, untouched: look them up again
        self.lookup(text, show_in_search=False)

    def on_match_picked(self, customer_id: str) -> None:
        self.open_customer(customer_id)

    def on_retry_requested(self) -> None:
        if self._retry is not None:
            self._retry()

    def on_refresh(self) -> None:
        if self._last_query and self._state is not ViewState.BUSY:
            self.lookup(self._last_query, show_in_search=False)

    def on_period_requested(self, months: int | None) -> None:
        """The agent asked for more months than were loaded: load them, keep the filter."""
        self._period_months = months
        if self._retry is not None and self._state is ViewState.JOURNEY:
            self._retry()

    def on_lookup_answer(self, answer: LookupResult | Suggestions) -> None:
        """Show a finished lookup (the slot drops it when a newer one has started since)."""
        self._keep_search_private()
        self._show_answer(answer)

    def on_lookup_failed(self, error: Exception) -> None:
        self._keep_search_private()
        if isinstance(error, SourceError):
            log.info("Lookup failed: %s", error)  # English, for the log; the user reads theirs
            text = failure_text(error.reason)
            self.show_error(text.title, text.sentence, retry=self._retry)
        else:
            log.error("Lookup failed", exc_info=error)
            self.show_error(
                QCoreApplication.translate("MainWindow", "Could not load the journey."),
                QCoreApplication.translate(
                    "MainWindow", "Something unexpected went wrong; the log has the details."
                ),
                retry=self._retry,
            )

    def on_cached_answer(self, result: LookupResult) -> None:
        """The offline cache knows this customer: show the saved copy until fresh data comes."""
        task = asyncio.current_task()
        if task is None or not self._lookups.is_current(task) or result.journey is None:
            return
        self._keep_search_private()
        self._show_journey(result.journey, result)

    # --- the answer ------------------------------------------------------------------------

    def _show_answer(self, answer: LookupResult | Suggestions) -> None:
        if isinstance(answer, Suggestions):
            self._show_suggestions(answer)
        elif answer.journey is None:
            ident = answer.identifier
            shown = display_identifier(ident.value) if ident is not None else answer.query
            service = self._service
            if ident is not None and service is not None and service.access.hides_identifiers:
                shown = obfuscate_identifier_value(ident.value, ident.kind)  # privacy (D7)
            self._set_panel_state(ViewState.NO_HISTORY)
            self._panel.show_message(
                lambda: arg(QCoreApplication.translate("MainWindow", "No history for %1"), shown),
                lambda: QCoreApplication.translate(
                    "MainWindow", "No customer is known by this number, address or id."
                ),
            )
            self.no_history_shown.emit(shown)
        else:
            self._show_journey(answer.journey, answer)

    def _show_suggestions(self, answer: Suggestions) -> None:
        if not answer.matches:
            self._set_panel_state(ViewState.NO_MATCH)
            self._panel.show_message(
                lambda: arg(
                    QCoreApplication.translate("MainWindow", "No customer matches “%1”"),
                    answer.query,
                ),
                lambda: QCoreApplication.translate(
                    "MainWindow",
                    "Try a phone number, e-mail or SIP address, customer id or part of a name.",
                ),
            )
            self.no_match_shown.emit(self._panel.title())
            return
        self._set_panel_state(ViewState.SUGGESTIONS)
        count = len(answer.matches)
        self._panel.show_message(
            lambda: arg(
                QCoreApplication.translate("MainWindow", "%1 customers match “%2”"),
                format_count(count),
                answer.query,
            ),
            lambda: QCoreApplication.translate(
                "MainWindow", "Pick one from the list, or type more."
            ),
        )
        self._popup.show_matches(answer.matches)
        self.suggestions_shown.emit(answer.matches)
