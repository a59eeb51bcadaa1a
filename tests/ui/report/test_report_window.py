"""The conversation report window (SPEC C3-C9) on a real store: history, timeline, task result,
details, survey, the two-minute rule, the date filter and the remembered view mode."""

from __future__ import annotations

from datetime import UTC

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from journey_widget.model import SegmentKind
from journey_widget.model.conversation_layout import ViewMode
from journey_widget.model.date_ranges import DatePreset
from journey_widget.settings import SettingsFile, flush_saves
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.report.report_window import ReportWindow
from ui.report.report_data import RAYMOND, clock


@pytest.fixture
def settings_file(tmp_path) -> SettingsFile:
    return SettingsFile(tmp_path / "settings.json")


@pytest.fixture
def report(qtbot, report_service, settings_file) -> ReportWindow:
    window = ReportWindow(report_service, settings=settings_file, clock=clock, tz=UTC)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    return window


def _open(qtbot, report: ReportWindow, customer_id: str = RAYMOND):
    with qtbot.waitSignal(report.customer_shown, timeout=5000) as shown:
        report.open_customer(customer_id)
    return shown.args[0]


def _select(report: ReportWindow, interaction_id: str):
    assert report.select_conversation(interaction_id)
    return report.pane.interaction


def test_an_unknown_customer_is_a_sentence_not_an_empty_report(qtbot, report) -> None:
    with qtbot.waitSignal(report.error_shown, timeout=5000):
        report.open_customer("C999999")
    assert "no longer in the journey store" in report.status_text
    assert report.history_model.rowCount() == 0
    assert not report.print_button.isEnabled()


def test_no_service_yet_does_nothing(qtbot, settings_file) -> None:
    window = ReportWindow(None, settings=settings_file, clock=clock)
    qtbot.addWidget(window)
    assert window.open_customer(RAYMOND) is None
    assert "Find a customer" in window.status_text


def test_picking_a_suggestion_opens_the_customer_newest_first(qtbot, report) -> None:
    with qtbot.waitSignal(report.customer_shown, timeout=5000):
        report.search.customer_picked.emit(RAYMOND)
    model = report.history_model
    assert [model.interaction_at(n).id for n in range(model.rowCount())] == [
        "I-young",
        "I-transfer",
        "I-voicemail",
        "I-callback",
    ]
    assert report.pane.interaction.id == "I-young"  # the newest is opened
    assert "4 conversations" in report.status_text
    assert report.print_button.isEnabled() and report.pdf_button.isEnabled()


def test_the_timeline_is_scaled_by_the_longest_selected_session(qtbot, report) -> None:
    _open(qtbot, report)
    _select(report, "I-transfer")  # 610 s
    geometry = report.pane.timeline.geometry_model
    assert geometry.layout.end_x == pytest.approx(geometry.axis_width)
    # Selecting a shorter one alone: it fills the width; with the long one too: a part of it.
    _select(report, "I-voicemail")  # 155 s
    assert report.pane.timeline.geometry_model.layout.end_x == pytest.approx(
        report.pane.timeline.geometry_model.axis_width
    )
    selection = report.history.selectionModel()
    transfer = report.history_model.index(report.history_model.row_of("I-transfer"))
    selection.select(transfer, selection.SelectionFlag.Select)
    geometry = report.pane.timeline.geometry_model
    assert geometry.layout.end_x == pytest.approx(geometry.axis_width * 155 / 610, rel=0.01)


def test_hovering_a_bar_tells_event_time_service_agent_target(qtbot, report) -> None:
    _open(qtbot, report)
    interaction = _select(report, "I-transfer")
    view = report.pane.timeline
    qtbot.waitExposed(view)
    geometry = view.geometry_model
    transfer = next(b for b in geometry.layout.bars if b.kind is SegmentKind.TRANSFER)
    center = geometry.bar_rect(transfer).center().toPoint()
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, center, view.mapToGlobal(center)))
    text = QToolTip.text()
    assert "Transfer" in text and "0:00:10" in text
    assert "Anna Schmidt" in text and "Tech Support" in text and "Billing" in text
    assert interaction.segments[transfer.index].kind is SegmentKind.TRANSFER
    QToolTip.hideText()


def test_the_voicemail_box_is_told_too(qtbot, report) -> None:
    _open(qtbot, report)
    _select(report, "I-voicemail")
    view = report.pane.timeline
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert "sales-vm@acme" in report.pane.event_text()
    assert "Voicemail" in view.accessibleDescription()


def test_the_keyboard_walks_the_events_in_time_order(qtbot, report) -> None:
    _open(qtbot, report)
    _select(report, "I-transfer")
    view = report.pane.timeline
    view.setFocus()
    seen = []
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(5):
        seen.append(report.pane.event_text().split(" · ")[0])
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert seen == ["IVR", "Queue", "Connected", "Transfer", "Connected"]


def test_start_and_end_are_painted_and_a_bar_is_where_geometry_says(qtbot, report) -> None:
    _open(qtbot, report)
    _select(report, "I-transfer")
    view = report.pane.timeline
    qtbot.waitExposed(view)
    image = view.grab().toImage()
    geometry = view.geometry_model
    connected = next(b for b in geometry.layout.bars if b.kind is SegmentKind.CONNECTED)
    rect = geometry.bar_rect(connected)
    pixel = image.pixelColor(round(rect.center().x()), round(rect.top() + 4))
    base = view.palette().color(view.backgroundRole())
    assert pixel != base


@pytest.mark.parametrize("mode", list(ViewMode))
def test_each_view_mode_is_remembered(qtbot, report, settings_file, mode) -> None:
    _open(qtbot, report)
    _select(report, "I-transfer")
    box = report.pane.mode_box
    box.setCurrentIndex(list(ViewMode).index(mode))
    box.activated.emit(box.currentIndex())
    assert report.pane.timeline.mode is mode
    rows = report.pane.timeline.geometry_model.layout.rows
    assert rows == {ViewMode.MULTI_ROW: 4, ViewMode.STAIRWAY: 5, ViewMode.SINGLE_ROW: 1}[mode]
    assert flush_saves()  # written on the settings writer thread
    assert SettingsFile(settings_file.path).load().display.report_view_mode == mode.value
    again = ReportWindow(None, settings=SettingsFile(settings_file.path), clock=clock)
    qtbot.addWidget(again)
    assert again.pane.mode() is mode


def test_extended_task_result_says_how_it_ended_modality_and_sla(qtbot, report) -> None:
    _open(qtbot, report)
    _select(report, "I-voicemail")
    ended, modality, sla = report.pane.task_result.values()
    assert ended.startswith("Voicemail: ")
    assert "voice message" in ended
    assert modality == "Voice"
    assert sla == "Outside SLA"


def test_the_full_legend_opens_from_the_report(qtbot, report) -> None:
    _open(qtbot, report)
    report.pane.task_result._legend.click()
    dialog = report.pane.task_result.legend_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    for name in ("Hangup before Accept", "Lost in Queue", "Standby Duty Accepted"):
        assert name in text
    assert "did not pick up in time" in text
    dialog.close()


def test_not_configured_codes_say_so(qtbot, report) -> None:
    _open(qtbot, report)
    _select(report, "I-voicemail")
    assert report.pane.details.message == "The feature is not configured for this service."
    _select(report, "I-transfer")
    assert report.pane.details.message == ""
    assert report.pane.details.codes() == ("Tariff changed", "Fibre upgrade")
    assert report.pane.details.parameters() == [("contract:", "K-4711"), ("language:", "de")]


def test_survey_answers_with_stars_yes_no_and_open_text(qtbot, report) -> None:
    _open(qtbot, report)
    _select(report, "I-transfer")
    assert report.pane.survey.texts() == [
        ("How satisfied were you?", "4 of 5 stars"),
        ("Was your issue solved?", "Yes"),
        ("What could we do better?", "Shorter <b>waiting</b>"),
    ]
    from journey_widget.ui.report.survey_view import StarRating

    stars = report.pane.survey.findChildren(StarRating)
    assert len(stars) == 1 and (stars[0].given, stars[0].total) == (4, 5)
    assert stars[0].accessibleName() == "4 of 5 stars"


def test_a_young_conversation_is_marked_and_refresh_reloads_it(qtbot, report) -> None:
    _open(qtbot, report)
    assert report.pane.interaction.id == "I-young"
    assert report.pane.incomplete_notice_shown
    _select(report, "I-transfer")
    assert not report.pane.incomplete_notice_shown
    _select(report, "I-young")
    with qtbot.waitSignal(report.customer_shown, timeout=5000):
        report.pane.refresh_requested.emit()
    assert report.pane.interaction.id == "I-young"  # still the one being read


def test_the_last_interaction_stays_marked_while_the_range_changes(qtbot, report) -> None:
    _open(qtbot, report)
    with qtbot.waitSignal(report.customer_shown, timeout=5000):
        report.range_bar.set_preset(DatePreset.CURRENT_MONTH)
    model = report.history_model
    assert [model.interaction_at(n).id for n in range(model.rowCount())] == [
        "I-young",
        "I-transfer",
        "I-voicemail",
    ]
    _select(report, "I-voicemail")
    assert model.data(model.index(0), ItemRole.IS_LAST) is True  # marked, though not selected
    assert "Current month: " in report.range_bar.words
    with qtbot.waitSignal(report.customer_shown, timeout=5000):
        report.range_bar.set_preset(DatePreset.PREVIOUS_MONTH)
    assert [model.interaction_at(n).id for n in range(model.rowCount())] == ["I-callback"]
    assert model.last_id == "I-young"
    with qtbot.waitSignal(report.customer_shown, timeout=5000):
        report.range_bar.set_preset(DatePreset.PREVIOUS_YEAR)
    assert model.rowCount() == 0
    assert "No conversations in this period" in report.status_text
    assert report.pane.interaction is None


def test_narrow_puts_the_history_above_the_conversation(qtbot, report) -> None:
    report.resize(480, 800)
    qtbot.waitUntil(lambda: report._splitter.orientation() is Qt.Orientation.Vertical)
    report.resize(1200, 800)
    qtbot.waitUntil(lambda: report._splitter.orientation() is Qt.Orientation.Horizontal)


def test_every_control_has_an_accessible_name(qtbot, report) -> None:
    _open(qtbot, report)
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QListView

    for kind in (QAbstractButton, QComboBox, QDateEdit, QLineEdit, QListView):
        for control in report.findChildren(kind):
            if control.isVisibleTo(report) and control.focusPolicy() != Qt.FocusPolicy.NoFocus:
                assert control.accessibleName() or control.text(), control


def test_the_timeline_moves_with_a_click_too(qtbot, report) -> None:
    _open(qtbot, report)
    _select(report, "I-transfer")
    view = report.pane.timeline
    qtbot.waitExposed(view)
    geometry = view.geometry_model
    queue = next(b for b in geometry.layout.bars if b.kind is SegmentKind.QUEUE)
    qtbot.mouseClick(
        view, Qt.MouseButton.LeftButton, pos=geometry.bar_rect(queue).center().toPoint()
    )
    assert view.current_index == queue.index
    assert report.pane.event_text().startswith("Queue · 0:01:00")


def test_switching_language_retranslates_the_open_report(qtbot, report, qapp) -> None:
    from journey_widget import i18n

    _open(qtbot, report)
    _select(report, "I-voicemail")
    i18n.switch_language(qapp, "de")
    try:
        assert report.windowTitle() == "Gesprächsbericht"
        assert "Warteschlange" in report.pane.legend.names()
        assert report.pane.details.message == (
            "Die Funktion ist für diesen Service nicht konfiguriert."
        )
        assert report.range_bar.combo.currentText() == "Neueste"
        assert "Gesprächssitzungen" in report.status_text
        row = report.history_model.row_of("I-voicemail")
        shown = report.history_model.data(report.history_model.index(row))
        assert "Eingehend" in shown
        assert report.range_bar.from_edit.displayFormat() == "dd.MM.yy"
    finally:
        i18n.switch_language(qapp, "en")
    assert report.windowTitle() == "Conversation report"
    assert report.pane.details.message == "The feature is not configured for this service."


def test_a_number_opens_its_customer_and_nobody_is_a_sentence(qtbot, report) -> None:
    with qtbot.waitSignal(report.customer_shown, timeout=5000) as shown:
        report.open_query("+41 23 456 78 910")
    assert shown.args[0].customer.id == RAYMOND
    with qtbot.waitSignal(report.error_shown, timeout=5000):
        report.open_query("nobody@nowhere.example")
    assert report.status_text == "No customer is known by “nobody@nowhere.example”."
    with qtbot.waitSignal(report.error_shown, timeout=5000):
        report.open_query("<b>not a number</b>")
    assert "not a number" in report.status_text
    assert report.open_query("   ") is None


def test_text_from_the_source_or_the_keyboard_is_never_markup(qtbot, report) -> None:
    from PySide6.QtWidgets import QLabel

    def marked_up() -> list[QLabel]:
        return [label for label in report.findChildren(QLabel) if "<b>" in label.text()]

    with qtbot.waitSignal(report.error_shown, timeout=5000):
        report.open_query("<b>not a number</b>")
    first = marked_up()
    _open(qtbot, report)
    _select(report, "I-transfer")  # a survey answer "Shorter <b>waiting</b>"
    second = marked_up()
    assert first and second
    for label in first + second:
        assert label.textFormat() is Qt.TextFormat.PlainText, label.text()
