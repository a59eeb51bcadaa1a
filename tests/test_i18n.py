"""Choosing the language and installing translations (SPEC G1)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from journey_widget import i18n
from journey_widget.ui.journey.view_bar import ViewBar

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Customer journey</source>
        <translation>Kundenhistorie</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def clean_app(qapp):
    """Remove what install_translators added, so later tests read English again."""
    before = set(qapp.findChildren(QTranslator))
    yield qapp
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(
    ("asked", "expected"),
    [("de", "de"), ("DE", "de"), ("de_AT", "de"), ("id-ID", "id"), ("en", "en")],
)
def test_resolve_language(asked, expected):
    assert i18n.resolve_language(asked) == expected


def test_unsupported_language_falls_back_to_the_system_or_english(monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.resolve_language("fr") == "en"
    assert i18n.resolve_language(None) == "en"


def test_the_installed_catalogues_translate(clean_app):
    assert i18n.install_translators(clean_app, "id") == "id"
    assert QCoreApplication.translate("MainWindow", "Search") == "Cari"
    assert QLocale().language() == QLocale.Language.Indonesian


@pytest.mark.parametrize(("count", "expected"), [(1, "1 interaction"), (2, "2 interactions")])
def test_english_counts_read_naturally(clean_app, count, expected):
    assert i18n.install_translators(clean_app, "en") == "en"
    assert QCoreApplication.translate("DayPanel", "%Ln interactions", "", count) == expected


def test_in_english_one_interaction_is_singular_in_the_window(clean_app, qtbot):
    i18n.install_translators(clean_app, "en")
    bar = ViewBar()
    qtbot.addWidget(bar)
    bar.show_count(1, 1)
    assert bar.count_text() == "1 interaction"
    bar.show_count(3, 3)
    assert bar.count_text() == "3 interactions"


def test_without_a_catalogue_the_interface_stays_english(clean_app, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n.resources, "files", lambda _package: Path(tmp_path))
    assert i18n.install_translators(clean_app, "de") == "de"
    assert QCoreApplication.translate("MainWindow", "Customer journey") == "Customer journey"


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="needs pyside6-lrelease")
def test_a_packaged_catalogue_translates(clean_app, tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    source = folder / "journey_widget_de.ts"
    source.write_text(TS, encoding="utf-8")
    subprocess.run(
        ["pyside6-lrelease", str(source), "-qm", str(folder / "journey_widget_de.qm")],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(i18n.resources, "files", lambda _package: Path(tmp_path))
    assert i18n.install_translators(clean_app, "de") == "de"
    assert QCoreApplication.translate("MainWindow", "Customer journey") == "Kundenhistorie"


def test_a_damaged_catalogue_is_ignored(clean_app, tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "journey_widget_de.qm").write_bytes(b"not a catalogue")
    monkeypatch.setattr(i18n.resources, "files", lambda _package: Path(tmp_path))
    assert i18n.install_translators(clean_app, "de") == "de"
    assert QCoreApplication.translate("MainWindow", "Customer journey") == "Customer journey"
