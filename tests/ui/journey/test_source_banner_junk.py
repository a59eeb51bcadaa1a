"""A junk answer with a saved copy on screen (issue 16.5), in the window against a real Data
Cloud on 127.0.0.1: the saved journey stays and the banner says, in the user's language, that
the back end's answer could not be read; it does not claim the back end is offline."""

from __future__ import annotations

import pytest

from journey_widget import i18n
from journey_widget.service.access import Access
from journey_widget.service.lookup import FailureReason, JourneyService
from journey_widget.settings import AuthKind
from journey_widget.sources.cache import CachingSource, JourneyCache
from journey_widget.sources.remote.auth import AuthConfig
from journey_widget.sources.remote.data_cloud import DataCloudSource
from journey_widget.sources.remote.http_client import HttpClient
from journey_widget.ui.common.source_errors import failure_text
from journey_widget.ui.journey.source_banner import SourceBannerState
from journey_widget.ui.shell.main_window import MainWindow, ViewState
from journeys import sample_records
from sources.contract_servers import DATA_CLOUD, journeys_of, serve
from users import full_access

WAIT_MS = 10_000
RAYMOND = "+4915112345678"  # C1 in tests/journeys.sample_records()


@pytest.fixture
def window_on_data_cloud(qtbot, qloop, tmp_path):
    with serve(DATA_CLOUD, journeys_of(sample_records())) as server:
        client = HttpClient(server.url, AuthConfig(AuthKind.NONE), retries=0)
        source = CachingSource(DataCloudSource(client), JourneyCache(tmp_path / "cache"))
        access: Access = full_access()
        window = MainWindow(JourneyService(source, access=access))
        qtbot.addWidget(window)
        window.show()
        yield window, server


@pytest.mark.parametrize(
    "junk",
    ["<html><body><form>Sign in</form></body></html>", '{"id": "C1", "identifiers": [{"ty'],
    ids=["sign-in-page", "truncated-json"],
)
def test_a_junk_answer_keeps_the_saved_copy_and_says_why(qtbot, qapp, window_on_data_cloud, junk):
    window, server = window_on_data_cloud
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.lookup(RAYMOND)
    server.fail_next(200, junk, headers={"Content-Type": "text/html"})
    task = window.lookup(RAYMOND)
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    banner = window.source_banner
    assert window.state is ViewState.JOURNEY
    assert window.header.name_text() == "Raymond Müller"
    assert banner.state is SourceBannerState.OFFLINE and not banner.isHidden()
    assert banner.reason_text() == failure_text(FailureReason.MALFORMED).title
    assert banner.status_text() == "Saved copy"  # the back end answered: it is not offline
    assert not banner.retry_button().isHidden()
    try:
        i18n.switch_language(qapp, "de")
        assert banner.status_text() == "Gespeicherte Kopie"
        assert (
            banner.reason_text()
            == "Das Backend hat Daten gesendet, die das Widget nicht lesen kann."
        )
    finally:
        i18n.switch_language(qapp, "en")
