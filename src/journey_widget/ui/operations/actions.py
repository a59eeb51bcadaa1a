"""The customer operations window's actions (SPEC D2-D4): the session's trace, the
customer's export, anonymising the customer.

``CustomerActions`` is a part of ``CustomerOperationsView`` (a mixin), kept apart because
it is one idea: each action asks where to save (or to confirm) with a dialog opened with
``open()``, then runs as the window's one operation task (its ``TaskSlot``), writes files
in a worker thread and says how it went on the status line. Its texts stay in the
``CustomerOperations`` translation context.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QTableView, QWidget

from journey_widget.service.lookup import JourneyService, SourceError
from journey_widget.service.saved_files import save_records, save_trace
from journey_widget.ui.lifetime.task_slot import TaskSlot
from journey_widget.ui.operations.dialogs import AnonymiseDialog, ask_save_path
from journey_widget.ui.operations.history_model import OperationsHistoryModel

log = logging.getLogger("journey_widget.ui.operations.view")  # the window's logger, as before


class CustomerActions:
    """Trace, export and anonymise of ``CustomerOperationsView``.

    The window provides the parts used here (set in its ``__init__``), its ``file_saved`` and
    ``anonymised`` signals, and ``_show_history`` and ``_show_message``.
    """

    _service: Callable[[], JourneyService | None]
    _model: OperationsHistoryModel
    _table: QTableView
    _loads: TaskSlot
    _work: TaskSlot
    _dialog: QWidget | None
    file_saved: object  # the window's signals
    anonymised: object

    _show_history: Callable[..., None]
    _show_message: Callable[..., None]

    def on_download_trace(self) -> None:
        service, journey = self._service(), self._model.journey
        index = self._table.currentIndex()
        if service is None or journey is None or not index.isValid():
            return
        item = self._model.interaction_at(index.row())
        suggested = _documents() / f"trace-{journey.customer.id}-{item.id}.json"

        def chosen(path: Path) -> None:
            async def work() -> None:
                trace = await service.operations.session_trace(journey.customer.id, item.id)
                if trace is None:
                    raise SourceError(
                        QCoreApplication.translate(
                            "CustomerOperations", "That session is no longer there."
                        )
                    )
                await asyncio.to_thread(save_trace, path, trace)
                self.file_saved.emit(str(path))

            self._run(work(), "saved", path)

        self._dialog = ask_save_path(
            self,
            QCoreApplication.translate("CustomerOperations", "Save the session's trace"),
            suggested,
            QCoreApplication.translate("CustomerOperations", "JSON files (*.json)"),
            chosen,
        )

    def on_export_customer(self) -> None:
        service, journey = self._service(), self._model.journey
        if service is None or journey is None:
            return
        customer_id = journey.customer.id
        suggested = _documents() / f"customer-{customer_id}.jsonl"

        def chosen(path: Path) -> None:
            async def work() -> None:
                records = await service.operations.export_customer(customer_id)
                if records is None:
                    raise SourceError(
                        QCoreApplication.translate(
                            "CustomerOperations", "That customer is no longer there."
                        )
                    )
                await asyncio.to_thread(save_records, path, records)
                self.file_saved.emit(str(path))

            self._run(work(), "saved", path)

        self._dialog = ask_save_path(
            self,
            QCoreApplication.translate("CustomerOperations", "Export the customer's data"),
            suggested,
            QCoreApplication.translate("CustomerOperations", "JSON Lines files (*.jsonl)"),
            chosen,
        )

    def on_anonymise_customer(self) -> None:
        service, journey = self._service(), self._model.journey
        if service is None or journey is None:
            return
        customer = journey.customer
        dialog = AnonymiseDialog(customer.id, customer.name or customer.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def confirmed() -> None:
            async def work() -> None:
                outcome = await service.operations.anonymise(customer.id)
                if outcome is None:
                    raise SourceError(
                        QCoreApplication.translate(
                            "CustomerOperations", "That customer is no longer there."
                        )
                    )
                self._loads.cancel()
                fresh = await service.lookup_customer(customer.id, period_months=None)
                self._show_history(fresh.journey)  # what is left: the anonymous statistics
                self.anonymised.emit(customer.id)

            self._run(work(), "anonymised", customer.id)

        dialog.accepted.connect(confirmed)
        self._dialog = dialog
        dialog.open()

    def _run(self, work: Awaitable[None], done: str, subject: object) -> None:
        self._show_message("working")
        self._work.run(
            work,
            on_result=partial(self.on_work_done, done, str(subject)),
            on_error=self._show_failure,
        )

    def on_work_done(self, done: str, subject: str, _result: object) -> None:
        self._show_message(done, subject)

    def _show_failure(self, error: Exception) -> None:
        if not isinstance(error, SourceError):
            log.error("Customer operation failed", exc_info=error)
            self._show_message(
                "text",
                QCoreApplication.translate(
                    "CustomerOperations",
                    "Something unexpected went wrong; the log has the details.",
                ),
            )
            return
        self._show_message("text", str(error))


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()
