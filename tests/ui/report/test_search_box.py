"""The supervisor's search field (SPEC C1): 3-character rule, ranking, the 20 cap, digits inside
numbers, stale queries cancelled, keyboard navigation. Real store, real widgets."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from journey_widget.model import CustomerMatch
from journey_widget.service.lookup import JourneyService
from journey_widget.ui.report.search_box import CustomerSearch
from ui.report.report_data import DORAIN, RAYMOND


@pytest.fixture
def search(qtbot, report_service) -> CustomerSearch:
    widget = CustomerSearch()
    qtbot.addWidget(widget)
    widget.set_service(report_service)
    widget.resize(400, 60)
    widget.show()
    return widget


def _type(qtbot, search: CustomerSearch, text: str) -> list[CustomerMatch]:
    with qtbot.waitSignal(search.suggestions_shown, timeout=5000) as shown:
        qtbot.keyClicks(search.field, text)
    return shown.args[0]


class _CountingService(JourneyService):
    def __init__(self, inner: JourneyService) -> None:
        self.inner = inner
        self.asked: list[str] = []

    async def suggest(self, text: str, limit: int = 20):
        self.asked.append(text)
        return await self.inner.suggest(text, limit)


def test_fewer_than_three_characters_ask_nothing_and_say_why(qtbot, search, report_service):
    counting = _CountingService(report_service)
    search.set_service(counting)
    qtbot.keyClicks(search.field, "ra")
    assert not search.completer.query_scheduled  # the debounce never started
    search.completer.suggest_now()  # and were the debounce to fire, it would ask nothing
    assert counting.asked == []
    assert not search.popup.isVisible()
    assert "third character" in search.hint
    assert search.suggest_now() is None


def test_from_the_third_character_suggestions_appear(qtbot, search) -> None:
    matches = _type(qtbot, search, "ray")
    # Prefix of a name ranks before "contains": Raymond before Dorain Gray.
    assert [m.customer_id for m in matches[:2]] == [RAYMOND, DORAIN]
    assert search.popup.isVisible()
    assert search.popup.model().rowCount() == len(matches)


def test_at_most_twenty_matches(qtbot, search) -> None:
    matches = _type(qtbot, search, "Person")
    assert len(matches) == 20
    assert [m.name for m in matches] == sorted(m.name for m in matches)


def test_digits_match_inside_numbers_whatever_their_formatting(qtbot, search) -> None:
    matches = _type(qtbot, search, "4567")
    assert [m.customer_id for m in matches] == [RAYMOND]
    assert matches[0].matched == "+412345678910"


def test_sip_and_email_match_by_contains(qtbot, search) -> None:
    assert [m.customer_id for m in _type(qtbot, search, "pbx.exam")] == [DORAIN]
    search.field.clear()
    assert [m.customer_id for m in _type(qtbot, search, "gray@")] == [DORAIN]


def test_nobody_matching_is_said_in_words(qtbot, search) -> None:
    assert _type(qtbot, search, "zzqx") == []
    assert "zzqx" in search.hint
    assert not search.popup.isVisible()


class _GatedService(JourneyService):
    """Holds the answer to the first query until released: it arrives after the second one."""

    def __init__(self, inner: JourneyService) -> None:
        self.inner = inner
        self.gate = asyncio.Event()
        self.cancelled: list[str] = []
        self.held: list[str] = []

    async def suggest(self, text: str, limit: int = 20):
        if text == "Pers":
            self.held.append(text)
            try:
                await self.gate.wait()
            except asyncio.CancelledError:
                self.cancelled.append(text)
                raise
        return await self.inner.suggest(text, limit)


def test_typing_on_cancels_the_stale_query(qtbot, search, report_service, settle) -> None:
    gated = _GatedService(report_service)
    search.set_service(gated)
    search.field.setText("Pers")
    first = search.suggest_now()
    qtbot.waitUntil(lambda: gated.held == ["Pers"])  # the first query is held at the gate
    search.field.setText("Raym")
    with qtbot.waitSignal(search.suggestions_shown, timeout=5000) as shown:
        search.suggest_now()
    qtbot.waitUntil(first.done, timeout=2000)
    assert first.cancelled() and gated.cancelled == ["Pers"]
    gated.gate.set()
    settle()
    assert [m.customer_id for m in shown.args[0]] == [RAYMOND]
    assert search.popup.model().rowCount() == 1


def test_keyboard_down_and_enter_pick_a_customer(qtbot, search) -> None:
    _type(qtbot, search, "gray")
    search.popup.hide()
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    assert search.popup.isVisible()
    qtbot.keyClick(search.popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(search.customer_picked, timeout=2000) as picked:
        qtbot.keyClick(search.popup, Qt.Key.Key_Return)
    assert picked.args == [search.popup.model().match_at(1).customer_id]
    assert not search.popup.isVisible()


def test_escape_closes_the_list_and_typing_goes_on_in_the_field(qtbot, search) -> None:
    _type(qtbot, search, "gray")
    qtbot.keyClick(search.popup, Qt.Key.Key_Escape)
    assert not search.popup.isVisible()
    search.field.setFocus()
    qtbot.keyClicks(search.field, "x")
    assert search.field.text() == "grayx"


def test_a_failing_source_is_a_sentence(qtbot, search, report_service, settle) -> None:
    class Broken(JourneyService):
        def __init__(self) -> None:
            pass

        async def suggest(self, text: str, limit: int = 20):
            from journey_widget.sources.base import SourceError

            raise SourceError("The journey store is closed.")

    search.set_service(Broken())
    with qtbot.assertNotEmitted(search.suggestions_shown):
        search.field.setText("Raymond")
        search.suggest_now()
        settle()  # the query is done and its answer handled
    assert "failed" in search.hint
    assert not search.popup.isVisible()


@pytest.mark.parametrize("text", ['"ray', "%%%", "a_b\\", "sip:*", "\x00\x01ray", "ä" * 300])
def test_odd_input_is_searched_or_refused_in_words_never_a_crash(
    qtbot, search, text, settle
) -> None:
    search.field.setText(text)
    task = search.suggest_now()
    if task is None:  # nothing searchable: fewer than 3 characters after cleaning
        return
    settle()  # the query is done and its answer handled
    assert search.hint and "failed" not in search.hint
