"""Schema upgrades of the local store: an older store opens, upgrades in place, keeps its data."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from journey_widget.model import (
    Channel,
    Customer,
    Direction,
    Identifier,
    IdentifierKind,
    Interaction,
)
from journey_widget.sources.local import schema
from journey_widget.sources.local.store import _TENANTS, open_store

T0 = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
TENANTS = ["north", None, "acme", "north", "zeta"]


def _customers(count: int) -> list[Customer]:
    return [
        Customer(
            f"C{n:03d}",
            f"Person {n}",
            (Identifier(IdentifierKind.PHONE, f"+4930123{n:04d}"),),
            tenant=TENANTS[n % len(TENANTS)],
        )
        for n in range(count)
    ]


def _has_tenant_index(path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return bool(
            conn.execute(
                "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'customers_by_tenant'"
            ).fetchone()
        )
    finally:
        conn.close()


def _filled_version_1_store(path, monkeypatch) -> dict[str, int]:
    """A store written and filled by the program of schema version 1 (no tenant index)."""
    with monkeypatch.context() as patch:
        patch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        patch.setattr(schema, "SCHEMA_VERSION", 1)
        with open_store(path) as old:
            old.import_records(
                [*_customers(10), Interaction("I1", "C001", Channel.VOICE, Direction.INBOUND, T0)]
            )
            assert old._conn.execute("PRAGMA user_version").fetchone()[0] == 1
            return old.counts()


def test_the_current_schema_has_the_tenant_index():
    assert schema.SCHEMA_VERSION == len(schema.MIGRATIONS) == 2
    assert "customers_by_tenant" in schema.MIGRATIONS[1]


def test_a_version_1_store_upgrades_in_place_with_its_data(tmp_path, monkeypatch):
    path = tmp_path / "v1.sqlite"
    counts = _filled_version_1_store(path, monkeypatch)
    assert not _has_tenant_index(path)

    with open_store(path, create=False) as upgraded:
        conn = upgraded._conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert upgraded.counts() == counts
        assert upgraded.tenants() == ["acme", "north", "zeta"]
        journey = upgraded.journey("C001")
        assert journey.customer.name == "Person 1"
        assert [i.id for i in journey.interactions] == ["I1"]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _has_tenant_index(path)


def test_the_tenant_list_uses_the_index(tmp_path):
    with open_store(tmp_path / "new.sqlite") as store:
        store.import_records(_customers(5))
        plan = " ".join(row[3] for row in store._conn.execute("EXPLAIN QUERY PLAN " + _TENANTS))
        assert "customers_by_tenant" in plan and "SCAN customers" not in plan


def test_tenants_of_a_store_without_any(tmp_path):
    with open_store(tmp_path / "empty.sqlite") as store:
        assert store.tenants() == []
        store.import_records([Customer("C1", "No Tenant")])
        assert store.tenants() == []
