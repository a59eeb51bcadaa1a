"""Calling a customer back from the history (SPEC H3): what to dial, and how to hand it over.

The number comes from stored history, which came from caller IDs and imports: untrusted
text (SPEC B4). Before anything leaves the widget it is parsed into one of two shapes, or
refused with a reason:

- a phone number, normalised to E.164 (``+49301234567``), handed over as ``tel:+49301234567``;
- a SIP address ``sip:user@host`` with a plain user part (letters, digits, ``. _ + -``) and a
  plain host, handed over as that URI.

Anything else (letters in a number, an extension such as ``4567``, spaces, quotes, ``;``,
``$(…)``, a leading ``-`` that a program would read as an option) is refused.

Two ways to hand it over, both without a shell:

- no command configured: the ``tel:`` / ``sip:`` URL, which the desktop passes to the
  registered softphone (the UI opens it with ``QDesktopServices``);
- a configured command (``calls.dial_command`` in the settings, e.g.
  ``baresip-dial --call {number}``): split into an argument list once with POSIX word rules,
  then each ``{number}`` / ``{uri}`` placeholder is replaced *inside its own argument*. The
  number never goes through the splitting, so it can never become a second argument or an
  option; without a placeholder it is appended as the last argument. The UI starts the list
  with ``QProcess.startDetached(program, arguments)``.

No Qt here: the rules are plain functions, tested without a window.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from enum import StrEnum

from journey_widget.model import DEFAULT_REGION, IdentifierKind, clean, parse_identifier

NUMBER_PLACEHOLDER = "{number}"
URI_PLACEHOLDER = "{uri}"
MAX_COMMAND_LENGTH = 1000

_SIP_USER = re.compile(r"^[a-z0-9][a-z0-9._+\-]{0,63}$")
_SIP_HOST = re.compile(r"^[a-z0-9]([a-z0-9\-]{0,62}\.)*[a-z0-9\-]{1,63}(:[0-9]{1,5})?$")
_E164 = re.compile(r"^\+[1-9][0-9]{5,14}$")


class DialKind(StrEnum):
    PHONE = "phone"
    SIP = "sip"


class DialProblem(StrEnum):
    """Why a call-back was refused; the UI words each in the user's language."""

    NO_NUMBER = "no_number"
    NOT_A_NUMBER = "not_a_number"
    NO_COMMAND = "no_command"
    BAD_COMMAND = "bad_command"


class DialRefused(ValueError):
    """The text is not something to dial, or the command cannot be built. ``str`` says why
    (in English, for logs); ``problem`` tells the UI which sentence to show."""

    def __init__(self, message: str, problem: DialProblem) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class DialTarget:
    """A validated number or SIP address."""

    kind: DialKind
    value: str  # "+49301234567" or "sip:user@host"

    @property
    def url(self) -> str:
        """What the desktop hands to the softphone: ``tel:+49…`` or ``sip:user@host``."""
        return f"tel:{self.value}" if self.kind is DialKind.PHONE else self.value

    @property
    def number(self) -> str:
        """What ``{number}`` becomes: the E.164 number, or the SIP address."""
        return self.value


def dial_target(text: str | None, region: str = DEFAULT_REGION) -> DialTarget:
    """The number or SIP address in ``text``, normalised; ``DialRefused`` if it is neither."""
    raw = clean(text or "")
    if not raw:
        raise DialRefused("There is no number to call.", DialProblem.NO_NUMBER)
    if raw.startswith("-"):
        raise _not_a_number(raw)
    identifier = parse_identifier(raw, region)
    if identifier is None:
        raise _not_a_number(raw)
    phone = identifier.kind is IdentifierKind.PHONE
    if phone and _E164.match(identifier.value) and _plain_phone(raw):
        return DialTarget(DialKind.PHONE, identifier.value)
    if identifier.kind is IdentifierKind.SIP:
        user, _, host = identifier.value.removeprefix("sip:").rpartition("@")
        # The user part as written (not lower-cased) must be plain too: no quotes, no ";".
        if _SIP_USER.match(user) and _SIP_HOST.match(host) and _plain_sip(raw):
            return DialTarget(DialKind.SIP, identifier.value)
    raise _not_a_number(raw)


def _not_a_number(raw: str) -> DialRefused:
    return DialRefused(f"{raw!r} is not a phone number or SIP address.", DialProblem.NOT_A_NUMBER)


def _bad_command(why: str) -> DialRefused:
    return DialRefused(f"The call-back command cannot be used: {why}.", DialProblem.BAD_COMMAND)


def _plain_phone(raw: str) -> bool:
    """Digits and the usual separators only, after an optional ``tel:``: no URI parameters."""
    text = raw[1:-1] if raw.startswith("<") and raw.endswith(">") else raw
    if text.lower().startswith(("sip:", "sips:")):
        return _plain_sip(raw)
    text = text[4:] if text.lower().startswith("tel:") else text
    return re.fullmatch(r"[+0-9 ().\-/]+", text) is not None


def _plain_sip(raw: str) -> bool:
    """Only ``sip:user@host`` (optionally in <>), nothing after it: no parameters, headers."""
    text = raw[1:-1] if raw.startswith("<") and raw.endswith(">") else raw
    body = text.split(":", 1)[1] if text.lower().startswith(("sip:", "sips:")) else text
    return re.fullmatch(r"[A-Za-z0-9._+\-]+@[A-Za-z0-9.\-]+(:[0-9]{1,5})?", body) is not None


def command_arguments(template: str, target: DialTarget) -> tuple[str, list[str]]:
    """``(program, arguments)`` for ``QProcess.startDetached``: never a shell command line.

    ``template`` is split once into words (POSIX rules, quotes group words); placeholders are
    replaced inside their word; with none, the number is the last argument.
    """
    template = template.strip()
    if not template:
        raise DialRefused("No call-back command is configured.", DialProblem.NO_COMMAND)
    if len(template) > MAX_COMMAND_LENGTH or any(c in template for c in "\x00\n\r"):
        raise _bad_command("it is not a single command line")
    try:
        words = shlex.split(template, comments=False, posix=True)
    except ValueError as error:  # an unclosed quote
        raise _bad_command(str(error)) from None
    if not words or not words[0]:
        raise DialRefused("No call-back command is configured.", DialProblem.NO_COMMAND)
    program, rest = words[0], words[1:]
    if NUMBER_PLACEHOLDER in program or URI_PLACEHOLDER in program:
        raise _bad_command("it must start with a program, not the number")
    placed = any(NUMBER_PLACEHOLDER in w or URI_PLACEHOLDER in w for w in rest)
    arguments = [
        w.replace(NUMBER_PLACEHOLDER, target.number).replace(URI_PLACEHOLDER, target.url)
        for w in rest
    ]
    if not placed:
        arguments.append(target.number)
    return program, arguments
