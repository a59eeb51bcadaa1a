"""No clipped text in the report with a customer open, 40 % longer texts, docked and narrow
(the pseudo locale of tests/ui/test_pseudo_locale.py; its rules for what counts as clipped)."""

from __future__ import annotations

import contextlib
from datetime import UTC

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.exceptions import TimeoutError as QtTimeout

from journey_widget.ui.report.report_window import ReportWindow
from ui.report.report_data import RAYMOND, clock
from ui.test_pseudo_locale import PseudoTranslator, _clipped


@pytest.fixture
def pseudo(qapp):
    translator: QTranslator = PseudoTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.mark.parametrize("width", [380, 480, 1200])
@pytest.mark.parametrize("conversation", ["I-transfer", "I-voicemail", "I-young"])
def test_nothing_is_clipped_with_a_conversation_open(
    qtbot, report_service, pseudo, width, conversation
) -> None:
    report = ReportWindow(report_service, clock=clock, tz=UTC)
    qtbot.addWidget(report)
    report.resize(width, 900)
    report.show()
    qtbot.waitExposed(report)
    with qtbot.waitSignal(report.customer_shown, timeout=5000):
        report.open_customer(RAYMOND)
    report.select_conversation(conversation)
    # A new conversation re-lays the pane out over a few passes of the event loop; what
    # counts is the settled window, which must not clip anything.
    with contextlib.suppress(QtTimeout):  # if it never settles, the assert says what clips
        qtbot.waitUntil(lambda: _clipped(report) == [], timeout=2000)
    assert _clipped(report) == []
