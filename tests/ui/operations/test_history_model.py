"""The history table and its filters (SPEC D2-D4): Qt's model contract, the last interaction
mark that survives filtering, filters added, cleared and hidden, "All" when unfiltered."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from journey_widget.model.history_filters import FilterField, HistoryFilters
from journey_widget.ui.operations.filter_bar import OperationsFilterBar
from journey_widget.ui.operations.history_model import (
    HistoryColumn,
    OperationsHistoryModel,
    result_text,
)


@pytest.fixture
def journey(journey_for):
    base = journey_for(count=12)
    services = ("Billing", "Sales", None)
    items = tuple(
        replace(
            item,
            service=services[n % 3],
            first_queued_service=services[n % 3],
            opening_hours="Open" if n % 2 else "Closed",
            issues_reported="No dial tone" if n == 4 else None,
        )
        for n, item in enumerate(base.interactions)
    )
    return replace(base, interactions=items)


def test_model_keeps_qt_contract_empty_full_filtered_and_sorted(qtmodeltester, qapp, journey):
    model = OperationsHistoryModel()
    qtmodeltester.check(model)
    model.set_journey(journey)
    qtmodeltester.check(model)
    model.set_filters(HistoryFilters().set(FilterField.SERVICE, "Billing"))
    qtmodeltester.check(model)
    model.sort(HistoryColumn.DURATION, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    model.set_journey(None)
    qtmodeltester.check(model)


def test_the_columns_are_those_of_the_seed(qapp):
    model = OperationsHistoryModel()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == [
        "Date & time",
        "Source",
        "Initial service",
        "1st queued service",
        "Last connected user",
        "Opening hours",
        "Issues reported",
        "Result",
        "Duration",
        "Actions",
    ]


def test_newest_first_and_the_last_interaction_is_marked_not_only_by_colour(qapp, journey):
    model = OperationsHistoryModel()
    model.set_journey(journey)
    dates = [model.interaction_at(r).started_at for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert model.row_of_last() == 0
    first = model.index(0, HistoryColumn.DATE)
    assert first.data().endswith("· last interaction")
    assert first.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, HistoryColumn.DATE).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(0, HistoryColumn.SOURCE).data() == "+49 1511 2345678"
    assert model.index(0, HistoryColumn.ACTIONS).data() == "Download trace"


def test_the_mark_stays_on_the_last_interaction_while_filtered(qapp, journey):
    model = OperationsHistoryModel()
    model.set_journey(journey)
    last = model.last_interaction
    model.set_filters(HistoryFilters().set(FilterField.RESULT, result_text(last)))
    row = model.row_of_last()
    assert row is not None and model.interaction_at(row).id == last.id
    assert model.index(row, HistoryColumn.DATE).data(Qt.ItemDataRole.FontRole).bold()
    other = next(i for i in journey.interactions if result_text(i) != result_text(last))
    model.set_filters(HistoryFilters().set(FilterField.RESULT, result_text(other)))
    assert model.row_of_last() is None and model.last_interaction == last  # still known


def test_filters_combine_and_hiding_clears(qapp, journey):
    filters = HistoryFilters().set(FilterField.SERVICE, "Billing").show(FilterField.USER)
    assert filters.shown == (FilterField.SERVICE, FilterField.USER) and filters.active
    cleared = filters.clear(FilterField.SERVICE)
    assert cleared.shown == filters.shown and not cleared.active
    hidden = filters.hide(FilterField.SERVICE)
    assert hidden.shown == (FilterField.USER,) and not hidden.active
    model = OperationsHistoryModel()
    model.set_journey(journey)
    model.set_filters(
        HistoryFilters().set(FilterField.SERVICE, "Billing").set(FilterField.USER, "Anna Schmidt")
    )
    rows = [model.interaction_at(r) for r in range(model.rowCount())]
    assert rows and all(i.service == "Billing" and i.last_agent == "Anna Schmidt" for i in rows)


def test_the_bar_adds_a_filter_with_all_then_clears_and_hides_it(qtbot, journey):
    bar = OperationsFilterBar(result_text)
    qtbot.addWidget(bar)
    bar.set_interactions(journey.interactions)
    seen = []
    bar.filters_changed.connect(seen.append)
    assert bar.box(FilterField.SERVICE) is None
    bar.menu.actions()[0].trigger()  # "Initial service" from the filter menu
    box = bar.box(FilterField.SERVICE)
    assert box is not None and box.currentText() == "All" and not bar.filters.active
    assert bar.summary_text == "Showing all sessions"
    assert [box.itemText(i) for i in range(box.count())] == ["All", "Billing", "Sales"]
    box.setCurrentIndex(box.findText("Sales"))
    assert bar.filters.value(FilterField.SERVICE) == "Sales"
    assert bar.summary_text == "Filtered by Initial service: Sales"  # said in words
    qtbot.mouseClick(bar.clear_button(FilterField.SERVICE), Qt.MouseButton.LeftButton)
    assert box.currentText() == "All" and FilterField.SERVICE in bar.filters.shown
    box.setCurrentIndex(1)
    bar.menu.actions()[0].trigger()  # hide: cleared too
    assert bar.box(FilterField.SERVICE) is None and not bar.filters.active
    assert seen[-1] == HistoryFilters()


def test_accessible_names_everywhere(qtbot, journey):
    bar = OperationsFilterBar(result_text)
    qtbot.addWidget(bar)
    bar.set_interactions(journey.interactions)
    bar.show_filter(FilterField.RESULT)
    assert bar.box(FilterField.RESULT).accessibleName() == "Result"
    assert bar.clear_button(FilterField.RESULT).accessibleName() == "Clear the filter Result"
