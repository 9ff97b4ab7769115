"""A disk cache for CPython's compiled form of very large regular expressions.

spaCy's French tokenizer compiles one 1.4 MB pattern when `spacy.lang.fr` is imported:
over 3 seconds here, longer than a whole one-document `ingest` may take. The compiled
form of a pattern is the opcode list that `_sre.compile` takes; it depends only on the
pattern, the flags and the Python version, so it is saved the first time and loaded in
milliseconds afterwards. Anything unexpected (another Python, an unreadable cache file)
falls back to the ordinary `re.compile`.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
from array import array
from contextlib import contextmanager
from pathlib import Path

MIN_PATTERN_LENGTH = 100_000  # only patterns this large are worth a file


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cluster-extract" / "regex"


def _compile_with_cache(pattern: str, flags: int, folder: Path):
    import _sre
    from re import _compiler, _parser

    key = hashlib.sha256(f"{sys.version}\0{flags}\0{pattern}".encode()).hexdigest()
    path = folder / f"{key}.pickle"
    try:
        out_flags, code, groups, groupindex, indexgroup = pickle.loads(path.read_bytes())
        return _sre.compile(pattern, out_flags, array("I", code).tolist(), groups, groupindex, indexgroup)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        pass
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    indexgroup = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    entry = (flags | parsed.state.flags, array("I", code).tobytes(), parsed.state.groups - 1,
             dict(parsed.state.groupdict), tuple(indexgroup))
    compiled = _sre.compile(pattern, entry[0], list(code), entry[2], entry[3], entry[4])
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps(entry))
        os.replace(tmp, path)
    except OSError:
        pass
    return compiled


@contextmanager
def cached_large_patterns(folder: Path | None = None):
    """While active, `re.compile` of a very large pattern goes through the cache."""
    original = re.compile
    where = folder or cache_folder()

    def compile(pattern, flags=0):
        if isinstance(pattern, str) and len(pattern) >= MIN_PATTERN_LENGTH and sys.implementation.name == "cpython":
            try:
                return _compile_with_cache(pattern, int(flags), where)
            except Exception:  # any internal change in CPython: compile as usual
                pass
        return original(pattern, flags)

    re.compile = compile
    try:
        yield
    finally:
        re.compile = original
