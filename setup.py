"""Build step: compile the Qt files of the repository into the package.

- translations/*.ts -> journey_widget/translations/*.qm (pyside6-lrelease), read through
  importlib.resources (i18n.py);
- resources/journey_widget.qrc (the SVG icons and the app icon) ->
  journey_widget/ui/common/resources_rc.py (pyside6-rcc), which registers them with Qt's
  resource system when imported (ui/common/qt_resources.py); code reads ":/icons/sms.svg".

Everything else about the package is declared in pyproject.toml. Both outputs are build
products (not in git): a normal build puts them into the wheel, an editable install next to
the sources as well. docs/packaging.md says more.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
QRC = HERE / "resources" / "journey_widget.qrc"
# Where the compiled resources go, relative to the package's root folder.
RESOURCES_MODULE = Path("journey_widget") / "ui" / "common" / "resources_rc.py"


def _pyside_tool(name: str) -> list[str]:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    # Inside an isolated build environment the script may not be on PATH.
    code = f"from PySide6.scripts.pyside_tool import {name}; {name}()"
    return [sys.executable, "-c", code]


def compile_translations(package_root: Path) -> None:
    target = package_root / "journey_widget" / "translations"
    target.mkdir(parents=True, exist_ok=True)
    for ts in sorted((HERE / "translations").glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([*_pyside_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def compile_resources(package_root: Path) -> None:
    target = package_root / RESOURCES_MODULE
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([*_pyside_tool("rcc"), "-g", "python", str(QRC), "-o", str(target)], check=True)


class BuildWithQtFiles(build_py):
    def run(self) -> None:
        super().run()
        roots = [Path(self.build_lib)]
        if getattr(self, "editable_mode", False):
            roots.append(HERE / "src")
        for root in roots:
            compile_translations(root)
            compile_resources(root)


setup(cmdclass={"build_py": BuildWithQtFiles})
