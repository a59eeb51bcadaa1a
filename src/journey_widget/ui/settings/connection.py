"""The settings dialog's connection part: which rows the data source and auth kind show, the
base URL's check, the secret field (stored or not, from the keyring or the environment), "Test
connection" and its result, and the lock without the configure permission (SPEC A2, E1, H2).

``ConnectionRows`` is a part of ``SettingsDialog`` (a mixin), kept apart because it is one idea;
its texts are in the ``SettingsDialog`` translation context, where they have always been.

The keyring is asked on a worker thread (it may wait for D-Bus or for the user to unlock it):
whether a secret is stored, and whether there is a keyring at all, show when the answer
arrives; the dialog answers meanwhile. The tasks are kept here, one of each kind at a time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from journey_widget.model import DataSource
from journey_widget.secrets import FoundSecret, SecretOrigin, SecretStore, needs_secret
from journey_widget.settings import AuthKind, SourceSettings
from journey_widget.ui.common.source_errors import missing_secret_text
from journey_widget.ui.settings.choices import base_url_problem, secret_labels
from journey_widget.ui.settings.connection_test import ConnectionTest


class ConnectionRows:
    """The connection rows of ``SettingsDialog``: the dialog builds the widgets named here and
    provides ``chosen()``, ``typed_secret()``, ``retranslate_ui()`` and ``test_finished``."""

    _allowed: Callable[[], bool]
    _secrets: SecretStore
    _connection_test: ConnectionTest
    _connection: QGroupBox
    _form: QFormLayout
    _source: QComboBox
    _auth: QComboBox
    _base_url: QLineEdit
    _url_problem: QLabel
    _header: QLineEdit
    _token_url: QLineEdit
    _client_id: QLineEdit
    _secret: QLineEdit
    _keyring_note: QLabel
    _lock_note: QLabel
    _test_result: QLabel
    # What the keyring said for the chosen back end and auth kind: (keyring usable, the secret
    # found), None until it answered; the task asking it; the task starting a test.
    _secret_state: tuple[bool, FoundSecret | None] | None = None
    _secret_lookup: asyncio.Task[None] | None = None
    _test_start: asyncio.Task[None] | None = None

    def on_kind_changed(self) -> None:
        remote = self._source.currentData() != DataSource.LOCAL
        auth = AuthKind(self._auth.currentData())
        self._connection.setVisible(remote)
        rows = {
            self._header: auth is AuthKind.API_KEY,
            self._token_url: auth is AuthKind.OAUTH2,
            self._client_id: auth is AuthKind.OAUTH2,
            self._secret: needs_secret(auth),
        }
        for field, shown in rows.items():
            self._form.setRowVisible(field, shown)
        self._look_up_secret()
        self._set_result(None, "")

    def refresh_secret(self) -> None:
        """The keyring changed behind the dialog (sign-out): ask it again what it holds."""
        self._look_up_secret()

    def _look_up_secret(self) -> None:
        """Ask the keyring (on a worker) what it holds for the chosen back end and auth kind."""
        if self._secret_lookup is not None:
            self._secret_lookup.cancel()
        self._secret_state = None
        self._keyring_note.setVisible(False)
        self._update_secret_field()
        auth = AuthKind(self._auth.currentData())
        if not needs_secret(auth):
            self._secret_lookup = None
            return
        kind = DataSource(self._source.currentData())
        self._secret_lookup = asyncio.ensure_future(self._secret_looked_up(kind, auth))

    async def _secret_looked_up(self, kind: DataSource, auth: AuthKind) -> None:
        self._secret_state = await asyncio.to_thread(self._keyring_state, kind, auth)
        self._secret_lookup = None
        self._keyring_note.setVisible(kind is not DataSource.LOCAL and not self._secret_state[0])
        self._update_secret_field()

    def _keyring_state(self, kind: DataSource, auth: AuthKind) -> tuple[bool, FoundSecret | None]:
        """On a worker thread: whether there is a keyring, and the secret found."""
        return self._secrets.available(), self._secrets.get(kind, auth)

    def on_url_edited(self) -> None:
        if not self._url_problem.isHidden():
            self._show_url_problem()

    def on_test_clicked(self) -> None:
        self._cancel_test()
        if not self._show_url_problem():
            return
        settings = self.chosen().source
        secret = self.typed_secret()
        if needs_secret(settings.auth) and secret is None:  # the stored one, if there is one
            self._test_start = asyncio.ensure_future(self._test_with_stored_secret(settings))
            return
        self._start_test(settings, secret)

    async def _test_with_stored_secret(self, settings: SourceSettings) -> None:
        available, stored = await asyncio.to_thread(
            self._keyring_state, settings.kind, settings.auth
        )
        self._test_start = None
        if stored is None:
            text = missing_secret_text(available)
            self._set_result(False, f"{text.title} {text.sentence}")
            return
        self._start_test(settings, None)

    def _start_test(self, settings: SourceSettings, secret: str | None) -> None:
        if self._connection_test.start(settings, secret):
            self._set_result(None, self._connection_test.busy_text())

    def on_test_finished(self, ok: bool, text: str) -> None:
        self._set_result(ok, text)

    def _cancel_test(self) -> None:
        if self._test_start is not None:
            self._test_start.cancel()
            self._test_start = None
        self._connection_test.cancel()

    def _cancel_keyring_tasks(self) -> None:
        """The dialog closes: nothing it asked may touch it afterwards."""
        self._cancel_test()
        if self._secret_lookup is not None:
            self._secret_lookup.cancel()
            self._secret_lookup = None

    def refresh_lock(self) -> None:
        """Ask again whether the user may configure (the back end has said who they are)."""
        if self._allowed():
            if not self._lock_note.isHidden():
                for field in (self._source, self._connection):
                    field.setEnabled(True)
                    field.setToolTip("")
                self.retranslate_ui()
        else:
            self._show_lock()

    def _show_lock(self) -> None:
        """Without "configure": source and connection read-only, with the reason in words."""
        locked = not self._allowed()
        self._lock_note.setVisible(locked)
        if not locked:
            return
        reason = QCoreApplication.translate(
            "SettingsDialog", "Your role does not allow changing the data source."
        )
        self._lock_note.setText(reason)
        for field in (self._source, self._connection):
            field.setEnabled(False)
            field.setToolTip(reason)
            field.setAccessibleDescription(reason)

    def _show_url_problem(self) -> bool:
        """Show why the base URL is unusable; True when it is usable."""
        problem = base_url_problem(self._base_url.text())
        self._url_problem.setText(problem or "")
        self._url_problem.setVisible(problem is not None)
        self._base_url.setAccessibleDescription(problem or "")
        return problem is None

    def _update_secret_field(self) -> None:
        auth = AuthKind(self._auth.currentData())
        label = secret_labels().get(auth, QCoreApplication.translate("SettingsDialog", "Secret"))
        self._secret.property("form_label").setText(f"{label}:")
        self._secret.setAccessibleName(label)
        state = self._secret_state if needs_secret(auth) else (True, None)
        found = state[1] if state is not None else None
        if state is None:
            placeholder = ""  # the keyring has not answered yet
        elif found is None:
            placeholder = QCoreApplication.translate("SettingsDialog", "Not stored yet")
        elif found.origin is SecretOrigin.ENVIRONMENT:
            placeholder = QCoreApplication.translate(
                "SettingsDialog", "From JOURNEY_WIDGET_SECRET; type to replace"
            )
        else:
            placeholder = QCoreApplication.translate("SettingsDialog", "Stored; type to replace")
        self._secret.setPlaceholderText(placeholder)
        self._secret.setAccessibleDescription(self._secret.placeholderText())

    def _set_result(self, ok: bool | None, text: str) -> None:
        self._test_result.setText(text)
        self._test_result.setVisible(bool(text))
        self._test_result.setForegroundRole(QPalette.ColorRole.WindowText)
        if ok is not None:
            prefix = (
                QCoreApplication.translate("SettingsDialog", "Success:")
                if ok
                else QCoreApplication.translate("SettingsDialog", "Failed:")
            )
            self._test_result.setAccessibleName(f"{prefix} {text}")
            self.test_finished.emit(ok, text)
        else:
            self._test_result.setAccessibleName(text)
