"""Render the application icon (the package's SVG) into the hicolor PNG sizes desktops look for.

    python packaging/linux/render_icons.py [OUT_DIR]   # default: packaging/linux/icons

Writes ``OUT_DIR/hicolor/<N>x<N>/apps/journey-widget.png`` for every size in ``SIZES`` and
``OUT_DIR/hicolor/scalable/apps/journey-widget.svg``. The PNGs are committed (a machine that
installs the bundle has no Python); tests/packaging/test_desktop_files.py checks that they are
what this script renders from the current SVG.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "src" / "journey_widget" / "resources" / "journey-widget.svg"
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


def write_icons(out: Path) -> list[Path]:
    written = []
    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    written.append(scalable)
    return written


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent / "icons"
    for path in write_icons(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
