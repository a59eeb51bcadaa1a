"""Customer search over the local store: what is indexed, and how a typed text is looked up.

Each customer contributes "terms" to ``search_terms``: the name and every identifier value,
folded so that case and accents don't matter ("muller" finds "Müller"), and for phones the
digits alone ("4567" finds +412345678910). A B-tree index on the term answers exact and
prefix matches; an FTS5 trigram index over the same rows answers "contains".

Ranking is exact, then prefix, then contains; ties by name; one row per customer. To stay
fast on a million identifiers, each kind of match reads a bounded number of candidates
(``_candidate_cap``), so when thousands of entries merely *contain* the text, the
suggestions are the best of the first few hundred found; typing more narrows them.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator

from journey_widget.model import (
    CustomerMatch,
    Identifier,
    IdentifierKind,
    digits_of,
    normalize_phone,
)

TRIGRAM = 3  # the shortest text the trigram index can find
MAX_QUERY_LENGTH = 256
EMPTY_QUERY = "Type something to search for."

_EXACT, _PREFIX, _CONTAINS = range(3)
_PHONE_LIKE = re.compile(r"^[\d\s+().\-/]+$")
_LAST_CHAR = "\U0010ffff"

_PREFIX_SQL = """
SELECT t.customer_id, t.kind, t.display, t.term, c.name
FROM search_terms AS t JOIN customers AS c ON c.id = t.customer_id
WHERE t.term >= ?1 AND t.term < ?2
ORDER BY t.term
LIMIT ?3
"""
_CONTAINS_SQL = """
SELECT t.customer_id, t.kind, t.display, t.term, c.name
FROM search_terms AS t JOIN customers AS c ON c.id = t.customer_id
WHERE t.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 LIMIT ?2)
"""


def fold(text: str) -> str:
    """Case- and accent-free form of a text, for matching only (never shown)."""
    if text.isascii():
        return text.lower()
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    return unicodedata.normalize("NFC", stripped).casefold()


def terms_for(
    name: str | None, identifiers: Iterable[Identifier]
) -> Iterator[tuple[str | None, str, str]]:
    """(kind, display, term) rows a customer adds to the index; kind None is the name."""
    seen: set[tuple[str | None, str]] = set()
    candidates: list[tuple[str | None, str, str]] = []
    if name and name.strip():
        candidates.append((None, name, fold(name.strip())))
    for identifier in identifiers:
        if identifier.kind is IdentifierKind.PHONE:
            term = digits_of(identifier.value)
        else:
            term = fold(identifier.value)
        candidates.append((identifier.kind.value, identifier.value, term))
    for kind, display, term in candidates:
        if term and (kind, term) not in seen:
            seen.add((kind, term))
            yield kind, display, term


def query_forms(text: str, region: str) -> list[str]:
    """The folded forms a typed text is searched as; ValueError if there is nothing to search.

    Text that looks like a phone number is searched by its digits, as typed ("456 78" ->
    "45678") and, when it starts with a trunk or international prefix, also as the E.164
    digits it stands for ("030 123" -> "4930123", "0049 30" -> "4930").
    """
    text = "".join(c for c in text if unicodedata.category(c) != "Cc").strip()
    text = text[:MAX_QUERY_LENGTH]
    if not text:
        raise ValueError(EMPTY_QUERY)
    if not _PHONE_LIKE.match(text) or not any(c.isdigit() for c in text):
        return [fold(text)]
    digits = digits_of(text)
    forms = [digits]
    if digits.startswith("00"):
        forms.append(digits[2:])
    elif digits.startswith("0") and not text.startswith("+"):
        e164 = normalize_phone(text, region)
        if e164:
            forms.append(digits_of(e164))
    return [form for form in dict.fromkeys(forms) if form]


def fts_phrase(text: str) -> str:
    """User text as one FTS5 string: double-quoted, inner quotes doubled; never a syntax error."""
    return '"' + text.replace('"', '""') + '"'


def search(conn: sqlite3.Connection, text: str, limit: int, region: str) -> list[CustomerMatch]:
    """The best ``limit`` customers for ``text`` (SPEC C1, D1), best first."""
    forms = query_forms(text, region)
    if limit <= 0:
        return []
    cap = _candidate_cap(limit)
    best: dict[str, tuple[int, str, str | None, str, str | None]] = {}
    for form in forms:
        rows = conn.execute(_PREFIX_SQL, (form, form + _LAST_CHAR, cap)).fetchall()
        if len(form) >= TRIGRAM:
            rows += conn.execute(_CONTAINS_SQL, (fts_phrase(form), cap)).fetchall()
        for customer_id, kind, display, term, name in rows:
            if term == form:
                rank = _EXACT
            elif term.startswith(form):
                rank = _PREFIX
            else:
                rank = _CONTAINS
            known = best.get(customer_id)
            # Same rank: the name is the better thing to show as the match.
            if known is None or (rank, kind is not None) < (known[0], known[2] is not None):
                best[customer_id] = (rank, display, kind, term, name)
    ordered = sorted(
        best.items(),
        key=lambda item: (item[1][0], item[1][4] is None, fold(item[1][4] or ""), item[0]),
    )
    return [
        CustomerMatch(
            customer_id=customer_id,
            name=name,
            matched=display,
            matched_kind=IdentifierKind(kind) if kind is not None else None,
        )
        for customer_id, (_rank, display, kind, _term, name) in ordered[:limit]
    ]


def _candidate_cap(limit: int) -> int:
    """How many rows each kind of match may read: enough to rank well, bounded for speed."""
    return max(200, limit * 10)
