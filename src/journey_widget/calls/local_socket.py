"""The per-user local socket between ``journey-widget call|status`` and the running widget.

Protocol (docs/call-integration.md): the client sends one JSON object on one line, the
server answers with one JSON object on one line and closes. Requests are capped at
``MAX_MESSAGE_BYTES`` and must arrive within ``READ_TIMEOUT_MS``. The socket lives in a
folder only the user can enter and is created with ``UserAccessOption``, so another user on
the machine can neither pop a journey on this agent's screen nor read what it shows.

Server side runs on the Qt event loop (QLocalServer); the client is blocking on purpose:
the CLI asks once and exits, and must not need an event loop or QtWidgets.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from journey_widget.calls.events import load_message

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 16 * 1024
READ_TIMEOUT_MS = 3000
CONNECT_TIMEOUT_MS = 1000

Handler = Callable[[Any], dict[str, Any]]


class WidgetNotAnswering(Exception):
    """A widget holds the socket but did not answer in time (frozen or too busy)."""


def socket_name() -> str:
    """A name unique per user: a path in a private folder, or a per-user pipe on Windows."""
    if sys.platform == "win32":
        user = os.environ.get("USERNAME", "user")
        return f"journey-widget-{''.join(c for c in user if c.isalnum())}-calls"
    return str(_private_runtime_dir() / "calls.sock")


def _private_runtime_dir() -> Path:
    """$XDG_RUNTIME_DIR/journey-widget, else a per-uid folder in the temp dir, mode 0700.

    A shared temp dir is only safe if the folder is ours and closed to others: someone who
    pre-created it could otherwise listen in our place.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        folder = Path(runtime) / "journey-widget"
    else:
        folder = Path(tempfile.gettempdir()) / f"journey-widget-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise OSError(f"{folder} is not a folder of this user; refusing to use it.")
    if info.st_mode & 0o077:
        folder.chmod(0o700)
    return folder


class LocalSocketServer(QObject):
    """Accepts one-line JSON requests and answers each with ``handler(request)``."""

    def __init__(self, handler: Handler, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._handler = handler
        self._name = name or socket_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(16)
        self._server.newConnection.connect(self._on_new_connection)

    @property
    def name(self) -> str:
        return self._name

    @property
    def is_listening(self) -> bool:
        return self._server.isListening()

    @property
    def error_string(self) -> str:
        return self._server.errorString()

    def listen(self) -> bool:
        """Listen; False if another widget already answers at this name (it stays in charge)."""
        if self._server.isListening():
            return True
        if _someone_listens(self._name):
            return False
        QLocalServer.removeServer(self._name)  # a socket file left by a crashed widget
        if not self._server.listen(self._name):
            raise OSError(f"Cannot listen on {self._name}: {self._server.errorString()}")
        return True

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            _Connection(socket, self._handler, self)


class _Connection(QObject):
    """One client: collect a line (capped, with a deadline), answer, close."""

    def __init__(self, socket: QLocalSocket, handler: Handler, parent: QObject):
        super().__init__(parent)
        self._socket = socket
        self._handler = handler
        self._buffer = bytearray()
        self._answered = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start(READ_TIMEOUT_MS)
        socket.setParent(self)
        socket.readyRead.connect(self._on_ready_read)
        socket.disconnected.connect(self._on_disconnected)
        if socket.bytesAvailable():
            self._on_ready_read()

    def _on_ready_read(self) -> None:
        if self._answered:
            self._socket.readAll()
            return
        self._buffer += bytes(self._socket.readAll().data())
        line, newline, _ = bytes(self._buffer).partition(b"\n")
        if len(line) > MAX_MESSAGE_BYTES:
            self._reply({"ok": False, "error": "The request is too large."})
        elif newline:
            self._reply(self._answer(line))

    def _answer(self, line: bytes) -> dict[str, Any]:
        try:
            request = load_message(line)
        except ValueError:  # bad UTF-8 / JSON, NaN, huge ints, deep nesting
            return {"ok": False, "error": "The request is not valid JSON."}
        try:
            return self._handler(request)
        except Exception:  # one bad request must not take the widget down
            log.exception("Local-socket request failed")
            return {"ok": False, "error": "The widget could not handle the request."}

    def _reply(self, reply: dict[str, Any]) -> None:
        self._answered = True
        self._timer.stop()
        # default=str: a status provider returning a datetime must not break the answer
        data = json.dumps(reply, ensure_ascii=False, default=str).encode("utf-8")
        self._socket.write(data + b"\n")
        self._socket.flush()
        self._socket.disconnectFromServer()  # waits for the reply to be written

    def _on_timeout(self) -> None:
        if not self._answered:
            self._reply({"ok": False, "error": "The request did not arrive in time."})

    def _on_disconnected(self) -> None:
        self._timer.stop()
        self.deleteLater()


def _someone_listens(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    found = socket.waitForConnected(200)
    socket.abort()
    return found


def request(
    message: dict[str, Any], *, name: str | None = None, timeout_ms: int = READ_TIMEOUT_MS
) -> dict[str, Any] | None:
    """Send one request to the running widget; its reply, or None if no widget runs.

    Raises WidgetNotAnswering when a widget holds the socket but does not answer in time.
    """
    socket = QLocalSocket()
    socket.connectToServer(name or socket_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return None
    try:
        socket.write(json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n")
        if not socket.waitForBytesWritten(timeout_ms):
            raise WidgetNotAnswering("The widget did not take the request.")
        reply = bytearray()
        while b"\n" not in reply and len(reply) <= MAX_MESSAGE_BYTES * 4:
            if not socket.bytesAvailable() and not socket.waitForReadyRead(timeout_ms):
                break
            reply += bytes(socket.readAll().data())
        line = bytes(reply).partition(b"\n")[0]
        if not line:
            raise WidgetNotAnswering("The widget did not answer.")
        answer = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise WidgetNotAnswering("The widget's answer was not understood.") from None
    finally:
        socket.abort()
    if not isinstance(answer, dict):
        raise WidgetNotAnswering("The widget's answer was not understood.")
    return answer
