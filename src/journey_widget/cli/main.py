"""Command line: the GUI's options and the headless verbs (DESIGN.md "CLI").

Headless verbs never import QtWidgets, so they start fast and run on servers. Errors are
one plain sentence on stderr and a non-zero exit: 1 when a lookup found nobody or an import
rejected lines, 2 when the command could not do its work at all.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from journey_widget import __version__
from journey_widget.calls.url_scheme import is_call_url
from journey_widget.cli.call_verbs import add_call_verbs, run_call_verb
from journey_widget.cli.errors import EXIT_ERROR, EXIT_OK, PERIOD_CHOICES, CommandError


def _common_options(*, suppress_defaults: bool) -> argparse.ArgumentParser:
    """Options every verb accepts, before the verb as well as after it."""
    default = argparse.SUPPRESS if suppress_defaults else None
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument(
        "--store",
        type=Path,
        metavar="PATH",
        default=default,
        help="use this SQLite journey store instead of the default one",
    )
    parser.add_argument(
        "--region",
        metavar="CC",
        default=argparse.SUPPRESS if suppress_defaults else "DE",
        help="country for numbers written without +country code (default: DE)",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(suppress_defaults=True)
    parser = argparse.ArgumentParser(
        prog="journey-widget",
        parents=[_common_options(suppress_defaults=False)],
        description="Customer journey widget: opens the window, or runs one of the commands.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="open on the built-in demo data")
    parser.add_argument("--number", metavar="N", help="open on this number, address or id")
    parser.add_argument("--lang", choices=("en", "de", "id"), help="user interface language")
    parser.add_argument(
        "--view",
        choices=("timeline", "grid", "report"),
        help="which view to show (report: the supervisor's conversation report)",
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        help="appearance: the desktop's, light or dark (overrides the settings)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="render once the data is shown, save the picture and exit",
    )
    parser.add_argument(
        "--size",
        type=_size,
        metavar="WxH",
        help="open the window at this size, e.g. 360x720 (docked) or 1200x720",
    )
    parser.add_argument(
        "--http-port",
        type=_port,
        metavar="N",
        help="listen for calls on http://127.0.0.1:N (0: any free port; overrides the settings)",
    )
    parser.add_argument(
        "--baresip",
        type=_host_port,
        metavar="HOST:PORT",
        help="follow the calls of baresip's ctrl_tcp at HOST:PORT (overrides the settings)",
    )
    # The call a widget started by ``journey-widget call`` opens on (JSON fields of the call).
    parser.add_argument("--pop", metavar="JSON", help=argparse.SUPPRESS)
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")

    lookup = verbs.add_parser(
        "lookup", parents=[common], help="print the journey of a number, address or customer id"
    )
    lookup.add_argument("query", metavar="QUERY")
    lookup.add_argument("--json", action="store_true", help="print JSON (see docs/cli-json.md)")
    lookup.add_argument("--period", choices=tuple(PERIOD_CHOICES), default="12m")
    lookup.add_argument(
        "--source",
        choices=("local", "campaign_manager", "data_cloud"),
        default="local",
        help="ask a back end instead of the local store (connection and secret as the settings "
        "dialog keeps them; see docs/cli-json.md)",
    )
    lookup.add_argument(
        "--base-url", metavar="URL", help="the back end's API address (overrides the settings)"
    )
    lookup.add_argument(
        "--auth",
        choices=("none", "api_key", "bearer", "oauth2"),
        help="how the back end wants the secret (overrides the settings)",
    )

    search = verbs.add_parser(
        "search", parents=[common], help="print customers whose name or identifier contains TEXT"
    )
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=_positive_int, default=20)
    search.add_argument("--json", action="store_true", help="print JSON (see docs/cli-json.md)")

    imp = verbs.add_parser("import", parents=[common], help="load a JSON Lines file into the store")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--skip-bad",
        action="store_true",
        help="load the good lines and list the bad ones (by default one bad line means "
        "nothing is imported)",
    )

    exp = verbs.add_parser(
        "export", parents=[common], help="write one customer's data as JSON Lines"
    )
    exp.add_argument("customer", metavar="CUSTOMER", help="customer id, number or address")
    exp.add_argument("--out", type=Path, required=True, metavar="FILE", help="'-' for stdout")
    exp.add_argument(
        "--session",
        metavar="INTERACTION_ID",
        help="write only this session's trace as one JSON object (for a support case)",
    )

    anon = verbs.add_parser(
        "anonymize",
        aliases=["anonymise"],
        parents=[common],
        help="erase a customer's numbers, addresses, name and notes for good",
    )
    anon.add_argument("customer", metavar="CUSTOMER", help="customer id, number or address")
    anon.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")

    demo = verbs.add_parser(
        "demo-data", parents=[common], help="generate realistic demo data (deterministic)"
    )
    demo.add_argument("--customers", type=_positive_int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--anchor",
        metavar="DATE",
        help="when the generated history ends, e.g. 2026-11-23T09:30 (default: now, UTC)",
    )
    demo.add_argument("--out", type=Path, metavar="FILE.jsonl")
    add_call_verbs(verbs, common)
    return parser


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 360x720")
    if not (200 <= int(width) <= 10000 and 200 <= int(height) <= 10000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 10000")
    return int(width), int(height)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0 to 65535)")
    return int(text)


def _host_port(text: str) -> str:
    from journey_widget.calls.listeners import (
        parse_host_port,  # only when given: it imports QtNetwork
    )

    try:
        parse_host_port(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) == 1 and is_call_url(argv[0]):
        # The desktop opens a journey-widget:// link as the only argument (Exec=... %u).
        argv = ["call", argv[0]]
    args = build_parser().parse_args(argv)
    if args.verb is None:
        return _run_gui(args)
    # A headless verb says what went wrong once, as its error sentence; the library's log
    # lines (meant for the window's log file) must not reach the terminal a second time.
    logging.getLogger("journey_widget").addHandler(logging.NullHandler())

    try:
        if (call_exit := run_call_verb(args)) is not None:
            return call_exit
        from journey_widget.cli import verbs  # headless: no Qt widgets behind this import

        return verbs.run(args)
    except CommandError as error:
        print(f"journey-widget: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("journey-widget: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``lookup ... | head``): not an error worth a traceback.
        # Point stdout at devnull so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _run_gui(args: argparse.Namespace) -> int:
    from journey_widget.app.session import GuiOptions, run_gui

    return run_gui(
        GuiOptions(
            store=args.store,
            demo=args.demo,
            number=args.number,
            screenshot=args.screenshot,
            lang=args.lang,
            view=args.view,
            region=args.region,
            pop=args.pop,
            http_port=args.http_port,
            baresip=args.baresip,
            size=args.size,
            theme=args.theme,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
