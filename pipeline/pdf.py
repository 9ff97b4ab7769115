"""Read a PDF's text layer in reading order, as plain text.

pdfplumber gives us words with positions; we rebuild lines and paragraphs ourselves so
that we can drop running headers/footers, read two-column pages column by column and
rejoin words hyphenated across line breaks. Paragraphs are separated by "\\n\\n",
lines inside a paragraph by "\\n".
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import TypeAlias

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError

from pipeline.errors import InputError

WORD_GAP_RATIO = 0.15  # a gap over 15% of the font size splits words (some PDFs have no spaces)
LINE_TOLERANCE = 3.0  # words whose `top` differ by at most this many pt share a line
EDGE_LINES = 2  # how many lines at the top/bottom of a page may be header/footer
GUTTER_HALF_WIDTH = 4.0  # a gutter is a band at least 8 pt wide: wider than a word space
GUTTER_ZONE = (0.35, 0.65)  # the gutter must lie near the middle of the page
GUTTER_FREE_SHARE = 0.6  # share of lines that must leave the gutter band empty
PARAGRAPH_GAP_FACTOR = 1.5  # a gap this much larger than the usual line gap starts a paragraph

# "3", "- 3 -", "Page 3", "Page 3 of 5", "3/5", "p. 3", "Page 1 / 2", "3 sur 5"
PAGE_NUMBER = re.compile(
    r"^[-–—]?\s*(?:(?:page|pagina|seite|p\.)\s*)?\d{1,3}"
    r"(?:\s*(?:/|of|sur|de|van|von)\s*\d{1,3})?\s*[-–—]?$",
    re.IGNORECASE,
)
HYPHENS = "-\u2010\u00ad"  # hyphen-minus, hyphen, soft hyphen


@dataclass
class Line:
    words: list[dict]  # pdfplumber words, sorted left to right

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


Page: TypeAlias = tuple[float, list[Line]]  # page width, lines top to bottom


def read_pdf_text(path: Path) -> str:
    """Return the text of the PDF at `path` in reading order; raise InputError for bad files."""
    path = Path(path)
    try:
        with pdfplumber.open(path) as pdf:
            pages = [(page.width, _page_lines(page)) for page in pdf.pages]
    except OSError as exc:  # missing file, permission denied, ...
        raise InputError(path, f"cannot open file ({exc.strerror or exc})") from exc
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        if _is_encryption_error(exc):
            raise InputError(path, "encrypted PDF") from exc
        raise InputError(path, "not a readable PDF (truncated or corrupt)") from exc

    if not any(lines for _, lines in pages):
        raise InputError(path, "PDF has no text layer (scanned?)")

    pages = _drop_headers_and_footers(pages)
    # Each sequence is a run of lines read top to bottom: a full-width block or one column.
    sequences = [seq for width, lines in pages for seq in _reading_sequences(lines, width)]
    threshold = _paragraph_gap_threshold(sequences)

    paragraphs: list[list[Line]] = []
    for seq in sequences:
        for i, para in enumerate(_split_paragraphs(seq, threshold)):
            # A paragraph often runs on across a column or page break.
            if i == 0 and paragraphs and _continues(paragraphs[-1][-1], para[0]):
                paragraphs[-1].extend(para)
            else:
                paragraphs.append(para)
    text = "\n\n".join(_join_lines([line.text for line in para], _wrapped(para)) for para in paragraphs)
    return unicodedata.normalize("NFC", text)


def _is_encryption_error(exc: BaseException) -> bool:
    # pdfplumber wraps pdfminer's error (PdfminerException(PDFPasswordIncorrect())),
    # so look through the wrapped arguments and the exception chain too.
    seen, todo = set(), [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, PDFEncryptionError):
            return True
        todo += [a for a in e.args if isinstance(a, BaseException)]
        todo += [c for c in (e.__cause__, e.__context__) if c is not None]
    return False


def _page_lines(page) -> list[Line]:
    """The page's words grouped into lines by their `top`, top to bottom, each left to right."""
    words = page.extract_words(x_tolerance_ratio=WORD_GAP_RATIO)
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        # Compare with the line's first word so that a slanted run cannot drift.
        if lines and word["top"] - lines[-1][0]["top"] <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [Line(sorted(ws, key=lambda w: w["x0"])) for ws in lines]


def _drop_headers_and_footers(pages: list[Page]) -> list[Page]:
    """Strip running headers/footers and bare page numbers from the edges of each page."""
    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", " ".join(line.text.split()).lower())

    # A line is "running" if it sits at a page edge on at least 2 pages and half of them.
    seen_on: Counter[str] = Counter()
    for _, lines in pages:
        seen_on.update({key(line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
    needed = max(2, len(pages) / 2)
    running = {k for k, n in seen_on.items() if n >= needed}

    def is_furniture(line: Line) -> bool:
        return key(line) in running or bool(PAGE_NUMBER.match(line.text.strip()))

    result = []
    for width, lines in pages:
        start, end = 0, len(lines)
        while start < min(EDGE_LINES, end) and is_furniture(lines[start]):
            start += 1
        while end > max(start, len(lines) - EDGE_LINES) and is_furniture(lines[end - 1]):
            end -= 1
        result.append((width, lines[start:end]))
    return result


def _crosses(line: Line, x: float) -> bool:
    """Does a word of `line` overlap the gutter band centred on `x`?"""
    lo, hi = x - GUTTER_HALF_WIDTH, x + GUTTER_HALF_WIDTH
    return any(w["x0"] < hi and w["x1"] > lo for w in line.words)


def _find_gutter(lines: list[Line], width: float) -> float | None:
    """x of a column gutter near the page middle, or None for a single-column page."""
    if len(lines) < 3:
        return None
    candidates = range(int(width * GUTTER_ZONE[0]), int(width * GUTTER_ZONE[1]) + 1)
    if not candidates:
        return None
    # Fewest lines crossing the band wins; on a tie prefer the band closest to the middle.
    x = min(candidates, key=lambda c: (sum(_crosses(ln, c) for ln in lines), abs(c - width / 2)))
    free = [line for line in lines if not _crosses(line, x)]
    if len(free) < GUTTER_FREE_SHARE * len(lines):
        return None
    # Real columns have text on both sides; short lines all on the left are not columns.
    left = sum(any(w["x1"] <= x for w in line.words) for line in free)
    right = sum(any(w["x0"] >= x for w in line.words) for line in free)
    return x if left >= 2 and right >= 2 else None


def _reading_sequences(lines: list[Line], width: float) -> list[list[Line]]:
    """Split a page into runs of lines, each read top to bottom, in reading order.

    On a two-column page, runs of lines crossing the gutter (a title, a full-width intro)
    are read as they are; between them, the left column is read fully before the right.
    """
    gutter = _find_gutter(lines, width)
    if gutter is None:
        return [lines] if lines else []
    sequences: list[list[Line]] = []
    for full_width, run in groupby(lines, key=lambda line: _crosses(line, gutter)):
        run = list(run)
        if full_width:
            sequences.append(run)
            continue
        left = [Line([w for w in ln.words if w["x1"] <= gutter]) for ln in run]
        right = [Line([w for w in ln.words if w["x1"] > gutter]) for ln in run]
        for column in (left, right):
            column = [line for line in column if line.words]
            if column:
                sequences.append(column)
    return sequences


def _paragraph_gap_threshold(sequences: list[list[Line]]) -> float:
    """Vertical gap (pt) above which a new paragraph starts, from the document's usual line gap."""
    gaps = [b.top - a.bottom for seq in sequences for a, b in zip(seq, seq[1:])]
    heights = [line.bottom - line.top for seq in sequences for line in seq]
    if not gaps:
        return float("inf")
    usual = statistics.median(gaps)
    # With tight leading the usual gap is ~0, so also demand a fraction of a line height.
    return max(PARAGRAPH_GAP_FACTOR * usual, usual + 0.3 * statistics.median(heights))


def _split_paragraphs(lines: list[Line], threshold: float) -> list[list[Line]]:
    paragraphs: list[list[Line]] = []
    for line in lines:
        if paragraphs and line.top - paragraphs[-1][-1].bottom <= threshold:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return paragraphs


def _continues(last: Line, first: Line) -> bool:
    """Does `first` (top of a new column/page) continue the paragraph ending with `last`?"""
    return first.text[:1].islower() or _ends_hyphenated(last.text)


def _ends_hyphenated(text: str) -> bool:
    return len(text) > 1 and text[-1] in HYPHENS and text[-2].isalpha()


def _wrapped(para: list[Line]) -> list[bool]:
    """Whether each line of a paragraph was wrapped by the layout (it reaches the right
    edge of a block of running text) rather than ended by the author. Running text has
    several such lines; a list or a contact block has at most one."""
    if len(para) < 2:
        return [False] * len(para)
    left = min(w["x0"] for line in para for w in line.words)
    right = max(w["x1"] for line in para for w in line.words)
    full = [max(w["x1"] for w in line.words) >= left + 0.85 * (right - left) for line in para]
    if sum(full[:-1]) < 2:
        return [False] * len(para)
    return full[:-1] + [False]


def _join_lines(lines: list[str], wrapped: list[bool] | None = None) -> str:
    """Join a paragraph's lines: with a space after a line the layout wrapped (so names
    and titles broken across lines are whole again), else with "\\n"; words hyphenated
    at a line end are rejoined."""
    wrapped = wrapped or [False] * len(lines)
    text = lines[0]
    for previous_wrapped, nxt in zip(wrapped, lines[1:]):
        if _ends_hyphenated(text) and nxt[:1].isalpha():
            # "Provence-" + "Alpes" keeps a real hyphen; "compéti-" + "tivité" drops it.
            keep = nxt[0].isupper() and text[-1] != "\u00ad"
            text = (text if keep else text[:-1]) + nxt
        else:
            starts_item = re.match(r"[•·▪◦*\-–]\s|\d{1,2}[.)]\s", nxt)
            text += (" " if previous_wrapped and not starts_item else "\n") + nxt
    return text
