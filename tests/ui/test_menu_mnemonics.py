"""The window menu as the app fills it: every entry has its own access key, in every language.

Alt+letter (or the letter while the menu is open) reaches an entry only if the letter is
unique: the operations entries had none, and in German a repeated letter would make the
key cycle between two entries instead of choosing one.
"""

from __future__ import annotations

import pytest

from journey_widget import i18n
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import SettingsFile
from journey_widget.ui.operations.menu import OperationsMenu
from journey_widget.ui.report.launcher import ReportLauncher
from journey_widget.ui.settings.action import SettingsAction
from journey_widget.ui.shell.main_window import MainWindow, MenuGroup
from journey_widget.ui.shell.window_placement import WindowPlacement
from users import full_access


def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


@pytest.fixture
def window(qtbot, qloop, fake_source, tmp_path):
    window = MainWindow(JourneyService(fake_source, access=full_access()))
    qtbot.addWidget(window)
    settings = SettingsFile(tmp_path / "settings.json")
    window.keep = (
        OperationsMenu(window),
        ReportLauncher(window, settings),
        WindowPlacement(window, settings),
    )
    for action in window.keep[2].actions():
        window.add_menu_action(action, MenuGroup.WINDOW)
    window.add_menu_action(SettingsAction(window), MenuGroup.SETTINGS)
    return window


@pytest.mark.parametrize("lang", ["en", "de", "id"])
def test_every_entry_has_a_key_of_its_own(qapp, window, lang):
    try:
        i18n.switch_language(qapp, lang)
        texts = [a.text() for a in window.menu.actions() if not a.isSeparator()]
    finally:
        i18n.switch_language(qapp, "en")
    assert len(texts) >= 10, texts  # report, operations, export, anonymise, window, settings
    keys = [_mnemonic(text) for text in texts]
    assert None not in keys, [t for t in texts if _mnemonic(t) is None]
    repeated = {k for k in keys if keys.count(k) > 1}
    assert not repeated, [t for t in texts if _mnemonic(t) in repeated]
