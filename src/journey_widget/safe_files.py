"""Reading the widget's own small files with a bound: regular files only, at most N bytes.

Every file the widget reads is capped and checked before its bytes are trusted (DESIGN
"Security and bad input"): a settings file pointed at /dev/zero, a FIFO that never ends, a
token file replaced by a symlink, a 2 GB file made by mistake. ``read_bounded`` opens without
blocking (a FIFO does not hang the start), checks on the open descriptor that it is a regular
file (no race between a check and the open), and reads at most ``limit`` + 1 bytes.
``load_json`` turns "too deep" (RecursionError inside the json module) into a ValueError
like any other damage, so callers have one thing to catch. No Qt.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any


class UnusableFile(ValueError):
    """The file is there but is no regular file, or larger than its limit: one sentence."""


def read_bounded(path: Path, limit: int, *, follow_symlinks: bool = True) -> bytes:
    """The whole file, if it is a regular file of at most ``limit`` bytes.

    Raises FileNotFoundError when it is missing, UnusableFile when it is not a regular file
    (directory, FIFO, device, socket; a symlink when ``follow_symlinks`` is False) or too
    large, OSError for other failures to read it.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        if not follow_symlinks and Path(path).is_symlink():
            raise UnusableFile(f"{path} is a symbolic link, not a file of its own.") from error
        if isinstance(error, IsADirectoryError):
            raise UnusableFile(f"{path} is a folder, not a file.") from error
        raise
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UnusableFile(f"{path} is not a regular file.")
        if info.st_size > limit:
            raise UnusableFile(f"{path} is larger than {limit:,} bytes.")
        data = handle.read(limit + 1)  # the size may have changed since fstat
    if len(data) > limit:
        raise UnusableFile(f"{path} is larger than {limit:,} bytes.")
    return data


def load_json(data: bytes) -> Any:
    """JSON from UTF-8 bytes; ValueError for anything unusable, nesting too deep included."""
    try:
        return json.loads(data.decode("utf-8"))
    except RecursionError:
        raise ValueError("nested too deeply") from None
