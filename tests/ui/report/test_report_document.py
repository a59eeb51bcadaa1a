"""The printed history table gives each column the room its words need (SPEC C10).

Equal fifths of the page broke a German service name ("Störungsannahme") in the middle of
the word while the date and modality columns had room to spare.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest
from tests.ui.report.test_report_printing import report  # noqa: F401  (the fixture)

from journey_widget.ui.report.report_document import build_document, write_pdf

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

LONG_WORDS = ("Störungsannahme", "Rechnungsfragen")


def test_a_long_service_name_stays_whole_in_the_printout(qtbot, report, tmp_path) -> None:  # noqa: F811
    content = report.report_content()
    rows = [
        replace(content.conversations[0], id=f"I-{n}", service=word)
        for n, word in enumerate(LONG_WORDS)
    ]
    target = tmp_path / "services.pdf"
    write_pdf(build_document(replace(content, conversations=rows), report.font()), str(target))
    text = subprocess.run(
        ["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for word in LONG_WORDS:
        assert word in text, word
