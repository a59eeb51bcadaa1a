"""The timeline's view mode (SPEC C6) is a personal preference: read from and written to the
settings file, so the report opens the way the supervisor left it."""

from __future__ import annotations

import logging
from dataclasses import replace

from journey_widget.model.conversation_layout import DEFAULT_VIEW_MODE, ViewMode
from journey_widget.settings import SettingsFile, warn_if_failed

log = logging.getLogger(__name__)


def remembered_mode(settings_file: SettingsFile | None) -> ViewMode:
    """The mode last chosen, or multi row; an unknown value in the file is ignored."""
    if settings_file is not None:
        value = getattr(settings_file.current().display, "report_view_mode", "")
        if value in {mode.value for mode in ViewMode}:
            return ViewMode(value)
    return DEFAULT_VIEW_MODE


def remember_mode(settings_file: SettingsFile | None, mode: ViewMode | str) -> None:
    """Save the chosen mode on the settings writer thread; a failure is logged, not raised."""
    if settings_file is None:
        return
    settings = settings_file.current()
    display = replace(settings.display, report_view_mode=ViewMode(mode).value)
    saving = settings_file.save_later(replace(settings, display=display))
    warn_if_failed(saving, log, "Could not remember the timeline view mode: %s")
