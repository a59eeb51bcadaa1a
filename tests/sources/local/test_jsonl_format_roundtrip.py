"""Property tests: any model object survives the codec and the store unchanged, and no input
makes the decoder fail with anything but FormatError."""

from __future__ import annotations

import dataclasses
import json
import tempfile
import types
import typing
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, timezone
from enum import Enum
from pathlib import Path
from types import MappingProxyType

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_widget.model import (
    Customer,
    Identifier,
    IdentifierKind,
    Interaction,
    NumberType,
    Ticket,
    normalize_identifier,
)
from journey_widget.sources.local.jsonl_format import FormatError, decode, dumps, encode, loads
from journey_widget.sources.local.store import open_store

ZONES = [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-7))]
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
MOMENTS = st.datetimes(
    min_value=datetime(1971, 1, 1),
    max_value=datetime(2199, 12, 31),
    timezones=st.sampled_from(ZONES),
)


def _normalised(kind: IdentifierKind, raw: str) -> str | None:
    try:
        return normalize_identifier(kind, raw)
    except ValueError:
        return None


def _identifier_values(kind: IdentifierKind) -> st.SearchStrategy[str]:
    raw = {
        IdentifierKind.PHONE: st.from_regex(r"\+[1-9][0-9]{7,12}", fullmatch=True),
        IdentifierKind.EMAIL: st.from_regex(
            r"[a-zA-Z0-9._%+-]{1,12}@[a-z0-9-]{1,10}\.[a-z]{2,4}", fullmatch=True
        ),
        IdentifierKind.SIP: st.from_regex(
            r"sip:[a-z0-9._+-]{1,12}@[a-z0-9-]{1,10}\.[a-z]{2,4}", fullmatch=True
        ),
        IdentifierKind.ACCOUNT: st.text(min_size=1, max_size=40),
    }[kind]
    return raw.map(lambda text: _normalised(kind, text)).filter(lambda value: value is not None)


IDENTIFIERS = st.sampled_from(IdentifierKind).flatmap(
    lambda kind: st.builds(
        Identifier,
        kind=st.just(kind),
        value=_identifier_values(kind),
        number_type=st.none() | st.sampled_from(NumberType),
    )
)


def strategy_for(hint: typing.Any) -> st.SearchStrategy[typing.Any]:
    """A strategy for one annotated model field type."""
    if hint is str:
        return TEXT
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.integers()
    if hint is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if hint is datetime:
        return MOMENTS
    if hint == Mapping[str, str]:
        return st.dictionaries(TEXT, TEXT, max_size=3).map(MappingProxyType)
    if hint is Identifier:
        return IDENTIFIERS
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        options = [strategy_for(arg) for arg in args if arg is not type(None)]
        return st.one_of(*options)
    if origin is tuple:
        return st.lists(strategy_for(args[0]), max_size=3).map(tuple)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return st.sampled_from(hint)
    if dataclasses.is_dataclass(hint):
        return objects(hint)
    raise TypeError(f"no strategy for {hint!r}")


def objects(cls: type) -> st.SearchStrategy[typing.Any]:
    """Instances of a model dataclass; optional fields are sometimes left at their default."""
    hints = typing.get_type_hints(cls)
    fields = {}
    for f in dataclasses.fields(cls):
        strategy = strategy_for(hints[f.name])
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        fields[f.name] = strategy if required else st.none() | strategy
    return st.fixed_dictionaries(fields).map(
        lambda values: cls(**{k: v for k, v in values.items() if v is not None})
    )


RECORDS = st.one_of(objects(Customer), objects(Interaction), objects(Ticket))
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(TEXT, children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(RECORDS)
def test_decode_inverts_encode(record):
    assert decode(encode(record)) == record


@settings(max_examples=300, deadline=None)
@given(RECORDS)
def test_dumps_is_canonical_and_one_line(record):
    line = dumps(record)
    assert "\n" not in line
    # The store reads its own lines back as trusted: any model value round-trips; a file's
    # line is also held to the import limits (tests/sources/local/test_field_codecs.py).
    assert loads(line, trusted=True) == record
    assert dumps(loads(line, trusted=True)) == line


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_arbitrary_json_fails_only_with_format_error(data):
    try:
        decode(data)
    except FormatError as error:
        assert str(error) and "\n" not in str(error)


@settings(max_examples=300, deadline=None)
@given(RECORDS, st.data())
def test_a_damaged_field_fails_only_with_format_error(record, data):
    encoded = encode(record)
    key = data.draw(st.sampled_from(sorted(encoded)))
    encoded[key] = data.draw(JSON)
    try:
        decode(json.loads(json.dumps(encoded)))
    except FormatError as error:
        assert str(error)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    objects(Customer),
    st.lists(objects(Interaction), max_size=4),
    st.lists(objects(Ticket), max_size=2),
)
def test_store_round_trip(customer, interactions, tickets):
    interactions = [
        dataclasses.replace(i, customer_id=customer.id, id=f"I{n}")
        for n, i in enumerate(interactions)
    ]
    tickets = [
        dataclasses.replace(t, customer_id=customer.id, id=f"T{n}") for n, t in enumerate(tickets)
    ]
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "s.sqlite") as store:
        report = store.import_records([customer, *interactions, *tickets])
        assert report.error_count == 0
        exported = [dumps(r) for r in store.export_customer(customer.id)]
    by_time = sorted(interactions, key=lambda i: (i.started_at, i.id))
    by_creation = sorted(tickets, key=lambda t: (t.created_at, t.id))
    assert exported == [dumps(r) for r in (customer, *by_time, *by_creation)]
