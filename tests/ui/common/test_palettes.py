"""Light and dark appearance (SPEC G3): complete palettes, readable text, the --theme option.

That a ``--theme`` run paints the window in its palette is in tests/app/test_session.py."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyleFactory

from journey_widget.app import session as app_module
from journey_widget.app.session import GuiOptions
from journey_widget.cli import main as cli
from journey_widget.settings import Theme
from journey_widget.ui.calls.banner import contrast_ratio
from journey_widget.ui.common import palettes

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

AA_TEXT = 4.5
TEXT_ON_BACKGROUND = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),  # muted captions sit on the window too
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
]
PALETTES = {"light": palettes.light_palette, "dark": palettes.dark_palette}
ALL_ROLES = [role for role in Role if role not in (Role.NoRole, Role.NColorRoles)]


@pytest.fixture
def restore_look(qapp):
    """Put the application's style and palette back after a test changed them."""
    style, palette = palettes.style_name(qapp), QPalette(qapp.palette())
    yield qapp
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("group", [Group.Active, Group.Inactive])
@pytest.mark.parametrize(("text", "background"), TEXT_ON_BACKGROUND)
def test_text_has_aa_contrast(name, group, text, background):
    palette = PALETTES[name]()
    ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
    assert ratio >= AA_TEXT, f"{name}: {text.name} on {background.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", PALETTES)
def test_every_role_is_set_in_every_group(name):
    palette = PALETTES[name]()
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for role in ALL_ROLES:
            assert palette.isBrushSet(group, role), f"{name}: {group.name}/{role.name} not set"


@pytest.mark.parametrize("name", PALETTES)
def test_disabled_text_is_dimmer_but_legible(name):
    palette = PALETTES[name]()
    for text, background in [(Role.WindowText, Role.Window), (Role.ButtonText, Role.Button)]:
        active = contrast_ratio(palette.color(text), palette.color(background))
        disabled = contrast_ratio(
            palette.color(Group.Disabled, text), palette.color(Group.Disabled, background)
        )
        assert 2.5 <= disabled < active, f"{name}: disabled {text.name} is {disabled:.2f}:1"


def test_the_dark_palette_is_dark_and_the_light_one_light():
    def lightness(palette: QPalette, role: QPalette.ColorRole) -> float:
        return palette.color(role).lightnessF()

    dark, light = palettes.dark_palette(), palettes.light_palette()
    for role in (Role.Window, Role.Base, Role.Button):
        assert lightness(dark, role) < 0.25 < 0.85 < lightness(light, role)


@pytest.mark.parametrize(
    ("asked", "configured", "expected"),
    [
        (None, Theme.DARK, Theme.DARK),
        ("light", Theme.DARK, Theme.LIGHT),
        ("dark", Theme.SYSTEM, Theme.DARK),
        ("system", Theme.LIGHT, Theme.SYSTEM),
        ("purple", Theme.LIGHT, Theme.LIGHT),
    ],
)
def test_the_option_overrides_the_setting(asked, configured, expected):
    assert palettes.resolve_theme(asked, configured) is expected


@pytest.mark.parametrize(
    ("theme", "make"), [(Theme.DARK, palettes.dark_palette), (Theme.LIGHT, palettes.light_palette)]
)
def test_applying_a_theme_sets_fusion_and_its_palette(restore_look, theme, make):
    assert palettes.apply_theme(restore_look, theme) is theme
    assert palettes.style_name(restore_look).lower() == "fusion"
    wanted = make()
    for group in (Group.Active, Group.Disabled):
        for role in ALL_ROLES:
            assert restore_look.palette().color(group, role) == wanted.color(group, role)


def test_system_leaves_the_platform_look(restore_look):
    style, palette = palettes.style_name(restore_look), QPalette(restore_look.palette())
    assert palettes.apply_theme(restore_look, Theme.SYSTEM) is Theme.SYSTEM
    assert palettes.style_name(restore_look) == style
    assert restore_look.palette() == palette


def test_the_command_line_passes_the_theme_on(monkeypatch):
    seen: list[GuiOptions] = []
    monkeypatch.setattr(app_module, "run_gui", lambda options: seen.append(options) or 0)
    assert cli.main(["--theme", "dark", "--demo"]) == 0
    assert seen[0].theme == "dark"
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["--theme", "purple"])


def test_system_follows_the_desktop_scheme_live(restore_look):
    """Theme "system": the desktop turns dark, so does the widget; light again, light again."""
    from PySide6.QtCore import Qt

    hints = restore_look.styleHints()
    palettes.apply_theme(restore_look, Theme.SYSTEM)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert restore_look.palette().color(Role.Base) == palettes.dark_palette().color(Role.Base)
    assert palettes.style_name(restore_look).lower() == "fusion"
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert restore_look.palette().color(Role.Base) == palettes.light_palette().color(Role.Base)


def test_a_chosen_theme_ignores_the_desktop_scheme(restore_look):
    from PySide6.QtCore import Qt

    palettes.apply_theme(restore_look, Theme.DARK)
    restore_look.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert restore_look.palette().color(Role.Base) == palettes.dark_palette().color(Role.Base)


def test_back_to_system_without_a_desktop_scheme_restores_the_platform_look(restore_look):
    from PySide6.QtCore import Qt

    palettes.apply_theme(restore_look, Theme.SYSTEM)  # remembers the platform's look
    platform = QPalette(restore_look.palette())
    palettes.apply_theme(restore_look, Theme.DARK)
    assert restore_look.palette() != platform
    palettes.on_color_scheme_changed(restore_look, Qt.ColorScheme.Unknown)  # chosen: dark
    assert restore_look.palette() != platform
    if restore_look.styleHints().colorScheme() == Qt.ColorScheme.Unknown:
        palettes.apply_theme(restore_look, Theme.SYSTEM)
        assert restore_look.palette() == platform


def test_an_open_timeline_repaints_dark_when_the_desktop_turns_dark(
    qtbot, restore_look, journey_for
):
    from PySide6.QtCore import Qt

    from journey_widget.ui.journey.timeline_view import TimelineView

    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.set_interactions(journey_for().interactions)
    view.show()
    qtbot.waitExposed(view)
    palettes.apply_theme(restore_look, Theme.SYSTEM)
    restore_look.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    dark = palettes.dark_palette().color(Role.Base)
    qtbot.waitUntil(lambda: view.viewport().grab().toImage().pixelColor(5, 5) == dark)


def test_a_check_box_outline_reads_on_the_dark_palette():
    """Fusion's own outline is a shade of the window colour: on dark it vanished (SPEC G3)."""
    from journey_widget.ui.common.outline_style import outline_color

    dark = palettes.dark_palette()
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast_ratio(outline_color(dark), dark.color(background)) >= 3.0


def test_an_unchecked_box_in_a_dark_menu_is_drawn(restore_look, qtbot):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from journey_widget.ui.common.outline_style import outline_color

    palettes.apply_theme(restore_look, Theme.DARK)
    menu = QMenu()
    qtbot.addWidget(menu)
    action = QAction("Start at login", menu)
    action.setCheckable(True)
    menu.addAction(action)
    image = menu.grab().toImage()
    wanted = outline_color(palettes.dark_palette())
    found = {
        image.pixelColor(x, y).name()
        for x in range(image.width() // 3)
        for y in range(image.height())
    }
    assert wanted.name() in found  # the empty box's frame is there
