"""The store's one write path: records in, batched upserts out, bad records reported.

Files and model objects (the demo generator) both come through ``RecordWriter``, so they
are checked and stored the same way. The caller owns the transaction: an import is all or
nothing, whatever interrupts it, and (unless told to skip bad lines) whatever line is bad.
A line is read in bounded memory: one longer than MAX_LINE_BYTES is a bad line, skipped
without being held (docs/import-format.md "Limits").
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

from journey_widget.model import Customer, Interaction, Ticket
from journey_widget.sources.base import StoreError
from journey_widget.sources.local.jsonl_format import FormatError, Record, describe_record, dumps
from journey_widget.sources.local.search_index import terms_for

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_BOM = b"\xef\xbb\xbf"
MAX_LINE_BYTES = 1024 * 1024
LINE_TOO_LONG = f"the line is longer than 1 MiB ({MAX_LINE_BYTES:,} bytes)"
_SKIP_CHUNK = 64 * 1024

_UPSERT_CUSTOMER = """
INSERT INTO customers (id, name, record) VALUES (?, ?, ?)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, record = excluded.record
"""
_UPSERT_INTERACTION = """
INSERT INTO interactions (id, customer_id, started_at, record) VALUES (?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id,
    started_at = excluded.started_at, record = excluded.record
"""
_UPSERT_TICKET = """
INSERT INTO tickets (id, customer_id, created_at, record) VALUES (?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id,
    created_at = excluded.created_at, record = excluded.record
"""
_INSERT_IDENTIFIER = (
    "INSERT OR IGNORE INTO identifiers (kind, value, number_type, customer_id) VALUES (?, ?, ?, ?)"
)
_INSERT_TERM = "INSERT INTO search_terms (customer_id, kind, display, term) VALUES (?, ?, ?, ?)"


@dataclass
class ImportReport:
    """What an import loaded and which lines (or records) it skipped, and why."""

    MAX_ERRORS: ClassVar[int] = 1000

    customers: int = 0
    interactions: int = 0
    tickets: int = 0
    # (line number, or position for model objects; reason), at most MAX_ERRORS of them.
    errors: list[tuple[int, str]] = field(default_factory=list)
    # All bad lines, including those beyond MAX_ERRORS.
    error_count: int = 0
    # False: a bad line undid the whole import (the counts say what the good lines held).
    committed: bool = True

    def add_error(self, where: int, reason: str) -> None:
        self.error_count += 1
        if len(self.errors) < self.MAX_ERRORS:
            self.errors.append((where, reason))

    @property
    def loaded(self) -> int:
        return self.customers + self.interactions + self.tickets


def micros(moment: datetime) -> int:
    """An aware datetime as integer microseconds since the epoch: exact and sortable."""
    return (moment - _EPOCH) // _MICROSECOND


class RecordWriter:
    """Checks records and writes them in batches inside the caller's transaction."""

    BATCH = 5000

    def __init__(self, conn: sqlite3.Connection, report: ImportReport) -> None:
        self._conn = conn
        self._report = report
        self._known_customers: set[str] = set()
        self._customers: dict[str, tuple[Customer, str]] = {}
        self._interactions: list[tuple[str, str, int, str]] = []
        self._tickets: list[tuple[str, str, int, str]] = []
        self._pending = 0
        self._writing = True

    def stop_writing(self) -> None:
        """Only check what follows: the transaction will be undone anyway (all or nothing)."""
        self._writing = False

    def add(self, record: Record, where: int) -> None:
        """Queue one record; a bad one becomes an error of the report, not an exception."""
        try:
            line = dumps(record)
            line.encode("utf-8")  # lone surrogates ("\\ud800") can't be stored as text
        except FormatError as error:
            self._report.add_error(where, str(error))
            return
        except UnicodeEncodeError:
            self._report.add_error(
                where,
                f"{_describe(record)}: holds text that is not valid "
                "Unicode (a lone surrogate escape)",
            )
            return
        if isinstance(record, Customer):
            self._customers.pop(record.id, None)  # a later line replaces an earlier one
            self._customers[record.id] = (record, line)
            self._known_customers.add(record.id)
            self._report.customers += 1
        elif not self._customer_exists(record.customer_id):
            self._report.add_error(
                where,
                f"{_describe(record)}: {describe_record('customer', record.customer_id)} "
                "is not in the store or earlier in the file",
            )
            return
        elif isinstance(record, Interaction):
            row = (record.id, record.customer_id, micros(record.started_at), line)
            self._interactions.append(row)
            self._report.interactions += 1
        else:
            self._tickets.append((record.id, record.customer_id, micros(record.created_at), line))
            self._report.tickets += 1
        self._pending += 1
        if self._pending >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Write what is queued: customers first, so the foreign keys of the rest hold."""
        if not self._writing:
            self._customers.clear()
            self._interactions.clear()
            self._tickets.clear()
            self._pending = 0
            return
        if self._customers:
            self._write_customers(list(self._customers.values()))
            self._customers.clear()
        if self._interactions:
            self._conn.executemany(_UPSERT_INTERACTION, self._interactions)
            self._interactions.clear()
        if self._tickets:
            self._conn.executemany(_UPSERT_TICKET, self._tickets)
            self._tickets.clear()
        self._pending = 0

    def _write_customers(self, batch: list[tuple[Customer, str]]) -> None:
        ids = [(customer.id,) for customer, _line in batch]
        # A re-imported customer's identifiers are replaced by the new set.
        self._conn.executemany("DELETE FROM identifiers WHERE customer_id = ?", ids)
        self._conn.executemany("DELETE FROM search_terms WHERE customer_id = ?", ids)
        self._conn.executemany(_UPSERT_CUSTOMER, [(c.id, c.name, line) for c, line in batch])
        self._conn.executemany(
            _INSERT_IDENTIFIER,
            [
                (i.kind.value, i.value, i.number_type.value if i.number_type else None, c.id)
                for c, _line in batch
                for i in c.identifiers
            ],
        )
        self._conn.executemany(
            _INSERT_TERM,
            [
                (c.id, kind, display, term)
                for c, _line in batch
                for kind, display, term in terms_for(c.name, c.identifiers)
            ],
        )

    def _customer_exists(self, customer_id: str) -> bool:
        if customer_id in self._known_customers:
            return True
        row = self._conn.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,)).fetchone()
        if row is None:
            return False
        self._known_customers.add(customer_id)
        return True


def _describe(record: Record) -> str:
    label = {Customer: "customer", Interaction: "interaction", Ticket: "ticket"}[type(record)]
    return describe_record(label, record.id)


def read_lines(path: Path) -> Iterator[tuple[int, str | None]]:
    """(line number, text) of each non-blank line; StoreError if the file is not JSON Lines.

    A file with NUL bytes or bytes that are not UTF-8 is binary: that stops the import
    (its lines would only produce noise), while a line of bad JSON is just a bad line.
    A line longer than MAX_LINE_BYTES comes as (line number, None), its text skipped unread.
    """
    try:
        # Not blocking: a named pipe must be refused, not waited on for a writer.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            os.close(fd)
            if stat.S_ISDIR(mode):
                raise IsADirectoryError(path)
            raise StoreError(f"{path} is not a regular file, so it can't be imported.")
        handle = os.fdopen(fd, "rb")
    except FileNotFoundError:
        raise StoreError(f"No file at {path}.") from None
    except IsADirectoryError:
        raise StoreError(f"{path} is a folder, not a JSON Lines file.") from None
    except OSError as error:
        raise StoreError(f"Cannot read {path}: {error.strerror or error}.") from None
    with handle:
        number = 0
        try:
            while raw := handle.readline(MAX_LINE_BYTES + 1):
                number += 1
                if number == 1 and raw.startswith(_BOM):
                    raw = raw[len(_BOM) :]
                if b"\0" in raw:
                    raise StoreError(
                        f"{path} is not a JSON Lines file: line {number} holds binary data."
                    )
                if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                    del raw
                    while (rest := handle.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                        pass
                    yield number, None
                    continue
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError:
                    raise StoreError(
                        f"{path} is not a JSON Lines file: line {number} is not UTF-8 text."
                    ) from None
                if text.strip():
                    yield number, text
        except OSError as error:
            raise StoreError(
                f"Cannot read {path} after line {number}: {error.strerror or error}."
            ) from None
