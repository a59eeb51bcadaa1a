"""Is there a screen to open the window on? Asked before the QApplication is built.

Without one, Qt's xcb platform prints "could not connect to display" and aborts the process
(exit 134, a core dump). Instead, on Linux and the other X11 / Wayland systems:

- ``--screenshot`` needs no screen: with no display and no QT_QPA_PLATFORM it uses Qt's
  offscreen platform by itself (as it does when DISPLAY names an X server that does not answer);
- the window says in one sentence what is missing and what to do, and the process exits 2.

A QT_QPA_PLATFORM that the user set is the user's choice and left alone; only ``xcb`` has its
display checked, the same way. WAYLAND_DISPLAY is trusted as it is (Qt opens Wayland, or X
through XWayland).

An X display that is set but does not answer (a DISPLAY left over from an ssh session, an
Xvfb that has ended) is found by connecting to it with libxcb through ctypes: the library,
the connection and the authorisation (XAUTHORITY) that Qt's xcb platform uses itself, in a
millisecond, with no subprocess. Checking for the socket file /tmp/.X11-unix/X<n> was not
enough: it misses TCP displays (ssh forwarding, ``host:0``), abstract sockets, stale socket
files and refused authorisation. When libxcb cannot be loaded (Qt's xcb platform then cannot
load either) the check says nothing and Qt reports what it reports.
"""

from __future__ import annotations

import ctypes
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

OFFSCREEN = "offscreen"
RETRY_SECONDS = 0.05
_NO_SCREEN_SYSTEMS = ("win32", "darwin", "cygwin")
_held: list[tuple[ctypes.CDLL, int]] = []


@dataclass(frozen=True)
class DisplayCheck:
    """The outcome: a platform to use instead of Qt's default, or why the window cannot open."""

    platform: str | None = None  # set QT_QPA_PLATFORM to this before the QApplication
    problem: str | None = None  # the sentence for stderr (exit 2)


def check_display(
    env: Mapping[str, str],
    *,
    screenshot: bool,
    system: str = sys.platform,
    x_answers: Callable[[str], bool | None] | None = None,
) -> DisplayCheck:
    """What to do about the display named in ``env`` (``x_answers``: the probe, for tests).

    A display that answered keeps its probe connection open: call ``release`` once the
    QApplication is built.
    """
    if system.startswith(_NO_SCREEN_SYSTEMS):
        return DisplayCheck()
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen and not chosen.startswith("xcb"):
        return DisplayCheck()
    display = env.get("DISPLAY", "").strip()
    if not chosen and env.get("WAYLAND_DISPLAY", "").strip():
        return DisplayCheck()
    if not display:
        reason = (
            "DISPLAY is not set, and QT_QPA_PLATFORM asks for xcb"
            if chosen
            else "DISPLAY / WAYLAND_DISPLAY are not set"
        )
        return _no_screen(
            f"no display to open the window on ({reason})",
            "start it in a desktop session",
            screenshot=screenshot,
            chosen=chosen,
        )
    if (x_answers or partial(x_display_answers, keep=True))(display) is False:
        return _no_screen(
            f"the X display {display} (DISPLAY) does not answer, so the window cannot open",
            "check that the X server runs and that DISPLAY and XAUTHORITY are right",
            screenshot=screenshot,
            chosen=chosen,
        )
    return DisplayCheck()


def _no_screen(what: str, remedy: str, *, screenshot: bool, chosen: str) -> DisplayCheck:
    if screenshot and not chosen:
        return DisplayCheck(platform=OFFSCREEN)
    if screenshot:
        advice = "unset QT_QPA_PLATFORM to save the picture without a screen"
    else:
        advice = f"{remedy}, or save a picture with --screenshot FILE"
    return DisplayCheck(problem=f"{what}; {advice}.")


def x_display_answers(display: str, *, keep: bool = False) -> bool | None:
    """True if the X server at ``display`` accepts a connection, None if libxcb is not there.

    With ``keep`` a working connection stays open until ``release``: Qt connects right after,
    and an X server (Xvfb at least, about one time in twenty) refuses a connection that
    follows the close of another at once. A refusal is tried once more after a moment.
    """
    library = _libxcb()
    if library is None:
        return None
    for attempt in range(2):
        if attempt:
            time.sleep(RETRY_SECONDS)
        connection = library.xcb_connect(display.encode(), None)
        if connection and library.xcb_connection_has_error(connection) == 0:
            if keep:
                _held.append((library, connection))
            else:
                library.xcb_disconnect(connection)
            return True
        if connection:
            library.xcb_disconnect(connection)
    return False


def release() -> None:
    """Close the connection ``check_display`` kept open; after the QApplication has its own."""
    while _held:
        library, connection = _held.pop()
        library.xcb_disconnect(connection)


def _libxcb() -> ctypes.CDLL | None:
    names = ["libxcb.so.1"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # the bundle's copy beside Qt's libraries: the one its xcb platform loads
        names.insert(0, str(Path(frozen) / "libxcb.so.1"))
    for name in names:
        try:
            library = ctypes.CDLL(name)
        except OSError:
            continue
        library.xcb_connect.restype = ctypes.c_void_p
        library.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
        library.xcb_connection_has_error.restype = ctypes.c_int
        library.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        library.xcb_disconnect.restype = None
        library.xcb_disconnect.argtypes = [ctypes.c_void_p]
        return library
    return None
