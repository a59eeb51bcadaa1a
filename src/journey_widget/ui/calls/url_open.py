"""``journey-widget://call?...`` links that the desktop hands to the running program (SPEC G4).

On Linux and Windows the desktop starts the program with the link as its argument (the
launcher's ``Exec=... %u``, the registry's ``"%1"``), which becomes ``journey-widget call
URL`` and reaches the running widget over the local socket. macOS instead sends a running
application an Apple event, which Qt delivers as a ``QFileOpenEvent`` carrying the URL (the
bundle's Info.plist registers the scheme in ``CFBundleURLTypes``): ``UrlOpenFilter``, installed
on the application, turns it into a call on the hub, validated like every other call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

from journey_widget.calls.events import InvalidCallEvent
from journey_widget.calls.hub import CallHub
from journey_widget.calls.url_scheme import (
    event_from_url,
    hangup_from_url,
    is_call_url,
    url_action,
)
from journey_widget.model import DEFAULT_REGION

log = logging.getLogger(__name__)


class UrlOpenFilter(QObject):
    """Application event filter: a FileOpen event with one of our links pops the call."""

    def __init__(
        self,
        hub: CallHub,
        *,
        region: str = DEFAULT_REGION,
        refused: Callable[[str, str], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._region = region
        self._refused = refused

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        text = event.url().toString()
        if not is_call_url(text):
            return False  # a file, or another program's link: not ours to take
        try:
            if url_action(text)[0] == "hangup":
                self._hub.end_call(*hangup_from_url(text))
            else:
                self._hub.deliver(event_from_url(text, source="url", region=self._region))
        except InvalidCallEvent as error:
            log.warning("Refused a journey-widget link: %s", error)
            if self._refused is not None:
                self._refused(self.tr("This link cannot be opened."), str(error))
        return True
