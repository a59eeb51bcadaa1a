"""The window menu's "Settings…" action (the composition root opens the dialog on it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


class SettingsAction(QAction):
    """ "Settings…" for the window menu; follows a language switch like the window does."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        window.addAction(self)  # the shortcut works while the menu is closed
        window.installEventFilter(self)  # an action hears no LanguageChange of its own
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("&Settings…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False
