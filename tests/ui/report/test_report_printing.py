"""Printing the report (SPEC C10): a PDF with pages, holding the customer, the range, the history
and the selected conversation's events, details and survey; the preview opens without blocking;
an unwritable file is a sentence."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import UTC

import pytest

from journey_widget.ui.report.report_window import ReportWindow
from ui.report.report_data import RAYMOND, clock

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) is not installed",
)


@pytest.fixture
def report(qtbot, report_service) -> ReportWindow:
    window = ReportWindow(report_service, clock=clock, tz=UTC)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    with qtbot.waitSignal(window.customer_shown, timeout=5000):
        window.open_customer(RAYMOND)
    window.select_conversation("I-transfer")
    return window


def _pdf_text(path) -> str:
    """The PDF's text, ligatures ("ﬀ", "ﬁ") folded back into letters."""
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", out)


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def test_an_unwritable_file_is_a_sentence_not_a_crash(qtbot, report, tmp_path) -> None:
    target = tmp_path / "missing-folder" / "report.pdf"
    with qtbot.waitSignal(report.error_shown, timeout=2000):
        assert report.save_pdf(target) is False
    assert "Could not save" in report.status_text
    assert "No such file or directory" in report.status_text


def test_nothing_to_print_before_a_customer_is_open(qtbot, report_service, tmp_path) -> None:
    empty = ReportWindow(report_service, clock=clock)
    qtbot.addWidget(empty)
    assert not empty.print_button.isEnabled()
    assert empty.save_pdf(tmp_path / "x.pdf") is False
    assert not (tmp_path / "x.pdf").exists()


def test_the_pdf_holds_customer_range_history_events_details_and_survey(
    qtbot, report, tmp_path
) -> None:
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(report.pdf_written, timeout=5000):
        assert report.save_pdf(target)
    assert _pages(target) > 0
    text = " ".join(_pdf_text(target).split())
    assert "Conversation report" in text
    assert "Raymond Gray" in text and "+412345678910" in text
    assert "Latest" in text
    for service in ("Billing", "Sales"):
        assert service in text
    for segment in ("IVR", "Queue", "Connected", "Transfer", "Voicemail"):
        assert segment in text
    assert "Anna Schmidt" in text and "Tech Support" in text
    assert "Tariff changed" in text and "Fibre upgrade" in text and "K-4711" in text
    assert "4 of 5 stars" in text and "Shorter <b>waiting</b>" in text
    assert "Transferred by User" in text and "Within SLA" in text


def test_a_long_history_is_paginated(qtbot, report, tmp_path) -> None:
    from dataclasses import replace

    from journey_widget.ui.report.report_document import build_document, write_pdf

    content = report.report_content()
    many = [replace(content.conversations[1], id=f"I-{n}") for n in range(150)]
    target = tmp_path / "long.pdf"
    write_pdf(build_document(replace(content, conversations=many), report.font()), str(target))
    assert _pages(target) >= 3


def test_the_printout_is_in_the_ui_language(qtbot, report, tmp_path, qapp) -> None:
    from journey_widget import i18n

    i18n.switch_language(qapp, "de")
    try:
        target = tmp_path / "de.pdf"
        assert report.save_pdf(target)
        text = " ".join(_pdf_text(target).split())
    finally:
        i18n.switch_language(qapp, "en")
    assert "Gesprächsbericht" in text
    assert "Warteschlange" in text


def test_print_opens_a_preview_without_blocking(qtbot, report) -> None:
    report.print_button.click()
    dialog = report.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    dialog.close()


def test_save_as_pdf_asks_for_a_file_without_blocking(qtbot, report, tmp_path) -> None:
    from PySide6.QtWidgets import QFileDialog

    report.pdf_button.click()
    dialogs = [d for d in report.findChildren(QFileDialog) if d.isVisible()]
    assert len(dialogs) == 1
    target = tmp_path / "picked.pdf"
    with qtbot.waitSignal(report.pdf_written, timeout=5000):
        dialogs[0].fileSelected.emit(str(target))
    assert target.stat().st_size > 0
    dialogs[0].close()
