"""Journey 3, the supervisor: open the conversation report from the window menu, search by four
digits from the middle of a number, pick the customer, choose "Previous month", select a
conversation, save the PDF; pdftotext shows the customer, the range and the segments, and in
German after switching the language."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from e2e.conftest import WAIT_MS
from fixtures.stores import phone_of
from journey_widget import i18n
from journey_widget.app.session import GuiOptions
from journey_widget.model.date_ranges import DatePreset, date_range
from journey_widget.model.identifiers import digits_of
from journey_widget.sources.local.store import open_store
from journey_widget.ui.report.date_range_bar import local_tz, locale_first_weekday
from journey_widget.ui.report.segment_words import segment_facts

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())


def customer_with_segments_last_month(store: Path) -> tuple[str, str]:
    """A demo customer with a segmented conversation in the previous month, and its id."""
    span = date_range(
        DatePreset.PREVIOUS_MONTH, datetime.now(UTC), local_tz(), locale_first_weekday()
    )
    assert span is not None
    with open_store(store, create=False) as opened:
        for n in range(1, 31):
            journey = opened.journey(f"C{n:06d}")
            if journey is None:
                continue
            for interaction in journey.interactions:
                if interaction.segments and interaction.started_at in span:
                    return journey.customer.id, interaction.id
    pytest.fail("the demo data has no segmented conversation last month")


@pytest.fixture
def german_afterwards(qapp):
    yield
    i18n.switch_language(qapp, "en")


def test_supervisor_prints_last_month_in_english_and_german(
    qtbot, qapp, session_for, demo_store: Path, tmp_path: Path, german_afterwards
) -> None:
    customer_id, conversation_id = customer_with_segments_last_month(demo_store)
    number = phone_of(demo_store, customer_id)
    session = session_for(GuiOptions(store=demo_store))
    launcher = session._report  # the window menu's "Conversation report" entry
    assert launcher.action in session.window.menu.actions()
    launcher.action.trigger()
    report = launcher.report
    assert report is not None and report.isVisible()
    report.resize(1100, 760)

    # Four digits from the middle of the number find the customer; picking opens them.
    digits = digits_of(number)
    middle = digits[len(digits) // 2 - 2 : len(digits) // 2 + 2]
    search = report.search
    with qtbot.waitSignal(search.suggestions_shown, timeout=WAIT_MS) as offered:
        qtbot.keyClicks(search.field, middle)
        search.suggest_now()
    assert customer_id in [match.customer_id for match in offered.args[0]]
    with qtbot.waitSignal(report.customer_shown, timeout=WAIT_MS):
        search.on_match_picked(customer_id)

    # Previous month, then the conversation.
    with qtbot.waitSignal(report.customer_shown, timeout=WAIT_MS) as shown:
        report.range_bar.set_preset(DatePreset.PREVIOUS_MONTH)
    journey = shown.args[0]
    assert conversation_id in {i.id for i in journey.interactions}
    assert report.select_conversation(conversation_id)
    conversation = next(i for i in journey.interactions if i.id == conversation_id)

    def printed(name: str) -> str:
        target = tmp_path / name
        with qtbot.waitSignal(report.pdf_written, timeout=WAIT_MS):
            assert report.save_pdf(target)
        return pdf_text(target)

    english = printed("report-en.pdf")
    english_words = report.range_bar.words
    name = journey.customer.name or customer_id
    assert name in english
    assert report.range_bar.words in english
    for segment in conversation.segments:
        assert segment_facts(segment)[0][1] in english  # each event's kind, in words

    i18n.switch_language(qapp, "de")
    german = printed("report-de.pdf")
    assert name in german
    words = report.range_bar.words
    assert words in german and words not in ("", english_words)
    kinds = [segment_facts(segment)[0][1] for segment in conversation.segments]
    assert all(kind in german for kind in kinds)
    assert "Conversation report" not in german
