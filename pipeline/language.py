"""Stage 3, detect language: the document's language and each paragraph's.

langdetect is random unless seeded; the seed is fixed here so every run gives the same
labels. Short paragraphs (headings, contact lines) carry too little text to detect
reliably and take the document's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0

MIN_PARAGRAPH_WORDS = 6  # below this a paragraph inherits the document's language
MIN_PARAGRAPH_CONFIDENCE = 0.80
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    language: str


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
    """ISO 639-1 code of the main language ('und' when there are no words)."""
    words = _WORD.findall(text)
    if not words:
        return "und"
    # Detect on words only: numbers, e-mails and phone numbers carry no language and
    # a contact block full of them skews the profile.
    return _detect(" ".join(words[:2000]))[0]


def detect_paragraph_languages(text: str, document_language: str) -> list[Paragraph]:
    paragraphs = []
    for start, end in paragraph_spans(text):
        words = _WORD.findall(text[start:end])
        lang = document_language
        if len(words) >= MIN_PARAGRAPH_WORDS:
            found, confidence = _detect(" ".join(words))
            if confidence >= MIN_PARAGRAPH_CONFIDENCE:
                lang = found
        paragraphs.append(Paragraph(start, end, lang))
    return paragraphs


def language_at(paragraphs: list[Paragraph], offset: int, default: str) -> str:
    for p in paragraphs:
        if p.start <= offset < p.end:
            return p.language
    return default
