"""The detail pop-up on a short screen: wrapped values keep their lines and the tab scrolls.

``adjustSize`` keeps a window within two thirds of the screen (533 px of the offscreen
platform's 800), less than a call with a case and a long comment needs at the pop-up's
width. The values must then keep the height their wrapped text needs, not be cut off.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel
from tests.ui.detail.test_popup import CALL

from journey_widget.ui.detail.popup import DetailPopup

LONG_CALL = replace(
    CALL,
    agents=("Marco Ricci",),
    campaign="Winback Q3",
    outcome="Resolved",
    agent_comments="Customer upset about the repeated outage of the line; a ticket was opened "
    "and a technician booked for Thursday morning between eight and twelve.",
)


def test_wrapped_values_are_never_cut_off_when_the_popup_is_short(qtbot):
    popup = DetailPopup()
    qtbot.addWidget(popup)
    popup.show_interaction(LONG_CALL, [LONG_CALL])
    popup.show()
    qtbot.waitExposed(popup)
    page = popup.tabs.currentWidget().widget()
    values = [label for label in page.findChildren(QLabel) if label.wordWrap()]
    assert values, "the Interaction tab lists the call's fields"
    for label in values:
        assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_the_popup_asks_for_the_height_its_rows_need(qtbot):
    popup = DetailPopup()
    qtbot.addWidget(popup)
    short = replace(LONG_CALL, agent_comments=None, case=None)
    popup.show_interaction(short, [short])
    popup.show()
    qtbot.waitExposed(popup)
    area = popup.tabs.currentWidget()
    assert area.verticalScrollBar().maximum() == 0  # enough room: nothing to scroll
