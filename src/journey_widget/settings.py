"""The user's settings: a small JSON file in the platform's config folder (SPEC G2).

Secrets never live here (they go to the keyring, secrets.py). The file is written atomically
(temp file + rename), so a crash never leaves half a file; a damaged or foreign file is set
aside as ``settings.json.broken`` and the defaults are used, with one sentence in the log.
Unknown keys are kept untouched, so an older version does not erase a newer one's settings.

Writing happens on one worker thread (``save_later``), never on the thread that asks: what
was asked counts at once for ``current()``, the writes land in the order they were asked, and
several asked while the worker was busy become one write of the newest. ``save`` waits for
its write; ``flush_saves`` waits for every write asked so far (the window's last act). Reading
stays on the caller's thread: the window reads the file once, before its event loop runs, and
then keeps to ``current()``, in memory.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from journey_widget.model import DEFAULT_REGION, DataSource
from journey_widget.model.permissions import Permission, PermissionDeniedError
from journey_widget.paths import config_dir
from journey_widget.safe_files import load_json, read_bounded

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1
# A real settings file is a few KB; anything past this is not one (docs/security.md).
MAX_SETTINGS_BYTES = 1024 * 1024


class AuthKind(StrEnum):
    NONE = "none"
    API_KEY = "api_key"
    BEARER = "bearer"
    OAUTH2 = "oauth2"


class PopBehaviour(StrEnum):
    """What the window does when a call arrives (SPEC B3)."""

    RAISE_AND_FOCUS = "raise_and_focus"
    RAISE = "raise"
    NOTIFY = "notify"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class SnapEdge(StrEnum):
    """The screen edge the window keeps to, beside the softphone (ui/shell/window_placement.py)."""

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class SourceSettings:
    kind: DataSource = DataSource.LOCAL  # where journeys come from (SPEC A2)
    base_url: str = ""
    auth: AuthKind = AuthKind.NONE
    # OAuth2 client credentials: the client id is not secret; its secret is in the keyring.
    oauth_token_url: str = ""
    oauth_client_id: str = ""
    api_key_header: str = "X-API-Key"
    timeout_seconds: float = 10.0
    cache_enabled: bool = True


@dataclass(frozen=True, slots=True)
class CallSettings:
    pop: PopBehaviour = PopBehaviour.RAISE
    http_enabled: bool = False
    http_port: int = 47113
    baresip_enabled: bool = False
    baresip_host: str = "127.0.0.1"
    baresip_port: int = 4444
    # Call back from the history (SPEC H3): "" hands a tel: / sip: URL to the desktop's
    # softphone; else a command such as "baresip-dial --call {number}", run without a shell
    # (calls/dial.py: {number} / {uri} are replaced inside their argument, or appended).
    dial_command: str = ""


@dataclass(frozen=True, slots=True)
class DisplaySettings:
    language: str = ""  # "" follows the system
    theme: Theme = Theme.SYSTEM
    view: str = "timeline"
    period_months: int = 12
    region: str = DEFAULT_REGION
    # The conversation report's timeline (SPEC C6): "multi_row", "stairway" or "single_row".
    report_view_mode: str = "multi_row"


@dataclass(frozen=True, slots=True)
class AccessSettings:
    """Who the user is and what they may do, when the back end does not say (SPEC E1, D7).

    ``role`` "" is automatic: administrator of a local store, agent of a contact-centre back
    end (docs/security.md says why). ``permissions``, when given, replace the role's set.
    ``divisions`` empty: every division. ``obfuscate_identifiers`` is the privacy setting.
    """

    user: str = ""  # the name the audit log records; "" is the login name
    role: str = ""  # "", "agent", "supervisor" or "administrator"
    permissions: tuple[str, ...] = ()
    divisions: tuple[str, ...] = ()
    obfuscate_identifiers: bool = False


@dataclass(frozen=True, slots=True)
class WindowSettings:
    """Where the window was and how it behaves (SPEC A10, G4); width 0: never placed yet."""

    x: int = 0
    y: int = 0
    width: int = 0
    height: int = 0
    maximized: bool = False
    always_on_top: bool = False
    snap: SnapEdge = SnapEdge.NONE
    start_at_login: bool = False


@dataclass(frozen=True, slots=True)
class Settings:
    source: SourceSettings = field(default_factory=SourceSettings)
    calls: CallSettings = field(default_factory=CallSettings)
    display: DisplaySettings = field(default_factory=DisplaySettings)
    access: AccessSettings = field(default_factory=AccessSettings)
    window: WindowSettings = field(default_factory=WindowSettings)


_SECTIONS = {f.name: f.default_factory for f in fields(Settings)}  # type: ignore[misc]


def settings_path() -> Path:
    return config_dir() / "settings.json"


_writer: ThreadPoolExecutor | None = None
_writer_lock = threading.Lock()


def _settings_writer() -> ThreadPoolExecutor:
    """The one thread that writes settings files, for the whole process (started when needed)."""
    global _writer
    with _writer_lock:
        if _writer is None:
            _writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="settings-save")
        return _writer


def flush_saves(timeout: float | None = None) -> bool:
    """Wait until every save asked so far is on disk (or failed); False after ``timeout``."""
    with _writer_lock:
        writer = _writer
    if writer is None:
        return True
    try:
        writer.submit(lambda: None).result(timeout)  # one thread: it runs after all before it
    except TimeoutError:
        return False
    return True


def warn_if_failed(future: Future[Any], logger: logging.Logger, message: str) -> None:
    """Log ``message`` (with the error as %s) when a save asked with ``save_later`` fails."""

    def check(done: Future[Any]) -> None:
        error = done.exception()
        if error is not None:
            logger.warning(message, error)

    future.add_done_callback(check)


class SettingsFile:
    """Reads and writes one settings file; keeps what it does not understand."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._raw: dict[str, Any] = {}
        self._current: Settings | None = None
        self._lock = threading.Lock()  # _raw, _current, _written and _asked, across threads
        self._written: tuple[dict[str, Any], Settings | None] = ({}, None)  # on disk
        self._asked: list[tuple[dict[str, Any], Settings, Future[Settings]]] = []

    def current(self) -> Settings:
        """The settings last loaded or saved through this object; loads them the first time."""
        return self._current if self._current is not None else self.load()

    def load(self) -> Settings:
        """Read the file as it is on disk now (``flush_saves`` first to see every save asked);
        the defaults when there is none. A file that cannot be used (damaged or foreign JSON,
        nested too deeply, over MAX_SETTINGS_BYTES, binary, not a regular file) is moved aside
        as ``settings.json.broken`` with one warning in the log, so the next start does not
        trip over it again."""
        try:
            raw = load_json(read_bounded(self.path, MAX_SETTINGS_BYTES))
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
        except FileNotFoundError:
            return Settings()
        except ValueError as error:  # UnusableFile, bad JSON, bad UTF-8, too deep
            self._set_aside(str(error))
            return Settings()
        except OSError as error:
            log.warning("Cannot read the settings file %s (%s); using defaults.", self.path, error)
            return Settings()
        current = Settings(**{name: _section(name, raw.get(name)) for name in _SECTIONS})
        with self._lock:
            self._raw, self._current = raw, current
            self._written = (raw, current)
        return current

    def _set_aside(self, reason: str) -> None:
        """Rename the file (a symlink itself, not its target) to ``settings.json.broken``."""
        broken = self.path.with_name(self.path.name + ".broken")
        try:
            os.replace(self.path, broken)
        except OSError as error:
            log.warning(
                "The settings file %s is unusable (%s) and could not be set aside (%s); "
                "using defaults.",
                self.path,
                reason,
                error.strerror or error,
            )
            return
        log.warning("The settings file was unusable (%s); kept it as %s.", reason, broken)

    def save(self, settings: Settings) -> None:
        """Write ``settings`` and wait until they are on disk; raises OSError when not."""
        self.save_later(settings).result()

    def save_later(self, settings: Settings) -> Future[Settings]:
        """Ask the writer thread to write ``settings``; ``current()`` gives them from now on.

        The future says when they are on disk (its result: ``settings``) or why not (OSError;
        the settings in memory then go back to the file's, unless a newer save was asked).
        """
        future: Future[Settings] = Future()
        with self._lock:
            data = dict(self._raw)
            for name in _SECTIONS:
                own = _plain(asdict(getattr(settings, name)))
                data[name] = {**(self._raw.get(name) or {}), **own}
            data["version"] = SETTINGS_VERSION
            self._raw, self._current = data, settings
            self._asked.append((data, settings, future))
            first = len(self._asked) == 1
        if first:  # else the job already waiting writes this one too
            _settings_writer().submit(self._write_asked)
        return future

    def _write_asked(self) -> None:
        """On the writer thread: write the newest settings asked, answer everyone who asked."""
        with self._lock:
            asked, self._asked = self._asked, []
        if not asked:
            return
        data, newest, _ = asked[-1]
        try:
            self._write(data)
        except Exception as error:
            with self._lock:
                if not self._asked and self._current is newest:
                    self._raw, self._current = self._written
            for _, _, future in asked:
                future.set_exception(error)
            return
        with self._lock:
            self._written = (data, newest)
        for _, settings, future in asked:
            future.set_result(settings)

    def _write(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, indent=2, ensure_ascii=False)
                handle.write("\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def save_edit(self, chosen: Settings, *, may_configure: bool) -> Settings:
        """``save_edit_later`` and wait until it is on disk; returns what was saved."""
        return self.save_edit_later(chosen, may_configure=may_configure).result()

    def save_edit_later(self, chosen: Settings, *, may_configure: bool) -> Future[Settings]:
        """Save what the user edited in the app (the settings dialog), as ``save_later``.

        The one path by which the app writes the user's own edits, so the rules hold here
        whatever a dialog shows (SPEC E1, docs/security.md): the access section is never
        taken from an edit but kept as in the file, so nobody raises their own role or lifts
        the privacy setting from the widget; and without the ``configure`` permission an
        edit that changes the data source or its connection raises PermissionDeniedError and
        nothing is written (raised here, before anything is asked of the writer).
        """
        saved = self.current()
        if not may_configure and chosen.source != saved.source:
            raise PermissionDeniedError(Permission.CONFIGURE)
        return self.save_later(replace(chosen, access=saved.access))


def _section(name: str, raw: object) -> Any:
    """One section from its JSON object: known keys of the right type; the rest defaulted."""
    default = _SECTIONS[name]()
    if not isinstance(raw, dict):
        return default
    values: dict[str, Any] = {}
    for f in fields(default):
        if f.name not in raw:
            continue
        current = getattr(default, f.name)
        value = _coerce(raw[f.name], current)
        if value is None:
            log.warning("Ignoring setting %s.%s=%r: wrong type.", name, f.name, raw[f.name])
        else:
            values[f.name] = value
    return replace(default, **values)


def _coerce(value: object, like: object) -> object | None:
    if isinstance(like, tuple):  # a list of strings
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return tuple(value) if ok else None  # type: ignore[arg-type]
    if isinstance(like, StrEnum):
        try:
            return type(like)(value)
        except ValueError:
            return None
    if isinstance(like, bool):
        return value if isinstance(value, bool) else None
    if isinstance(like, int):
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(like, float):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else None  # type: ignore[arg-type]
    if isinstance(like, str):
        return value if isinstance(value, str) else None
    return None


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.value if isinstance(v, StrEnum) else v) for k, v in data.items()}
