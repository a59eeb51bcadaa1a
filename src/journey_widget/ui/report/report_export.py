"""Print with preview and Save as PDF (SPEC C10): the dialogs, opened without blocking.

The document itself comes from ``report_document``; here are only the two dialogs. Both are
opened with ``open()``, never ``exec()``, so the report (and the call pop behind it) keeps
running while the supervisor chooses.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QWidget

from journey_widget.ui.report.report_document import ReportContent, build_document


def open_print_preview(parent: QWidget, content: ReportContent, font: QFont) -> QPrintPreviewDialog:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("ReportWindow", "Conversation report"))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    document = build_document(content, font)
    document.setParent(dialog)  # lives as long as the dialog
    dialog.paintRequested.connect(document.print_)
    dialog.open()
    return dialog


def ask_pdf_file(parent: QWidget, customer: str, chosen: Callable[[str], object]) -> QFileDialog:
    """A save dialog proposing "conversation-report-<customer>.pdf" in the home folder."""
    prefix = QCoreApplication.translate("ReportWindow", "conversation-report")  # no spaces
    suggested = str(Path.home() / f"{prefix}-{file_safe(customer)}.pdf")
    dialog = QFileDialog(
        parent, QCoreApplication.translate("ReportWindow", "Save the report as PDF"), suggested
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(QCoreApplication.translate("ReportWindow", "PDF files (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


def file_safe(text: str) -> str:
    """A name usable in any file system: letters, digits, "-" and "_" only."""
    kept = "".join(c if c.isalnum() or c in "-_" else "-" for c in text)
    return kept.strip("-")[:60] or "customer"
