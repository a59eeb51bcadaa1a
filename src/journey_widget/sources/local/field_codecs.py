"""Field-level codecs of the import format: one decoder / encoder pair per model field type.

Built once, when the format module is imported, from the model's type hints, so a new model
field gets a codec (or a TypeError at import time, caught by the tests) without per-record
reflection. Decoders raise ``Invalid`` with the problem; the field path ("segments[2].ended_at")
is added as the error travels up, and ``jsonl_format`` turns it into the user's reason.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import json
import math
import operator
import sys
import types
import typing
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import Enum
from types import MappingProxyType
from typing import Any

from journey_widget.model import (
    Case,
    Customer,
    FollowUp,
    Identifier,
    Interaction,
    Segment,
    SurveyAnswer,
    Ticket,
    normalize_identifier,
)
from journey_widget.sources.local.limits import (
    DEFAULT_TEXT_LENGTH,
    MAX_NUMBER_DIGITS,
    PARAMETER_NAME_LENGTH,
    TEXT_LENGTHS,
    LongNumber,
)

# Enum value lists longer than this are not spelled out in a reason.
_MAX_LISTED_CHOICES = 8
_SHOWN_VALUE_LENGTH = 40


class Invalid(Exception):
    """A problem inside a record; the path to the field grows as the error bubbles up."""

    def __init__(self, problem: str, *, unknown_field: bool = False) -> None:
        super().__init__(problem)
        self.problem = problem
        self.unknown_field = unknown_field
        self.path: list[str | int] = []  # innermost first

    def inside(self, step: str | int) -> Invalid:
        self.path.append(step)
        return self

    def field_path(self) -> str:
        text = ""
        for step in reversed(self.path):
            if isinstance(step, int):
                text += f"[{step}]"
            else:
                text += f".{step}" if text else step
        return text


def _too_long(length: int, limit: int) -> Invalid:
    return Invalid(f"is longer than {limit:,} characters (it has {length:,})")


def _long_number(value: LongNumber) -> Invalid:
    return Invalid(
        f"must be a number of at most {MAX_NUMBER_DIGITS} digits, got one of {value.digits} digits"
    )


Decoder = Callable[[Any, str], Any]
Encoder = Callable[[Any], Any] | None  # None: the value is already JSON


# --- showing values in reasons -------------------------------------------------------------


def show(value: object) -> str:
    """A value as the user wrote it in JSON, shortened: reasons stay one line."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, LongNumber):
        return f"a number of {value.digits} digits"
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > _SHOWN_VALUE_LENGTH:
        text = text[: _SHOWN_VALUE_LENGTH - 1] + "…"
    return text


def did_you_mean(word: str, choices: typing.Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.75)
    return f' (did you mean "{close[0]}"?)' if close else ""


# --- scalar decoders / encoders ------------------------------------------------------------


def _decode_text(value: Any, region: str) -> str:
    """Text of any length: for records the program wrote itself (``trusted``)."""
    if type(value) is str:
        return value
    raise Invalid(f"must be a string, got {show(value)}")


def _decode_str(value: Any, region: str) -> str:
    if type(value) is str:
        if len(value) > DEFAULT_TEXT_LENGTH:
            raise _too_long(len(value), DEFAULT_TEXT_LENGTH)
        return value
    raise Invalid(f"must be a string, got {show(value)}")


def _decode_bool(value: Any, region: str) -> bool:
    if type(value) is bool:
        return value
    raise Invalid(f"must be true or false, got {show(value)}")


def _decode_int(value: Any, region: str) -> int:
    if type(value) is int:
        return value
    if type(value) is LongNumber:
        raise _long_number(value)
    raise Invalid(f"must be a whole number, got {show(value)}")


def _decode_float(value: Any, region: str) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        try:
            return float(value)
        except OverflowError:
            raise Invalid(f"must be a number in range, got {show(value)}") from None
    if type(value) is LongNumber:
        raise _long_number(value)
    raise Invalid(f"must be a number, got {show(value)}")


def _encode_float(value: float) -> float:
    if not math.isfinite(value):
        raise Invalid(f"must be a finite number, got {value!r}")
    return value


def _survey_answer_codec(text: Decoder) -> tuple[Decoder, Encoder]:
    def decode(value: Any, region: str) -> str | bool | int:
        if type(value) is str:
            return text(value, region)
        if type(value) in (bool, int):
            return value
        if type(value) is LongNumber:
            raise _long_number(value)
        raise Invalid(f"must be a string, true / false or a whole number, got {show(value)}")

    return decode, None


def _decode_datetime(value: Any, region: str) -> datetime:
    if type(value) is str:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if parsed.tzinfo is None:
                raise Invalid(f'must have a UTC offset (like "Z" or "+01:00"), got {show(value)}')
            try:
                return parsed.astimezone(UTC)
            except OverflowError:
                pass
    raise Invalid(f"must be an ISO 8601 date-time with offset, got {show(value)}")


def _encode_datetime(value: datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise Invalid(f"must be timezone-aware, got the naive time {value.isoformat()}")
    return value.astimezone(UTC).isoformat()


def _parameters_codec(limited: bool) -> tuple[Decoder, Encoder]:
    name_length = PARAMETER_NAME_LENGTH if limited else sys.maxsize
    text_length = DEFAULT_TEXT_LENGTH if limited else sys.maxsize

    def decode(value: Any, region: str) -> Mapping[str, str]:
        return _decode_parameters(value, name_length, text_length)

    return decode, dict


def _decode_parameters(value: Any, name_length: int, text_length: int) -> Mapping[str, str]:
    if type(value) is not dict:
        raise Invalid(f"must be an object of text values, got {show(value)}")
    for key, item in value.items():
        if len(key) > name_length:
            raise Invalid(
                f"has a name longer than {PARAMETER_NAME_LENGTH:,} characters (it has {len(key):,})"
            )
        if type(item) is not str:
            raise Invalid(f"must be a string, got {show(item)}").inside(key)
        if len(item) > text_length:
            raise _too_long(len(item), text_length).inside(key)
    return MappingProxyType(value)


def _enum_codec(enum: type[Enum]) -> tuple[Decoder, Encoder]:
    by_value = {member.value: member for member in enum}
    noun = words(enum.__name__)
    if len(by_value) <= _MAX_LISTED_CHOICES:
        choices = "one of " + ", ".join(by_value)
    else:
        choices = f"a {noun} listed in docs/import-format.md"

    def decode(value: Any, region: str) -> Enum:
        member = by_value.get(value) if type(value) is str else None
        if member is None:
            hint = did_you_mean(value, by_value) if type(value) is str else ""
            raise Invalid(f"must be {choices}, got {show(value)}{hint}")
        return member

    def encode(value: Enum) -> Any:
        return value.value

    return decode, encode


def words(class_name: str) -> str:
    """``TaskResult`` -> ``task result``: enum names read as nouns in reasons."""
    out = "".join(" " + c.lower() if c.isupper() else c for c in class_name)
    return out.strip()


def _tuple_codec(item: tuple[Decoder, Encoder]) -> tuple[Decoder, Encoder]:
    decode_item, encode_item = item

    def decode(value: Any, region: str) -> tuple[Any, ...]:
        if type(value) is not list:
            raise Invalid(f"must be an array, got {show(value)}")
        out = []
        for index, element in enumerate(value):
            try:
                out.append(decode_item(element, region))
            except Invalid as error:
                raise error.inside(index) from None
        return tuple(out)

    def encode(value: tuple[Any, ...]) -> list[Any]:
        if encode_item is None:
            return list(value)
        out = []
        for index, element in enumerate(value):
            try:
                out.append(encode_item(element))
            except Invalid as error:
                raise error.inside(index) from None
        return out

    return decode, encode


# --- dataclass codecs -----------------------------------------------------------------------

_REQUIRED, _NONE_DEFAULT, _EMPTY_DEFAULT, _VALUE_DEFAULT = range(4)


class ObjectCodec:
    """Decode / encode one dataclass: a field table built once, used per record.

    ``limited``: decoding enforces the import limits (files); without, any length of text
    (records the program wrote itself: the store's rows, the offline cache).
    """

    def __init__(self, cls: type, *, limited: bool = True) -> None:
        self.cls = cls
        self.limited = limited
        self.label = words(cls.__name__)
        self.decoders: dict[str, Decoder] = {}
        self.text_lengths: dict[str, int] = {}  # the longest text of each text field
        self.required: frozenset[str] = frozenset()
        # (name, encoder, how the default is recognised, the default value)
        self.encoders: list[tuple[str, Encoder, int, Any]] = []

    def build(self) -> None:
        hints = typing.get_type_hints(self.cls)
        required = []
        for f in dataclasses.fields(self.cls):
            decode, encode = _codec_for(hints[f.name], self.limited)
            self.decoders[f.name] = decode
            if decode is _decode_str:
                self.text_lengths[f.name] = TEXT_LENGTHS.get(f.name, DEFAULT_TEXT_LENGTH)
            elif decode is _decode_text:
                self.text_lengths[f.name] = sys.maxsize
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                required.append(f.name)
                self.encoders.append((f.name, encode, _REQUIRED, None))
            elif f.default is None:
                self.encoders.append((f.name, encode, _NONE_DEFAULT, None))
            elif f.default is dataclasses.MISSING or f.default == ():
                self.encoders.append((f.name, encode, _EMPTY_DEFAULT, None))
            else:
                self.encoders.append((f.name, encode, _VALUE_DEFAULT, f.default))
        self.required = frozenset(required)

    def decode_fields(self, data: dict[str, Any], region: str, skip: str | None = None) -> Any:
        decoders = self.decoders
        required = self.required
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key == skip:
                continue
            decode = decoders.get(key)
            if decode is None:
                hint = did_you_mean(key, decoders)
                raise Invalid(hint, unknown_field=True).inside(key)
            if (decode is _decode_str or decode is _decode_text) and type(value) is str:
                # the most common field, checked inline
                if len(value) > self.text_lengths[key]:
                    raise _too_long(len(value), self.text_lengths[key]).inside(key)
                kwargs[key] = value
                continue
            if value is None:
                if key in required:
                    raise Invalid("is required, got null").inside(key)
                continue
            try:
                kwargs[key] = decode(value, region)
            except Invalid as error:
                raise error.inside(key) from None
        if len(kwargs) < len(required) or not required.issubset(kwargs):
            missing = [name for name in decoders if name in required and name not in kwargs]
            raise Invalid("is required").inside(missing[0])
        return self.cls(**kwargs)

    def decode(self, value: Any, region: str) -> Any:
        if type(value) is not dict:
            raise Invalid(f"must be an object, got {show(value)}")
        return self.decode_fields(value, region)

    def encode(self, obj: Any, out: dict[str, Any] | None = None) -> dict[str, Any]:
        if out is None:
            out = {}
        for name, encode, default_kind, default in self.encoders:
            value = getattr(obj, name)
            if default_kind == _NONE_DEFAULT:
                if value is None:
                    continue
            elif default_kind == _EMPTY_DEFAULT:
                if not value:
                    continue
            elif default_kind == _VALUE_DEFAULT and value == default:
                continue
            if encode is None:
                out[name] = value
            else:
                try:
                    out[name] = encode(value)
                except Invalid as error:
                    raise error.inside(name) from None
        return out


_IDENTIFIER_NOUNS = {"phone": "phone number", "sip": "SIP URI", "email": "e-mail address"}


class _IdentifierCodec(ObjectCodec):
    """Identifiers are stored normalised (E.164, lower-case addresses) so lookups are exact."""

    def decode_fields(self, data: dict[str, Any], region: str, skip: str | None = None) -> Any:
        identifier = super().decode_fields(data, region, skip)
        try:
            value = normalize_identifier(identifier.kind, identifier.value, region)
        except ValueError:
            noun = _IDENTIFIER_NOUNS.get(identifier.kind.value, identifier.kind.value)
            problem = f"is not a valid {noun}, got {show(identifier.value)}"
            raise Invalid(problem).inside("value") from None
        if value == identifier.value:
            return identifier
        return Identifier(identifier.kind, value, identifier.number_type)


_CLASSES = (Identifier, Segment, SurveyAnswer, Case, FollowUp, Customer, Interaction, Ticket)
# Files are decoded within the import limits; the program's own records (TRUSTED_CODECS)
# without them, so a back end's long comment still comes back out of the offline cache.
OBJECT_CODECS: dict[type, ObjectCodec] = {
    cls: (_IdentifierCodec if cls is Identifier else ObjectCodec)(cls) for cls in _CLASSES
}
TRUSTED_CODECS: dict[type, ObjectCodec] = {
    cls: (_IdentifierCodec if cls is Identifier else ObjectCodec)(cls, limited=False)
    for cls in _CLASSES
}

_COMMON_SCALARS: dict[object, tuple[Decoder, Encoder]] = {
    bool: (_decode_bool, None),
    int: (_decode_int, None),
    float: (_decode_float, _encode_float),
    datetime: (_decode_datetime, _encode_datetime),
}
_SCALARS: dict[bool, dict[object, tuple[Decoder, Encoder]]] = {
    limited: {
        **_COMMON_SCALARS,
        str: (text, None),
        str | bool | int: _survey_answer_codec(text),
        Mapping[str, str]: _parameters_codec(limited),
    }
    for limited, text in ((True, _decode_str), (False, _decode_text))
}


def _codec_for(hint: Any, limited: bool) -> tuple[Decoder, Encoder]:
    """The decoder / encoder pair for one annotated field type of the model."""
    scalars = _SCALARS[limited]
    if hint in scalars:
        return scalars[hint]
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union) and type(None) in args:
        rest = tuple(a for a in args if a is not type(None))
        return _codec_for(functools.reduce(operator.or_, rest), limited)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _tuple_codec(_codec_for(args[0], limited))
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum_codec(hint)
    codecs = OBJECT_CODECS if limited else TRUSTED_CODECS
    if hint in codecs:
        codec = codecs[hint]
        return codec.decode, codec.encode
    raise TypeError(f"the import format has no codec for the model type {hint!r}")


for _codec in (*OBJECT_CODECS.values(), *TRUSTED_CODECS.values()):
    _codec.build()
