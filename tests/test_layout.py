"""The house stays navigable (DESIGN.md, issue 14): few modules at the package top, no folder
crowded past what a reader scans at a glance, no module long enough to be two ideas.

Word lists and other plain data belong in data files (sources/demo/vocabulary.json), which
these limits do not count."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "journey_widget"

MAX_TOP_MODULES = 10
MAX_FOLDER_MODULES = 24
MAX_LINES = 450
# Written by the build (pyside6-rcc, setup.py), not by us, and not in git.
GENERATED = {"resources_rc.py"}


def _modules(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.py"))


def _folders() -> list[Path]:
    inner = sorted(p for p in PACKAGE.rglob("*") if p.is_dir() and p.name != "__pycache__")
    return [PACKAGE, *inner]


def test_the_package_is_where_the_test_looks() -> None:
    # Guards the limits below against passing on an empty tree.
    assert (PACKAGE / "__init__.py").is_file()
    assert len(list(PACKAGE.rglob("*.py"))) > 100


def test_few_modules_at_the_package_top() -> None:
    top = [p.name for p in _modules(PACKAGE)]
    assert len(top) <= MAX_TOP_MODULES, f"{len(top)} modules at the top: {top}"


def test_no_folder_holds_too_many_modules() -> None:
    crowded = {
        str(folder.relative_to(PACKAGE.parent)): len(_modules(folder))
        for folder in _folders()
        if len(_modules(folder)) > MAX_FOLDER_MODULES
    }
    assert not crowded, f"over {MAX_FOLDER_MODULES} modules: {crowded}"


def test_no_module_is_too_long() -> None:
    long = {}
    for module in sorted(PACKAGE.rglob("*.py")):
        if module.name in GENERATED:
            continue
        lines = len(module.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            long[str(module.relative_to(PACKAGE.parent))] = lines
    assert not long, f"over {MAX_LINES} lines: {long}"
