"""A scroll area that asks for its whole page: it scrolls only where the screen is too small."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class ScrollingPage(QScrollArea):
    """A page in a frameless area that scrolls up and down when its window is too short.

    ``adjustSize`` keeps a window within two thirds of the screen, so on a laptop a detail
    pop-up with a case and a long comment, or the settings dialog of a back end, gets less
    height than its rows need; without the area a form squeezes its wrapped values into one
    line each and overlaps its rows. The area asks for the page's whole height, so it scrolls
    only when the screen is too small for it.
    """

    def __init__(self, page: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        page.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:
        page = self.widget()
        hint = page.sizeHint()
        if page.hasHeightForWidth():
            hint.setHeight(max(hint.height(), page.heightForWidth(hint.width())))
        return hint + QSize(self.verticalScrollBar().sizeHint().width(), 0)
