"""The icons reach the widget through Qt's resource system (resources/, compiled at build)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QFile, QSize
from PySide6.QtSvg import QSvgRenderer

from journey_widget.ui.common import channel_icons, qt_resources
from journey_widget.ui.common.icons import app_icon

ROOT = Path(__file__).resolve().parents[3]
RESOURCES = ROOT / "resources"


def _listed() -> list[str]:
    root = ET.parse(RESOURCES / "journey_widget.qrc").getroot()
    return [entry.text or "" for entry in root.iter("file")]


def test_the_qrc_lists_every_file_of_resources_once():
    on_disk = sorted(
        path.relative_to(RESOURCES).as_posix()
        for path in RESOURCES.rglob("*")
        if path.is_file() and path.suffix != ".qrc"
    )
    assert sorted(_listed()) == on_disk
    assert len(set(_listed())) == len(_listed())


def test_every_channel_glyph_is_a_valid_svg_in_the_resources(qapp):
    assert qt_resources.ensure_loaded(), "resources_rc.py missing: pip install -e . compiles it"
    assert {f"icons/{name}.svg" for name in channel_icons.ICON_NAMES} <= set(_listed())
    for name in sorted(channel_icons.ICON_NAMES):
        path = qt_resources.icon_path(name)
        assert QFile.exists(path), path
        assert QSvgRenderer(path).isValid(), path
        assert channel_icons._renderer(name) is not None, name


def test_the_app_icon_comes_from_the_resources_and_draws(qapp):
    icon = app_icon()
    assert icon is not None
    image = icon.pixmap(QSize(64, 64)).toImage()
    assert (image.width(), image.height()) == (64, 64)
    colours = {image.pixel(x, y) for x in range(0, 64, 4) for y in range(0, 64, 4)}
    assert len(colours) > 5  # drawn, not a blank square
