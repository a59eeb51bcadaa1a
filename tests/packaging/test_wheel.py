"""``pip install -e .`` and ``pip wheel .``: the compiled icons and catalogues, no warnings.

Builds in pip's isolated build environment, which downloads setuptools and PySide6 from the
package index, so it runs with the bundle job only (``JOURNEY_WIDGET_BUNDLE`` set: ``bash
scripts/build-bundle.sh --smoke``, CI). The tree is copied without build products, then
installed editable into a fresh venv (the build that warned "Package
'journey_widget.translations' is absent" when the .qm files appeared during it), then built
as a wheel with the egg-info, the .qm files and resources_rc.py of the first build in it, as
a developer's tree has them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.environ.get("JOURNEY_WIDGET_BUNDLE"),
        reason="needs the package index: runs with bash scripts/build-bundle.sh --smoke",
    ),
]
GENERATED = ("*.qm", "resources_rc.py", "*.egg-info", "build", "dist", "__pycache__")
WARNING = re.compile(r"warning|absent from the `packages`|!!", re.IGNORECASE)


def _pip(python: Path | str, *args: str, cwd: Path) -> list[str]:
    """Run pip verbosely; the lines that warn (PYTHONDONTWRITEBYTECODE would add its own)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    result = subprocess.run(
        [str(python), "-m", "pip", *args, "-v"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    lines = (result.stdout + result.stderr).splitlines()
    # pip's own notes about this machine's index configuration are not the build's.
    return [line for line in lines if WARNING.search(line) and "Location '" not in line]


@dataclass
class Builds:
    tree: Path
    wheel: Path
    warnings: dict[str, list[str]]


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> Builds:
    tree = tmp_path_factory.mktemp("tree") / "journey-widget"
    shutil.copytree(
        ROOT,
        tree,
        ignore=shutil.ignore_patterns(".git", ".venv", ".*_cache", ".hypothesis", *GENERATED),
    )
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    editable = _pip(venv / "bin" / "python", "install", "--no-deps", "-e", str(tree), cwd=tree)
    out = tmp_path_factory.mktemp("wheel")
    wheel = _pip(sys.executable, "wheel", str(tree), "--no-deps", "-w", str(out), cwd=tree)
    (built,) = out.glob("journey_widget-*.whl")
    return Builds(tree, built, {"pip install -e": editable, "pip wheel": wheel})


def test_the_builds_say_no_warning(builds):
    assert builds.warnings == {"pip install -e": [], "pip wheel": []}


def test_the_editable_install_compiles_next_to_the_sources(builds):
    package = builds.tree / "src" / "journey_widget"
    assert (package / "ui" / "common" / "resources_rc.py").is_file()
    assert (package / "translations" / "journey_widget_de.qm").is_file()


def test_the_wheel_carries_the_compiled_icons_and_catalogues(builds):
    names = set(zipfile.ZipFile(builds.wheel).namelist())
    assert "journey_widget/ui/common/resources_rc.py" in names
    assert {
        "journey_widget/translations/journey_widget_de.qm",
        "journey_widget/translations/journey_widget_id.qm",
    } <= names
    assert not [name for name in names if name.endswith(".svg")]


def test_the_installed_wheel_shows_its_icons_without_the_source_tree(builds, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(builds.wheel).extractall(site)
    code = "\n".join(
        [
            "import journey_widget",
            f"assert journey_widget.__file__.startswith({str(site)!r}), journey_widget.__file__",
            "from PySide6.QtWidgets import QApplication",
            "app = QApplication([])",
            "from journey_widget.ui.common import channel_icons, qt_resources",
            "from journey_widget.ui.common.icons import app_icon",
            "assert qt_resources.ensure_loaded()",
            "assert app_icon() is not None",
            "assert all(channel_icons._renderer(n) for n in channel_icons.ICON_NAMES)",
        ]
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
