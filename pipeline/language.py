"""Stage 3, detect language: the document's language and each paragraph's.

A cheap vote comes first: function words that belong to exactly one supported
language's stop list (spaCy's lists, e.g. "the", "les", "het"). When the vote is clear
the label is taken from it; otherwise langdetect decides. langdetect is slow (tens of
milliseconds a paragraph) and random unless seeded; the seed is fixed here so every run
gives the same labels. Short paragraphs (headings, contact lines) carry too little text
to detect reliably and take the document's language.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0

MIN_PARAGRAPH_WORDS = 6  # below this a paragraph inherits the document's language
MIN_PARAGRAPH_CONFIDENCE = 0.80
MIN_DETECT_WORDS = 10  # without a clear function-word vote, langdetect needs this many words
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"[^\W\d_]{2,}")
_ADDRESS = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+")  # e-mail and web addresses carry no language


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    language: str


DOCUMENT_SAMPLE_WORDS = 400  # langdetect is as sure on 400 words as on 4,000
VOTE_MIN_HITS = 3
VOTE_MARGIN = 3.0  # the winner needs this many times the runner-up's hits
# An unsupported language wins over the supported ones only with this much evidence.
STRONG_EVIDENCE_WORDS = 30
STRONG_EVIDENCE_PROBABILITY = 0.95


@lru_cache(maxsize=None)
def _exclusive_function_words() -> dict[str, str]:
    """word -> language, for stop words found in one supported language only."""
    from .langdata import function_words, supported_languages

    owners: dict[str, set[str]] = {}
    for code in supported_languages():
        for w in function_words(code):
            owners.setdefault(w.lower(), set()).add(code)
    return {w: next(iter(codes)) for w, codes in owners.items() if len(codes) == 1 and len(w) > 1}


def vote(words: list[str], min_hits: int = VOTE_MIN_HITS) -> str | None:
    """The supported language whose own function words clearly dominate, else None."""
    owners = _exclusive_function_words()
    counts = Counter(owners[w] for w in (w.lower() for w in words) if w in owners)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < min_hits:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= VOTE_MARGIN * max(runner_up, 1) else None


def _detect(text: str) -> tuple[str, float]:
    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return "und", 0.0
    return best.lang, best.prob


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        if text[start:brk.start()].strip():
            spans.append((start, brk.start()))
        start = brk.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    # Trim surrounding white space so a span starts and ends on text.
    trimmed = []
    for a, b in spans:
        chunk = text[a:b]
        a2 = a + len(chunk) - len(chunk.lstrip())
        b2 = b - (len(chunk) - len(chunk.rstrip()))
        trimmed.append((a2, b2))
    return trimmed


def detect_document_language(text: str) -> str:
    """ISO 639-1 code of the main language ('und' when there are no words).

    A short or unsure text leans to a supported language: langdetect reads a one-line
    French heading as Spanish or Italian as readily as French, so another language is
    kept only on strong evidence (a long enough text and a confident detection)."""
    from .langdata import supported_languages

    words = _WORD.findall(text)
    if not words:
        return "und"
    voted = vote(words[:DOCUMENT_SAMPLE_WORDS], min_hits=10)
    if voted:
        return voted
    # Detect on words only: numbers, e-mails and phone numbers carry no language and
    # a contact block full of them skews the profile.
    candidates = _detect_all(" ".join(words[:DOCUMENT_SAMPLE_WORDS]))
    if not candidates:
        return "und"
    best, probability = candidates[0]
    supported = supported_languages()
    if best in supported or (len(words) >= STRONG_EVIDENCE_WORDS and probability >= STRONG_EVIDENCE_PROBABILITY):
        return best
    for code, _ in candidates:
        if code in supported:
            return code
    return vote(words[:DOCUMENT_SAMPLE_WORDS], min_hits=1) or best


def _detect_all(text: str) -> list[tuple[str, float]]:
    try:
        return [(c.lang, c.prob) for c in detect_langs(text)]
    except LangDetectException:
        return []


def detect_paragraph_languages(text: str, document_language: str) -> list[Paragraph]:
    paragraphs = []
    for start, end in paragraph_spans(text):
        words = _WORD.findall(_ADDRESS.sub(" ", text[start:end]))
        lang = document_language
        if len(words) >= MIN_PARAGRAPH_WORDS:
            voted = vote(words)
            if voted:
                lang = voted
            elif len(words) >= MIN_DETECT_WORDS:
                # langdetect's profiles are of running text: names say little about the
                # language ("Provence-Alpes-Côte d'Azur" in an English contact line), so
                # capitalised words are left out, and headings in capitals are read in
                # lower case.
                common = [w for w in words if not w[0].isupper()] if not all(w.isupper() for w in words) else words
                if len(common) < MIN_DETECT_WORDS:
                    continue_with = None
                else:
                    continue_with = " ".join(w.lower() for w in common[:DOCUMENT_SAMPLE_WORDS])
                found, confidence = _detect(continue_with) if continue_with else (lang, 0.0)
                if confidence >= MIN_PARAGRAPH_CONFIDENCE:
                    lang = found
        paragraphs.append(Paragraph(start, end, lang))
    return paragraphs


def language_at(paragraphs: list[Paragraph], offset: int, default: str) -> str:
    for p in paragraphs:
        if p.start <= offset < p.end:
            return p.language
    return default
