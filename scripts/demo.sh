#!/usr/bin/env bash
# Installs the widget and opens it on the built-in demo data. On a machine without a display
# (no DISPLAY / WAYLAND_DISPLAY), it renders the window offscreen to demo.png instead and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [[ " $* " != *" --screenshot"* ]]; then
  echo "demo: no display here, so the window is rendered to $PWD/demo.png instead." >&2
  exec .venv/bin/journey-widget --demo --screenshot demo.png "$@"
fi
exec .venv/bin/journey-widget --demo "$@"
