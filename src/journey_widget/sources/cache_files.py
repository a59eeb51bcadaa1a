"""The offline cache's folder, trusted only as far as the cache made it (issue 16.2, 16.3).

Files are read only when they are regular files of bounded size, opened without following a
symlink and without blocking on a FIFO; only names the cache makes (its index,
``<32 hex>.jsonl`` entries, ``.cache-*.tmp`` temp files) are ever deleted; a cache folder
that is a symlink is not followed: the link itself is removed (never its target) and a real
folder is made in its place. No Qt.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import stat
from pathlib import Path

from journey_widget.safe_files import UnusableFile, read_bounded

log = logging.getLogger(__name__)

TEMP_PREFIX, TEMP_SUFFIX = ".cache-", ".tmp"
_ENTRY_NAME = re.compile(r"[0-9a-f]{32}\.jsonl")
_TEMP_NAME = re.compile(r"\.cache-[A-Za-z0-9_]{1,32}\.tmp")
_KEY = re.compile(r"[0-9a-f]{32}")


class Refused(ValueError):
    """A cache file that is not a bounded regular file of the cache's own."""


def checked_key(key: object) -> str:
    """An index key names a file in the folder: only the cache's own hash form will do."""
    if type(key) is not str or not _KEY.fullmatch(key):
        raise ValueError("an index key is not one of the cache's file names")
    return key


def real_folder(folder: Path) -> bool:
    """Whether ``folder`` exists as a real folder; a symlink in its place is removed (the
    link, never what it points at), so nothing is read or deleted through it."""
    try:
        mode = os.lstat(folder).st_mode
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(mode):
        log.warning("The offline cache folder was a symbolic link; removed the link")
        folder.unlink()
        return False
    return stat.S_ISDIR(mode)


def make_folder(folder: Path) -> None:
    """A real, private folder at ``folder``; NotADirectoryError if a file is in the way."""
    if not real_folder(folder):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not stat.S_ISDIR(os.lstat(folder).st_mode):
        raise NotADirectoryError(f"{folder} is not a folder")


def remove_own_files(folder: Path, index_name: str, *, temp_files: bool = False) -> None:
    """Delete the cache's own files: its index and entries (and temp files, when no write
    can be under way), nothing else that is in the folder."""
    for path in folder.iterdir():
        name = path.name
        if (
            name == index_name
            or _ENTRY_NAME.fullmatch(name)
            or (temp_files and _TEMP_NAME.fullmatch(name))
        ):
            with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
                path.unlink()


def read_own_file(path: Path, cap: int) -> bytes:
    """The bytes of ``path`` if it is a regular file (not a symlink, FIFO or device) of at
    most ``cap`` bytes; never blocks on a FIFO, never reads more than ``cap + 1`` bytes.

    FileNotFoundError when there is none; ``Refused`` (a ValueError) for anything else.
    """
    try:
        return read_bounded(path, cap, follow_symlinks=False)
    except FileNotFoundError:
        raise
    except (UnusableFile, OSError) as error:
        raise Refused(f"{path.name} cannot be read as a file of the cache: {error}") from None
