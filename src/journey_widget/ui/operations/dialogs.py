"""The confirmation before anonymising (SPEC D6) and the non-blocking "save as" dialog.

Anonymising cannot be undone, so the dialog names the customer, says what goes and what
stays, and its button (which names the customer too) only works once the user has typed the
customer's id. Both dialogs are opened with ``open()``, never ``exec()``: the event loop, and
with it every running lookup, keeps going while they are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_widget.ui.common.formatting import arg


class AnonymiseDialog(QDialog):
    """Type the customer id to confirm; ``accepted`` fires only then."""

    def __init__(self, customer_id: str, shown_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer_id = customer_id
        self.shown_name = shown_name
        self._text = QLabel(self)
        self._prompt = QLabel(self)
        self._typed = QLineEdit(self)
        self._buttons = QDialogButtonBox(self)
        self._confirm = QPushButton(self)
        self._cancel = self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._buttons.addButton(self._confirm, QDialogButtonBox.ButtonRole.DestructiveRole)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._prompt.setWordWrap(True)
        self._prompt.setBuddy(self._typed)
        self._confirm.setEnabled(False)
        self._confirm.setAutoDefault(False)
        self._cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._text)
        layout.addWidget(self._prompt)
        layout.addWidget(self._typed)
        layout.addWidget(self._buttons)
        self._typed.textChanged.connect(self.on_typed)
        self._confirm.clicked.connect(self.accept)
        self._cancel.clicked.connect(self.reject)
        self.setModal(True)
        self.setMinimumWidth(340)
        self.retranslate_ui()

    @property
    def confirm_button(self) -> QPushButton:
        return self._confirm

    @property
    def typed_field(self) -> QLineEdit:
        return self._typed

    def on_typed(self, text: str) -> None:
        self._confirm.setEnabled(text.strip() == self.customer_id)

    def accept(self) -> None:
        if self._typed.text().strip() == self.customer_id:  # Enter cannot bypass the check
            super().accept()

    def retranslate_ui(self) -> None:
        who = (
            self.shown_name
            if self.shown_name == self.customer_id
            else (f"{self.shown_name} ({self.customer_id})")
        )
        self.setWindowTitle(arg(QCoreApplication.translate("AnonymiseDialog", "Anonymise %1"), who))
        self._text.setText(
            arg(
                QCoreApplication.translate(
                    "AnonymiseDialog",
                    "Anonymising %1 erases their name, numbers, addresses, comments and other "
                    "notes from this computer for good, the offline cache included. Counts, "
                    "outcomes, durations, channels and dates stay as anonymous statistics. "
                    "This cannot be undone.",
                ),
                who,
            )
        )
        self._prompt.setText(
            arg(
                QCoreApplication.translate(
                    "AnonymiseDialog", "Type the customer id %1 to confirm:"
                ),
                self.customer_id,
            )
        )
        self._typed.setAccessibleName(
            QCoreApplication.translate("AnonymiseDialog", "Customer id to confirm")
        )
        self._confirm.setText(
            arg(QCoreApplication.translate("AnonymiseDialog", "Anonymise %1"), self.shown_name)
        )
        self._confirm.setAccessibleDescription(
            QCoreApplication.translate(
                "AnonymiseDialog", "Works once the customer id is typed above"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def ask_save_path(
    parent: QWidget,
    title: str,
    suggested: Path,
    name_filter: str,
    on_chosen: Callable[[Path], object],
) -> QFileDialog:
    """A "save as" dialog that asks before overwriting and calls ``on_chosen`` with the path.

    Opened window-modal with ``open()``: nothing blocks while the user chooses.
    """
    dialog = QFileDialog(parent, title, str(suggested), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
    dialog.selectFile(suggested.name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda chosen: on_chosen(Path(chosen)))
    dialog.open()
    return dialog
