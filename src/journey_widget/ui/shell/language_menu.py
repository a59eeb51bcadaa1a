"""The window menu's "Language" submenu: System, English, Deutsch, Bahasa Indonesia.

Each language is named in itself (a German speaker lost in an Indonesian interface still
finds "Deutsch"); only "System" and the menu's title are translated. Picking one emits
``language_picked`` with the code ("" for the system's); the window switches through
``i18n.switch_language``, the same function the settings dialog uses, and remembers the
choice in ``settings.display.language``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from journey_widget.i18n import SUPPORTED_LANGUAGES

# Endonyms: never translated.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "id": "Bahasa Indonesia"}
SYSTEM = ""


class LanguageMenu(QMenu):
    """Checkable, exclusive language choices; ``show_choice`` marks the current one."""

    language_picked = Signal(str)  # "", "en", "de" or "id"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._actions: dict[str, QAction] = {}
        for code in (SYSTEM, *SUPPORTED_LANGUAGES):
            action = QAction(LANGUAGE_NAMES.get(code, ""), self)
            action.setCheckable(True)
            action.setData(code)
            self._group.addAction(action)
            self.addAction(action)
            self._actions[code] = action
        self._actions[SYSTEM].setChecked(True)
        self._group.triggered.connect(self.on_triggered)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.menuAction().setToolTip(self.tr("The language of the window, dates and numbers"))
        self._actions[SYSTEM].setText(self.tr("System"))
        for code, name in LANGUAGE_NAMES.items():
            self._actions[code].setText(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def action_for(self, code: str) -> QAction:
        """The entry of ``code`` ("" for System); unknown codes mean System."""
        return self._actions.get(code, self._actions[SYSTEM])

    def choice(self) -> str:
        checked = self._group.checkedAction()
        return checked.data() if checked is not None else SYSTEM

    def show_choice(self, code: str) -> None:
        """Mark ``code`` as chosen without emitting (the settings dialog changed it)."""
        self.action_for(code).setChecked(True)

    def on_triggered(self, action: QAction) -> None:
        self.language_picked.emit(action.data())
