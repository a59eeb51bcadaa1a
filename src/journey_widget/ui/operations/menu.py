"""The window menu's ways into customer operations: the view itself, export and anonymise.

"Customer operations" (views section) opens the operations window; "Export customer…" and
"Anonymise customer…" (customer section) open it on the customer the main window shows and
start that action. Entries the user's role does not allow are disabled when the menu opens
(the service refuses them anyway). One operations window per main window, kept while open:
the main window owns it, and closing it deletes it (the next open makes a new one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

from journey_widget.model import Journey
from journey_widget.model.permissions import Permission
from journey_widget.service.lookup import JourneyService
from journey_widget.ui.shell.main_window import MainWindow, MenuGroup

if TYPE_CHECKING:  # imported when the window is first opened, not at start-up (issue 14.9)
    from journey_widget.ui.operations.view import CustomerOperationsView


class OperationsMenu(QObject):
    """Adds the three entries to ``window``'s menu and opens the operations window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._journey: Journey | None = None
        self._view: CustomerOperationsView | None = None
        self.open_action = QAction(window)
        self.export_action = QAction(window)
        self.anonymise_action = QAction(window)
        window.add_menu_action(self.open_action, MenuGroup.VIEWS)
        window.add_menu_action(self.export_action, MenuGroup.CUSTOMER)
        window.add_menu_action(self.anonymise_action, MenuGroup.CUSTOMER)
        self.open_action.triggered.connect(self.on_open)
        self.export_action.triggered.connect(self.on_export)
        self.anonymise_action.triggered.connect(self.on_anonymise)
        window.journey_shown.connect(self.on_journey_shown)
        window.menu.aboutToShow.connect(self.update_actions)
        window.installEventFilter(self)
        self.retranslate_ui()
        self.update_actions()

    @property
    def view(self) -> CustomerOperationsView | None:
        return self._view

    def on_journey_shown(self, journey: Journey) -> None:
        self._journey = journey
        self.update_actions()

    def update_actions(self) -> None:
        service = self._window.service
        user = service.access.user if service is not None else None
        shown = self._journey is not None and self._window.state.value == "journey"
        self.open_action.setEnabled(service is not None)
        self.export_action.setEnabled(shown and user is not None and user.can(Permission.EXPORT))
        self.anonymise_action.setEnabled(
            shown and user is not None and user.can(Permission.ANONYMISE)
        )

    def on_open(self) -> CustomerOperationsView:
        if self._view is None:
            from journey_widget.ui.operations.view import CustomerOperationsView

            self._view = CustomerOperationsView(self.service, parent=self._window)
            self._view.destroyed.connect(self._forget_view)
            self._view.anonymised.connect(self.on_anonymised)
            self._view.start()
        self._view.show()
        self._view.raise_()
        self._view.activateWindow()
        return self._view

    def on_export(self) -> None:
        self._open_on_customer(lambda view: view.on_export_customer())

    def on_anonymise(self) -> None:
        self._open_on_customer(lambda view: view.on_anonymise_customer())

    def on_anonymised(self, customer_id: str) -> None:
        """The main window must not keep showing the erased identifiers: look again."""
        if self._journey is not None and self._journey.customer.id == customer_id:
            self._window.open_customer(customer_id)

    def _open_on_customer(self, then) -> None:
        journey = self._journey
        if journey is None:
            return
        view = self.on_open()

        def loaded(shown: Journey) -> None:
            view.history_shown.disconnect(loaded)
            if shown.customer.id == journey.customer.id:
                then(view)

        view.history_shown.connect(loaded)
        view.open_customer(journey)

    def service(self) -> JourneyService | None:
        """The main window's service, read when the operations window needs it."""
        return self._window.service

    def _forget_view(self) -> None:
        self._view = None

    def retranslate_ui(self) -> None:
        self.open_action.setText(
            QCoreApplication.translate("OperationsMenu", "Customer &operations")
        )
        self.open_action.setToolTip(
            QCoreApplication.translate(
                "OperationsMenu", "Find a customer by tenant and source, export, anonymise"
            )
        )
        self.export_action.setText(
            QCoreApplication.translate("OperationsMenu", "&Export customer…")
        )
        self.anonymise_action.setText(
            QCoreApplication.translate("OperationsMenu", "Anony&mise customer…")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False
