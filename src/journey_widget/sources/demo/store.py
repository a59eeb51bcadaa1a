"""The demo store behind ``journey-widget --demo``: generated on first use, in the cache folder.

It never touches the user's own store. The history is anchored at the moment it is built, so
a demo store older than a day is rebuilt and "the last 12 months" always has data. It is built
under a temporary name and renamed into place, so two widgets starting at once never see half
a store. A stamp beside it names the generator's version, so a store built by an older
generator (without fields added since) is rebuilt at once, not a day later.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

from journey_widget.paths import demo_store_path
from journey_widget.sources.demo import generator as demo_data
from journey_widget.sources.local.store import open_store

DEMO_SEED = 1
MAX_AGE_SECONDS = 24 * 3600
# Raise when the generator's output changes (2: channel accounts, lead statuses, case links).
DEMO_DATA_VERSION = "2"


def ensure_demo_store(path: Path | None = None, *, now: datetime | None = None) -> Path:
    """The path of a fresh demo store, building it first when missing or stale (blocking)."""
    path = path or demo_store_path()
    if _is_fresh(path):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    anchor = (now or datetime.now(UTC)).replace(second=0, microsecond=0)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    _remove_store_files(partial)
    store = open_store(partial, create=True)
    try:
        store.import_records(
            demo_data.generate(demo_data.DEFAULT_DEMO_CUSTOMERS, DEMO_SEED, anchor)
        )
    finally:
        store.close()  # the last connection closing folds the WAL into the file
    _remove_store_files(path)
    os.replace(partial, path)
    _stamp(path).write_text(DEMO_DATA_VERSION, encoding="utf-8")
    return path


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".version")


def _is_fresh(path: Path) -> bool:
    try:
        young = time.time() - path.stat().st_mtime < MAX_AGE_SECONDS
        return young and _stamp(path).read_text(encoding="utf-8") == DEMO_DATA_VERSION
    except OSError:
        return False


def _remove_store_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
