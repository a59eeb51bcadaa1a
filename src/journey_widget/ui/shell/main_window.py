"""The agent's window (SPEC A3-A10, H4): a search field, who the customer is, and the journey.

Everything slow is awaited on the qasync loop, never on the GUI thread; the lookups themselves
(newest wins, stale answers dropped, the caller masked under the privacy rule) are
``lookup_flow.LookupFlow``, the menu's sections ``window_menu``. The window shows exactly one of:
a state panel (idle hint, busy, no history, error with Retry) or the journey page (header,
filters, Timeline | Grid, detail pop-up). The view the agent picks is remembered in the
settings file given to the window (a tiny JSON file, so reading it here costs nothing).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journey_widget import i18n
from journey_widget.model import Interaction, Journey, display_phone
from journey_widget.model.identifiers import load_phone_metadata
from journey_widget.service.lookup import (
    DEFAULT_PERIOD_MONTHS,
    JourneyService,
    LookupResult,
)
from journey_widget.settings import Settings, SettingsFile, warn_if_failed
from journey_widget.ui.common.formatting import arg
from journey_widget.ui.common.icons import menu_icon
from journey_widget.ui.common.state_panel import StatePanel, Text
from journey_widget.ui.common.suggestions import SuggestionPopup
from journey_widget.ui.journey.lookup_flow import (
    SUGGESTION_LIMIT,
    LookupFlow,
    ViewState,
)
from journey_widget.ui.journey.source_banner import SourceBanner
from journey_widget.ui.journey.view_bar import JourneyViewKind
from journey_widget.ui.lifetime.first_paint import after_first_paint
from journey_widget.ui.lifetime.task_slot import TaskSlot
from journey_widget.ui.lifetime.window_owner import hold_top_level
from journey_widget.ui.shell.language_menu import LanguageMenu
from journey_widget.ui.shell.window_menu import MenuGroup, SectionedMenu

if TYPE_CHECKING:  # the journey page is built (and imported) after the first paint
    from journey_widget.ui.detail.popup import DetailPopup
    from journey_widget.ui.journey.customer_header import CustomerHeader
    from journey_widget.ui.journey.filter_bar import FilterBar
    from journey_widget.ui.journey.interaction_table import InteractionTableModel
    from journey_widget.ui.journey.interaction_view import InteractionTableView
    from journey_widget.ui.journey.page import JourneyPage
    from journey_widget.ui.journey.timeline_view import TimelineView

log = logging.getLogger(__name__)

__all__ = ["MINIMUM_WIDTH", "SUGGESTION_LIMIT", "MainWindow", "MenuGroup", "ViewState"]

DEFAULT_SIZE = (480, 720)
MINIMUM_WIDTH = 320


class MainWindow(LookupFlow, QMainWindow):
    """The journey window. Give it a service now or later (``set_service``), then ``lookup``."""

    journey_shown = Signal(object)  # Journey, once header and grid show it
    no_history_shown = Signal(str)  # the identifier nobody is known by, as shown
    suggestions_shown = Signal(list)  # list[CustomerMatch] offered to pick from
    no_match_shown = Signal(str)  # the sentence shown when a search matched nobody
    error_shown = Signal(str)  # the sentence shown to the user
    view_switched = Signal(str)  # "timeline" or "grid", after the user picked it
    service_changed = Signal(object)  # JourneyService | None: other views follow it
    closed = Signal()

    def __init__(
        self,
        service: JourneyService | None = None,
        *,
        period_months: int | None = DEFAULT_PERIOD_MONTHS,
        view: str | None = None,
        settings: SettingsFile | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        hold_top_level(self)  # parentless: held until Qt deletes it, never freed by the GC
        self._service = service
        self._period_months = period_months
        self._settings_file = settings
        # The app has read the file already; the window takes what it read.
        self._settings: Settings | None = settings.current() if settings is not None else None
        self._lookups = TaskSlot(
            self, self.on_lookup_answer, self.on_lookup_failed, name="Journey lookup"
        )
        self._retry: Callable[[], object] | None = None
        self._last_query: str | None = None
        # What a call or a link asked for: shown masked while the privacy rule hides it.
        self._outside_query: str | None = None
        self._state = ViewState.IDLE

        self._search = QLineEdit(self)
        self._popup = SuggestionPopup(self._search)
        self._pages = QStackedWidget(self)
        self._panel = StatePanel(self)
        self._journey_page: JourneyPage | None = None
        self._view_kind = JourneyViewKind.TIMELINE  # the page's view, until there is a page
        self._banners = QVBoxLayout()  # call banners, offline notices: between search and page
        self._source_banner = SourceBanner()  # a saved copy is shown, or the back end is down
        self._focus_search = QAction(self)
        self._refresh = QAction(self)
        self._quit = QAction(self)
        self._menu = SectionedMenu(self)
        self._menu_button = QToolButton(self)
        self._language_menu = LanguageMenu(self)
        self._customer_name: str | None = None  # in the title while a journey is shown
        self._build()
        self.add_menu_action(self._language_menu.menuAction(), MenuGroup.SETTINGS)
        self.retranslate_ui()
        self.add_banner(self._source_banner)
        self._connect_signals()
        self.set_view(self._initial_view(view))
        self.show_idle()
        self._painted = False  # the journey page waits for the first paint and the service
        after_first_paint(self, lambda: self._prepare_when_ready(painted=True))

    def _prepare_when_ready(self, *, painted: bool = False) -> None:
        """Painted and connected: build the journey page, from the event loop (issue 14.9)."""
        self._painted = self._painted or painted
        if self._painted and self._service is not None and self._journey_page is None:
            QTimer.singleShot(0, self, self._page)

    def _page(self) -> JourneyPage:
        """The journey page, built on first use (with the phone metadata its numbers need)."""
        if self._journey_page is None:
            from journey_widget.ui.journey.page import JourneyPage  # not before the first paint

            load_phone_metadata()
            self._journey_page = page = JourneyPage(self)
            self._pages.addWidget(page)
            page.ensurePolished()  # as if it had been there when the window was shown
            self.setTabOrder(self._menu_button, page)
            page.period_requested.connect(self.on_period_requested)
            page.view_switched.connect(self.on_view_switched)
            page.set_view(self._view_kind)
        return self._journey_page

    def _initial_view(self, view: str | None) -> JourneyViewKind:
        """The view asked for (``--view``), else the remembered one, else the timeline."""
        remembered = self._settings.display.view if self._settings is not None else None
        for candidate in (view, remembered):
            if candidate in {kind.value for kind in JourneyViewKind}:
                return JourneyViewKind(candidate)
        return JourneyViewKind.TIMELINE

    def retranslate_ui(self) -> None:
        """The window's own texts, in the language now installed (the parts do theirs)."""
        self._update_title()
        hint = self.tr("Number, e-mail, SIP address, id or name")
        self._search.setPlaceholderText(hint)
        self._search.setToolTip(hint)  # docked narrow the hint is cut: whole on hover
        self._search.setAccessibleName(self.tr("Search customer"))
        self._search.setAccessibleDescription(
            self.tr("Type a number, address, id or name and press Enter")
        )
        self._focus_search.setText(self.tr("Search"))
        self._focus_search.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Find), QKeySequence(self.tr("Ctrl+L"))]
        )
        self._refresh.setText(self.tr("Refresh"))
        self._quit.setText(self.tr("&Quit"))
        self._menu_button.setToolTip(self.tr("Menu"))
        self._menu_button.setAccessibleName(self.tr("Menu"))
        self._menu_button.setAccessibleDescription(
            self.tr("Other views, settings and window options")
        )
        if self._settings_file is not None:  # the settings dialog may have switched
            self._language_menu.show_choice(self._settings_file.current().display.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:  # light / dark switched live
            self._menu_button.setIcon(menu_icon(self.palette()))
        super().changeEvent(event)

    def _update_title(self) -> None:
        name = self._customer_name
        if name:
            self.setWindowTitle(arg(self.tr("%1 – Customer journey"), name))
        else:
            self.setWindowTitle(self.tr("Customer journey"))

    def _build(self) -> None:
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.resize(*DEFAULT_SIZE)

        self._search.setClearButtonEnabled(True)
        self._search.setMaxLength(256)
        self._pages.addWidget(self._panel)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self._search, 1)
        top.addWidget(self._menu_button)
        layout.addLayout(top)
        layout.addLayout(self._banners)
        layout.addWidget(self._pages, 1)
        self.setCentralWidget(central)

        self._refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self._quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self._quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.addAction(self._focus_search)
        self.addAction(self._refresh)
        self.addAction(self._quit)
        self.add_menu_action(self._quit, MenuGroup.APP)
        self._menu_button.setIcon(menu_icon(self.palette()))
        self._menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu_button.setMenu(self._menu)
        self._menu_button.setAutoRaise(True)
        self.setTabOrder(self._search, self._menu_button)

    def _connect_signals(self) -> None:
        self._search.returnPressed.connect(self.on_search_submitted)
        self._popup.match_picked.connect(self.on_match_picked)
        self._panel.retry_requested.connect(self.on_retry_requested)
        self._source_banner.retry_requested.connect(self.on_retry_requested)
        self._focus_search.triggered.connect(self.on_focus_search)
        self._refresh.triggered.connect(self.on_refresh)
        self._quit.triggered.connect(self.close)
        self._language_menu.language_picked.connect(self.on_language_picked)

    # --- what other parts of the program use ---------------------------------------------

    def add_banner(self, banner: QWidget) -> None:
        """Show a strip under the search field (the live call, an offline notice)."""
        banner.setParent(self.centralWidget())
        self._banners.addWidget(banner)

    def add_menu_action(self, action: QAction, group: MenuGroup) -> None:
        """Put ``action`` in the window menu, at the end of its section."""
        self._menu.add_to_section(action, group)

    @property
    def menu(self) -> QMenu:
        """The window menu (the button beside the search field)."""
        return self._menu

    @property
    def menu_button(self) -> QToolButton:
        return self._menu_button

    @property
    def state(self) -> ViewState:
        return self._state

    @property
    def view(self) -> JourneyViewKind:
        """The journey view shown: timeline or grid."""
        return self._journey_page.view if self._journey_page is not None else self._view_kind

    def set_view(self, view: JourneyViewKind | str) -> None:
        """Show the timeline or the grid (the filter and selection stay); not remembered."""
        self._view_kind = JourneyViewKind(view)  # the page's, once there is one
        if self._journey_page is not None:
            self._journey_page.set_view(view)

    def add_interaction(self, interaction: Interaction) -> None:
        """A live event for the customer shown: the views take it in place, no reload."""
        if self._state is ViewState.JOURNEY:
            self._page().add_interaction(interaction)

    @property
    def service(self) -> JourneyService | None:
        return self._service

    def set_service(self, service: JourneyService | None) -> None:
        """Use this service from now on; a lookup still running against the old one ends."""
        self._lookups.cancel()
        self._service = service
        self.service_changed.emit(service)
        self._prepare_when_ready()

    def show_idle(self) -> None:
        self._lookups.cancel()
        self._retry = None
        self._set_panel_state(ViewState.IDLE)
        self._panel.show_message(
            lambda: self.tr("Look up a customer"),
            lambda: self.tr(
                "Type a phone number, e-mail or SIP address, customer id or name and press Enter."
            ),
        )

    def show_busy(self, title: Text, detail: Text = "") -> None:
        """A wait the window did not start itself (preparing the demo store, connecting)."""
        self._lookups.cancel()
        self._set_panel_state(ViewState.BUSY)
        self._panel.show_busy(title, detail)

    def show_error(
        self, title: Text, detail: Text = "", *, retry: Callable[[], object] | None = None
    ) -> None:
        """One plain sentence and, when ``retry`` is given, a Retry button that calls it.

        Texts may be functions returning them: the panel then says them again in a newly
        chosen language.
        """
        self._lookups.cancel()
        self._retry = retry
        self._set_panel_state(ViewState.ERROR)
        self._panel.show_error(title, detail, can_retry=retry is not None)
        self.error_shown.emit(self._panel.detail() or self._panel.title())

    # --- the parts, for tests and the composition root ---------------------------------

    @property
    def search_field(self) -> QLineEdit:
        return self._search

    @property
    def state_panel(self) -> StatePanel:
        return self._panel

    @property
    def source_banner(self) -> SourceBanner:
        return self._source_banner

    @property
    def empty_panel(self) -> StatePanel:
        return self._page().empty

    @property
    def empty_panel_shown(self) -> bool:
        return self._journey_page is not None and self._journey_page.empty.isVisible()

    @property
    def header(self) -> CustomerHeader:
        return self._page().header

    @property
    def journey_page(self) -> JourneyPage:
        return self._page()

    @property
    def table_view(self) -> InteractionTableView:
        return self._page().table

    @property
    def table_model(self) -> InteractionTableModel:
        return self._page().model

    @property
    def timeline_view(self) -> TimelineView:
        return self._page().timeline

    @property
    def filter_bar(self) -> FilterBar:
        return self._page().filter_bar

    @property
    def detail_popup(self) -> DetailPopup:
        return self._page().popup

    @property
    def suggestion_popup(self) -> SuggestionPopup:
        return self._popup

    # --- slots (the lookup's are in LookupFlow) ---------------------------------------------

    def on_view_switched(self, view: str) -> None:
        self.view_switched.emit(view)
        if self._settings_file is None or self._settings is None:
            return
        # The file's current settings: the settings dialog may have saved newer ones meanwhile.
        self._settings = self._settings_file.current()
        self._settings = replace(self._settings, display=replace(self._settings.display, view=view))
        saving = self._settings_file.save_later(self._settings)  # written on the writer thread
        warn_if_failed(saving, log, "Could not remember the view: %s")

    def on_language_picked(self, code: str) -> None:
        """The Language menu: remember ``code`` ("" the system's), then speak it."""
        if self._settings_file is not None:
            settings = self._settings_file.current()
            self._settings = replace(settings, display=replace(settings.display, language=code))
            saving = self._settings_file.save_later(self._settings)
            warn_if_failed(saving, log, "Could not remember the language: %s")
        app = QCoreApplication.instance()
        if app is not None:
            i18n.switch_language(app, code)

    def on_focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    # --- what the window shows -------------------------------------------------------------

    def _show_journey(self, journey: Journey, result: LookupResult) -> None:
        self._page().show_journey(journey, result.since, self._period_months)
        if result.outage is not None and result.cached_at is not None:
            self._source_banner.show_offline(result.cached_at, result.outage.reason)
        elif result.cached_at is not None:
            self._source_banner.show_cached(result.cached_at)
        else:
            self._source_banner.clear()
        phone = journey.customer.primary_phone
        name = journey.customer.name or (display_phone(phone) if phone else journey.customer.id)
        self._customer_name = name
        self._update_title()
        self._state = ViewState.JOURNEY
        self._pages.setCurrentWidget(self._page())
        self.journey_shown.emit(journey)

    def _set_panel_state(self, state: ViewState) -> None:
        self._state = state
        if state is not ViewState.BUSY:
            self._source_banner.clear()  # no journey shown: nothing is a saved copy
        self._pages.setCurrentWidget(self._panel)
        if state is not ViewState.SUGGESTIONS:
            self._popup.hide()
        if state is not ViewState.BUSY:
            self._customer_name = None
            self._update_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._lookups.cancel()
        self._popup.hide()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
