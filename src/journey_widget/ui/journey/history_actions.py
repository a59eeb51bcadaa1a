"""Act from the history (SPEC H3): call back, copy the number, open the case.

The same three actions sit in an interaction card's context menu, the grid's, and the
detail pop-up; all are reachable with the keyboard (the menu key or Shift+F10 on a card or a
row, buttons in the pop-up). Which number: the one the interaction used, else the
customer's first phone, else their SIP address.

Calling back never involves a shell. ``calls.dial`` validates and normalises the number
first and refuses anything that is not a plausible number or SIP address; then either the
desktop gets a ``tel:`` / ``sip:`` URL (``QDesktopServices``: the registered softphone
answers), or, when the settings name a command, it is started with
``QProcess.startDetached(program, arguments)`` from the argument list ``calls.dial`` built.
Links (case, recording) open only when they are http(s) URLs.

Every outcome is one translated sentence on ``feedback`` (the page shows it); nothing
raises into Qt. ``open_url`` / ``start_detached`` can be replaced, so tests see what would
be handed over without starting a softphone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from journey_widget.calls.dial import (
    DialProblem,
    DialRefused,
    DialTarget,
    command_arguments,
    dial_target,
)
from journey_widget.model import (
    DEFAULT_REGION,
    Customer,
    IdentifierKind,
    Interaction,
    display_identifier,
)
from journey_widget.settings import CallSettings, SettingsFile
from journey_widget.ui.common.formatting import arg

log = logging.getLogger(__name__)

OpenUrl = Callable[[QUrl], bool]
StartDetached = Callable[[str, list[str]], bool]


def _desktop_open(url: QUrl) -> bool:
    return bool(QDesktopServices.openUrl(url))


def _detached(program: str, arguments: list[str]) -> bool:
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def _current_call_settings() -> CallSettings:
    """Read when the agent acts, so a changed setting counts without a restart."""
    return SettingsFile().current().calls


def _current_region() -> str:
    """The settings' default country for numbers written without +country code."""
    return SettingsFile().current().display.region or DEFAULT_REGION


def web_url(text: str | None) -> QUrl | None:
    """``text`` as an http(s) URL with a host, or None (no file:, javascript:, relative)."""
    if not text:
        return None
    url = QUrl(text.strip(), QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme().lower() not in ("http", "https") or not url.host():
        return None
    return url


def number_for(interaction: Interaction, customer: Customer | None) -> str | None:
    """The number to call back: the interaction's, else the customer's phone, else SIP."""
    if interaction.phone_number:
        return interaction.phone_number
    address = (interaction.address or "").strip()
    if address.lower().startswith("sip:"):
        return address
    if customer is not None:
        phone = customer.primary_phone
        if phone:
            return phone
        sips = customer.identifiers_of(IdentifierKind.SIP)
        if sips:
            return sips[0].value
    return None


def refusal_text(error: DialRefused, number: str | None) -> str:
    problem = error.problem
    if problem is DialProblem.NO_NUMBER:
        return QCoreApplication.translate("HistoryActions", "There is no number to call back.")
    if problem is DialProblem.NOT_A_NUMBER:
        return arg(
            QCoreApplication.translate(
                "HistoryActions", "“%1” is not a phone number or SIP address; nothing was dialled."
            ),
            (number or "")[:60],
        )
    return QCoreApplication.translate(
        "HistoryActions",
        "The call-back command in the settings cannot be used; check Settings › Calls.",
    )


class HistoryActions(QObject):
    """The H3 actions for the customer shown; ``menu_for`` builds a context menu."""

    feedback = Signal(str, bool)  # a sentence for the agent, and whether it is a problem
    case_requested = Signal(object)  # Interaction: show its case (the pop-up's Case tab)
    dialled = Signal(str)  # the URL or the program handed the number (for the log and tests)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        call_settings: Callable[[], CallSettings] | None = None,
        region: str | None = None,
        open_url: OpenUrl | None = None,
        start_detached: StartDetached | None = None,
    ) -> None:
        super().__init__(parent)
        self._customer: Customer | None = None
        self._call_settings = call_settings or _current_call_settings
        self._region = (lambda: region) if region else _current_region
        self._open_url = open_url or _desktop_open
        self._start_detached = start_detached or _detached

    def set_customer(self, customer: Customer | None) -> None:
        self._customer = customer

    def set_region(self, region: str) -> None:
        self._region = lambda: region

    # --- the actions ----------------------------------------------------------------------

    def target_for(self, interaction: Interaction) -> DialTarget | None:
        """The validated number of this interaction, or None when there is nothing to dial."""
        try:
            return dial_target(number_for(interaction, self._customer), self._region())
        except DialRefused:
            return None

    def call_back(self, interaction: Interaction) -> bool:
        number = number_for(interaction, self._customer)
        try:
            target = dial_target(number, self._region())
            command = self._call_settings().dial_command.strip()
            if command:
                program, arguments = command_arguments(command, target)
                started = self._start_detached(program, arguments)
                handed = program
            else:
                started = self._open_url(QUrl(target.url))
                handed = target.url
        except DialRefused as error:
            log.info("Call back refused: %s", error.problem.value)
            self.feedback.emit(refusal_text(error, number), True)
            return False
        shown = display_identifier(target.value)
        if not started:
            self.feedback.emit(
                arg(
                    QCoreApplication.translate(
                        "HistoryActions",
                        "The softphone could not be started to call %1; check Settings › Calls.",
                    ),
                    shown,
                ),
                True,
            )
            return False
        self.dialled.emit(handed)
        message = QCoreApplication.translate("HistoryActions", "Calling %1 …")
        self.feedback.emit(arg(message, shown), False)
        return True

    def copy_number(self, interaction: Interaction) -> bool:
        number = number_for(interaction, self._customer)
        try:
            target = dial_target(number, self._region())
        except DialRefused as error:
            self.feedback.emit(refusal_text(error, number), True)
            return False
        QGuiApplication.clipboard().setText(target.value)
        message = QCoreApplication.translate("HistoryActions", "Copied %1")
        self.feedback.emit(arg(message, display_identifier(target.value)), False)
        return True

    def open_case(self, interaction: Interaction) -> bool:
        if interaction.case is None:
            self.feedback.emit(
                QCoreApplication.translate("HistoryActions", "This interaction has no case."),
                True,
            )
            return False
        self.case_requested.emit(interaction)
        return True

    def open_link(self, text: str | None) -> bool:
        """A case or recording link: http(s) only, handed to the desktop's browser / player."""
        url = web_url(text)
        if url is None:
            self.feedback.emit(
                QCoreApplication.translate(
                    "HistoryActions", "This link is not a web address and was not opened."
                ),
                True,
            )
            return False
        if not self._open_url(url):
            self.feedback.emit(
                QCoreApplication.translate("HistoryActions", "No program could open the link."),
                True,
            )
            return False
        return True

    # --- the menu ----------------------------------------------------------------------------

    def actions_for(self, interaction: Interaction, parent: QObject) -> list[QAction]:
        """Call back, Copy number, Open case: disabled (with the reason) where impossible."""
        target = self.target_for(interaction)
        shown = display_identifier(target.value) if target else None
        call = QAction(parent)
        copy = QAction(parent)
        case = QAction(parent)
        if shown:
            call.setText(arg(QCoreApplication.translate("HistoryActions", "Call back %1"), shown))
            copy.setText(arg(QCoreApplication.translate("HistoryActions", "Copy %1"), shown))
        else:
            call.setText(QCoreApplication.translate("HistoryActions", "Call back (no number)"))
            copy.setText(QCoreApplication.translate("HistoryActions", "Copy number (no number)"))
        call.setEnabled(target is not None)
        copy.setEnabled(target is not None)
        case_id = interaction.case.id if interaction.case else None
        if case_id:
            # "&" in an id would turn into a keyboard mnemonic: it is doubled to stay a "&".
            shown_id = case_id.replace("&", "&&")
            template = QCoreApplication.translate("HistoryActions", "Open case %1")
            case.setText(arg(template, shown_id))
        else:
            case.setText(QCoreApplication.translate("HistoryActions", "Open case (none)"))
        case.setEnabled(case_id is not None)
        call.triggered.connect(lambda: self.call_back(interaction))
        copy.triggered.connect(lambda: self.copy_number(interaction))
        case.triggered.connect(lambda: self.open_case(interaction))
        return [call, copy, case]

    def menu_for(self, interaction: Interaction, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.setAccessibleName(QCoreApplication.translate("HistoryActions", "Act on this contact"))
        for action in self.actions_for(interaction, menu):
            menu.addAction(action)
        return menu
