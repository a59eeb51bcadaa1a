"""Answers read with a bound on the bytes as they are inflated (issue 16.4): a gzip bomb, a
gzip inside a gzip, an encoding the widget does not read and a broken gzip, from real
servers on 127.0.0.1. Peak memory is measured in a child process (``ru_maxrss``)."""

from __future__ import annotations

import asyncio
import gzip
import json
import struct
import subprocess
import sys
import textwrap
import zlib

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from journey_widget.settings import AuthKind
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.remote.auth import AuthConfig
from journey_widget.sources.remote.http_client import HttpClient

NO_AUTH = AuthConfig(AuthKind.NONE)
MB = 1 << 20


def zeros_gzip(megabytes: int) -> bytes:
    """A gzip member of ``megabytes`` MiB of zeros, built from one repeated deflate block
    (compressing 256 MiB for real would take the test many seconds)."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    squeeze.compress(b"\0" * MB)
    squeeze.flush(zlib.Z_FULL_FLUSH)
    block = squeeze.compress(b"\0" * MB) + squeeze.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(b"\0" * MB, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc, (megabytes * MB) & 0xFFFFFFFF)
    return header + block * megabytes + squeeze.flush() + trailer


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """~1 KB on the wire; 256 MiB once both layers are inflated."""
    return gzip.compress(zeros_gzip(256), 9)


@pytest.fixture
def raw_server():
    s = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    s.start()
    yield s
    s.clear()
    s.stop()


def _answer(raw_server, path: str, body: bytes, status: int = 200, **headers: str) -> None:
    raw_server.expect_request(path).respond_with_handler(
        lambda request: Response(
            body, status, headers={"Content-Type": "application/json", **headers}
        )
    )


async def _get(url: str, path: str, **options) -> object:
    client = HttpClient(url, NO_AUTH, **options)
    try:
        return await client.get_json(path)
    finally:
        await client.aclose()


def _failure(url: str, path: str, **options) -> SourceError:
    with pytest.raises(SourceError) as caught:
        asyncio.run(_get(url, path, **options))
    return caught.value


PEAK_SCRIPT = textwrap.dedent(
    """
    import asyncio, json, resource, sys
    from journey_widget.settings import AuthKind
    from journey_widget.sources.base import SourceError
    from journey_widget.sources.remote.auth import AuthConfig
    from journey_widget.sources.remote.http_client import HttpClient

    async def main(url):
        client = HttpClient(url, AuthConfig(AuthKind.NONE), max_bytes=1024 * 1024, retries=0)
        reasons = []
        for path in ("bomb", "bomb-error"):
            try:
                await client.get_json(path)
                reasons.append("read")
            except SourceError as error:
                reasons.append(str(error.reason))
        await client.aclose()
        oauth = AuthConfig(
            AuthKind.OAUTH2, "s3cret", token_url=url + "token-bomb", client_id="journey-widget"
        )
        client = HttpClient(url, oauth, retries=0)
        try:
            await client.get_json("status")
        except SourceError as error:
            reasons.append(str(error.reason))
        await client.aclose()
        return reasons

    asyncio.run(main("http://127.0.0.1:1/"))  # warm up: every module imported, loop made
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    reasons = asyncio.run(main(sys.argv[1]))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"reasons": reasons, "grew_kib": after - before}))
    """
)


def test_a_gzip_inside_a_gzip_stays_within_the_cap_as_it_is_inflated(raw_server, bomb):
    _answer(raw_server, "/bomb", bomb, **{"Content-Encoding": "gzip, gzip"})
    _answer(raw_server, "/bomb-error", bomb, 503, **{"Content-Encoding": "gzip, gzip"})
    _answer(raw_server, "/token-bomb", bomb, **{"Content-Encoding": "gzip, gzip"})
    done = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, raw_server.url_for("/")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    measured = json.loads(done.stdout)
    assert measured["reasons"] == ["too_large", "server", "malformed"]  # the token: too large
    # 256 MiB once inflated; read with a 1 MiB cap it may cost a few MiB, not hundreds.
    assert measured["grew_kib"] < 48 * 1024, measured
    assert done.stderr == ""


def test_a_gzipped_answer_is_still_read(raw_server):
    data = {"service": "data-cloud", "items": list(range(1000))}
    _answer(
        raw_server,
        "/zipped",
        gzip.compress(json.dumps(data).encode()),
        **{"Content-Encoding": "gzip"},
    )
    _answer(
        raw_server,
        "/deflated",
        zlib.compress(json.dumps(data).encode()),
        **{"Content-Encoding": "deflate"},
    )
    url = raw_server.url_for("/")
    assert asyncio.run(_get(url, "zipped")) == data
    assert asyncio.run(_get(url, "deflated")) == data


def test_only_encodings_the_widget_inflates_itself_are_asked_for(raw_server):
    raw_server.expect_request("/status").respond_with_json({"service": "data-cloud"})
    asyncio.run(_get(raw_server.url_for("/"), "status"))
    ((request, _),) = raw_server.log
    asked = {c.strip() for c in request.headers.get("Accept-Encoding", "").split(",")}
    assert asked <= {"gzip", "deflate", "identity"}


def test_an_encoding_nobody_asked_for_is_malformed_in_plain_words(raw_server):
    _answer(raw_server, "/brotli", b"\x8b\x03\x80{}\x03", **{"Content-Encoding": "br"})
    error = _failure(raw_server.url_for("/"), "brotli")
    assert error.reason is FailureReason.MALFORMED
    assert "Error" not in str(error) and "br" in str(error)


def test_a_broken_gzip_is_malformed_without_an_exception_name(raw_server):
    _answer(
        raw_server,
        "/broken",
        b"\x1f\x8b\x08\x00garbage-not-deflate" * 10,
        **{"Content-Encoding": "gzip"},
    )
    error = _failure(raw_server.url_for("/"), "broken", retries=0)
    assert error.reason is FailureReason.MALFORMED
    assert "Error)" not in str(error) and "(" not in str(error)
    assert str(error).endswith(".")
