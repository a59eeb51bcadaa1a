#!/usr/bin/env bash
# Installs everything the tests need, then runs the linter, the import contracts (the arrows
# between the packages, pyproject.toml [tool.importlinter]) and the whole test suite offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
# The venv's tools (pyside6-lupdate / -lrelease for the translation checks) on the PATH, so
# those tests run instead of skipping.
export PATH="$PWD/.venv/bin:$PATH"
.venv/bin/ruff check src tests benchmarks
.venv/bin/lint-imports
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
