"""The exceptions a stage raises for something a user can cause. Each names the file (or
option) and the reason, and its str() is the one-line message the CLI prints.

- InputError: a bad document (empty, binary, not text, corrupt PDF...).
- LimitExceeded: a document over one of the limits of `pipeline.limits` (it names the limit).
- UsageError: a bad command line or configuration (a missing folder, a malformed
  translations.json, an unknown metric name); the command stops with exit code 2.
"""

from __future__ import annotations

from pathlib import Path

# Exit codes a script can rely on (documented in the README).
EXIT_OK = 0
EXIT_DOCUMENTS = 1  # some documents failed (bad input or over a limit), or eval below its bar
EXIT_USAGE = 2  # bad command line, missing folder, malformed configuration file
EXIT_INTERNAL = 3  # a bug: an unexpected error (the batch still went on with the other documents)


class InputError(Exception):
    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class LimitExceeded(InputError):
    """A document over a limit; `limit` is the name of the option that sets it."""

    def __init__(self, path: str | Path, reason: str, limit: str):
        self.limit = limit
        super().__init__(path, f"{reason} (limit --{limit})")


class UsageError(Exception):
    """One line naming the file or option and the reason; exit code 2."""
