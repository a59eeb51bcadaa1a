"""The report window's print and PDF part (SPEC C10): what the report holds, Print with a
preview, Save as PDF (a failure is a sentence in the window, not an exception), and whether
there is anything to print.

``ReportPrinting`` is a part of ``ReportWindow`` (a mixin), kept apart because it is one idea.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QLabel, QPushButton

from journey_widget.model import Journey
from journey_widget.ui.report.conversation_pane import ConversationPane
from journey_widget.ui.report.date_range_bar import DateRangeBar
from journey_widget.ui.report.history_model import HistoryModel
from journey_widget.ui.report.report_document import ReportContent, build_document, write_pdf
from journey_widget.ui.report.report_export import ask_pdf_file, open_print_preview


class ReportPrinting:
    """Print and PDF of ``ReportWindow``; the window provides the parts named here and
    ``_scale()``, ``_show_status()``, ``font()`` and its signals."""

    _journey: Journey | None
    _last_id: str | None
    _range: DateRangeBar
    _model: HistoryModel
    _pane: ConversationPane
    _status: QLabel
    _print: QPushButton
    _pdf: QPushButton
    _preview: QPrintPreviewDialog | None
    error_shown: Signal
    pdf_written: Signal

    def report_content(self) -> ReportContent | None:
        if self._journey is None:
            return None
        return ReportContent(
            customer=self._journey.customer,
            range_text=self._range.text(),
            conversations=self._model.conversations(),
            last_id=self._last_id,
            selected=self._pane.interaction,
            scale=self._scale(),
            mode=self._pane.mode(),
        )

    def save_pdf(self, path: str | Path) -> bool:
        """Write the report as PDF; a failure is a sentence in the window, not an exception."""
        content = self.report_content()
        if content is None:
            return False
        try:
            write_pdf(build_document(content, self.font()), str(path))
        except OSError as error:
            reason = error.strerror or str(error)
            self._show_status("pdf_error", str(path), reason)
            self.error_shown.emit(self._status.text())
            return False
        self._show_status("pdf_done", str(path))
        self.pdf_written.emit(str(path))
        return True

    def on_print(self) -> None:
        content = self.report_content()
        if content is not None:
            self._preview = open_print_preview(self, content, self.font())

    @property
    def preview_dialog(self) -> QPrintPreviewDialog | None:
        return self._preview

    def on_save_pdf(self) -> None:
        if self._journey is not None:
            customer = self._journey.customer
            ask_pdf_file(self, customer.name or customer.id, self.save_pdf)

    def _set_printable(self, printable: bool) -> None:
        self._print.setEnabled(printable)
        self._pdf.setEnabled(printable)
