"""The bundle's entry point: ``journey-widget`` as one frozen executable (PyInstaller).

Two invocations a Python install understands need translating for the frozen program:

- ``journey-widget call`` starts a widget, when none runs, as ``sys.executable -m
  journey_widget.cli --pop JSON`` (call_commands.start_widget_with_call). Frozen,
  ``sys.executable`` is this program, which has no ``-m``: the prefix is dropped.
- The desktop opens a ``journey-widget://call?...`` link with the launcher's ``Exec=... %u``,
  i.e. the URL as the only argument: that is ``journey-widget call URL``.
"""

from __future__ import annotations

import sys

from journey_widget.calls.url_scheme import is_call_url
from journey_widget.cli import main

MODULE_PREFIX = ["-m", "journey_widget.cli"]


def frozen_argv(argv: list[str]) -> list[str]:
    """The CLI's arguments for what the bundle was started with."""
    if argv[: len(MODULE_PREFIX)] == MODULE_PREFIX:
        argv = argv[len(MODULE_PREFIX) :]
    if len(argv) == 1 and is_call_url(argv[0]):
        return ["call", argv[0]]
    return argv


if __name__ == "__main__":
    sys.exit(main(frozen_argv(sys.argv[1:])))
