#!/usr/bin/env bash
# Compiles resources/journey_widget.qrc (the SVG icons and the app icon) into the package's
# journey_widget/ui/common/resources_rc.py, as the install step does, for a working tree that
# is already installed (editable): run it after adding or changing an icon.
set -euo pipefail
cd "$(dirname "$0")/.."
rcc=$(command -v pyside6-rcc || echo .venv/bin/pyside6-rcc)
"$rcc" -g python resources/journey_widget.qrc -o src/journey_widget/ui/common/resources_rc.py
