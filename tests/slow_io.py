"""Slow I/O on demand, to prove the GUI thread never waits for it (issue 14.7).

``SlowDisk`` stands in for ``os.fsync``: each call waits until the test opens ``go`` (or
raises the ``error`` given), and says on which thread it ran. ``GatedKeyring`` is a real
keyring back end (``MemoryKeyring``) whose reads and writes wait until the test opens their
gate. Both record the threads they ran on, and signal (``entered``) that a call is waiting,
so a test waits on events, never on a fixed sleep.
"""

from __future__ import annotations

import os
import threading

from memory_keyring import MemoryKeyring

WAIT_SECONDS = 10


class SlowDisk:
    """``os.fsync`` that waits for ``go``; counts its calls and records their threads."""

    def __init__(self, *, error: OSError | None = None) -> None:
        self._fsync = os.fsync
        self.error = error
        self.go = threading.Event()
        self.entered = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, fd: int) -> None:
        self.threads.append(threading.current_thread())
        self.entered.set()
        if not self.go.wait(WAIT_SECONDS):
            raise TimeoutError("the test never let the write finish")
        if self.error is not None:
            raise self.error
        self._fsync(fd)


class GatedKeyring(MemoryKeyring):
    """A keyring whose ``get`` / ``set`` calls wait until ``gates[...]`` is set (open: set)."""

    def __init__(self, *, reads_wait: bool = False, writes_wait: bool = False) -> None:
        super().__init__()
        self.gates = {"get": threading.Event(), "set": threading.Event()}
        self.entered = {"get": threading.Event(), "set": threading.Event()}
        if not reads_wait:
            self.gates["get"].set()
        if not writes_wait:
            self.gates["set"].set()
        self.threads: list[threading.Thread] = []

    def _wait(self, what: str) -> None:
        self.threads.append(threading.current_thread())
        self.entered[what].set()
        if not self.gates[what].wait(WAIT_SECONDS):
            raise TimeoutError(f"the test never opened the keyring's {what}")

    def get_password(self, service: str, username: str) -> str | None:
        self._wait("get")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._wait("set")
        super().set_password(service, username, password)


def off_the_main_thread(threads: list[threading.Thread]) -> bool:
    """At least one call was made, and none on the main (GUI) thread."""
    return bool(threads) and all(t is not threading.main_thread() for t in threads)
