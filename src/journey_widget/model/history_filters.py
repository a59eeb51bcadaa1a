"""The history table's filters (SPEC D4) as plain data: which are shown, what each holds.

A filter is shown or hidden; a shown filter holds one value or nothing, which the bar
displays as "All" (unfiltered). Hiding a filter clears it. Several filters combine with AND.
No Qt: the bar (filter_bar.py) edits a ``HistoryFilters`` and the model applies it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from journey_widget.model import Interaction


class FilterField(StrEnum):
    SERVICE = "service"  # initial service
    QUEUED_SERVICE = "queued_service"  # first queued service
    USER = "user"  # last connected user
    RESULT = "result"  # the session's result


@dataclass(frozen=True, slots=True)
class HistoryFilters:
    """Shown filters in the order they were added, and the value of each (None: All)."""

    shown: tuple[FilterField, ...] = ()
    values: dict[FilterField, str] = field(default_factory=dict)

    def show(self, which: FilterField) -> HistoryFilters:
        return self if which in self.shown else replace(self, shown=(*self.shown, which))

    def hide(self, which: FilterField) -> HistoryFilters:
        """Hiding a filter also clears it (the seed: "doing so will also clear the filter")."""
        values = {k: v for k, v in self.values.items() if k is not which}
        return HistoryFilters(tuple(f for f in self.shown if f is not which), values)

    def set(self, which: FilterField, value: str | None) -> HistoryFilters:
        values = {k: v for k, v in self.values.items() if k is not which}
        if value:
            values[which] = value
        return HistoryFilters(self.show(which).shown, values)

    def clear(self, which: FilterField) -> HistoryFilters:
        """The ✖ inside a filter: its content goes, the filter stays."""
        return self.set(which, None)

    def value(self, which: FilterField) -> str | None:
        return self.values.get(which)

    @property
    def active(self) -> bool:
        return bool(self.values)

    def accepts(self, item: Interaction, result_of: Callable[[Interaction], str]) -> bool:
        return all(field_value(item, f, result_of) == v for f, v in self.values.items())


def field_value(
    item: Interaction, which: FilterField, result_of: Callable[[Interaction], str]
) -> str | None:
    if which is FilterField.SERVICE:
        return item.service
    if which is FilterField.QUEUED_SERVICE:
        return item.first_queued_service
    if which is FilterField.USER:
        return item.last_agent
    return result_of(item) or None


def choices(
    items: Iterable[Interaction], which: FilterField, result_of: Callable[[Interaction], str]
) -> list[str]:
    """The distinct values a filter can take in this history, sorted without case."""
    values = {field_value(i, which, result_of) for i in items}
    return sorted((v for v in values if v), key=str.casefold)
