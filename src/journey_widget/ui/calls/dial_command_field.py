"""The settings' call-back command (issue 6, ``calls.dial_command``), as a group of its own.

One line edit with a hint of the placeholder syntax calls/dial.py reads (``{number}`` the
E.164 number or SIP address, ``{uri}`` the tel: / sip: address, else the number goes last),
checked as the user types by ``dial.command_arguments`` itself, so the field never accepts
what a call-back would refuse. Below it either why the command cannot be used, or what would
run for an example number. Empty is allowed: the desktop's softphone gets the link.
"""

from __future__ import annotations

import shlex

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from journey_widget.calls.dial import (
    MAX_COMMAND_LENGTH,
    NUMBER_PLACEHOLDER,
    URI_PLACEHOLDER,
    DialKind,
    DialRefused,
    DialTarget,
    command_arguments,
)
from journey_widget.ui.common.formatting import arg

# The number the preview shows the command with.
EXAMPLE = DialTarget(DialKind.PHONE, "+49301234567")


class DialCommandField(QGroupBox):
    """The call-back command: ``text()``, ``set_text()``, ``is_valid()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.label = QLabel(self)
        self.hint_label = QLabel(self)
        self.preview_label = QLabel(self)
        self.problem_label = QLabel(self)
        self.label.setBuddy(self.edit)
        for label in (self.hint_label, self.preview_label, self.problem_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # the command is the user's text
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
        layout = QVBoxLayout(self)
        for widget in (
            self.label,
            self.edit,
            self.hint_label,
            self.problem_label,
            self.preview_label,
        ):
            layout.addWidget(widget)
        self.edit.textChanged.connect(self._check)
        self.retranslate_ui()

    # --- what the dialog uses -------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self._check()

    def is_valid(self) -> bool:
        return self.problem() is None

    def problem(self) -> str | None:
        """Why the command cannot be used, in the user's language; None when it can."""
        template = self.text()
        if not template:
            return None
        try:
            command_arguments(template, EXAMPLE)  # the rules a call-back applies
        except DialRefused:
            return self._why(template)
        return None

    # --- language -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Calls"))
        self.label.setText(self.tr("Call-&back command:"))
        self.edit.setAccessibleName(self.tr("Call-back command"))
        self.edit.setPlaceholderText("baresip-dial --call {number}")
        self.hint_label.setText(
            arg(
                self.tr(
                    "%1 becomes the number (+49301234567), %2 the tel: or sip: address; "
                    "without either, the number is added at the end. No shell: quotes "
                    "group words, nothing else is special."
                ),
                NUMBER_PLACEHOLDER,
                URI_PLACEHOLDER,
            )
        )
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # --- inside ---------------------------------------------------------------------------

    def _check(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(problem is not None)
        self.preview_label.setVisible(problem is None)
        if problem is None:
            self.preview_label.setText(self._preview())
        self.edit.setAccessibleDescription(problem or self.hint_label.text())

    def _preview(self) -> str:
        template = self.text()
        if not template:
            return self.tr("Empty: the desktop's softphone gets tel: and sip: links.")
        program, arguments = command_arguments(template, EXAMPLE)
        return arg(self.tr("Runs: %1"), shlex.join([program, *arguments]))

    def _why(self, template: str) -> str:
        """The sentence for a command ``command_arguments`` refused (it decided; this words)."""
        if len(template) > MAX_COMMAND_LENGTH:
            return arg(
                self.tr("This command cannot be used: it is longer than %1 characters."),
                QLocale().toString(MAX_COMMAND_LENGTH),
            )
        if any(c in template for c in "\x00\n\r"):
            return self.tr("This command cannot be used: it must be one line.")
        first = template.split(maxsplit=1)[0]
        if NUMBER_PLACEHOLDER in first or URI_PLACEHOLDER in first:
            return arg(
                self.tr(
                    "This command cannot be used: it must start with a program; %1 comes after it."
                ),
                NUMBER_PLACEHOLDER,
            )
        return self.tr("This command cannot be used: a quote is not closed.")
