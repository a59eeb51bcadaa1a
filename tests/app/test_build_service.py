"""app/wiring.build_service: the one place the service is built, with who acts said."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest

from journey_widget.app.wiring import build_service
from journey_widget.model.permissions import Role, UserContext
from journey_widget.secrets import SecretStore
from journey_widget.service.access import Access, access_for
from journey_widget.service.lookup import JourneyService
from journey_widget.settings import AccessSettings, Settings, SourceSettings
from journey_widget.sources.local.source import LocalSource


def test_there_is_no_default_user_anywhere(tmp_path: Path):
    with pytest.raises(TypeError):
        JourneyService(LocalSource(tmp_path / "s.sqlite"))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Access()  # type: ignore[call-arg]
    assert inspect.signature(build_service).parameters["access"].default is inspect.Parameter.empty


def test_the_service_reads_as_the_user_it_was_given(tmp_path: Path):
    agent = Access(UserContext.for_role("anna", Role.AGENT), obfuscate_identifiers=True)
    service = build_service(
        SourceSettings(), SecretStore(), access=agent, store_path=tmp_path / "s.sqlite"
    )
    try:
        assert service.access is agent
    finally:
        asyncio.run(service.aclose())


def test_the_command_line_refuses_an_unusable_role_the_window_acts_as_an_agent():
    settings = Settings(access=AccessSettings(role="boss"))
    with pytest.raises(ValueError, match="boss"):
        access_for(settings, strict=True)
    assert access_for(settings).user.role is Role.AGENT
