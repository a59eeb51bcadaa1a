"""The per-install token the localhost HTTP endpoint demands (DESIGN "Security").

Any local process, and any web page through the browser, can reach 127.0.0.1; the token is
what tells the agent's own softphone apart. It is generated on first use and kept in a file
only the user can read, because the softphone's configuration has to contain it anyway
(the keyring would not help a phone that pastes a URL).
"""

from __future__ import annotations

import hmac
import logging
import os
import secrets
import stat
from pathlib import Path

from journey_widget.paths import config_dir
from journey_widget.safe_files import UnusableFile, read_bounded

log = logging.getLogger(__name__)

TOKEN_FILE_NAME = "http-token"
MAX_TOKEN_LENGTH = 256


def token_path() -> Path:
    return config_dir() / TOKEN_FILE_NAME


def load_or_create_token(path: Path | None = None) -> str:
    """The install's token; created (mode 0600, exclusively) if there is none yet."""
    path = path or token_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_token(path)
    token = secrets.token_urlsafe(32)
    with os.fdopen(fd, "w", encoding="ascii") as file:
        file.write(token + "\n")
    return token


def regenerate_token(path: Path | None = None) -> str:
    """A fresh token (after it leaked); every softphone must then be given the new one."""
    path = path or token_path()
    path.unlink(missing_ok=True)
    return load_or_create_token(path)


def token_matches(expected: str, given: str | None) -> bool:
    """Constant-time comparison, so the token cannot be guessed byte by byte."""
    if not given or len(given) > MAX_TOKEN_LENGTH:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8", "replace"))


def _read_token(path: Path) -> str:
    if os.name == "posix" and not path.is_symlink():
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            # Someone loosened it: tighten instead of serving a token others can read.
            log.warning("Token file %s was readable by others; restricting it to the user.", path)
            path.chmod(0o600)
    try:
        # Our own file, never a link: a token read through a symlink could be anyone's file.
        data = read_bounded(path, MAX_TOKEN_LENGTH + 2, follow_symlinks=False)
        token = data.decode("ascii").strip()
    except (UnusableFile, UnicodeDecodeError) as error:
        log.warning("The token file %s was unusable (%s); making a new token.", path, error)
        token = ""
    if not token or any(c.isspace() for c in token):
        path.unlink()
        return load_or_create_token(path)
    return token
