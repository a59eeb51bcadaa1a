"""The import contracts (pyproject.toml [tool.importlinter]) hold, and a new wrong arrow breaks
them: lint-imports runs on a copy of the package with one bad import added and must fail.

scripts/test.sh runs lint-imports on the real tree; this proves the contracts can fail at all,
including our own no_qt_widgets type (scripts/import_contracts.py)."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of what lint-imports reads: the config, our contract types and the package."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "import_contracts.py", tmp_path / "scripts")
    shutil.copytree(
        ROOT / "src" / "journey_widget",
        tmp_path / "src" / "journey_widget",
        ignore=shutil.ignore_patterns("__pycache__", "*.qm", "resources"),
    )
    return tmp_path


def lint(tree: Path) -> subprocess.CompletedProcess[str]:
    # The copy comes first on the path, ahead of the editable install of the real tree.
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "COLUMNS": "200"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def add_import(tree: Path, module: str, line: str) -> None:
    path = tree / "src" / Path(*module.split(".")).with_suffix(".py")
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_the_tree_keeps_every_contract(tree: Path) -> None:
    result = lint(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        (
            "journey_widget.model.enums",
            "import journey_widget.paths",
            "model imports nothing else of the project and no Qt",
        ),
        (
            "journey_widget.model.enums",
            "from PySide6.QtCore import QObject",
            "model imports nothing else of the project and no Qt",
        ),
        (
            "journey_widget.sources.audit",
            "import journey_widget.ui.common",
            "sources, service and calls import no ui, app or cli",
        ),
        (
            "journey_widget.sources.base",
            "import journey_widget.service.caller_privacy",
            "top-level packages form layers, no circles",
        ),
        (
            "journey_widget.service.caller_privacy",
            "import journey_widget.secrets",
            "top-level packages form layers, no circles",
        ),
        (
            "journey_widget.calls.dial",
            "import journey_widget.service.lookup",
            "top-level packages form layers, no circles",
        ),
        (
            "journey_widget.ui.journey.source_banner",
            "import journey_widget.sources.base",
            "the window knows model and service, never a source",
        ),
        (
            "journey_widget.service.caller_privacy",
            "from PySide6.QtWidgets import QWidget",
            "never import PySide6.QtWidgets",
        ),
        (
            "journey_widget.cli.errors",
            "import journey_widget.app.screenshot",
            "never import PySide6.QtWidgets",
        ),
        (
            "journey_widget.cli.errors",
            "from PySide6 import QtWidgets",
            "never import PySide6.QtWidgets",
        ),
    ],
)
def test_a_wrong_arrow_breaks_its_contract(
    tree: Path, module: str, line: str, contract: str
) -> None:
    add_import(tree, module, line)
    result = lint(tree)
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken
    assert module in broken


def _our_imports() -> list[tuple[str, int, str, str | None]]:
    """(file, line, module, name) for every absolute import of ours in src/, at any depth."""
    found = []
    for path in sorted((ROOT / "src" / "journey_widget").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(ROOT))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [
                    (where, node.lineno, alias.name, None)
                    for alias in node.names
                    if alias.name.split(".")[0] == "journey_widget"
                ]
            elif (
                isinstance(node, ast.ImportFrom)
                and node.level == 0
                and (node.module or "").split(".")[0] == "journey_widget"
            ):
                found += [(where, node.lineno, node.module, a.name) for a in node.names]
    return found


def test_every_import_of_ours_names_something_that_exists() -> None:
    # grimp skips an import of a module that does not exist, so the contracts cannot see one;
    # a lazy import inside a function fails only when that function runs (a moved module left
    # `from journey_widget import commands` behind, and every headless verb failed).
    imports = _our_imports()
    assert len(imports) > 500
    missing = []
    for where, line, module, name in imports:
        try:
            imported = importlib.import_module(module)
        except ImportError as error:
            missing.append(f"{where}:{line}: {module} ({error})")
            continue
        if name is None or name == "*" or hasattr(imported, name):
            continue
        if importlib.util.find_spec(f"{module}.{name}") is None:
            missing.append(f"{where}:{line}: {name} from {module}")
    assert not missing, "\n".join(missing)
