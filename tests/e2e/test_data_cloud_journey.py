"""Journey 2, the agent on Data Cloud: settings point at the Data Cloud contract server with an
API key in the keyring; a call pops; the journey comes from the server and lands in the offline
cache; the server goes down; the next pop of the same caller shows the cached journey with the
offline banner and Retry; the server comes back with news; Retry shows the fresh data. And with
Campaign Manager an inbound call says Data Cloud is needed, asking the back end nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from e2e.conftest import WAIT_MS, MemoryKeyring
from journey_widget.app.session import GuiOptions
from journey_widget.model import DataSource
from journey_widget.paths import cache_dir
from journey_widget.secrets import SecretStore
from journey_widget.settings import AuthKind, Settings, SourceSettings
from journey_widget.sources.remote.auth import AuthConfig
from journey_widget.ui.journey.source_banner import SourceBannerState
from journey_widget.ui.shell.main_window import ViewState
from journeys import sample_records
from sources.contract_servers import CAMPAIGN_MANAGER, DATA_CLOUD, journeys_of, serve

KEY = "e2e-api-key"
RAYMOND = "+4915112345678"  # C1 of tests/journeys.sample_records()


def remote_settings(kind: DataSource, url: str) -> tuple[Settings, SecretStore]:
    secrets = SecretStore(MemoryKeyring(), environ={})
    source = SourceSettings(kind=kind, base_url=url, auth=AuthKind.API_KEY)
    secrets.set(source.kind, source.auth, KEY)  # through the keyring API, as the dialog does
    return Settings(source=source), secrets


def pop(session, direction: str = "outbound") -> None:
    session.hub.deliver_fields({"number": RAYMOND, "direction": direction}, source="command")


def cached_files() -> list[str]:
    folder = cache_dir()
    return sorted(p.name for p in folder.rglob("*.jsonl")) if folder.exists() else []


def test_data_cloud_outage_cache_and_retry(qtbot, session_for) -> None:
    journeys = journeys_of(sample_records())
    with serve(DATA_CLOUD, journeys, auth=AuthConfig(AuthKind.API_KEY, KEY)) as server:
        settings, secrets = remote_settings(DataSource.DATA_CLOUD, server.url)
        session = session_for(GuiOptions(), settings=settings, secrets=secrets)
        window = session.window
        assert window.service is not None, window.state_panel.detail()
        assert cached_files() == []

        # The pop: the journey comes from the server and lands in the offline cache.
        with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
            pop(session)
        assert shown.args[0].customer.id == "C1"
        assert any(path.endswith("/v1/profiles/lookup") for path, _query in server.requests)
        qtbot.waitUntil(lambda: len(cached_files()) == 1, timeout=WAIT_MS)
        first_ids = {i.id for i in shown.args[0].interactions}

        # The server goes down (really: nothing listens on its port any more).
        port = server.server.port
        server.stop()
        task = None
        with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS) as shown:
            pop(session)
            task = session.calls.lookup_task
        assert task is not None
        banner = window.source_banner
        qtbot.waitUntil(
            lambda: task.done() and banner.state is SourceBannerState.OFFLINE, timeout=WAIT_MS
        )
        assert window.state is ViewState.JOURNEY
        assert {i.id for i in shown.args[0].interactions} == first_ids
        assert banner.state is SourceBannerState.OFFLINE
        assert banner.isVisible()
        assert banner.retry_button().isVisible() and banner.retry_button().isEnabled()

        # The server comes back, on the same address, with a new interaction for the caller.
        held = journeys[0]
        newest = max(held.interactions, key=lambda i: i.started_at)
        news = replace(
            newest,
            id="E2E-NEW",
            started_at=datetime.now(UTC) - timedelta(minutes=5),
            ended_at=datetime.now(UTC) - timedelta(minutes=1),
        )
        server.journeys[0] = replace(held, interactions=(*held.interactions, news))
        server.server.port = port
        server.start()
        fresh: list[set[str]] = []
        window.journey_shown.connect(lambda j: fresh.append({i.id for i in j.interactions}))
        banner.retry_button().click()
        qtbot.waitUntil(lambda: any("E2E-NEW" in ids for ids in fresh), timeout=WAIT_MS)
        qtbot.waitUntil(banner.isHidden, timeout=WAIT_MS)
        assert "E2E-NEW" in {i.id for i in window.journey_page.shown}
        assert window.state is ViewState.JOURNEY


def test_campaign_manager_inbound_call_needs_data_cloud(qtbot, session_for) -> None:
    journeys = journeys_of(sample_records())
    with serve(CAMPAIGN_MANAGER, journeys, auth=AuthConfig(AuthKind.API_KEY, KEY)) as server:
        settings, secrets = remote_settings(DataSource.CAMPAIGN_MANAGER, server.url)
        session = session_for(GuiOptions(), settings=settings, secrets=secrets)
        asked = len(server.requests)
        with qtbot.waitSignal(session.window.error_shown, timeout=WAIT_MS) as shown:
            pop(session, direction="inbound")
        assert "Data Cloud" in shown.args[0]
        assert session.window.state is ViewState.ERROR
        assert len(server.requests) == asked
