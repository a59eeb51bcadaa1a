"""A corpus of hostile input (issue 16): files that are damaged, huge, deep, or not files.

Small ones live beside this module as files; big ones are generated into the test's temp
folder (never committed), so a test names the exact shape it defends against. Only
generators and paths here: the tests that use them sit where their module's tests sit.
"""

from __future__ import annotations

import os
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
