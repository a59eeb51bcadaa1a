"""The pop: a call arrives, the window looks the caller up and comes forward (SPEC A1, A2, B3).

``CallPopController`` listens to the call hub the composition root hands it and drives the
window through its public face only (``lookup``, ``add_banner``, its signals and ``state``):

- each call becomes the window's newest lookup; the window keeps one lookup stream (its
  ``TaskSlot``), so a newer call cancels the older lookup and only the newest journey shows;
- the banner shows the caller (number, display name as plain text, direction) and the live
  state: Live until the call ends, then "Ended hh:mm" (E4);
- the window comes forward as the settings say: raise and focus, raise without taking the
  focus (the agent may be typing in the softphone), or only a tray message;
- with Campaign Manager as the source an inbound call shows why there is no journey (A2):
  the service cannot know the settings, the controller does;
- ``status()`` answers ``journey-widget status`` about what the window shows.

A call that arrives before the store is connected waits; ``on_service_ready`` pops it then.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from journey_widget.model import DataSource, Direction, Journey, display_identifier
from journey_widget.model.live_status import LiveEvent, LiveEventKind
from journey_widget.model.privacy import obfuscate_identifier_value, obfuscate_name, obfuscate_text
from journey_widget.settings import PopBehaviour, Settings
from journey_widget.ui.calls.banner import BannerState, CallBanner
from journey_widget.ui.common.formatting import arg
from journey_widget.ui.common.labels import direction_labels, outbound_kind_labels
from journey_widget.ui.shell.main_window import MainWindow, ViewState

if TYPE_CHECKING:
    from journey_widget.calls.events import CallEvent
    from journey_widget.calls.hub import CallHub

log = logging.getLogger(__name__)

NOTIFY_MS = 10_000
_STATE_KINDS = {"established": LiveEventKind.ESTABLISHED, "closed": LiveEventKind.CLOSED}


class Notifier(Protocol):
    """A desktop notification, where the desktop has a tray (``notify`` pop behaviour)."""

    def available(self) -> bool: ...

    def notify(self, title: str, message: str) -> None: ...


class TrayNotifier(QObject):
    """The system tray's balloon / notification; clicking it brings the window forward."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._tray: QSystemTrayIcon | None = None

    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def notify(self, title: str, message: str) -> None:
        if self._tray is None:
            self._tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self._tray.setToolTip(self._window.windowTitle())
            self._tray.messageClicked.connect(self.on_message_clicked)
            self._tray.show()
        self._tray.showMessage(
            title, markup_free(message), QSystemTrayIcon.MessageIcon.Information, NOTIFY_MS
        )

    def on_message_clicked(self) -> None:
        bring_forward(self._window, focus=True)


_MARKUP_LOOKALIKES = str.maketrans({"<": "‹", ">": "›", "&": "＆"})


def markup_free(text: str) -> str:
    """Caller-supplied text for a desktop notification, which some Linux servers read as markup.

    Escaping would show "&lt;" on servers without markup, so the three markup characters are
    replaced by look-alikes instead (SPEC B4: display names are text, never markup).
    """
    return text.translate(_MARKUP_LOOKALIKES)


def bring_forward(window: MainWindow, *, focus: bool) -> None:
    """Un-minimise, show and raise; take the keyboard focus only when asked to."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not focus)
    window.show()
    window.raise_()
    if focus:
        window.activateWindow()


class CallPopController(QObject):
    """Pops each call the hub announces in ``window``; see the module docstring."""

    def __init__(
        self,
        window: MainWindow,
        hub: CallHub,
        settings: Settings,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._hub = hub
        self._settings = settings
        self._clock = clock
        self._notifier: Notifier = notifier or TrayNotifier(window)
        self._banner = CallBanner(clock=clock)
        self._banner.hide()
        window.add_banner(self._banner)
        self._call: CallEvent | None = None
        self._events: list[LiveEvent] = []
        self._waiting: CallEvent | None = None  # arrived before the window had a service
        self._lookup: asyncio.Task | None = None
        self._journey: Journey | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._hub.call_arrived.connect(self.on_call_arrived)
        self._hub.call_state_changed.connect(self.on_call_state_changed)
        self._hub.show_requested.connect(self.on_show_requested)
        self._window.journey_shown.connect(self.on_journey_shown)

    # --- what the composition root and tests use -----------------------------------------

    @property
    def banner(self) -> CallBanner:
        return self._banner

    @property
    def current_call(self) -> CallEvent | None:
        return self._call

    @property
    def lookup_task(self) -> asyncio.Task | None:
        """The window's lookup for the newest call (cancelled when a newer call came)."""
        return self._lookup

    def set_settings(self, settings: Settings) -> None:
        """Settings applied from the dialog: the source kind decides the A2 message."""
        self._settings = settings

    def on_service_ready(self) -> bool:
        """The window has a service now: pop a call that arrived before. True if there was one."""
        event, self._waiting = self._waiting, None
        if event is None or event is not self._call:
            return False
        self._show_journey_of(event)
        return True

    def reshow_live_call(self) -> bool:
        """The store was opened anew (Retry, new settings) during a live call: show its caller
        again, not the idle page. True if there was such a call."""
        event = self._call
        if event is None or self._banner.state is not BannerState.LIVE:
            return False
        self._show_journey_of(event)
        return True

    def status(self) -> dict[str, Any]:
        """For ``journey-widget status``: the customer shown (or nulls), the view, the banner."""
        shown = self._journey if self._window.state is ViewState.JOURNEY else None
        customer = shown.customer if shown is not None else None
        return {
            "id": customer.id if customer is not None else None,
            "name": customer.name if customer is not None else None,
            "view_state": self._window.state.value,
            "live_state": self._banner.state.value if self._call is not None else None,
        }

    # --- slots -----------------------------------------------------------------------------

    def on_call_arrived(self, event: CallEvent) -> None:
        self._call = event
        self._events = [LiveEvent(LiveEventKind.ARRIVED, event.received_at)]
        self._banner.show_call(  # a function: the banner asks again in a new language
            self._number_text(event), self._name_text(event), lambda: self._direction_text(event)
        )
        self._banner.set_events(self._events)
        self._show_journey_of(event)
        self._come_forward(event)

    def on_call_state_changed(self, call_id: str, state: str) -> None:
        kind = _STATE_KINDS.get(state)
        if kind is None or self._call is None or self._call.call_id != call_id:
            return  # an older call's end does not touch the banner of the newest one
        self._events.append(LiveEvent(kind, self._clock()))
        self._banner.set_events(self._events)

    def on_show_requested(self) -> None:
        """Someone started the widget again: the running one comes to the front instead."""
        bring_forward(self._window, focus=True)

    def on_journey_shown(self, journey: Journey) -> None:
        self._journey = journey

    # --- the pop ---------------------------------------------------------------------------

    def _show_journey_of(self, event: CallEvent) -> None:
        window = self._window
        inbound = event.direction is Direction.INBOUND
        if inbound and self._settings.source.kind is DataSource.CAMPAIGN_MANAGER:
            window.forget_query()  # the previous caller is not this one
            window.show_error(
                lambda: self.tr(
                    "Inbound calls need Data Cloud: Campaign Manager has no inbound history."
                )
            )
            self._lookup = None
            return
        if event.identifier is None:
            window.forget_query()  # the previous caller is not this one
            window.show_error(
                lambda: self.tr("This call has no number to look up."),
                lambda: arg(self.tr("The caller's ID was “%1”."), event.number),
            )
            self._lookup = None
            return
        self._lookup = window.lookup(event.lookup_query)
        if self._lookup is None:  # no store connected yet, or it failed: pop once it is there
            self._waiting = event

    def _come_forward(self, event: CallEvent) -> None:
        behaviour = self._settings.calls.pop
        if behaviour is PopBehaviour.NOTIFY and self._notifier.available():
            title = arg(self.tr("Call from %1"), self._number_text(event))
            self._notifier.notify(title, self._name_text(event) or self._direction_text(event))
            return
        bring_forward(self._window, focus=behaviour is PopBehaviour.RAISE_AND_FOCUS)

    def _number_text(self, event: CallEvent) -> str:
        """The caller's number as shown: obfuscated under the privacy setting (SPEC D7)."""
        hide = self._hides_identifiers()
        if event.identifier is not None:
            value, kind = event.identifier.value, event.identifier.kind
            return obfuscate_identifier_value(value, kind) if hide else display_identifier(value)
        return obfuscate_text(event.number) if hide else event.number

    def _name_text(self, event: CallEvent) -> str | None:
        if event.name and self._hides_identifiers():
            return obfuscate_name(event.name)
        return event.name

    def _hides_identifiers(self) -> bool:
        service = self._window.service
        return service is not None and service.access.hides_identifiers

    def _direction_text(self, event: CallEvent) -> str:
        if event.outbound_kind is not None:
            return outbound_kind_labels()[event.outbound_kind]
        return direction_labels()[event.direction]
