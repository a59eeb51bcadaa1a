"""One conversation in depth (SPEC C4-C9): what the report shows for the selected history row.

From top to bottom: the conversation's title, the view mode (multi row / stairway / single
row), the legend, the painted timeline with the words for the current event, the extended
task result, a notice with Refresh when the conversation is younger than two minutes (its
codes and survey may still be missing, SPEC C9), the details (codes, parameters) and the
survey answers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journey_widget.model import Interaction
from journey_widget.model.conversation_layout import MIN_SCALE, ViewMode
from journey_widget.ui.report.conversation_view import ConversationView
from journey_widget.ui.report.details_panel import DetailsPanel
from journey_widget.ui.report.history_model import history_line
from journey_widget.ui.report.segment_legend import SegmentLegend
from journey_widget.ui.report.survey_view import SurveyView
from journey_widget.ui.report.task_result_panel import TaskResultPanel

FRESH_FOR = timedelta(minutes=2)


def is_young(interaction: Interaction, now: datetime) -> bool:
    """Younger than two minutes (or still running): details may still be on their way."""
    end = interaction.ended_at
    return interaction.live or end is None or now - end < FRESH_FOR


def view_mode_labels() -> dict[ViewMode, str]:
    return {
        ViewMode.MULTI_ROW: QCoreApplication.translate("ConversationPane", "Multi row"),
        ViewMode.STAIRWAY: QCoreApplication.translate("ConversationPane", "Stairway"),
        ViewMode.SINGLE_ROW: QCoreApplication.translate("ConversationPane", "Single row"),
    }


class ConversationPane(QWidget):
    mode_changed = Signal(str)  # ViewMode value, after the user chose it
    refresh_requested = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._interaction: Interaction | None = None
        self._scale = MIN_SCALE
        self._title = QLabel(self)
        self._mode_caption = QLabel(self)
        self._mode = QComboBox(self)
        self._legend = SegmentLegend(self)
        self._timeline = ConversationView(self)
        self._event = QLabel(self)
        self._no_segments = QLabel(self)
        self._result_box = QGroupBox(self)
        self._result = TaskResultPanel(self._result_box)
        self._fresh = QFrame(self)
        self._fresh_text = QLabel(self._fresh)
        self._refresh = QPushButton(self._fresh)
        self._details_box = QGroupBox(self)
        self._details = DetailsPanel(self._details_box)
        self._survey_box = QGroupBox(self)
        self._survey = SurveyView(self._survey_box)
        self._build()
        self._connect_signals()
        self.retranslate_ui()
        self.set_conversation(None)

    def _build(self) -> None:
        font = QFont(self._title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._title.setFont(font)
        self._title.setWordWrap(True)
        self._event.setWordWrap(True)
        for label in (self._title, self._event):  # source data: never markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        self._no_segments.setWordWrap(True)
        self._mode_caption.setBuddy(self._mode)
        for mode in ViewMode:
            self._mode.addItem("", mode.value)
        self._fresh.setFrameShape(QFrame.Shape.StyledPanel)
        self._fresh_text.setWordWrap(True)
        fresh = QHBoxLayout(self._fresh)
        fresh.addWidget(self._fresh_text, 1)
        fresh.addWidget(self._refresh)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self._mode_caption)
        mode_row.addWidget(self._mode)
        mode_row.addStretch(1)
        for box, inner in (
            (self._result_box, self._result),
            (self._details_box, self._details),
            (self._survey_box, self._survey),
        ):
            QVBoxLayout(box).addWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._title)
        layout.addLayout(mode_row)
        layout.addWidget(self._legend)
        layout.addWidget(self._timeline)
        layout.addWidget(self._no_segments)
        layout.addWidget(self._event)
        layout.addWidget(self._result_box)
        layout.addWidget(self._fresh)
        layout.addWidget(self._details_box)
        layout.addWidget(self._survey_box)
        layout.addStretch(1)
        self.setTabOrder(self._mode, self._timeline)
        self.setTabOrder(self._timeline, self._result)

    def _connect_signals(self) -> None:
        self._mode.activated.connect(self.on_mode_chosen)
        self._timeline.bar_focused.connect(self.on_bar_focused)
        self._refresh.clicked.connect(self.refresh_requested)

    def retranslate_ui(self) -> None:
        self._mode_caption.setText(self.tr("&View:"))
        for index, label in enumerate(view_mode_labels().values()):
            self._mode.setItemText(index, label)
        self._mode.setAccessibleName(self.tr("Timeline view mode"))
        self._result_box.setTitle(self.tr("Extended task result"))
        self._details_box.setTitle(self.tr("Details"))
        self._survey_box.setTitle(self.tr("Survey / rating"))
        self._refresh.setText(self.tr("&Refresh"))
        self._refresh.setAccessibleName(self.tr("Refresh the conversation"))
        self._fresh_text.setText(
            self.tr(
                "This conversation is less than 2 minutes old: its codes and survey answers "
                "may still be missing. Refresh to load them."
            )
        )
        self._no_segments.setText(
            self.tr("No timeline events were recorded for this conversation.")
        )
        self._show_title()

    def resizeEvent(self, event) -> None:
        """In a scroll area, wrapped text needs the height it asks for at this width.

        QScrollArea sizes its widget by the minimum size hint, which knows nothing of
        height-for-width; without this, long wrapped lines were squeezed to a sliver.
        """
        super().resizeEvent(event)
        needed = self.layout().heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- content ---------------------------------------------------------------------------

    @property
    def timeline(self) -> ConversationView:
        return self._timeline

    @property
    def details(self) -> DetailsPanel:
        return self._details

    @property
    def survey(self) -> SurveyView:
        return self._survey

    @property
    def task_result(self) -> TaskResultPanel:
        return self._result

    @property
    def legend(self) -> SegmentLegend:
        return self._legend

    @property
    def mode_box(self) -> QComboBox:
        return self._mode

    @property
    def interaction(self) -> Interaction | None:
        return self._interaction

    @property
    def incomplete_notice_shown(self) -> bool:
        return not self._fresh.isHidden()

    def event_text(self) -> str:
        return self._event.text()

    def mode(self) -> ViewMode:
        return ViewMode(self._mode.currentData())

    def set_mode(self, mode: ViewMode | str) -> None:
        mode = ViewMode(mode)
        self._mode.setCurrentIndex(list(ViewMode).index(mode))
        self._timeline.set_mode(mode)

    def set_scale(self, scale: timedelta) -> None:
        """Another scale for the conversation shown (the selection changed)."""
        if scale != self._scale:
            self._scale = scale
            self._timeline.set_scale(scale)

    def set_conversation(self, interaction: Interaction | None, scale: timedelta = MIN_SCALE):
        self._interaction = interaction
        self._scale = scale
        shown = interaction is not None
        has_segments = shown and bool(interaction.segments)  # type: ignore[union-attr]
        for widget in (self._result_box, self._details_box, self._survey_box, self._mode):
            widget.setVisible(shown)
        self._mode_caption.setVisible(shown)
        self._legend.setVisible(has_segments)
        self._timeline.setVisible(has_segments)
        self._no_segments.setVisible(shown and not has_segments)
        self._timeline.set_conversation(interaction, scale, self.mode())
        self._result.set_interaction(interaction)
        self._details.set_interaction(interaction)
        self._survey.set_answers(interaction.survey if interaction is not None else ())
        self._fresh.setVisible(shown and is_young(interaction, self._clock()))  # type: ignore[arg-type]
        self._event.setVisible(False)
        self._show_title()

    # --- slots -----------------------------------------------------------------------------

    def on_mode_chosen(self, index: int) -> None:
        mode = ViewMode(self._mode.itemData(index))
        self._timeline.set_mode(mode)
        self.mode_changed.emit(mode.value)

    def on_bar_focused(self, text: str) -> None:
        self._event.setText(text)
        self._event.setVisible(bool(text))

    def _show_title(self) -> None:
        if self._interaction is None:
            self._title.setText(self.tr("Pick a conversation from the history to read it here."))
        else:
            self._title.setText(history_line(self._interaction))
