"""macOS hands links to the running app as QFileOpenEvent: a call, or one sentence."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from journey_widget.calls.hub import CallHub
from journey_widget.ui.calls.url_open import UrlOpenFilter


def _open(qapp, url: str) -> bool:
    return QApplication.sendEvent(qapp, QFileOpenEvent(QUrl(url)))


def _filtered(qapp):
    hub = CallHub()
    refused: list[tuple[str, str]] = []
    handler = UrlOpenFilter(hub, refused=lambda *text: refused.append(text))
    qapp.installEventFilter(handler)
    return hub, handler, refused


def test_a_call_link_pops_the_call(qtbot, qapp):
    hub, handler, refused = _filtered(qapp)
    try:
        with qtbot.waitSignal(hub.call_arrived, timeout=1000) as arrived:
            _open(qapp, "journey-widget://call?number=%2B49301234567&name=Erika%20M")
        event = arrived.args[0]
        assert event.identifier.value == "+49301234567"
        assert event.name == "Erika M" and event.source == "url"
        assert refused == []
    finally:
        qapp.removeEventFilter(handler)


def test_a_hangup_link_ends_the_call(qtbot, qapp):
    hub, handler, refused = _filtered(qapp)
    try:
        call = hub.deliver_fields({"number": "+49301234567"}, source="command")
        with qtbot.waitSignal(hub.call_state_changed, timeout=1000) as ended:
            _open(qapp, "journey-widget://hangup?number=%2B49301234567")
        assert ended.args == [call.call_id, "closed"]
        assert refused == [] and hub.live_calls() == []
    finally:
        qapp.removeEventFilter(handler)


def test_a_bad_link_is_one_sentence_and_no_call(qtbot, qapp):
    hub, handler, refused = _filtered(qapp)
    arrived = []
    hub.call_arrived.connect(arrived.append)
    try:
        _open(qapp, "journey-widget://dial?number=1")
        _open(qapp, "journey-widget://call?name=nobody")
    finally:
        qapp.removeEventFilter(handler)
    assert arrived == []
    assert [title for title, _ in refused] == ["This link cannot be opened."] * 2
    assert "call?number" in refused[0][1]


def test_files_and_other_links_are_left_to_others(qapp):
    hub, handler, refused = _filtered(qapp)
    arrived = []
    hub.call_arrived.connect(arrived.append)
    try:
        _open(qapp, "file:///tmp/customers.jsonl")
        _open(qapp, "https://example.org/call?number=1")
    finally:
        qapp.removeEventFilter(handler)
    assert arrived == [] and refused == []
