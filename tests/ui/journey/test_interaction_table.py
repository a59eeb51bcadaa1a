"""The grid's model and view: Qt's model contract, sorting by value, the red dot with words."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QIcon

from journey_widget.ui.common.formatting import arg, format_datetime, format_duration
from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.journey.interaction_table import (
    Column,
    InteractionTableModel,
)
from journey_widget.ui.journey.interaction_view import ALWAYS_SHOWN, InteractionTableView

Display = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def model(qapp, interactions_for) -> InteractionTableModel:
    model = InteractionTableModel()
    model.set_interactions(interactions_for("C1", 30))
    return model


def column_values(model: InteractionTableModel, column: Column, role=Display) -> list:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_model_keeps_qt_contract_empty_and_full(qtmodeltester, qapp, interactions_for):
    model = InteractionTableModel()
    qtmodeltester.check(model)
    model.set_interactions(interactions_for("C1", 25))
    qtmodeltester.check(model)
    model.sort(Column.DURATION, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_has_one_column_per_field_with_headers(model):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == [
        "Date & time",
        "Channel",
        "Direction",
        "Campaign",
        "Outcome",
        "Agent",
        "Duration",
        "Phone number / address",
        "Previous score",
        "Current score",
        "Agent comments",
    ]


def test_newest_first_by_default(model):
    starts = [i.started_at for i in model.interactions()]
    assert starts == sorted(starts, reverse=True)


def test_dates_show_local_time_in_the_users_locale(model):
    first = model.interaction(0)
    assert model.index(0, Column.DATE).data() == format_datetime(first.started_at)
    german = format_datetime(first.started_at, QLocale(QLocale.Language.German))
    assert "." in german  # 20.11.26 ...: the German short form, not the English one


def test_durations_read_h_mm_ss():
    assert format_duration(timedelta(seconds=5)) == "0:00:05"
    assert format_duration(timedelta(hours=12, minutes=3, seconds=9)) == "12:03:09"


def test_durations_sort_numerically_not_as_text(qapp, interactions_for):
    rows = interactions_for("C1", 3)
    lengths = (timedelta(hours=10), timedelta(hours=9, minutes=59), timedelta(minutes=1))
    rows = [replace(r, ended_at=r.started_at + d) for r, d in zip(rows, lengths, strict=True)]
    model = InteractionTableModel()
    model.set_interactions(rows)
    model.sort(Column.DURATION, Qt.SortOrder.AscendingOrder)
    assert column_values(model, Column.DURATION) == ["0:01:00", "9:59:00", "10:00:00"]


def test_scores_sort_numerically_and_empty_cells_go_last_both_ways(qapp, interactions_for):
    rows = interactions_for("C1", 4)
    scores = (9.5, None, 10.0, 100.0)
    rows = [replace(r, current_score=s) for r, s in zip(rows, scores, strict=True)]
    model = InteractionTableModel()
    model.set_interactions(rows)
    model.sort(Column.CURRENT_SCORE, Qt.SortOrder.AscendingOrder)
    assert [i.current_score for i in model.interactions()] == [9.5, 10.0, 100.0, None]
    model.sort(Column.CURRENT_SCORE, Qt.SortOrder.DescendingOrder)
    assert [i.current_score for i in model.interactions()] == [100.0, 10.0, 9.5, None]


def test_sort_keeps_the_selection_on_the_same_interaction(model):
    chosen = model.interaction(7)
    persistent = QPersistentModelIndex(model.index(7, Column.OUTCOME))
    model.sort(Column.CHANNEL, Qt.SortOrder.AscendingOrder)
    assert persistent.isValid()
    assert model.interaction(persistent.row()) is chosen
    assert persistent.column() == Column.OUTCOME


def test_sort_role_serves_a_proxy_model_by_time(model, qtmodeltester):
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(ItemRole.SORT_KEY)
    proxy.sort(Column.DATE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    times = [
        proxy.index(r, Column.DATE).data(ItemRole.INTERACTION).started_at
        for r in range(proxy.rowCount())
    ]
    assert times == sorted(times)
    assert isinstance(model.index(0, Column.DATE).data(ItemRole.SORT_KEY), float)


def test_failure_has_a_red_dot_and_the_word_failed(model):
    failed_row = next(r for r, i in enumerate(model.interactions()) if i.is_failure)
    fine_row = next(r for r, i in enumerate(model.interactions()) if not i.is_failure)
    failed = model.index(failed_row, Column.OUTCOME)
    assert isinstance(failed.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert failed.data(Qt.ItemDataRole.ToolTipRole).startswith("Failed")
    assert failed.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Failed")
    fine = model.index(fine_row, Column.OUTCOME)
    assert fine.data(Qt.ItemDataRole.DecorationRole) is None
    assert "Failed" not in (fine.data(Qt.ItemDataRole.ToolTipRole) or "")


def test_a_bare_failure_without_outcome_text_says_failed(qapp, interactions_for):
    row = replace(interactions_for("C1", 1)[0], outcome=None, task_result=None, failure=True)
    model = InteractionTableModel()
    model.set_interactions([row])
    assert model.index(0, Column.OUTCOME).data() == "Failed"
    assert model.index(0, Column.OUTCOME).data(Qt.ItemDataRole.ToolTipRole) == "Failed"


def test_columns_no_row_fills_are_reported_empty(qapp, interactions_for):
    rows = [replace(i, campaign=None, agent_comments=None) for i in interactions_for("C1", 5)]
    model = InteractionTableModel()
    model.set_interactions(rows)
    assert not model.column_has_data(Column.CAMPAIGN)
    assert not model.column_has_data(Column.COMMENTS)
    assert model.column_has_data(Column.DATE)


def test_arg_fills_numbered_placeholders_once():
    assert arg("%2 before %1", "a", "b") == "b before a"
    assert arg("%1", "100%2") == "100%2"


@pytest.mark.parametrize("width", [360, 1200])
def test_view_fits_columns_to_the_width_without_sideways_scrolling(qtbot, model, width):
    view = InteractionTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(width, 500)
    view.show()
    qtbot.waitExposed(view)
    shown = set(view.visible_columns())
    assert shown >= ALWAYS_SHOWN
    if width < 400:
        assert len(shown) <= 4
        assert not view.horizontalScrollBar().isVisible()
    else:
        assert {Column.DIRECTION, Column.AGENT, Column.DURATION, Column.CAMPAIGN} <= shown


def test_view_hides_columns_without_data(qtbot, qapp, interactions_for):
    rows = [replace(i, campaign=None) for i in interactions_for("C1", 5)]
    model = InteractionTableModel()
    model.set_interactions(rows)
    view = InteractionTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(1600, 400)
    view.show()
    qtbot.waitExposed(view)
    assert Column.CAMPAIGN not in view.visible_columns()


def test_enter_on_a_row_reports_its_interaction(qtbot, model):
    view = InteractionTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    view.setCurrentIndex(model.index(2, Column.DATE))
    with qtbot.waitSignal(view.interaction_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [model.interaction(2)]
