"""What Campaign Manager's and Data Cloud's adapters share: the HTTP client and region they
are built with, "Test connection" (``GET v1/status`` names the service), who the user is
(``GET v1/me``) and closing. Each adapter says its back end's name and service id and maps
its own lookups; no Qt.
"""

from __future__ import annotations

from journey_widget.model import DEFAULT_REGION
from journey_widget.model.permissions import UserContext
from journey_widget.sources.base import FailureReason, SourceError
from journey_widget.sources.deadline import within_one_deadline
from journey_widget.sources.remote.decode import get_object
from journey_widget.sources.remote.http_client import HttpClient
from journey_widget.sources.remote.user import fetch_user_context


class RemoteSource:
    """The common part of a back end's ``JourneySource``; subclasses set the two names."""

    BACKEND: str  # how sentences name the back end: "Data Cloud"
    SERVICE_NAME: str  # what its v1/status calls itself: "data-cloud"

    def __init__(self, client: HttpClient, *, region: str = DEFAULT_REGION) -> None:
        self._client = client
        self._region = region

    @within_one_deadline
    async def check(self) -> None:
        """ "Test connection": returns when the URL, the credentials and the service fit."""
        backend = self.BACKEND
        status = await get_object(self._client, "v1/status", None, backend, "status")
        if status is None:
            raise SourceError(
                f"{self._client.host} has no {backend} API at the configured base URL.",
                FailureReason.CONFIGURATION,
            )
        service = status.text("service")
        if service != self.SERVICE_NAME:
            raise SourceError(
                f"The server at {self._client.host} is not {backend} "
                f"(it calls itself “{service[:40]}”).",
                FailureReason.CONFIGURATION,
            )

    async def user_context(self) -> UserContext | None:
        """Who the signed-in user is (``GET v1/me``); None when the back end does not say.

        The service asks once per connection; the answer wins over the settings
        (docs/security.md). A bad answer is SourceError(MALFORMED).
        """
        return await fetch_user_context(self._client, self.BACKEND)

    async def aclose(self) -> None:
        await self._client.aclose()
