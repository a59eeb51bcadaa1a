"""The customer operations window's actions: save a session's trace, export, anonymise.

A mix-in of ``CustomerOperationsView`` (view.py), apart from it because doing things to a
customer (asking the back end, writing files in a worker thread, confirming first) is another
job than finding and showing the history. It works on the view's parts: the service getter,
the history model and table, the buttons, the task slots and the status line. The buttons
follow the user's permissions (disabled, with the reason in their description); the service
checks again when they are used.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, SignalInstance
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from journey_widget.model.permissions import Permission
from journey_widget.service.lookup import JourneyService, Latest, LookupResult, SourceError
from journey_widget.service.saved_files import save_records, save_trace
from journey_widget.ui.operations.dialogs import AnonymiseDialog, ask_save_path

if TYPE_CHECKING:
    from journey_widget.model import Journey
    from journey_widget.ui.operations.history_model import OperationsHistoryModel

log = logging.getLogger(__name__)


class CustomerActions:
    """Mix-in (after DeferredDeletion, before QWidget) with the view's three actions."""

    # What the view provides (view.py builds them in its __init__).
    _service: Callable[[], JourneyService | None]
    _model: OperationsHistoryModel
    _table: QTableView
    _trace_button: QPushButton
    _export_button: QPushButton
    _anonymise_button: QPushButton
    _loads: Latest[LookupResult]
    _work: asyncio.Task[Any] | None
    _dialog: QWidget | None
    file_saved: SignalInstance
    anonymised: SignalInstance

    if TYPE_CHECKING:

        def _show_message(self, key: str, text: str = "") -> None: ...

        def _show_history(self, journey: Journey | None) -> None: ...

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
        task = asyncio.ensure_future(work)
        self._work = task

        def finished(task: asyncio.Task) -> None:
            if task.cancelled():
                return
            error = task.exception()
            if error is None:
                self._show_message(done, str(subject))
            else:
                self._show_failure(error)

        task.add_done_callback(finished)

    def _show_failure(self, error: BaseException) -> None:
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

    def _update_buttons(self, *_args: object) -> None:
        # Read now, not remembered: the window's service (and with it the user) can change.
        service = self._service()
        has = service.access.user.permissions.__contains__ if service else frozenset().__contains__
        loaded = self._model.journey is not None
        row = self._table.currentIndex().isValid()
        trace_allowed = has(Permission.EXPORT) and has(Permission.VIEW_SESSIONS)
        rules = (
            (self._trace_button, loaded and row, trace_allowed),
            (self._export_button, loaded, has(Permission.EXPORT)),
            (self._anonymise_button, loaded, has(Permission.ANONYMISE)),
        )
        for button, ready, allowed in rules:
            button.setEnabled(ready and allowed)
            if not allowed:
                button.setToolTip(
                    QCoreApplication.translate(
                        "CustomerOperations", "Your role does not allow this."
                    )
                )
            elif not ready:
                button.setToolTip(
                    QCoreApplication.translate(
                        "CustomerOperations", "Choose a customer (and a session) first."
                    )
                )
            else:
                button.setToolTip("")
            button.setAccessibleDescription(button.toolTip())

    def _retranslate_actions(self) -> None:
        self._trace_button.setText(
            QCoreApplication.translate("CustomerOperations", "Download trace…")
        )
        self._trace_button.setAccessibleName(
            QCoreApplication.translate(
                "CustomerOperations", "Download the selected session's trace"
            )
        )
        self._export_button.setText(
            QCoreApplication.translate("CustomerOperations", "Export customer…")
        )
        self._export_button.setAccessibleName(
            QCoreApplication.translate("CustomerOperations", "Export all of the customer's data")
        )
        self._anonymise_button.setText(
            QCoreApplication.translate("CustomerOperations", "Anonymise customer…")
        )
        self._anonymise_button.setAccessibleName(
            QCoreApplication.translate("CustomerOperations", "Anonymise the customer")
        )


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()
