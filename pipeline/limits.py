"""Limits on the work one document may cost, with safe defaults a user can change
(`--max-seconds`, `--max-memory-mb`, ... on `batch` and `ingest`, or a JSON file given
with `--limits FILE` holding the same names with underscores).

A document over a limit fails alone with one line naming the limit; the batch goes on.
Why each one exists (all measured on hostile files of a few kB to a few MB):

- max_bytes: a file is never read past this plus one byte, whatever `stat` says.
- max_seconds: wall time per document, enforced by killing the worker process that
  runs it (a regular expression or spaCy's tokenizer cannot be interrupted otherwise).
- max_memory_mb: address space a worker may add while processing (RLIMIT_AS above what
  the worker had when it started); a document over it fails with MemoryError.
- max_pages: PDF pages; pages are read one at a time and the page count is checked first.
- max_chars: characters after cleaning (the extractors and NER scale with it).
- max_symbol_run: the longest run of non-word, non-space characters ("+++...") allowed
  before tokenising: spaCy's tokenizer is quadratic in such a run.
- max_pdf_stream_mb / max_page_objects: a PDF stream inflated past this size, or a page
  drawing more characters and shapes than this, fails the document (a 21 kB PDF can
  inflate to gigabytes or hold millions of text operations).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from .errors import UsageError


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * 1024 * 1024
    max_seconds: float = 60.0
    max_memory_mb: int = 1024
    max_pages: int = 200
    max_chars: int = 200_000  # about 30,000 words, 60 pages; spaCy's NER reads 200,000 at most
    max_symbol_run: int = 1000
    max_pdf_stream_mb: int = 16
    max_page_objects: int = 50_000

    def as_dict(self) -> dict:
        return asdict(self)


DEFAULT = Limits()

# The option that sets each limit, as the error message names it.
OPTION = {f.name: f.name.replace("_", "-") for f in fields(Limits)}


def load_limits(path: Path | None, **overrides) -> Limits:
    """Defaults, then the JSON file (when given), then the options given on the command
    line (None means not given). A bad file or value is a UsageError."""
    limits = DEFAULT
    if path is not None:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"{path}: cannot read limits file ({exc.strerror or exc})") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UsageError(f"{path}: not a JSON file ({exc})") from None
        if not isinstance(data, dict):
            raise UsageError(f"{path}: expected a JSON object of limits, got {type(data).__name__}")
        unknown = sorted(set(data) - set(OPTION))
        if unknown:
            raise UsageError(f"{path}: unknown limit(s) {', '.join(unknown)}; known: {', '.join(OPTION)}")
        limits = _with(limits, data, str(path))
    return _with(limits, {k: v for k, v in overrides.items() if v is not None}, "option")


def _with(limits: Limits, values: dict, where: str) -> Limits:
    checked = {}
    for name, value in values.items():
        kind = type(getattr(DEFAULT, name))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise UsageError(f"{where}: --{OPTION[name]} must be a positive number, got {value!r}")
        checked[name] = kind(value)
    return replace(limits, **checked)
