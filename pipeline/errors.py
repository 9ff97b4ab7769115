"""The one exception a stage raises for bad input: it names the file and the reason,
and its str() is the one-line message the CLI prints."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
