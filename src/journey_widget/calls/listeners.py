"""Which call listeners run, started and stopped together (SPEC B1, B2).

The composition root decides from the settings file (``calls`` section) and the command
line (``--http-port``, ``--baresip HOST:PORT``, for tests and integrators): the local socket
always runs (the hub owns it); the localhost HTTP endpoint and the baresip client only when
switched on. A listener that cannot start (port taken) reports it through the hub's
listener state, which ``journey-widget status`` prints; the widget keeps running.

Also the other half of "one widget per user": ``hand_over`` gives a second launch's call
(or just "come to the front") to the widget that already runs, instead of opening another.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from journey_widget.calls import local_socket, sink
from journey_widget.calls.events import load_message
from journey_widget.model import DEFAULT_REGION
from journey_widget.settings import CallSettings

if TYPE_CHECKING:  # imported when switched on: most desks run neither (issue 14.9)
    from journey_widget.calls.baresip import BaresipClient
    from journey_widget.calls.http_endpoint import HttpCallEndpoint

log = logging.getLogger(__name__)

MAX_PORT = 65535


def parse_host_port(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:4444`` for IPv6) -> (host, port); ValueError with a sentence."""
    host, colon, port_text = text.strip().rpartition(":")
    host = host.strip("[]")
    if not colon or not host or not port_text.isdigit() or not 0 < int(port_text) <= MAX_PORT:
        raise ValueError(f"“{text}” is not HOST:PORT, e.g. 127.0.0.1:4444.")
    return host, int(port_text)


class CallListeners:
    """The HTTP endpoint and the baresip client as the settings and the command line ask.

    ``http_port`` / ``baresip`` override the settings: a port (0 picks a free one) switches the
    endpoint on, ``"HOST:PORT"`` switches the baresip client on.
    """

    def __init__(
        self,
        hub: sink.CallSink,
        settings: CallSettings,
        *,
        http_port: int | None = None,
        baresip: str | None = None,
        region: str = DEFAULT_REGION,
        token_loader: Callable[[], str] | None = None,  # default: load_or_create_token
    ) -> None:
        self._hub = hub
        self._region = region
        self._token_loader = token_loader
        self._http_port = (
            http_port
            if http_port is not None
            else (settings.http_port if settings.http_enabled else None)
        )
        if baresip is not None:
            self._baresip_address: tuple[str, int] | None = parse_host_port(baresip)
        elif settings.baresip_enabled:
            self._baresip_address = (settings.baresip_host, settings.baresip_port)
        else:
            self._baresip_address = None
        self._http: HttpCallEndpoint | None = None
        self._baresip: BaresipClient | None = None

    @property
    def http(self) -> HttpCallEndpoint | None:
        return self._http

    @property
    def baresip(self) -> BaresipClient | None:
        return self._baresip

    async def start(self) -> None:
        """Start what is switched on; a failure is reported as the listener's state, not raised."""
        if self._http_port is not None and self._http is None:
            from journey_widget.calls.http_endpoint import HttpCallEndpoint
            from journey_widget.calls.token import load_or_create_token

            token_loader = self._token_loader or load_or_create_token
            try:
                endpoint = HttpCallEndpoint(
                    self._hub, token=token_loader(), port=self._http_port, region=self._region
                )
                await endpoint.start()
            except OSError as error:
                log.warning("The HTTP call endpoint could not start: %s", error)
                self._hub.set_listener_state(sink.HTTP, f"failed: {error.strerror or error}")
            else:
                self._http = endpoint
        if self._baresip_address is not None and self._baresip is None:
            from journey_widget.calls.baresip import BaresipClient

            host, port = self._baresip_address
            self._baresip = BaresipClient(self._hub, host=host, port=port, region=self._region)
            self._baresip.start()

    async def stop(self) -> None:
        """Stop both; safe to call twice, and after a failed start."""
        http, self._http = self._http, None
        client, self._baresip = self._baresip, None
        if http is not None:
            await http.stop()
        if client is not None:
            await client.stop()


def hand_over(pop: str | None, *, name: str | None = None) -> tuple[bool, str]:
    """Give a second launch to the running widget: its call (``--pop`` JSON) or "show".

    Returns (handed over, a sentence for stderr when not). Blocking, and needs no event loop:
    it runs before the second launch opens any window.
    """
    message: dict[str, Any] = {"op": "show"}
    if pop is not None:
        try:
            message = {"op": "call", "event": load_message(pop)}
        except ValueError:
            return False, "The call's details are not valid JSON."
    try:
        reply = local_socket.request(message, name=name)
    except (local_socket.WidgetNotAnswering, OSError) as error:
        return False, str(error)
    if reply is None:
        return False, "The running widget went away; start it again."
    if not reply.get("ok"):
        return False, str(reply.get("error") or "The running widget refused the request.")
    return True, ""
