"""Build step: compile translations/*.ts into the package's .qm files with pyside6-lrelease.

Everything else about the package is declared in pyproject.toml. The .qm files are build
products (not in git): a normal build puts them into the wheel, an editable install next to
the sources, where importlib.resources finds them either way.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _lrelease() -> list[str]:
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    # Inside an isolated build environment the script may not be on PATH.
    return [sys.executable, "-c", "from PySide6.scripts.pyside_tool import lrelease; lrelease()"]


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        targets = [Path(self.build_lib) / "journey_widget" / "translations"]
        if getattr(self, "editable_mode", False):
            targets.append(HERE / "src" / "journey_widget" / "translations")
        for ts in sorted((HERE / "translations").glob("*.ts")):
            for target in targets:
                target.mkdir(parents=True, exist_ok=True)
                qm = target / ts.with_suffix(".qm").name
                subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


setup(cmdclass={"build_py": BuildWithTranslations})
