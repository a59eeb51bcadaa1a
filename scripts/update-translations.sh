#!/usr/bin/env bash
# Refreshes translations/*.ts from every tr() / translate() literal in the code. New strings
# arrive as "unfinished"; translate them (Qt Linguist, or by hand) before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v pyside6-lupdate || echo .venv/bin/pyside6-lupdate)
mapfile -t sources < <(find src/journey_widget -name '*.py' | sort)
for lang in de id; do
  "$lupdate" -silent -no-obsolete -locations none "${sources[@]}" \
    -source-language en -target-language "$lang" -ts "translations/journey_widget_${lang}.ts"
done
grep -c 'type="unfinished"' translations/*.ts || true
