"""Light and dark appearance (SPEC G3): the Fusion style with a palette of our own.

"light" and "dark" use Fusion, which paints every control from the palette, with the
palettes below. "system" follows the desktop's colour scheme (QStyleHints.colorScheme, Qt
6.5+): our dark palette when the desktop is dark, the light one when it is light, live when
the desktop switches; where the platform does not say, Qt's style and palette stay as the
platform gives them; the painted views (timeline, day cards) take their colours from the
palette too. Every text colour has at least 4.5:1 contrast (WCAG 2, AA) against the
backgrounds it is drawn on, the muted placeholder text included; disabled text is dimmer
on purpose but still legible. In the dark palette Window is lighter than Base: Fusion
outlines fields in a darker shade of Window, so fields read as darker wells. Highlight is
also the accent of the painted views (bars, the selected day), so it must stand out from
Base as well as carry HighlightedText.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from journey_widget.settings import Theme
from journey_widget.ui.common.outline_style import OutlineStyle

log = logging.getLogger(__name__)

FUSION = "Fusion"

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Role -> (active/inactive colour, disabled colour).
_LIGHT: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#f3f4f6", "#f3f4f6"),
    Role.WindowText: ("#1c1e21", "#8a8e94"),
    Role.Base: ("#ffffff", "#f3f4f6"),
    Role.AlternateBase: ("#eef1f5", "#eef1f5"),
    Role.Text: ("#1c1e21", "#8a8e94"),
    Role.PlaceholderText: ("#5f6368", "#9aa0a6"),
    Role.Button: ("#f8f9fa", "#eceef1"),
    Role.ButtonText: ("#1c1e21", "#8a8e94"),
    Role.BrightText: ("#ffffff", "#ffffff"),
    Role.Light: ("#ffffff", "#ffffff"),
    Role.Midlight: ("#e3e6ea", "#e3e6ea"),
    Role.Mid: ("#b4b9c0", "#c8ccd1"),
    Role.Dark: ("#7d838b", "#9aa0a6"),
    Role.Shadow: ("#3c4043", "#5f6368"),
    Role.Highlight: ("#1a5fb4", "#c8ccd1"),
    Role.HighlightedText: ("#ffffff", "#5f6368"),
    Role.Accent: ("#1a5fb4", "#c8ccd1"),
    Role.Link: ("#0b57d0", "#8a8e94"),
    Role.LinkVisited: ("#7b2fbf", "#8a8e94"),
    Role.ToolTipBase: ("#2b2d31", "#2b2d31"),
    Role.ToolTipText: ("#f1f3f4", "#f1f3f4"),
}

_DARK: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#282a2f", "#282a2f"),
    Role.WindowText: ("#e8eaed", "#80858c"),
    Role.Base: ("#1a1b1e", "#222428"),
    Role.AlternateBase: ("#25272b", "#25272b"),
    Role.Text: ("#e8eaed", "#80858c"),
    Role.PlaceholderText: ("#a2a7ae", "#6e737a"),
    Role.Button: ("#363940", "#2c2e33"),
    Role.ButtonText: ("#e8eaed", "#80858c"),
    Role.BrightText: ("#ffffff", "#ffffff"),
    Role.Light: ("#44484f", "#3a3d42"),
    Role.Midlight: ("#383b41", "#313439"),
    Role.Mid: ("#5a5f67", "#43474d"),
    Role.Dark: ("#121315", "#121315"),
    Role.Shadow: ("#000000", "#000000"),
    Role.Highlight: ("#3571d4", "#3a3d42"),
    Role.HighlightedText: ("#ffffff", "#9aa0a6"),
    Role.Accent: ("#3571d4", "#3a3d42"),
    Role.Link: ("#8ab4f8", "#80858c"),
    Role.LinkVisited: ("#c58af9", "#80858c"),
    Role.ToolTipBase: ("#45494f", "#45494f"),
    Role.ToolTipText: ("#f1f3f4", "#f1f3f4"),
}


def _palette(colours: dict[QPalette.ColorRole, tuple[str, str]]) -> QPalette:
    palette = QPalette()
    for role, (normal, disabled) in colours.items():
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


def light_palette() -> QPalette:
    return _palette(_LIGHT)


def dark_palette() -> QPalette:
    return _palette(_DARK)


def palette_for(theme: Theme) -> QPalette | None:
    """The palette of ``theme``; None for "system" (the platform's own)."""
    if theme is Theme.LIGHT:
        return light_palette()
    if theme is Theme.DARK:
        return dark_palette()
    return None


def resolve_theme(asked: str | None, configured: Theme) -> Theme:
    """The command line's ``--theme`` if given, else the setting."""
    if asked:
        try:
            return Theme(asked.lower())
        except ValueError:
            log.warning("Theme %r is not known; using the setting (%s)", asked, configured.value)
    return configured


class _Look:
    """What ``apply_theme`` last chose, and the platform's own look to go back to."""

    chosen: Theme | None = None
    platform: tuple[str, QPalette] | None = None
    listening = False


def scheme_theme(scheme: Qt.ColorScheme) -> Theme | None:
    """The palette a desktop colour scheme asks for; None when the platform does not say."""
    if scheme == Qt.ColorScheme.Dark:
        return Theme.DARK
    if scheme == Qt.ColorScheme.Light:
        return Theme.LIGHT
    return None


def apply_theme(app: QApplication, theme: Theme) -> Theme:
    """Give ``app`` the look of ``theme``, at start-up or live (the settings dialog).

    "system" follows the desktop's colour scheme now and whenever it changes.
    """
    if _Look.platform is None:
        _Look.platform = (style_name(app), QPalette(app.palette()))
    _Look.chosen = theme
    if not _Look.listening:
        _Look.listening = True
        app.styleHints().colorSchemeChanged.connect(
            lambda scheme: on_color_scheme_changed(app, scheme)
        )
    if theme is Theme.SYSTEM:
        _follow(app, app.styleHints().colorScheme())
        return Theme.SYSTEM
    return _use(app, theme)


def on_color_scheme_changed(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """The desktop switched between light and dark: follow it if the theme is "system"."""
    if _Look.chosen is Theme.SYSTEM:
        log.info("The desktop's colour scheme changed to %s", scheme.name)
        _follow(app, scheme)


def _follow(app: QApplication, scheme: Qt.ColorScheme) -> None:
    theme = scheme_theme(scheme)
    if theme is not None:
        _use(app, theme)
    elif _Look.platform is not None:
        style, palette = _Look.platform  # the platform's style and palette, untouched
        if style_name(app) != style:
            platform_style = QStyleFactory.create(style)
            if platform_style is not None:
                app.setStyle(platform_style)
        if app.palette() != palette:
            app.setPalette(palette)


def style_name(app: QApplication) -> str:
    """The name of the style in use, looking through our outline layer to its base."""
    style = app.style()
    return (style.baseStyle() if isinstance(style, OutlineStyle) else style).name()


def _use(app: QApplication, theme: Theme) -> Theme:
    palette = palette_for(theme)
    if palette is None:
        return Theme.SYSTEM
    if not isinstance(app.style(), OutlineStyle):
        fusion = QStyleFactory.create(FUSION)
        if fusion is None:
            log.warning("The Fusion style is not available; keeping the platform's look")
            return Theme.SYSTEM
        app.setStyle(OutlineStyle(fusion))
    app.setPalette(palette)
    return theme
