"""Files the operations window saves for an administrator: a customer's export, a trace.

Written atomically (temp file + rename), so a crash or a full disk never leaves half a file.
The command line writes its own (to stdout too, cli/verbs.py). No Qt.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from journey_widget.sources.base import SourceError
from journey_widget.sources.local import jsonl_format
from journey_widget.sources.local.jsonl_format import Record


def save_records(path: Path, records: list[Record]) -> None:
    """A customer's export as JSON Lines (the import format), written atomically."""
    _save_atomically(path, "".join(jsonl_format.dumps(r) + "\n" for r in records))


def save_trace(path: Path, trace: dict[str, Any]) -> None:
    """One session's trace as an indented JSON file, written atomically."""
    _save_atomically(path, json.dumps(trace, ensure_ascii=False, indent=2) + "\n")


def _save_atomically(path: Path, text: str) -> None:
    """Temp file + rename: a crash or a full disk never leaves half a file behind.

    Raises SourceError with a sentence (FailureReason.OTHER) when the file cannot be written.
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise SourceError(f"Cannot write {path}: {error.strerror or error}.") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise SourceError(f"Cannot write {path}: {error.strerror or error}.") from None
