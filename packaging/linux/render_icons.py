"""Render the application icon (resources/journey-widget.svg) into the files desktops look for.

    python packaging/linux/render_icons.py [OUT_DIR]   # default: packaging/linux/icons

Writes ``OUT_DIR/hicolor/<N>x<N>/apps/journey-widget.png`` for every size in ``SIZES``. With
the default OUT_DIR also the Windows ``packaging/windows/journey-widget.ico`` and the macOS
``packaging/macos/journey-widget.icns`` (``packaging/icon_formats.py``); with another OUT_DIR
(a distribution's staging tree) also ``OUT_DIR/hicolor/scalable/apps/journey-widget.svg``,
a copy of the SVG, which scripts/install-desktop.sh otherwise takes from resources/ itself.
The renderings are committed (a machine that installs the bundle has no Python);
tests/packaging/test_desktop_files.py checks that they are what this script makes of the SVG.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from icon_formats import ICO_SIZES, icns, ico  # noqa: E402

SVG = ROOT / "resources" / "journey-widget.svg"
ICON_NAME = "journey-widget"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(size: int):
    """The icon as a QImage of ``size`` x ``size`` pixels (needs a QGuiApplication)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def write_icons(out: Path, *, scalable: bool = True) -> list[Path]:
    written = []
    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    if scalable:
        copy = out / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SVG, copy)
        written.append(copy)
    return written


def png_bytes(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not render(size).save(buffer, "PNG"):
        raise SystemExit(f"could not encode the {size} px icon")
    buffer.close()
    return bytes(data.data())


def write_platform_icons(packaging: Path) -> list[Path]:
    """The Windows .ico and the macOS .icns, from the same renderings."""
    pngs = {size: png_bytes(size) for size in sorted({*ICO_SIZES, 16, 32, 64, 128, 256, 512})}
    targets = [
        (packaging / "windows" / f"{ICON_NAME}.ico", ico(pngs)),
        (packaging / "macos" / f"{ICON_NAME}.icns", icns(pngs)),
    ]
    for path, data in targets:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return [path for path, _data in targets]


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent / "icons"
    written = write_icons(out, scalable=bool(argv))
    if not argv:
        written += write_platform_icons(ROOT / "packaging")
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
