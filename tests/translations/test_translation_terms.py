"""One word for one thing: a conversation of the report is a "Gesprächssitzung" / "sesi".

The German catalogue and the Indonesian operations window, tickets scope and trace texts
call the contact centre's unit of work a session ("Gesprächssitzung", "sesi"); the
Indonesian report said "percakapan" for the same thing, so a supervisor read two words for
one list. The report's own name ("Gesprächsbericht", "Laporan percakapan") keeps its word.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parents[2] / "translations"
TERMS = {"de": "gesprächssitzung", "id": "sesi"}


def _about_a_session(source: str) -> bool:
    text = source.casefold()
    if "session" in text:
        return True  # the legend said "Sitzung" for it twice
    return "conversation" in text and "report" not in text


@pytest.mark.parametrize("lang", sorted(TERMS))
def test_a_conversation_is_called_a_session(lang):
    tree = ET.parse(FOLDER / f"journey_widget_{lang}.ts")
    wrong = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if not _about_a_session(source):
                continue
            for text in message.find("translation").itertext():
                if text.strip() and TERMS[lang] not in text.casefold():
                    wrong.append(f"{context.findtext('name')}: {text.strip()!r}")
    assert not wrong, wrong
