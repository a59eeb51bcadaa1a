"""The "Conversation report" entry of the main window's menu (views section).

The report window is made the first time it is asked for, with the main window's service,
and follows the main window's service from then on (a reconnect, a changed data source).
It is a top-level window owned by the main window, so it closes and goes with it; closing it
deletes it (``WA_DeleteOnClose``), and the entry makes a new one the next time.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from journey_widget.service.lookup import JourneyService
from journey_widget.settings import SettingsFile
from journey_widget.ui.shell.main_window import MainWindow, MenuGroup

if TYPE_CHECKING:  # imported when the report is first opened, not at start-up (issue 14.9)
    from journey_widget.ui.report.report_window import ReportWindow


class ReportLauncher(QObject):
    def __init__(self, window: MainWindow, settings: SettingsFile | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._report: ReportWindow | None = None
        self._action = QAction(window)
        self._action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        window.addAction(self._action)
        window.add_menu_action(self._action, MenuGroup.VIEWS)
        self._action.triggered.connect(self.open)
        window.service_changed.connect(self.on_service_changed)
        window.closed.connect(self.on_main_closed)
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._action.setText(self.tr("Conversation &report"))
        self._action.setToolTip(
            self.tr("Find a caller and read one conversation in depth; print it")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return super().eventFilter(watched, event)

    @property
    def action(self) -> QAction:
        return self._action

    @property
    def report(self) -> ReportWindow | None:
        return self._report

    def open(self) -> ReportWindow:
        """Show (or raise) the report window, with the main window's current service."""
        if self._report is None:
            from journey_widget.ui.report.report_window import ReportWindow

            # A window of its own, owned by the main window: it goes when the main window goes.
            self._report = ReportWindow(
                self._window.service, settings=self._settings, parent=self._window
            )
            self._report.destroyed.connect(self.on_report_destroyed)
        self._report.show()
        self._report.raise_()
        self._report.activateWindow()
        self._report.search.field.setFocus()
        return self._report

    def open_on(self, query: str) -> ReportWindow:
        """Open the report on the customer ``query`` names (``--view report``)."""
        report = self.open()
        report.open_query(query)
        return report

    async def settled(self, timeout: float) -> ReportWindow | None:
        """Wait until the report shows a conversation or says why it cannot (screenshots)."""
        report = self._report
        if report is None:
            return None
        done = asyncio.get_running_loop().create_future()

        def settle(*_args) -> None:
            if not done.done():
                done.set_result(None)

        report.conversation_shown.connect(settle)
        report.error_shown.connect(settle)
        try:
            await asyncio.wait_for(done, timeout)
        except TimeoutError:
            return report
        finally:
            report.conversation_shown.disconnect(settle)
            report.error_shown.disconnect(settle)
        return report

    def on_service_changed(self, service: JourneyService | None) -> None:
        if self._report is not None:
            self._report.set_service(service)

    def on_report_destroyed(self) -> None:
        self._report = None

    def on_main_closed(self) -> None:
        if self._report is not None:
            self._report.close()
