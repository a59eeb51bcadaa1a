"""The verbs against a store file that is empty, read-only or on a full disk (issue 16.12):
one sentence, and the file as it was."""

from __future__ import annotations

from pathlib import Path

from hostile import fill, read_only, tmpfs
from journey_widget.cli.main import main
from journey_widget.sources.local import jsonl_format
from journeys import sample_records


def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.jsonl"
    path.write_text("".join(jsonl_format.dumps(r) + "\n" for r in sample_records()))
    return path


def test_lookup_in_an_empty_file_refuses_and_leaves_it_empty(tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert main(["lookup", "C1", "--store", str(empty)]) == 2
    err = capsys.readouterr().err
    assert f"{empty} is empty: it is not a journey store." in err
    assert len(err.strip().splitlines()) == 1
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]


def test_lookup_and_search_in_a_read_only_folder(tmp_path: Path, capsys) -> None:
    data = sample(tmp_path)
    with tmpfs(tmp_path / "ro", "4m") as folder:
        store = folder / "journeys.sqlite"
        assert main(["--store", str(store), "import", str(data)]) == 0
        read_only(folder)
        capsys.readouterr()
        assert main(["--store", str(store), "lookup", "C1", "--period", "all"]) == 0
        assert main(["--store", str(store), "search", "ray"]) == 0
        assert main(["--store", str(store), "import", str(data)]) == 2
        assert "cannot be written" in capsys.readouterr().err


def test_import_on_a_full_disk_says_the_disk_is_full(tmp_path: Path, capsys) -> None:
    data = sample(tmp_path)
    with tmpfs(tmp_path / "full", "400k") as folder:
        store = folder / "journeys.sqlite"
        fill(folder)
        assert main(["--store", str(store), "import", str(data)]) == 2
        err = capsys.readouterr().err
        assert "journey-widget: The disk is full: " in err
        assert "Traceback" not in err and "Errno" not in err
