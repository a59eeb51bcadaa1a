"""scripts/install-desktop.sh into a temp home: launcher, icons, metadata, URL handler, undo."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "install-desktop.sh"


@pytest.fixture
def home(tmp_path) -> dict[str, Path]:
    places = {name: tmp_path / name for name in ("home", "data", "config")}
    for path in places.values():
        path.mkdir()
    # A stand-in for dist/journey-widget: the script copies folders, it does not run them.
    bundle = tmp_path / "dist" / "journey-widget"
    (bundle / "_internal" / "journey_widget").mkdir(parents=True)
    program = bundle / "journey-widget"
    program.write_text("#!/bin/sh\necho bundle\n")
    program.chmod(0o755)
    places["bundle"] = bundle
    return places


def _run(home: dict[str, Path], *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home["home"]),
        "XDG_DATA_HOME": str(home["data"]),
        "XDG_CONFIG_HOME": str(home["config"]),
        "XDG_DATA_DIRS": str(home["data"]),
        **extra,
    }
    return subprocess.run(
        ["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True, check=False
    )


def test_install_puts_everything_where_the_desktop_looks(home):
    result = _run(
        home, "--bundle", str(home["bundle"]), JOURNEY_WIDGET_BASE_URL="https://i.example/jw/"
    )
    assert result.returncode == 0, result.stderr
    program = home["home"] / ".local" / "lib" / "journey-widget" / "journey-widget"
    assert program.is_file()
    assert (home["home"] / ".local" / "bin" / "journey-widget").resolve() == program
    desktop = (home["data"] / "applications" / "journey-widget.desktop").read_text()
    assert f"Exec={program} %u" in desktop.splitlines()
    assert f"TryExec={program}" in desktop.splitlines()
    for size in ("16x16", "48x48", "256x256", "512x512"):
        assert (home["data"] / "icons" / "hicolor" / size / "apps" / "journey-widget.png").is_file()
    scalable = home["data"] / "icons" / "hicolor" / "scalable" / "apps" / "journey-widget.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "journey-widget.svg").read_bytes()
    metainfo = (home["data"] / "metainfo" / "org.example.JourneyWidget.metainfo.xml").read_text()
    assert "@BASE_URL@" not in metainfo
    assert "https://i.example/jw/docs/screenshots/timeline-wide.png" in metainfo
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            [
                "desktop-file-validate",
                str(home["data"] / "applications" / "journey-widget.desktop"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert check.returncode == 0, check.stdout


@pytest.mark.skipif(shutil.which("xdg-mime") is None, reason="xdg-utils is not installed")
def test_install_makes_the_widget_the_handler_of_its_links(home):
    assert _run(home, "--bundle", str(home["bundle"])).returncode == 0
    mimeapps = (home["config"] / "mimeapps.list").read_text()
    assert "x-scheme-handler/journey-widget=journey-widget.desktop" in mimeapps
    env = {
        **os.environ,
        "HOME": str(home["home"]),
        "XDG_DATA_HOME": str(home["data"]),
        "XDG_CONFIG_HOME": str(home["config"]),
        "XDG_DATA_DIRS": str(home["data"]),
    }
    query = subprocess.run(
        ["xdg-mime", "query", "default", "x-scheme-handler/journey-widget"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert query.stdout.strip() == "journey-widget.desktop"


def test_installing_again_replaces_the_program(home):
    assert _run(home, "--bundle", str(home["bundle"])).returncode == 0
    (home["bundle"] / "_internal" / "new-file").write_text("2")
    assert _run(home, "--bundle", str(home["bundle"])).returncode == 0
    installed = home["home"] / ".local" / "lib" / "journey-widget"
    assert (installed / "_internal" / "new-file").read_text() == "2"
    assert not list(installed.parent.glob(".journey-widget.*"))  # no staging folder left


def test_uninstall_removes_the_program_and_its_integration_but_not_the_data(home):
    assert _run(home, "--bundle", str(home["bundle"])).returncode == 0
    user_data = home["data"] / "journey-widget" / "journey.sqlite"
    user_data.parent.mkdir()
    user_data.write_text("the user's store")
    autostart = home["config"] / "autostart" / "journey-widget.desktop"
    autostart.parent.mkdir()
    autostart.write_text("[Desktop Entry]\n")
    result = _run(home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not (home["home"] / ".local" / "lib" / "journey-widget").exists()
    assert not (home["home"] / ".local" / "bin" / "journey-widget").exists()
    assert not (home["data"] / "applications" / "journey-widget.desktop").exists()
    assert not list(home["data"].glob("icons/hicolor/*/apps/journey-widget.*"))
    assert not list(home["data"].glob("metainfo/*"))
    assert not autostart.exists()
    assert user_data.read_text() == "the user's store"
    mimeapps = home["config"] / "mimeapps.list"
    if mimeapps.exists():
        assert "journey-widget" not in mimeapps.read_text()


def test_without_a_bundle_it_says_how_to_build_one(home, tmp_path):
    result = _run(home, "--bundle", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "scripts/build-bundle.sh" in result.stderr
    assert not (home["data"] / "applications").exists()


def test_a_foreign_folder_at_the_prefix_is_never_replaced(home):
    foreign = home["home"] / "Documents"
    foreign.mkdir()
    (foreign / "letter.txt").write_text("keep me")
    result = _run(home, "--bundle", str(home["bundle"]), JOURNEY_WIDGET_PREFIX=str(foreign))
    assert result.returncode == 2
    assert "not replacing" in result.stderr
    assert (foreign / "letter.txt").read_text() == "keep me"
    result = _run(home, "--uninstall", JOURNEY_WIDGET_PREFIX=str(foreign))
    assert (foreign / "letter.txt").read_text() == "keep me"


def test_unknown_option_is_refused(home):
    result = _run(home, "--frobnicate")
    assert result.returncode == 2
    assert "unknown option" in result.stderr
