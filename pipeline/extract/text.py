"""Small text helpers shared by the extractors: normalisation, accent-tolerant patterns,
natural-case names, lines and sentences with their offsets."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACES = re.compile(r"\s+")


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def normalise(s: str) -> str:
    """FORMAT.md's comparison form: NFKD, accents removed, casefolded, punctuation and
    hyphens to spaces, spaces collapsed."""
    s = strip_accents(s).casefold()
    s = _PUNCT.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


_ACCENTS = {
    "a": "aàâäáãå", "e": "eéèêë", "i": "iîïíì", "o": "oôöóòõ", "u": "uûüúù", "c": "cç", "y": "yÿ", "n": "nñ",
}


@lru_cache(maxsize=4096)
def tolerant_pattern(phrase: str) -> str:
    """Regex source matching `phrase` whatever its accents, and with any run of spaces or
    hyphens where the phrase has one ("Cancer-Bio-Santé" ~ "Cancer Bio Sante")."""
    out = []
    for ch in strip_accents(phrase):
        low = ch.lower()
        if ch in " -":
            out.append(r"[\s\-‐–]+")
        elif low in _ACCENTS:
            cls = _ACCENTS[low] + _ACCENTS[low].upper()
            out.append(f"[{cls}]")
        elif ch in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def phrase_alternation(phrases, tolerant: bool = True) -> str:
    """One alternation, longest phrases first so the longest wording wins. Cached: the
    extractors ask for the same language data's alternations for every number and name."""
    return _alternation(tuple(phrases), tolerant)


@lru_cache(maxsize=4096)
def _alternation(phrases: tuple[str, ...], tolerant: bool) -> str:
    items = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(tolerant_pattern(p) if tolerant else re.escape(p) for p in items) or r"(?!)"


_NAME_PARTICLES = {"de", "da", "di", "du", "des", "del", "della", "van", "der", "den", "von", "zu", "le", "la", "ter", "ten"}


def natural_case(name: str) -> str:
    """'Marco PINTORE' -> 'Marco Pintore'; mixed-case words are left as written."""
    def fix(word: str) -> str:
        if word.isupper() and len(word) > 1:
            return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))
        return word
    return " ".join(fix(w) for w in name.split())


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»’)]*\s+(?=[\"“«‘(]*[A-ZÀ-Ý0-9])|\n\s*\n|\n(?=\s*[•\-*·]\s)")


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around `pos`, cheaply: ends at . ! ? before a capital, or a blank line."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, pos - 600), pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    end = m.start() if m else len(text)
    if start == 0 and pos > 600:
        start = text.rfind("\n", 0, pos) + 1
    return start, end
