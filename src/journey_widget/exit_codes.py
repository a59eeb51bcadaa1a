"""The process's exit codes, one contract for the command line and the window (docs/cli-json.md).

0: done. 1: a lookup found nobody, an import rejected lines, there was nothing to act on.
2: the command could not do its work at all (one sentence on stderr says why).
A leaf module: the window's process (app/) and the verbs (cli/) both return these, and
neither has to import the other for three numbers.
"""

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_ERROR = 2
