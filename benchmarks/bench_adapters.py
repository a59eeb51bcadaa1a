"""Adapter overhead: a lookup through CampaignManagerSource / DataCloudSource against the same
requests made with a bare ``httpx.AsyncClient`` (GET + ``json.loads``), same local server.

    python benchmarks/bench_adapters.py [--rounds 300] [--interactions 100]

The server is the tests' contract server (tests/sources/contract_servers.py, a threaded
werkzeug server on 127.0.0.1) holding one customer with ``--interactions`` interactions of
every field the back end carries. For each back end:

- lookup: ``journey_by_identifier`` (profile / contact, interactions, campaigns or tickets)
  against the bare client making the same GETs one after the other;
- one page: ``HttpClient.get_json`` of a 100-item interaction page plus decoding it into
  model objects, against a bare GET + ``json.loads`` of the same URL.

Rounds alternate adapter and bare so both see the same machine load. Prints p50 / p95 and the
ratio of the medians. One run; the figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests")]

from journey_widget.model import Direction, Identifier, IdentifierKind, Journey  # noqa: E402
from journey_widget.sources.remote.campaign_manager import CampaignManagerSource  # noqa: E402
from journey_widget.sources.remote.data_cloud import DataCloudSource  # noqa: E402
from journey_widget.sources.remote.data_cloud_mapping import interaction  # noqa: E402
from journey_widget.sources.remote.decode import Fields  # noqa: E402
from journey_widget.sources.remote.http_client import HttpClient  # noqa: E402
from journeys import NOW, call, customer  # noqa: E402
from sources.contract_servers import CAMPAIGN_MANAGER, DATA_CLOUD, serve  # noqa: E402

PHONE = "+49301234567"


def journey(count: int) -> Journey:
    person = customer("C1", "Raymond Müller", PHONE, email="raymond@example.com")
    interactions = tuple(
        dataclasses.replace(
            call(f"I{n}", "C1", NOW - timedelta(hours=7 * n), direction=Direction.OUTBOUND),
            phone_number=PHONE,
        )
        for n in range(count)
    )
    return Journey(person, interactions)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def measure(rounds: int, adapter, bare) -> tuple[list[float], list[float]]:
    for _ in range(10):  # warm both paths: connections, imports, caches
        await adapter()
        await bare()
    adapter_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        await adapter()
        adapter_times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        await bare()
        bare_times.append((time.perf_counter() - start) * 1000)
    return adapter_times, bare_times


def row(label: str, adapter: list[float], bare: list[float]) -> str:
    ratio = statistics.median(adapter) / statistics.median(bare)
    return (
        f"| {label} | {statistics.median(adapter):.2f} / {percentile(adapter, 95):.2f} ms "
        f"| {statistics.median(bare):.2f} / {percentile(bare, 95):.2f} ms | {ratio:.2f} |"
    )


async def bench_backend(backend: str, rounds: int, count: int) -> list[str]:
    source_class = CampaignManagerSource if backend == CAMPAIGN_MANAGER else DataCloudSource
    identifier = Identifier(IdentifierKind.PHONE, PHONE)
    lines = []
    with serve(backend, [journey(count)], page_size=100) as server:
        source = source_class(HttpClient(server.url, server.auth))
        bare_client = httpx.AsyncClient(base_url=server.url)
        await source.journey_by_identifier(identifier)  # learn which requests a lookup makes
        made = [(path.removeprefix("/api/"), query) for path, query in server.requests]

        async def adapter_lookup():
            found = await source.journey_by_identifier(identifier)
            assert found is not None and len(found.interactions) == count

        async def bare_lookup():
            for path, query in made:
                response = await bare_client.get(path, params=query)
                response.json()

        adapter, bare = await measure(rounds, adapter_lookup, bare_lookup)
        lines.append(row(f"{backend}: lookup ({len(made)} GETs)", adapter, bare))

        page_query = next(q for p, q in made if p == "v1/interactions")
        client = HttpClient(server.url, server.auth)

        async def adapter_page():
            data = await client.get_json("v1/interactions", page_query)
            page = Fields(data, "interactions", backend)
            if backend == DATA_CLOUD:
                [interaction(item, "C1", "DE") for item in page.objects("items")]
            else:
                [source._interaction(item, "C1") for item in page.objects("items")]

        async def bare_page():
            (await bare_client.get("v1/interactions", params=page_query)).json()

        adapter, bare = await measure(rounds, adapter_page, bare_page)
        lines.append(row(f"{backend}: one page of {min(count, 100)}, decoded", adapter, bare))
        await client.aclose()
        await source.aclose()
        await bare_client.aclose()
    return lines


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--interactions", type=int, default=100)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one access line per request
    print(f"{args.rounds} rounds, {args.interactions} interactions per journey")
    print("| what | adapter p50 / p95 | bare httpx p50 / p95 | ratio of medians |")
    print("|---|---|---|---|")
    for backend in (CAMPAIGN_MANAGER, DATA_CLOUD):
        for line in await bench_backend(backend, args.rounds, args.interactions):
            print(line)


if __name__ == "__main__":
    asyncio.run(main())
