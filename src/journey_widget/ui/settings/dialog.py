"""The settings dialog (SPEC A2, G1, G2, H2): where journeys come from, how to sign in, display.

Data source (Local store / Campaign Manager / Data Cloud); for a back end its base URL
(http(s) only, said plainly when it is not), the auth kind and only that kind's fields, the
request timeout and the offline cache; the default region for numbers, language and theme;
the call-back command (dial_command_field.py).

The secret (API key, token, client secret) goes to the keyring, never the settings file; the
field stays empty and says whether one is stored, and an empty field keeps it. Where the
computer has no keyring the dialog says so and names ``JOURNEY_WIDGET_SECRET``.

The connection rows (which are shown, the URL check, the secret field, the lock, "Test
connection") are ``settings_connection.ConnectionRows``. "Test connection" awaits the
``tester`` the composition root gives (it builds the source with the typed, unsaved values
and runs its ``check()``) on the qasync loop (connection_test.py):
the dialog never freezes, a second click restarts it, closing the dialog cancels it. OK
validates, then stores the secret (keyring, on a worker) and saves the settings (SettingsFile's
writer thread), and only when both are done closes and emits ``applied``; meanwhile the dialog
answers, and OK and Cancel wait for the outcome.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_widget.model import DataSource
from journey_widget.secrets import SecretStore, needs_secret
from journey_widget.settings import AuthKind, Settings, SettingsFile, Theme
from journey_widget.ui.calls.dial_command_field import DialCommandField
from journey_widget.ui.common.scrolling_page import ScrollingPage
from journey_widget.ui.common.source_errors import no_keyring_sentence
from journey_widget.ui.settings.action import SettingsAction
from journey_widget.ui.settings.choices import (
    auth_labels,
    language_labels,
    region_labels,
    source_labels,
    theme_labels,
)
from journey_widget.ui.settings.connection import ConnectionRows
from journey_widget.ui.settings.connection_test import ConnectionTest, Tester
from journey_widget.ui.settings.saving import SaveOnOk

__all__ = ["SettingsAction", "SettingsDialog"]

log = logging.getLogger(__name__)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(0, index))


class SettingsDialog(ConnectionRows, SaveOnOk, QDialog):
    """Edit ``settings``; on OK they are saved to ``settings_file`` and ``applied`` is emitted."""

    applied = Signal(object)  # Settings, after they were saved
    test_finished = Signal(bool, str)  # success, the sentence shown
    sign_out_requested = Signal()  # forget the saved back end's secret and offline copies

    def __init__(
        self,
        settings: Settings,
        settings_file: SettingsFile,
        secrets: SecretStore,
        *,
        tester: Tester | None = None,
        may_configure: bool | Callable[[], bool] = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        # SPEC E1 "configure": without it the data source and connection stay as set. A
        # callable is asked again on OK (a back end may say who the user is meanwhile).
        self._allowed = may_configure if callable(may_configure) else lambda: may_configure
        self._lock_note = QLabel(self)
        self._file = settings_file
        self._secrets = secrets
        self._connection_test = ConnectionTest(tester, self)
        self._saving: asyncio.Task[None] | None = None  # OK: the secret and the settings
        self._source = QComboBox(self)
        self._base_url = QLineEdit(self)
        self._url_problem = QLabel(self)
        self._auth = QComboBox(self)
        self._header = QLineEdit(self)
        self._secret = QLineEdit(self)
        self._token_url = QLineEdit(self)
        self._client_id = QLineEdit(self)
        self._keyring_note = QLabel(self)
        self._timeout = QDoubleSpinBox(self)
        self._cache = QCheckBox(self)
        self._test_button = QPushButton(self)
        self._sign_out_button = QPushButton(self)
        self._test_result = QLabel(self)
        self._region = QComboBox(self)
        self._language = QComboBox(self)
        self._theme = QComboBox(self)
        self._connection = QGroupBox(self)
        self._display = QGroupBox(self)
        self._calls = DialCommandField(self)  # the call-back command (issue 6)
        self._dial_command = self._calls.edit
        self._source_label = QLabel(self)
        self._form = QFormLayout()
        self._display_form = QFormLayout()
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build()
        self.retranslate_ui()
        self._load(settings)
        self._connect_signals()
        self.on_kind_changed()

    def _build(self) -> None:
        self.setModal(True)
        self.setMinimumWidth(340)
        for label in (self._url_problem, self._keyring_note, self._test_result, self._lock_note):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.hide()
        self._secret.setEchoMode(QLineEdit.EchoMode.Password)
        self._base_url.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self._token_url.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self._timeout.setRange(1.0, 120.0)
        self._timeout.setDecimals(0)
        self._timeout.setSingleStep(5.0)
        for form in (self._form, self._display_form):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.addRow(self._label_for(self._base_url), self._base_url)
        self._form.addRow(self._url_problem)
        self._form.addRow(self._label_for(self._auth), self._auth)
        self._form.addRow(self._label_for(self._header), self._header)
        self._form.addRow(self._label_for(self._token_url), self._token_url)
        self._form.addRow(self._label_for(self._client_id), self._client_id)
        self._form.addRow(self._label_for(self._secret), self._secret)
        self._form.addRow(self._keyring_note)
        self._form.addRow(self._label_for(self._timeout), self._timeout)
        self._form.addRow(self._cache)
        test_row = QHBoxLayout()
        test_row.addWidget(self._test_button)
        test_row.addWidget(self._sign_out_button)
        test_row.addStretch(1)
        # Sign-out forgets what the saved back end holds: only where one is saved.
        self._sign_out_button.setVisible(self._settings.source.kind is not DataSource.LOCAL)
        self._form.addRow(test_row)
        self._form.addRow(self._test_result)
        self._connection.setLayout(self._form)
        self._display_form.addRow(self._label_for(self._region), self._region)
        self._display_form.addRow(self._label_for(self._language), self._language)
        self._display_form.addRow(self._label_for(self._theme), self._theme)
        self._display.setLayout(self._display_form)
        self._source_label.setBuddy(self._source)

        top = QFormLayout()
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        top.addRow(self._source_label, self._source)
        top.addRow(self._lock_note)
        # Everything but the buttons scrolls when the screen is too short for it (a back end's
        # connection rows on a 768-px laptop); the dialog still asks for their whole height.
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(top)
        body_layout.addWidget(self._connection)
        body_layout.addWidget(self._display)
        body_layout.addWidget(self._calls)
        body_layout.addStretch(1)
        scrolled = ScrollingPage(body, self)
        scrolled.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take focus; it follows them
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled, 1)
        layout.addWidget(self._buttons)
        for code, label in region_labels():
            self._region.addItem(label, code)
        # The longest country name must not set the dialog's width: about 20 characters show.
        self._region.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._region.setMinimumContentsLength(20)
        self.setTabOrder(self._source, self._base_url)

    def on_sign_out_clicked(self) -> None:
        self._sign_out_button.setEnabled(False)
        self.sign_out_requested.emit()
        self._test_result.setText(
            self.tr("Signed out: the stored secret and the offline copies are gone.")
        )
        self._test_result.setVisible(True)

    @property
    def sign_out_button(self) -> QPushButton:
        return self._sign_out_button

    def _label_for(self, field: QWidget) -> QLabel:
        label = QLabel(self)
        label.setBuddy(field)  # Alt+letter reaches the field
        field.setProperty("form_label", label)
        return label

    def _connect_signals(self) -> None:
        self._source.currentIndexChanged.connect(self.on_kind_changed)
        self._auth.currentIndexChanged.connect(self.on_kind_changed)
        self._base_url.textEdited.connect(self.on_url_edited)
        self._test_button.clicked.connect(self.on_test_clicked)
        self._sign_out_button.clicked.connect(self.on_sign_out_clicked)
        self._connection_test.finished.connect(self.on_test_finished)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._fill(self._source, source_labels())
        self._fill(self._auth, auth_labels())
        self._fill(self._language, language_labels())
        self._fill(self._theme, theme_labels())
        self._source_label.setText(self.tr("&Data source:"))
        self._connection.setTitle(self.tr("Connection"))
        self._display.setTitle(self.tr("Display"))
        texts = {
            self._base_url: (self.tr("Base &URL:"), self.tr("Base URL of the back end")),
            self._auth: (self.tr("&Authentication:"), self.tr("Authentication")),
            self._header: (self.tr("API key &header:"), self.tr("API key header")),
            self._token_url: (self.tr("&Token URL:"), self.tr("OAuth2 token URL")),
            self._client_id: (self.tr("&Client ID:"), self.tr("OAuth2 client ID")),
            self._timeout: (self.tr("Request ti&meout:"), self.tr("Request timeout in seconds")),
            self._region: (self.tr("Default &region:"), self.tr("Default region for numbers")),
            self._language: (self.tr("&Language:"), self.tr("Language")),
            self._theme: (self.tr("Th&eme:"), self.tr("Theme")),
        }
        for field, (label, name) in texts.items():
            field.property("form_label").setText(label)
            field.setAccessibleName(name)
        self._source.setAccessibleName(self.tr("Data source"))
        descriptions = {
            self._source: self.tr(
                "Where journeys are read: this computer's store, Campaign Manager or Data Cloud."
                " Inbound calls need Data Cloud"
            ),
            self._auth: self.tr("How the widget signs in to the back end"),
            self._region: self.tr("The country assumed for numbers without a country code"),
            self._language: self.tr("The widget's language; System follows the computer's"),
            self._theme: self.tr("Light or dark colours; System follows the desktop's scheme"),
        }
        for combo, description in descriptions.items():
            combo.setAccessibleDescription(description)
        self._base_url.setPlaceholderText("https://crm.example.com/api")
        self._timeout.setSuffix(self.tr(" s"))
        self._cache.setText(self.tr("&Keep an offline copy"))
        self._cache.setAccessibleName(self.tr("Offline copy"))
        self._cache.setAccessibleDescription(
            self.tr("Shows a saved journey at once and while the back end is down")
        )
        self._test_button.setText(self.tr("Test c&onnection"))
        self._sign_out_button.setText(self.tr("S&ign out"))
        self._sign_out_button.setAccessibleName(self.tr("Sign out"))
        self._sign_out_button.setAccessibleDescription(
            self.tr("Forget the stored secret of the saved back end and empty the offline copies")
        )
        self._test_button.setAccessibleName(self.tr("Test connection"))
        self._test_button.setAccessibleDescription(
            self.tr("Asks the back end with the values entered here, without saving them")
        )
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._keyring_note.setText(no_keyring_sentence())
        self._update_secret_field()
        if not self._url_problem.isHidden():
            self._show_url_problem()
        self._show_lock()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    @staticmethod
    def _fill(combo: QComboBox, labels: dict) -> None:
        """(Re)label a combo's items, keeping the choice made."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, label in labels.items():
            combo.addItem(label, value)
        if chosen is not None:
            _select(combo, chosen)
        combo.blockSignals(False)

    def _load(self, settings: Settings) -> None:
        source = settings.source
        _select(self._source, source.kind)
        self._base_url.setText(source.base_url)
        _select(self._auth, source.auth)
        self._header.setText(source.api_key_header)
        self._token_url.setText(source.oauth_token_url)
        self._client_id.setText(source.oauth_client_id)
        self._timeout.setValue(source.timeout_seconds)
        self._cache.setChecked(source.cache_enabled)
        _select(self._region, settings.display.region)
        _select(self._language, settings.display.language)
        _select(self._theme, settings.display.theme)
        self._calls.set_text(settings.calls.dial_command)

    # --- what the composition root and tests use ------------------------------------------

    def chosen(self) -> Settings:
        """The settings as entered (not yet validated or saved); a locked source as it was."""
        source = replace(
            self._settings.source,
            kind=DataSource(self._source.currentData()),
            base_url=self._base_url.text().strip(),
            auth=AuthKind(self._auth.currentData()),
            api_key_header=self._header.text().strip() or "X-API-Key",
            oauth_token_url=self._token_url.text().strip(),
            oauth_client_id=self._client_id.text().strip(),
            timeout_seconds=float(self._timeout.value()),
            cache_enabled=self._cache.isChecked(),
        )
        if not self._allowed():
            source = self._settings.source  # what the widgets say does not count
        display = replace(
            self._settings.display,
            region=str(self._region.currentData() or self._settings.display.region),
            language=str(self._language.currentData() or ""),
            theme=Theme(self._theme.currentData()),
        )
        calls = replace(self._settings.calls, dial_command=self._calls.text())
        return replace(self._settings, source=source, display=display, calls=calls)

    def typed_secret(self) -> str | None:
        return self._secret.text() or None

    @property
    def test_task(self) -> asyncio.Task[None] | None:
        return self._connection_test.task

    def field(self, name: str) -> QWidget:
        """A control by name, for tests: "source", "base_url", "auth", "secret", ..."""
        return getattr(self, f"_{name}")

    def is_shown(self, name: str) -> bool:
        """Whether a control's row is shown (irrelevant ones are hidden)."""
        return self.field(name).isVisibleTo(self)

    # --- slots (the connection rows' are in ConnectionRows) -------------------------------

    def accept(self) -> None:
        """Validate; then store the secret and save the settings on a worker; then apply."""
        if self._saving is not None:
            return  # OK again while the last one is being saved
        chosen = self.chosen()
        remote = chosen.source.kind is not DataSource.LOCAL
        if remote and not self._show_url_problem():
            self._base_url.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self._calls.is_valid():  # its sentence is already under the field
            self._dial_command.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        allowed = self._allowed()
        if not allowed and self._lock_note.isHidden():
            self._show_lock()  # the back end said so only now: look again, then OK
            return
        secret = self.typed_secret() if allowed else None
        stores = remote and secret is not None and needs_secret(chosen.source.auth)
        self._start_saving(chosen, allowed, secret if stores else None)  # saving.py

    def reject(self) -> None:
        if self._saving is not None:
            return  # the settings are being saved: OK's outcome comes first
        super().reject()

    def done(self, result: int) -> None:
        self._cancel_keyring_tasks()
        super().done(result)
