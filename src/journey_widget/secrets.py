"""The back ends' secrets (API key, bearer token, OAuth2 client secret): the keyring only (G2).

One entry per back end and auth kind under the service name ``journey-widget``, for example
user ``data_cloud/api_key``. Secrets never go to the settings file and never to a log: this
module logs only which entry it read or wrote, never a value.

Where the operating system offers no usable keyring (a kiosk, a CI runner, a container: the
keyring package then falls back to ``keyring.backends.fail.Keyring`` or a chainer with no
backends), reading and writing say so plainly (``SecretsUnavailable``, and ``available()`` is
False so the settings dialog can show a sentence) and the environment variable
``JOURNEY_WIDGET_SECRET`` supplies the secret instead. The keyring's own entry wins when both
exist. No Qt here: the CLI and the composition root use it alike.

Every call here may block (finding the back end loads plug-ins and asks D-Bus; a read may wait
for the user to unlock the keyring), so the window calls them on a worker thread. The back end
is found once per store, by whichever thread asks first (``prepare`` in the background), and
kept.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from journey_widget.model import DataSource
from journey_widget.settings import AuthKind

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring is imported where a secret is first read, written or asked about, never at import:
# it pulls in importlib_metadata, jaraco and urllib (about a fifth of the window's start-up),
# and a window on the local store never needs it (issue 14.9).

log = logging.getLogger(__name__)

SERVICE_NAME = "journey-widget"
SECRET_ENV_VAR = "JOURNEY_WIDGET_SECRET"


class SecretOrigin(StrEnum):
    KEYRING = "keyring"
    ENVIRONMENT = "environment"


class SecretsUnavailable(Exception):
    """No usable keyring: the secret cannot be stored (or read) there."""


@dataclass(frozen=True, slots=True)
class FoundSecret:
    value: str
    origin: SecretOrigin


def entry_name(source: DataSource, auth: AuthKind) -> str:
    """The keyring user name of a back end's secret: ``data_cloud/api_key``."""
    return f"{source.value}/{auth.value}"


def needs_secret(auth: AuthKind) -> bool:
    return auth is not AuthKind.NONE


class SecretStore:
    """The keyring behind one small class that says clearly when no backend exists."""

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._backend = backend
        self._finding = threading.Lock()
        self._environ = os.environ if environ is None else environ

    @property
    def backend(self) -> KeyringBackend:
        """The keyring back end, found on first use (blocking) and kept."""
        backend = self._backend
        if backend is None:
            with self._finding:  # two threads asking at once find it once
                if self._backend is None:
                    import keyring  # on first use: importing it costs the start-up ~100 ms

                    self._backend = keyring.get_keyring()
                    log.info("Keyring back end: %s", type(self._backend).__name__)
                backend = self._backend
        return backend

    def prepare(self) -> None:
        """Find the back end now (call it on a worker thread at start)."""
        _ = self.backend

    def available(self) -> bool:
        """True when a real keyring backend is there to keep secrets."""
        return is_usable(self.backend)

    def environment_secret(self) -> str | None:
        value = self._environ.get(SECRET_ENV_VAR, "")
        return value or None

    def get(self, source: DataSource, auth: AuthKind) -> FoundSecret | None:
        """The secret for this back end and auth kind: the keyring's, else the environment's.

        None when neither has one. A keyring that fails while reading (locked, broken D-Bus)
        is logged (without the value) and the environment variable is tried.
        """
        if not needs_secret(auth):
            return None
        if self.available():
            from keyring.errors import KeyringError

            try:
                value = self.backend.get_password(SERVICE_NAME, entry_name(source, auth))
            except KeyringError as error:
                log.warning(
                    "Could not read %s from the keyring: %s",
                    entry_name(source, auth),
                    type(error).__name__,
                )
                value = None
            if value:
                return FoundSecret(value, SecretOrigin.KEYRING)
        env = self.environment_secret()
        return FoundSecret(env, SecretOrigin.ENVIRONMENT) if env else None

    def set(self, source: DataSource, auth: AuthKind, secret: str) -> None:
        """Keep ``secret`` in the keyring; SecretsUnavailable when there is no keyring."""
        name = entry_name(source, auth)
        if not self.available():
            raise SecretsUnavailable(
                f"No keyring is available to keep the secret; set {SECRET_ENV_VAR} instead."
            )
        from keyring.errors import KeyringError

        try:
            self.backend.set_password(SERVICE_NAME, name, secret)
        except KeyringError as error:
            raise SecretsUnavailable(
                f"The keyring refused to store the secret ({type(error).__name__})."
            ) from None
        log.info("Stored the secret %s in the keyring", name)

    def delete(self, source: DataSource, auth: AuthKind) -> None:
        """Forget the keyring entry (sign-out); nothing happens when there is none."""
        if not self.available():
            return
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self.backend.delete_password(SERVICE_NAME, entry_name(source, auth))
        except PasswordDeleteError:
            return
        except KeyringError as error:
            log.warning(
                "Could not delete %s from the keyring: %s",
                entry_name(source, auth),
                type(error).__name__,
            )


def is_usable(backend: KeyringBackend) -> bool:
    """False for the fail backend and for a chainer that chains nothing usable."""
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(is_usable(inner) for inner in backend.backends)
    return True
