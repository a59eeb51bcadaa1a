"""`journey-widget lookup --source data_cloud` in a process of its own against a back end
whose answer is too large (issue 16.6): the cut answer is one sentence on stderr, no
traceback from a stream closed by the garbage collector in another task."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from journeys import sample_records
from sources.contract_servers import dc_profile, error_body, journeys_of

CHUNK = b"[" + b"0," * 32_767 + b"0"  # 64 KiB


@pytest.fixture
def huge_back_end():
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    raymond = journeys_of(sample_records())[0].customer

    def handle(request):
        if request.path.endswith("/v1/me"):
            return Response(json.dumps(error_body("not_found", "-")), 404)
        if request.path.endswith("/v1/profiles/lookup"):
            return Response(json.dumps(dc_profile(raymond)), 200)
        # Interactions and tickets, read side by side: both far over the cap.
        return Response((CHUNK for _ in range(20 * 16)), 200, content_type="application/json")

    server.expect_request(re.compile(".*")).respond_with_handler(handle)
    server.start()
    yield server
    server.clear()
    server.stop()


def test_a_cut_answer_is_one_sentence_on_stderr(huge_back_end, tmp_path):
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONWARNINGS": "default",  # a warning would show here too
    }
    command = [
        sys.executable,
        "-m",
        "journey_widget.cli.main",
        "lookup",
        "+4915112345678",
        "--source",
        "data_cloud",
        "--base-url",
        huge_back_end.url_for("/api/"),
        "--auth",
        "none",
    ]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert done.stderr == "journey-widget: The answer from 127.0.0.1 is larger than 8 MB.\n"
    assert done.returncode != 0 and done.stdout == ""
