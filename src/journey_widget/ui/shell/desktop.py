"""The widget as a desktop program (SPEC A10, G4): the parts of issue 9 wired to one window.

``install_desktop`` gives the composition root one object for the window's place and
behaviour (``WindowPlacement``: remembered geometry, always on top, snap, start at login, in
the window menu's window section), the tray with the last calls (``CallTray``, also the
pop's notifier) and the macOS link events (``UrlOpenFilter``). ``start()`` applies the
remembered place and shows the tray; a ``--screenshot`` run never calls it, so it neither
moves the window nor writes the user's settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from journey_widget.calls.hub import CallHub
from journey_widget.settings import SettingsFile
from journey_widget.ui.calls.url_open import UrlOpenFilter
from journey_widget.ui.shell.main_window import MainWindow, MenuGroup
from journey_widget.ui.shell.tray import CallTray
from journey_widget.ui.shell.window_placement import WindowPlacement


@dataclass
class DesktopIntegration:
    placement: WindowPlacement
    tray: CallTray
    url_filter: UrlOpenFilter

    def start(self, *, keep_size: bool = False) -> None:
        """Before the window shows: its remembered place (not with ``--size``), the tray."""
        self.placement.restore(geometry=not keep_size)
        self.tray.show()


def install_desktop(
    app: QCoreApplication,
    window: MainWindow,
    hub: CallHub,
    settings_file: SettingsFile,
    *,
    region: str,
    hides_identifiers: Callable[[], bool],
) -> DesktopIntegration:
    placement = WindowPlacement(window, settings_file)
    for action in placement.actions():
        window.add_menu_action(action, MenuGroup.WINDOW)
    tray = CallTray(window, hub, hides_identifiers=hides_identifiers)
    url_filter = UrlOpenFilter(hub, region=region, refused=window.show_error, parent=window)
    app.installEventFilter(url_filter)
    return DesktopIntegration(placement, tray, url_filter)
