"""Limits on what one imported record may hold (docs/import-format.md "Limits", issue 16.2).

Text fields in characters by field name; any other text (list items, parameter values,
survey answers) DEFAULT_TEXT_LENGTH; a number's digits. They keep a broken or hostile file
from putting a 50 MB name in front of an agent, and Python's own limits (and its wording)
out of the user's reasons. The line length and nesting limits live where lines are read
(importer.py) and parsed (jsonl_format.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

DEFAULT_TEXT_LENGTH = 2_000
TEXT_LENGTHS: dict[str, int] = {
    "id": 200,
    "customer_id": 200,
    "interaction_id": 200,
    "name": 500,
    "agent_comments": 20_000,
    "issues_reported": 20_000,
    "note": 20_000,
}
PARAMETER_NAME_LENGTH = 200
MAX_NUMBER_DIGITS = 30


class LongNumber:
    """A JSON number with more than MAX_NUMBER_DIGITS digits, kept as its digit count: the
    field's decoder refuses it by name (Python would refuse it as a ValueError about
    ``sys.set_int_max_str_digits``, with no field)."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


def parse_number(text: str, convert: Callable[[str], Any]) -> Any:
    """The JSON decoder's number hook: ``convert(text)``, or a LongNumber if too long."""
    if len(text) > MAX_NUMBER_DIGITS:
        digits = sum(c.isdigit() for c in text)
        if digits > MAX_NUMBER_DIGITS:
            return LongNumber(digits)
    return convert(text)
