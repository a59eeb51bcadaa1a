"""``journey-widget import`` on a bad day (issue 16.11, 16.2): all or nothing by default,
``--skip-bad`` for the good lines; reasons name line and field, never Python internals."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hostile import corpus, deep_json, long_digits
from journey_widget.cli.main import main
from journey_widget.sources.local import jsonl_format
from journey_widget.sources.local.store import open_store
from journeys import sample_records

INTERNALS = ("sys.", "set_int_max_str_digits", "recursion", "Traceback", "Exceeds the limit")


@pytest.fixture
def store(tmp_path: Path) -> Path:
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(jsonl_format.dumps(r) + "\n" for r in sample_records()))
    path = tmp_path / "store.sqlite"
    assert main(["--store", str(path), "import", str(sample)]) == 0
    return path


def dump(path: Path) -> list[str]:
    with open_store(path, create=False) as opened:
        conn = opened._conn
        return [
            f"{table}: {row}"
            for table in ("customers", "identifiers", "interactions", "tickets")
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
        ]


def test_a_truncated_file_imports_nothing_and_says_so(store: Path, capsys) -> None:
    capsys.readouterr()
    before = dump(store)
    assert main(["--store", str(store), "import", str(corpus("truncated.jsonl"))]) == 1
    out, err = capsys.readouterr()
    assert "Imported" not in out
    assert "line 3: not valid JSON (" in err
    assert "1 line could not be imported, so nothing was imported" in err
    assert "--skip-bad" in err
    assert dump(store) == before


def test_skip_bad_loads_the_good_lines_and_lists_the_bad(store: Path, capsys) -> None:
    capsys.readouterr()
    args = ["--store", str(store), "import", str(corpus("truncated.jsonl")), "--skip-bad"]
    assert main(args) == 1
    out, err = capsys.readouterr()
    assert "Imported 1 customer, 1 interaction and 0 tickets" in out
    assert "line 3: not valid JSON (" in err
    assert "1 line could not be imported." in err and "nothing was imported" not in err
    with open_store(store, create=False) as opened:
        assert opened.journey("C1").customer.name == "Ann"  # the corpus file's C1


def test_bad_values_name_line_and_field_not_python(tmp_path: Path, capsys) -> None:
    call = (
        '{"type":"interaction","id":"I1","customer_id":"C1","channel":"voice",'
        '"direction":"inbound","started_at":"2026-01-01T10:00:00Z"'
    )
    lines = [
        json.dumps({"type": "customer", "id": "C1", "name": "Ann"}),
        call + f',"message_count":{long_digits()}}}',
        '{"type":"customer","id":"C2","name":' + deep_json() + "}",
        json.dumps({"type": "customer", "id": "C3", "name": "N" * 600}),
    ]
    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join(lines) + "\n")
    assert main(["--store", str(tmp_path / "s.sqlite"), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert not any(word in err for word in INTERNALS), err
    assert 'line 2: interaction "I1": field "message_count" must be a number of at most' in err
    assert 'line 3: field "name" is nested deeper than 16 levels' in err
    assert 'line 4: customer "C3": field "name" is longer than 500 characters' in err
    assert "3 lines could not be imported, so nothing was imported" in err


def test_a_named_pipe_is_not_called_missing(tmp_path: Path, capsys) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    assert main(["--store", str(tmp_path / "s.sqlite"), "import", str(fifo)]) == 2
    assert f"{fifo} is not a regular file, so it can't be imported." in capsys.readouterr().err
