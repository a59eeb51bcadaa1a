"""The icons in Qt's resource system: ``:/journey-widget.svg`` and ``:/icons/<name>.svg``.

The SVG files live in the repository's ``resources/`` folder and are listed in
``resources/journey_widget.qrc``; the build (setup.py, pyside6-rcc) compiles that list into
``resources_rc.py`` next to this module, a build product that is not in git. Importing it
registers the files with Qt, so the wheel, the editable install and the frozen bundle read
them the same way, with no file paths. ``ensure_loaded`` imports it once. A checkout that was
never built says so in the log and shows grey discs and no window icon, not a traceback.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

APP_ICON = ":/journey-widget.svg"

_loaded: bool | None = None


def icon_path(name: str) -> str:
    """The resource path of a channel glyph, e.g. ``:/icons/sms.svg``."""
    return f":/icons/{name}.svg"


def ensure_loaded() -> bool:
    """Register the compiled resources with Qt (once); False when they were never compiled."""
    global _loaded
    if _loaded is None:
        try:
            from journey_widget.ui.common import resources_rc  # noqa: F401  (registers on import)
        except ImportError:
            log.error(
                "The compiled icons (journey_widget/ui/common/resources_rc.py) are missing: "
                "install the package (pip install -e .) or run scripts/compile-resources.sh"
            )
            _loaded = False
        else:
            _loaded = True
    return _loaded
