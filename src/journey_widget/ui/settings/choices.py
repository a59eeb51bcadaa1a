"""The closed choices of the settings dialog, as translated labels (fixed context, literals).

Kept apart from the dialog so the dialog module stays about layout and behaviour. Built on each
call, so they follow the language installed at the time.
"""

from __future__ import annotations

from functools import cmp_to_key

import phonenumbers
from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt, QUrl

from journey_widget.model import DataSource
from journey_widget.settings import AuthKind, Theme


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
    """Every region phonenumbers knows, as ("DE", "Deutschland (DE)"), in the UI's language.

    Qt names territories in English only, so a German or Indonesian dialog listed "Germany";
    phonenumbers carries the names in both languages (English where it has none). Sorted as
    the language sorts ("Österreich" beside "Oman", not after "Zypern"). The ISO code beside
    the name reads the same in every language.
    """
    locale = QLocale()
    language = locale.name().split("_")[0]
    rows = [
        (code, f"{territory_name(code, language)} ({code})")
        for code in phonenumbers.SUPPORTED_REGIONS
    ]
    collator = QCollator(locale)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(rows, key=cmp_to_key(lambda a, b: collator.compare(a[1], b[1])))


def territory_name(code: str, language: str) -> str:
    """The region's name in ``language`` ("de", "id", "en"), else Qt's English name, else code."""
    # Imported here: phonenumbers' geodata takes a quarter of a second to load, which the
    # window's start should not pay; the settings dialog pays it once, when it lists regions.
    from phonenumbers import geocoder

    name = ""
    display = getattr(geocoder, "_region_display_name", None)  # its one lookup, kept optional
    if display is not None:
        try:
            name = display(code, language) or ""
        except (KeyError, TypeError, ValueError):
            name = ""
    if name:
        return name
    territory = QLocale.codeToTerritory(code)
    if territory != QLocale.Country.AnyTerritory:
        return QLocale.territoryToString(territory)
    return code


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
