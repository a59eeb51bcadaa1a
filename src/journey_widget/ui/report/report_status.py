"""The report window's one status line, in words: what it is doing or why it shows nothing.

Kept apart from the window so the window stays about layout and flow. The context is
"ReportWindow": these are the window's sentences. The one count ("%n conversations") stays a
``self.tr`` call in the window: pyside6-lupdate reads plural forms only from ``tr``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journey_widget.ui.common.formatting import arg


def status_text(key: str, *args: str) -> str:
    first = args[0] if args else ""
    second = args[1] if len(args) > 1 else ""
    if key == "idle":
        return QCoreApplication.translate(
            "ReportWindow", "Find a customer to see their conversations."
        )
    if key == "busy":
        return QCoreApplication.translate("ReportWindow", "Loading conversations…")
    if key == "empty":
        return QCoreApplication.translate(
            "ReportWindow", "No conversations in this period. Choose another period."
        )
    if key == "unknown":
        return QCoreApplication.translate(
            "ReportWindow", "This customer is no longer in the journey store."
        )
    if key == "error":
        template = QCoreApplication.translate(
            "ReportWindow", "Could not load the conversations. %1"
        )
        return arg(template, first).strip()
    if key == "pdf_done":
        return arg(QCoreApplication.translate("ReportWindow", "Saved the report as %1."), first)
    if key == "pdf_error":
        return arg(
            QCoreApplication.translate("ReportWindow", "Could not save %1: %2"), first, second
        )
    if key == "no_match":
        template = QCoreApplication.translate("ReportWindow", "No customer is known by “%1”.")
        return arg(template, first)
    raise ValueError(f"unknown status {key!r}")
