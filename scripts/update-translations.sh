#!/usr/bin/env bash
# Refreshes translations/*.ts from every tr() / translate() literal in the code. New strings
# arrive as "unfinished"; translate them (Qt Linguist, or by hand) before committing.
# English is the source language, so its catalogue holds only the %n messages (-pluralonly):
# their singular and plural forms ("1 interaction", "2 interactions").
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v pyside6-lupdate || echo .venv/bin/pyside6-lupdate)
mapfile -t sources < <(find src/journey_widget -name '*.py' | sort)
for lang in de id; do
  "$lupdate" -silent -no-obsolete -locations none "${sources[@]}" \
    -source-language en -target-language "$lang" -ts "translations/journey_widget_${lang}.ts"
done
"$lupdate" -silent -no-obsolete -locations none -pluralonly "${sources[@]}" \
  -source-language en -target-language en -ts translations/journey_widget_en.ts
# translations/qtbase_*.ts hold Qt's own strings (no qtbase_id.qm ships with Qt): lupdate never
# touches them, and tests/translations/test_qtbase_catalogue.py checks them.
grep -c 'type="unfinished"' translations/journey_widget_*.ts || true
