"""Opening the local store's SQLite file: pragmas, schema versions, and errors as sentences.

The schema is versioned with ``PRAGMA user_version``. ``MIGRATIONS[n]`` brings a store from
version ``n`` to ``n + 1``, each in its own transaction, so a store written by an older
program is upgraded in place and one written by a newer program is refused rather than
misread.

Every record is kept whole as its import-format JSON line (``record``), so files and the
store share one codec; the other columns exist only to find records quickly.

A reader (``create=False``) never writes a schema into a file that isn't a store yet (an
empty file it was pointed at stays empty), and one that cannot write the file or its folder
opens it read-only instead (issue 16.12): ``mode=ro`` when SQLite can still reach the WAL's
``-shm`` file, else ``immutable=1`` (a folder nobody can write in: there is no -shm to make,
and nobody can change the file under us). Such a store serves lookups and search; a write
says the store cannot be written.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from pathlib import Path

from journey_widget.sources.base import StoreError

_SCHEMA_V1 = """
CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    name TEXT,
    record TEXT NOT NULL
);

-- Exact look-up of a caller: kind and normalised value lead the key.
CREATE TABLE identifiers (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    number_type TEXT,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    PRIMARY KEY (kind, value, customer_id)
) WITHOUT ROWID;
CREATE INDEX identifiers_by_customer ON identifiers (customer_id);

-- started_at / created_at are microseconds since the Unix epoch, UTC.
CREATE TABLE interactions (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    started_at INTEGER NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX interactions_by_customer_time ON interactions (customer_id, started_at);

CREATE TABLE tickets (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    created_at INTEGER NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX tickets_by_customer_time ON tickets (customer_id, created_at);

-- What search looks in: a customer's name and identifiers, folded (see search_index.py).
-- kind is NULL for the name. The B-tree index serves exact and prefix matches, the
-- trigram index "contains".
CREATE TABLE search_terms (
    id INTEGER PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id),
    kind TEXT,
    display TEXT NOT NULL,
    term TEXT NOT NULL
);
CREATE INDEX search_terms_by_term ON search_terms (term);
CREATE INDEX search_terms_by_customer ON search_terms (customer_id);

CREATE VIRTUAL TABLE search_fts USING fts5 (
    term, content = 'search_terms', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER search_terms_added AFTER INSERT ON search_terms BEGIN
    INSERT INTO search_fts (rowid, term) VALUES (new.id, new.term);
END;
CREATE TRIGGER search_terms_removed AFTER DELETE ON search_terms BEGIN
    INSERT INTO search_fts (search_fts, rowid, term) VALUES ('delete', old.id, old.term);
END;
"""

# Version 2: the operations window's tenant list read every customer's record (1.7-2.6 s on
# 100,000 customers); an index on the tenant lets Store.tenants skip from one to the next.
_TENANT_INDEX_V2 = """
CREATE INDEX customers_by_tenant ON customers (json_extract(record, '$.tenant'));
"""

# MIGRATIONS[n] takes a store from schema version n to n + 1. Append, never edit.
MIGRATIONS: list[str] = [_SCHEMA_V1, _TENANT_INDEX_V2]
SCHEMA_VERSION = len(MIGRATIONS)

_OPEN_ATTEMPTS = 10


def connect(path: Path, *, create: bool) -> tuple[sqlite3.Connection, bool]:
    """Open (and if needed create or upgrade) the store at ``path``; StoreError if we can't.

    Returns the connection and whether it is read-only (a reader that can't write, see the
    module's docstring). The connection is in autocommit mode: the store opens its own
    transactions, so an import is exactly one transaction and nothing is committed behind
    its back.
    """
    path = Path(path).expanduser().absolute()
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a journey store.")
    if not path.exists():
        if not create:
            raise StoreError(f"No journey store at {path}.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            if error.errno == errno.ENOSPC:
                raise disk_full(path) from None
            reason = error.strerror or str(error)
            raise StoreError(f"Cannot create the journey store at {path}: {reason}.") from None
    elif not create and path.stat().st_size == 0:
        raise StoreError(f"{path} is empty: it is not a journey store.")
    read_only = not create and not _writable(path)
    if create and path.exists() and not _writable(path):
        raise StoreError(
            f"The journey store {path} cannot be written: the file or its folder is read-only."
        )
    try:
        return _connect(path, create=create, read_only=read_only), read_only
    except StoreError:
        # A reader on a full disk can't make the WAL's -shm: it still reads, read-only.
        if create or read_only or not _no_space(path):
            raise
    return _connect(path, create=False, read_only=True), True


def _connect(path: Path, *, create: bool, read_only: bool) -> sqlite3.Connection:
    conn = _open(path, create=create, read_only=read_only)
    conn.isolation_level = None
    try:
        _prepare(conn, path, create=create, read_only=read_only)
    except BaseException as error:
        conn.close()
        if isinstance(error, sqlite3.Error):
            raise describe(error, path) from None
        raise
    return conn


def _writable(path: Path) -> bool:
    """Whether this process may write the store and make its -wal and -shm beside it
    (os.access: a read-only mount or an immutable file stops even root)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _open(path: Path, *, create: bool, read_only: bool) -> sqlite3.Connection:
    uri = path.as_uri()
    try:
        if not read_only:
            return sqlite3.connect(f"{uri}?mode={'rwc' if create else 'rw'}", uri=True)
        conn = None
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
            conn.execute("PRAGMA user_version").fetchone()  # a WAL store needs its -shm here
            conn.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchone()
            return conn
        except sqlite3.OperationalError:
            if conn is not None:
                conn.close()
            # Only where no -shm can be made (a read-only folder, a full disk) is immutable
            # right; anything else (a busy store) is an error of its own.
            if os.access(path.parent, os.W_OK) and not _no_space(path):
                raise
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as error:
        raise describe(error, path) from None


def _prepare(conn: sqlite3.Connection, path: Path, *, create: bool, read_only: bool) -> None:
    """Configure and migrate, retrying while another program does the same.

    Switching a new file to WAL needs an exclusive lock, and SQLite answers "busy" at once
    (without waiting) when two connections would deadlock, e.g. two programs creating the
    store at the same moment: a short retry lets the other one finish.
    """
    for attempt in range(_OPEN_ATTEMPTS):
        try:
            if not create:
                _check_is_a_store(conn, path, read_only=read_only)
            if read_only:
                conn.execute("PRAGMA busy_timeout = 5000")
                conn.execute("PRAGMA cache_size = -32768")
                return
            _configure(conn)
            _migrate(conn, path)
            return
        except sqlite3.OperationalError as error:
            name = getattr(error, "sqlite_errorname", "")
            if (
                not name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
                or attempt == _OPEN_ATTEMPTS - 1
            ):
                raise
            time.sleep(0.05 * (attempt + 1))


def _check_is_a_store(conn: sqlite3.Connection, path: Path, *, read_only: bool) -> None:
    """Before anything is written: a reader refuses a database that is no store yet (it
    would otherwise get a schema), and a read-only one a store it can't read or upgrade."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == 0:
        if conn.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchone():
            raise StoreError(f"{path} is an SQLite database, but not a journey store.")
        raise StoreError(f"{path} is empty: it is not a journey store.")
    if read_only and version > SCHEMA_VERSION:
        _migrate(conn, path)  # says "written by a newer version"


def _configure(conn: sqlite3.Connection) -> None:
    # Reading user_version first makes SQLite read the header: a non-database fails here.
    conn.execute("PRAGMA user_version").fetchone()
    conn.execute("PRAGMA busy_timeout = 5000")  # the CLI may import while the GUI reads
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL survives a crash of the app
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_size_limit = 67108864")  # big imports leave no huge WAL
    conn.execute("PRAGMA cache_size = -32768")  # 32 MiB


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"The journey store at {path} was written by a newer version of Journey Widget "
            f"(schema {version}); this version reads schema {SCHEMA_VERSION} or older."
        )
    if version == 0 and conn.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchone():
        raise StoreError(f"{path} is an SQLite database, but not a journey store.")
    for step in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have upgraded the store while we waited for the lock.
            if conn.execute("PRAGMA user_version").fetchone()[0] == step:
                for statement in _statements(MIGRATIONS[step]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise


def _statements(script: str) -> list[str]:
    """Split a script into statements (triggers included) to run inside our transaction;
    ``executescript`` would commit first."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {pending.strip()[:60]}")
    return statements


def _no_space(path: Path) -> bool:
    """Whether the filesystem holding ``path`` has no free space left for us."""
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return os.statvfs(folder).f_bavail == 0
    except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
        return False


def disk_full(path: Path) -> StoreError:
    return StoreError(
        f"The disk is full: the journey store {path} cannot be written; "
        "free some space and try again."
    )


def describe(error: sqlite3.Error, path: Path) -> StoreError:
    """One plain sentence for an SQLite failure: what happened to the store, not a traceback."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in text:
        return StoreError(f"The journey store {path} is damaged or not an SQLite database.")
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return disk_full(path)
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) and _no_space(path):
        return disk_full(path)  # SQLite says "disk I/O error" when the -shm can't grow
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM")) or "readonly" in text:
        return StoreError(f"The journey store {path} cannot be written.")
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return StoreError(
            f"Cannot open the journey store {path}: check the folder exists and is writable."
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return StoreError(f"The journey store {path} is busy in another program; try again.")
    if name.startswith("SQLITE_IOERR"):
        return StoreError(f"Reading or writing the journey store {path} failed ({text}).")
    if name.startswith("SQLITE_INTERRUPT"):
        return StoreError("The journey store operation was interrupted.")
    return StoreError(f"The journey store {path} failed: {text}.")
