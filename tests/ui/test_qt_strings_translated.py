"""Qt's own strings speak the interface's language too (issue 8.1).

Qt ships ``qtbase_de.qm`` but no ``qtbase_id.qm``: without our own ``translations/
qtbase_id.ts`` an Indonesian agent met English "Cancel", "Copy" and "File name:" in the
dialog buttons, the text fields' context menus and the "Save as PDF" dialog. German keeps
Qt's own catalogue; English stays Qt's source text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextEdit,
)

from journey_widget import i18n

Button = QDialogButtonBox.StandardButton


@pytest.fixture
def speak(qapp):
    """Switch the application's language; English again (system formats) afterwards."""

    def switch(lang: str) -> None:
        i18n.switch_language(qapp, lang)

    yield switch
    i18n.switch_language(qapp, "en")
    QLocale.setDefault(QLocale.system())


def _button_texts(qtbot) -> dict[Button, str]:
    box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Save | Button.Yes | Button.No)
    qtbot.addWidget(box)
    return {
        which: box.button(which).text()
        for which in (Button.Ok, Button.Cancel, Button.Save, Button.Yes, Button.No)
    }


def _menu_texts(widget) -> list[str]:
    """The context menu's entries without their shortcuts ("&Copy\tCtrl+C" -> "&Copy")."""
    menu = widget.createStandardContextMenu()
    try:
        return [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    finally:
        menu.deleteLater()


def test_indonesian_dialog_buttons(qtbot, speak):
    speak("id")
    assert _button_texts(qtbot) == {
        Button.Ok: "OK",
        Button.Cancel: "Batal",
        Button.Save: "Simpan",
        Button.Yes: "&Ya",
        Button.No: "&Tidak",
    }


def test_an_open_button_box_turns_indonesian_on_a_switch(qtbot, speak):
    box = QDialogButtonBox(Button.Cancel | Button.RestoreDefaults)
    qtbot.addWidget(box)
    assert box.button(Button.Cancel).text() == "Cancel"
    speak("id")
    assert box.button(Button.Cancel).text() == "Batal"
    assert box.button(Button.RestoreDefaults).text() == "Kembalikan Bawaan"


def test_indonesian_context_menus_of_text_fields(qtbot, speak):
    speak("id")
    line = QLineEdit("Raymond Gray")
    qtbot.addWidget(line)
    line.selectAll()
    assert _menu_texts(line) == [
        "&Urungkan",
        "U&langi",
        "Po&tong",
        "&Salin",
        "T&empel",
        "Hapus",
        "Pilih Semua",
    ]
    text = QTextEdit()
    qtbot.addWidget(text)
    text.setPlainText("Komentar agen")
    assert _menu_texts(text) == [
        "&Urungkan",
        "U&langi",
        "Po&tong",
        "&Salin",
        "T&empel",
        "Hapus",
        "Pilih Semua",
    ]


def _file_dialog(qtbot, folder) -> QFileDialog:
    dialog = QFileDialog(None, "PDF", str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the widgets Qt draws itself
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    return dialog


def test_the_save_dialog_is_indonesian(qtbot, speak, tmp_path):
    speak("id")
    dialog = _file_dialog(qtbot, tmp_path)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Lihat di:"
    assert labels["fileNameLabel"] == "&Nama berkas:"
    assert labels["fileTypeLabel"] == "&Jenis berkas:"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(Button.Save).text() == "&Simpan"
    assert buttons.button(Button.Cancel).text() == "Batal"
    model = dialog.findChild(QFileSystemModel)
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert headers == ["Nama", "Ukuran", "Jenis", "Tanggal Diubah"]


def test_the_overwrite_question_is_indonesian(qtbot, speak, tmp_path):
    (tmp_path / "laporan.pdf").write_text("old")
    speak("id")
    dialog = _file_dialog(qtbot, tmp_path)
    dialog.show()
    dialog.findChild(QLineEdit, "fileNameEdit").setText("laporan.pdf")
    asked: list[tuple[str, list[str]]] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append((box.text(), sorted(b.text() for b in box.buttons())))
            box.reject()

    QTimer.singleShot(0, answer_no)
    dialog.accept()  # the question is modal: answer_no runs inside it
    assert asked == [("laporan.pdf sudah ada.\nApakah Anda ingin menggantinya?", ["&Tidak", "&Ya"])]
    assert (tmp_path / "laporan.pdf").read_text() == "old"


def test_the_print_preview_is_indonesian(qtbot, speak):
    speak("id")
    dialog = QPrintPreviewDialog(QPrinter())
    qtbot.addWidget(dialog)
    texts = {action.text() for action in dialog.findChildren(QAction)}
    assert {"Halaman berikutnya", "Perbesar", "Cetak", "Pengaturan halaman"} <= texts
    assert dialog.windowTitle() == "Pratinjau Cetak"


def test_german_keeps_qts_own_catalogue(qtbot, speak):
    speak("de")
    texts = _button_texts(qtbot)
    assert texts[Button.Cancel] == "Abbrechen"
    assert texts[Button.Save] == "Speichern"
    line = QLineEdit("Anrufer")
    qtbot.addWidget(line)
    line.selectAll()
    assert "&Kopieren" in _menu_texts(line)


def test_english_is_qts_source_text(qtbot, speak):
    speak("en")
    assert _button_texts(qtbot)[Button.Cancel] == "Cancel"
    line = QLineEdit("caller")
    qtbot.addWidget(line)
    line.selectAll()
    assert _menu_texts(line)[:4] == ["&Undo", "&Redo", "Cu&t", "&Copy"]
