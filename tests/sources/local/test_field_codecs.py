"""Field limits of the import format (issue 16.2, 16.11): a text field, a number or a nesting
beyond what the format allows is a reason naming the field, never a Python internal."""

from __future__ import annotations

import json

import pytest

from hostile import deep_json, long_digits
from journey_widget.sources.local import jsonl_format
from journey_widget.sources.local.jsonl_format import MAX_NESTING, FormatError
from journey_widget.sources.local.limits import (
    DEFAULT_TEXT_LENGTH,
    MAX_NUMBER_DIGITS,
    TEXT_LENGTHS,
)

INTERNALS = ("sys.", "set_int_max_str_digits", "recursion", "Traceback", "Exceeds the limit")

CALL = (
    '{"type":"interaction","id":"I1","customer_id":"C1","channel":"voice",'
    '"direction":"inbound","started_at":"2026-01-01T10:00:00Z"'
)


def reason(line: str) -> str:
    with pytest.raises(FormatError) as caught:
        jsonl_format.loads(line)
    text = str(caught.value)
    assert not any(word in text for word in INTERNALS), text
    assert "\n" not in text
    return text


def test_the_documented_limits() -> None:
    assert TEXT_LENGTHS["id"] == 200
    assert TEXT_LENGTHS["name"] == 500
    assert TEXT_LENGTHS["agent_comments"] == 20_000
    assert DEFAULT_TEXT_LENGTH == 2_000
    assert MAX_NUMBER_DIGITS == 30
    assert MAX_NESTING == 16


def test_a_5000_digit_number_names_its_field() -> None:
    text = reason(CALL + f',"message_count":{long_digits()}}}')
    assert text == (
        'interaction "I1": field "message_count" must be a number of at most 30 digits, '
        "got one of 5000 digits"
    )


def test_a_long_number_where_text_belongs_names_its_field() -> None:
    text = reason(f'{{"type":"customer","id":"C1","name":{long_digits()}}}')
    assert text == 'customer "C1": field "name" must be a string, got a number of 5000 digits'


def test_a_long_number_inside_an_array_or_score() -> None:
    assert 'field "current_score"' in reason(CALL + f',"current_score":{long_digits(40)}.5}}')
    text = reason(CALL + f',"survey":[{{"question":"q","answer":{long_digits()}}}]}}')
    assert 'field "survey[0].answer"' in text


def test_a_deeply_nested_field_names_the_field() -> None:
    text = reason('{"type":"customer","id":"C1","name":' + deep_json() + "}")
    assert text == f'field "name" is nested deeper than {MAX_NESTING} levels'


def test_a_deeply_nested_line() -> None:
    assert reason(deep_json()) == f"nested deeper than {MAX_NESTING} levels"
    assert reason(deep_json(opener='{"a":')) == 'field "a" is nested deeper than 16 levels'


def test_nesting_at_the_limit_is_an_ordinary_type_error() -> None:
    nested = "[" * (MAX_NESTING - 1) + "]" * (MAX_NESTING - 1)
    text = reason('{"type":"customer","id":"C1","name":' + nested + "}")
    assert text == 'customer "C1": field "name" must be a string, got an array'


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    name = "[{" * 100
    record = jsonl_format.loads(json.dumps({"type": "customer", "id": "C1", "name": name}))
    assert record.name == name


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("name", 500),
        ("division", DEFAULT_TEXT_LENGTH),
    ],
)
def test_customer_text_limits(field: str, limit: int) -> None:
    ok = {"type": "customer", "id": "C1", field: "x" * limit}
    assert getattr(jsonl_format.loads(json.dumps(ok)), field) == "x" * limit
    text = reason(json.dumps({**ok, field: "é" * (limit + 1)}))
    assert text == (
        f'customer "C1": field "{field}" is longer than {limit:,} characters (it has {limit + 1:,})'
    )


def test_an_over_long_id_is_named_without_its_value() -> None:
    text = reason(json.dumps({"type": "customer", "id": "C" * 201}))
    assert text.startswith('customer "CCCC')
    assert 'field "id" is longer than 200 characters (it has 201)' in text
    assert len(text) < 200


@pytest.mark.parametrize(
    ("extra", "path", "limit"),
    [
        ({"agent_comments": "y" * 20_001}, "agent_comments", 20_000),
        ({"outcome": "y" * 2_001}, "outcome", 2_000),
        ({"queues": ["q", "y" * 2_001]}, "queues[1]", 2_000),
        ({"parameters": {"k": "y" * 2_001}}, "parameters.k", 2_000),
        ({"parameters": {"k" * 201: "v"}}, "parameters", 200),
        ({"survey": [{"question": "q", "answer": "y" * 2_001}]}, "survey[0].answer", 2_000),
        ({"customer_id": "C" * 201}, "customer_id", 200),
    ],
)
def test_interaction_text_limits(extra: dict, path: str, limit: int) -> None:
    base = json.loads(CALL + "}")
    text = reason(json.dumps({**base, **extra}))
    assert f'field "{path}" ' in text and f"longer than {limit:,} characters" in text


def test_long_comments_within_the_limit_are_kept() -> None:
    base = json.loads(CALL + "}")
    record = jsonl_format.loads(json.dumps({**base, "agent_comments": "z" * 20_000}))
    assert len(record.agent_comments) == 20_000


def test_the_programs_own_records_are_read_without_the_import_limits() -> None:
    """The store's rows and the offline cache hold what the program wrote (a back end's long
    comment included): reading them back must not fail on a limit meant for files."""
    base = json.loads(CALL + "}")
    line = json.dumps(
        {
            **base,
            "agent_comments": "c" * 30_000,
            "queues": ["q" * 3_000],
            "parameters": {"p" * 300: "v" * 3_000},
        }
    )
    record = jsonl_format.loads(line, trusted=True)
    assert len(record.agent_comments) == 30_000 and len(record.queues[0]) == 3_000
    assert jsonl_format.loads(jsonl_format.dumps(record), trusted=True) == record
    with pytest.raises(FormatError):
        jsonl_format.loads(line)
