"""The settings dialog's connection part: which rows the data source and auth kind show, the
base URL's check, the secret field (stored or not, from the keyring or the environment), "Test
connection" and its result, and the lock without the configure permission (SPEC A2, E1, H2).

``ConnectionRows`` is a part of ``SettingsDialog`` (a mixin), kept apart because it is one idea;
its texts are in the ``SettingsDialog`` translation context, where they have always been.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from journey_widget.model import DataSource
from journey_widget.secrets import SecretOrigin, SecretStore, needs_secret
from journey_widget.settings import AuthKind
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
        self._keyring_note.setVisible(
            remote and needs_secret(auth) and not self._secrets.available()
        )
        self._update_secret_field()
        self._set_result(None, "")

    def on_url_edited(self) -> None:
        if not self._url_problem.isHidden():
            self._show_url_problem()

    def on_test_clicked(self) -> None:
        self._cancel_test()
        if not self._show_url_problem():
            return
        settings = self.chosen().source
        secret = self.typed_secret()
        stored = self._secrets.get(settings.kind, settings.auth)
        if needs_secret(settings.auth) and secret is None and stored is None:
            text = missing_secret_text(self._secrets.available())
            self._set_result(False, f"{text.title} {text.sentence}")
            return
        if self._connection_test.start(settings, secret):
            self._set_result(None, self._connection_test.busy_text())

    def on_test_finished(self, ok: bool, text: str) -> None:
        self._set_result(ok, text)

    def _cancel_test(self) -> None:
        self._connection_test.cancel()

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
        kind = DataSource(self._source.currentData())
        label = secret_labels().get(auth, QCoreApplication.translate("SettingsDialog", "Secret"))
        self._secret.property("form_label").setText(f"{label}:")
        self._secret.setAccessibleName(label)
        found = self._secrets.get(kind, auth) if needs_secret(auth) else None
        if found is None:
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
