"""`journey-widget lookup QUERY --source ...`: the same lookup against a back end, built by the
source factory with the keyring / JOURNEY_WIDGET_SECRET secret, tried against the contract
servers on 127.0.0.1. A missing base URL or secret is one sentence and exit 2."""

from __future__ import annotations

import json

import keyring
import pytest
from keyring.backends import fail

from journey_widget.cli.main import main
from journey_widget.model import DataSource
from journey_widget.secrets import SECRET_ENV_VAR
from journey_widget.settings import AuthKind, Settings, SettingsFile, SourceSettings
from journey_widget.sources.remote.auth import AuthConfig
from journeys import sample_records
from sources.contract_servers import CAMPAIGN_MANAGER, DATA_CLOUD, journeys_of, serve

KEY = "cli-test-key"


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch):
    """No keyring on this machine: the secret can only come from the environment."""
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.delenv(SECRET_ENV_VAR, raising=False)


@pytest.fixture
def journeys():
    return journeys_of(sample_records())


def _settings(kind: DataSource, base_url: str, auth: AuthKind = AuthKind.NONE) -> None:
    SettingsFile().save(Settings(source=SourceSettings(kind=kind, base_url=base_url, auth=auth)))


def _phone(journeys) -> tuple[str, str]:
    journey = next(j for j in journeys if j.customer.primary_phone)
    return journey.customer.primary_phone, journey.customer.id


def test_a_back_end_without_a_base_url_is_one_sentence_and_exit_2(capsys):
    assert main(["lookup", "+49301234567", "--source", "data_cloud"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    assert "No base URL is set for Data Cloud" in err and "--base-url" in err


def test_a_missing_secret_is_one_sentence_and_exit_2(capsys, journeys):
    with serve(DATA_CLOUD, journeys, auth=AuthConfig(AuthKind.API_KEY, KEY)) as server:
        _settings(DataSource.DATA_CLOUD, server.url, AuthKind.API_KEY)
        assert main(["lookup", _phone(journeys)[0], "--source", "data_cloud"]) == 2
        assert server.requests == []  # refused before asking
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "No secret is configured for this back end" in err and SECRET_ENV_VAR in err


def test_a_bad_base_url_is_one_sentence_and_exit_2(capsys):
    assert main(["lookup", "C1", "--source", "campaign_manager", "--base-url", "ftp://x"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("journey-widget: ") and err.count("\n") == 0


def test_data_cloud_with_the_secret_from_the_environment(capsys, monkeypatch, journeys):
    phone, cid = _phone(journeys)
    monkeypatch.setenv(SECRET_ENV_VAR, KEY)
    with serve(DATA_CLOUD, journeys, auth=AuthConfig(AuthKind.API_KEY, KEY)) as server:
        _settings(DataSource.DATA_CLOUD, server.url, AuthKind.API_KEY)
        code = main(["lookup", phone, "--source", "data_cloud", "--json", "--period", "all"])
        assert any(path.endswith("/profiles/lookup") for path, _ in server.requests)
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["found"] is True
    assert out["customer"]["id"] == cid
    expected = next(j for j in journeys if j.customer.id == cid)
    assert len(out["interactions"]) == len(expected.interactions)


def test_campaign_manager_by_base_url_on_the_command_line(capsys, journeys):
    phone, cid = _phone(journeys)
    with serve(CAMPAIGN_MANAGER, journeys) as server:
        # The settings name another back end: --base-url is the one to ask.
        _settings(DataSource.DATA_CLOUD, "http://127.0.0.1:9/api", AuthKind.API_KEY)
        args = ["lookup", phone, "--source", "campaign_manager", "--base-url", server.url]
        assert main([*args, "--period", "all"]) == 0
    out = capsys.readouterr().out
    assert cid in out or next(j for j in journeys if j.customer.id == cid).customer.name in out


def test_nobody_known_at_the_back_end_is_exit_1(capsys, journeys):
    with serve(CAMPAIGN_MANAGER, journeys) as server:
        _settings(DataSource.CAMPAIGN_MANAGER, server.url)
        assert main(["lookup", "+49 30 9999999", "--source", "campaign_manager"]) == 1
    assert "no history for +49309999999" in capsys.readouterr().err


def test_source_local_is_the_store_as_before(capsys, tmp_path):
    missing = tmp_path / "none.sqlite"
    assert main(["lookup", "C1", "--source", "local", "--store", str(missing)]) == 2
    assert "No journey store at" in capsys.readouterr().err


def test_a_dead_back_end_is_said_once(tmp_path):
    """The real process: the failure is one sentence on stderr, not also a log line."""
    import os
    import socket
    import subprocess
    import sys

    with socket.socket() as probe:  # a port nobody listens on once this is closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, SECRET_ENV_VAR: KEY, "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "journey_widget",
            "lookup",
            "+49301234567",
            "--source",
            "data_cloud",
            "--base-url",
            f"http://127.0.0.1:{port}/api",
            "--auth",
            "api_key",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["journey-widget: 127.0.0.1 cannot be reached."]
