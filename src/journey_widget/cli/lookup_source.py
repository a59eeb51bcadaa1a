"""The back end ``journey-widget lookup --source ...`` asks, as connection settings.

From the settings' connection when they name the same back end, with ``--base-url`` /
``--auth`` overriding. The verbs build the service from these with the one wiring
(app/wiring.py), as the window does; the secret comes from the keyring, else
``JOURNEY_WIDGET_SECRET``. A missing or unusable base URL is a ``CommandError``: one
sentence, exit 2. No Qt.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from journey_widget.cli.errors import CommandError
from journey_widget.model import DataSource
from journey_widget.settings import AuthKind, SettingsFile, SourceSettings

BACK_END_NAMES = {
    DataSource.CAMPAIGN_MANAGER: "Campaign Manager",
    DataSource.DATA_CLOUD: "Data Cloud",
}


def back_end_settings(kind: DataSource, args: argparse.Namespace) -> SourceSettings:
    """The settings' connection for ``kind`` (only when they name that back end), with the
    command line's base URL and auth kind over it."""
    saved = SettingsFile().load().source
    settings = saved if saved.kind is kind else SourceSettings(kind=kind)
    if getattr(args, "base_url", None):
        settings = replace(settings, base_url=args.base_url.strip())
    if getattr(args, "auth", None):
        settings = replace(settings, auth=AuthKind(args.auth))
    if not settings.base_url:
        raise CommandError(
            f"No base URL is set for {BACK_END_NAMES[kind]}; set it in the settings dialog "
            "or pass --base-url URL."
        )
    if not settings.base_url.startswith(("http://", "https://")):
        raise CommandError(f"The base URL {settings.base_url} must start with http:// or https://.")
    return settings
