"""The settings dialog's regions in the UI's language (Qt names territories in English only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from journey_widget.ui.settings.choices import region_labels, territory_name


@pytest.fixture
def locale_of():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "germany", "indonesia"),
    [
        ("de_DE", "Deutschland (DE)", "Indonesien (ID)"),
        ("id_ID", "Jerman (DE)", "Indonesia (ID)"),
        ("en_GB", "Germany (DE)", "Indonesia (ID)"),
    ],
)
def test_regions_are_named_in_the_ui_language(qapp, locale_of, name, germany, indonesia):
    locale_of(name)
    labels = dict(region_labels())
    assert labels["DE"] == germany
    assert labels["ID"] == indonesia


def test_the_list_sorts_as_german_does(qapp, locale_of):
    locale_of("de_DE")
    names = [label for _code, label in region_labels()]
    assert names.index("Österreich (AT)") < names.index("Polen (PL)")  # not after "Zypern"


def test_a_region_without_a_name_keeps_its_code(qapp):
    assert territory_name("XX", "de") == "XX"
    assert territory_name("AC", "de")  # Ascension: Qt's English name or the code, never empty
