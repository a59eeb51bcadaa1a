"""Every label and button of the settings dialog has an access key of its own (Alt+letter
reaches one control only), in each language: a keyboard user must not land on the wrong field."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel

from journey_widget import i18n
from journey_widget.model import DataSource
from journey_widget.secrets import SecretStore
from journey_widget.settings import AuthKind, Settings, SettingsFile, SourceSettings
from journey_widget.ui.settings.dialog import SettingsDialog
from memory_keyring import MemoryKeyring


def _key(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


@pytest.mark.parametrize("auth", [AuthKind.API_KEY, AuthKind.OAUTH2])
@pytest.mark.parametrize("lang", ["en", "de", "id"])
def test_no_two_controls_share_an_access_key(qtbot, qloop, qapp, tmp_path, lang, auth):
    settings = Settings(
        source=SourceSettings(DataSource.DATA_CLOUD, "https://dc.example.com/api", auth=auth)
    )
    try:
        i18n.switch_language(qapp, lang)
        dialog = SettingsDialog(
            settings, SettingsFile(tmp_path / "s.json"), SecretStore(MemoryKeyring(), environ={})
        )
        qtbot.addWidget(dialog)
        dialog.show()
        shown = [
            widget.text()
            for widget in (*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton))
            if widget.isVisible() and _key(widget.text())
        ]
    finally:
        i18n.switch_language(qapp, "en")
    keys = [_key(text) for text in shown]
    assert len(shown) >= 10, shown
    clashes = sorted(t for t in shown if keys.count(_key(t)) > 1)
    assert not clashes, clashes
