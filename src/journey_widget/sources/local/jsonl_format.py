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
from typing import Any

from journey_widget.model import DEFAULT_REGION, Customer, Interaction, Ticket
from journey_widget.sources.local.field_codecs import (
    OBJECT_CODECS,
    Invalid,
    ObjectCodec,
    did_you_mean,
    show,
)

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
_LABELS: dict[type, str] = {cls: name for name, cls in RECORD_TYPES.items()}
_TYPE_CHOICES = '"customer", "interaction" or "ticket"'
_MAX_PATH_LENGTH = 80


def _reject_constant(name: str) -> None:
    """NaN and Infinity are not JSON, though Python's parser accepts them by default."""
    raise ValueError(f"{name} is not a JSON value")


_JSON_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
_JSON_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False
)


# --- public API -----------------------------------------------------------------------------


def decode(data: object, region: str = DEFAULT_REGION) -> Record:
    """Build the model object of one parsed record; raise FormatError(reason) if it is bad.

    ``region`` is the default country for customer phone numbers written without one.
    """
    if type(data) is not dict:
        raise FormatError(f"a record must be a JSON object, got {show(data)}")
    kind = data.get("type")
    codec = _RECORD_CODECS.get(kind) if type(kind) is str else None
    if codec is None:
        if kind is None:
            raise FormatError(f'record has no "type"; expected {_TYPE_CHOICES}')
        hint = did_you_mean(kind, _RECORD_CODECS) if type(kind) is str else ""
        raise FormatError(f"unknown record type {show(kind)}{hint}; expected {_TYPE_CHOICES}")
    try:
        return codec.decode_fields(data, region, skip="type")
    except Invalid as error:
        raise FormatError(_reason(codec.label, data.get("id"), error)) from None


def loads(line: str, region: str = DEFAULT_REGION) -> Record:
    """Decode one line of text; malformed JSON is a FormatError like any other bad record."""
    try:
        data = _JSON_DECODER.decode(line)
    except json.JSONDecodeError as error:
        raise FormatError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except (ValueError, RecursionError) as error:
        raise FormatError(f"not valid JSON ({error})") from None
    return decode(data, region)


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
