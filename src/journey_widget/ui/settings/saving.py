"""What the settings dialog's OK does once the entries are valid: store the secret in the keyring
(on a worker thread), hand the settings to the settings file's writer thread, and close and
emit ``applied`` only when both are done; a refusal or a failure is said in the dialog, which
stays open. Nothing here blocks the GUI thread (SPEC G2; issue 14.7).

``SaveOnOk`` is a part of ``SettingsDialog`` (a mixin) like ``ConnectionRows``; its texts are in
the ``SettingsDialog`` translation context.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from journey_widget.model.permissions import PermissionDeniedError
from journey_widget.secrets import SecretStore, SecretsUnavailable
from journey_widget.settings import Settings, SettingsFile

log = logging.getLogger("journey_widget.ui.settings.dialog")


class SaveOnOk:
    """The saving half of ``SettingsDialog.accept``: the dialog validates, then calls these."""

    applied: Signal
    _file: SettingsFile
    _secrets: SecretStore
    _settings: Settings
    _saving: asyncio.Task[None] | None
    _buttons: QDialogButtonBox
    _lock_note: QLabel
    _source: QComboBox
    _secret: QLineEdit
    _set_result: Callable[[bool | None, str], None]
    _cancel_test: Callable[[], None]

    def _start_saving(self, chosen: Settings, allowed: bool, secret: str | None) -> None:
        """``secret`` (typed, for a back end that needs one) goes first; then the settings."""
        if secret is not None:  # when the keyring refuses it, nothing is saved
            step = self._store_secret_then_save(chosen, secret)
        else:
            writing = self._ask_save(chosen, allowed)  # a refusal is said at once
            if writing is None:
                return
            step = self._saved(writing)
        self._ok_button.setEnabled(False)
        self._saving = asyncio.ensure_future(self._settle(step))

    @property
    def _ok_button(self) -> QPushButton:
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    async def _settle(self, step: Coroutine[object, object, None]) -> None:
        """Run OK's ``step``; then OK (and Cancel) answer again, whatever came of it."""
        try:
            await step
        except Exception:  # the expected outcomes are said by the step itself
            log.exception("Saving the settings failed")
        self._saving = None  # not reached when cancelled: the dialog is going away
        self._ok_button.setEnabled(True)

    async def _store_secret_then_save(self, chosen: Settings, secret: str) -> None:
        source = chosen.source
        try:
            await asyncio.to_thread(self._secrets.set, source.kind, source.auth, secret)
        except SecretsUnavailable:
            self._set_result(
                False,
                QCoreApplication.translate(
                    "SettingsDialog",
                    "The secret cannot be saved: this computer has no keyring. Clear the "
                    "field and set JOURNEY_WIDGET_SECRET instead.",
                ),
            )
            self._secret.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        writing = self._ask_save(chosen, True)
        if writing is not None:
            await self._saved(writing)

    def _ask_save(self, chosen: Settings, allowed: bool) -> Future[Settings] | None:
        """Hand the edit to the settings writer; None (with the reason shown) when refused."""
        try:
            return self._file.save_edit_later(chosen, may_configure=allowed)
        except PermissionDeniedError:  # the file's source is not what this dialog showed
            log.warning("Refused to change the data source without the configure permission")
            self._lock_note.show()
            self._source.setFocus(Qt.FocusReason.OtherFocusReason)
            return None

    async def _saved(self, writing: Future[Settings]) -> None:
        """The save is on disk: close and apply; it failed: say so and stay."""
        try:
            saved = await asyncio.wrap_future(writing)
        except OSError as error:
            log.warning("Could not save the settings: %s", error)
            self._set_result(
                False,
                QCoreApplication.translate("SettingsDialog", "The settings could not be saved."),
            )
            return
        self._settings = saved
        self._cancel_test()
        QDialog.accept(self)  # type: ignore[arg-type]
        self.applied.emit(saved)
