"""The detail pop-up of one interaction (SPEC A7, A8, F2, H3): two tabs, actions, paging.

Non-modal: the agent keeps working in the views while it is open, and it follows their
selection. Previous / next (top right, or the arrow keys) move among the interactions of the
same date, oldest first, and stop at the first and the last: "2 of 5" says where one is, so
wrapping around would only hide that the end was reached. Esc closes it.

Two tabs (F2): **Case** (Case ID, Case Created, Category, Sub Category, Type, Detail
Category, Priority, Subject, Date Created, Last Update, Case Owner, and a link to the CRM
when the source has one) and **Interaction** (the source's fields with customer account,
account / channel used, timestamp, and the recording when there is one). An interaction
without a case has no Case tab rather than an empty one. Below the tabs the H3 actions:
Call back, Copy number, Open case (``HistoryActions``), each a button for the keyboard.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_widget.model import Interaction
from journey_widget.ui.common.channel_icons import interaction_icon
from journey_widget.ui.common.formatting import arg, format_count, to_local_qdatetime
from journey_widget.ui.common.interaction_words import describe
from journey_widget.ui.common.scrolling_page import ScrollingPage
from journey_widget.ui.detail.fields import case_fields, detail_fields
from journey_widget.ui.journey.history_actions import HistoryActions, web_url

CASE_TAB = 0
INTERACTION_TAB = 1


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


def _fill(form: QFormLayout, parent: QWidget, rows: list[tuple[str, str]]) -> None:
    while form.rowCount():
        form.removeRow(0)
    for label, value in rows:
        text = QLabel(value, parent)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(label)
        name = QLabel(label, parent)
        name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        name.setBuddy(text)
        form.addRow(name, text)


class DetailPopup(QDialog):
    """Shows one interaction; ``navigated`` tells the views which one it moved to."""

    navigated = Signal(object)  # Interaction: previous / next picked another one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self._day: tuple[Interaction, ...] = ()
        self._index = 0
        self._actions: HistoryActions | None = None
        self._date = QLabel(self)
        self._position = QLabel(self)
        self._previous = QToolButton(self)
        self._next = QToolButton(self)
        self._icon = QLabel(self)
        self._summary = QLabel(self)
        self.tabs = QTabWidget(self)
        self._case_page = QWidget(self.tabs)
        self._case_form = _form()
        self._case_link = QPushButton(self._case_page)
        self._interaction_page = QWidget(self.tabs)
        self._form = _form()
        self._recording = QPushButton(self._interaction_page)
        self._call = QPushButton(self)
        self._copy = QPushButton(self)
        self._open_case = QPushButton(self)
        self._note = QLabel(self)
        self._build()
        self._connect_signals()
        self.retranslate_ui()

    def _build(self) -> None:
        self.setModal(False)
        self.setMinimumWidth(300)
        font = QFont(self._date.font())
        font.setBold(True)
        self._date.setFont(font)
        self._position.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._previous.setArrowType(Qt.ArrowType.LeftArrow)
        self._next.setArrowType(Qt.ArrowType.RightArrow)
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._note.setWordWrap(True)
        self._note.setTextFormat(Qt.TextFormat.PlainText)
        self._note.hide()
        for link in (self._case_link, self._recording):
            link.setAutoDefault(False)
        for button in (self._call, self._copy, self._open_case):
            button.setAutoDefault(False)

        case_layout = QVBoxLayout(self._case_page)
        case_layout.addLayout(self._case_form)
        case_layout.addWidget(self._case_link, 0, Qt.AlignmentFlag.AlignLeft)
        case_layout.addStretch(1)
        interaction_layout = QVBoxLayout(self._interaction_page)
        interaction_layout.addLayout(self._form)
        interaction_layout.addWidget(self._recording, 0, Qt.AlignmentFlag.AlignLeft)
        interaction_layout.addStretch(1)
        self.tabs.addTab(ScrollingPage(self._case_page, self.tabs), "")
        self.tabs.addTab(ScrollingPage(self._interaction_page, self.tabs), "")
        self.tabs.setCurrentIndex(INTERACTION_TAB)

        top = QHBoxLayout()
        top.addWidget(self._date, 1)
        top.addWidget(self._position)
        top.addWidget(self._previous)
        top.addWidget(self._next)
        what = QHBoxLayout()
        what.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        what.addWidget(self._summary, 1)
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(self._call)
        actions.addWidget(self._copy)
        actions.addWidget(self._open_case)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(what)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        layout.addWidget(self._note)

    def _connect_signals(self) -> None:
        self._previous.clicked.connect(self.on_previous)
        self._next.clicked.connect(self.on_next)
        self._call.clicked.connect(self.on_call_clicked)
        self._copy.clicked.connect(self.on_copy_clicked)
        self._open_case.clicked.connect(self.on_open_case_clicked)
        self._case_link.clicked.connect(self.on_case_link_clicked)
        self._recording.clicked.connect(self.on_recording_clicked)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Interaction details"))
        self._previous.setToolTip(self.tr("Previous interaction of this date"))
        self._next.setToolTip(self.tr("Next interaction of this date"))
        self._previous.setAccessibleName(self.tr("Previous"))
        self._next.setAccessibleName(self.tr("Next"))
        self.tabs.setTabText(CASE_TAB, self.tr("Case"))
        self.tabs.setTabText(INTERACTION_TAB, self.tr("Interaction"))
        self.tabs.setAccessibleName(self.tr("Case and interaction details"))
        self.tabs.setAccessibleDescription(
            self.tr("Case: the case this interaction belongs to. Interaction: its own details.")
        )
        self.tabs.tabBar().setAccessibleName(self.tr("Detail tabs"))
        self.tabs.tabBar().setAccessibleDescription(self.tabs.accessibleDescription())
        self.tabs.tabBar().setToolTip(self.tabs.accessibleDescription())
        for index in (CASE_TAB, INTERACTION_TAB):  # the scrolling pages take the focus
            self.tabs.widget(index).setAccessibleName(self.tabs.tabText(index))
            self.tabs.widget(index).setAccessibleDescription(self.tabs.accessibleDescription())
        self._call.setAccessibleDescription(self.tr("Hands the number to the softphone"))
        self._copy.setAccessibleDescription(self.tr("Copies the number to the clipboard"))
        self._case_link.setText(self.tr("Open case in CRM"))
        self._case_link.setAccessibleDescription(self.tr("Opens the case in the web browser"))
        self._recording.setText(self.tr("Play recording"))
        self._recording.setAccessibleDescription(
            self.tr("Opens the recording in the desktop's player or browser")
        )
        self._call.setText(self.tr("Call back"))
        self._copy.setText(self.tr("Copy number"))
        self._open_case.setText(self.tr("Open case"))
        self._open_case.setAccessibleDescription(self.tr("Shows the Case tab"))
        if self._day:
            self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- content ------------------------------------------------------------------------

    def set_actions(self, actions: HistoryActions) -> None:
        """The H3 actions for the customer shown; their sentences appear under the buttons."""
        self._actions = actions
        actions.feedback.connect(self.on_feedback)
        if self._day:
            self._refresh()

    def current(self) -> Interaction | None:
        return self._day[self._index] if self._day else None

    def position(self) -> tuple[int, int]:
        """(1-based position, count) among the interactions of the date."""
        return self._index + 1, len(self._day)

    def fields(self) -> list[tuple[str, str]]:
        """The Interaction tab's rows."""
        return detail_fields(self._day[self._index]) if self._day else []

    def case_rows(self) -> list[tuple[str, str]]:
        """The Case tab's rows (none without a case)."""
        return case_fields(self._day[self._index].case) if self._day else []

    def has_case_tab(self) -> bool:
        return self.tabs.isTabVisible(CASE_TAB)

    def show_case(self) -> None:
        """Bring the Case tab to the front (H3 "open the case")."""
        if self.has_case_tab():
            self.tabs.setCurrentIndex(CASE_TAB)

    def show_interaction(self, interaction: Interaction, same_day: Sequence[Interaction]) -> None:
        """Show ``interaction``; ``same_day`` is every interaction of its date, oldest first."""
        day = tuple(same_day) or (interaction,)
        ids = [i.id for i in day]
        self._day = day if interaction.id in ids else (interaction,)
        self._index = ids.index(interaction.id) if interaction.id in ids else 0
        self._note.hide()
        self._refresh()

    def action_buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        return self._call, self._copy, self._open_case

    def recording_button(self) -> QPushButton:
        return self._recording

    def case_link_button(self) -> QPushButton:
        return self._case_link

    def note_text(self) -> str:
        return self._note.text() if not self._note.isHidden() else ""

    def _refresh(self) -> None:
        interaction = self._day[self._index]
        local = to_local_qdatetime(interaction.started_at).date()
        self._date.setText(QLocale().toString(local, QLocale.FormatType.LongFormat))
        position, count = self.position()
        where = arg(self.tr("%1 of %2"), format_count(position), format_count(count))
        self._position.setText(where)
        self._position.setAccessibleName(self._position.text())
        self._previous.setEnabled(self._index > 0)
        self._next.setEnabled(self._index < count - 1)
        self._icon.setPixmap(interaction_icon(interaction, self.palette(), 24).pixmap(30, 30))
        self._summary.setText(describe(interaction))

        _fill(self._form, self._interaction_page, detail_fields(interaction))
        recording = web_url(interaction.recording_url)
        self._recording.setVisible(recording is not None)
        self._recording.setToolTip(recording.toString() if recording else "")

        case = interaction.case
        on_case = self.tabs.currentIndex() == CASE_TAB
        _fill(self._case_form, self._case_page, case_fields(case))
        self.tabs.setTabVisible(CASE_TAB, case is not None)
        link = web_url(case.url) if case is not None else None
        self._case_link.setVisible(link is not None)
        self._case_link.setToolTip(link.toString() if link else "")
        self.tabs.setCurrentIndex(CASE_TAB if case is not None and on_case else INTERACTION_TAB)

        target = self._actions.target_for(interaction) if self._actions else None
        self._call.setEnabled(target is not None)
        self._copy.setEnabled(target is not None)
        self._open_case.setEnabled(case is not None)
        number = target.value if target else ""
        self._call.setToolTip(number)
        self._copy.setToolTip(number)
        self.setAccessibleDescription(describe(interaction))
        self.adjustSize()

    def same_date(self) -> QDate | None:
        current = self.current()
        return None if current is None else to_local_qdatetime(current.started_at).date()

    # --- slots and keys ------------------------------------------------------------------

    def on_previous(self) -> None:
        self._move(-1)

    def on_next(self) -> None:
        self._move(1)

    def on_call_clicked(self) -> None:
        current = self.current()
        if current is not None and self._actions is not None:
            self._actions.call_back(current)

    def on_copy_clicked(self) -> None:
        current = self.current()
        if current is not None and self._actions is not None:
            self._actions.copy_number(current)

    def on_open_case_clicked(self) -> None:
        self.show_case()

    def on_case_link_clicked(self) -> None:
        current = self.current()
        if current is not None and current.case is not None and self._actions is not None:
            self._actions.open_link(current.case.url)

    def on_recording_clicked(self) -> None:
        current = self.current()
        if current is not None and self._actions is not None:
            self._actions.open_link(current.recording_url)

    def on_feedback(self, text: str, problem: bool) -> None:
        if not self.isVisible():
            return
        self._note.setText(text)
        self._note.setForegroundRole(
            QPalette.ColorRole.WindowText if problem else QPalette.ColorRole.PlaceholderText
        )
        self._note.setAccessibleName(text)
        self._note.show()

    def _move(self, step: int) -> None:
        target = self._index + step
        if not self._day or not 0 <= target < len(self._day):
            return
        self._index = target
        self._note.hide()
        self._refresh()
        self.navigated.emit(self._day[self._index])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.on_previous()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.on_next()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and focused.isEnabled():
                focused.click()  # Enter on Call back calls back; it does not close
            else:
                self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
