"""Fill the German, Indonesian and English-plural catalogues without a GUI, safely in parallel.

    python scripts/translate.py pending [CONTEXT ...]   # what still needs a translation, as JSON
    python scripts/translate.py apply FILE.json          # refresh the .ts files, then fill them

FILE.json maps language -> context -> source text -> translation; a %n message takes a list of
forms (German and English: [singular, plural]; Indonesian: [one form]):

    {"de": {"SettingsDialog": {"Test connection": "Verbindung testen",
                               "%n calls": ["%n Anruf", "%n Anrufe"]}},
     "id": {"SettingsDialog": {"Test connection": "Uji koneksi", "%n calls": ["%n panggilan"]}},
     "en": {"SettingsDialog": {"%n calls": ["%n call", "%n calls"]}}}

Both commands hold an exclusive lock on translations/.lock while they run lupdate and write,
so two people (or agents) translating at once never lose each other's entries.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "translations"
LANGUAGES = ("de", "id", "en")


@contextmanager
def _locked():
    with open(FOLDER / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _refresh() -> None:
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "update-translations.sh")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _ts(lang: str) -> Path:
    return FOLDER / f"journey_widget_{lang}.ts"


def _write(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def pending(contexts: set[str]) -> dict:
    result: dict = {}
    for lang in LANGUAGES:
        tree = ET.parse(_ts(lang))
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            if contexts and name not in contexts:
                continue
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "unfinished":
                    entry = "[forms]" if message.get("numerus") == "yes" else ""
                    result.setdefault(lang, {}).setdefault(name, {})[message.findtext("source")] = (
                        entry
                    )
    return result


def apply(table: dict) -> int:
    missing = 0
    for lang, by_context in table.items():
        path = _ts(lang)
        tree = ET.parse(path)
        index = {
            (context.findtext("name"), message.findtext("source")): message
            for context in tree.getroot().iter("context")
            for message in context.iter("message")
        }
        for context, entries in by_context.items():
            for source, text in entries.items():
                message = index.get((context, source))
                if message is None:
                    print(f"{lang}: no message {context!r} {source!r} in the code", file=sys.stderr)
                    missing += 1
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                translation.attrib.pop("type", None)
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    forms = text if isinstance(text, list) else [text]
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = text
        _write(tree, path)
    return missing


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"pending", "apply"}:
        print(__doc__, file=sys.stderr)
        return 2
    with _locked():
        _refresh()
        if argv[0] == "pending":
            print(json.dumps(pending(set(argv[1:])), ensure_ascii=False, indent=1))
            return 0
        table = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        missing = apply(table)
        _refresh()  # back to lupdate's own layout
        left = pending(set())
    count = sum(len(entries) for ctx in left.values() for entries in ctx.values())
    print(f"{count} messages still unfinished; {missing} given for messages the code lacks")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
