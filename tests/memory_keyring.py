"""A keyring backend that keeps passwords in a dict: the real keyring API, no desktop needed.

Shared by the tests of secrets, the source factory, the settings dialog and the remote pop
(``from memory_keyring import MemoryKeyring``). Like a real backend, deleting an entry that is
not there raises ``PasswordDeleteError``; ``SecretStore.delete`` is the one that tolerates it.
"""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """Passwords by (service, username) in ``entries``, for tests to read directly."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("no such entry")
        del self.entries[(service, username)]
