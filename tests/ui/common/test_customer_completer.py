"""CustomerCompleter, the one completer of the report's search and the operations picker:
characters before asking, one query per pause, the newest query wins, the keyboard, what a
pick fills in, and errors."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from journey_widget.model import CustomerMatch
from journey_widget.sources.base import SourceError
from journey_widget.ui.common.customer_completer import CustomerCompleter
from journey_widget.ui.operations.customer_picker import CustomerPicker
from journey_widget.ui.report.search_box import CustomerSearch

WAIT_MS = 3000

RAYMOND = CustomerMatch("C1", "Raymond Gray", "Raymond Gray")
DORAIN = CustomerMatch("C2", "Dorain Gray", "Dorain Gray")
MASKED = CustomerMatch("C3", "R••• O•••", "+41 •• ••• 45 67")


class _Source:
    """Answers every query with ``matches``; ``gate`` holds the answer to "hold" back."""

    def __init__(self, matches: list[CustomerMatch]) -> None:
        self.matches = matches
        self.asked: list[str] = []
        self.cancelled: list[str] = []
        self.gate = asyncio.Event()
        self.holding = False
        self.error: Exception | None = None

    def query(self, text: str):
        self.asked.append(text)
        return self._answer(text)

    async def _answer(self, text: str) -> list[CustomerMatch]:
        if text == "hold":
            self.holding = True
            try:
                await self.gate.wait()
            except asyncio.CancelledError:
                self.cancelled.append(text)
                raise
        if self.error is not None:
            raise self.error
        return list(self.matches)


@pytest.fixture
def source() -> _Source:
    return _Source([RAYMOND, DORAIN])


@pytest.fixture
def field(qtbot) -> Iterator[QLineEdit]:
    window = QWidget()  # held by this fixture until the test ends
    qtbot.addWidget(window)
    line = QLineEdit(window)
    QVBoxLayout(window).addWidget(line)
    window.resize(400, 60)
    window.show()
    qtbot.waitExposed(window)
    line.setFocus()
    yield line


@pytest.fixture
def completer(qloop, field, source) -> CustomerCompleter:
    return CustomerCompleter(field, source.query)


def _type(qtbot, completer: CustomerCompleter, field: QLineEdit, text: str) -> list:
    with qtbot.waitSignal(completer.suggestions_shown, timeout=WAIT_MS) as shown:
        qtbot.keyClicks(field, text)
    return shown.args[0]


def test_the_report_search_and_the_customer_picker_share_it(qtbot):
    search = CustomerSearch()
    picker = CustomerPicker(lambda: None)
    qtbot.addWidget(search)
    qtbot.addWidget(picker)
    assert isinstance(search.completer, CustomerCompleter)
    assert isinstance(picker.completer, CustomerCompleter)
    assert search.popup is search.completer.popup and picker.popup is picker.completer.popup


def test_fewer_than_three_searchable_characters_ask_nothing(qtbot, completer, field, source):
    short: list[str] = []
    completer.too_short.connect(short.append)
    qtbot.keyClicks(field, "ra")
    assert short == ["r", "ra"]
    field.setText("\x00\x01ra ")  # control characters and spaces do not count
    assert completer.suggest_now() is None
    assert source.asked == []
    assert not completer.popup.isVisible()


def test_one_query_for_what_was_typed_before_the_pause(qtbot, completer, field, source):
    matches = _type(qtbot, completer, field, "raym")
    assert source.asked == ["raym"]  # not "ray" and then "raym"
    assert matches == [RAYMOND, DORAIN]
    assert completer.popup.isVisible() and completer.popup.model().rowCount() == 2


def test_a_newer_query_cancels_the_one_running(qtbot, completer, field, source):
    field.setText("hold")
    first = completer.suggest_now()
    qtbot.waitUntil(lambda: source.holding, timeout=WAIT_MS)  # running, held at the gate
    field.setText("Raym")
    with qtbot.waitSignal(completer.suggestions_shown, timeout=WAIT_MS) as shown:
        completer.suggest_now()
    qtbot.waitUntil(first.done, timeout=WAIT_MS)
    assert first.cancelled() and source.cancelled == ["hold"]
    assert shown.args[0] == [RAYMOND, DORAIN]


def test_down_opens_the_list_again_and_enter_picks_the_highlighted_match(qtbot, completer, field):
    _type(qtbot, completer, field, "gray")
    completer.popup.hide()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert completer.popup.isVisible()
    qtbot.keyClick(completer.popup, Qt.Key.Key_Down)
    with qtbot.waitSignal(completer.picked, timeout=WAIT_MS) as picked:
        qtbot.keyClick(completer.popup, Qt.Key.Key_Return)
    assert picked.args == ["C2"]
    assert not completer.popup.isVisible()


def test_escape_closes_the_list_and_typing_goes_on(qtbot, completer, field):
    _type(qtbot, completer, field, "gray")
    qtbot.keyClick(completer.popup, Qt.Key.Key_Escape)
    assert not completer.popup.isVisible()
    field.setFocus()
    qtbot.keyClicks(field, "x")
    assert field.text() == "grayx"


def test_enter_in_the_field_asks_at_once(qtbot, completer, field, source):
    field.setText("dorain")
    with qtbot.waitSignal(completer.suggestions_shown, timeout=WAIT_MS):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert source.asked == ["dorain"]


def test_a_pick_fills_in_the_name_as_given_and_asks_nothing_until_edited(
    qtbot, completer, field, source
):
    source.matches = [MASKED]  # the service masked it: the privacy rule (D7)
    _type(qtbot, completer, field, "4567")
    with qtbot.waitSignal(completer.picked, timeout=WAIT_MS):
        qtbot.keyClick(completer.popup, Qt.Key.Key_Return)
    assert field.text() == "R••• O•••"
    assert completer.match_of("C3") == MASKED
    asked = len(source.asked)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert completer.suggest_now() is None and len(source.asked) == asked
    _type(qtbot, completer, field, "x")  # edited: the field is a search again
    assert source.asked[-1] == "R••• O•••x"


def test_scheduling_again_asks_for_a_pick_shown_in_the_field(qtbot, completer, field, source):
    completer.set_chosen("Raymond Gray")
    assert completer.suggest_now() is None
    with qtbot.waitSignal(completer.suggestions_shown, timeout=WAIT_MS):
        completer.schedule()  # e.g. another tenant: the same text may match others
    assert source.asked == ["Raymond Gray"]


def test_nothing_searchable_is_too_short_not_an_error(qtbot, completer, field, source):
    source.error = ValueError("empty query")
    failed: list[object] = []
    completer.failed.connect(failed.append)
    field.setText("abc")
    with qtbot.waitSignal(completer.too_short, timeout=WAIT_MS):
        completer.suggest_now()
    assert failed == []


def test_a_failing_source_is_reported_once(qtbot, completer, field, source, caplog):
    source.error = SourceError("The journey store is closed.")
    field.setText("abc")
    with qtbot.waitSignal(completer.failed, timeout=WAIT_MS) as failed:
        completer.suggest_now()
    assert str(failed.args[0]) == "The journey store is closed."
    assert "Suggestions failed" in caplog.text
    assert not completer.popup.isVisible()


def test_a_hidden_field_keeps_the_matches_for_when_it_shows(qtbot, completer, field, source):
    field.window().hide()
    field.setText("gray")
    with qtbot.waitSignal(completer.suggestions_shown, timeout=WAIT_MS):
        completer.suggest_now()
    assert not completer.popup.isVisible()
    assert completer.popup.model().rowCount() == 2
