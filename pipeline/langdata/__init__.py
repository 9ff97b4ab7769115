"""Language knowledge, kept as data: one JSON file per language (`<code>.json` beside this
module) and the language-independent registries in `pipeline/data/`.

Adding a language means adding `<code>.json` with the same keys as `en.json`; no code
changes. Everything here is loaded once and cached.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

LANGDATA_DIR = Path(__file__).parent
DATA_DIR = LANGDATA_DIR.parent / "data"


@lru_cache(maxsize=None)
def supported_languages() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LANGDATA_DIR.glob("*.json")))


@lru_cache(maxsize=None)
def language(code: str) -> dict[str, Any]:
    """The data of one language. Raises KeyError for a language without a data file."""
    path = LANGDATA_DIR / f"{code}.json"
    if not path.exists():
        raise KeyError(code)
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def navigation_lines() -> tuple[str, ...]:
    """Navigation lines of every language: cleaning runs before language detection."""
    return tuple(line for code in supported_languages() for line in language(code).get("navigation_lines", []))


@lru_cache(maxsize=None)
def cluster_registry() -> dict[str, dict[str, Any]]:
    return json.loads((DATA_DIR / "clusters.json").read_text(encoding="utf-8"))["clusters"]


@lru_cache(maxsize=None)
def all_function_words() -> frozenset[str]:
    """Function words of every supported language, lower case and without accents."""
    import unicodedata

    def fold(w: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c)).casefold()

    return frozenset(fold(w) for code in supported_languages() for w in function_words(code))


@lru_cache(maxsize=None)
def function_words(code: str) -> frozenset[str]:
    """spaCy's stop words of a language, or an empty set. Read from the file itself:
    importing `spacy.lang.<code>` compiles its tokenizer exceptions, seconds of start-up
    that a one-document ingest cannot afford."""
    import importlib.util
    import runpy

    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "lang" / code / "stop_words.py"
    if not path.exists():
        return frozenset()
    return frozenset(w.lower() for w in runpy.run_path(str(path)).get("STOP_WORDS", ()))
