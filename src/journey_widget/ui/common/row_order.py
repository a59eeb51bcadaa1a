"""Reordering a table model's rows in place (``sort()``) without losing the views' place.

The grid (``interaction_table``) and the operations history (``operations/history_model``)
both sort by rearranging the tuple of rows they hold; selection, current index and any other
persistent index must follow their row to its new position. Call between
``layoutAboutToBeChanged`` and ``layoutChanged``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel

Row = TypeVar("Row")


def follow_rows(
    model: QAbstractItemModel,
    old_rows: Sequence[Row],
    new_rows: Sequence[Row],
    key: Callable[[Row], Hashable],
) -> None:
    """Move every persistent index of ``model`` from its row in ``old_rows`` to the row with
    the same ``key`` in ``new_rows`` (same column); both hold the same rows."""
    new_row_of = {key(row): position for position, row in enumerate(new_rows)}
    old_indexes = model.persistentIndexList()
    new_indexes = [
        model.index(new_row_of[key(old_rows[index.row()])], index.column()) for index in old_indexes
    ]
    model.changePersistentIndexList(old_indexes, new_indexes)
