"""The bundle's entry point: ``journey-widget`` as one frozen executable (PyInstaller).

One invocation a Python install understands needs translating for the frozen program:
``journey-widget call`` starts a widget, when none runs, as ``sys.executable -m
journey_widget.cli --pop JSON`` (call_commands.start_widget_with_call). Frozen,
``sys.executable`` is this program, which has no ``-m``: the prefix is dropped.

(A ``journey-widget://call?...`` link as the only argument, the desktop's ``Exec=... %u``, is
``journey-widget call URL``: ``cli.main`` reads it so, frozen or not.)
"""

from __future__ import annotations

import sys

from journey_widget.cli.main import main

MODULE_PREFIX = ["-m", "journey_widget.cli"]


def frozen_argv(argv: list[str]) -> list[str]:
    """The CLI's arguments for what the bundle was started with."""
    if argv[: len(MODULE_PREFIX)] == MODULE_PREFIX:
        argv = argv[len(MODULE_PREFIX) :]
    return argv


if __name__ == "__main__":
    sys.exit(main(frozen_argv(sys.argv[1:])))
