"""The whole widget against real back ends: a Session configured for Campaign Manager or Data
Cloud (settings + keyring -> factory -> cache -> service -> window) pops calls served by the
contract servers on 127.0.0.1, and says every failure an agent can meet in a sentence."""

from __future__ import annotations

import asyncio
import socket
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from keyring.backends import fail

from journey_widget.app.session import GuiOptions, Session
from journey_widget.model import DataSource
from journey_widget.model.filters import period_start
from journey_widget.secrets import SecretStore
from journey_widget.service.lookup import FailureReason
from journey_widget.settings import AuthKind, Settings, SettingsFile, SourceSettings
from journey_widget.sources.remote.auth import AuthConfig
from journey_widget.ui.common.source_errors import failure_text, missing_secret_text
from journey_widget.ui.journey.source_banner import SourceBannerState
from journey_widget.ui.shell.main_window import ViewState
from journeys import sample_records
from memory_keyring import MemoryKeyring
from sources.contract_servers import (
    CAMPAIGN_MANAGER,
    DATA_CLOUD,
    error_body,
    expected_journey,
    journeys_of,
    serve,
)

WAIT_MS = 15_000
RAYMOND = "+4915112345678"  # C1 in tests/journeys.sample_records()
KEY = "s3cret-key"
KINDS = {CAMPAIGN_MANAGER: DataSource.CAMPAIGN_MANAGER, DATA_CLOUD: DataSource.DATA_CLOUD}


@pytest.fixture(params=[DATA_CLOUD, CAMPAIGN_MANAGER])
def server(request):
    with serve(
        request.param, journeys_of(sample_records()), auth=AuthConfig(AuthKind.API_KEY, KEY)
    ) as running:
        yield running


@pytest.fixture
def data_cloud():
    with serve(
        DATA_CLOUD, journeys_of(sample_records()), auth=AuthConfig(AuthKind.API_KEY, KEY)
    ) as running:
        yield running


def settings_for(backend: str, url: str, **changes) -> SourceSettings:
    source = SourceSettings(kind=KINDS[backend], base_url=url, auth=AuthKind.API_KEY)
    return replace(source, **changes)


@pytest.fixture
def session_for(qtbot, qloop, qapp, tmp_path: Path):
    sessions: list[Session] = []

    def build(
        source: SourceSettings, *, secret: str | None = KEY, secrets: SecretStore | None = None
    ) -> Session:
        secrets = secrets or SecretStore(MemoryKeyring(), environ={})
        if secret is not None:
            secrets.set(source.kind, source.auth, secret)
        settings = Settings(source=source)
        file = SettingsFile(tmp_path / "settings.json")
        file.save(settings)
        session = Session(
            qapp, GuiOptions(), settings_file=file, settings=settings, secrets=secrets
        )
        sessions.append(session)
        qtbot.addWidget(session.window)
        session.window.show()
        session.start()
        window = session.window
        qtbot.waitUntil(
            lambda: window.service is not None or window.state is ViewState.ERROR,
            timeout=WAIT_MS,
        )
        return session

    yield build
    for session in sessions:
        closing = asyncio.ensure_future(session.aclose())
        qtbot.waitUntil(closing.done, timeout=WAIT_MS)


def pop(session: Session, number: str = RAYMOND, direction: str = "outbound") -> None:
    session.hub.deliver_fields({"number": number, "direction": direction}, source="command")


def pop_and_wait(qtbot, session: Session, **call) -> None:
    """Pop a call and wait until the window's lookup for it is over."""
    pop(session, **call)
    task = session.calls.lookup_task
    assert task is not None
    # The window shows the answer from the task's done callback, which runs on a later turn
    # of the loop than task.done() turns true. Callbacks run in the order they were added, so
    # once this one has run, the window's has too.
    settled: list[bool] = []
    task.add_done_callback(lambda _task: settled.append(True))
    qtbot.waitUntil(lambda: bool(settled), timeout=WAIT_MS)


def assert_sentence(session: Session, reason: FailureReason) -> None:
    window = session.window
    text = failure_text(reason)
    assert window.state is ViewState.ERROR
    assert (window.state_panel.title(), window.state_panel.detail()) == (text.title, text.sentence)
    assert window.state_panel.retry_button().isVisible()


# --- the pop, against each back end ----------------------------------------------------------


def test_an_outbound_call_pops_the_journey(qtbot, server, session_for) -> None:
    session = session_for(settings_for(server.backend, server.url))
    with qtbot.waitSignal(session.window.journey_shown, timeout=WAIT_MS) as shown:
        pop(session)
    journey = shown.args[0]
    assert journey.customer.id == "C1"
    held = journeys_of(sample_records())[0]
    expected = expected_journey(server.backend, held, period_start(12, datetime.now(UTC)))
    assert [i.id for i in journey.newest_first()] == [i.id for i in expected.newest_first()]
    assert session.window.header.name_text() == "Raymond Müller"
    assert session.window.source_banner.isHidden()


def test_inbound_calls_with_campaign_manager_say_they_need_data_cloud(
    qtbot, server, session_for
) -> None:
    session = session_for(settings_for(server.backend, server.url))
    requests = len(server.requests)
    if server.backend == CAMPAIGN_MANAGER:
        with qtbot.waitSignal(session.window.error_shown, timeout=WAIT_MS) as shown:
            pop(session, direction="inbound")
        assert "Inbound calls need Data Cloud" in shown.args[0]
        assert session.window.state is ViewState.ERROR
        assert len(server.requests) == requests  # not an empty journey: nothing was asked
    else:
        with qtbot.waitSignal(session.window.journey_shown, timeout=WAIT_MS) as shown:
            pop(session, direction="inbound")
        assert shown.args[0].customer.id == "C1"


def test_an_unknown_number_is_no_history_not_an_error(qtbot, server, session_for) -> None:
    session = session_for(settings_for(server.backend, server.url))
    with qtbot.waitSignal(session.window.no_history_shown, timeout=WAIT_MS):
        pop(session, number="+49 30 9999999")
    assert session.window.state is ViewState.NO_HISTORY


def test_the_next_pop_shows_the_cached_copy_and_an_outage_keeps_it(
    qtbot, server, session_for
) -> None:
    session = session_for(settings_for(server.backend, server.url))
    window = session.window
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        pop(session)
    seen: list[tuple[str, SourceBannerState]] = []
    window.journey_shown.connect(
        lambda journey: seen.append((journey.customer.id, window.source_banner.state))
    )
    pop_and_wait(qtbot, session)  # the saved copy at once, then the fresh journey
    assert seen == [("C1", SourceBannerState.CACHED), ("C1", SourceBannerState.HIDDEN)]
    assert window.source_banner.isHidden()

    # One GET and its three retries (HttpClient's default) all meet a 503: the back end is down.
    server.fail_next(503, error_body("unavailable", "down"), times=4)
    pop_and_wait(qtbot, session)
    assert window.state is ViewState.JOURNEY
    assert window.header.name_text() == "Raymond Müller"
    assert window.source_banner.state is SourceBannerState.OFFLINE
    assert window.source_banner.reason_text() == failure_text(FailureReason.SERVER).title

    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.source_banner.retry_button().click()
    qtbot.waitUntil(lambda: window.source_banner.isHidden(), timeout=WAIT_MS)


def test_the_cache_switched_off_is_not_used(qtbot, data_cloud, session_for) -> None:
    session = session_for(settings_for(DATA_CLOUD, data_cloud.url, cache_enabled=False))
    with qtbot.waitSignal(session.window.journey_shown, timeout=WAIT_MS):
        pop(session)
    data_cloud.fail_next(503, error_body("unavailable", "down"), times=20)
    pop_and_wait(qtbot, session)
    assert_sentence(session, FailureReason.SERVER)


# --- every failure an agent can meet, in the window ------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_connection_refused(qtbot, session_for) -> None:
    url = f"http://127.0.0.1:{free_port()}/api/"
    session = session_for(settings_for(DATA_CLOUD, url))
    pop_and_wait(qtbot, session)
    assert_sentence(session, FailureReason.UNREACHABLE)


def test_a_host_that_does_not_exist(qtbot, session_for) -> None:
    # .invalid never resolves (RFC 2606): the resolver answers at once, no network needed.
    session = session_for(settings_for(DATA_CLOUD, "http://no-such-host.invalid/api/"))
    pop_and_wait(qtbot, session)
    assert_sentence(session, FailureReason.UNREACHABLE)


def test_timeout(qtbot, data_cloud, session_for) -> None:
    session = session_for(settings_for(DATA_CLOUD, data_cloud.url, timeout_seconds=1.0))
    data_cloud.stall_next()
    try:
        pop_and_wait(qtbot, session)
    finally:
        data_cloud.release()
    assert_sentence(session, FailureReason.TIMEOUT)


def test_wrong_credentials_401(qtbot, data_cloud, session_for) -> None:
    session = session_for(settings_for(DATA_CLOUD, data_cloud.url), secret="wrong")
    pop_and_wait(qtbot, session)
    assert_sentence(session, FailureReason.UNAUTHORIZED)


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (403, error_body("forbidden", "no"), FailureReason.FORBIDDEN),
        (500, error_body("internal", "boom"), FailureReason.SERVER),
        (200, "<html>not json</html>", FailureReason.MALFORMED),
        (200, {"id": 5, "name": ["not", "a", "name"], "identifiers": "x"}, FailureReason.MALFORMED),
        (200, {}, FailureReason.MALFORMED),
    ],
    ids=["403", "5xx", "malformed-json", "wrong-types", "missing-fields"],
)
def test_what_the_back_end_answers(qtbot, data_cloud, session_for, status, body, reason) -> None:
    session = session_for(settings_for(DATA_CLOUD, data_cloud.url))
    data_cloud.fail_next(status, body, times=10)
    pop_and_wait(qtbot, session)
    assert_sentence(session, reason)
    assert "Traceback" not in session.window.state_panel.detail()


def test_an_answer_too_large(qtbot, data_cloud, session_for) -> None:
    session = session_for(settings_for(DATA_CLOUD, data_cloud.url))
    data_cloud.fail_next(200, b'{"pad": "' + b"x" * (20 * 1024 * 1024) + b'"}')
    pop_and_wait(qtbot, session)
    assert_sentence(session, FailureReason.TOO_LARGE)


def test_no_secret_configured(qtbot, data_cloud, session_for) -> None:
    session = session_for(settings_for(DATA_CLOUD, data_cloud.url), secret=None)
    text = missing_secret_text(True)
    assert session.window.state is ViewState.ERROR
    assert session.window.state_panel.title() == text.title
    assert session.window.state_panel.detail() == text.sentence


def test_no_keyring_names_the_environment_variable(qtbot, data_cloud, session_for) -> None:
    secrets = SecretStore(fail.Keyring(), environ={})
    session = session_for(settings_for(DATA_CLOUD, data_cloud.url), secret=None, secrets=secrets)
    assert "JOURNEY_WIDGET_SECRET" in session.window.state_panel.detail()


def test_the_environment_variable_supplies_the_secret(qtbot, data_cloud, session_for) -> None:
    secrets = SecretStore(fail.Keyring(), environ={"JOURNEY_WIDGET_SECRET": KEY})
    session = session_for(settings_for(DATA_CLOUD, data_cloud.url), secret=None, secrets=secrets)
    with qtbot.waitSignal(session.window.journey_shown, timeout=WAIT_MS):
        pop(session)


# --- settings applied without a restart ------------------------------------------------------


def test_applying_settings_reconnects_to_the_other_back_end(qtbot, data_cloud, session_for) -> None:
    with serve(
        CAMPAIGN_MANAGER, journeys_of(sample_records()), auth=AuthConfig(AuthKind.API_KEY, KEY)
    ) as campaign_manager:
        session = session_for(settings_for(CAMPAIGN_MANAGER, campaign_manager.url))
        with qtbot.waitSignal(session.window.error_shown, timeout=WAIT_MS):
            pop(session, direction="inbound")  # A2 with Campaign Manager
        dialog = session.open_settings()
        dialog.field("source").setCurrentIndex(
            dialog.field("source").findData(DataSource.DATA_CLOUD)
        )
        dialog.field("base_url").setText(data_cloud.url)
        dialog.field("secret").setText(KEY)
        old_service = session.window.service
        dialog.accept()
        qtbot.waitUntil(lambda: session.window.service not in (None, old_service), timeout=WAIT_MS)
        assert SettingsFile(session._settings_file.path).load().source.kind is DataSource.DATA_CLOUD
        with qtbot.waitSignal(session.window.journey_shown, timeout=WAIT_MS):
            pop(session, direction="inbound")  # Data Cloud has inbound history
        assert data_cloud.requests


def test_the_window_tests_a_connection_with_what_was_typed(qtbot, data_cloud, session_for) -> None:
    session = session_for(settings_for(DATA_CLOUD, data_cloud.url))
    dialog = session.open_settings()
    dialog.field("secret").setText("typed-but-wrong")
    with qtbot.waitSignal(dialog.test_finished, timeout=WAIT_MS) as finished:
        dialog.field("test_button").click()
    assert finished.args[0] is False
    assert finished.args[1].startswith(failure_text(FailureReason.UNAUTHORIZED).title)
    dialog.field("secret").clear()  # the stored key
    with qtbot.waitSignal(dialog.test_finished, timeout=WAIT_MS) as finished:
        dialog.field("test_button").click()
    assert finished.args == [True, "Connected: the back end answered."]
    assert session.open_settings() is dialog  # one dialog at a time
    dialog.reject()


def test_sign_out_forgets_the_secret_and_the_offline_copies(qtbot, data_cloud, session_for):
    """Settings → Sign out: the keyring entry and every cached journey are gone, and the
    window asks for a secret instead of showing what the back end sent before (issue 4.6)."""
    from journey_widget.sources.cache_folder import journey_cache_folder

    secrets = SecretStore(MemoryKeyring(), environ={})
    session = session_for(settings_for(DATA_CLOUD, data_cloud.url), secrets=secrets)
    with qtbot.waitSignal(session.window.journey_shown, timeout=WAIT_MS):
        pop(session)
    cached = [path for path in journey_cache_folder().rglob("*") if path.is_file()]
    assert cached  # the journey was kept for offline use
    dialog = session.open_settings()
    assert dialog.sign_out_button.isVisible()
    with qtbot.waitSignal(session.window.error_shown, timeout=WAIT_MS):
        dialog.sign_out_button.click()
    assert secrets.get(DataSource.DATA_CLOUD, AuthKind.API_KEY) is None
    assert not [path for path in journey_cache_folder().rglob("*") if path.is_file()]
    text = missing_secret_text(True)
    assert session.window.state_panel.title() == text.title
    from PySide6.QtWidgets import QLabel

    said = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert any(text.startswith("Signed out") for text in said)
    assert not dialog.sign_out_button.isEnabled()


def test_sign_out_is_not_offered_for_the_local_store(qtbot, qloop, qapp, tmp_path):
    from journey_widget.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(
        Settings(), SettingsFile(tmp_path / "s.json"), SecretStore(MemoryKeyring(), environ={})
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sign_out_button.isVisible()
