"""Which source ``journey-widget lookup --source ...`` asks: the local store or a back end.

A back end is built by the source factory as the window builds it (app/wiring.py), from
the settings' connection when they name the same back end, with ``--base-url`` / ``--auth``
overriding; the secret comes from the keyring, else ``JOURNEY_WIDGET_SECRET``. The CLI reads
the back end directly, without the offline cache (one question, one answer). A missing base
URL or secret is a ``CommandError``: one sentence, exit 2. No Qt.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from journey_widget.app.wiring import MissingSecret, build_remote
from journey_widget.cli.errors import CommandError
from journey_widget.model import DataSource
from journey_widget.secrets import SecretStore
from journey_widget.settings import AuthKind, SettingsFile, SourceSettings
from journey_widget.sources.base import JourneySource

BACK_END_NAMES = {
    DataSource.CAMPAIGN_MANAGER: "Campaign Manager",
    DataSource.DATA_CLOUD: "Data Cloud",
}


def lookup_source(args: argparse.Namespace) -> JourneySource:
    """The back end ``args.source`` names ("campaign_manager" or "data_cloud")."""
    kind = DataSource(args.source)
    settings = back_end_settings(kind, args)
    try:
        return build_remote(settings, SecretStore(), region=args.region)
    except MissingSecret as error:
        raise CommandError(
            f"{error} Store it with the settings dialog, or set it in the environment."
        ) from error


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
