"""The command line as users and scripts meet it: exit codes, one-sentence errors, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from journey_widget.cli.main import main
from journey_widget.model import Customer, Interaction, Ticket
from journey_widget.sources.local import jsonl_format
from journeys import sample_records


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.jsonl"
    path.write_text(
        "".join(jsonl_format.dumps(r) + "\n" for r in sample_records()), encoding="utf-8"
    )
    return path


@pytest.fixture
def store(tmp_path: Path, sample_file: Path) -> Path:
    path = tmp_path / "store.sqlite"
    assert main(["--store", str(path), "import", str(sample_file)]) == 0
    return path


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The real console entry point in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "journey_widget.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning"},
    )


# --- import -------------------------------------------------------------------------------


def test_import_reports_counts(tmp_path: Path, sample_file: Path, capsys) -> None:
    assert main(["import", str(sample_file), "--store", str(tmp_path / "s.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "Imported 3 customers, 4 interactions and 1 ticket" in out


def test_mixed_file_loads_good_lines_and_names_bad_ones(tmp_path: Path, capsys) -> None:
    good = [jsonl_format.dumps(r) for r in sample_records()[:2]]
    lines = [good[0], "{not json", good[1], '{"type": "customer"}', "[1, 2]", ""]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = tmp_path / "s.sqlite"
    assert main(["--store", str(store), "import", str(path), "--skip-bad"]) == 1
    captured = capsys.readouterr()
    assert "Imported 1 customer, 1 interaction" in captured.out
    assert "line 2: " in captured.err and "JSON" in captured.err
    assert "line 4: " in captured.err
    assert "line 5: " in captured.err
    assert "3 lines could not be imported" in captured.err
    assert main(["--store", str(store), "lookup", "C1", "--period", "all"]) == 0


def test_binary_file_is_refused_in_one_sentence_and_store_unchanged(
    store: Path, tmp_path: Path
) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    before = run_cli("--store", str(store), "export", "C1", "--out", "-").stdout
    result = run_cli("--store", str(store), "import", str(binary))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert run_cli("--store", str(store), "export", "C1", "--out", "-").stdout == before


def test_import_of_missing_file(tmp_path: Path, capsys) -> None:
    assert main(["--store", str(tmp_path / "s.sqlite"), "import", str(tmp_path / "nope")]) == 2
    assert "There is no file" in capsys.readouterr().err


# --- export: round trip -------------------------------------------------------------------


def test_export_round_trips_the_import(store: Path, sample_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "c1.jsonl"
    assert main(["--store", str(store), "export", "C1", "--out", str(out)]) == 0
    records = sample_records()
    customer = next(r for r in records if isinstance(r, Customer) and r.id == "C1")
    calls = sorted(
        (r for r in records if isinstance(r, Interaction) and r.customer_id == "C1"),
        key=lambda r: r.started_at,
    )
    tickets = [r for r in records if isinstance(r, Ticket) and r.customer_id == "C1"]
    expected = [jsonl_format.dumps(r) for r in (customer, *calls, *tickets)]
    assert out.read_text(encoding="utf-8").splitlines() == expected
    # And it imports again into an empty store, giving the same export.
    again = tmp_path / "again.sqlite"
    assert main(["--store", str(again), "import", str(out)]) == 0
    out2 = tmp_path / "c1-again.jsonl"
    assert main(["--store", str(again), "export", "+49 30 1234567", "--out", str(out2)]) == 0
    assert out2.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")


def test_export_of_unknown_customer(store: Path, tmp_path: Path, capsys) -> None:
    assert main(["--store", str(store), "export", "C99", "--out", str(tmp_path / "x")]) == 1
    assert "no customer C99" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


# --- lookup -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["+49 30 1234567", "0049301234567", "030 1234567", "(030) 123-4567", "C1"]
)
def test_lookup_finds_the_customer_whatever_the_format(store: Path, query: str, capsys) -> None:
    assert main(["--store", str(store), "lookup", query, "--json", "--period", "all"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["found"] is True
    assert data["customer"]["id"] == "C1"
    assert [i["id"] for i in data["interactions"]] == ["I1", "I2", "I3"]  # newest first


def test_lookup_secondary_number_and_email(store: Path, capsys) -> None:
    assert main(["--store", str(store), "lookup", "+49 151 12345678"]) == 0
    assert main(["--store", str(store), "lookup", "Raymond@Example.com"]) == 0
    out = capsys.readouterr().out
    assert out.count("Raymond Müller") == 2


def test_lookup_unknown_number(store: Path, capsys) -> None:
    assert main(["--store", str(store), "lookup", "+49 89 999999", "--json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["found"] is False
    assert "no history for +4989999999" in captured.err


def test_lookup_bad_query_and_empty_query(store: Path) -> None:
    for query in ("", "   ", "hello world!"):
        result = run_cli("--store", str(store), "lookup", query)
        assert result.returncode == 2, result
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_lookup_period_limits_history(store: Path, capsys) -> None:
    # Sample data is anchored at 2026-11-23; I3 is 400 days old: outside 12 months from now.
    assert main(["--store", str(store), "lookup", "C1", "--json", "--period", "12m"]) == 0
    ids = [i["id"] for i in json.loads(capsys.readouterr().out)["interactions"]]
    assert "I3" not in ids


# --- search -------------------------------------------------------------------------------


def test_search_contains_names_and_digits(store: Path, capsys) -> None:
    assert main(["--store", str(store), "search", "ray", "--json"]) == 0
    names = {m["name"] for m in json.loads(capsys.readouterr().out)}
    assert names == {"Raymond Müller", "Dorain Gray"}
    assert main(["--store", str(store), "search", "4567", "--json"]) == 0
    matched = {m["matched"] for m in json.loads(capsys.readouterr().out)}
    assert "+412345678910" in matched


def test_search_limit_and_nothing_found(store: Path, capsys) -> None:
    assert main(["--store", str(store), "search", "ray", "--limit", "1", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(["--store", str(store), "search", "zzzz"]) == 1
    assert "nobody matches" in capsys.readouterr().err


# --- bad stores -----------------------------------------------------------------------------


def test_missing_store(tmp_path: Path) -> None:
    result = run_cli("--store", str(tmp_path / "none.sqlite"), "lookup", "+49301234567")
    assert result.returncode == 2
    assert result.stderr.startswith("journey-widget: No journey store at")
    assert not (tmp_path / "none.sqlite").exists()  # looking never creates a store


def test_corrupt_store(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(os.urandom(8192))
    for verb in (["lookup", "C1"], ["search", "ray"], ["import", str(bad)]):
        result = run_cli("--store", str(bad), *verb)
        assert result.returncode == 2, (verb, result)
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_store_option_after_the_verb(store: Path) -> None:
    result = run_cli("lookup", "C1", "--store", str(store))
    assert result.returncode == 0
    assert "Raymond Müller" in result.stdout


def test_headless_verbs_do_not_import_qt_widgets(store: Path) -> None:
    code = (
        "import sys; from journey_widget.cli.main import main; "
        f"main(['--store', {str(store)!r}, 'search', 'ray']); "
        "sys.exit(1 if 'PySide6.QtWidgets' in sys.modules else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- demo data --------------------------------------------------------------------------


def test_demo_data_to_file_and_store_agree(tmp_path: Path, capsys) -> None:
    out = tmp_path / "demo.jsonl"
    args = ["demo-data", "--customers", "5", "--seed", "7", "--anchor", "2026-11-23"]
    assert main([*args, "--out", str(out)]) == 0
    assert main([*args, "--store", str(tmp_path / "d.sqlite")]) == 0
    imported = tmp_path / "i.sqlite"
    assert main(["--store", str(imported), "import", str(out)]) == 0
    exported = []
    for store in ("d.sqlite", "i.sqlite"):
        target = tmp_path / f"{store}.jsonl"
        export = ["--store", str(tmp_path / store), "export", "C000001", "--out", str(target)]
        assert main(export) == 0
        exported.append(target.read_text(encoding="utf-8"))
    assert exported[0] == exported[1]
    assert exported[0].splitlines()[0] == out.read_text(encoding="utf-8").splitlines()[0]


def test_demo_data_needs_a_destination(capsys) -> None:
    assert main(["demo-data", "--customers", "2"]) == 2
    assert "--out FILE.jsonl or --store PATH" in capsys.readouterr().err


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """``journey-widget lookup ... --json | head -1``: the pipe closes under the writer
    (the answer, ~100 KB, is larger than a pipe's buffer)."""
    store = tmp_path / "many.sqlite"
    assert run_cli("demo-data", "--customers", "300", "--seed", "1", "--store", str(store))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "journey_widget",
            "lookup",
            "C000001",
            "--json",
            "--store",
            str(store),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline()
    process.stdout.close()
    error = process.stderr.read()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in error and "BrokenPipe" not in error


@pytest.mark.parametrize(
    ("argv", "verb"),
    [
        (["journey-widget://call?number=%2B4930123456"], "call"),
        (["JOURNEY-WIDGET:call?number=1"], "call"),
        (["--demo"], None),  # no link: the window
    ],
)
def test_a_lone_call_link_is_a_call(argv: list[str], verb: str | None) -> None:
    """The launcher's ``Exec=journey-widget %u`` hands the link over as the only argument."""
    from journey_widget.cli import main as cli

    seen = []
    real_call, real_gui = cli.run_call_verb, cli._run_gui
    try:
        cli.run_call_verb = lambda args: (
            (seen.append((args.verb, args.number)) or 0) if args.verb else None
        )
        cli._run_gui = lambda args: 0
        assert main(argv) == 0
    finally:
        cli.run_call_verb, cli._run_gui = real_call, real_gui
    assert seen == ([(verb, argv[-1])] if verb else [])
