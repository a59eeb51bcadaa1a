"""The call-back command in the settings dialog (issue 6, calls.dial_command): a hint of the
placeholder syntax, checked as the user types with the rules calls/dial.py applies, saved on OK,
refused on OK while it cannot be used; in German and Indonesian too."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from journey_widget.calls.dial import DialKind, DialRefused, DialTarget, command_arguments
from journey_widget.secrets import SecretStore
from journey_widget.settings import CallSettings, Settings, SettingsFile
from journey_widget.ui.calls.dial_command_field import DialCommandField
from journey_widget.ui.settings.dialog import SettingsDialog

WAIT_MS = 10_000
SAMPLE = DialTarget(DialKind.PHONE, "+49301234567")


@pytest.fixture
def dialog(qtbot, qloop, tmp_path: Path):
    settings = Settings(calls=CallSettings(http_enabled=True, http_port=47200))
    dialog = SettingsDialog(settings, SettingsFile(tmp_path / "settings.json"), SecretStore())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot, dialog: SettingsDialog, text: str) -> None:
    edit = dialog.field("dial_command")
    edit.clear()
    qtbot.keyClicks(edit, text)


def _saved(tmp_path: Path) -> dict:
    return json.loads((tmp_path / "settings.json").read_text("utf-8"))


def test_an_unclosed_quote_is_said_while_typing_and_ok_refuses_it(qtbot, dialog, tmp_path):
    _type(qtbot, dialog, 'baresip-dial --call "{number}')
    problem = dialog.field("calls").problem_label
    assert problem.isVisibleTo(dialog)
    assert problem.text() == "This command cannot be used: a quote is not closed."
    assert dialog.field("dial_command").accessibleDescription() == problem.text()
    dialog.accept()
    assert dialog.isVisible() and not (tmp_path / "settings.json").exists()
    assert dialog.focusWidget() is dialog.field("dial_command")


def test_a_placeholder_in_place_of_the_program_is_refused(qtbot, dialog):
    _type(qtbot, dialog, "{number} --call")
    problem = dialog.field("calls").problem_label
    assert problem.text() == (
        "This command cannot be used: it must start with a program; {number} comes after it."
    )
    _type(qtbot, dialog, "a" * 1001)
    assert problem.text().startswith("This command cannot be used: it is longer than 1")
    assert problem.text().endswith("000 characters.")


def test_a_usable_command_shows_what_would_run_and_is_saved(qtbot, dialog, tmp_path):
    _type(qtbot, dialog, "baresip-dial --call {number}")
    field = dialog.field("calls")
    assert not field.problem_label.isVisibleTo(dialog)
    assert field.preview_label.text() == "Runs: baresip-dial --call +49301234567"
    with qtbot.waitSignal(dialog.applied):
        dialog.accept()
    assert not dialog.isVisible()
    calls = _saved(tmp_path)["calls"]
    assert calls["dial_command"] == "baresip-dial --call {number}"
    assert calls["http_enabled"] is True and calls["http_port"] == 47200  # the rest kept


def test_empty_hands_the_number_to_the_desktop(qtbot, dialog, tmp_path):
    field = dialog.field("calls")
    assert dialog.field("dial_command").text() == ""
    assert "{number}" in field.hint_label.text() and "{uri}" in field.hint_label.text()
    assert field.preview_label.text() == "Empty: the desktop's softphone gets tel: and sip: links."
    with qtbot.waitSignal(dialog.applied):
        dialog.accept()
    assert _saved(tmp_path)["calls"]["dial_command"] == ""


@pytest.mark.parametrize(
    "template",
    [
        "baresip-dial --call {number}",
        "softphone {uri}",
        "dial",
        "'my phone' --to={number}",
        'dial "{number}',
        "{uri}",
        "a\nb",
        "   ",
        "dial 'x",
        "x" * 1001,
        "prog {number}{uri}",
    ],
)
def test_the_field_agrees_with_the_dial_rules(qtbot, template):
    field = DialCommandField()
    qtbot.addWidget(field)
    field.set_text(template)
    text = field.text()  # as the line edit keeps it
    try:
        command_arguments(text, SAMPLE)
    except DialRefused:
        usable = not text.strip()  # empty: no command, the desktop's softphone
    else:
        usable = True
    assert field.is_valid() is usable, template


def test_the_field_has_names_and_reads_in_german_and_indonesian(qtbot, dialog):
    edit = dialog.field("dial_command")
    field = dialog.field("calls")
    assert edit.accessibleName() == "Call-back command"
    assert edit.accessibleDescription()
    assert field.title() == "Calls"
    assert field.hint_label.textFormat() == Qt.TextFormat.PlainText
    english_hint = field.hint_label.text()
    for language in ("de", "id"):
        catalogue = resources.files("journey_widget") / "translations"
        data = (catalogue / f"journey_widget_{language}.qm").read_bytes()  # kept: Qt reads it
        translator = QTranslator()
        assert translator.load(data)
        QCoreApplication.installTranslator(translator)
        try:
            qtbot.waitUntil(lambda: field.hint_label.text() != english_hint, timeout=WAIT_MS)
            assert "{number}" in field.hint_label.text()
            assert field.title() != "Calls" and edit.accessibleName() != "Call-back command"
        finally:
            QCoreApplication.removeTranslator(translator)
        qtbot.waitUntil(lambda: field.hint_label.text() == english_hint, timeout=WAIT_MS)
