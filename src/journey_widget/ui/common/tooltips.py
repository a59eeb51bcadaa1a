"""Tooltips that show data as text, never as markup.

Qt renders a tooltip as rich text when it merely *looks* like HTML, so a ticket subject, a
campaign name or a follow-up note from a source or an import ("<b>urgent</b>", an <img>)
would be interpreted. ``plain_tooltip`` escapes the text and keeps its line breaks.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    if not text:
        return ""
    return "<qt>" + "<br>".join(html.escape(line) for line in text.split("\n")) + "</qt>"
