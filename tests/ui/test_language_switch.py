"""Switching the language retranslates the open window, no restart (SPEC G1, issue 8).

A journey is open in English; ``i18n.switch_language`` (the function the settings dialog and
the window's Language menu both use) turns it German and back. What the agent sees changes:
buttons, table headers, tooltips, the window title, the state panel, painted dates and the
locale that formats them.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from journey_widget import i18n
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import SettingsFile
from journey_widget.ui.journey.interaction_table import Column
from journey_widget.ui.shell.main_window import MainWindow
from users import full_access

WAIT_MS = 5000


@pytest.fixture
def english_again(qapp):
    """Whatever a test switches to, the next test reads English with the system's formats."""
    yield qapp
    i18n.switch_language(qapp, "en")
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def open_journey(qtbot, qloop, fake_source, tmp_path):
    def build() -> MainWindow:
        window = MainWindow(
            JourneyService(fake_source, access=full_access()),
            settings=SettingsFile(tmp_path / "settings.json"),
        )
        qtbot.addWidget(window)
        window.resize(480, 720)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
            window.lookup("C000001")
        return window

    return build


def _visible_texts(window: MainWindow) -> dict[str, str]:
    page = window.journey_page
    model = window.table_model
    return {
        "title": window.windowTitle(),
        "timeline button": page.view_bar.view_button("timeline").text(),
        "grid button": page.view_bar.view_button("grid").text(),
        "count": page.view_bar.count_text(),
        "header": model.headerData(Column.DATE, Qt.Orientation.Horizontal),
        "cell": model.index(0, Column.CHANNEL).data(),
        "day title": page.day_panel.title_text(),
        "day count": page.day_panel.count_text(),
        "tooltip": page.day_panel._previous.toolTip(),
        "timeline name": page.timeline.accessibleName(),
        "search": window.search_field.placeholderText(),
    }


def test_switching_to_german_and_back_retranslates_the_open_window(
    qtbot, open_journey, english_again
):
    window = open_journey()
    english = _visible_texts(window)
    assert english["timeline button"] == "Timeline"
    assert english["title"] == "Raymond Gray – Customer journey"

    assert i18n.switch_language(english_again, "de") == "de"
    german = _visible_texts(window)
    assert german["timeline button"] == "Zeitachse"
    assert german["grid button"] == "Tabelle"
    assert german["header"] == "Datum & Uhrzeit"
    assert german["title"] == "Raymond Gray – Customer Journey"
    assert german["tooltip"] == "Vorheriger Tag mit Interaktionen"
    assert german["timeline name"] == "Zeitachse"
    changed = {key for key in english if english[key] != german[key]}
    assert changed == set(english), f"still English: {set(english) - changed}"
    assert QLocale().language() == QLocale.Language.German
    day = window.journey_page.day_panel.day
    assert day is not None
    long_german = QLocale(QLocale.Language.German).toString(
        datetime(day.year, day.month, day.day, tzinfo=UTC).date(), QLocale.FormatType.LongFormat
    )
    assert german["day title"] == long_german  # the date too, with German month names

    i18n.switch_language(english_again, "en")
    assert _visible_texts(window)["timeline button"] == "Timeline"
    assert _visible_texts(window)["header"] == "Date & time"


def test_the_state_panel_says_its_message_again_in_the_new_language(qtbot, qloop, english_again):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.state_panel.title() == "Look up a customer"
    i18n.switch_language(english_again, "id")
    assert window.state_panel.title() == "Cari pelanggan"
    assert window.state_panel.retry_button().text() != "&Retry"


def test_the_language_menu_switches_and_remembers(qtbot, open_journey, english_again, tmp_path):
    window = open_journey()
    menu = window.findChild(type(window._language_menu))
    assert [a.text() for a in menu.actions()] == [
        "System",
        "English",
        "Deutsch",
        "Bahasa Indonesia",
    ]
    assert menu.choice() == ""  # nothing chosen yet: the system's language
    menu.action_for("de").trigger()
    assert window.journey_page.view_bar.view_button("timeline").text() == "Zeitachse"
    assert menu.title() != "&Language"
    assert menu.action_for("de").isChecked()
    remembered = SettingsFile(tmp_path / "settings.json").load()
    assert remembered.display.language == "de"


def test_an_unknown_language_falls_back_without_a_crash(qtbot, qloop, english_again, caplog):
    window = MainWindow()
    qtbot.addWidget(window)
    code = i18n.switch_language(english_again, "klingon")
    assert code in i18n.SUPPORTED_LANGUAGES
    assert "not supported" in caplog.text


def test_switching_after_someone_else_freed_the_translators(english_again):
    """Bad input first: translators removed and deleted behind our back do not crash."""
    import shiboken6
    from PySide6.QtCore import QTranslator

    i18n.switch_language(english_again, "de")
    for translator in english_again.findChildren(QTranslator):
        english_again.removeTranslator(translator)
        shiboken6.delete(translator)
    assert i18n.switch_language(english_again, "id") == "id"
    assert i18n.current_language() == "id"


def test_counts_group_their_digits_as_the_language_does(qtbot, english_again):
    from journey_widget.ui.journey.view_bar import ViewBar

    bar = ViewBar()
    qtbot.addWidget(bar)
    bar.show_count(12345, 12345)
    assert bar.count_text().endswith(" interactions")
    i18n.switch_language(english_again, "de")
    assert bar.count_text() == "12.345 Interaktionen"  # retranslated, grouped the German way
    bar.show_count(1, 12345)
    assert bar.count_text() == "1 von 12.345 angezeigt"
