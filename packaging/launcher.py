"""The bundle's entry point: ``journey-widget`` as one frozen executable (PyInstaller).

The frozen program is its own interpreter, so ``sys.executable`` is this executable. When no
widget runs, ``journey-widget call`` starts one as ``sys.executable -m journey_widget.cli
--pop JSON`` (call_commands.start_widget_with_call), which is right for a Python install; a
frozen executable has no ``-m``, so the launcher drops that prefix and runs the same CLI.
"""

from __future__ import annotations

import sys

from journey_widget.cli import main

MODULE_PREFIX = ["-m", "journey_widget.cli"]


def frozen_argv(argv: list[str]) -> list[str]:
    """The CLI's arguments, without a leading ``-m journey_widget.cli``."""
    return argv[len(MODULE_PREFIX) :] if argv[: len(MODULE_PREFIX)] == MODULE_PREFIX else argv


if __name__ == "__main__":
    sys.exit(main(frozen_argv(sys.argv[1:])))
