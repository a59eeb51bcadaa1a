"""The filters above both views (SPEC A5, F1, F5): Campaign, Channel, Period, Category, Lead
status, free text, Search.

Campaign, channel and period take effect when the agent presses Search (or Enter). Category
(F1: All / Service / Sales / Marketer / Survey / Oms / Mydx / General) and lead status (F5)
narrow the list as soon as one is picked, like the seed's dropdown; the free text narrows as
it is typed, after a short pause. Everything combines with AND. The bar only says what the
agent chose (``filter_applied`` with a ``JourneyFilter``); ``model.filters`` decides what
passes. A box whose field no interaction has (a source without categories, a customer who is
no lead) is hidden rather than offered empty. Narrow (docked) the bar takes four short rows,
medium two, wide one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QWidget

from journey_widget.model import Category, Channel, LeadStatus
from journey_widget.model.filters import DEFAULT_PERIOD_MONTHS, PERIODS_MONTHS, JourneyFilter
from journey_widget.ui.common.formatting import arg
from journey_widget.ui.common.labels import channel_labels
from journey_widget.ui.common.tooltips import plain_tooltip
from journey_widget.ui.common.workflow_labels import category_labels, lead_status_labels

TEXT_DEBOUNCE_MS = 250
WIDE_FROM = 720
ONE_ROW_FROM = 1000  # with category and lead status, one row needs this much


class FilterBar(QWidget):
    """Filter controls; ``filter_applied`` fires on Search, a category / lead pick, and text."""

    filter_applied = Signal(object)  # JourneyFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._applied = JourneyFilter()
        self._campaigns: list[str] = []
        self._channels: list[Channel] = []
        self._categories: list[Category] = []
        self._leads: list[LeadStatus] = []
        self._campaign = QComboBox(self)
        self._channel = QComboBox(self)
        self._period = QComboBox(self)
        self._category = QComboBox(self)
        self._lead = QComboBox(self)
        self._text = QLineEdit(self)
        self._search = QPushButton(self)
        self._debounce = QTimer(self)
        self._grid = QGridLayout(self)
        self._mode: str | None = None
        self._build()
        self._connect_signals()
        self.retranslate_ui()

    def _build(self) -> None:
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(6)
        for combo in (self._campaign, self._channel, self._period, self._category, self._lead):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        for months in PERIODS_MONTHS:
            self._period.addItem("", months)
        self._period.setCurrentIndex(self._period.findData(DEFAULT_PERIOD_MONTHS))
        self._text.setClearButtonEnabled(True)
        self._text.setMaxLength(200)
        self._search.setDefault(False)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(TEXT_DEBOUNCE_MS)
        self._category.hide()
        self._lead.hide()
        self._arrange("narrow")

    def _connect_signals(self) -> None:
        self._search.clicked.connect(self.on_search_clicked)
        self._text.returnPressed.connect(self.on_search_clicked)
        self._text.textChanged.connect(self.on_text_edited)
        self._debounce.timeout.connect(self.on_text_settled)
        self._category.activated.connect(self.on_category_picked)
        self._lead.activated.connect(self.on_lead_picked)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._update_tooltips)

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self._campaign, self._channel, self._period, self._category, self._lead)

    def _names(self) -> tuple[str, ...]:
        return (
            self.tr("Campaign"),
            self.tr("Channel"),
            self.tr("Period"),
            self.tr("Category"),
            self.tr("Lead status"),
        )

    def retranslate_ui(self) -> None:
        for combo, name in zip(self._combos(), self._names(), strict=True):
            combo.setAccessibleName(name)
        for index in range(self._period.count()):
            months = self._period.itemData(index)
            self._period.setItemText(index, self.tr("%n months", "", months))
        self._category.setAccessibleDescription(self.tr("Applies at once"))
        self._lead.setAccessibleDescription(self.tr("Applies at once"))
        self._text.setPlaceholderText(self.tr("Filter outcome, agent, comments"))
        # Docked narrow a long hint is cut: the tooltip (and a screen reader) has all of it.
        self._text.setToolTip(plain_tooltip(self._text.placeholderText()))
        self._text.setAccessibleName(self.tr("Filter text"))
        self._search.setText(self.tr("Search"))
        self._search.setToolTip(self.tr("Apply campaign, channel and period"))
        self._refill()
        self._update_tooltips()

    def _update_tooltips(self, *_args: object) -> None:
        """ "Name: choice" on hover: a choice too long for a docked box is read in full."""
        template = self.tr("%1: %2")
        for combo, name in zip(self._combos(), self._names(), strict=True):
            combo.setToolTip(plain_tooltip(arg(template, name, combo.currentText())))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- content ------------------------------------------------------------------------

    @property
    def applied(self) -> JourneyFilter:
        return self._applied

    def set_choices(
        self,
        campaigns: list[str],
        channels: list[Channel],
        categories: Sequence[Category] = (),
        lead_statuses: Sequence[LeadStatus] = (),
    ) -> None:
        """Fill the lists; a choice that is still offered stays selected.

        Category and lead status offer all of F1's / F5's values once any interaction has
        one (the seed's fixed list); with none, their box is hidden.
        """
        self._campaigns, self._channels = list(campaigns), list(channels)
        self._categories = list(Category) if categories else []
        self._leads = list(LeadStatus) if lead_statuses else []
        self._refill()
        self._category.setVisible(bool(self._categories))
        self._lead.setVisible(bool(self._leads))
        self._mode = None
        self._arrange(self._mode_for(self.width() if self.isVisible() else 0))

    def show_filter(self, journey_filter: JourneyFilter) -> None:
        """Put the controls to this filter (it counts as applied; nothing is emitted)."""
        self._applied = journey_filter
        for combo, value in (
            (self._campaign, journey_filter.campaign),
            (self._channel, journey_filter.channel),
            (self._period, journey_filter.period_months),
            (self._category, journey_filter.category),
            (self._lead, journey_filter.lead_status),
        ):
            combo.setCurrentIndex(_index_of(combo, value))
        self._text.blockSignals(True)
        self._text.setText(journey_filter.text)
        self._text.blockSignals(False)

    def pick_campaign(self, campaign: str) -> None:
        """A campaign chip was clicked: select it (adding it if unknown) and apply."""
        if self._campaign.findData(campaign) < 0:
            self._campaign.addItem(campaign, campaign)
        self._campaign.setCurrentIndex(self._campaign.findData(campaign))
        self.on_search_clicked()

    def chosen(self) -> JourneyFilter:
        """What the controls say now, applied or not."""
        channel = self._channel.currentData()
        category = self._category.currentData()
        lead = self._lead.currentData()
        return JourneyFilter(
            campaign=self._campaign.currentData() or None,
            channel=Channel(channel) if channel else None,
            period_months=self._period.currentData(),
            text=self._text.text().strip(),
            category=Category(category) if category else None,
            lead_status=LeadStatus(lead) if lead else None,
        )

    def campaign_box(self) -> QComboBox:
        return self._campaign

    def channel_box(self) -> QComboBox:
        return self._channel

    def period_box(self) -> QComboBox:
        return self._period

    def category_box(self) -> QComboBox:
        return self._category

    def lead_box(self) -> QComboBox:
        return self._lead

    def text_field(self) -> QLineEdit:
        return self._text

    def search_button(self) -> QPushButton:
        return self._search

    # --- slots ---------------------------------------------------------------------------

    def on_search_clicked(self) -> None:
        self._debounce.stop()
        self._applied = self.chosen()
        self.filter_applied.emit(self._applied)

    def on_category_picked(self, _index: int) -> None:
        self._applied = replace(self._applied, category=self.chosen().category)
        self.filter_applied.emit(self._applied)

    def on_lead_picked(self, _index: int) -> None:
        self._applied = replace(self._applied, lead_status=self.chosen().lead_status)
        self.filter_applied.emit(self._applied)

    def on_text_edited(self, _text: str) -> None:
        self._debounce.start()

    def on_text_settled(self) -> None:
        text = self._text.text().strip()
        if text != self._applied.text:
            self._applied = replace(self._applied, text=text)
            self.filter_applied.emit(self._applied)

    # --- layout --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self._mode_for(event.size().width()))

    def _mode_for(self, width: int) -> str:
        """ "narrow" (docked), "medium" (two rows) or "wide" (one row) for this width."""
        if width < WIDE_FROM:
            return "narrow"
        extra = not self._category.isHidden() or not self._lead.isHidden()
        return "medium" if extra and width < ONE_ROW_FROM else "wide"

    def _arrange(self, mode: str) -> None:
        if mode == self._mode:
            return
        self._mode = mode
        widgets = (
            self._campaign,
            self._channel,
            self._category,
            self._lead,
            self._period,
            self._text,
            self._search,
        )
        for widget in widgets:
            self._grid.removeWidget(widget)
        for column in range(8):
            self._grid.setColumnStretch(column, 0)
        category = not self._category.isHidden()
        lead = not self._lead.isHidden()
        if mode == "wide":
            shown = [
                w for w in widgets if w not in (self._category, self._lead) or not w.isHidden()
            ]
            for column, widget in enumerate(shown):
                self._grid.addWidget(widget, 0, column)
                stretch = 2 if widget is self._text else 0 if widget is self._search else 1
                self._grid.setColumnStretch(column, stretch)
        elif mode == "medium":
            # Wide but not wide enough for seven boxes: the A5 filters on the first row,
            # category, lead status, the text and Search on the second.
            self._grid.addWidget(self._campaign, 0, 0, 1, 2)
            self._grid.addWidget(self._channel, 0, 2)
            self._grid.addWidget(self._period, 0, 3)
            column = 0
            for widget, shown_now in ((self._category, category), (self._lead, lead)):
                if shown_now:
                    self._grid.addWidget(widget, 1, column)
                    column += 1
            self._grid.addWidget(self._text, 1, column, 1, 3 - column)
            self._grid.addWidget(self._search, 1, 3)
            for column in range(4):
                self._grid.setColumnStretch(column, 1)
        else:
            # Docked: campaign names are long and the campaign is the primary filter (A5),
            # so it gets a row of its own; channel and period share the next one, category
            # and lead status the third, the text and Search the last.
            self._grid.addWidget(self._campaign, 0, 0, 1, 3)
            self._grid.addWidget(self._channel, 1, 0, 1, 2)
            self._grid.addWidget(self._period, 1, 2)
            if category:
                self._grid.addWidget(self._category, 2, 0, 1, 2 if lead else 3)
            if lead:
                column = 2 if category else 0
                self._grid.addWidget(self._lead, 2, column, 1, 3 - column)
            self._grid.addWidget(self._text, 3, 0, 1, 2)
            self._grid.addWidget(self._search, 3, 2)
            for column in range(3):
                self._grid.setColumnStretch(column, 1)
        order = [self._campaign, self._channel, self._period, self._category, self._lead]
        order += [self._text, self._search]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _refill(self) -> None:
        channels = channel_labels()
        self._fill(self._campaign, self.tr("All campaigns"), [(c, c) for c in self._campaigns])
        self._fill(
            self._channel, self.tr("All channels"), [(channels[c], c.value) for c in self._channels]
        )
        categories = category_labels()
        self._fill(
            self._category,
            self.tr("All categories"),
            [(categories[c], c.value) for c in self._categories],
        )
        leads = lead_status_labels()
        self._fill(self._lead, self.tr("All leads"), [(leads[s], s.value) for s in self._leads])

    @staticmethod
    def _fill(combo: QComboBox, everything: str, entries: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(_index_of(combo, current))
        combo.blockSignals(False)


def _index_of(combo: QComboBox, value: object) -> int:
    """The entry holding ``value``; the first ("All ...") for None or a value not offered."""
    if value is None:
        return 0
    if hasattr(value, "value"):
        value = value.value
    return max(combo.findData(value), 0)
