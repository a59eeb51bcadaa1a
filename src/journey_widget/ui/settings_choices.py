"""The closed choices of the settings dialog, as translated labels (fixed context, literals).

Kept apart from the dialog so the dialog module stays about layout and behaviour. Built on each
call, so they follow the language installed at the time.
"""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QCoreApplication, QLocale, QUrl

from ..model import DataSource
from ..settings import AuthKind, Theme


def source_labels() -> dict[DataSource, str]:
    return {
        DataSource.LOCAL: QCoreApplication.translate("SettingsChoices", "Local store"),
        DataSource.CAMPAIGN_MANAGER: QCoreApplication.translate(
            "SettingsChoices", "Campaign Manager"
        ),
        DataSource.DATA_CLOUD: QCoreApplication.translate("SettingsChoices", "Data Cloud"),
    }


def auth_labels() -> dict[AuthKind, str]:
    return {
        AuthKind.NONE: QCoreApplication.translate("SettingsChoices", "None"),
        AuthKind.API_KEY: QCoreApplication.translate("SettingsChoices", "API key"),
        AuthKind.BEARER: QCoreApplication.translate("SettingsChoices", "Bearer token"),
        AuthKind.OAUTH2: QCoreApplication.translate("SettingsChoices", "OAuth2 client credentials"),
    }


def secret_labels() -> dict[AuthKind, str]:
    """What the secret field holds for each auth kind."""
    return {
        AuthKind.API_KEY: QCoreApplication.translate("SettingsChoices", "API key"),
        AuthKind.BEARER: QCoreApplication.translate("SettingsChoices", "Token"),
        AuthKind.OAUTH2: QCoreApplication.translate("SettingsChoices", "Client secret"),
    }


def theme_labels() -> dict[Theme, str]:
    return {
        Theme.SYSTEM: QCoreApplication.translate("SettingsChoices", "System"),
        Theme.LIGHT: QCoreApplication.translate("SettingsChoices", "Light"),
        Theme.DARK: QCoreApplication.translate("SettingsChoices", "Dark"),
    }


def language_labels() -> dict[str, str]:
    """ "" follows the system; the languages name themselves, as language menus do."""
    return {
        "": QCoreApplication.translate("SettingsChoices", "System"),
        "en": "English",
        "de": "Deutsch",
        "id": "Bahasa Indonesia",
    }


def region_labels() -> list[tuple[str, str]]:
    """Every region phonenumbers knows, as ("DE", "Germany (DE)"), sorted by name.

    Qt names territories in English only; the ISO code beside the name reads the same in
    every language.
    """
    rows = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        territory = QLocale.codeToTerritory(code)
        name = (
            QLocale.territoryToString(territory)
            if territory != QLocale.Country.AnyTerritory
            else code
        )
        rows.append((code, f"{name} ({code})"))
    return sorted(rows, key=lambda row: row[1].casefold())


def base_url_problem(text: str) -> str | None:
    """Why ``text`` is no usable base URL (translated), or None when it is one."""
    text = text.strip()
    if not text:
        return QCoreApplication.translate("SettingsChoices", "Enter the back end's base URL.")
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    if not url.isValid() or url.scheme() not in ("http", "https") or not url.host():
        return QCoreApplication.translate(
            "SettingsChoices",
            "The base URL must start with https:// or http:// and name a server, "
            "like https://crm.example.com/api.",
        )
    if url.userName() or url.password():
        return QCoreApplication.translate(
            "SettingsChoices",
            "The base URL must not contain a user name or password; use the authentication fields.",
        )
    return None
