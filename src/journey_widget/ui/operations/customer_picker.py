"""Tenant and source search (SPEC D1): pick a tenant, type part of a name or number, pick one.

Suggestions start after the 3rd character ("ray" finds Raymond and Dorain Gray, "4567"
finds +41 23 456 45 67), wait for a short pause in typing, and each new keystroke cancels
the query still running, so a stale list never appears: ``CustomerCompleter``, shared with
the report's search. Only customers of the chosen tenant are suggested, and the history is
asked for only once both are chosen.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from journey_widget.model import CustomerMatch
from journey_widget.service.lookup import JourneyService, SourceError
from journey_widget.ui.common.customer_completer import SUGGESTION_LIMIT, CustomerCompleter
from journey_widget.ui.common.suggestions import SuggestionPopup
from journey_widget.ui.lifetime.task_slot import TaskSlot

log = logging.getLogger(__name__)


class CustomerPicker(QWidget):
    """Emits ``customer_chosen(tenant, customer_id)`` once a tenant and a source are chosen."""

    customer_chosen = Signal(str, str)
    choice_cleared = Signal()
    problem = Signal(str)  # a sentence: the tenants or suggestions could not be loaded

    def __init__(
        self, service: Callable[[], JourneyService | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._tenant_label = QLabel(self)
        self._tenant = QComboBox(self)
        self._source_label = QLabel(self)
        self._source = QLineEdit(self)
        self._completer = CustomerCompleter(self._source, self._query)
        self._tenants = TaskSlot(self, self.on_tenants_loaded, self.on_tenants_failed)
        self._chosen: str | None = None
        self._build()
        self._connect_signals()
        self.retranslate_ui()

    def _build(self) -> None:
        self._tenant.setMinimumContentsLength(12)
        self._tenant.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._source.setClearButtonEnabled(True)
        self._source.setMaxLength(256)
        self._tenant_label.setBuddy(self._tenant)
        self._source_label.setBuddy(self._source)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._tenant_label, 0, 0)
        layout.addWidget(self._tenant, 0, 1)
        layout.addWidget(self._source_label, 1, 0)
        layout.addWidget(self._source, 1, 1)
        layout.setColumnStretch(1, 1)
        self.setTabOrder(self._tenant, self._source)

    def _connect_signals(self) -> None:
        self._source.textEdited.connect(self.on_text_edited)
        self._completer.suggestions_shown.connect(self.on_suggestions)
        self._completer.failed.connect(self.on_suggestions_failed)
        self._completer.picked.connect(self.on_match_picked)
        self._tenant.currentIndexChanged.connect(self.on_tenant_changed)

    # --- the parts, for the view and tests ------------------------------------------------

    @property
    def tenant_box(self) -> QComboBox:
        return self._tenant

    @property
    def source_field(self) -> QLineEdit:
        return self._source

    @property
    def popup(self) -> SuggestionPopup:
        return self._completer.popup

    @property
    def completer(self) -> CustomerCompleter:
        return self._completer

    @property
    def tenant(self) -> str | None:
        return self._tenant.currentData()

    @property
    def chosen_customer(self) -> str | None:
        return self._chosen

    def load_tenants(self) -> asyncio.Task[list[str]] | None:
        """Fill the tenant box from the service; one tenant is chosen at once."""
        service = self._service()
        if service is None:
            return None
        return self._tenants.run(service.operations.tenants())

    def choose(self, tenant: str | None, customer_id: str, shown: str) -> None:
        """Select a customer from elsewhere (the window's customer): as if picked."""
        if tenant is not None:
            if self._tenant.findData(tenant) < 0:
                self._tenant.addItem(tenant, tenant)
            self._tenant.setCurrentIndex(self._tenant.findData(tenant))
        self._completer.set_chosen(shown)
        self._set_chosen(customer_id)

    # --- slots ------------------------------------------------------------------------------

    def on_tenants_failed(self, error: Exception) -> None:
        if not isinstance(error, SourceError):
            log.error("Loading the tenants failed", exc_info=error)
        self.problem.emit(str(error))

    def on_tenants_loaded(self, tenants: list[str]) -> None:
        current = self.tenant
        names = list(tenants)
        if current and current not in names:  # chosen meanwhile (the window's customer)
            names.append(current)
        self._tenant.blockSignals(True)
        self._tenant.clear()
        self._tenant.addItem(QCoreApplication.translate("CustomerPicker", "Choose a tenant…"), None)
        for name in names:
            self._tenant.addItem(name, name)
        index = self._tenant.findData(current) if current else -1
        if index < 0 and self._tenant.count() == 2:
            index = 1  # only one tenant: nothing to choose
        self._tenant.setCurrentIndex(max(index, 0))
        self._tenant.blockSignals(False)
        if self.tenant != current:
            self.on_tenant_changed()

    def on_tenant_changed(self, _index: int = 0) -> None:
        self._set_chosen(None)
        self._completer.schedule()  # the same text may match others in this tenant

    def on_text_edited(self, _text: str) -> None:
        self._set_chosen(None)  # the completer asks again (or closes the list)

    def on_suggestions(self, matches: list[CustomerMatch]) -> None:
        if not matches:
            self.problem.emit(
                QCoreApplication.translate("CustomerPicker", "No customer of this tenant matches.")
            )

    def on_suggestions_failed(self, error: Exception) -> None:
        self.problem.emit(str(error))

    def on_match_picked(self, customer_id: str) -> None:
        match = self._completer.match_of(customer_id)
        if match is not None and match.tenant and self.tenant is None:
            self.choose(match.tenant, customer_id, match.name or match.matched)
            return
        self._set_chosen(customer_id)

    # --- internals --------------------------------------------------------------------------

    def _query(self, text: str) -> Awaitable[list[CustomerMatch]] | None:
        service = self._service()
        if service is None or self._chosen is not None:
            return None
        return service.operations.suggest(text, self.tenant, SUGGESTION_LIMIT)

    def _set_chosen(self, customer_id: str | None) -> None:
        was = self._chosen
        self._chosen = customer_id
        if customer_id is not None and self.tenant is not None:
            self.customer_chosen.emit(self.tenant, customer_id)
        elif was is not None:
            self.choice_cleared.emit()

    def retranslate_ui(self) -> None:
        self._tenant_label.setText(QCoreApplication.translate("CustomerPicker", "&Tenant:"))
        self._source_label.setText(QCoreApplication.translate("CustomerPicker", "&Source:"))
        self._tenant.setAccessibleName(QCoreApplication.translate("CustomerPicker", "Tenant"))
        self._tenant.setAccessibleDescription(
            QCoreApplication.translate("CustomerPicker", "The tenant whose customers to search")
        )
        self._source.setPlaceholderText(
            QCoreApplication.translate("CustomerPicker", "Name, number or address")
        )
        self._source.setToolTip(
            QCoreApplication.translate("CustomerPicker", "Suggestions from the third character on")
        )
        self._source.setAccessibleName(QCoreApplication.translate("CustomerPicker", "Source"))
        self._source.setAccessibleDescription(
            QCoreApplication.translate(
                "CustomerPicker",
                "Suggestions appear after the third character; pick one with the arrows",
            )
        )
        if self._tenant.count() and self._tenant.itemData(0) is None:
            self._tenant.setItemText(
                0, QCoreApplication.translate("CustomerPicker", "Choose a tenant…")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
