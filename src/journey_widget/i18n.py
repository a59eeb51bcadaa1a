"""Choosing the user-interface language and installing its translations (SPEC G1).

Our own catalogue ``journey_widget_<lang>.qm`` is read from the package's ``translations``
folder through importlib.resources, so it also works from a wheel or a frozen bundle; Qt's
own ``qtbase_<lang>.qm`` (standard buttons, context menus) comes from Qt's translations
folder. Qt ships none for Indonesian, so the package carries its own ``qtbase_id.qm``
(``translations/qtbase_id.ts``: Qt's contexts and source texts, not made by lupdate), read
where Qt's folder has no catalogue for the language. A missing catalogue is not an error:
the text simply stays English.

English is the source language, yet it has a catalogue too: ``journey_widget_en.qm`` holds
only the messages with a count (``tr("%n interactions", "", n)``), so that a count of one
reads "1 interaction". Without it the source text is used as it stands for every count.

``switch_language`` changes the language of a running application: it removes the
translators it installed before, installs the new ones and sets the default QLocale, so
dates and numbers follow. Qt then sends every widget a ``LanguageChange`` event, on which our
widgets run their ``retranslate_ui()``: the open window speaks the new language at once.
"""

from __future__ import annotations

import logging
from importlib import resources

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "de", "id")
FALLBACK_LANGUAGE = "en"
CATALOGUE_PACKAGE = "journey_widget"
CATALOGUE_FOLDER = "translations"

# QTranslator.load(bytes) reads from the caller's buffer for as long as the translator lives;
# the installed translators live as long as the application, and so do these buffers.
_catalogue_buffers: list[bytes] = []
# The translators ``install_translators`` put in, so a language switch can take them out.
_installed: list[QTranslator] = []


def system_language() -> str:
    """The first supported language of the user's preferred UI languages, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
    return FALLBACK_LANGUAGE


def resolve_language(lang: str | None) -> str:
    """``lang`` if supported (case and region ignored: "de_AT" is "de"), else the system's."""
    if lang:
        code = lang.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
        log.warning("Language %r is not supported; using the system language", lang)
    return system_language()


def install_translators(app: QCoreApplication, lang: str | None) -> str:
    """Install our and Qt's translators for ``lang`` (None: the system's); return the code used.

    When the chosen language differs from the system locale's, dates and numbers follow the
    chosen language too, so a German interface does not show English month names. The
    translators are parented to ``app`` and live as long as it does.
    """
    code = resolve_language(lang)
    system = QLocale.system()
    # The system's own locale where it speaks this language (its region's formats), else
    # the language's: a German interface never shows English month names.
    QLocale.setDefault(system if system.name().split("_")[0] == code else QLocale(code))
    ours = _load_catalogue(app, f"journey_widget_{code}.qm")
    if code == FALLBACK_LANGUAGE:
        # The source texts are English; the catalogue only adds the singular forms.
        if ours is not None:
            _install(app, ours)
        return code
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(code), "qtbase", "_", qt_folder):
        _install(app, qt_own)
    else:
        qt_own.deleteLater()
        shipped = _load_catalogue(app, f"qtbase_{code}.qm")
        if shipped is not None:
            _install(app, shipped)
        else:
            log.debug("No Qt translation for %s in %s nor in the package", code, qt_folder)
    if ours is not None:
        _install(app, ours)
    return code


def switch_language(app: QCoreApplication, lang: str | None) -> str:
    """Speak ``lang`` from now on ("" or None: the system's), in the open windows too.

    The settings dialog and the window's Language menu both come here. Returns the code
    used. Widgets hear of it through ``QEvent.Type.LanguageChange``.
    """
    for translator in _installed:
        if shiboken6.isValid(translator):  # someone else may have removed and freed it
            app.removeTranslator(translator)
            translator.deleteLater()
    _installed.clear()
    code = install_translators(app, lang)
    if not _installed:
        # Nothing was installed (English without its plural catalogue): no event went out,
        # yet the translators removed and the locale set above still need the widgets' ear.
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    # Qt posts the event to each window; deliver it now, so the caller sees the new texts.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    log.info("Language switched to %s", code)
    return code


def current_language() -> str:
    """The language of the default locale, as one of ``SUPPORTED_LANGUAGES`` (else English)."""
    code = QLocale().name().split("_")[0].lower()
    return code if code in SUPPORTED_LANGUAGES else FALLBACK_LANGUAGE


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    if app.installTranslator(translator):
        _installed.append(translator)


def _load_catalogue(app: QCoreApplication, name: str) -> QTranslator | None:
    """The package's catalogue ``name`` ("journey_widget_de.qm"), or None if absent or bad."""
    try:
        catalogue = resources.files(CATALOGUE_PACKAGE) / CATALOGUE_FOLDER / name
        if not catalogue.is_file():
            log.info("No translation %s yet; the interface stays English", name)
            return None
        data = catalogue.read_bytes()
    except (OSError, ModuleNotFoundError):
        log.warning("Could not read the translation %s", name, exc_info=True)
        return None
    translator = QTranslator(app)
    if not translator.load(data):
        log.warning("The translation %s is damaged; the interface stays English", name)
        translator.deleteLater()
        return None
    _catalogue_buffers.append(data)
    return translator
