"""The one place that tells the agent what is going on when there is no table to show.

Busy ("Looking up +49…", "Preparing demo data…"), a hint, "No history for +49…", or an
error sentence with a Retry button. Always words, never only a spinner or a colour, and the
text is selectable so an agent can paste an error into a ticket.

A title or detail may be given as a function that returns the text (``lambda:
self.tr("...")``): the panel calls it again when the language changes, so the open window
says the same thing in the new language.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

Text = str | Callable[[], str]


def _text(value: Text) -> str:
    return value() if callable(value) else value


class PanelKind(StrEnum):
    BUSY = "busy"
    MESSAGE = "message"
    ERROR = "error"


class StatePanel(QWidget):
    """A centred title, an optional detail line, a busy bar or a Retry button."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = PanelKind.MESSAGE
        self._texts: tuple[Text, Text] = ("", "")
        self._title = QLabel(self)
        self._detail = QLabel(self)
        self._busy = QProgressBar(self)
        self._retry = QPushButton(self)
        self._build()
        self._connect_signals()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._retry.setText(self.tr("&Retry"))
        self._busy.setAccessibleName(self.tr("Loading"))
        self._retry.setAccessibleDescription(self.tr("Try the last action again"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _build(self) -> None:
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self._title.setFont(title_font)
        for label in (self._title, self._detail):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self._busy.setRange(0, 0)  # indeterminate
        self._busy.setTextVisible(False)
        self._busy.setMaximumWidth(220)
        self._busy.setMaximumHeight(8)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._busy)
        buttons.addWidget(self._retry)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 32, 24, 24)
        layout.setSpacing(10)
        layout.addWidget(self._title)
        layout.addWidget(self._detail)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self._retry.clicked.connect(self.retry_requested)

    # --- what to show -------------------------------------------------------------------

    @property
    def kind(self) -> PanelKind:
        return self._kind

    def title(self) -> str:
        return self._title.text()

    def detail(self) -> str:
        return self._detail.text()

    def retry_button(self) -> QPushButton:
        return self._retry

    def show_busy(self, title: Text, detail: Text = "") -> None:
        self._show(PanelKind.BUSY, title, detail)

    def show_message(self, title: Text, detail: Text = "") -> None:
        self._show(PanelKind.MESSAGE, title, detail)

    def show_error(self, title: Text, detail: Text = "", *, can_retry: bool = True) -> None:
        self._show(PanelKind.ERROR, title, detail)
        self._retry.setVisible(can_retry)

    def _show(self, kind: PanelKind, title: Text, detail: Text) -> None:
        self._kind = kind
        self._texts = (title, detail)
        self._render()
        self._busy.setVisible(kind is PanelKind.BUSY)
        self._retry.setVisible(kind is PanelKind.ERROR)

    def _render(self) -> None:
        kind = self._kind
        title, detail = (_text(value) for value in self._texts)
        self._title.setText(title)
        self._detail.setText(detail)
        self._detail.setVisible(bool(detail))
        # Hints in the palette's muted colour (right in light and dark themes alike); an
        # error's reason is the sentence that matters, so it keeps full contrast.
        self._detail.setForegroundRole(
            QPalette.ColorRole.WindowText
            if kind is PanelKind.ERROR
            else QPalette.ColorRole.PlaceholderText
        )
        self._title.setAccessibleName(title)
        self.setAccessibleDescription(f"{title} {detail}".strip())
