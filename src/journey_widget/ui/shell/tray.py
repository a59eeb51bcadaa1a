"""The tray icon: the last calls, "Show" and "Quit" (SPEC G4), and the call notifications.

``CallTray`` keeps the last ``RECENT_CALLS`` calls the hub announced, newest first. Its menu
lists them as "14:05 · Jürgen Weiß · +49 30 1234567"; picking one opens that caller's
journey and brings the window forward. With the privacy setting on and without the
permission to see identifiers (``hides_identifiers``), numbers and names are shown
obfuscated, as everywhere else in the window.

It is also the pop's ``Notifier`` (``ui/calls/pop.py``): one tray icon for both. Where the
desktop has no tray (``available()`` is False) no icon is created, the pop raises the
window instead, and the list is still kept, so nothing else notices.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from journey_widget.model import display_identifier
from journey_widget.model.privacy import obfuscate_identifier_value, obfuscate_name, obfuscate_text
from journey_widget.ui.calls.pop import NOTIFY_MS, bring_forward, markup_free
from journey_widget.ui.common.formatting import format_time
from journey_widget.ui.common.icons import app_icon
from journey_widget.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from journey_widget.calls.events import CallEvent
    from journey_widget.calls.hub import CallHub

log = logging.getLogger(__name__)

RECENT_CALLS = 10


def _number_and_name(event: CallEvent, *, hide_identifiers: bool) -> tuple[str, str | None]:
    if event.identifier is not None:
        number = display_identifier(event.identifier.value)
        if hide_identifiers:
            number = obfuscate_identifier_value(event.identifier.value, event.identifier.kind)
    else:
        number = obfuscate_text(event.number) if hide_identifiers else event.number
    name = event.name
    if name and hide_identifiers:
        name = obfuscate_name(name)
    return number, name


def caller_text(event: CallEvent, *, hide_identifiers: bool = False) -> str:
    """Who called, as one line: name and number, or the number alone (masked if asked)."""
    number, name = _number_and_name(event, hide_identifiers=hide_identifiers)
    return f"{name} · {number}" if name else number


def masked_in(text: str, event: CallEvent) -> str:
    """``text`` (a notification about ``event``) with the caller's number and name obfuscated."""
    shown_number, shown_name = _number_and_name(event, hide_identifiers=False)
    number, name = _number_and_name(event, hide_identifiers=True)
    text = text.replace(shown_number, number)
    if shown_name and name:
        text = text.replace(shown_name, name)
    return text


class CallTray(QObject):
    """The tray icon with the recent calls; see the module docstring."""

    def __init__(
        self,
        window: MainWindow,
        hub: CallHub | None = None,
        *,
        hides_identifiers: Callable[[], bool] = lambda: False,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        limit: int = RECENT_CALLS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._hides_identifiers = hides_identifiers
        self._tray_available = tray_available
        self._calls: deque[CallEvent] = deque(maxlen=limit)
        self._icon: QSystemTrayIcon | None = None
        self._menu = QMenu(window)
        self._heading = QAction(self)
        self._heading.setEnabled(False)
        self._no_calls = QAction(self)
        self._no_calls.setEnabled(False)
        self._show = QAction(self)
        self._quit = QAction(self)
        self._call_actions: list[QAction] = []
        self._show.triggered.connect(self.on_show)
        self._quit.triggered.connect(self.on_quit)
        if hub is not None:
            hub.call_arrived.connect(self.add_call)
        window.installEventFilter(self)
        self.retranslate_ui()
        self._rebuild_menu()

    def retranslate_ui(self) -> None:
        self._heading.setText(self.tr("Recent calls"))
        self._no_calls.setText(self.tr("No calls yet"))
        self._show.setText(self.tr("&Show"))
        self._quit.setText(self.tr("&Quit"))
        if self._icon is not None:
            self._icon.setToolTip(self._tooltip())
        self._rebuild_menu()

    # --- what the composition root, the pop and tests use -----------------------------------

    @property
    def menu(self) -> QMenu:
        return self._menu

    @property
    def icon(self) -> QSystemTrayIcon | None:
        """The tray icon, once shown (None where the desktop has no tray)."""
        return self._icon

    @property
    def calls(self) -> list[CallEvent]:
        """The remembered calls, newest first."""
        return list(self._calls)

    def call_actions(self) -> list[QAction]:
        """The menu's entries for the calls, newest first."""
        return list(self._call_actions)

    def show(self) -> bool:
        """Put the icon in the tray; False (and nothing shown) where there is no tray."""
        return self._ensure_icon() is not None

    def hide(self) -> None:
        if self._icon is not None:
            self._icon.hide()

    def available(self) -> bool:
        """``Notifier``: whether a notification can be shown."""
        try:
            return bool(self._tray_available())
        except RuntimeError:  # no QApplication (yet)
            return False

    def notify(self, title: str, message: str) -> None:
        """``Notifier``: a desktop notification; clicking it brings the window forward.

        Under the privacy rule the caller's number and name in it are obfuscated, as in the menu.
        """
        icon = self._ensure_icon()
        if icon is None:
            return
        if self._calls and self._hides_identifiers():
            # The pop words the message (call_pop.py); the caller in it is the newest call.
            title, message = masked_in(title, self._calls[0]), masked_in(message, self._calls[0])
        icon.showMessage(
            markup_free(title),
            markup_free(message),
            QSystemTrayIcon.MessageIcon.Information,
            NOTIFY_MS,
        )

    def add_call(self, event: CallEvent) -> None:
        """A call arrived: it heads the list; the eleventh oldest drops off."""
        self._calls.appendleft(event)
        self._rebuild_menu()

    # --- slots -----------------------------------------------------------------------------

    def on_show(self) -> None:
        bring_forward(self._window, focus=True)

    def on_quit(self) -> None:
        self._window.close()

    def on_call_picked(self, event: CallEvent) -> None:
        """Open that caller's journey in the window, which comes forward."""
        bring_forward(self._window, focus=True)
        self._window.lookup(event.lookup_query)

    def on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.on_show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    # --- building ------------------------------------------------------------------------

    def _ensure_icon(self) -> QSystemTrayIcon | None:
        if self._icon is None:
            if not self.available():
                return None
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = app_icon() or QIcon()
            self._icon = QSystemTrayIcon(icon, self)
            self._icon.setContextMenu(self._menu)
            self._icon.setToolTip(self._tooltip())
            self._icon.activated.connect(self.on_activated)
            self._icon.messageClicked.connect(self.on_show)
        self._icon.show()
        return self._icon

    def _tooltip(self) -> str:
        return self.tr("Customer journey")

    def _rebuild_menu(self) -> None:
        hide = bool(self._calls) and self._hides_identifiers()
        for action in self._call_actions:
            action.deleteLater()
        self._call_actions = []
        for event in self._calls:
            text = f"{format_time(event.received_at)} · {caller_text(event, hide_identifiers=hide)}"
            action = QAction(text.replace("&", "&&"), self)
            action.setToolTip(self.tr("Open this caller's journey"))
            action.triggered.connect(lambda _checked=False, e=event: self.on_call_picked(e))
            self._call_actions.append(action)
        self._menu.clear()
        self._menu.addAction(self._heading)
        self._menu.addActions(self._call_actions or [self._no_calls])
        self._menu.addSeparator()
        self._menu.addAction(self._show)
        self._menu.addAction(self._quit)
