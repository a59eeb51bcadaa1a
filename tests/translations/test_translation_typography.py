"""Typography the catalogues share: an ellipsis sits on the word it follows.

A space before a closing "…" lets a wrapped label put the "…" alone on the next line (the
saved-copy banner read "wird aktualisiert" / "…" at 380 px). Where the English source keeps a
space ("Calling %1 …", so a number is not read as cut off) the translation may keep it too.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parents[2] / "translations"


@pytest.mark.parametrize("lang", ["de", "id"])
def test_no_space_before_a_closing_ellipsis_unless_the_source_has_one(lang):
    tree = ET.parse(FOLDER / f"journey_widget_{lang}.ts")
    wrong = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            forms = [t for t in message.find("translation").itertext() if t.strip()]
            for text in forms:
                if text.rstrip().endswith(" …") and not source.endswith(" …"):
                    wrong.append(f"{context.findtext('name')}: {text!r}")
    assert not wrong, wrong
