"""The one import / export format: JSON Lines, one customer, interaction or ticket per line.

Files, the demo generator and the local store all speak this codec, so a record means the
same thing wherever it is read (docs/import-format.md describes it for people).

Decoding is strict on purpose: a typo in a field name or a time without an offset is a
reason the importer reports with the line number, not data silently lost or shifted by
hours. Encoding is canonical (UTC times, fields in model order, defaults omitted), so
``dumps(decode(x))`` is the one normal form of a record and round trips are exact.

Field tables are built once at import time from the model's dataclasses; per record the
codec only does dictionary look-ups and small type checks (a million records decode in
well under a minute).
"""

from __future__ import annotations

import json
import re
from typing import Any

from journey_widget.model import DEFAULT_REGION, Customer, Interaction, Ticket
from journey_widget.sources.local.field_codecs import (
    OBJECT_CODECS,
    TRUSTED_CODECS,
    Invalid,
    ObjectCodec,
    did_you_mean,
    show,
)
from journey_widget.sources.local.limits import parse_number

Record = Customer | Interaction | Ticket

# Record type tokens in the "type" key, in the order the docs list them.
RECORD_TYPES: dict[str, type[Record]] = {
    "customer": Customer,
    "interaction": Interaction,
    "ticket": Ticket,
}


class FormatError(ValueError):
    """A record breaks the format. ``str(error)`` is the reason: one short plain fragment."""


_RECORD_CODECS: dict[str, ObjectCodec] = {
    name: OBJECT_CODECS[cls] for name, cls in RECORD_TYPES.items()
}
_TRUSTED_RECORD_CODECS: dict[str, ObjectCodec] = {
    name: TRUSTED_CODECS[cls] for name, cls in RECORD_TYPES.items()
}
_LABELS: dict[type, str] = {cls: name for name, cls in RECORD_TYPES.items()}
_TYPE_CHOICES = '"customer", "interaction" or "ticket"'
_MAX_PATH_LENGTH = 80
# Arrays and objects inside each other: the format itself needs 3 levels (a record, its
# segments, a segment); deeper is refused before parsing, so no line can exhaust the parser.
MAX_NESTING = 16
# What counts for nesting: brackets outside strings; a string followed by ":" is a key.
_NESTING_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[\[\]{}]')


def _reject_constant(name: str) -> None:
    """NaN and Infinity are not JSON, though Python's parser accepts them by default."""
    raise ValueError(f"{name} is not a JSON value")


_JSON_DECODER = json.JSONDecoder(
    parse_constant=_reject_constant,
    parse_int=lambda text: parse_number(text, int),
    parse_float=lambda text: parse_number(text, float),
)
_TRUSTED_JSON_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
_JSON_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False
)


# --- public API -----------------------------------------------------------------------------


def decode(data: object, region: str = DEFAULT_REGION, *, trusted: bool = False) -> Record:
    """Build the model object of one parsed record; raise FormatError(reason) if it is bad.

    ``region`` is the default country for customer phone numbers written without one.
    ``trusted``: a record this program wrote (the store, the offline cache), decoded without
    the import limits on text (docs/import-format.md "Limits").
    """
    if type(data) is not dict:
        raise FormatError(f"a record must be a JSON object, got {show(data)}")
    kind = data.get("type")
    codecs = _TRUSTED_RECORD_CODECS if trusted else _RECORD_CODECS
    codec = codecs.get(kind) if type(kind) is str else None
    if codec is None:
        if kind is None:
            raise FormatError(f'record has no "type"; expected {_TYPE_CHOICES}')
        hint = did_you_mean(kind, _RECORD_CODECS) if type(kind) is str else ""
        raise FormatError(f"unknown record type {show(kind)}{hint}; expected {_TYPE_CHOICES}")
    try:
        return codec.decode_fields(data, region, skip="type")
    except Invalid as error:
        raise FormatError(_reason(codec.label, data.get("id"), error)) from None


def loads(line: str, region: str = DEFAULT_REGION, *, trusted: bool = False) -> Record:
    """Decode one line of text; malformed JSON is a FormatError like any other bad record.

    ``trusted`` as for ``decode``; nesting is limited either way.
    """
    if line.count("[") + line.count("{") > MAX_NESTING:
        _check_nesting(line)
    try:
        data = (_TRUSTED_JSON_DECODER if trusted else _JSON_DECODER).decode(line)
    except json.JSONDecodeError as error:
        raise FormatError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise FormatError(f"nested deeper than {MAX_NESTING} levels") from None
    except ValueError as error:
        raise FormatError(f"not valid JSON ({error})") from None
    return decode(data, region, trusted=trusted)


def _check_nesting(line: str) -> None:
    """FormatError naming the record's field if arrays and objects nest deeper than
    MAX_NESTING (Python's parser would fail with a RecursionError around 1000)."""
    depth = 0
    key = ""
    for token in _NESTING_TOKENS.finditer(line):
        text = token.group()
        if text[0] == '"':
            if depth == 1 and token.group(1):
                key = text[: token.start(1) - token.start()]
            continue
        if text in "[{":
            depth += 1
            if depth > MAX_NESTING:
                if not key:
                    raise FormatError(f"nested deeper than {MAX_NESTING} levels")
                try:
                    name = json.loads(key)
                except ValueError:
                    name = key[1:-1]
                path = json.dumps(name, ensure_ascii=False)[1:-1][:_MAX_PATH_LENGTH]
                raise FormatError(f'field "{path}" is nested deeper than {MAX_NESTING} levels')
        else:
            depth -= 1


def encode(obj: Record) -> dict[str, Any]:
    """The record as a JSON-ready dict: "type" first, then the fields, defaults left out.

    Raises FormatError for values the format cannot hold (a naive datetime, NaN).
    """
    label = _LABELS.get(type(obj))
    if label is None:
        raise TypeError(f"not a customer, interaction or ticket: {type(obj).__name__}")
    try:
        return _RECORD_CODECS[label].encode(obj, {"type": label})
    except Invalid as error:
        raise FormatError(_reason(label, getattr(obj, "id", None), error)) from None


def dumps(obj: Record) -> str:
    """One compact line of JSON (no trailing newline), non-ASCII text kept as it is."""
    return _JSON_ENCODER.encode(encode(obj))


def describe_record(label: str, record_id: object) -> str:
    """``interaction "I42"``: how reasons name a record (the id shortened and escaped)."""
    return f"{label} {show(record_id)}" if type(record_id) is str else label


def _reason(label: str, record_id: object, error: Invalid) -> str:
    where = describe_record(label, record_id)
    # Keys come from the file: escape quotes and line breaks so a reason stays one line.
    path = json.dumps(error.field_path(), ensure_ascii=False)[1:-1][:_MAX_PATH_LENGTH]
    if error.unknown_field:
        return f'{where}: unknown field "{path}"{error.problem}'
    if not path:
        return f"{where}: {error.problem}"
    return f'{where}: field "{path}" {error.problem}'
