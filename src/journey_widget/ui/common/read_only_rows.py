"""The flags of every list and table the widget shows: rows to select and read, not edit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

READ_ONLY_ROW = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


class ReadOnlyRows:
    """Mix-in (before the Qt model base): selectable, read-only rows without children."""

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return READ_ONLY_ROW if index.isValid() else Qt.ItemFlag.NoItemFlags
