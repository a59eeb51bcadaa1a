"""Where the window sits and how it behaves on the desktop (SPEC A10, G4).

``WindowPlacement`` gives the window four entries of its menu's window section and keeps
the ``window`` section of the settings:

- size and position are remembered when the window closes and restored at the next start,
  moved onto a screen that is still there (a docking station's monitor may be gone);
- "Always on top" keeps the widget above the softphone and the CRM;
- "Snap to the left / right edge" puts it beside the softphone: the full available height
  of its screen at the remembered width. It stays snapped across restarts until the agent
  moves it away from that edge;
- "Start at login" switches the desktop's autostart entry (``ui/shell/autostart.py``).

The geometry arithmetic is in pure functions over QRect (``on_screen``, ``snapped``,
``edge_of``), tested without any screen. Remembering is the window's close, not every move:
one write per session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journey_widget.settings import SettingsFile, SnapEdge, WindowSettings, warn_if_failed
from journey_widget.ui.shell import autostart as autostart_module
from journey_widget.ui.shell.autostart import Autostart, AutostartError

log = logging.getLogger(__name__)

# Less than this much of the window on a screen counts as gone: it is moved fully onto one.
MIN_VISIBLE = QSize(120, 60)


def on_screen(rect: QRect, screens: Sequence[QRect]) -> QRect:
    """``rect`` moved (and shrunk, if it must) to lie inside one of ``screens``' areas.

    The screen it overlaps most is chosen; with too little on any (its monitor is gone) the
    first screen (the primary) takes it. ``screens`` are available areas, primary first.
    """
    if not screens:
        return QRect(rect)
    best = max(screens, key=lambda area: _area(rect.intersected(area)))
    overlap = rect.intersected(best)
    if overlap.width() < MIN_VISIBLE.width() or overlap.height() < MIN_VISIBLE.height():
        best = screens[0]
    width = min(rect.width(), best.width())
    height = min(rect.height(), best.height())
    x = min(max(rect.x(), best.left()), best.left() + best.width() - width)
    y = min(max(rect.y(), best.top()), best.top() + best.height() - height)
    return QRect(x, y, width, height)


def snapped(edge: SnapEdge, area: QRect, width: int, frame: QMargins | None = None) -> QRect:
    """The window's inner geometry against ``edge`` of ``area``: full height, ``width`` wide.

    ``frame`` is what the window manager adds around it (title bar, borders), kept inside.
    """
    frame = frame or QMargins()
    inner_width = max(1, min(width, area.width() - frame.left() - frame.right()))
    height = max(1, area.height() - frame.top() - frame.bottom())
    y = area.top() + frame.top()
    if edge is SnapEdge.RIGHT:
        x = area.left() + area.width() - frame.right() - inner_width
    else:
        x = area.left() + frame.left()
    return QRect(x, y, inner_width, height)


def edge_of(outer: QRect, area: QRect) -> SnapEdge:
    """The edge of ``area`` the window (its frame rect) fills top to bottom against, if any."""
    if outer.top() != area.top() or outer.height() != area.height():
        return SnapEdge.NONE
    if outer.left() == area.left():
        return SnapEdge.LEFT
    if outer.left() + outer.width() == area.left() + area.width():
        return SnapEdge.RIGHT
    return SnapEdge.NONE


def _area(rect: QRect) -> int:
    return 0 if rect.isEmpty() else rect.width() * rect.height()


def _available_areas(window: QWidget) -> list[QRect]:
    primary = QGuiApplication.primaryScreen()
    screens = QGuiApplication.screens()
    ordered = ([primary] if primary is not None else []) + [s for s in screens if s is not primary]
    return [screen.availableGeometry() for screen in ordered]


class WindowPlacement(QObject):
    """Remembers and restores the window's place; always on top, snap, start at login."""

    def __init__(
        self,
        window: QWidget,
        settings_file: SettingsFile,
        *,
        starter: Autostart | None = None,
        command: Sequence[str] | None = None,
        report: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings_file = settings_file
        self._state: WindowSettings = settings_file.current().window
        self._starter = starter or autostart_module.for_platform()
        self._command = list(command) if command is not None else autostart_module.launch_command()
        self._report = report or self._show_problem
        self._running = False  # restore() was called: a real session, settings are written
        self._remembering = False  # ... and its place is saved when the window closes
        self._settle_on_show = False

        self.always_on_top = QAction(self)
        self.always_on_top.setCheckable(True)
        self.always_on_top.setChecked(self._state.always_on_top)
        self.snap_left = QAction(self)
        self.snap_right = QAction(self)
        self.start_at_login = QAction(self)
        self.start_at_login.setCheckable(True)
        self.start_at_login.setChecked(self._starter_enabled())
        self._connect_signals()
        window.installEventFilter(self)
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.always_on_top.toggled.connect(self.on_always_on_top_toggled)
        self.snap_left.triggered.connect(lambda: self.snap(SnapEdge.LEFT))
        self.snap_right.triggered.connect(lambda: self.snap(SnapEdge.RIGHT))
        self.start_at_login.toggled.connect(self.on_start_at_login_toggled)

    def retranslate_ui(self) -> None:
        self.always_on_top.setText(self.tr("Always on &top"))
        self.always_on_top.setStatusTip(
            self.tr("Keep this window above the softphone and other windows")
        )
        self.snap_left.setText(self.tr("S&nap to the left edge"))
        self.snap_left.setStatusTip(self.tr("Full screen height at the left edge, same width"))
        self.snap_right.setText(self.tr("Snap to the ri&ght edge"))
        self.snap_right.setStatusTip(self.tr("Full screen height at the right edge, same width"))
        self.start_at_login.setText(self.tr("St&art at login"))
        self.start_at_login.setStatusTip(self.tr("Open the widget when you log in"))
        for action in self.actions():
            action.setToolTip(action.statusTip())

    def actions(self) -> list[QAction]:
        """For the window menu's window section, in this order."""
        return [self.always_on_top, self.snap_left, self.snap_right, self.start_at_login]

    @property
    def state(self) -> WindowSettings:
        return self._state

    # --- start and close ----------------------------------------------------------------

    def restore(self, *, geometry: bool = True) -> None:
        """Put the window where it was (on a screen that exists), as it was, before it shows.

        ``geometry`` False keeps the size and place given on the command line (``--size``)
        and the remembered ones untouched. Also renews the autostart entry when the setting
        is on, so an updated or moved program is what starts at the next login.
        """
        state = self._state
        window = self._window
        self._running = True
        if not geometry:
            if state.always_on_top:
                self._apply_on_top(True)
            if state.start_at_login:
                self._switch_autostart(True)
            return
        if state.width > 0 and state.height > 0:
            rect = on_screen(
                QRect(state.x, state.y, state.width, state.height), _available_areas(window)
            )
            window.resize(rect.size())
            window.move(rect.topLeft())
        if state.always_on_top:
            self._apply_on_top(True)
        # The frame (title bar, borders) is known once the window is shown: the place is
        # checked again then, and a snap applied.
        self._settle_on_show = True
        if state.maximized:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        if state.start_at_login:
            self._switch_autostart(True)
        self._remembering = True

    def remember(self) -> WindowSettings:
        """Write the window's place into the settings file; returns what was written."""
        window = self._window
        maximized = bool(window.windowState() & Qt.WindowState.WindowMaximized)
        rect = window.normalGeometry() if maximized else window.geometry()
        position = window.pos() if not maximized else rect.topLeft()
        snap = self._state.snap
        screen = window.screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is not None and edge_of(window.frameGeometry(), area) is not snap:
            snap = SnapEdge.NONE  # moved away from its edge (or never snapped)
        self._state = replace(
            self._state,
            x=position.x(),
            y=position.y(),
            width=rect.width(),
            height=rect.height(),
            maximized=maximized,
            snap=snap,
        )
        self._save()
        return self._state

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate_ui()
            elif event.type() == QEvent.Type.Show and self._settle_on_show:
                self._settle_on_show = False
                self._settle()
            elif event.type() == QEvent.Type.Close and self._remembering:
                self.remember()
        return False

    def _settle(self) -> None:
        """The shown window, frame and all, on a screen; snapped if it was."""
        window = self._window
        if window.windowState() & Qt.WindowState.WindowMaximized:
            return
        if self._state.snap is not SnapEdge.NONE:
            self.snap(self._state.snap)
            return
        outer = window.frameGeometry()
        inside = on_screen(outer, _available_areas(window))
        if inside != outer:
            window.resize(window.size() - (outer.size() - inside.size()))
            window.move(inside.topLeft())

    # --- the menu's actions -------------------------------------------------------------

    def snap(self, edge: SnapEdge) -> None:
        """Full available height against ``edge`` of the window's screen, width unchanged."""
        window = self._window
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None or edge is SnapEdge.NONE:
            return
        if window.windowState() & Qt.WindowState.WindowMaximized:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMaximized)
        target = snapped(edge, screen.availableGeometry(), window.width(), _frame_margins(window))
        window.setGeometry(target)
        self._state = replace(self._state, snap=edge, width=target.width())
        self._save_if_running()

    def on_always_on_top_toggled(self, on: bool) -> None:
        self._apply_on_top(on)
        self._state = replace(self._state, always_on_top=on)
        self._save_if_running()

    def on_start_at_login_toggled(self, on: bool) -> None:
        if not self._switch_autostart(on):
            self.start_at_login.blockSignals(True)
            self.start_at_login.setChecked(not on)
            self.start_at_login.blockSignals(False)
            return
        self._state = replace(self._state, start_at_login=on)
        self._save_if_running()

    # --- helpers -------------------------------------------------------------------------

    def _apply_on_top(self, on: bool) -> None:
        window = self._window
        if bool(window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint) == on:
            return
        visible = window.isVisible()
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:  # changing a window flag hides the window
            window.show()

    def _switch_autostart(self, on: bool) -> bool:
        try:
            if on:
                self._starter.enable(self._command)
            else:
                self._starter.disable()
        except AutostartError as error:
            log.warning("Start at login: %s", error)
            self._report(str(error))
            return False
        return True

    def _starter_enabled(self) -> bool:
        try:
            return self._starter.is_enabled()
        except OSError:
            return False

    def _save_if_running(self) -> None:
        if self._running:
            self._save()

    def _save(self) -> None:
        """On the settings writer thread; saves asked in quick succession become one write."""
        current = self._settings_file.current()
        saving = self._settings_file.save_later(replace(current, window=self._state))
        warn_if_failed(saving, log, "Could not remember the window's place: %s")

    def _show_problem(self, message: str) -> None:
        QMessageBox.warning(self._window, self.tr("Start at login"), message)


def _frame_margins(window: QWidget) -> QMargins:
    outer, inner = window.frameGeometry(), window.geometry()
    return QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )
