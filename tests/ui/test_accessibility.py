"""Keyboard and screen reader (SPEC G3, issue 8.5): names, descriptions, keys, focus, words.

What a screen reader gets is read through Qt's own accessibility interfaces
(``QAccessible.queryAccessibleInterface``), the same objects AT-SPI, UIA and NSAccessibility
are fed from: a button's name comes from its text, a field's from ``setAccessibleName``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from journey_widget.service.lookup import JourneyService
from journey_widget.ui.calls.banner import contrast_ratio
from journey_widget.ui.common import palettes
from journey_widget.ui.common.interaction_words import describe
from journey_widget.ui.journey.interaction_table import Column
from journey_widget.ui.shell.main_window import MainWindow
from users import full_access

WAIT_MS = 5000
NON_TEXT_CONTRAST = 3.0  # WCAG 2.1, 1.4.11: focus indicators and other graphics


def _reader(widget: QWidget) -> tuple[str, str]:
    """(name, description) as assistive technology reads them."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None, f"no accessible interface for {widget!r}"
    return iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description)


def _focusable(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in (root, *root.findChildren(QWidget))
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def _label(widget: QWidget) -> str:
    return f"{type(widget).__module__}.{type(widget).__name__} in {type(widget.parent()).__name__}"


def _unnamed(root: QWidget) -> list[str]:
    return [_label(w) for w in _focusable(root) if not _reader(w)[0].strip()]


def _undescribed(root: QWidget) -> list[str]:
    """Controls whose name is all a listener gets: no description and no tooltip."""
    return [
        _label(w) for w in _focusable(root) if not _reader(w)[1].strip() and not w.toolTip().strip()
    ]


@pytest.fixture
def journey_window(qtbot, qloop, fake_source):
    window = MainWindow(JourneyService(fake_source, access=full_access()))
    qtbot.addWidget(window)
    window.resize(480, 760)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.journey_shown, timeout=WAIT_MS):
        window.lookup("C000001")
    qtbot.wait(20)
    return window


def test_the_idle_window_names_and_describes_its_controls(qtbot, qloop):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _focusable(window), "nothing to reach with the keyboard?"
    assert _unnamed(window) == []
    assert _undescribed(window) == []


@pytest.mark.parametrize("view", ["timeline", "grid"])
def test_every_control_of_a_journey_has_a_name_and_a_description(journey_window, view):
    journey_window.set_view(view)
    assert _unnamed(journey_window) == []
    assert _undescribed(journey_window) == []


def test_the_detail_popup_names_its_controls(qtbot, journey_window):
    page = journey_window.journey_page
    page.open_detail(page.shown[0])
    qtbot.waitUntil(page.popup.isVisible, timeout=WAIT_MS)
    assert _unnamed(page.popup) == []


def test_the_detail_popup_describes_its_controls(qtbot, journey_window):
    page = journey_window.journey_page
    page.open_detail(page.shown[0])
    qtbot.waitUntil(page.popup.isVisible, timeout=WAIT_MS)
    assert _undescribed(page.popup) == []


def test_tab_reaches_the_search_the_menu_the_views_and_the_timeline(qtbot, journey_window):
    window = journey_window
    window.activateWindow()
    window.search_field.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(window.search_field.hasFocus, timeout=WAIT_MS)
    reached: list[QWidget] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused in reached:
            break
        reached.append(focused)
    page = window.journey_page
    for wanted in (
        window.menu_button,
        page.view_bar.view_button("timeline"),
        page.timeline,
        page.day_panel.list,
    ):
        assert wanted in reached, f"Tab never reaches {_label(wanted)}"
    assert reached.index(page.timeline) < reached.index(page.day_panel.list)


def test_arrows_walk_the_timeline_enter_opens_escape_closes(qtbot, journey_window):
    page = journey_window.journey_page
    timeline = page.timeline
    timeline.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(timeline.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    newest = timeline.current_interaction()
    assert newest is timeline.layout_model.items[-1]
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    previous = timeline.current_interaction()
    assert previous is timeline.layout_model.items[-2]

    # What a screen reader says now: the item under the keyboard, and where it is.
    name, description = _reader(timeline)
    assert name == "Timeline"
    assert description.startswith(describe(previous))
    count = len(timeline.layout_model)
    assert description.endswith(f"{count - 1} of {count}")

    qtbot.keyClick(timeline, Qt.Key.Key_Return)
    qtbot.waitUntil(page.popup.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(page.popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not page.popup.isVisible(), timeout=WAIT_MS)


def test_before_a_selection_the_timeline_says_how_to_move(journey_window):
    timeline = journey_window.timeline_view
    assert timeline.current_interaction() is None
    assert "Left and Right" in _reader(timeline)[1]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focus_ring_is_drawn_and_stands_out(qtbot, journey_window, theme):
    palette = palettes.dark_palette() if theme == "dark" else palettes.light_palette()
    timeline = journey_window.timeline_view
    timeline.setPalette(palette)
    timeline.viewport().setPalette(palette)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    base = palette.color(QPalette.ColorRole.Base)
    assert contrast_ratio(highlight, base) >= NON_TEXT_CONTRAST

    def edge_pixels() -> list[QColor]:
        image = timeline.viewport().grab().toImage()
        middle = image.height() // 2
        return [image.pixelColor(x, middle) for x in (1, 2)]

    timeline.clearFocus()
    qtbot.waitUntil(lambda: not timeline.hasFocus(), timeout=WAIT_MS)
    assert highlight not in edge_pixels()  # no ring without the focus
    timeline.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(timeline.hasFocus, timeout=WAIT_MS)
    assert highlight in edge_pixels()


def test_failure_is_said_in_words_not_only_by_the_red_dot(journey_window):
    page = journey_window.journey_page
    failed = next(i for i in page.shown if i.is_failure)
    assert "Failed" in describe(failed)
    row = journey_window.table_model.row_of(failed)
    tooltip = journey_window.table_model.index(row, Column.OUTCOME).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "Failed" in tooltip
    accessible = journey_window.table_model.index(row, Column.OUTCOME).data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    assert "Failed" in accessible
    page.pane.select(failed)
    day_row = page.day_panel.model.row_of(failed)
    card_text = page.day_panel.model.index(day_row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Failed" in card_text


def test_live_states_differ_by_line_as_well_as_colour():
    from journey_widget.ui.common.channel_icons import LIVE_COLORS, LIVE_LINES

    assert set(LIVE_LINES) == set(LIVE_COLORS)
    assert len(set(LIVE_LINES.values())) == len(LIVE_LINES)  # solid, dashed, dotted


def _settings_dialog(tmp_path):
    from journey_widget.secrets import SecretStore
    from journey_widget.settings import Settings, SettingsFile
    from journey_widget.ui.settings.dialog import SettingsDialog

    return SettingsDialog(Settings(), SettingsFile(tmp_path / "s.json"), SecretStore(environ={}))


def _report_window(_tmp_path):
    from journey_widget.ui.report.report_window import ReportWindow

    return ReportWindow(None)


def _operations_view(_tmp_path):
    from journey_widget.ui.operations.view import CustomerOperationsView

    return CustomerOperationsView(lambda: None)


def _anonymise_dialog(_tmp_path):
    from journey_widget.ui.operations.dialogs import AnonymiseDialog

    return AnonymiseDialog("C000001", "Raymond Gray")


def _task_result_legend(_tmp_path):
    from journey_widget.ui.report.task_result_legend import TaskResultLegendDialog

    return TaskResultLegendDialog()


@pytest.mark.parametrize(
    "build",
    [
        _settings_dialog,
        _report_window,
        _operations_view,
        _anonymise_dialog,
        _task_result_legend,
    ],
)
def test_the_other_windows_and_dialogs_name_their_controls(qtbot, qloop, tmp_path, build):
    widget = build(tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert _focusable(widget)
    assert _unnamed(widget) == []
