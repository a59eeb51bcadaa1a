"""What a verb says when it cannot do its work: ``CommandError`` and the exit codes.

A leaf of the command line: every verb raises ``CommandError`` with one sentence for the user;
``cli.main`` prints it on stderr and exits with ``EXIT_ERROR``. No Qt, nothing of ours but the
exit codes.
"""

from journey_widget.exit_codes import EXIT_ERROR, EXIT_NOT_FOUND, EXIT_OK

PERIOD_CHOICES = {"3m": 3, "6m": 6, "9m": 9, "12m": 12, "all": None}

__all__ = ["EXIT_ERROR", "EXIT_NOT_FOUND", "EXIT_OK", "PERIOD_CHOICES", "CommandError"]


class CommandError(Exception):
    """A command cannot do its work; the message is one sentence for the user."""
