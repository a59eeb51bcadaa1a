"""The history's filter bar (SPEC D4): add filters from a menu, hide them, clear them.

The "Filters" button opens a menu with one checkable entry per filter: checking shows that
filter, unchecking hides it and clears it. A shown filter is a labelled box whose first
entry "All" means unfiltered, and a ✖ button that clears it (the filter stays). A line of
text says in words what is filtered, so the state never hangs on a colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_widget.model import Interaction
from journey_widget.model.history_filters import FilterField, HistoryFilters, choices
from journey_widget.ui.common.flow_layout import FlowLayout
from journey_widget.ui.common.formatting import arg


def filter_titles() -> dict[FilterField, str]:
    return {
        FilterField.SERVICE: QCoreApplication.translate("OperationsFilterBar", "Initial service"),
        FilterField.QUEUED_SERVICE: QCoreApplication.translate(
            "OperationsFilterBar", "1st queued service"
        ),
        FilterField.USER: QCoreApplication.translate("OperationsFilterBar", "Last connected user"),
        FilterField.RESULT: QCoreApplication.translate("OperationsFilterBar", "Result"),
    }


class _FilterBox(QWidget):
    """One shown filter: its name, a box with "All" and the values, and a clear button."""

    changed = Signal(object, object)  # FilterField, str | None

    def __init__(self, which: FilterField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.which = which
        self.label = QLabel(self)
        self.box = QComboBox(self)
        # Wide enough for most values; a long one is elided rather than widening the window.
        self.box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.box.setMinimumContentsLength(16)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✖")
        self.clear_button.setAutoRaise(True)
        self.label.setBuddy(self.box)
        # The name above its box: "Zuletzt verbundener Benutzer" beside a box and ✖ would not
        # fit the docked width (380 px).
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.box)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.box.currentIndexChanged.connect(self.on_index_changed)
        self.clear_button.clicked.connect(lambda: self.box.setCurrentIndex(0))

    def fill(self, values: Sequence[str], current: str | None) -> None:
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem(QCoreApplication.translate("OperationsFilterBar", "All"), None)
        for value in values:
            self.box.addItem(value, value)
        found = self.box.findData(current) if current else 0
        self.box.setCurrentIndex(max(found, 0))
        self.box.blockSignals(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title = filter_titles()[self.which]
        self.label.setText(title + ":")
        self.box.setItemText(0, QCoreApplication.translate("OperationsFilterBar", "All"))
        self.box.setAccessibleName(title)
        self.box.setAccessibleDescription(
            QCoreApplication.translate("OperationsFilterBar", "“All” shows the history unfiltered")
        )
        clear = arg(QCoreApplication.translate("OperationsFilterBar", "Clear the filter %1"), title)
        self.clear_button.setToolTip(clear)
        self.clear_button.setAccessibleName(clear)

    def on_index_changed(self, _index: int) -> None:
        self.changed.emit(self.which, self.box.currentData())


class OperationsFilterBar(QWidget):
    """Emits ``filters_changed(HistoryFilters)`` whenever a filter is added, set or hidden."""

    filters_changed = Signal(object)

    def __init__(
        self, result_of: Callable[[Interaction], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._result_of = result_of
        self._filters = HistoryFilters()
        self._items: Sequence[Interaction] = ()
        self._boxes: dict[FilterField, _FilterBox] = {}
        self._menu = QMenu(self)
        self._actions: dict[FilterField, QAction] = {}
        self._button = QToolButton(self)
        self._summary = QLabel(self)
        self._flow = FlowLayout(spacing=8)
        self._build()
        self.retranslate_ui()

    def _build(self) -> None:
        self._button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._button.setMenu(self._menu)
        self._button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for which in FilterField:
            action = QAction(self)
            action.setCheckable(True)
            action.toggled.connect(lambda on, w=which: self.on_filter_toggled(w, on))
            self._actions[which] = action
            self._menu.addAction(action)
        self._summary.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._button)
        top.addWidget(self._summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(self._flow)

    @property
    def filters(self) -> HistoryFilters:
        return self._filters

    @property
    def menu(self) -> QMenu:
        return self._menu

    @property
    def summary_text(self) -> str:
        """What is filtered, in words."""
        return self._summary.text()

    def box(self, which: FilterField) -> QComboBox | None:
        shown = self._boxes.get(which)
        return shown.box if shown is not None else None

    def clear_button(self, which: FilterField) -> QToolButton | None:
        shown = self._boxes.get(which)
        return shown.clear_button if shown is not None else None

    def set_interactions(self, items: Sequence[Interaction]) -> None:
        """A new history: filters stay shown, values no longer present are cleared."""
        self._items = items
        for which, shown in self._boxes.items():
            values = choices(items, which, self._result_of)
            current = self._filters.value(which)
            if current not in values:
                self._filters = self._filters.clear(which)
            shown.fill(values, self._filters.value(which))
        self._update_summary()

    def show_filter(self, which: FilterField, shown: bool = True) -> None:
        self._actions[which].setChecked(shown)

    def on_filter_toggled(self, which: FilterField, on: bool) -> None:
        if on and which not in self._boxes:
            box = _FilterBox(which, self)
            box.fill(choices(self._items, which, self._result_of), None)
            box.changed.connect(self.on_value_changed)
            self._boxes[which] = box
            self._flow.addWidget(box)
            self._filters = self._filters.show(which)
            box.box.setFocus()
        elif not on and which in self._boxes:
            box = self._boxes.pop(which)
            self._flow.removeWidget(box)
            box.deleteLater()
            self._filters = self._filters.hide(which)
        else:
            return
        self._update_summary()
        self.filters_changed.emit(self._filters)

    def on_value_changed(self, which: FilterField, value: str | None) -> None:
        self._filters = self._filters.set(which, value)
        self._update_summary()
        self.filters_changed.emit(self._filters)

    def retranslate_ui(self) -> None:
        self._button.setText(QCoreApplication.translate("OperationsFilterBar", "Filters"))
        self._button.setToolTip(
            QCoreApplication.translate("OperationsFilterBar", "Add or hide filters of the history")
        )
        self._button.setAccessibleName(QCoreApplication.translate("OperationsFilterBar", "Filters"))
        self._button.setAccessibleDescription(
            QCoreApplication.translate("OperationsFilterBar", "Add or hide filters of the history")
        )
        titles = filter_titles()
        for which, action in self._actions.items():
            action.setText(titles[which])
        for box in self._boxes.values():
            box.retranslate_ui()
        self._update_summary()

    def _update_summary(self) -> None:
        if not self._filters.active:
            self._summary.setText(
                QCoreApplication.translate("OperationsFilterBar", "Showing all sessions")
            )
            return
        titles = filter_titles()
        parts = [f"{titles[w]}: {v}" for w, v in self._filters.values.items()]
        self._summary.setText(
            arg(
                QCoreApplication.translate("OperationsFilterBar", "Filtered by %1"),
                "; ".join(parts),
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
