"""The conversation history model (SPEC C3, D2): newest first, service, start, direction icon,
the last interaction marked; qtmodeltester checks the model's contract."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon

from journey_widget.ui.common.item_roles import ItemRole
from journey_widget.ui.report.history_model import HistoryModel
from ui.report.report_data import raymond_conversations


def test_an_empty_history_is_a_valid_model(qtmodeltester) -> None:
    model = HistoryModel()
    model.set_conversations(())
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.data(model.index(0), Qt.ItemDataRole.DisplayRole) is None


def test_the_model_keeps_qts_contract(qtmodeltester) -> None:
    model = HistoryModel()
    model.set_conversations(raymond_conversations(), "I-young")
    qtmodeltester.check(model)


def test_newest_first_with_service_start_and_direction() -> None:
    model = HistoryModel()
    model.set_conversations(raymond_conversations(), None)
    ids = [model.interaction_at(n).id for n in range(model.rowCount())]
    assert ids == ["I-young", "I-transfer", "I-voicemail", "I-callback"]
    callback = model.data(model.index(3), Qt.ItemDataRole.DisplayRole)
    assert callback.splitlines()[0] == "Billing"
    assert "Callback" in callback.splitlines()[1]
    assert "Inbound" in model.data(model.index(2), Qt.ItemDataRole.DisplayRole)
    icon = model.data(model.index(0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()


def test_the_last_interaction_is_marked_in_words_weight_and_tint() -> None:
    model = HistoryModel()
    model.set_conversations(raymond_conversations(), "I-young")
    first = model.index(0)
    assert model.data(first, ItemRole.IS_LAST) is True
    assert "Last interaction" in model.data(first, Qt.ItemDataRole.DisplayRole)
    assert "Last interaction" in model.data(first, Qt.ItemDataRole.AccessibleTextRole)
    font = model.data(first, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert model.data(first, Qt.ItemDataRole.BackgroundRole) is not None
    second = model.index(1)
    assert model.data(second, ItemRole.IS_LAST) is False
    assert "Last interaction" not in model.data(second, Qt.ItemDataRole.DisplayRole)
    assert model.data(second, Qt.ItemDataRole.FontRole) is None


def test_the_mark_stays_on_the_customers_last_one_whatever_is_listed() -> None:
    model = HistoryModel()
    every = raymond_conversations()
    model.set_conversations(every, "I-young")
    # A filter now lists two older ones and the last one: it stays marked.
    model.set_conversations([every[1], every[3]], "I-young")
    assert [model.data(model.index(n), ItemRole.IS_LAST) for n in range(2)] == [True, False]
    assert model.row_of("I-young") == 0
    model.set_conversations([every[1], every[2]], "I-young")  # filtered out: nothing marked
    assert not any(model.data(model.index(n), ItemRole.IS_LAST) for n in range(2))
    assert model.row_of("I-young") is None
