#!/usr/bin/env bash
# Builds the one-folder Linux bundle dist/journey-widget/ with PyInstaller (packaging/), and with
# --smoke runs its smoke test from a copy outside the source tree (tests/packaging/).
# Uses ./.venv when it exists (scripts/setup.sh makes it), else the python3 on PATH; installs the
# `bundle` extra (PyInstaller) when it is missing. Prints the build time and the bundle's size.
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=""
[ "${1:-}" = "--smoke" ] && smoke=1

python=python3
[ -x .venv/bin/python ] && python=.venv/bin/python
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  # The `bundle` extra of pyproject.toml, without reinstalling the package itself.
  mapfile -t wanted < <("$python" -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["bundle"], sep="\n")')
  "$python" -m pip install -q "${wanted[@]}"
fi

SECONDS=0
bash scripts/compile-translations.sh
bash scripts/compile-resources.sh
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist packaging/journey-widget.spec
echo "bundle: built dist/journey-widget in ${SECONDS} s," \
  "$(du -sh dist/journey-widget | cut -f1) on disk, $(find dist/journey-widget -type f | wc -l) files"

if [ -n "$smoke" ]; then
  JOURNEY_WIDGET_BUNDLE="$PWD/dist/journey-widget" QT_QPA_PLATFORM=offscreen \
    "$python" -m pytest -q -p no:cacheprovider tests/packaging
  # Start to saved screenshot, from a copy with a clean environment: the first start builds
  # the demo store, the second finds it (docs/packaging.md quotes these lines).
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  cp -a dist/journey-widget "$scratch/app"
  mkdir "$scratch/home"
  for run in first second; do
    start=$(date +%s%N)
    (cd "$scratch/home" && env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 \
      QT_QPA_PLATFORM=offscreen "$scratch/app/journey-widget" --demo --size 380x800 \
      --screenshot "$scratch/shot.png")
    echo "bundle: $run start to screenshot $(( ($(date +%s%N) - start) / 1000000 )) ms"
  done
fi
