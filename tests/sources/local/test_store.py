"""The SQLite store: opening, importing (all or nothing), looking up, searching, exporting."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journey_widget.model import (
    Channel,
    Customer,
    Direction,
    Identifier,
    IdentifierKind,
    Interaction,
)
from journey_widget.sources.base import StoreError
from journey_widget.sources.local import schema
from journey_widget.sources.local.importer import ImportReport, RecordWriter
from journey_widget.sources.local.jsonl_format import dumps, loads
from journey_widget.sources.local.schema import SCHEMA_VERSION
from journey_widget.sources.local.store import Store, open_store

T0 = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)


def customer(cid: str, name: str | None, *identifiers: tuple[str, str]) -> dict[str, object]:
    return {
        "type": "customer",
        "id": cid,
        "name": name,
        "identifiers": [{"kind": kind, "value": value} for kind, value in identifiers],
    }


def interaction(iid: str, cid: str, started: datetime, **fields: object) -> dict[str, object]:
    record = {
        "type": "interaction",
        "id": iid,
        "customer_id": cid,
        "channel": "voice",
        "direction": "inbound",
        "started_at": started.isoformat(),
    }
    record.update(fields)
    return record


def ticket(tid: str, cid: str, created: datetime) -> dict[str, object]:
    return {
        "type": "ticket",
        "id": tid,
        "customer_id": cid,
        "subject": "Router broken",
        "status": "open",
        "created_at": created.isoformat(),
        "updated_at": created.isoformat(),
    }


PEOPLE = [
    customer(
        "C1", "Raymond Chandler", ("phone", "+41 23 456 78 910"), ("email", "ray@example.com")
    ),
    customer("C2", "Dorain Gray", ("sip", "sip:dorain@pbx.example.org")),
    customer("C3", "Anna Müller", ("phone", "030 1234567"), ("email", "anna@mail.de")),
    customer("C4", "Ñandú Pérez 😀", ("account", "ACC-1")),
    customer("C5", "Budi Santoso", ("phone", "+62 812 3456 7890")),
    customer("C6", "Ray", ("email", "r@firma.de")),
]


def write_jsonl(path: Path, records: list[object], *, raw_lines: dict[int, str] | None = None):
    """Write records one per line; ``raw_lines`` puts literal text at given 1-based lines."""
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    for number, text in sorted((raw_lines or {}).items()):
        lines.insert(number - 1, text)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def store(tmp_path) -> Store:
    with open_store(tmp_path / "data" / "journeys.sqlite") as opened:
        yield opened


@pytest.fixture
def people(store, tmp_path) -> Store:
    records = [
        *PEOPLE,
        interaction("I1", "C1", T0),
        interaction("I2", "C1", T0 - timedelta(days=30)),
        interaction("I3", "C1", T0 + timedelta(days=1)),
        interaction("I4", "C3", T0),
        ticket("T1", "C1", T0),
    ]
    report = store.import_file(write_jsonl(tmp_path / "people.jsonl", records))
    assert report.error_count == 0
    return store


def snapshot(store: Store) -> list[str]:
    """Everything the store holds, as lines: equal snapshots mean an unchanged store."""
    rows = []
    conn = store._conn
    for table in ("customers", "identifiers", "interactions", "tickets", "search_terms"):
        rows += [f"{table}: {row}" for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]
    return rows


# --- opening ----------------------------------------------------------------------------------


def test_new_store_is_created_with_wal_and_schema(tmp_path):
    path = tmp_path / "new" / "folder" / "journeys.sqlite"
    with open_store(path) as store:
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.counts() == {"customers": 0, "identifiers": 0, "interactions": 0, "tickets": 0}
    assert path.is_file()


def test_reopening_keeps_the_data(people, tmp_path):
    counts = people.counts()
    people.close()
    with open_store(people.path, create=False) as again:
        assert again.counts() == counts


def test_missing_store_without_create(tmp_path):
    path = tmp_path / "nowhere.sqlite"
    with pytest.raises(StoreError) as caught:
        open_store(path, create=False)
    assert str(caught.value) == f"No journey store at {path}."
    assert not path.exists()


def test_random_bytes_are_not_a_store(tmp_path):
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(StoreError, match="damaged or not an SQLite database") as caught:
        open_store(path, create=False)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
    with pytest.raises(StoreError, match="damaged or not an SQLite database"):
        open_store(path, create=True)


def test_a_text_file_is_not_a_store(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("just some notes\n" * 100)
    with pytest.raises(StoreError, match="damaged or not an SQLite database"):
        open_store(path)


def test_store_from_a_newer_program_is_refused(tmp_path):
    path = tmp_path / "future.sqlite"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match=r"newer version .*schema 99.* reads schema 2 or older"):
        open_store(path)


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
    with pytest.raises(StoreError, match="an SQLite database, but not a journey store"):
        open_store(path)


def test_older_store_is_upgraded_in_place(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    with open_store(path) as old:
        old.import_records([Customer("C1", "Ray")])
    monkeypatch.setattr(
        schema, "MIGRATIONS", [*schema.MIGRATIONS, "ALTER TABLE customers ADD COLUMN note TEXT;"]
    )
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with open_store(path) as upgraded:
        conn = upgraded._conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert "note" in [row[1] for row in conn.execute("PRAGMA table_info(customers)")]
        assert upgraded.journey("C1").customer.name == "Ray"


def test_two_programs_creating_the_same_store_at_once(tmp_path):
    path = tmp_path / "race.sqlite"
    errors: list[BaseException] = []

    def open_and_close():
        try:
            open_store(path).close()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(path, create=False) as store:
        assert store.counts()["customers"] == 0


def test_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="Cannot create the journey store at"):
        open_store(blocker / "journeys.sqlite")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_unwritable_folder(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="journey store"):
            open_store(folder / "journeys.sqlite")
    finally:
        folder.chmod(0o700)


def test_a_folder_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="is a folder, not a journey store"):
        open_store(tmp_path)


def test_closed_store_says_so(store):
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.counts()


# --- importing ----------------------------------------------------------------------------------


def test_mixed_file_loads_good_lines_and_reports_bad_ones(store, tmp_path):
    path = write_jsonl(
        tmp_path / "mixed.jsonl",
        [
            PEOPLE[0],
            interaction("I1", "C1", T0),
            interaction("I2", "C1", T0, strated_at="x"),
            interaction("I3", "C404", T0),
            ticket("T1", "C1", T0),
        ],
        raw_lines={3: "", 4: "{not json", 8: "[1, 2]"},
    )
    report = store.import_file(path, skip_bad=True)
    assert (report.customers, report.interactions, report.tickets) == (1, 1, 1)
    assert report.error_count == 4
    assert [number for number, _ in report.errors] == [4, 5, 6, 8]
    reasons = dict(report.errors)
    assert reasons[4].startswith("not valid JSON (")
    assert reasons[5] == 'interaction "I2": unknown field "strated_at" (did you mean "started_at"?)'
    assert reasons[6] == (
        'interaction "I3": customer "C404" is not in the store or earlier in the file'
    )
    assert reasons[8] == "a record must be a JSON object, got an array"
    assert store.counts()["interactions"] == 1


def test_interaction_before_its_customer_is_a_bad_line(store, tmp_path):
    path = write_jsonl(tmp_path / "order.jsonl", [interaction("I1", "C1", T0), PEOPLE[0]])
    report = store.import_file(path)
    assert report.customers == 1 and report.interactions == 0
    assert report.errors[0][0] == 1 and 'customer "C1" is not in the store' in report.errors[0][1]


def test_interaction_for_a_customer_already_in_the_store(people, tmp_path):
    path = write_jsonl(tmp_path / "more.jsonl", [interaction("I9", "C2", T0)])
    assert people.import_file(path).interactions == 1
    assert [i.id for i in people.journey("C2").interactions] == ["I9"]


def test_bom_crlf_and_blank_lines_are_tolerated(store, tmp_path):
    path = tmp_path / "windows.jsonl"
    text = "\r\n".join(json.dumps(r) for r in PEOPLE[:2]) + "\r\n\r\n   \r\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    report = store.import_file(path)
    assert report.customers == 2 and report.error_count == 0


def test_unicode_names_survive(store, tmp_path):
    report = store.import_file(write_jsonl(tmp_path / "u.jsonl", PEOPLE))
    assert report.error_count == 0
    assert store.journey("C4").customer.name == "Ñandú Pérez 😀"
    assert store.journey("C3").customer.name == "Anna Müller"


@pytest.mark.parametrize(
    ("garbage", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a JSON Lines file: line"),
        (b'{"type": "customer", "id": "C9", "name": "\xff\xfe"}\n', "is not UTF-8 text"),
        (b'{"type": "customer", "id": "C9"}\x00\n', "holds binary data"),
    ],
)
def test_binary_file_loads_nothing(people, tmp_path, garbage, expected):
    before = snapshot(people)
    path = tmp_path / "binary.jsonl"
    good = "\n".join(json.dumps(r) for r in [customer("C7", "New"), interaction("I7", "C7", T0)])
    path.write_bytes(good.encode() + b"\n" + garbage)
    with pytest.raises(StoreError, match=expected):
        people.import_file(path)
    assert snapshot(people) == before


def test_missing_import_file(store, tmp_path):
    with pytest.raises(StoreError, match="No file at"):
        store.import_file(tmp_path / "missing.jsonl")
    with pytest.raises(StoreError, match="is a folder"):
        store.import_file(tmp_path)


def test_interrupted_import_leaves_the_store_unchanged(people):
    before = snapshot(people)

    def records():
        for n in range(RecordWriter.BATCH * 2 + 10):  # more than one batch gets written
            yield Customer(id=f"N{n}", name=f"New {n}")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        people.import_records(records())
    assert snapshot(people) == before
    people.import_records([Customer(id="N1")])  # the store is still usable
    assert people.counts()["customers"] == len(PEOPLE) + 1


def test_full_disk_leaves_the_store_unchanged(people, tmp_path):
    before = snapshot(people)
    pages = people._conn.execute("PRAGMA page_count").fetchone()[0]
    people._conn.execute(f"PRAGMA max_page_count = {pages + 5}")
    records = [customer(f"F{n}", f"Filler {n} " + "x" * 200) for n in range(3000)]
    with pytest.raises(StoreError, match="is full"):
        people.import_file(write_jsonl(tmp_path / "big.jsonl", records))
    assert snapshot(people) == before


def test_reimport_is_idempotent_and_replaces_identifiers(people, tmp_path):
    before = snapshot(people)
    again = write_jsonl(tmp_path / "again.jsonl", [*PEOPLE, interaction("I1", "C1", T0)])
    people.import_file(again)
    assert snapshot(people) == before
    moved = customer("C1", "Raymond Chandler", ("phone", "+44 20 7946 0000"))
    people.import_file(write_jsonl(tmp_path / "moved.jsonl", [moved]))
    old = Identifier(IdentifierKind.PHONE, "+412345678910")
    assert people.customer_ids_for(old) == []
    assert people.customer_ids_for(Identifier(IdentifierKind.PHONE, "+442079460000")) == ["C1"]
    assert all(m.customer_id != "C1" for m in people.search("4567"))
    assert len(people.journey("C1").interactions) == 3  # the history stays


def test_the_last_of_duplicate_lines_wins(store, tmp_path):
    records = [customer("C1", "First"), customer("C1", "Second", ("email", "s@example.com"))]
    report = store.import_file(write_jsonl(tmp_path / "dup.jsonl", records))
    assert report.customers == 2
    assert store.journey("C1").customer.name == "Second"
    assert store.counts()["identifiers"] == 1


def test_bad_line_reports_are_capped(store, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("nonsense\n" * 1500)
    report = store.import_file(path)
    assert report.error_count == 1500 and len(report.errors) == ImportReport.MAX_ERRORS
    assert report.errors[-1][0] == ImportReport.MAX_ERRORS


def test_import_file_normalises_with_the_given_region(store, tmp_path):
    path = write_jsonl(tmp_path / "id.jsonl", [customer("C1", "Budi", ("phone", "0812 3456 7890"))])
    store.import_file(path, region="ID")
    assert store.customer_ids_for(Identifier(IdentifierKind.PHONE, "+6281234567890")) == ["C1"]


def test_import_records_checks_like_a_file(store):
    naive = Interaction("I2", "C1", Channel.VOICE, Direction.INBOUND, datetime(2024, 3, 1))
    orphan = Interaction("I3", "C9", Channel.VOICE, Direction.INBOUND, T0)
    good = Interaction("I1", "C1", Channel.SMS, Direction.OUTBOUND, T0)
    report = store.import_records([Customer("C1", "Ray"), good, naive, orphan])
    assert (report.customers, report.interactions) == (1, 1)
    assert [where for where, _ in report.errors] == [3, 4]
    assert 'field "started_at"' in report.errors[0][1]
    assert report.loaded == 2


def test_lone_surrogates_are_a_bad_line(store, tmp_path):
    path = tmp_path / "surrogate.jsonl"
    path.write_text('{"type": "customer", "id": "C1", "name": "\\ud800"}\n')
    report = store.import_file(path)
    assert report.customers == 0 and "not valid Unicode" in report.errors[0][1]


# --- looking up -------------------------------------------------------------------------------


def test_customer_ids_for_is_exact(people, tmp_path):
    phone = Identifier(IdentifierKind.PHONE, "+49301234567")
    assert people.customer_ids_for(phone) == ["C3"]
    assert people.customer_ids_for(Identifier(IdentifierKind.PHONE, "+4930123456")) == []
    assert people.customer_ids_for(Identifier(IdentifierKind.EMAIL, "+49301234567")) == []


def test_shared_identifier_prefers_the_newest_contact(people, tmp_path):
    shared = [
        customer("C7", "Partner", ("phone", "030 1234567")),
        customer("C8", "Nobody yet", ("phone", "030 1234567")),
        interaction("I70", "C7", T0 + timedelta(days=5)),
    ]
    people.import_file(write_jsonl(tmp_path / "shared.jsonl", shared))
    phone = Identifier(IdentifierKind.PHONE, "+49301234567")
    assert people.customer_ids_for(phone) == ["C3", "C7", "C8"]
    assert people.newest_customer_id_for(phone) == "C7"
    assert people.newest_customer_id_for(Identifier(IdentifierKind.PHONE, "+1555")) is None


def test_journey_sorted_and_filtered(people):
    journey = people.journey("C1")
    assert [i.id for i in journey.interactions] == ["I2", "I1", "I3"]
    assert [t.id for t in journey.tickets] == ["T1"]
    assert journey.customer.identifiers[0].value == "+412345678910"
    recent = people.journey("C1", since=T0)
    assert [i.id for i in recent.interactions] == ["I1", "I3"]
    assert people.journey("C2").interactions == ()
    assert people.journey("nobody") is None
    with pytest.raises(ValueError, match="timezone-aware"):
        people.journey("C1", since=datetime(2024, 1, 1))


def test_damaged_record_is_a_store_error(people):
    people._conn.execute("UPDATE interactions SET record = '{\"type\": 1}' WHERE id = 'I1'")
    with pytest.raises(StoreError, match="holds a damaged record"):
        people.journey("C1")


# --- searching --------------------------------------------------------------------------------


def found(store: Store, text: str, limit: int = 20) -> list[tuple[str, str]]:
    return [(m.customer_id, m.matched) for m in store.search(text, limit)]


def test_ray_finds_raymond_and_dorain_gray(people):
    assert found(people, "ray") == [
        ("C6", "Ray"),  # exact
        ("C1", "Raymond Chandler"),  # prefix
        ("C2", "Dorain Gray"),  # contains
    ]
    assert found(people, "RAY") == found(people, "ray")
    matches = people.search("ray")
    assert matches[1].name == "Raymond Chandler" and matches[1].matched_kind is None


@pytest.mark.parametrize("typed", ["4567", "456 78", "+41 23", "(456) 78-910", "412345678910"])
def test_digits_find_phone_numbers_however_typed(people, typed):
    assert ("C1", "+412345678910") in found(people, typed)
    match = next(m for m in people.search(typed) if m.customer_id == "C1")
    assert match.matched_kind is IdentifierKind.PHONE


@pytest.mark.parametrize("typed", ["030 1234567", "(030) 123-4567", "0049 30 1234567", "030 123"])
def test_national_and_international_prefixes_find_the_number(people, typed):
    assert found(people, typed)[0] == ("C3", "+49301234567")


def test_email_sip_and_account_contains(people):
    assert found(people, "@example") == [("C1", "ray@example.com")]
    assert found(people, "sip:") == [("C2", "sip:dorain@pbx.example.org")]
    assert found(people, "pbx.example") == [("C2", "sip:dorain@pbx.example.org")]
    assert found(people, "acc-1") == [("C4", "ACC-1")]


def test_unicode_and_accents(people):
    assert found(people, "müll") == [("C3", "Anna Müller")]
    assert found(people, "muller") == [("C3", "Anna Müller")]
    assert found(people, "ÑANDÚ") == [("C4", "Ñandú Pérez 😀")]
    assert found(people, "perez 😀") == [("C4", "Ñandú Pérez 😀")]
    assert found(people, "santo") == [("C5", "Budi Santoso")]


def test_short_queries_match_prefixes(people):
    assert found(people, "Ra") == [("C6", "Ray"), ("C1", "Raymond Chandler")]
    assert found(people, "a") == [("C3", "Anna Müller"), ("C4", "ACC-1")]
    assert ("C1", "+412345678910") in found(people, "41")


def test_exact_then_prefix_then_contains_ties_by_name(store):
    store.import_records(
        [
            Customer("X1", "Zed", (Identifier(IdentifierKind.EMAIL, "bo@x.org"),)),
            Customer("X2", "Bo"),
            Customer("X3", "Bob Young"),
            Customer("X4", "Abbott Bo"),
            Customer("X5", "Anne Boyle"),
            Customer("X6", "Bobby"),
        ]
    )
    assert [m.customer_id for m in store.search("bo")] == ["X2", "X3", "X6", "X1"]
    assert [m.customer_id for m in store.search("bob")] == ["X3", "X6"]
    assert [m.customer_id for m in store.search("bo@")] == ["X1"]
    assert [m.customer_id for m in store.search("boy")] == ["X5"]
    assert [m.customer_id for m in store.search("bott")] == ["X4"]
    assert [m.customer_id for m in store.search(" bo ")] == ["X2", "X3", "X6", "X1"]


def test_one_row_per_customer_with_the_best_match(people):
    matches = people.search("ray")
    assert len({m.customer_id for m in matches}) == len(matches)
    assert found(people, "412345678910")[0] == ("C1", "+412345678910")


def test_limit(people):
    assert len(people.search("a", limit=1)) == 1
    assert people.search("ray", limit=0) == []


@pytest.mark.parametrize(
    "typed", ['"', 'ray"', "AND", "ray OR gray", "NEAR(a b)", "-ray", "ra*", "col:umn", "^ray", "'"]
)
def test_no_text_is_a_search_syntax_error(people, typed):
    people.search(typed)  # must not raise


@pytest.mark.parametrize("typed", ["", "   ", "\t\n"])
def test_empty_search_asks_for_text(people, typed):
    with pytest.raises(ValueError, match=r"^Type something to search for\.$"):
        people.search(typed)


# --- exporting and deleting ----------------------------------------------------------------


def test_export_round_trip_gives_the_canonical_lines(store, tmp_path):
    records = [
        PEOPLE[0],
        interaction("I2", "C1", T0 + timedelta(hours=1), agents=["Lena"], failure=True),
        interaction("I1", "C1", T0.astimezone(), queues=["Sales"], previous_score=3),
        ticket("T1", "C1", T0),
    ]
    path = write_jsonl(tmp_path / "in.jsonl", records)
    store.import_file(path)
    exported = [dumps(r) for r in store.export_customer("C1")]
    canonical = [dumps(loads(line)) for line in path.read_text().splitlines()]
    assert exported == [canonical[0], canonical[2], canonical[1], canonical[3]]
    again = tmp_path / "again.jsonl"
    again.write_text("\n".join(exported) + "\n")
    store.import_file(again)
    assert [dumps(r) for r in store.export_customer("C1")] == exported


def test_export_of_an_unknown_customer(store):
    with pytest.raises(KeyError):
        store.export_customer("nobody")


def test_delete_customer_removes_every_trace(people):
    assert people.delete_customer("C1") is True
    assert people.journey("C1") is None
    assert all(m.customer_id != "C1" for m in people.search("ray"))
    assert people.customer_ids_for(Identifier(IdentifierKind.PHONE, "+412345678910")) == []
    assert people.counts() == {"customers": 5, "identifiers": 6, "interactions": 1, "tickets": 0}
    assert people.delete_customer("C1") is False
