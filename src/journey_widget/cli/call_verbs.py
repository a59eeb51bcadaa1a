"""The ``call``, ``hangup`` and ``status`` verbs: a softphone's hooks and a look at the widget.

``journey-widget call NUMBER`` hands the call to the running widget over the per-user local
socket and returns at once; if no widget runs, it starts one detached with the call and
returns when that widget shows it (exit 2 with a sentence if it cannot start). It
never imports QtWidgets (only QtCore / QtNetwork for the socket) and never uses a shell.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from typing import Any

from journey_widget.calls.events import (
    DIRECTION_CHOICES,
    InvalidCallEvent,
    event_from_fields,
    make_call_event,
)
from journey_widget.calls.url_scheme import (
    event_from_url,
    hangup_from_url,
    is_call_url,
    url_action,
)

EXIT_OK = 0
EXIT_NONE = 1  # hangup: no such call is live
EXIT_ERROR = 2
EXIT_NO_WIDGET = 3
# How long ``call`` waits for a widget it started to show the call: a cold start takes about
# a second here; a loaded desktop may take several (docs/call-integration.md).
TAKE_CALL_SECONDS = 10.0

_LISTENER_LABELS = {"local_socket": "local socket", "http": "HTTP endpoint", "baresip": "baresip"}


def add_call_verbs(verbs: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``call`` and ``status`` on the CLI's verb sub-parsers."""
    call = verbs.add_parser(
        "call",
        parents=[common],
        help="hand an arriving call to the running widget (starts one if none runs)",
    )
    call.add_argument(
        "number",
        metavar="NUMBER",
        help="the caller's number, a SIP URI, or a journey-widget://call?number=... URL",
    )
    call.add_argument("--name", help="the caller's display name, if the softphone knows it")
    call.add_argument("--direction", choices=DIRECTION_CHOICES, default=None)
    call.add_argument("--campaign", metavar="ID", help="the campaign the call belongs to")

    hangup = verbs.add_parser(
        "hangup",
        parents=[common],
        help="end a call in the running widget: the one on screen, or the live one with NUMBER",
    )
    hangup.add_argument(
        "number",
        metavar="NUMBER",
        nargs="?",
        help="the caller's number or SIP address (after --); without it, the call on screen",
    )
    hangup.add_argument("--call-id", metavar="ID", help="the call id the softphone reported")

    status = verbs.add_parser(
        "status", parents=[common], help="show what the running widget shows and how it listens"
    )
    status.add_argument(
        "--json", action="store_true", help="print JSON (see docs/call-integration.md)"
    )


def run_call_verb(args: argparse.Namespace) -> int | None:
    """Run ``call`` or ``status``; None if ``args`` names another verb."""
    if args.verb == "call":
        return call(args)
    if args.verb == "status":
        return status(args)
    if args.verb == "hangup":
        return hangup(args.number, args.call_id)
    return None


def call_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The event fields for the widget; a journey-widget:// URL may stand in for NUMBER.

    The fields are validated here too, so a bad call fails in the softphone's hook with a
    sentence instead of silently in the widget. The widget validates them again.
    """
    region = getattr(args, "region", None) or "DE"
    if is_call_url(args.number):
        event = event_from_url(args.number, source="command", region=region)
        fields = event.to_fields()
        for key in ("name", "direction", "campaign"):  # options override the URL's
            if getattr(args, key, None):
                fields[key] = getattr(args, key)
        event_from_fields(fields, source="command", region=region)
        return fields
    event = make_call_event(
        args.number,
        source="command",
        name=args.name,
        direction=args.direction or "inbound",
        campaign=args.campaign,
        region=region,
    )
    return event.to_fields()


def call(args: argparse.Namespace) -> int:
    from journey_widget.calls import (
        local_socket,  # QtNetwork only; imported after the input is checked
    )

    try:
        if is_call_url(args.number) and url_action(args.number)[0] == "hangup":
            return hangup(*hangup_from_url(args.number))  # journey-widget://hangup?number=...
        fields = call_fields(args)
    except InvalidCallEvent as error:
        return _fail(str(error), EXIT_ERROR)
    try:
        reply = local_socket.request({"op": "call", "event": fields})
    except (local_socket.WidgetNotAnswering, OSError) as error:
        return _fail(f"{error}", EXIT_ERROR)
    if reply is None:
        child = start_widget_with_call(fields, extra_args=_gui_args(args))
        problem = wait_until_taken(child, str(fields["call_id"]))
        return EXIT_OK if problem is None else _fail(problem, EXIT_ERROR)
    if not reply.get("ok"):
        return _fail(str(reply.get("error") or "The widget refused the call."), EXIT_ERROR)
    return EXIT_OK


def start_widget_with_call(
    event: dict[str, Any], *, extra_args: Sequence[str] = ()
) -> subprocess.Popen[bytes]:
    """Start the widget detached, popping this call: ``python -m journey_widget.cli --pop JSON``.

    An argument list, never a shell; the child gets its own session so closing the
    softphone's hook (or its terminal) does not take the widget with it.
    """
    argv = [sys.executable, "-m", "journey_widget.cli", *extra_args, "--pop", json.dumps(event)]
    options: dict[str, Any] = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "close_fds": True,
    }
    if os.name == "nt":
        options["creationflags"] = (
            subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP  # type: ignore[attr-defined]
        )
    else:
        options["start_new_session"] = True
    return subprocess.Popen(argv, **options)


def wait_until_taken(
    child: subprocess.Popen[bytes], call_id: str, *, seconds: float = TAKE_CALL_SECONDS
) -> str | None:
    """Wait until a widget shows this call (the one started, or one that won a race to
    start); None then, else the sentence to exit with. A call is never silently lost: a
    widget that dies at start (a broken display, a broken install) is said, not hidden."""
    from journey_widget.calls import local_socket

    deadline = time.monotonic() + seconds
    while True:
        try:
            reply = local_socket.request({"op": "status"})
        except (local_socket.WidgetNotAnswering, OSError):
            reply = None  # starting up: its socket is there but it does not answer yet
        if reply is not None and _shows_call(reply, call_id):
            return None
        if reply is None and child.poll() is not None:
            return (
                f"The journey widget could not start (exit code {child.returncode}), so "
                "the call was not shown; its log file says why."
            )
        if time.monotonic() >= deadline:
            return (
                f"The journey widget did not take the call within {seconds:.0f} seconds; "
                "it may still show it."
            )
        time.sleep(0.05)


def _shows_call(reply: dict[str, Any], call_id: str) -> bool:
    status = reply.get("status")
    call = status.get("call") if isinstance(status, dict) else None
    return isinstance(call, dict) and call.get("call_id") == call_id


def _gui_args(args: argparse.Namespace) -> list[str]:
    """Options of the ``call`` invocation the started widget needs too."""
    extra: list[str] = []
    if getattr(args, "store", None) is not None:
        extra += ["--store", str(args.store)]
    if getattr(args, "region", None):
        extra += ["--region", str(args.region)]
    return extra


def hangup(number: str | None, call_id: str | None = None) -> int:
    """End a call in the running widget: 0 when one ended, 1 when none such was live (or no
    widget runs), 2 when the widget could not be asked."""
    from journey_widget.calls import local_socket

    request: dict[str, Any] = {"op": "hangup"}
    if number:
        request["number"] = number
    if call_id:
        request["call_id"] = call_id
    try:
        reply = local_socket.request(request)
    except (local_socket.WidgetNotAnswering, OSError) as error:
        return _fail(f"{error}", EXIT_ERROR)
    if reply is None:
        return _fail("No journey widget is running, so no call is live.", EXIT_NONE)
    if not reply.get("ok"):
        return _fail(str(reply.get("error") or "The widget refused the hang-up."), EXIT_ERROR)
    if reply.get("ended") is None:
        which = f"with {number or call_id}" if (number or call_id) else "on screen"
        return _fail(f"No live call {which}.", EXIT_NONE)
    return EXIT_OK


def status(args: argparse.Namespace) -> int:
    from journey_widget.calls import local_socket

    try:
        reply = local_socket.request({"op": "status"})
    except (local_socket.WidgetNotAnswering, OSError) as error:
        return _fail(f"{error}", EXIT_ERROR)
    if reply is None:
        return _fail("No journey widget is running.", EXIT_NO_WIDGET)
    if not reply.get("ok") or not isinstance(reply.get("status"), dict):
        return _fail(str(reply.get("error") or "The widget's answer was not understood."), 2)
    if args.json:
        print(json.dumps(reply["status"], ensure_ascii=False, indent=2))
    else:
        print_status(reply["status"])
    return EXIT_OK


def print_status(state: dict[str, Any]) -> None:
    call = state.get("call")
    if isinstance(call, dict):
        name = f" ({call['name']})" if call.get("name") else ""
        print(f"Call: {call.get('number')}{name}")
        print(f"  direction: {call.get('direction')}, {call.get('live_state')}")
        print(f"  arrived: {call.get('received_at')} via {call.get('source')}")
    else:
        print("Call: none yet")
    customer = state.get("customer")
    if isinstance(customer, dict) and (customer.get("name") or customer.get("id")):
        print(f"Customer shown: {customer.get('name') or customer.get('id')}")
    else:
        print("Customer shown: none")
    if isinstance(customer, dict) and customer.get("view_state"):
        print(f"  window: {customer['view_state']}")
    print("Listeners:")
    for key, value in (state.get("listeners") or {}).items():
        print(f"  {_LISTENER_LABELS.get(key, key)}: {value}")


def _fail(message: str, code: int) -> int:
    print(f"journey-widget: {message}", file=sys.stderr)
    return code
