#!/usr/bin/env bash
# Compiles translations/*.ts into the package's .qm files, as the install step does, for a
# working tree that is already installed (editable): run it after changing a .ts file.
set -euo pipefail
cd "$(dirname "$0")/.."
lrelease=$(command -v pyside6-lrelease || echo .venv/bin/pyside6-lrelease)
for ts in translations/*.ts; do
  name=$(basename "$ts" .ts)
  "$lrelease" -silent "$ts" -qm "src/journey_widget/translations/$name.qm"
done
