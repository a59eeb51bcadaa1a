"""Why a source could not answer, in the user's language: a title and one plain sentence.

A ``SourceError``'s own text is English (for the log and the CLI); the window shows the
translation of its ``FailureReason`` instead, so a German agent never reads an English detail
line. The same words serve the error panel, the offline banner and the settings dialog's
"Test connection". Strings live under the fixed context ``SourceErrors``, spelled out in
every call so that lupdate finds them (nothing here is a QObject).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from journey_widget.service.lookup import FailureReason


@dataclass(frozen=True, slots=True)
class FailureText:
    title: str
    sentence: str


def failure_text(reason: FailureReason) -> FailureText:
    """The translated title and sentence for ``reason``."""
    texts = {
        FailureReason.UNREACHABLE: (
            QCoreApplication.translate("SourceErrors", "The back end cannot be reached."),
            QCoreApplication.translate(
                "SourceErrors",
                "The server was not found or refused the connection. Check the network and "
                "the base URL in Settings.",
            ),
        ),
        FailureReason.TIMEOUT: (
            QCoreApplication.translate("SourceErrors", "The back end did not answer in time."),
            QCoreApplication.translate(
                "SourceErrors", "The server is slow or overloaded. Try again in a moment."
            ),
        ),
        FailureReason.UNAUTHORIZED: (
            QCoreApplication.translate(
                "SourceErrors", "The back end did not accept the credentials."
            ),
            QCoreApplication.translate(
                "SourceErrors",
                "The API key, token or client secret is wrong or has expired. Enter a valid "
                "one in Settings.",
            ),
        ),
        FailureReason.FORBIDDEN: (
            QCoreApplication.translate("SourceErrors", "You may not see this customer's history."),
            QCoreApplication.translate(
                "SourceErrors",
                "The back end refused access. Ask your administrator for permission.",
            ),
        ),
        FailureReason.RATE_LIMITED: (
            QCoreApplication.translate("SourceErrors", "The back end is busy."),
            QCoreApplication.translate(
                "SourceErrors", "Too many requests were sent. Try again in a minute."
            ),
        ),
        FailureReason.SERVER: (
            QCoreApplication.translate("SourceErrors", "The back end has a problem."),
            QCoreApplication.translate(
                "SourceErrors", "The server reported an internal error. Try again later."
            ),
        ),
        FailureReason.MALFORMED: (
            QCoreApplication.translate(
                "SourceErrors", "The back end sent data the widget cannot read."
            ),
            QCoreApplication.translate(
                "SourceErrors",
                "The answer was not valid JSON, had values of the wrong type or lacked "
                "required fields. Tell your administrator.",
            ),
        ),
        FailureReason.TOO_LARGE: (
            QCoreApplication.translate("SourceErrors", "The back end's answer is too large."),
            QCoreApplication.translate(
                "SourceErrors",
                "The answer exceeded the size limit and was not read. Choose a shorter period "
                "or tell your administrator.",
            ),
        ),
        FailureReason.STORE: (
            QCoreApplication.translate("SourceErrors", "The journey store cannot be read."),
            QCoreApplication.translate(
                "SourceErrors",
                "The local store is missing, damaged or not readable. Import the data again "
                "or start with --demo.",
            ),
        ),
        FailureReason.CONFIGURATION: (
            QCoreApplication.translate("SourceErrors", "The connection is not set up completely."),
            QCoreApplication.translate(
                "SourceErrors",
                "A setting is missing or unusable, for example the base URL. Open Settings "
                "to complete it.",
            ),
        ),
        FailureReason.CHANGED: (
            QCoreApplication.translate(
                "SourceErrors", "This customer changed at the back end while loading."
            ),
            QCoreApplication.translate(
                "SourceErrors",
                "The customer was merged with another or removed between two requests. Look "
                "them up again.",
            ),
        ),
        FailureReason.OTHER: (
            QCoreApplication.translate("SourceErrors", "The journey could not be loaded."),
            QCoreApplication.translate(
                "SourceErrors", "Something unexpected went wrong; the log has the details."
            ),
        ),
    }
    title, sentence = texts.get(reason, texts[FailureReason.OTHER])
    return FailureText(title, sentence)


def missing_secret_text(keyring_available: bool) -> FailureText:
    """No API key, token or client secret stored for the configured back end."""
    if keyring_available:
        sentence = QCoreApplication.translate(
            "SourceErrors",
            "No API key, token or client secret is stored for this back end. Enter it in Settings.",
        )
    else:
        sentence = QCoreApplication.translate(
            "SourceErrors",
            "No API key, token or client secret is configured. This computer has no keyring: "
            "set the environment variable JOURNEY_WIDGET_SECRET.",
        )
    return FailureText(
        QCoreApplication.translate("SourceErrors", "No secret is configured."), sentence
    )


def no_keyring_sentence() -> str:
    """For the settings dialog, where secrets are entered."""
    return QCoreApplication.translate(
        "SourceErrors",
        "This computer has no keyring, so secrets cannot be saved. Set the environment "
        "variable JOURNEY_WIDGET_SECRET before starting the widget, or test with the secret "
        "typed here.",
    )
