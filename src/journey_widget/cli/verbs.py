"""The headless verbs of the command line: lookup, search, import, export, demo-data.

They use the same service and store as the window. Nothing here imports Qt.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TextIO

from journey_widget.cli.errors import EXIT_NOT_FOUND, EXIT_OK, PERIOD_CHOICES, CommandError
from journey_widget.model import Customer, CustomerMatch, DataSource, Interaction, Ticket
from journey_widget.paths import default_store_path
from journey_widget.service.access import access_for
from journey_widget.service.lookup import InvalidQuery, JourneyService, LookupResult
from journey_widget.sources.base import SourceError
from journey_widget.sources.local import jsonl_format
from journey_widget.sources.local.store import ImportReport, Store, open_store

MAX_REPORTED_LINES = 20


def run(args: argparse.Namespace) -> int:
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "lookup": lookup,
        "search": search,
        "import": import_file,
        "export": export,
        "anonymize": anonymize,
        "anonymise": anonymize,
        "demo-data": demo_data,
    }
    try:
        return handlers[args.verb](args)
    except (SourceError, InvalidQuery) as error:
        raise CommandError(str(error)) from error


def _store_path(args: argparse.Namespace) -> Path:
    return args.store if args.store is not None else default_store_path()


def _existing_store(args: argparse.Namespace) -> Path:
    path = _store_path(args)
    if not path.exists():
        raise CommandError(
            f"No journey store at {path}. Load one with 'journey-widget import FILE' "
            "or 'journey-widget demo-data --store PATH'."
        )
    return path


async def _with_service(
    args: argparse.Namespace, work: Callable[[JourneyService], object], *, remote: bool = False
):
    """``work`` on the service over the local store, or (``remote``) the source ``--source``
    names; always as the settings' user, through the same guard as the window."""
    service = _service(args, remote=remote)
    try:
        return await work(service)  # type: ignore[misc]
    finally:
        await service.aclose()


def _service(args: argparse.Namespace, *, remote: bool = False) -> JourneyService:
    """The one wiring (app/wiring.py) for a verb: who acts is the settings' access section
    (role, divisions, the privacy setting), refused with a sentence when unusable."""
    from journey_widget.app.wiring import MissingSecret, build_service
    from journey_widget.secrets import SecretStore
    from journey_widget.settings import SettingsFile, SourceSettings

    if remote and getattr(args, "source", "local") != DataSource.LOCAL:
        from journey_widget.cli.lookup_source import back_end_settings

        source = back_end_settings(DataSource(args.source), args)
        store_path = _store_path(args)
    else:
        source = SourceSettings()  # the local store
        store_path = _existing_store(args)
    settings = SettingsFile().load()
    try:
        access = access_for(settings, source.kind, strict=True)
    except ValueError as error:
        raise CommandError(f"The settings' access section is not usable: {error}") from None
    try:
        return build_service(
            source,
            SecretStore(),
            access=access,
            store_path=store_path,
            region=args.region,
            offline_cache=False,  # one question, one answer: the back end itself
        )
    except MissingSecret as error:
        raise CommandError(
            f"{error} Store it with the settings dialog, or set it in the environment."
        ) from error


# --- lookup -----------------------------------------------------------------------------


def lookup(args: argparse.Namespace) -> int:
    months = PERIOD_CHOICES[args.period]
    result: LookupResult = asyncio.run(
        _with_service(args, lambda s: s.lookup(args.query, period_months=months), remote=True)
    )
    if args.json:
        _print_json(lookup_json(result))
    elif result.journey is not None:
        print_journey(result, sys.stdout)
    if result.journey is None:
        who = result.identifier.value if result.identifier else result.query
        print(f"journey-widget: no history for {who}.", file=sys.stderr)
        return EXIT_NOT_FOUND
    return EXIT_OK


def lookup_json(result: LookupResult) -> dict[str, object]:
    """The documented ``lookup --json`` shape (docs/cli-json.md)."""
    journey = result.journey
    return {
        "query": result.query,
        "identifier": (
            {"kind": result.identifier.kind.value, "value": result.identifier.value}
            if result.identifier
            else None
        ),
        "since": result.since.isoformat() if result.since else None,
        "found": journey is not None,
        "customer": jsonl_format.encode(journey.customer) if journey else None,
        "interactions": [jsonl_format.encode(i) for i in journey.newest_first()] if journey else [],
        "tickets": [jsonl_format.encode(t) for t in journey.tickets] if journey else [],
    }


def print_journey(result: LookupResult, out: TextIO) -> None:
    journey = result.journey
    assert journey is not None
    customer = journey.customer
    out.write(f"{customer.name or customer.primary_phone or customer.id}  ({customer.id})\n")
    for ident in customer.identifiers:
        kind = ident.number_type.value if ident.number_type else ident.kind.value
        out.write(f"  {kind:<8} {ident.value}\n")
    period = f"since {_local(result.since)}" if result.since else "all time"
    out.write(f"{len(journey.interactions)} interactions, {period}\n")
    for item in journey.newest_first():
        out.write(_interaction_line(item) + "\n")
    for ticket in journey.tickets:
        out.write(f"ticket {ticket.id}  {ticket.status.value:<11} {ticket.subject}\n")


def _interaction_line(item: Interaction) -> str:
    mark = "✗" if item.is_failure else " "
    live = " LIVE" if item.live else ""
    fields = [
        _local(item.started_at),
        f"{item.channel.value:<13}",
        f"{item.direction.value:<8}",
        f"{mark} {item.outcome or (item.task_result.value if item.task_result else '-')}",
    ]
    if item.campaign:
        fields.append(f"[{item.campaign}]")
    if item.last_agent:
        fields.append(f"agent {item.last_agent}")
    return "  ".join(fields) + live


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# --- search -----------------------------------------------------------------------------


def search(args: argparse.Namespace) -> int:
    if not args.text.strip():
        raise CommandError("Type something to search for.")
    matches: list[CustomerMatch] = asyncio.run(
        _with_service(args, lambda s: s.suggest(args.text, args.limit))
    )
    if args.json:
        _print_json([search_json(m) for m in matches])
    else:
        for match in matches:
            print(f"{match.customer_id:<10} {match.name or '-':<30} {match.matched}")
    if not matches:
        print(f"journey-widget: nobody matches “{args.text.strip()}”.", file=sys.stderr)
        return EXIT_NOT_FOUND
    return EXIT_OK


def search_json(match: CustomerMatch) -> dict[str, object]:
    return {
        "customer_id": match.customer_id,
        "name": match.name,
        "matched": match.matched,
        "matched_kind": match.matched_kind.value if match.matched_kind else "name",
    }


# --- import / export ----------------------------------------------------------------------


def import_file(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        if args.file.exists() and not args.file.is_dir():  # a named pipe, a device
            raise CommandError(f"{args.file} is not a regular file, so it can't be imported.")
        raise CommandError(f"There is no file {args.file}.")
    with _opened_store(args, create=True) as store:
        report = store.import_file(args.file, region=args.region, skip_bad=args.skip_bad)
    return _print_report(report, f"from {args.file}")


def _print_report(report: ImportReport, where: str) -> int:
    """What was loaded (nothing, when a bad line undid an all-or-nothing import), then the
    bad lines; exit 1 when there were any."""
    if report.committed:
        print(
            f"Imported {_count(report.customers, 'customer')}, "
            f"{_count(report.interactions, 'interaction')} and "
            f"{_count(report.tickets, 'ticket')} {where}."
        )
    if not report.error_count:
        return EXIT_OK
    for line, reason in report.errors[:MAX_REPORTED_LINES]:
        print(f"line {line}: {reason}", file=sys.stderr)
    if report.error_count > MAX_REPORTED_LINES:
        print(f"… and {report.error_count - MAX_REPORTED_LINES} more.", file=sys.stderr)
    bad = _count(report.error_count, "line")
    if report.committed:
        print(f"journey-widget: {bad} could not be imported.", file=sys.stderr)
    else:
        print(
            f"journey-widget: {bad} could not be imported, so nothing was imported; "
            "correct the file, or load the other lines with --skip-bad.",
            file=sys.stderr,
        )
    return EXIT_NOT_FOUND


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def export(args: argparse.Namespace) -> int:
    """One customer's data, or with --session one session's trace; checked and audited."""
    return asyncio.run(_guarded(args, _export_checked))


async def _export_checked(
    args: argparse.Namespace, service: JourneyService, customer_id: str
) -> int:
    if args.session is not None:
        trace = await service.operations.session_trace(customer_id, args.session)
        if trace is None:
            print(f"journey-widget: {customer_id} has no session {args.session}.", file=sys.stderr)
            return EXIT_NOT_FOUND
        _write_lines(args.out, [json.dumps(trace, ensure_ascii=False, indent=2)])
        what = f"the trace of session {args.session}"
    else:
        records = await service.operations.export_customer(customer_id)
        if records is None:
            print(f"journey-widget: no customer {customer_id}.", file=sys.stderr)
            return EXIT_NOT_FOUND
        _write_lines(args.out, (jsonl_format.dumps(r) for r in records))
        what = f"{len(records)} records"
    if str(args.out) != "-":
        print(f"Exported {what} of {customer_id} to {args.out}.")
    return EXIT_OK


def anonymize(args: argparse.Namespace) -> int:
    """Erase a customer's identifiers and free text (SPEC D6); only with --yes."""
    if not args.yes:
        raise CommandError(
            f"Anonymising {args.customer.strip()} erases their numbers, addresses, name and "
            "notes for good; run it again with --yes to confirm."
        )
    return asyncio.run(_guarded(args, _anonymise_checked))


async def _anonymise_checked(
    args: argparse.Namespace, service: JourneyService, customer_id: str
) -> int:
    outcome = await service.operations.anonymise(customer_id)
    if outcome is None:
        print(f"journey-widget: no customer {customer_id}.", file=sys.stderr)
        return EXIT_NOT_FOUND
    print(
        f"Anonymised {customer_id}: {_count(outcome.interactions, 'interaction')} and "
        f"{_count(outcome.tickets, 'ticket')} kept as anonymous statistics."
    )
    if not outcome.file_clean:
        print(
            "journey-widget: another program has the store open, so its -wal file may hold "
            "old data until that program closes the store.",
            file=sys.stderr,
        )
    return EXIT_OK


async def _guarded(
    args: argparse.Namespace,
    work: Callable[[argparse.Namespace, JourneyService, str], Awaitable[int]],
) -> int:
    """Resolve CUSTOMER (id, number or address) through the guarded service, then work."""
    service = _service(args)
    try:
        # period 0: just who the customer is, not their whole history
        found = await service.lookup(args.customer, period_months=0)
        if found.journey is None:
            print(f"journey-widget: no customer {found.query}.", file=sys.stderr)
            return EXIT_NOT_FOUND
        return await work(args, service, found.journey.customer.id)
    finally:
        await service.aclose()


@contextmanager
def _opened_store(args: argparse.Namespace, *, create: bool) -> Iterator[Store]:
    store = open_store(_store_path(args) if create else _existing_store(args), create=create)
    try:
        yield store
    finally:
        store.close()


def _write_lines(out: Path, lines: Iterable[str]) -> None:
    """Write atomically: a crash or a full disk never leaves half a file behind."""
    if str(out) == "-":
        for line in lines:
            sys.stdout.write(line + "\n")
        return
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(f"There is no folder {folder}.")
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            _write_all(handle, lines)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_all(handle: IO[str], lines: Iterable[str]) -> None:
    for line in lines:
        handle.write(line)
        handle.write("\n")


# --- demo data ----------------------------------------------------------------------------


def demo_data(args: argparse.Namespace) -> int:
    from journey_widget.sources.demo import generator

    if (args.out is None) == (args.store is None):
        raise CommandError("Say where the demo data goes: --out FILE.jsonl or --store PATH.")
    anchor = _anchor(args.anchor)
    records: Iterable[Customer | Interaction | Ticket] = generator.generate(
        args.customers, args.seed, anchor
    )
    if args.out is not None:
        _write_lines(args.out, (jsonl_format.dumps(r) for r in records))
        print(f"Wrote {args.customers} demo customers to {args.out}.")
        return EXIT_OK
    with _opened_store(args, create=True) as store:
        report = store.import_records(records)
    return _print_report(report, f"into {args.store}")


def _anchor(text: str | None) -> datetime:
    """The moment the generated history ends: given, or now to the minute (live calls)."""
    if text is None:
        return datetime.now(UTC).replace(second=0, microsecond=0)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise CommandError(f"“{text}” is not a date like 2026-11-23 or 2026-11-23T09:30.") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
