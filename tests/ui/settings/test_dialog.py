"""The settings dialog: validation, fields per kind, secrets to the keyring, Test connection."""

from __future__ import annotations

import asyncio
import json
from importlib import resources
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from journey_widget.app.wiring import build_remote
from journey_widget.model import DataSource
from journey_widget.secrets import SECRET_ENV_VAR, SecretStore
from journey_widget.service.lookup import FailureReason, SourceError
from journey_widget.settings import AuthKind, Settings, SettingsFile, SourceSettings, Theme
from journey_widget.sources.remote.auth import AuthConfig
from journey_widget.ui.common.source_errors import failure_text
from journey_widget.ui.settings.dialog import SettingsAction, SettingsDialog
from memory_keyring import MemoryKeyring
from sources.contract_servers import serve_data_cloud

WAIT_MS = 10_000


DATA_CLOUD = Settings(
    source=SourceSettings(
        kind=DataSource.DATA_CLOUD, base_url="https://dc.example.com/api", auth=AuthKind.API_KEY
    )
)


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def make_dialog(qtbot, qloop, tmp_path: Path, keyring_backend: MemoryKeyring):
    def make(settings: Settings = DATA_CLOUD, *, secrets: SecretStore | None = None, tester=None):
        dialog = SettingsDialog(
            settings,
            SettingsFile(tmp_path / "settings.json"),
            secrets or SecretStore(keyring_backend, environ={}),
            tester=tester,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def pick(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("", "Enter the back end's base URL."),
        ("ftp://files.example.com", "https:// or http://"),
        ("crm.example.com", "https:// or http://"),
        ("https://", "https:// or http://"),
        ("https://user:pw@crm.example.com/api", "user name or password"),
    ],
)
def test_a_bad_base_url_is_refused_with_a_sentence(
    qtbot, make_dialog, tmp_path: Path, url: str, words: str
) -> None:
    dialog = make_dialog()
    type_into(qtbot, dialog.field("base_url"), url)
    dialog.accept()
    assert dialog.isVisible()  # not accepted
    problem = dialog.field("url_problem")
    assert problem.isVisibleTo(dialog) and words in problem.text()
    assert not (tmp_path / "settings.json").exists()
    type_into(qtbot, dialog.field("base_url"), "http://127.0.0.1:8080/api")
    assert not problem.isVisibleTo(dialog)  # corrected while typing


def test_fields_irrelevant_to_the_kind_are_hidden(make_dialog) -> None:
    dialog = make_dialog(Settings())
    assert not dialog.is_shown("connection")
    pick(dialog.field("source"), DataSource.CAMPAIGN_MANAGER)
    assert dialog.is_shown("base_url")
    expected = {
        AuthKind.NONE: set(),
        AuthKind.API_KEY: {"header", "secret"},
        AuthKind.BEARER: {"secret"},
        AuthKind.OAUTH2: {"token_url", "client_id", "secret"},
    }
    for auth, shown in expected.items():
        pick(dialog.field("auth"), auth)
        visible = {n for n in ("header", "token_url", "client_id", "secret") if dialog.is_shown(n)}
        assert visible == shown, auth
    labels = {AuthKind.API_KEY: "API key:", AuthKind.BEARER: "Token:"}
    for auth, label in labels.items():
        pick(dialog.field("auth"), auth)
        assert dialog.field("secret").property("form_label").text() == label


def test_ok_saves_the_settings_and_the_secret_goes_to_the_keyring_only(
    qtbot, make_dialog, tmp_path: Path, keyring_backend: MemoryKeyring
) -> None:
    dialog = make_dialog(Settings())
    applied: list[Settings] = []
    dialog.applied.connect(applied.append)
    pick(dialog.field("source"), DataSource.DATA_CLOUD)
    type_into(qtbot, dialog.field("base_url"), "https://dc.example.com/api")
    pick(dialog.field("auth"), AuthKind.OAUTH2)
    type_into(qtbot, dialog.field("token_url"), "https://login.example.com/token")
    type_into(qtbot, dialog.field("client_id"), "widget")
    type_into(qtbot, dialog.field("secret"), "S3CRET-value")
    dialog.field("cache").setChecked(False)
    dialog.field("timeout").setValue(25)
    pick(dialog.field("region"), "ID")
    pick(dialog.field("theme"), Theme.DARK)
    with qtbot.waitSignal(dialog.applied, timeout=WAIT_MS):
        dialog.accept()  # the keyring and the file are written on workers
    assert not dialog.isVisible()
    (saved,) = applied
    assert saved.source.kind is DataSource.DATA_CLOUD
    assert saved.source.oauth_client_id == "widget" and not saved.source.cache_enabled
    assert saved.source.timeout_seconds == 25.0
    assert (saved.display.region, saved.display.theme) == ("ID", Theme.DARK)
    text = (tmp_path / "settings.json").read_text()
    assert "S3CRET-value" not in text
    assert json.loads(text)["source"]["oauth_token_url"] == "https://login.example.com/token"
    assert SettingsFile(tmp_path / "settings.json").load() == saved
    assert keyring_backend.entries == {("journey-widget", "data_cloud/oauth2"): "S3CRET-value"}


def test_without_a_keyring_the_dialog_says_so_and_refuses_to_save_a_secret(
    qtbot, make_dialog, tmp_path: Path
) -> None:
    dialog = make_dialog(secrets=SecretStore(fail.Keyring(), environ={}))
    note = dialog.field("keyring_note")
    qtbot.waitUntil(lambda: note.isVisibleTo(dialog), timeout=WAIT_MS)  # the keyring answered
    assert SECRET_ENV_VAR in note.text()
    type_into(qtbot, dialog.field("secret"), "typed")
    result = dialog.field("test_result")
    with qtbot.assertNotEmitted(dialog.applied):
        dialog.accept()
        qtbot.waitUntil(lambda: SECRET_ENV_VAR in result.text(), timeout=WAIT_MS)
    assert dialog.isVisible()
    assert not (tmp_path / "settings.json").exists()  # nothing saved when the secret was not
    dialog.field("secret").clear()  # the environment variable will supply it
    with qtbot.waitSignal(dialog.applied, timeout=WAIT_MS):
        dialog.accept()
    assert not dialog.isVisible()
    assert (tmp_path / "settings.json").exists()


def test_test_connection_without_any_secret_says_so(qtbot, make_dialog) -> None:
    dialog = make_dialog(tester=lambda *_: pytest.fail("must not be called"))
    with qtbot.waitSignal(dialog.test_finished, timeout=WAIT_MS):  # the keyring, on a worker
        dialog.field("test_button").click()
    assert "No secret is configured." in dialog.field("test_result").text()


def test_test_connection_never_freezes_and_closing_cancels_it(qtbot, make_dialog) -> None:
    gate = asyncio.Event()
    seen: list[tuple[SourceSettings, str | None]] = []

    async def slow(settings: SourceSettings, secret: str | None) -> None:
        seen.append((settings, secret))
        await gate.wait()

    dialog = make_dialog(tester=slow)
    type_into(qtbot, dialog.field("secret"), "typed-key")
    dialog.field("test_button").click()
    result = dialog.field("test_result")
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert result.text() == "Testing the connection…"
    assert seen[0][0].base_url == "https://dc.example.com/api" and seen[0][1] == "typed-key"
    qtbot.keyClicks(dialog.field("client_id"), "still typing")  # the dialog answers meanwhile
    assert dialog.field("client_id").text() == "still typing"
    task = dialog.test_task
    assert task is not None and not task.done()
    dialog.reject()
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    assert task.cancelled()


@pytest.mark.parametrize(
    ("error", "ok"),
    [
        (None, True),
        (SourceError("401", FailureReason.UNAUTHORIZED), False),
        (SourceError("refused", FailureReason.UNREACHABLE), False),
        (RuntimeError("bug"), False),
    ],
)
def test_test_connection_shows_a_clear_result(qtbot, make_dialog, error, ok) -> None:
    async def tester(settings, secret) -> None:
        if error is not None:
            raise error

    dialog = make_dialog(tester=tester)
    type_into(qtbot, dialog.field("secret"), "k")
    with qtbot.waitSignal(dialog.test_finished, timeout=WAIT_MS) as finished:
        dialog.field("test_button").click()
    assert finished.args[0] is ok
    text = finished.args[1]
    if ok:
        assert text == "Connected: the back end answered."
    else:
        reason = error.reason if isinstance(error, SourceError) else FailureReason.OTHER
        assert text.startswith(failure_text(reason).title)
    assert "Traceback" not in text and "bug" not in text


def real_tester(secrets: SecretStore):
    """What the app's Session.test_connection does: build the source, check(), close."""

    async def tester(settings: SourceSettings, secret: str | None) -> None:
        source = await asyncio.to_thread(build_remote, settings, secrets, secret=secret)
        try:
            await source.check()  # type: ignore[attr-defined]
        finally:
            await source.aclose()

    return tester


def test_test_connection_against_a_real_server(qtbot, make_dialog, keyring_backend) -> None:
    secrets = SecretStore(keyring_backend, environ={})
    with serve_data_cloud(auth=AuthConfig(AuthKind.API_KEY, "right-key")) as server:
        settings = Settings(
            source=SourceSettings(
                kind=DataSource.DATA_CLOUD, base_url=server.url, auth=AuthKind.API_KEY
            )
        )
        dialog = make_dialog(settings, secrets=secrets, tester=real_tester(secrets))
        type_into(qtbot, dialog.field("secret"), "wrong-key")
        with qtbot.waitSignal(dialog.test_finished, timeout=WAIT_MS) as finished:
            dialog.field("test_button").click()
        assert finished.args == [
            False,
            " ".join(
                [
                    failure_text(FailureReason.UNAUTHORIZED).title,
                    failure_text(FailureReason.UNAUTHORIZED).sentence,
                ]
            ),
        ]
        type_into(qtbot, dialog.field("secret"), "right-key")
        with qtbot.waitSignal(dialog.test_finished, timeout=WAIT_MS) as finished:
            dialog.field("test_button").click()
        assert finished.args[0] is True


def test_every_control_has_a_name_and_the_keyboard_reaches_it(make_dialog) -> None:
    dialog = make_dialog()
    pick(dialog.field("auth"), AuthKind.OAUTH2)
    names = ["source", "base_url", "auth", "token_url", "client_id", "secret", "timeout"]
    names += ["cache", "test_button", "region", "language", "theme"]
    for name in names:
        assert dialog.field(name).accessibleName(), name
    reached = set()
    widget = dialog.field("source")
    widget.setFocus()
    for _ in range(40):
        reached.add(widget)
        widget = widget.nextInFocusChain()
    for name in names:
        assert dialog.field(name) in reached, name


def test_the_dialog_and_its_menu_action_retranslate_themselves(qtbot, make_dialog) -> None:
    dialog = make_dialog()
    window = QWidget()
    qtbot.addWidget(window)
    action = SettingsAction(window)
    assert action.text() == "&Settings…"
    assert dialog.windowTitle() == "Settings"
    catalogue = resources.files("journey_widget") / "translations" / "journey_widget_de.qm"
    data = catalogue.read_bytes()
    german = QTranslator()
    assert german.load(data)
    QCoreApplication.installTranslator(german)  # Qt posts LanguageChange to every widget
    try:
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Einstellungen", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: action.text() == "&Einstellungen…", timeout=WAIT_MS)
        assert dialog.field("source").currentData() == DataSource.DATA_CLOUD  # choice kept
        assert dialog.field("cache").text() == "Offline-&Kopie behalten"
    finally:
        QCoreApplication.removeTranslator(german)
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: action.text() == "&Settings…", timeout=WAIT_MS)
    assert dialog.field("test_button").text() == "Test c&onnection"
