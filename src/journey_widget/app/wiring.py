"""The one wiring: settings + secrets + who acts -> the JourneyService (SPEC A2, E1, G2, H2).

``build_service`` is the only place a ``JourneyService`` is built for real use: the window
(app/session.py), every command-line verb (cli/verbs.py) and the settings dialog's "Test
connection" (app/settings_flow.py) all call it, so all of them read through the same source,
the same offline cache and the same access guard. Who acts (``Access``) is a required
argument: the caller says it (``service.access.access_for``: strict on the command line,
least privilege in the window), and nothing defaults to an administrator.

The source:

- Local store: ``LocalSource`` on the store file; never cached (it is local already).
- Campaign Manager / Data Cloud: one ``HttpClient`` (one shared httpx client) with the auth
  the settings name and the secret from the keyring (or ``JOURNEY_WIDGET_SECRET``), wrapped in
  ``CachingSource`` when the offline cache is on. With the cache off, the cache folder is
  emptied here, so switching it off clears it.

A remote source whose auth needs a secret that nobody stored is refused up front with
``MissingSecret``: the window says "no secret configured" instead of sending a request that
can only fail. No Qt; the composition root, the settings dialog's "Test connection" and the
CLI's ``lookup --source`` all build their source here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from journey_widget.model import DEFAULT_REGION, DataSource
from journey_widget.secrets import SECRET_ENV_VAR, SecretStore, needs_secret
from journey_widget.service.access import Access, purge_offline_cache
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import SourceSettings
from journey_widget.sources.base import FailureReason, JourneySource, SourceError
from journey_widget.sources.cache import CachingSource
from journey_widget.sources.cache_folder import (
    clear_cache,
    journey_cache_folder,
    shared_journey_cache,
)

log = logging.getLogger(__name__)


class MissingSecret(SourceError):
    """The auth kind needs a secret and neither the keyring nor the environment has one."""

    def __init__(self, message: str) -> None:
        super().__init__(message, FailureReason.CONFIGURATION)


def build_service(
    source: SourceSettings,
    secrets: SecretStore,
    *,
    access: Access,
    store_path: Path,
    region: str = DEFAULT_REGION,
    offline_cache: bool = True,
    secret: str | None = None,
) -> JourneyService:
    """The service over the source ``source`` describes, guarded by ``access``.

    ``offline_cache`` False reads a back end directly (the command line: one question, one
    answer; the connection test), leaving the cache folder as it is. ``secret`` overrides the
    stored one (the connection test uses what was just typed). Raises SourceError
    (CONFIGURATION) for an unusable setting, MissingSecret when the secret is missing.
    Blocking (the keyring, opening the store): the window calls it on a worker thread.
    """
    built = build_source(
        source,
        secrets,
        store_path=store_path,
        region=region,
        secret=secret,
        offline_cache=offline_cache,
    )
    return JourneyService(built, access=access, region=region, purge_cache=purge_offline_cache)


def build_source(
    settings: SourceSettings,
    secrets: SecretStore,
    *,
    store_path: Path,
    region: str = DEFAULT_REGION,
    cache_folder: Path | None = None,
    secret: str | None = None,
    offline_cache: bool = True,
) -> JourneySource:
    """The bare source these settings describe (``build_service`` guards it)."""
    if settings.kind is DataSource.LOCAL:
        from journey_widget.sources.local.source import LocalSource

        return LocalSource(store_path, region=region)
    source = build_remote(settings, secrets, region=region, secret=secret)
    if not offline_cache:
        return source
    folder = cache_folder or journey_cache_folder()
    if not settings.cache_enabled:
        clear_cache(folder)
        return source
    return CachingSource(source, shared_journey_cache(folder))


def build_remote(
    settings: SourceSettings,
    secrets: SecretStore,
    *,
    region: str = DEFAULT_REGION,
    secret: str | None = None,
) -> JourneySource:
    """Campaign Manager or Data Cloud over HTTP, without the cache."""
    from journey_widget.sources.remote.auth import AuthConfig
    from journey_widget.sources.remote.http_client import HttpClient

    if secret is None and needs_secret(settings.auth):
        found = secrets.get(settings.kind, settings.auth)
        if found is None:
            where = "the keyring" if secrets.available() else SECRET_ENV_VAR
            raise MissingSecret(f"No secret is configured for this back end (looked in {where}).")
        secret = found.value
    auth = AuthConfig(
        settings.auth,
        secret or None,
        api_key_header=settings.api_key_header,
        token_url=settings.oauth_token_url,
        client_id=settings.oauth_client_id,
    )
    problem = auth.problem()
    if problem:
        raise SourceError(problem, FailureReason.CONFIGURATION)
    client = HttpClient(settings.base_url, auth, timeout=settings.timeout_seconds)
    if settings.kind is DataSource.CAMPAIGN_MANAGER:
        from journey_widget.sources.remote.campaign_manager import CampaignManagerSource

        return CampaignManagerSource(client, region=region)
    from journey_widget.sources.remote.data_cloud import DataCloudSource

    return DataCloudSource(client, region=region)
