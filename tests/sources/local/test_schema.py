"""Opening the store on a bad day (issue 16.12): an empty file is not made a store by a
reader, a read-only folder or file still serves reads, and a full disk says so."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from hostile import fill, read_only, tmpfs
from journey_widget.model import Customer
from journey_widget.sources.base import StoreError
from journey_widget.sources.local import schema
from journey_widget.sources.local.store import open_store


def make_store(path: Path, *customers: str) -> Path:
    with open_store(path) as store:
        store.import_records([Customer(cid, f"Name {cid}") for cid in customers or ("C1",)])
    return path


def files(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("content", [b"", None], ids=["zero-bytes", "empty-sqlite"])
def test_a_reader_never_makes_an_empty_file_a_store(tmp_path: Path, content) -> None:
    path = tmp_path / "empty.sqlite"
    if content is None:  # a valid SQLite file without tables: 0 bytes, or a header only
        sqlite3.connect(path).execute("PRAGMA user_version").fetchone()
    else:
        path.write_bytes(content)
    before = files(tmp_path)
    with pytest.raises(StoreError, match=r"empty\.sqlite is empty: it is not a journey store\."):
        open_store(path, create=False)
    assert files(tmp_path) == before
    with open_store(path, create=True) as store:  # import may still make it one
        assert store.counts()["customers"] == 0


def test_a_disk_full_says_so_and_keeps_the_store(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "400k") as folder:
        path = make_store(folder / "journeys.sqlite")
        with open_store(path, create=False) as store:
            fill(folder)
            with pytest.raises(StoreError) as caught:
                store.import_records([Customer(f"F{n}", "x" * 400) for n in range(500)])
            assert str(caught.value).startswith("The disk is full: ")
            assert str(path) in str(caught.value)
            assert store.counts()["customers"] == 1
            assert store.journey("C1").customer.name == "Name C1"


def test_a_full_disk_still_serves_reads_and_refuses_an_import(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "400k") as folder:
        path = make_store(folder / "journeys.sqlite")
        fill(folder)  # the -shm a new connection needs can't be made now
        with open_store(path, create=False) as store:
            assert store.read_only and store.journey("C1") is not None
        with pytest.raises(StoreError, match=r"^The disk is full: "):
            open_store(path, create=True)  # what import opens


def test_a_disk_full_when_the_store_is_made(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "small", "64k") as folder:
        fill(folder)
        with pytest.raises(StoreError, match=r"^The disk is full: "):
            open_store(folder / "new" / "journeys.sqlite")


def test_a_read_only_folder_still_serves_reads(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "2m") as folder:
        path = make_store(folder / "journeys.sqlite", "C1", "C2")
        assert files(folder) == {"journeys.sqlite": path.stat().st_size}  # no -wal, no -shm
        read_only(folder)
        with open_store(path, create=False) as store:
            assert store.read_only
            assert store.journey("C2").customer.name == "Name C2"
            assert [m.customer_id for m in store.search("Name C1")] == ["C1"]
            with pytest.raises(StoreError, match="cannot be written"):
                store.import_records([Customer("C3")])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="chattr +i needs root")
def test_an_immutable_store_file_serves_reads_opened_read_only(tmp_path: Path) -> None:
    path = make_store(tmp_path / "journeys.sqlite")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this filesystem has no immutable attribute")
    try:
        with open_store(path, create=False) as store:
            assert store.read_only
            assert store.journey("C1") is not None
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_writable_store_is_not_opened_read_only(tmp_path: Path) -> None:
    with open_store(make_store(tmp_path / "journeys.sqlite"), create=False) as store:
        assert not store.read_only


def test_a_reader_that_may_not_write_asks_for_read_only(tmp_path: Path, monkeypatch) -> None:
    """Without root (no mount, no chattr): the open path itself, with access denied."""
    path = make_store(tmp_path / "journeys.sqlite")
    monkeypatch.setattr(schema.os, "access", lambda *args, **kwargs: False)
    opened: list[str] = []
    real_connect = sqlite3.connect

    def recording_connect(target, *args, **kwargs):
        opened.append(str(target))
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(schema.sqlite3, "connect", recording_connect)
    with open_store(path, create=False) as store:
        assert store.read_only and store.journey("C1") is not None
    assert opened and all("mode=ro" in uri for uri in opened)
    with pytest.raises(StoreError, match="cannot be written: the file or its folder is read-only"):
        open_store(path, create=True)
