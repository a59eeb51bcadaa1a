"""Import on a bad day (issue 16.2, 16.11): a line is bounded in length and memory, and an
import is all or nothing unless the good lines are asked for (``skip_bad``)."""

from __future__ import annotations

import json
import threading
import tracemalloc
from pathlib import Path

import pytest

from hostile import MIB, corpus, make_fifo, write_big_line
from journey_widget.sources.base import StoreError
from journey_widget.sources.local.importer import MAX_LINE_BYTES
from journey_widget.sources.local.store import Store, open_store

GOOD = [
    {"type": "customer", "id": "C2", "name": "Ben"},
    {
        "type": "interaction",
        "id": "I9",
        "customer_id": "C2",
        "channel": "sms",
        "direction": "outbound",
        "started_at": "2026-01-02T10:00:00Z",
    },
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with open_store(tmp_path / "journeys.sqlite") as opened:
        opened.import_records([])
        yield opened


def test_the_line_limit_is_one_mebibyte() -> None:
    assert MAX_LINE_BYTES == MIB


def test_a_truncated_file_imports_nothing(store: Store) -> None:
    report = store.import_file(corpus("truncated.jsonl"))
    assert not report.committed
    assert [line for line, _ in report.errors] == [3]
    assert report.errors[0][1].startswith("not valid JSON (")
    assert store.counts()["customers"] == 0 and store.counts()["interactions"] == 0


def test_skip_bad_loads_the_good_lines(store: Store) -> None:
    report = store.import_file(corpus("truncated.jsonl"), skip_bad=True)
    assert report.committed
    assert (report.customers, report.interactions) == (1, 1)
    assert [line for line, _ in report.errors] == [3]
    assert store.counts()["interactions"] == 1


def test_a_clean_file_is_committed(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "good.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in GOOD))
    report = store.import_file(path)
    assert report.committed and report.loaded == 2 and store.counts()["customers"] == 1


def test_a_line_over_the_limit_is_a_bad_line_read_in_bounded_memory(
    store: Store, tmp_path: Path
) -> None:
    path = write_big_line(
        tmp_path / "big-name.jsonl",
        20 * MIB,
        prefix='{"type": "customer", "id": "C1", "name": "',
        suffix='"}',
    )
    with path.open("a") as handle:
        handle.write("".join(json.dumps(r) + "\n" for r in GOOD))
    tracemalloc.start()
    try:
        report = store.import_file(path, skip_bad=True)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.errors == [(1, "the line is longer than 1 MiB (1,048,576 bytes)")]
    assert (report.customers, report.interactions) == (1, 1)
    assert peak < 8 * MIB, f"peak {peak:,} bytes"
    assert store.journey("C2") is not None and store.journey("C1") is None


def test_a_line_just_within_the_limit_is_read(store: Store, tmp_path: Path) -> None:
    prefix, suffix = '{"type": "customer", "id": "C1", "name": "', '"}'
    path = write_big_line(tmp_path / "edge.jsonl", MAX_LINE_BYTES, prefix=prefix, suffix=suffix)
    report = store.import_file(path)
    # Read whole (not cut), then refused for the name's own limit, with its field named.
    assert len(report.errors) == 1 and 'field "name" is longer than 500' in report.errors[0][1]


def test_a_long_last_line_without_newline(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "tail.jsonl"
    path.write_text(json.dumps(GOOD[0]) + "\n" + "x" * (MAX_LINE_BYTES + 10))
    report = store.import_file(path, skip_bad=True)
    assert report.customers == 1 and [line for line, _ in report.errors] == [2]


def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = make_fifo(tmp_path / "pipe.jsonl")
    result: list[object] = []

    def work() -> None:  # the store on this thread: a connection belongs to its thread
        try:
            with open_store(tmp_path / "fifo.sqlite") as store:
                store.import_file(fifo)
        except StoreError as error:
            result.append(str(error))

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive(), "the import waited for a writer on a named pipe"
    assert result == [f"{fifo} is not a regular file, so it can't be imported."]
