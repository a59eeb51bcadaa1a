"""Unusable settings and token files (issue 16.1, 16.2): set aside, defaults, one warning.

A settings.json nested 100,000 deep raised RecursionError at start-up and was left in
place, so the widget never started again; one pointing at /dev/zero grew memory without
limit. Each of these must give the defaults at once, with the file moved aside as
``settings.json.broken`` (the link itself, never its target) and one warning in the log.
"""

from __future__ import annotations

import logging
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from journey_widget.calls.token import load_or_create_token
from journey_widget.settings import MAX_SETTINGS_BYTES, Settings, SettingsFile

HOSTILE_SETTINGS = {
    "deep_list": b"[" * 100_000,
    "deep_object": b'{"a":' * 100_000,
    "binary": bytes(range(256)) * 4,
    "not_utf8": b'{"display": {"language": "\xff\xfe"}}',
    "huge": b'{"x": "' + b"a" * (MAX_SETTINGS_BYTES + 10) + b'"}',
    "not_an_object": b"[1, 2, 3]",
    "truncated": b'{"display": {"language": "de"',
    "nan": b'{"display": NaN',
}


@pytest.mark.parametrize("name", sorted(HOSTILE_SETTINGS))
def test_an_unusable_file_is_set_aside_and_the_defaults_used(name, tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.write_bytes(HOSTILE_SETTINGS[name])
    with caplog.at_level(logging.WARNING, logger="journey_widget.settings"):
        assert SettingsFile(path).load() == Settings()
    assert not path.exists()
    assert (tmp_path / "settings.json.broken").read_bytes() == HOSTILE_SETTINGS[name]
    assert len(caplog.records) == 1 and "kept it as" in caplog.records[0].getMessage()
    # The next start finds no file and starts with the defaults, silently.
    caplog.clear()
    assert SettingsFile(path).load() == Settings()
    assert caplog.records == []


def test_a_link_to_dev_zero_is_set_aside_without_reading_it_all(tmp_path, caplog):
    path = tmp_path / "settings.json"
    path.symlink_to("/dev/zero")
    assert SettingsFile(path).load() == Settings()
    assert (tmp_path / "settings.json.broken").is_symlink()  # the link moved, /dev/zero as is
    assert os.path.exists("/dev/zero")


def test_a_fifo_does_not_hang_the_start(tmp_path):
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    assert SettingsFile(path).load() == Settings()
    assert not path.exists()


def test_a_folder_in_its_place_gives_the_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.mkdir()
    assert SettingsFile(path).load() == Settings()


def test_a_link_to_a_regular_settings_file_is_read(tmp_path):
    """IT may link a managed settings file into place: that is a settings file, not an attack."""
    managed = tmp_path / "managed.json"
    managed.write_text('{"display": {"language": "de"}}', "utf-8")
    path = tmp_path / "settings.json"
    path.symlink_to(managed)
    assert SettingsFile(path).load().display.language == "de"


def test_reading_dev_zero_stays_small_in_memory(tmp_path):
    """The start-up read is bounded: a link to /dev/zero costs no more than a small file."""
    path = tmp_path / "settings.json"
    path.symlink_to("/dev/zero")
    code = (
        "import resource, sys; from pathlib import Path;"
        "from journey_widget.settings import SettingsFile;"
        f"SettingsFile(Path({str(path)!r})).load();"
        # VmHWM: this process's peak since exec (ru_maxrss would count the forked pytest too)
        "print(next(int(line.split()[1]) for line in open('/proc/self/status')"
        " if line.startswith('VmHWM:')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30)),
    )
    assert int(out.stdout.strip()) < 300_000  # KB: far below what reading /dev/zero would take


@pytest.mark.parametrize(
    "content",
    [b"", b"\xff\xfe\xfd", b"a" * 10_000, b"two words\n"],
    ids=["empty", "binary", "huge", "space"],
)
def test_an_unusable_token_file_is_replaced_by_a_new_token(content, tmp_path: Path):
    path = tmp_path / "http-token"
    path.write_bytes(content)
    token = load_or_create_token(path)
    assert len(token) >= 32 and token.isascii() and " " not in token
    assert path.read_text("ascii").strip() == token
    assert load_or_create_token(path) == token


def test_a_token_file_that_is_a_link_is_not_followed(tmp_path: Path):
    secret = tmp_path / "someone-elses-file"
    secret.write_text("not-the-token\n", "ascii")
    path = tmp_path / "http-token"
    path.symlink_to(secret)
    token = load_or_create_token(path)
    assert token != "not-the-token"
    assert secret.read_text("ascii") == "not-the-token\n"  # its target untouched
    assert not path.is_symlink()
