"""The embedded journey store: one SQLite file, used synchronously from one worker thread.

It is the default source (a new user sees demo data without any server) and the target of
``journey-widget import``. Records are stored whole in the import format, so what goes in
comes out unchanged (``export_customer``); indexed columns only find them. Every failure
reaches callers as ``StoreError`` with one sentence, never as an sqlite3 traceback.

Not thread-safe by design: ``LocalSource`` owns a Store on a single worker thread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from journey_widget.model import DEFAULT_REGION, CustomerMatch, Identifier, Journey
from journey_widget.model.privacy import anonymised
from journey_widget.sources.base import StoreError
from journey_widget.sources.local import search_index
from journey_widget.sources.local.importer import (
    LINE_TOO_LONG,
    ImportReport,
    RecordWriter,
    micros,
    read_lines,
)
from journey_widget.sources.local.jsonl_format import FormatError, Record, loads
from journey_widget.sources.local.schema import connect, describe

__all__ = ["AnonymiseReport", "ImportReport", "Store", "open_store"]


class _UndoImport(Exception):
    """Rolls an all-or-nothing import back once every line has been checked."""


@dataclass(frozen=True, slots=True)
class AnonymiseReport:
    """What ``Store.anonymise_customer`` kept: the customer id and how many records."""

    customer_id: str
    interactions: int
    tickets: int
    file_clean: bool  # False: another program held the WAL open; it still has old pages


_NEWEST_CUSTOMER_FOR = """
SELECT i.customer_id FROM identifiers AS i
WHERE i.kind = ? AND i.value = ?
ORDER BY (SELECT max(started_at) FROM interactions WHERE customer_id = i.customer_id)
    DESC NULLS LAST, i.customer_id
LIMIT 1
"""


# Distinct tenants in order: the smallest, then repeatedly the next larger one, each an index
# search on customers_by_tenant (schema version 2). NULL (no tenant) is never a tenant.
_TENANTS = """
WITH RECURSIVE tenant (t) AS (
    SELECT min(json_extract(record, '$.tenant')) FROM customers
    UNION ALL
    SELECT (
        SELECT min(json_extract(record, '$.tenant')) FROM customers
        WHERE json_extract(record, '$.tenant') > tenant.t
    ) FROM tenant WHERE tenant.t IS NOT NULL
)
SELECT t FROM tenant WHERE t IS NOT NULL
"""


def open_store(path: Path, *, create: bool = True, region: str = DEFAULT_REGION) -> Store:
    """Open the store at ``path``, creating it (and its folder) unless ``create`` is False.

    ``region`` is the country assumed for phone numbers typed without one in ``search``.
    Raises StoreError for a missing, foreign, damaged, newer or unwritable store.
    """
    path = Path(path)
    conn, read_only = connect(path, create=create)
    return Store(conn, path, region, read_only=read_only)


class Store:
    """A journey store opened by ``open_store``; close it (or use ``with``) when done."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        region: str = DEFAULT_REGION,
        *,
        read_only: bool = False,
    ) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path
        self.region = region
        # Opened read-only (a reader that can't write the file or folder): reads only.
        self.read_only = read_only

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------

    def import_file(
        self, path: Path, region: str = DEFAULT_REGION, *, skip_bad: bool = False
    ) -> ImportReport:
        """Load a JSON Lines file in one transaction, all or nothing: any bad line undoes it
        (``report.committed`` False, every bad line listed); with ``skip_bad`` the good lines
        are loaded and the bad ones reported.

        A file that is not text (NUL bytes, not UTF-8), a read error, a full disk or an
        interrupt raise (StoreError, or the interrupt) and leave the store as it was.
        """
        report = ImportReport()
        try:
            with self._write_transaction() as conn:
                writer = RecordWriter(conn, report)
                for number, text in read_lines(Path(path)):
                    try:
                        if text is None:
                            raise FormatError(LINE_TOO_LONG)
                        record = loads(text, region)
                    except FormatError as error:
                        report.add_error(number, str(error))
                    else:
                        writer.add(record, number)
                    if report.error_count and not skip_bad:
                        writer.stop_writing()
                writer.flush()
                if report.error_count and not skip_bad:
                    raise _UndoImport
        except _UndoImport:
            report.committed = False
        return report

    def import_records(self, records: Iterable[Record]) -> ImportReport:
        """Load model objects in one transaction, checked like file lines.

        An error's number is the record's 1-based position in ``records``.
        """
        report = ImportReport()
        with self._write_transaction() as conn:
            writer = RecordWriter(conn, report)
            for position, record in enumerate(records, 1):
                writer.add(record, position)
            writer.flush()
        return report

    def delete_customer(self, customer_id: str) -> bool:
        """Remove a customer and everything of theirs (anonymise, SPEC D6); False if unknown.

        Freed pages are overwritten (secure_delete) and the search index is compacted, so
        the customer's numbers don't linger in the file.
        """
        conn = self._connection()
        with self._sqlite_errors():
            conn.execute("PRAGMA secure_delete = ON")
        try:
            with self._write_transaction() as conn:
                found = conn.execute("SELECT 1 FROM customers WHERE id = ?", (customer_id,))
                if found.fetchone() is None:
                    return False
                for table in ("tickets", "interactions", "search_terms", "identifiers"):
                    conn.execute(f"DELETE FROM {table} WHERE customer_id = ?", (customer_id,))
                conn.execute("DELETE FROM customers WHERE id = ?", (customer_id,))
                conn.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
            with self._sqlite_errors():
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            with self._sqlite_errors():
                conn.execute("PRAGMA secure_delete = OFF")
        return True

    def anonymise_customer(self, customer_id: str) -> AnonymiseReport | None:
        """Erase a customer's identifiers and free text for good (SPEC D6); None if unknown.

        The records stay, reduced to anonymous statistics (``model.privacy.anonymised``), so
        counts, outcomes, durations, channels and dates still add up. Freed space is
        overwritten (secure_delete), the search index is compacted and the WAL is
        checkpointed and truncated, so neither the file nor its -wal holds the old values;
        ``file_clean`` is False when another program still read the WAL and kept it.
        """
        conn = self._connection()
        with self._sqlite_errors():
            conn.execute("PRAGMA secure_delete = ON")
        try:
            try:
                records = [anonymised(r) for r in self.export_customer(customer_id)]
            except KeyError:
                return None
            report = ImportReport()
            with self._write_transaction() as conn:
                writer = RecordWriter(conn, report)
                for position, record in enumerate(records, 1):
                    writer.add(record, position)
                writer.flush()
                conn.execute("INSERT INTO search_fts (search_fts) VALUES ('optimize')")
            with self._sqlite_errors():
                busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            with self._sqlite_errors():
                conn.execute("PRAGMA secure_delete = OFF")
        if report.error_count:
            raise StoreError(f"Anonymising {customer_id} failed: {report.errors[0][1]}.")
        return AnonymiseReport(customer_id, report.interactions, report.tickets, busy == 0)

    # --- reading ---------------------------------------------------------------------------

    def customer_ids_for(self, identifier: Identifier) -> list[str]:
        """Customers with exactly this (normalised) identifier."""
        with self._sqlite_errors():
            rows = self._connection().execute(
                "SELECT customer_id FROM identifiers WHERE kind = ? AND value = ?"
                " ORDER BY customer_id",
                (identifier.kind.value, identifier.value),
            )
            return [row[0] for row in rows]

    def newest_customer_id_for(self, identifier: Identifier) -> str | None:
        """Of the customers sharing an identifier, the one whose last interaction is newest."""
        with self._sqlite_errors():
            row = (
                self._connection()
                .execute(_NEWEST_CUSTOMER_FOR, (identifier.kind.value, identifier.value))
                .fetchone()
            )
        return row[0] if row else None

    def journey(self, customer_id: str, since: datetime | None = None) -> Journey | None:
        """The customer with interactions (oldest first) started at or after ``since``,
        and all their tickets; None for an unknown customer."""
        if since is not None and since.tzinfo is None:
            raise ValueError("since must be a timezone-aware datetime")
        with self._read_transaction() as conn:
            row = conn.execute("SELECT record FROM customers WHERE id = ?", (customer_id,))
            customer = row.fetchone()
            if customer is None:
                return None
            if since is None:
                interactions = conn.execute(
                    "SELECT record FROM interactions WHERE customer_id = ? ORDER BY started_at, id",
                    (customer_id,),
                ).fetchall()
            else:
                interactions = conn.execute(
                    "SELECT record FROM interactions WHERE customer_id = ? AND started_at >= ?"
                    " ORDER BY started_at, id",
                    (customer_id, micros(since)),
                ).fetchall()
            tickets = self._ticket_rows(conn, customer_id)
        return Journey(
            customer=self._decode(customer[0]),
            interactions=tuple(self._decode(r[0]) for r in interactions),
            tickets=tuple(self._decode(r[0]) for r in tickets),
        )

    def search(self, text: str, limit: int = 20) -> list[CustomerMatch]:
        """Customers whose name or identifier contains ``text``: exact, prefix, then contains.

        Raises ValueError("Type something to search for.") for empty or blank text.
        """
        conn = self._connection()
        with self._sqlite_errors():
            matches = search_index.search(conn, text, limit, self.region)
            return self._with_scopes(conn, matches)

    def tenants(self) -> list[str]:
        """The tenants the store's customers belong to, sorted (SPEC D1's tenant field).

        A skip scan over the ``customers_by_tenant`` index: one index search per tenant, not
        one JSON decode per customer.
        """
        with self._sqlite_errors():
            rows = self._connection().execute(_TENANTS)
            return [row[0] for row in rows]

    @staticmethod
    def _with_scopes(conn: sqlite3.Connection, matches: list[CustomerMatch]) -> list[CustomerMatch]:
        """Matches with their customers' tenant and division (divisions filter suggestions)."""
        if not matches:
            return matches
        marks = ",".join("?" * len(matches))
        rows = conn.execute(
            "SELECT id, json_extract(record, '$.tenant'), json_extract(record, '$.division')"
            f" FROM customers WHERE id IN ({marks})",
            [m.customer_id for m in matches],
        )
        scopes = {row[0]: (row[1], row[2]) for row in rows}
        return [
            replace(m, tenant=scopes[m.customer_id][0], division=scopes[m.customer_id][1])
            if m.customer_id in scopes
            else m
            for m in matches
        ]

    def export_customer(self, customer_id: str) -> Iterator[Record]:
        """The customer, their interactions by time, then their tickets; KeyError if unknown."""
        with self._read_transaction() as conn:
            customer = conn.execute(
                "SELECT record FROM customers WHERE id = ?", (customer_id,)
            ).fetchone()
            if customer is None:
                raise KeyError(customer_id)
            interactions = conn.execute(
                "SELECT record FROM interactions WHERE customer_id = ? ORDER BY started_at, id",
                (customer_id,),
            ).fetchall()
            tickets = self._ticket_rows(conn, customer_id)
        rows = [customer, *interactions, *tickets]
        return (self._decode(row[0]) for row in rows)

    def counts(self) -> dict[str, int]:
        """How many customers, identifiers, interactions and tickets the store holds."""
        with self._read_transaction() as conn:
            return {
                table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("customers", "identifiers", "interactions", "tickets")
            }

    def close(self) -> None:
        """Close the file; further calls raise StoreError. Closing twice is harmless."""
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass  # only statistics; closing matters more
        finally:
            conn.close()

    # --- plumbing --------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("The journey store is closed.")
        return self._conn

    @contextmanager
    def _sqlite_errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            raise describe(error, self.path) from None

    @contextmanager
    def _write_transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing transaction: any exception, even KeyboardInterrupt, undoes it."""
        conn = self._connection()
        with self._sqlite_errors():
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                self._rollback(conn)
                raise

    @contextmanager
    def _read_transaction(self) -> Iterator[sqlite3.Connection]:
        """Reads in one snapshot, so an import committed meanwhile can't tear a journey."""
        conn = self._connection()
        with self._sqlite_errors():
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                self._rollback(conn)

    @staticmethod
    def _rollback(conn: sqlite3.Connection) -> None:
        # If this fails too, SQLite has already rolled back after the error that got us here.
        with suppress(sqlite3.Error):
            conn.rollback()

    @staticmethod
    def _ticket_rows(conn: sqlite3.Connection, customer_id: str) -> list[tuple[str]]:
        return conn.execute(
            "SELECT record FROM tickets WHERE customer_id = ? ORDER BY created_at, id",
            (customer_id,),
        ).fetchall()

    def _decode(self, text: str) -> Record:
        try:
            return loads(text, self.region, trusted=True)
        except FormatError as error:
            raise StoreError(
                f"The journey store {self.path} holds a damaged record: {error}."
            ) from None
