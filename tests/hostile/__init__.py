"""A corpus of hostile input (issue 16): files that are damaged, huge, deep, or not files.

Small ones live beside this module as files; big ones are generated into the test's temp
folder (never committed), so a test names the exact shape it defends against. Only
generators and paths here: the tests that use them sit where their module's tests sit.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).parent

MIB = 1024 * 1024


def corpus(name: str) -> Path:
    """A small hostile file kept in the repository."""
    return HERE / name


def deep_json(depth: int = 100_000, opener: str = "[") -> str:
    """``[[[[...`` : json.loads raises RecursionError on it, not JSONDecodeError."""
    return opener * depth


def long_digits(digits: int = 5000) -> str:
    """An integer literal past Python's int-from-text limit (4300 digits): ValueError
    mentioning ``sys.set_int_max_str_digits`` if nothing catches it first."""
    return "9" * digits


def write_big_line(path: Path, size: int, *, prefix: str, suffix: str, fill: str = "x") -> Path:
    """One line of ``size`` bytes (prefix + fill... + suffix + newline), written in chunks."""
    body = size - len(prefix) - len(suffix) - 1
    chunk = fill * MIB
    with path.open("w", encoding="utf-8") as handle:
        handle.write(prefix)
        while body > 0:
            handle.write(chunk[: min(body, MIB)])
            body -= MIB
        handle.write(suffix + "\n")
    return path


def make_fifo(path: Path) -> Path:
    """A named pipe: opening it for reading blocks until a writer comes, unless O_NONBLOCK."""
    os.mkfifo(path)
    return path


@contextlib.contextmanager
def tmpfs(folder: Path, size: str = "200k") -> Iterator[Path]:
    """A tiny filesystem of its own at ``folder`` (root only: pytest.skip otherwise), for a
    real full disk (ENOSPC) or, remounted with ``read_only``, a real read-only folder;
    unmounted afterwards whatever happens."""
    import pytest

    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def read_only(folder: Path) -> None:
    """Remount the tmpfs at ``folder`` read-only: even root can't write there then."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def fill(folder: Path) -> None:
    """Write a filler file until the filesystem at ``folder`` is full."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as error:
        if error.errno != errno.ENOSPC:
            raise
    finally:
        os.close(fd)
