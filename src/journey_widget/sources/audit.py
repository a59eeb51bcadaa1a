"""The audit log: who did what to which customer's data, and when (SPEC D6).

Append-only JSON Lines in the data folder (``audit.jsonl``), one object a line:

    {"at": "2026-11-23T11:02:03.123456+00:00", "user": "anna", "action": "anonymise",
     "customer_id": "C000001", "detail": {"interactions": 12}}

Each entry is written with one ``write`` on a file opened with O_APPEND and fsync'd before
``append`` returns, so an entry is on disk before the action is reported done, and two
processes (the window and the CLI) never interleave half lines. The log holds customer ids
and counts, never a number, address or name: it must outlive an anonymisation. No Qt.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from journey_widget.paths import data_dir
from journey_widget.sources.base import StoreError

AUDIT_FILE_NAME = "audit.jsonl"


class AuditAction(StrEnum):
    EXPORT_CUSTOMER = "export_customer"
    EXPORT_SESSION = "export_session"
    ANONYMISE = "anonymise"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    user: str
    action: AuditAction
    customer_id: str
    detail: Mapping[str, str | int] = field(default_factory=lambda: MappingProxyType({}))

    def to_json(self) -> str:
        data = {
            "at": self.at.astimezone(UTC).isoformat(),
            "user": self.user,
            "action": self.action.value,
            "customer_id": self.customer_id,
            "detail": dict(self.detail),
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, line: str) -> AuditEntry:
        """One line back; ValueError for a line that is not an entry."""
        try:
            data = json.loads(line)
            at = datetime.fromisoformat(data["at"])
            detail = data.get("detail") or {}
            if at.tzinfo is None or not isinstance(detail, dict):
                raise ValueError("no time zone or a detail that is not an object")
            return cls(
                at,
                str(data["user"]),
                AuditAction(data["action"]),
                str(data["customer_id"]),
                MappingProxyType(detail),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not an audit entry: {error}") from None


def default_audit_path() -> Path:
    return data_dir() / AUDIT_FILE_NAME


class AuditLog:
    """Appends entries to one file; never rewrites or truncates it."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.path = Path(path) if path is not None else default_audit_path()
        self._clock = clock

    def append(
        self,
        user: str,
        action: AuditAction,
        customer_id: str,
        detail: Mapping[str, str | int] | None = None,
    ) -> AuditEntry:
        """Write one entry and fsync it; StoreError with a sentence when that is impossible."""
        entry = AuditEntry(
            self._clock(), user, action, customer_id, MappingProxyType(dict(detail or {}))
        )
        data = (entry.to_json() + "\n").encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                written = os.write(fd, data)
                if written != len(data):
                    raise OSError(f"only {written} of {len(data)} bytes written")
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as error:
            reason = error.strerror or str(error)
            raise StoreError(f"Cannot write the audit log {self.path}: {reason}.") from None
        return entry

    def entries(self) -> Iterator[AuditEntry]:
        """Every entry, oldest first; a damaged line is skipped (it cannot be repaired here)."""
        try:
            handle = self.path.open(encoding="utf-8")
        except FileNotFoundError:
            return
        with handle:
            for line in handle:
                if line.strip():
                    try:
                        yield AuditEntry.from_json(line)
                    except ValueError:
                        continue
