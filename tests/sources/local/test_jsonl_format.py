"""The JSON Lines codec: strict on the way in, canonical on the way out."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from journey_widget.model import (
    Case,
    Channel,
    Customer,
    DataSource,
    Direction,
    FollowUp,
    FollowUpKind,
    Identifier,
    IdentifierKind,
    Interaction,
    NumberType,
    Segment,
    SegmentKind,
    SurveyAnswer,
    SurveyKind,
    TaskResult,
    Ticket,
    TicketStatus,
)
from journey_widget.sources.local.jsonl_format import FormatError, decode, dumps, encode, loads

DOC = Path(__file__).parents[3] / "docs" / "import-format.md"
T0 = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)


def interaction(**fields: object) -> dict[str, object]:
    record: dict[str, object] = {
        "type": "interaction",
        "id": "I42",
        "customer_id": "C1",
        "channel": "voice",
        "direction": "inbound",
        "started_at": "2024-03-01T09:30:00Z",
    }
    record.update(fields)
    return record


def reason(data: object, region: str = "DE") -> str:
    with pytest.raises(FormatError) as caught:
        decode(data, region)
    return str(caught.value)


# --- decoding good records ------------------------------------------------------------------


def test_minimal_records_decode_with_defaults():
    assert decode({"type": "customer", "id": "C1"}) == Customer(id="C1")
    assert decode(interaction()) == Interaction(
        id="I42",
        customer_id="C1",
        channel=Channel.VOICE,
        direction=Direction.INBOUND,
        started_at=T0,
    )
    ticket = {
        "type": "ticket",
        "id": "T1",
        "customer_id": "C1",
        "subject": "Router broken",
        "status": "in_progress",
        "created_at": "2024-03-01T09:30:00+00:00",
        "updated_at": "2024-03-02T09:30:00+00:00",
    }
    assert decode(ticket) == Ticket(
        id="T1",
        customer_id="C1",
        subject="Router broken",
        status=TicketStatus.IN_PROGRESS,
        created_at=T0,
        updated_at=T0 + timedelta(days=1),
    )


def test_nested_objects_tuples_and_parameters_decode():
    record = decode(
        interaction(
            queues=["Sales", "Billing"],
            segments=[
                {
                    "kind": "queue",
                    "started_at": "2024-03-01T09:30:00Z",
                    "ended_at": "2024-03-01T09:31:00Z",
                    "queue": "Sales",
                }
            ],
            survey=[
                {"question": "Happy?", "kind": "yes_no", "answer": True},
                {"question": "Stars", "kind": "stars", "answer": 4, "max_stars": 5},
            ],
            case={"id": "K1", "created_at": "2024-03-01T08:00:00Z", "priority": "high"},
            parameters={"language": "de", "vip": "yes"},
            previous_score=3,
            task_result="accepted_by_user",
        )
    )
    assert record.queues == ("Sales", "Billing")
    assert record.segments == (
        Segment(SegmentKind.QUEUE, T0, T0 + timedelta(minutes=1), queue="Sales"),
    )
    assert record.survey[0] == SurveyAnswer("Happy?", SurveyKind.YES_NO, True)
    assert record.survey[1].answer == 4 and record.survey[1].max_stars == 5
    assert record.case == Case("K1", T0 - timedelta(minutes=90), priority="high")
    assert dict(record.parameters) == {"language": "de", "vip": "yes"}
    assert record.previous_score == 3.0 and isinstance(record.previous_score, float)
    assert record.task_result is TaskResult.ACCEPTED_BY_USER


def test_null_optional_fields_mean_absent():
    record = decode(interaction(ended_at=None, queues=None, source=None, failure=None))
    assert record == decode(interaction())
    assert record.source is DataSource.LOCAL and record.failure is False


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2024-03-01T09:30:00Z", T0),
        ("2024-03-01T10:30:00+01:00", T0),
        ("2024-03-01T04:30:00-05:00", T0),
        ("2024-03-01T09:30:00.250000+00:00", T0 + timedelta(milliseconds=250)),
    ],
)
def test_times_with_any_offset_become_utc(written, expected):
    started = decode(interaction(started_at=written)).started_at
    assert started == expected
    assert started.utcoffset() == timedelta(0)


def test_customer_identifiers_are_normalised_with_the_region():
    record = {
        "type": "customer",
        "id": "C1",
        "identifiers": [
            {"kind": "phone", "value": "(030) 123-4567", "number_type": "home"},
            {"kind": "email", "value": "Anna.Mueller@Example.COM"},
            {"kind": "sip", "value": "SIP:Anna@PBX.Example.com"},
        ],
    }
    assert decode(record).identifiers == (
        Identifier(IdentifierKind.PHONE, "+49301234567", NumberType.HOME),
        Identifier(IdentifierKind.EMAIL, "anna.mueller@example.com"),
        Identifier(IdentifierKind.SIP, "sip:anna@pbx.example.com"),
    )
    indonesian = {
        "type": "customer",
        "id": "C2",
        "identifiers": [{"kind": "phone", "value": "0812 3456 7890"}],
    }
    assert decode(indonesian, region="ID").identifiers[0].value == "+6281234567890"


@pytest.mark.parametrize("name", ["Müller", "Ñandú", "Budi Santoso", "Zoë 😀🎉", "山田 太郎"])
def test_unicode_names_round_trip_unescaped(name):
    customer = decode({"type": "customer", "id": "C1", "name": name})
    line = dumps(customer)
    assert name in line
    assert loads(line) == customer


# --- reasons for bad records -----------------------------------------------------------------


def test_reason_names_record_field_and_value():
    assert (
        reason(interaction(started_at=12))
        == 'interaction "I42": field "started_at" must be an ISO 8601 date-time with offset, '
        "got 12"
    )


def test_naive_datetime_is_rejected_with_a_reason():
    text = reason(interaction(started_at="2024-03-01T09:30:00"))
    assert 'field "started_at"' in text and "UTC offset" in text


@pytest.mark.parametrize("value", ["2024-03-01", "yesterday", "2024-13-01T00:00:00Z", ""])
def test_not_a_datetime(value):
    assert 'field "started_at" must' in reason(interaction(started_at=value))


def test_unknown_field_is_named_with_a_suggestion():
    text = reason(interaction(strated_at="2024-03-01T09:30:00Z"))
    assert text == 'interaction "I42": unknown field "strated_at" (did you mean "started_at"?)'


def test_unknown_nested_field_shows_its_path():
    text = reason(interaction(case={"id": "K1", "created_at": "2024-03-01T08:00:00Z", "x": 1}))
    assert 'unknown field "case.x"' in text


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"previous_score": "3"}, 'field "previous_score" must be a number, got "3"'),
        ({"previous_score": True}, 'field "previous_score" must be a number, got true'),
        ({"message_count": True}, 'field "message_count" must be a whole number, got true'),
        ({"message_count": 1.5}, 'field "message_count" must be a whole number, got 1.5'),
        ({"failure": 1}, 'field "failure" must be true or false, got 1'),
        ({"case": []}, 'field "case" must be an object, got an array'),
        ({"queues": "Sales"}, 'field "queues" must be an array, got "Sales"'),
        ({"queues": ["Sales", 7]}, 'field "queues[1]" must be a string, got 7'),
        ({"agent_comments": {"a": 1}}, 'field "agent_comments" must be a string, got an object'),
        ({"parameters": {"vip": 1}}, 'field "parameters.vip" must be a string, got 1'),
        ({"parameters": ["vip"]}, 'field "parameters" must be an object of text values'),
        ({"id": 42}, 'field "id" must be a string, got 42'),
        (
            {"segments": [{"kind": "ivr", "started_at": "2024-03-01T09:30:00Z", "ended_at": 5}]},
            'field "segments[0].ended_at" must be an ISO 8601 date-time with offset, got 5',
        ),
    ],
)
def test_wrong_json_types(fields, expected):
    assert expected in reason(interaction(**fields))


def test_missing_and_null_required_fields():
    record = interaction()
    del record["direction"]
    assert reason(record) == 'interaction "I42": field "direction" is required'
    assert 'field "channel" is required, got null' in reason(interaction(channel=None))
    assert reason({"type": "ticket"}) == 'ticket: field "id" is required'


def test_bad_enum_value_lists_short_choices():
    assert 'field "direction" must be one of inbound, outbound, got "in"' in reason(
        interaction(direction="in")
    )


def test_bad_enum_value_of_a_long_enum_suggests_the_close_one():
    text = reason(interaction(channel="emial"))
    assert 'field "channel"' in text and '(did you mean "email"?)' in text
    assert "docs/import-format.md" in text


def test_bad_enum_type():
    assert 'field "channel" must be' in reason(interaction(channel=["voice"]))


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([1, 2], "a record must be a JSON object, got an array"),
        ("customer", 'a record must be a JSON object, got "customer"'),
        (7, "a record must be a JSON object, got 7"),
        (None, "a record must be a JSON object, got null"),
        ({"id": "C1"}, 'record has no "type"'),
        ({"type": "custmer"}, 'unknown record type "custmer" (did you mean "customer"?)'),
        ({"type": 3}, "unknown record type 3"),
    ],
)
def test_not_a_record(data, expected):
    assert expected in reason(data)


def test_invalid_identifier_is_a_reason():
    record = {"type": "customer", "id": "C1", "identifiers": [{"kind": "phone", "value": "n/a"}]}
    assert reason(record) == (
        'customer "C1": field "identifiers[0].value" is not a valid phone number, got "n/a"'
    )
    record["identifiers"] = [{"kind": "email", "value": "nobody"}]
    assert "is not a valid e-mail address" in reason(record)


def test_long_values_are_shortened_in_reasons():
    text = reason(interaction(started_at="x" * 500))
    assert len(text) < 150 and text.endswith("…")


def test_format_error_is_a_value_error():
    assert issubclass(FormatError, ValueError)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"type": "customer", "id": "C1"', "not valid JSON (Expecting"),
        ("{'type': 'customer'}", "not valid JSON ("),
        ('{"type": "customer", "id": "C1", "name": NaN}', "not valid JSON (NaN"),
        ("[" * 100_000 + "]" * 100_000, "nested deeper than 16 levels"),
        ("", "not valid JSON ("),
    ],
)
def test_loads_reports_malformed_json(line, expected):
    with pytest.raises(FormatError, match=re.escape(expected)):
        loads(line)


# --- encoding -------------------------------------------------------------------------------


def test_encode_omits_defaults_but_keeps_meaningful_values():
    record = Interaction(
        id="I1",
        customer_id="C1",
        channel=Channel.SMS,
        direction=Direction.OUTBOUND,
        started_at=T0,
        agent_comments="",
        failure=True,
        codes_configured=False,
        source=DataSource.DATA_CLOUD,
    )
    assert encode(record) == {
        "type": "interaction",
        "id": "I1",
        "customer_id": "C1",
        "channel": "sms",
        "direction": "outbound",
        "started_at": "2024-03-01T09:30:00+00:00",
        "source": "data_cloud",
        "failure": True,
        "agent_comments": "",
        "codes_configured": False,
    }
    assert decode(encode(record)) == record


def test_encode_writes_utc_whatever_the_offset():
    berlin = timezone(timedelta(hours=1))
    record = Ticket(
        "T1",
        "C1",
        "S",
        TicketStatus.OPEN,
        T0.astimezone(berlin),
        T0,
        follow_ups=(FollowUp(FollowUpKind.ESCALATION, T0.astimezone(berlin)),),
    )
    line = dumps(record)
    assert '"created_at":"2024-03-01T09:30:00+00:00"' in line
    assert '"at":"2024-03-01T09:30:00+00:00"' in line


def test_dumps_is_one_compact_line():
    customer = Customer(id="C1", name='Line\nbreak\u2028and "quotes"', campaigns=("A", "B"))
    line = dumps(customer)
    assert "\n" not in line and not line.endswith("\n")
    assert ", " not in line and '": ' not in line
    assert loads(line) == customer


def test_encode_refuses_what_the_format_cannot_hold():
    naive = Interaction("I1", "C1", Channel.VOICE, Direction.INBOUND, datetime(2024, 3, 1))
    with pytest.raises(FormatError, match='interaction "I1": field "started_at"'):
        encode(naive)
    nan = Interaction("I1", "C1", Channel.VOICE, Direction.INBOUND, T0, current_score=float("nan"))
    with pytest.raises(FormatError, match="current_score"):
        dumps(nan)
    with pytest.raises(TypeError):
        encode(Identifier(IdentifierKind.PHONE, "+49301234567"))  # type: ignore[arg-type]


# --- the documentation ----------------------------------------------------------------------


def _doc_blocks(language: str) -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, flags=re.DOTALL)


def test_doc_examples_decode_to_the_documented_canonical_file():
    examples = [loads(block) for block in _doc_blocks("json")]
    (canonical,) = _doc_blocks("jsonl")
    lines = canonical.splitlines()
    assert {json.loads(line)["type"] for line in lines} == {"customer", "interaction", "ticket"}
    assert [dumps(record) for record in examples] == lines


def test_docs_list_every_field_of_every_record():
    text = DOC.read_text(encoding="utf-8")
    from dataclasses import fields

    for cls in (Customer, Interaction, Ticket, Identifier, Segment, SurveyAnswer, Case, FollowUp):
        for f in fields(cls):
            assert f"`{f.name}`" in text, f"{cls.__name__}.{f.name} is not documented"
