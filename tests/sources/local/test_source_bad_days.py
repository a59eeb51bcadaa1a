"""LocalSource on a bad day (issue 16.12): a lookup never writes a schema into an empty file
and works on a store it cannot write."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from hostile import read_only, tmpfs
from journey_widget.model import Customer, Identifier, IdentifierKind
from journey_widget.sources.base import StoreError
from journey_widget.sources.local.source import LocalSource
from journey_widget.sources.local.store import open_store


async def _lookup(path: Path, customer_id: str):
    source = LocalSource(path)
    try:
        return await source.journey_by_customer_id(customer_id)
    finally:
        await source.aclose()


def test_a_lookup_in_an_empty_file_refuses_and_leaves_it(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    with pytest.raises(StoreError, match="is not a journey store"):
        asyncio.run(_lookup(path, "C1"))
    assert path.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]


def test_lookups_and_search_in_a_read_only_folder(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "2m") as folder:
        path = folder / "journeys.sqlite"
        with open_store(path) as store:
            store.import_records(
                [Customer("C1", "Ann Read", (Identifier(IdentifierKind.PHONE, "+4930123456"),))]
            )
        read_only(folder)

        async def work():
            source = LocalSource(path)
            try:
                by_number = await source.journey_by_identifier(
                    Identifier(IdentifierKind.PHONE, "+4930123456")
                )
                return by_number, await source.search("Ann")
            finally:
                await source.aclose()

        journey, matches = asyncio.run(work())
        assert journey.customer.id == "C1"
        assert [m.customer_id for m in matches] == ["C1"]
