"""The settings dialog's choices say what they decide, not only their name (issue 8.5).

A screen reader announced "Theme, combo box, System" and left the agent to guess what
"System" means; every combo box now carries a description, in the interface's language.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox

from journey_widget import i18n
from journey_widget.secrets import SecretStore
from journey_widget.settings import Settings, SettingsFile
from journey_widget.ui.settings.dialog import SettingsDialog

COMBOS = ("source", "auth", "region", "language", "theme")


@pytest.fixture
def dialog(qtbot, qloop, tmp_path: Path) -> SettingsDialog:
    widget = SettingsDialog(
        Settings(),
        SettingsFile(tmp_path / "settings.json"),
        SecretStore(fail.Keyring(), environ={}),
    )
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def english_again(qapp):
    yield qapp
    i18n.switch_language(qapp, "en")
    QLocale.setDefault(QLocale.system())


def _descriptions(dialog: SettingsDialog) -> dict[str, str]:
    return {name: dialog.field(name).accessibleDescription() for name in COMBOS}


def test_every_combo_box_is_described(dialog) -> None:
    combos = dialog.findChildren(QComboBox)
    assert {dialog.field(name) for name in COMBOS} == set(combos), "a combo box is not listed"
    for name, description in _descriptions(dialog).items():
        assert description, name
        assert description != dialog.field(name).accessibleName(), name
    assert "Data Cloud" in _descriptions(dialog)["source"]  # inbound calls need it (A2)


def test_the_descriptions_follow_the_language(dialog, english_again) -> None:
    english = _descriptions(dialog)
    i18n.switch_language(english_again, "de")
    german = _descriptions(dialog)
    i18n.switch_language(english_again, "id")
    indonesian = _descriptions(dialog)
    for name in COMBOS:
        assert len({english[name], german[name], indonesian[name]}) == 3, name
