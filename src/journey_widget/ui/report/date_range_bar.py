"""The report's date filter (SPEC C2): a preset, or Custom with two calendar fields.

Latest is the default. Every preset's range comes from ``model.date_ranges`` for "now" in
the user's time zone, with the locale's first day of the week. Custom shows From and To
(date fields with calendar popups); a From after To is refused with a sentence and nothing
is reloaded until it is mended. The chosen range is shown in words under the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QWidget

from journey_widget.model.date_ranges import DEFAULT_PRESET, DatePreset, DateRange, date_range
from journey_widget.ui.report.range_words import preset_labels, range_text


def local_tz() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def locale_first_weekday(locale: QLocale | None = None) -> int:
    """The locale's first day of the week, 0 = Monday ... 6 = Sunday."""
    return (locale or QLocale()).firstDayOfWeek().value - 1


class DateRangeBar(QWidget):
    """Emits ``range_changed(preset, DateRange | None)`` when a valid choice is made."""

    range_changed = Signal(object, object)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tz = tz or local_tz()
        self._preset = DEFAULT_PRESET
        self._range: DateRange | None = None
        self._error = ""
        self._caption = QLabel(self)
        self._combo = QComboBox(self)
        self._from_label = QLabel(self)
        self._from = QDateEdit(self)
        self._to_label = QLabel(self)
        self._to = QDateEdit(self)
        self._words = QLabel(self)
        self._message = QLabel(self)
        self._build()
        self.retranslate_ui()
        self._connect_signals()

    def _build(self) -> None:
        today = self._clock().astimezone(self._tz).date()
        for edit, day in ((self._from, today - timedelta(days=7)), (self._to, today)):
            edit.setCalendarPopup(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.setVisible(False)
        self._caption.setBuddy(self._combo)
        self._from_label.setBuddy(self._from)
        self._to_label.setBuddy(self._to)
        for label in (self._from_label, self._to_label):
            label.setVisible(False)
        self._words.setWordWrap(True)
        self._message.setWordWrap(True)
        self._message.setVisible(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self._caption, 0, 0)
        grid.addWidget(self._combo, 0, 1, 1, 3)
        grid.addWidget(self._from_label, 1, 0)
        grid.addWidget(self._from, 1, 1)
        grid.addWidget(self._to_label, 1, 2)
        grid.addWidget(self._to, 1, 3)
        grid.addWidget(self._words, 2, 0, 1, 4)
        grid.addWidget(self._message, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.setTabOrder(self._combo, self._from)
        self.setTabOrder(self._from, self._to)

    def _connect_signals(self) -> None:
        self._combo.activated.connect(self.on_preset_chosen)
        self._from.dateChanged.connect(self.on_custom_changed)
        self._to.dateChanged.connect(self.on_custom_changed)

    def retranslate_ui(self) -> None:
        self._caption.setText(self.tr("&Period"))
        self._from_label.setText(self.tr("&From"))
        self._to_label.setText(self.tr("&To"))
        current = self._combo.currentIndex()
        self._combo.blockSignals(True)
        self._combo.clear()
        for preset, label in preset_labels().items():
            self._combo.addItem(label, preset.value)
        self._combo.setCurrentIndex(max(0, current))
        self._combo.blockSignals(False)
        self._combo.setAccessibleName(self.tr("Period"))
        self._combo.setAccessibleDescription(self.tr("Which conversations the history lists"))
        for edit in (self._from, self._to):  # the language's date format
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self._from.setAccessibleName(self.tr("From date"))
        self._to.setAccessibleName(self.tr("To date"))
        self._words.setAccessibleName(self.tr("Chosen period"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- state ------------------------------------------------------------------------------

    @property
    def preset(self) -> DatePreset:
        return self._preset

    @property
    def date_range(self) -> DateRange | None:
        return self._range

    @property
    def words(self) -> str:
        return self._words.text()

    @property
    def error(self) -> str:
        """The sentence shown while the custom range is unusable; "" when it is fine."""
        return self._message.text() if self._error else ""

    @property
    def combo(self) -> QComboBox:
        return self._combo

    @property
    def from_edit(self) -> QDateEdit:
        return self._from

    @property
    def to_edit(self) -> QDateEdit:
        return self._to

    def text(self) -> str:
        """The range in words, as the printout says it."""
        return range_text(self._preset, self._range, self._tz)

    def set_preset(self, preset: DatePreset | str) -> None:
        preset = DatePreset(preset)
        self._combo.setCurrentIndex(list(DatePreset).index(preset))
        self.on_preset_chosen(self._combo.currentIndex())

    def set_custom(self, first: date, last: date) -> None:
        """Choose Custom from ``first`` to ``last`` (both included), as the user would."""
        self._combo.setCurrentIndex(list(DatePreset).index(DatePreset.CUSTOM))
        self._from.blockSignals(True)
        self._from.setDate(QDate(first.year, first.month, first.day))
        self._from.blockSignals(False)
        self._to.setDate(QDate(last.year, last.month, last.day))
        self.on_preset_chosen(self._combo.currentIndex())

    def refresh(self) -> None:
        """Recompute the range for the current time (a new day may have begun)."""
        self._apply(emit=False)

    # --- slots ------------------------------------------------------------------------------

    def on_preset_chosen(self, index: int) -> None:
        self._preset = DatePreset(self._combo.itemData(index))
        custom = self._preset is DatePreset.CUSTOM
        for widget in (self._from_label, self._from, self._to_label, self._to):
            widget.setVisible(custom)
        self._apply(emit=True)

    def on_custom_changed(self, _date: QDate) -> None:
        if self._preset is DatePreset.CUSTOM:
            self._apply(emit=True)

    def _apply(self, *, emit: bool) -> None:
        first, last = self._from.date().toPython(), self._to.date().toPython()
        if self._preset is DatePreset.CUSTOM and first > last:
            self._error = "order"
            self._show_state()
            return
        self._error = ""
        self._range = date_range(
            self._preset,
            self._clock(),
            self._tz,
            locale_first_weekday(),
            custom_from=first,
            custom_to=last,
        )
        self._show_state()
        if emit:
            self.range_changed.emit(self._preset, self._range)

    def _show_state(self) -> None:
        if self._error:
            self._message.setText(
                self.tr("The From date is after the To date: choose a From date on or before it.")
            )
            self._message.setVisible(True)
            self._message.setAccessibleName(self._message.text())
        else:
            self._message.setVisible(False)
        self._words.setText(self.text())
