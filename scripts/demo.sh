#!/usr/bin/env bash
# Installs the widget and opens it on the built-in demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/journey-widget --demo "$@"
