"""What the bundle keeps of Qt: the platforms and formats the widget loads, no more."""

from __future__ import annotations

import pytest

PLUGINS = "PySide6/Qt/plugins/"


@pytest.mark.parametrize(
    "dest",
    [
        PLUGINS + "platforms/libqxcb.so",
        PLUGINS + "platforms/libqoffscreen.so",
        PLUGINS + "imageformats/libqsvg.so",
        PLUGINS + "iconengines/libqsvgicon.so",
        PLUGINS + "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        PLUGINS + "xcbglintegrations/libqxcb-glx-integration.so",
        PLUGINS + "printsupport/libcupsprintersupport.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_id.qm",
        "journey_widget/translations/journey_widget_id.qm",
        "PySide6/QtWidgets.abi3.so",
        "libX11.so.6",
    ],
)
def test_keeps_what_the_widget_loads(bundle_filter, dest):
    assert bundle_filter.keep_file(dest)


@pytest.mark.parametrize(
    "dest",
    [
        PLUGINS + "platforms/libqwayland.so",
        PLUGINS + "platforms/libqeglfs.so",
        PLUGINS + "platforms/libqvnc.so",
        PLUGINS + "platformthemes/libqgtk3.so",
        PLUGINS + "imageformats/libqjpeg.so",
        PLUGINS + "tls/libqopensslbackend.so",
        PLUGINS + "wayland-shell-integration/libxdg-shell.so",
        PLUGINS + "generic/libqevdevmouseplugin.so",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "libcups.so.2",  # the system's, to match its CUPS daemon
    ],
)
def test_drops_what_the_widget_never_loads(bundle_filter, dest):
    assert not bundle_filter.keep_file(dest)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/platforms/qminimal.dll", False),
        ("PySide6/plugins/imageformats/qsvg.dll", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/translations/qtbase_de.qm", True),
        ("PySide6/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.dylib", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.dylib", False),
    ],
)
def test_windows_and_macos_spellings_keep_the_same_set(bundle_filter, dest, kept):
    assert bundle_filter.keep_file(dest) is kept


def test_windows_separators_are_understood(bundle_filter):
    assert not bundle_filter.keep_file("PySide6\\Qt\\plugins\\platforms\\libqvnc.so")
    assert bundle_filter.keep_file("PySide6\\Qt\\plugins\\platforms\\libqxcb.so")


def test_phonenumbers_tables_the_widget_never_reads_are_excluded(bundle_filter):
    excluded = bundle_filter.excluded_modules()
    assert {"phonenumbers.geodata", "phonenumbers.carrierdata", "tkinter"} <= set(excluded)
    assert "phonenumbers" not in excluded and "phonenumbers.data" not in excluded


def test_shared_library_or_not(bundle_filter):
    assert bundle_filter.is_shared_library("libcairo.so.2")
    assert bundle_filter.is_shared_library("PySide6/Qt/lib/libQt6Core.so.6")
    assert not bundle_filter.is_shared_library("libpython3.11.so.1.0")
    assert not bundle_filter.is_shared_library("PySide6/QtCore.abi3.so")
    assert not bundle_filter.is_shared_library(
        "python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so"
    )
    assert not bundle_filter.is_shared_library(PLUGINS + "platforms/libqxcb.so")
    assert not bundle_filter.is_shared_library("journey_widget/translations/journey_widget_de.qm")


def test_prune_keeps_what_is_linked_and_drops_the_rest(bundle_filter):
    links = {
        "PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        PLUGINS + "platforms/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "PySide6/Qt/lib/libQt6XcbQpa.so.6": ["libxcb-cursor.so.0", "libc.so.6"],
        "PySide6/Qt/lib/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "libQt6Gui.so.6": [],  # a link at the top to the one in PySide6/Qt/lib
        "PySide6/Qt/lib/libQt6Core.so.6": ["libicuuc.so.73"],
        "PySide6/Qt/lib/libicuuc.so.73": ["libicudata.so.73"],
        "PySide6/Qt/lib/libicudata.so.73": [],
        "libxcb-cursor.so.0": [],
        "libpython3.11.so.1.0": ["libz.so.1"],
        "libz.so.1": [],
        "libcairo.so.2": ["libpixman-1.so.0"],  # only the (dropped) GTK theme needed these
        "libpixman-1.so.0": [],
        "PySide6/Qt/lib/libQt6WaylandClient.so.6": ["libQt6Gui.so.6"],
    }
    kept = bundle_filter.prune_libraries(links, lambda dest: links[dest])
    assert kept == set(links) - {
        "libcairo.so.2",
        "libpixman-1.so.0",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    }


def test_a_link_lands_beside_or_below_itself(bundle_filter):
    assert (
        bundle_filter.link_target("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6")
        == "PySide6/Qt/lib/libQt6Core.so.6"
    )
    assert bundle_filter.link_target("a/b/libx.so", "../c/libx.so") == "a/c/libx.so"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["-m", "journey_widget.cli", "--pop", "{}"], ["--pop", "{}"]),
        (["--demo"], ["--demo"]),
        (["call", "-m"], ["call", "-m"]),
        (["-m", "other.module"], ["-m", "other.module"]),
        ([], []),
        # A link is left to cli.main (tests/cli/test_verbs.py).
        (["journey-widget://call?number=123"], ["journey-widget://call?number=123"]),
    ],
)
def test_the_frozen_program_accepts_the_interpreter_form_of_a_restart(launcher, argv, expected):
    """call_commands starts a widget as ``sys.executable -m journey_widget.cli ...``."""
    assert launcher.frozen_argv(argv) == expected


def test_elf_needed_names_direct_links_only(bundle_filter):
    from pathlib import Path

    import PySide6

    core = Path(PySide6.__file__).parent / "QtCore.abi3.so"
    needed = bundle_filter.elf_needed(str(core))
    assert "libQt6Core.so.6" in needed and "libc.so.6" in needed
    # ldd would add libicu* (what libQt6Core links to); NEEDED names the direct links only.
    assert not any(name.startswith("libicu") for name in needed)


def test_elf_needed_of_something_else_is_none(bundle_filter, tmp_path):
    script = tmp_path / "launcher.py"
    script.write_text("print('hi')\n")
    assert bundle_filter.elf_needed(str(script)) is None
    assert bundle_filter.elf_needed(str(tmp_path / "missing.so")) is None
