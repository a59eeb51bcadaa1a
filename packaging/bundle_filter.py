"""What the one-folder bundle leaves out, so it carries what the widget loads and no more.

PyInstaller's PySide6 hooks copy every plug-in of the Qt modules the widget imports: all nine
platform back-ends, Wayland shells, GTK themes, nine image formats, TLS back-ends, and, through
them, GTK, cairo and pango from the build machine. The widget needs the X11 (xcb) and
offscreen platforms, SVG (icons, image format and icon engine), the input contexts (compose
keys, IBus: typing "ü" or Indonesian text), CUPS printing (the report), and Qt's own
translations for de / id. Everything
else is dropped here, and then every shared library that nothing kept still links to
(``prune_libraries``), so the GTK stack leaves with the GTK theme.

Used by ``journey-widget.spec``; pure Python, so the choices are unit-tested
(tests/packaging/test_bundle_filter.py).
"""

from __future__ import annotations

import posixpath
import re
import struct
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

# Python modules nothing in the widget imports at run time; some arrive through optional
# imports of the libraries (phonenumbers' geocoder / carrier / time-zone data: 40 MB of
# tables the widget never asks for; it only parses, validates and formats numbers).
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    "lib2to3",
    "xmlrpc",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "PyInstaller",
    "pytest",
    "_pytest",
    "hypothesis",
    "IPython",
    "numpy",
    # httpx's command-line client (httpx._main) and anyio's optional trio back end: the widget
    # uses neither; pygments alone is 336 modules.
    "click",
    "rich",
    "pygments",
    "trio",
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
)

# Where PyInstaller puts Qt's plug-ins and translations: PySide6/Qt/... on Linux and macOS,
# PySide6/... on Windows.
PLUGIN_DIRS = ("PySide6/Qt/plugins/", "PySide6/plugins/")
TRANSLATION_DIRS = ("PySide6/Qt/translations/", "PySide6/translations/")
# Per plug-in folder, the plug-ins kept (file names without extension, Linux / Windows /
# macOS spellings); a folder not named here goes.
KEPT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"libqxcb", "libqoffscreen", "qwindows", "qoffscreen", "libqcocoa"}),
    "xcbglintegrations": frozenset({"libqxcb-glx-integration", "libqxcb-egl-integration"}),
    "imageformats": frozenset({"libqsvg", "qsvg"}),
    "iconengines": frozenset({"libqsvgicon", "qsvgicon"}),
    "platforminputcontexts": frozenset(
        {"libcomposeplatforminputcontextplugin", "libibusplatforminputcontextplugin"}
    ),
    "platformthemes": frozenset({"libqxdgdesktopportal"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "libqmacstyle"}),
    # The supervisor report prints (SPEC C10): the system's printers.
    "printsupport": frozenset(
        {"libcupsprintersupport", "windowsprintersupport", "libcocoaprintersupport"}
    ),
}
# Libraries taken from the user's system, never bundled: libcups talks to the local CUPS
# daemon and must match it (Debian: libcups2, on every desktop that prints).
SYSTEM_LIBRARIES = frozenset({"libcups.so.2"})
# Qt's own catalogues for the languages the widget speaks (English needs none).
KEPT_QT_TRANSLATIONS = re.compile(r"qt(base)?_(de|id)\.qm$")

_SHARED_LIBRARY = re.compile(r"\.so(\.\d+)*$")


def excluded_modules() -> list[str]:
    return list(EXCLUDED_MODULES)


def keep_file(dest: str) -> bool:
    """Whether the bundle keeps the file PyInstaller would put at ``dest`` (a relative path)."""
    path = dest.replace("\\", "/")
    for plugins in PLUGIN_DIRS:
        if path.startswith(plugins):
            folder, _, name = path[len(plugins) :].partition("/")
            kept = KEPT_PLUGINS.get(folder)
            return kept is not None and _stem(name) in kept
    if path.startswith(TRANSLATION_DIRS):
        return bool(KEPT_QT_TRANSLATIONS.search(path))
    return PurePosixPath(path).name not in SYSTEM_LIBRARIES


def is_shared_library(dest: str) -> bool:
    """A plain shared library (``libfoo.so.1``), not a plug-in, Python module or libpython."""
    path = dest.replace("\\", "/")
    name = PurePosixPath(path).name
    if path.startswith(PLUGIN_DIRS) or name.endswith(".abi3.so") or ".cpython-" in name:
        return False
    return bool(_SHARED_LIBRARY.search(name)) and not name.startswith("libpython")


def prune_libraries(dests: Iterable[str], needed: Callable[[str], Iterable[str]]) -> set[str]:
    """``dests`` without the shared libraries that nothing kept links to, directly or not.

    Roots are everything that is not a plain shared library: Python extension modules, Qt
    plug-ins, libpython (the bootloader loads it). ``needed(dest)`` names the libraries a
    file links to (its ELF NEEDED entries). A library may sit at two places (PyInstaller
    links ``libQt6Core.so.6`` at the top to ``PySide6/Qt/lib/``): both are kept together.
    """
    dests = list(dests)
    by_name: dict[str, list[str]] = {}
    for dest in dests:
        if is_shared_library(dest):
            by_name.setdefault(PurePosixPath(dest).name, []).append(dest)
    kept = {dest for dest in dests if not is_shared_library(dest)}
    todo = list(kept)
    while todo:
        for name in needed(todo.pop()):
            for lib in by_name.get(PurePosixPath(name).name, ()):
                if lib not in kept:
                    kept.add(lib)
                    todo.append(lib)
    return kept


def _stem(name: str) -> str:
    return name.split(".", 1)[0]


def link_target(dest: str, target: str) -> str:
    """Where a bundle symlink at ``dest`` pointing to ``target`` (relative) lands, as a dest."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(dest), target))


def elf_needed(path: str) -> list[str] | None:
    """The libraries an ELF file names as DT_NEEDED (direct links only, unlike ldd's closure).

    None when the file is no 64-bit little-endian ELF (then the caller asks PyInstaller).
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError:
        return None
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    needed = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, entsize or 16):
            tag, value = struct.unpack_from("<qQ", data, at)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strings + value)
                needed.append(data[strings + value : end].decode())
    return needed
