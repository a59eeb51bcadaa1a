"""The offline cache's files on a bad day (issue 16.2, 16.3): a symlinked folder, foreign
files beside the cache's own, a corrupt, deep, huge or non-regular index or entry. Real files
in tmp_path; the cache reads only what it wrote and deletes only names it made."""

from __future__ import annotations

import json
import os
import threading
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from hostile import corpus, deep_json, long_digits, make_fifo
from journey_widget.model import Identifier, IdentifierKind, Journey, NumberType
from journey_widget.sources.cache import INDEX_NAME, JourneyCache
from journey_widget.sources.cache_folder import clear_cache
from journeys import NOW, call, customer

PHONE = Identifier(IdentifierKind.PHONE, "+4915112345678", NumberType.MOBILE)
USER_FILES = {
    "export.jsonl": '{"type":"customer","id":"C9"}\n',
    "report.json": '{"mine": true}',
    "draft.tmp": "half a letter",
    "index.json.bak": "{}",
    "0123.jsonl": "not one of the cache's names either\n",
}


def journey(cid: str = "C1", phone: str = "+4915112345678") -> Journey:
    person = customer(cid, "Raymond Müller", phone)
    return Journey(person, (call(f"{cid}-I1", cid, NOW - timedelta(days=1)),))


def user_folder(path: Path) -> Path:
    """A folder of the user's own files, as a careless symlink could point the cache at."""
    path.mkdir(parents=True)
    for name, text in USER_FILES.items():
        (path / name).write_text(text)
    return path


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# --- purge deletes only the cache's own names (16.3) ------------------------------------------


def test_purge_all_leaves_files_the_cache_did_not_make(tmp_path: Path) -> None:
    folder = user_folder(tmp_path / "journeys")
    cache = JourneyCache(folder)
    cache.put(journey())
    (folder / ".cache-abc_123x.tmp").write_text("a temp file a crash left behind")
    cache.purge_all()
    assert contents(folder) == {name: text.encode() for name, text in USER_FILES.items()}


def test_purge_all_of_a_symlinked_folder_never_touches_the_target(tmp_path: Path) -> None:
    exports = user_folder(tmp_path / "exports")
    JourneyCache(exports).put(journey())  # even files that look like the cache's own stay
    before = contents(exports)
    folder = tmp_path / "cache" / "journeys"
    folder.parent.mkdir()
    folder.symlink_to(exports, target_is_directory=True)
    JourneyCache(folder).purge_all()
    assert contents(exports) == before
    assert not folder.is_symlink()


def test_clear_cache_of_a_symlinked_folder_never_touches_the_target(tmp_path: Path) -> None:
    exports = user_folder(tmp_path / "exports")
    folder = tmp_path / "journeys"
    folder.symlink_to(exports, target_is_directory=True)
    clear_cache(folder)
    assert contents(exports) == {name: text.encode() for name, text in USER_FILES.items()}


def test_a_symlinked_folder_is_not_followed_and_a_real_one_made(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    JourneyCache(elsewhere).put(journey())  # a planted cache: the link must not serve it
    before = contents(elsewhere)
    folder = tmp_path / "journeys"
    folder.symlink_to(elsewhere, target_is_directory=True)
    cache = JourneyCache(folder)
    assert cache.get("C1") is None and cache.get_by_identifier(PHONE) is None
    cache.put(journey("C2", "+4930123456"))
    assert folder.is_dir() and not folder.is_symlink()
    assert JourneyCache(folder).get("C2") is not None
    assert contents(elsewhere) == before


# --- a corrupt index is a miss, then rebuilt (16.3) ---------------------------------------------


def _planted_index(tmp_path: Path, content: bytes) -> Path:
    folder = tmp_path / "journeys"
    JourneyCache(folder).put(journey())
    (folder / INDEX_NAME).write_bytes(content)
    return folder


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(deep_json().encode(), id="deep-array"),
        pytest.param(('{"a":' * 50_000).encode(), id="deep-object"),
        pytest.param(corpus("index_wrong_types.json").read_bytes(), id="wrong-types"),
        pytest.param(
            b'{"cache": 1, "entries": {"k": {"bytes": ' + long_digits().encode() + b"}}}",
            id="5000-digit-int",
        ),
        pytest.param(b'{"cache": 1, "entries": {"k": null}}', id="null-entry"),
        pytest.param(b'{"cache": 1, "entries": {"k": {"fetched_at": 7}}}', id="int-time"),
    ],
)
def test_a_corrupt_index_is_a_miss_and_rebuilt(tmp_path: Path, content: bytes) -> None:
    folder = _planted_index(tmp_path, content)
    cache = JourneyCache(folder)
    assert cache.get_by_identifier(PHONE) is None
    assert cache.get("C1") is None
    cache.put(journey())
    assert JourneyCache(folder).get_by_identifier(PHONE) is not None


def test_an_oversized_index_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "journeys"
    cache = JourneyCache(folder, max_bytes=100_000)
    cache.put(journey())
    index = folder / INDEX_NAME
    with index.open("ab") as handle:  # valid JSON still, but far beyond any real index
        handle.write(b" " * (cache.index_max_bytes + 1))
    assert JourneyCache(folder, max_bytes=100_000).get("C1") is None


def test_an_index_key_cannot_reach_outside_the_folder(tmp_path: Path) -> None:
    victim = tmp_path / "cache" / "outside.jsonl"  # what "../outside" would name
    folder = tmp_path / "cache" / "journeys"
    folder.mkdir(parents=True)
    victim.write_text("the user's file\n")
    (folder / INDEX_NAME).write_bytes(
        corpus("index_escaping_key.json").read_bytes().replace(b"../../../", b"../")
    )
    cache = JourneyCache(folder)
    assert cache.get_by_identifier(Identifier(IdentifierKind.PHONE, "+4930123456")) is None
    cache.purge("C1")
    cache.purge_all()
    assert victim.read_text() == "the user's file\n"


def test_an_index_that_is_a_symlink_is_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    JourneyCache(elsewhere).put(journey())
    folder = tmp_path / "journeys"
    cache = JourneyCache(folder)
    cache.put(journey("C2", "+4930123456"))
    (folder / INDEX_NAME).unlink()
    (folder / INDEX_NAME).symlink_to(elsewhere / INDEX_NAME)
    for entry in elsewhere.glob("*.jsonl"):  # the planted journey's file, linked in too
        (folder / entry.name).symlink_to(entry)
    reopened = JourneyCache(folder)
    assert reopened.get("C1") is None
    assert (elsewhere / INDEX_NAME).is_file()


def _in_thread(work) -> object:
    """Run ``work`` where a blocking open can't hang the test run: fail instead."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive(), "reading the cache blocked on a file that is not a file"
    return result[0]


def test_an_index_that_is_a_fifo_is_a_miss_not_a_hang(tmp_path: Path) -> None:
    folder = _planted_index(tmp_path, b"")
    (folder / INDEX_NAME).unlink()
    make_fifo(folder / INDEX_NAME)
    assert _in_thread(lambda: JourneyCache(folder).get("C1")) is None


# --- entries: regular files of our own, bounded (16.2) ------------------------------------------


def _entry(folder: Path) -> Path:
    (path,) = folder.glob("*.jsonl")
    return path


def test_an_entry_that_is_a_fifo_is_a_miss_not_a_hang(tmp_path: Path) -> None:
    cache = JourneyCache(tmp_path / "journeys")
    cache.put(journey())
    entry = _entry(cache.folder)
    entry.unlink()
    make_fifo(entry)
    assert _in_thread(lambda: JourneyCache(cache.folder).get("C1")) is None


def test_an_entry_that_is_a_symlink_is_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    planted = JourneyCache(elsewhere)
    planted.put(journey())
    cache = JourneyCache(tmp_path / "journeys")
    cache.put(journey())
    entry = _entry(cache.folder)
    entry.unlink()
    entry.symlink_to(_entry(elsewhere))
    assert JourneyCache(cache.folder).get("C1") is None
    assert planted.get("C1") is not None  # the link's target is left alone


def test_an_entry_beyond_the_cache_size_is_not_read(tmp_path: Path) -> None:
    cache = JourneyCache(tmp_path / "journeys", max_bytes=50_000)
    cache.put(journey())
    entry = _entry(cache.folder)
    with entry.open("r+b") as handle:  # the last line padded with JSON whitespace: still valid
        data = handle.read().rstrip(b"\n")
        handle.seek(0)
        handle.write(data + b" " * 60_000 + b"\n")
    assert JourneyCache(cache.folder, max_bytes=50_000).get("C1") is None


def test_an_entry_with_a_deep_line_is_a_miss(tmp_path: Path) -> None:
    cache = JourneyCache(tmp_path / "journeys")
    cache.put(journey())
    entry = _entry(cache.folder)
    entry.write_text(json.dumps({"cache": 1, "fetched_at": NOW.isoformat()}) + "\n" + deep_json())
    assert JourneyCache(cache.folder).get("C1") is None


def test_a_back_end_text_beyond_the_import_limits_is_cached(tmp_path: Path) -> None:
    cache = JourneyCache(tmp_path / "journeys")
    person = customer("C1", "R" * 800, "+4915112345678")
    long_call = replace(call("C1-I1", "C1", NOW), agent_comments="c" * 30_000)
    cache.put(Journey(person, (long_call,)))
    again = JourneyCache(cache.folder).get("C1")
    assert again is not None and again.journey.interactions[0].agent_comments == "c" * 30_000


def test_entries_are_written_as_regular_files_only_in_the_folder(tmp_path: Path) -> None:
    cache = JourneyCache(tmp_path / "journeys")
    cache.put(journey())
    for path in cache.folder.iterdir():
        assert path.is_file() and not path.is_symlink()
    assert os.stat(cache.folder).st_mode & 0o077 == 0  # the cache's journeys are private
