"""The window menu behind the button beside the search field: actions in sections.

Other parts of the program (the report, customer operations, window options, settings) put
their actions in by section; the menu keeps the sections in a fixed order, each set off by a
separator, whatever order the parts were added in.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget


class MenuGroup(IntEnum):
    """The sections of the window menu, top to bottom, each set off by a separator."""

    VIEWS = 0  # other views: the conversation report, customer operations
    CUSTOMER = 1  # acts on the customer shown: export, anonymise, print
    WINDOW = 2  # always on top, snap to an edge
    SETTINGS = 3  # settings, language
    APP = 4  # quit


class SectionedMenu(QMenu):
    """A menu whose actions are kept in ``MenuGroup`` sections."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sections: dict[MenuGroup, list[QAction]] = {group: [] for group in MenuGroup}

    def add_to_section(self, action: QAction, group: MenuGroup) -> None:
        """Put ``action`` at the end of its section."""
        self._sections[group].append(action)
        self.clear()
        shown = [actions for actions in self._sections.values() if actions]
        for index, actions in enumerate(shown):
            if index:
                self.addSeparator()
            self.addActions(actions)
