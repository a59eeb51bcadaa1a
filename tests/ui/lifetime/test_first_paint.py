"""ui/lifetime/first_paint: work that waits for a window's first picture, and runs once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journey_widget.ui.lifetime.first_paint import after_first_paint


def test_runs_once_after_the_first_paint_not_before(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[bool] = []
    after_first_paint(widget, lambda: calls.append(widget.isVisible()))
    QCoreApplication.processEvents()
    assert calls == []  # not shown, not painted: nothing yet

    widget.show()
    qtbot.waitUntil(lambda: calls == [True])

    widget.repaint()  # painted again, synchronously
    QCoreApplication.processEvents()
    assert calls == [True]


def test_a_widget_gone_before_its_paint_takes_the_work_with_it(qtbot):
    widget = QWidget()
    calls: list[int] = []
    after_first_paint(widget, lambda: calls.append(1))
    destroyed: list[bool] = []
    widget.destroyed.connect(lambda: destroyed.append(True))
    widget.deleteLater()
    qtbot.waitUntil(lambda: destroyed == [True])
    QCoreApplication.processEvents()
    assert calls == []
