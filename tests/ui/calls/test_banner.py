"""The call banner docked narrow and with untrusted names (SPEC B4, G3, issue 8)."""

from __future__ import annotations

from datetime import UTC, datetime

from journey_widget.model.live_status import LiveEvent, LiveEventKind
from journey_widget.ui.calls.banner import CallBanner

MARKUP = "<b>Boss</b> <img src='x'> & Co"


def test_a_name_with_markup_stays_text_in_the_tooltip(qtbot):
    banner = CallBanner()
    qtbot.addWidget(banner)
    banner.show_call("+49 30 1234567", MARKUP, "Inbound")
    assert banner.name_label().text() == MARKUP
    tooltip = banner.name_label().toolTip()
    assert "<b>" not in tooltip and "&lt;b&gt;Boss&lt;/b&gt;" in tooltip


def test_a_long_name_is_cut_with_an_ellipsis_and_kept_whole(qtbot):
    name = "Raymond Gray-Schmidt von Hohenberg und zu Lichtenstein-Waldburg"
    banner = CallBanner()
    qtbot.addWidget(banner)
    banner.resize(300, 80)
    banner.show_call("+49 1511 2345678", name, lambda: "Manuell ausgehend")
    banner.set_events([LiveEvent(LiveEventKind.ARRIVED, datetime.now(UTC))])
    banner.show()
    qtbot.waitExposed(banner)
    label = banner.name_label()
    assert label.width() < label.fontMetrics().horizontalAdvance(name)  # it does not fit
    assert label.text() == name  # the whole name for the status and the screen reader
    assert name in label.toolTip()
    assert name in banner.accessibleDescription()
    assert banner.direction_text() == "Manuell ausgehend"


def test_no_name_shows_the_direction_alone(qtbot):
    banner = CallBanner()
    qtbot.addWidget(banner)
    banner.show_call("+49 30 1234567", None, "Inbound")
    assert banner.name_label().text() == ""
    assert banner.name_label().toolTip() == ""
    assert banner.direction_text() == "Inbound"
