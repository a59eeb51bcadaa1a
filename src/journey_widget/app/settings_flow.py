"""The window's settings path: the Settings… action, its dialog, Test connection, applying.

One dialog at a time; OK saves (the dialog does) and the saved settings apply live: the call
rules, language and theme at once; another source, connection or region reconnects the
session, and another back end empties the offline cache first (on a worker thread; the session
reconnects when it is empty), so its journeys never stand in for this one's. ``Session``
(app/session.py) keeps the settings it runs with and asks this for the rest.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from journey_widget.app.wiring import build_service
from journey_widget.i18n import switch_language
from journey_widget.model.permissions import Permission
from journey_widget.paths import default_store_path
from journey_widget.secrets import SecretStore
from journey_widget.service.access import access_for
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import AuthKind, Settings, SettingsFile, SourceSettings
from journey_widget.sources.base import SourceError
from journey_widget.sources.cache_folder import clear_cache
from journey_widget.ui.calls.pop import CallPopController
from journey_widget.ui.common.palettes import apply_theme
from journey_widget.ui.lifetime.task_slot import TaskSlot
from journey_widget.ui.settings.action import SettingsAction
from journey_widget.ui.shell.main_window import MainWindow, MenuGroup

if TYPE_CHECKING:  # the dialog is imported when first opened, not at start-up (issue 14.9)
    from journey_widget.ui.settings.dialog import SettingsDialog

log = logging.getLogger(__name__)


class SettingsFlow:
    """The Settings… menu action and the dialog it opens, for one window."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        settings_file: SettingsFile,
        secrets: SecretStore,
        *,
        region: Callable[[], str],
        service: Callable[[], JourneyService | None],
        on_applied: Callable[[Settings], None],
        on_signed_out: Callable[[], None] = lambda: None,
    ) -> None:
        self._app = app
        self._window = window
        self._settings_file = settings_file
        self._secrets = secrets
        self._region = region
        self._service = service
        self._on_applied = on_applied
        self._on_signed_out = on_signed_out
        self._signing_out: asyncio.Future[None] | None = None
        self._switching: asyncio.Future[None] | None = None  # emptying the cache, then reconnect
        self._dialog: SettingsDialog | None = None
        self._asking: TaskSlot | None = None  # who the user is, for the open dialog
        self.action = SettingsAction(window)
        window.add_menu_action(self.action, MenuGroup.SETTINGS)

    def open(self) -> SettingsDialog:
        """The settings dialog (one at a time); OK applies without a restart."""
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return self._dialog
        from journey_widget.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(
            self._settings_file.current(),
            self._settings_file,
            self._secrets,
            tester=self.test_connection,
            # SPEC E1 "configure": where the data comes from stays as IT set it (read-only
            # in the dialog, refused by SettingsFile.save_edit); language, theme and region
            # remain the user's own (docs/security.md).
            may_configure=self.may_configure,  # asked again on OK
            parent=self._window,
        )
        dialog.applied.connect(self._on_applied)
        dialog.sign_out_requested.connect(self.sign_out)
        dialog.finished.connect(self.on_closed)
        self._dialog = dialog
        dialog.open()
        service = self._service()
        if service is not None:  # the back end may say who the user is only when asked
            self._asking = TaskSlot(dialog, name="Who the user is")  # ends with the dialog
            self._asking.run(self._settle_user(service, dialog))
        return dialog

    async def _settle_user(self, service: JourneyService, dialog: SettingsDialog) -> None:
        """Ask who the user is (once per connection), then lock or unlock the open dialog."""
        try:
            await service.operations.user()
        except SourceError as error:  # malformed: every lookup says it; the settings stand
            log.warning("Could not learn who the user is: %s", error)
            return
        if self._dialog is dialog:
            dialog.refresh_lock()

    def may_configure(self) -> bool:
        """An explicit role (settings or back end) without "configure" keeps the source as
        set; the automatic default never locks users out of their own install."""
        service = self._service()
        if service is None or service.access.user.origin == "default":
            return True
        return service.access.user.can(Permission.CONFIGURE)

    def on_closed(self) -> None:
        if self._asking is not None:
            self._asking.cancel()
            self._asking = None
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.deleteLater()

    async def test_connection(self, settings: SourceSettings, secret: str | None) -> None:
        """``check()`` the back end these (unsaved) settings describe; raises SourceError."""
        service = await asyncio.to_thread(
            build_service,
            settings,
            self._secrets,
            access=access_for(self._settings_file.current(), settings.kind),
            store_path=default_store_path(),
            region=self._region(),
            offline_cache=False,  # a test reads the back end itself, and keeps no copy
            secret=secret,
        )
        try:
            await service.check()
        finally:
            await service.aclose()

    def sign_out(self) -> asyncio.Future[None]:
        """Forget the saved back end's secrets and the offline copies, then reconnect (which
        then asks for a secret): the widget holds nothing of that back end any more."""
        source = self._settings_file.current().source

        def forget() -> None:
            for auth in AuthKind:
                self._secrets.delete(source.kind, auth)
            clear_cache()

        async def run() -> None:
            await asyncio.to_thread(forget)
            log.info("Signed out of %s", source.kind.value)
            if self._dialog is not None:
                self._dialog.refresh_secret()  # "Not stored yet" now
            self._on_signed_out()

        self._signing_out = asyncio.ensure_future(run())
        return self._signing_out

    def apply(
        self,
        old: Settings,
        new: Settings,
        *,
        calls: CallPopController,
        reconnect: Callable[[], None],
    ) -> None:
        """Saved by the dialog: language, theme, the calls' rules and the source, live."""
        calls.set_settings(new)
        if new.display.language != old.display.language:
            switch_language(self._app, new.display.language or None)
        if new.display.theme != old.display.theme:
            apply_theme(self._app, new.display.theme)
        if new.source != old.source or new.display.region != old.display.region:
            back_end = (old.source.kind, old.source.base_url)
            if back_end != (new.source.kind, new.source.base_url):
                # Another back end's journeys must not stand in for this one's: empty the
                # cache (a worker's job: a folder of files), then connect.
                self._switching = asyncio.ensure_future(self._clear_cache_then(reconnect))
                return
            reconnect()

    async def _clear_cache_then(self, reconnect: Callable[[], None]) -> None:
        try:
            await asyncio.to_thread(clear_cache)
        except OSError:
            log.exception("Could not empty the offline cache")
        reconnect()
