"""The Linux launcher entry, AppStream metadata and icons (issue 9, item 2).

desktop-file-validate (desktop-file-utils) and appstreamcli (appstream) are what software
centres and distributions check with; scripts/setup.sh --test installs both.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "journey-widget.desktop"
METAINFO_TEMPLATE = LINUX / "journey-widget.metainfo.xml.in"
ICONS = LINUX / "icons" / "hicolor"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: apt-get install {package} (scripts/setup.sh --test)")
    return path


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_is_valid():
    result = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_entry_opens_our_links_and_shows_our_icon():
    entry = _entry(DESKTOP)
    assert entry["Exec"].split() == ["journey-widget", "%u"]
    assert entry["MimeType"] == "x-scheme-handler/journey-widget;"
    assert entry["Icon"] == "journey-widget"
    # Qt names the window after app.setDesktopFileName("journey-widget"): the desktop matches
    # windows to their launcher by that name.
    assert entry["StartupWMClass"] == "journey-widget"
    for key in ("Comment", "GenericName", "Keywords"):
        assert entry.get(f"{key}[de]") and entry.get(f"{key}[id]"), key


def test_metainfo_is_valid(tmp_path):
    metainfo = tmp_path / "org.example.JourneyWidget.metainfo.xml"
    text = METAINFO_TEMPLATE.read_text(encoding="utf-8")
    metainfo.write_text(text.replace("@BASE_URL@", "https://intranet.example.org/jw"), "utf-8")
    result = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_metainfo_screenshots_are_the_ones_in_docs():
    text = METAINFO_TEMPLATE.read_text(encoding="utf-8")
    shots = [line for line in text.splitlines() if "<image" in line]
    assert len(shots) >= 2
    for line in shots:
        relative = line.split("@BASE_URL@/", 1)[1].split("<", 1)[0]
        assert (ROOT / relative).is_file(), relative
    for required in (
        '<launchable type="desktop-id">journey-widget.desktop',
        "<content_rating",
        "<release version=",
        '<screenshot type="default">',
    ):
        assert required in text


def test_icons_at_every_usual_size_match_the_svg(qapp):
    """The committed PNGs are what packaging/linux/render_icons.py makes of the current SVG."""
    import importlib.util

    from PySide6.QtGui import QImage

    spec = importlib.util.spec_from_file_location("_render_icons", LINUX / "render_icons.py")
    assert spec is not None and spec.loader is not None
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    assert render_icons.SIZES == SIZES
    for size in SIZES:
        committed = QImage(str(ICONS / f"{size}x{size}" / "apps" / "journey-widget.png"))
        assert (committed.width(), committed.height()) == (size, size)
        fresh = render_icons.render(size).convertToFormat(committed.format())
        assert fresh == committed, f"{size}px icon is stale: run packaging/linux/render_icons.py"
    assert render_icons.SVG == ROOT / "resources" / "journey-widget.svg"
    # The SVG itself is installed from resources/ (scripts/install-desktop.sh): no stale copy.
    assert not (ICONS / "scalable").exists()
