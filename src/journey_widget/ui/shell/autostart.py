"""Start the widget at login (SPEC G4): the desktop's own mechanism on each platform.

- Linux and other XDG desktops: a ``journey-widget.desktop`` entry in
  ``$XDG_CONFIG_HOME/autostart`` (the XDG Autostart specification).
- Windows: a value ``journey-widget`` under ``HKCU\\Software\\Microsoft\\Windows\\
  CurrentVersion\\Run`` holding the command line.
- macOS: a LaunchAgent ``~/Library/LaunchAgents/<label>.plist`` with ``RunAtLoad``.

Only the Linux entry is exercised for real in CI; the Windows value and the macOS property
list are built by pure functions that the tests check (``run_value``, ``launch_agent``).
The command started is the program running now: the bundle's executable when frozen, else
this Python with ``-m journey_widget.cli``. No Qt here: the settings dialog, the window menu
and the CLI may all use it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from journey_widget.paths import APP_NAME

DESKTOP_NAME = f"{APP_NAME}.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
LAUNCH_AGENT_LABEL = "org.example.journey-widget"
# Characters a desktop entry's Exec value must quote (Desktop Entry Specification, "Exec").
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


class AutostartError(Exception):
    """Start at login could not be switched; the message is one sentence for the user."""


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...


def launch_command() -> list[str]:
    """How to start the program that runs now, as an argument list."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "journey_widget.cli"]


# --- Linux / XDG --------------------------------------------------------------------------


def quote_exec_argument(argument: str) -> str:
    """One argument as a desktop entry's Exec line needs it (Desktop Entry Specification).

    ``%`` is doubled (field codes). An argument with reserved characters is put in double
    quotes with ``"``, `````, ``$`` and ``\\`` backslash-escaped; the file's own string
    escaping is undone before the quoting, so each of those backslashes is written twice.
    """
    text = argument.replace("%", "%%")
    if text and not any(c in _EXEC_RESERVED for c in text):
        return text
    quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in text) + '"'
    return quoted.replace("\\", "\\\\")


def autostart_entry(command: Sequence[str]) -> str:
    """The XDG autostart desktop entry that runs ``command`` at login."""
    if not command:
        raise ValueError("The autostart command is empty.")
    exec_line = " ".join(quote_exec_argument(part) for part in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Customer Journey\n"
        "Comment=Starts the customer journey widget at login\n"
        f"Exec={exec_line}\n"
        f"Icon={APP_NAME}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class _EntryFile:
    """An entry that is a file: there or not; written atomically, so a crash never leaves
    half an entry for the next login to trip over."""

    path: Path

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def _write(self, data: bytes) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, self.path)
        except OSError as error:
            raise AutostartError(
                f"Could not write {self.path}: {error.strerror or error}."
            ) from error

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise AutostartError(
                f"Could not remove {self.path}: {error.strerror or error}."
            ) from error


class XdgAutostart(_EntryFile):
    """``$XDG_CONFIG_HOME/autostart/journey-widget.desktop`` (``~/.config`` by default)."""

    def __init__(self, config_home: Path | None = None) -> None:
        if config_home is None:
            config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.path = config_home / "autostart" / DESKTOP_NAME

    def enable(self, command: Sequence[str]) -> None:
        self._write(autostart_entry(command).encode("utf-8"))


# --- Windows ------------------------------------------------------------------------------


def run_value(command: Sequence[str]) -> str:
    """The Run key's value: the command line, quoted as Windows parses it."""
    if not command:
        raise ValueError("The autostart command is empty.")
    return subprocess.list2cmdline(list(command))


class WindowsAutostart:
    """The ``journey-widget`` value of the current user's Run key."""

    def is_enabled(self) -> bool:
        import winreg  # type: ignore[import-not-found]  # Windows only

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, APP_NAME)
        except OSError:
            return False
        return True

    def enable(self, command: Sequence[str]) -> None:
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, run_value(command))
        except OSError as error:
            raise AutostartError(f"Could not write the Run registry key: {error}.") from error

    def disable(self) -> None:
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, APP_NAME)
        except FileNotFoundError:
            return
        except OSError as error:
            raise AutostartError(f"Could not change the Run registry key: {error}.") from error


# --- macOS --------------------------------------------------------------------------------


def launch_agent(command: Sequence[str], label: str = LAUNCH_AGENT_LABEL) -> bytes:
    """The LaunchAgent property list that runs ``command`` once at login."""
    if not command:
        raise ValueError("The autostart command is empty.")
    import plistlib  # macOS only, and only when switched on: not at every start (issue 14.9)

    return plistlib.dumps(
        {
            "Label": label,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "KeepAlive": False,
            "ProcessType": "Interactive",
        }
    )


class LaunchAgentAutostart(_EntryFile):
    """``~/Library/LaunchAgents/org.example.journey-widget.plist``."""

    def __init__(self, home: Path | None = None) -> None:
        self.path = (
            (home or Path.home()) / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
        )

    def enable(self, command: Sequence[str]) -> None:
        self._write(launch_agent(command))


def for_platform(platform: str | None = None) -> Autostart:
    """The mechanism of this platform (``sys.platform`` unless given)."""
    name = platform or sys.platform
    if name.startswith("win"):
        return WindowsAutostart()
    if name == "darwin":
        return LaunchAgentAutostart()
    return XdgAutostart()
