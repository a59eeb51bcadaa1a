"""Our Indonesian catalogue of Qt's own strings, ``translations/qtbase_id.ts`` (issue 8.1).

lupdate never touches it (it holds Qt's contexts, not ours), so these checks stand in for the
ones ``test_translations.py`` makes of our catalogues: every message is translated, keeps
its accelerator and placeholders, is compiled into the package, and is a message Qt really
asks for. The last is checked against the German catalogue Qt ships for the installed
version: a source text with a typo would never be looked up, and no other test would notice.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator

TS = Path(__file__).resolve().parents[2] / "translations" / "qtbase_id.ts"


def _messages() -> list[tuple[str, str, str | None, ET.Element | None]]:
    return [
        (
            context.findtext("name"),
            message.findtext("source"),
            message.findtext("comment"),
            message.find("translation"),
        )
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
    ]


def test_the_catalogue_is_indonesian_and_not_empty() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("language") == "id"
    contexts = {name for name, *_ in _messages()}
    assert {"QPlatformTheme", "QLineEdit", "QWidgetTextControl", "QFileDialog"} <= contexts
    assert {"QPrintPreviewDialog", "QPrintDialog"} <= contexts


def test_every_message_is_finished() -> None:
    unfinished = [
        (name, source)
        for name, source, _, translation in _messages()
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert not unfinished


def test_accelerators_and_placeholders_are_kept() -> None:
    wrong = []
    for name, source, _, translation in _messages():
        text = translation.text or ""
        if source.count("&") != text.count("&"):
            wrong.append((name, source, text))
        if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", text)):
            wrong.append((name, source, text))
    assert not wrong


def test_no_message_appears_twice() -> None:
    keys = [(name, source, comment) for name, source, comment, _ in _messages()]
    assert len(keys) == len(set(keys))


def test_every_message_is_one_qt_asks_for() -> None:
    german = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not german.load("qtbase_de", folder):
        pytest.skip(f"Qt's qtbase_de.qm is not in {folder}")
    unknown = [
        (name, source)
        for name, source, comment, _ in _messages()
        if not german.translate(name, source, comment)
    ]
    assert not unknown, "not a message of the installed Qt (context or source text differs)"


def test_the_compiled_catalogue_is_installed_and_translates() -> None:
    qm = resources.files("journey_widget") / "translations" / "qtbase_id.qm"
    assert qm.is_file(), "the .qm files are built by the package's build step (setup.py)"
    translator = QTranslator()
    data = qm.read_bytes()
    assert translator.load(data)
    assert translator.translate("QPlatformTheme", "Cancel") == "Batal"
    assert translator.translate("QFileSystemModel", "Type", "All other platforms") == "Jenis"
