"""The filters above both views (SPEC A5): Campaign, Channel, Period, free text, Search.

Campaign, channel and period take effect when the agent presses Search (or Enter); the free
text narrows the list as it is typed, after a short pause. The bar only says what the agent
chose (``filter_applied`` with a ``JourneyFilter``); ``model.filters`` decides what passes.
Narrow (docked) it takes two rows, wide one.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QWidget

from ..model import Channel
from ..model.filters import DEFAULT_PERIOD_MONTHS, PERIODS_MONTHS, JourneyFilter
from .labels import channel_labels

TEXT_DEBOUNCE_MS = 250
WIDE_FROM = 720


class FilterBar(QWidget):
    """Filter controls; ``filter_applied`` fires on Search and as the free text changes."""

    filter_applied = Signal(object)  # JourneyFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._applied = JourneyFilter()
        self._campaign = QComboBox(self)
        self._channel = QComboBox(self)
        self._period = QComboBox(self)
        self._text = QLineEdit(self)
        self._search = QPushButton(self.tr("Search"), self)
        self._debounce = QTimer(self)
        self._grid = QGridLayout(self)
        self._wide: bool | None = None
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(6)
        for combo, name in (
            (self._campaign, self.tr("Campaign")),
            (self._channel, self.tr("Channel")),
            (self._period, self.tr("Period")),
        ):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        for months in PERIODS_MONTHS:
            self._period.addItem(self.tr("%n months", "", months), months)
        self._period.setCurrentIndex(self._period.findData(DEFAULT_PERIOD_MONTHS))
        self._text.setPlaceholderText(self.tr("Filter outcome, agent, comments"))
        self._text.setAccessibleName(self.tr("Filter text"))
        self._text.setClearButtonEnabled(True)
        self._text.setMaxLength(200)
        self._search.setToolTip(self.tr("Apply campaign, channel and period"))
        self._search.setDefault(False)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(TEXT_DEBOUNCE_MS)
        self.set_choices([], [])
        self._arrange(wide=False)

    def _connect_signals(self) -> None:
        self._search.clicked.connect(self.on_search_clicked)
        self._text.returnPressed.connect(self.on_search_clicked)
        self._text.textChanged.connect(self.on_text_edited)
        self._debounce.timeout.connect(self.on_text_settled)

    # --- content ------------------------------------------------------------------------

    @property
    def applied(self) -> JourneyFilter:
        return self._applied

    def set_choices(self, campaigns: list[str], channels: list[Channel]) -> None:
        """Fill the lists; a choice that is still offered stays selected."""
        labels = channel_labels()
        self._fill(self._campaign, self.tr("All campaigns"), [(c, c) for c in campaigns])
        entries = [(labels[c], c.value) for c in channels]
        self._fill(self._channel, self.tr("All channels"), entries)

    def show_filter(self, journey_filter: JourneyFilter) -> None:
        """Put the controls to this filter (it counts as applied; nothing is emitted)."""
        self._applied = journey_filter
        for combo, value in (
            (self._campaign, journey_filter.campaign),
            (self._channel, journey_filter.channel),
            (self._period, journey_filter.period_months),
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
        return JourneyFilter(
            campaign=self._campaign.currentData() or None,
            channel=Channel(channel) if channel else None,
            period_months=self._period.currentData(),
            text=self._text.text().strip(),
        )

    def campaign_box(self) -> QComboBox:
        return self._campaign

    def channel_box(self) -> QComboBox:
        return self._channel

    def period_box(self) -> QComboBox:
        return self._period

    def text_field(self) -> QLineEdit:
        return self._text

    def search_button(self) -> QPushButton:
        return self._search

    # --- slots ---------------------------------------------------------------------------

    def on_search_clicked(self) -> None:
        self._debounce.stop()
        self._applied = self.chosen()
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
        self._arrange(wide=event.size().width() >= WIDE_FROM)

    def _arrange(self, *, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        for widget in (self._campaign, self._channel, self._period, self._text, self._search):
            self._grid.removeWidget(widget)
        for column in range(6):
            self._grid.setColumnStretch(column, 0)
        if wide:
            for column, widget in enumerate(
                (self._campaign, self._channel, self._period, self._text, self._search)
            ):
                self._grid.addWidget(widget, 0, column)
            self._grid.setColumnStretch(3, 2)
            self._grid.setColumnStretch(0, 1)
            self._grid.setColumnStretch(1, 1)
        else:
            # Docked: campaign names are long and the campaign is the primary filter (A5),
            # so it gets a row of its own; channel and period share the next one.
            self._grid.addWidget(self._campaign, 0, 0, 1, 3)
            self._grid.addWidget(self._channel, 1, 0, 1, 2)
            self._grid.addWidget(self._period, 1, 2)
            self._grid.addWidget(self._text, 2, 0, 1, 2)
            self._grid.addWidget(self._search, 2, 2)
            for column in range(3):
                self._grid.setColumnStretch(column, 1)
        QWidget.setTabOrder(self._campaign, self._channel)
        QWidget.setTabOrder(self._channel, self._period)
        QWidget.setTabOrder(self._period, self._text)
        QWidget.setTabOrder(self._text, self._search)

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
    if isinstance(value, Channel):
        value = value.value
    return max(combo.findData(value), 0)
