"""Auth against a real token endpoint on 127.0.0.1: OAuth2 client credentials fetched once,
cached until shortly before expiry, refreshed once on 401; secrets never shown."""

from __future__ import annotations

import asyncio

import pytest
from pytest_httpserver import HTTPServer

from journey_widget.settings import AuthKind
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.remote.auth import TOKEN_EXPIRY_MARGIN, AuthConfig
from journey_widget.sources.remote.http_client import HttpClient
from sources.contract_servers import DATA_CLOUD, serve

OAUTH = AuthConfig(AuthKind.OAUTH2)  # the contract server fills in its token URL and client
STATUS = "v1/status"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def run(coro):
    return asyncio.run(coro)


async def statuses(client: HttpClient, count: int = 1) -> list[object]:
    try:
        return list(await asyncio.gather(*(client.get_json(STATUS) for _ in range(count))))
    finally:
        await client.aclose()


# --- the configuration ---------------------------------------------------------------------------


def test_repr_and_str_never_show_the_secret():
    config = AuthConfig(AuthKind.OAUTH2, "hunter2", token_url="https://idp/t", client_id="app")
    assert "hunter2" not in repr(config)
    assert "hunter2" not in str(config)
    assert "hunter2" not in f"{config}"
    assert "client_id='app'" in repr(config)


def test_a_complete_configuration_has_no_problem():
    assert AuthConfig(AuthKind.NONE).problem() is None
    assert AuthConfig(AuthKind.API_KEY, "k").problem() is None
    assert (
        AuthConfig(AuthKind.OAUTH2, "s", token_url="https://i/t", client_id="c").problem() is None
    )


# --- OAuth2 ------------------------------------------------------------------------------------


def test_wrong_client_secret_is_unauthorized():
    with serve(DATA_CLOUD, auth=OAUTH) as server:
        wrong = AuthConfig(
            AuthKind.OAUTH2,
            "not-the-secret",
            token_url=server.token_url,
            client_id="journey-widget",
        )
        with pytest.raises(SourceError) as caught:
            run(statuses(HttpClient(server.url, wrong)))
    assert caught.value.reason is FailureReason.UNAUTHORIZED
    assert "not-the-secret" not in str(caught.value)
    assert server.requests == []


def test_concurrent_requests_share_one_token_fetch():
    with serve(DATA_CLOUD, auth=OAUTH) as server:
        client = HttpClient(server.url, server.auth)
        answers = run(statuses(client, 12))
    assert len(answers) == 12
    assert server.token_requests == 1
    assert client.auth.token_fetches == 1


def test_the_token_is_cached_until_shortly_before_it_expires():
    clock = Clock()

    async def scenario(client):
        await client.get_json(STATUS)
        clock.now += 3600 - TOKEN_EXPIRY_MARGIN - 1  # still valid, outside the margin
        await client.get_json(STATUS)
        fetched_before_margin = client.auth.token_fetches
        clock.now += 2  # inside the margin: renewed before the server would refuse it
        await client.get_json(STATUS)
        await client.aclose()
        return fetched_before_margin, client.auth.token_fetches

    with serve(DATA_CLOUD, auth=OAUTH, token_lifetime=3600) as server:
        before, after = run(scenario(HttpClient(server.url, server.auth, clock=clock)))
    assert (before, after) == (1, 2)
    assert server.token_requests == 2


def test_a_short_lived_token_is_renewed_at_half_its_life():
    clock = Clock()

    async def scenario(client):
        await client.get_json(STATUS)
        clock.now += 4  # of a 10 s token: fine
        await client.get_json(STATUS)
        clock.now += 2  # past half of it
        await client.get_json(STATUS)
        await client.aclose()

    with serve(DATA_CLOUD, auth=OAUTH, token_lifetime=10) as server:
        run(scenario(HttpClient(server.url, server.auth, clock=clock)))
    assert server.token_requests == 2


def test_a_token_the_server_expired_is_refreshed_once_on_401():
    async def scenario(client):
        await client.get_json(STATUS)
        server.revoke_tokens()  # the back end forgot it early (restart, key rotation)
        answer = await client.get_json(STATUS)
        await client.aclose()
        return answer

    with serve(DATA_CLOUD, auth=OAUTH) as server:
        assert run(scenario(HttpClient(server.url, server.auth)))["service"] == "data-cloud"
    assert server.token_requests == 2
    assert len(server.requests) == 3  # ok, 401, ok after the new token


def test_a_401_that_survives_the_refresh_is_reported():
    with serve(DATA_CLOUD, auth=OAUTH) as server:
        server.fail_next(401, {"error": {"code": "unauthorized", "message": "no"}}, times=2)
        with pytest.raises(SourceError) as caught:
            run(statuses(HttpClient(server.url, server.auth)))
    assert caught.value.reason is FailureReason.UNAUTHORIZED
    assert server.token_requests == 2  # the first token, and exactly one refresh
    assert len(server.requests) == 2


def test_a_401_with_a_static_key_is_not_retried():
    auth = AuthConfig(AuthKind.API_KEY, "right")
    with serve(DATA_CLOUD, auth=auth) as server:
        wrong = AuthConfig(AuthKind.API_KEY, "wrong")
        with pytest.raises(SourceError) as caught:
            run(statuses(HttpClient(server.url, wrong)))
    assert caught.value.reason is FailureReason.UNAUTHORIZED
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"not json", "not JSON"),
        (b"[]", "not a JSON object"),
        (b'{"token_type": "Bearer"}', "access_token"),
        (b'{"access_token": 5}', "access_token"),
        (b'{"access_token": "t", "token_type": "mac"}', "Bearer"),
        (b'{"access_token": "t", "expires_in": -1}', "expires_in"),
        (b'{"access_token": "t", "expires_in": "3600"}', "expires_in"),
    ],
)
def test_a_malformed_token_answer_is_malformed(body, words):
    idp = HTTPServer(host="127.0.0.1", port=0)
    idp.expect_request("/token", method="POST").respond_with_data(
        body, content_type="application/json"
    )
    idp.start()
    try:
        auth = AuthConfig(AuthKind.OAUTH2, "s", token_url=idp.url_for("/token"), client_id="c")
        with pytest.raises(SourceError) as caught:
            run(statuses(HttpClient(idp.url_for("/api/"), auth)))
    finally:
        idp.clear()
        idp.stop()
    assert caught.value.reason is FailureReason.MALFORMED
    assert words in str(caught.value)


def test_an_unreachable_identity_provider_is_unreachable():
    auth = AuthConfig(AuthKind.OAUTH2, "s", token_url="http://idp.invalid/token", client_id="c")
    with serve(DATA_CLOUD) as server, pytest.raises(SourceError) as caught:
        run(statuses(HttpClient(server.url, auth)))
    assert caught.value.reason is FailureReason.UNREACHABLE
    assert "identity provider" in str(caught.value)
