"""Read a PDF's text layer in reading order, as plain text.

pdfplumber gives us words with positions; we rebuild lines and paragraphs ourselves so
that we can drop running headers/footers, read two-column pages column by column and
rejoin words hyphenated across line breaks. Paragraphs are separated by "\\n\\n",
lines inside a paragraph by "\\n".
"""

from __future__ import annotations

import io
import re
import statistics
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

import pdfminer.pdftypes
import pdfplumber
import pdfplumber.page
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1

from pipeline.errors import InputError, LimitExceeded
from pipeline.limits import DEFAULT, Limits

WORD_GAP_RATIO = 0.15  # a gap over 15% of the font size splits words (some PDFs have no spaces)
LINE_TOLERANCE = 3.0  # words whose `top` differ by at most this many pt share a line
EDGE_LINES = 2  # how many lines at the top/bottom of a page may be header/footer
GUTTER_HALF_WIDTH = 4.0  # a gutter is a band at least 8 pt wide: wider than a word space
GUTTER_ZONE = (0.35, 0.65)  # the gutter must lie near the middle of the page
GUTTER_FREE_SHARE = 0.6  # share of lines that must leave the gutter band empty
PARAGRAPH_GAP_FACTOR = 1.5  # a gap this much larger than the usual line gap starts a paragraph
MARGIN_SHARE = 0.12  # a single page's header or footer sits in this share of the page height at its edge
FURNITURE_FONT_RATIO = 0.92  # ... in a smaller font than the body text

# "3", "- 3 -", "Page 3", "Page 3 of 5", "3/5", "p. 3", "Page 1 / 2", "3 sur 5"
PAGE_NUMBER = re.compile(
    r"^[-–—]?\s*(?:(?:page|pagina|seite|p\.)\s*)?\d{1,3}"
    r"(?:\s*(?:/|of|sur|de|van|von)\s*\d{1,3})?\s*[-–—]?$",
    re.IGNORECASE,
)
# A page number as one segment of a header or footer line ("Lyonbiopôle | Page 1 of 2",
# "Communiqué de presse – 1/1", "www.medicen.org     3"): the explicit forms anywhere
# between separators, a bare number only at the line's start or end.
_SEPARATOR = r"(?:\s[|•·–—-]\s|\s{2,}|\s*[|•·]\s*)"
PAGE_NUMBER_SEGMENT = re.compile(
    rf"(?:^|{_SEPARATOR})(?:page|pagina|seite|p\.)\s*(?P<a>\d{{1,3}})(?:\s*(?:/|of|sur|de|van|von)\s*\d{{1,3}})?(?:$|{_SEPARATOR})"
    rf"|(?:^|{_SEPARATOR})(?P<b>\d{{1,3}})\s*/\s*\d{{1,3}}(?:$|{_SEPARATOR})"
    rf"|^(?P<c>\d{{1,3}}){_SEPARATOR}|{_SEPARATOR}(?P<d>\d{{1,3}})$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
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

    @property
    def size(self) -> float:
        return max(w.get("size", 0.0) for w in self.words)


@dataclass
class PageLines:
    width: float
    height: float
    lines: list[Line]  # top to bottom


# --- bounds on what one PDF may cost -------------------------------------------------------
# pdfminer inflates every stream in one call, without a bound (a 1 MB PDF inflated to
# 2.2 GB), and builds an object per glyph and shape (21 kB of PDF held 2 million text
# operations). Both are bounded here, for the duration of one read_pdf_text call.


class _TooLarge(Exception):
    def __init__(self, reason: str, limit: str):
        super().__init__(reason)
        self.reason, self.limit = reason, limit


_caps = {"stream": None, "objects": None}


class _CappedInflater:
    """zlib.decompressobj with a bound on its total output."""

    def __init__(self, cap: int | None):
        self._d, self._cap, self._total = zlib.decompressobj(), cap, 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        if self._cap is None:
            return self._d.decompress(data, max_length)
        out = self._d.decompress(data, self._cap + 1 - self._total)
        self._total += len(out)
        if self._total > self._cap:
            raise _TooLarge(f"a PDF stream inflates to more than {self._cap / 2**20:g} MB", "max-pdf-stream-mb")
        return out

    def __getattr__(self, name):
        return getattr(self._d, name)


class _CappedZlib:
    """Stands in for the zlib module inside pdfminer.pdftypes."""

    error = zlib.error

    @staticmethod
    def decompressobj(*args, **kwargs):
        return _CappedInflater(_caps["stream"])

    @staticmethod
    def decompress(data: bytes, *args) -> bytes:
        inflater = _CappedInflater(_caps["stream"])
        out = inflater.decompress(data)
        if not inflater.eof:
            raise zlib.error("incomplete or truncated stream")
        return out


def _decompress_corrupted(data: bytes) -> bytes:
    """pdfminer's fallback for a stream with a bad checksum, in linear time (the original
    feeds one byte at a time and concatenates: quadratic) and with the same bound."""
    inflater = _CappedInflater(_caps["stream"])
    out = [inflater.decompress(data[:-8])] if len(data) > 8 else []
    for i in range(max(0, len(data) - 8), len(data)):
        try:
            out.append(inflater.decompress(data[i:i + 1]))
        except zlib.error:
            break
    return b"".join(out)


def _counting(method):
    def wrapper(self, *args, **kwargs):
        self._ce_objects = getattr(self, "_ce_objects", 0) + 1
        cap = _caps["objects"]
        if cap is not None and self._ce_objects > cap:
            raise _TooLarge(f"a PDF page draws more than {cap} characters and shapes", "max-page-objects")
        return method(self, *args, **kwargs)
    return wrapper


pdfminer.pdftypes.zlib = _CappedZlib  # type: ignore[assignment]
pdfminer.pdftypes.decompress_corrupted = _decompress_corrupted
_Aggregator = pdfplumber.page.PDFPageAggregatorWithMarkedContent
for _name in ("render_char", "render_image", "paint_path"):
    setattr(_Aggregator, _name, _counting(getattr(_Aggregator, _name)))


def _page_count(pdf) -> int | None:
    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
        return int(count) if isinstance(count, int) and count >= 0 else None
    except Exception:  # a damaged page tree: the pages are counted while read
        return None


def read_pdf_text(path: Path, data: bytes | None = None, limits: Limits = DEFAULT) -> str:
    """Return the text of the PDF at `path` (or of its bytes `data`) in reading order;
    raise InputError for bad files and LimitExceeded for a PDF over a limit. Pages are
    read one at a time and let go of; the page count is checked before the first."""
    path = Path(path)
    if data is None:
        from .read import read_bytes

        data = read_bytes(path, limits.max_bytes)
    _caps.update(stream=limits.max_pdf_stream_mb * 2**20, objects=limits.max_page_objects)
    try:
        pages = _read_pages(path, data, limits)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(path, f"cannot open file ({exc.strerror or exc})") from exc
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        too_large = _find_in_chain(exc, _TooLarge)
        if too_large is not None:
            raise LimitExceeded(path, too_large.reason, too_large.limit) from None
        if _find_in_chain(exc, PDFEncryptionError) is not None:
            raise InputError(path, "encrypted PDF") from exc
        raise InputError(path, "not a readable PDF (truncated or corrupt)") from exc
    finally:
        _caps.update(stream=None, objects=None)

    if not any(p.lines for p in pages):
        raise InputError(path, "PDF has no text layer (scanned?)")

    pages = _drop_headers_and_footers(pages)
    # Each sequence is a run of lines read top to bottom: a full-width block or one column.
    sequences = [seq for p in pages for seq in _reading_sequences(p.lines, p.width)]
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


def _read_pages(path: Path, data: bytes, limits: Limits) -> list[PageLines]:
    pages: list[PageLines] = []
    chars = 0
    pdf = pdfplumber.open(io.BytesIO(data))
    try:
        count = _page_count(pdf)
        if count is not None and count > limits.max_pages:
            raise LimitExceeded(path, f"PDF of {count} pages, more than {limits.max_pages}", "max-pages")
        doctop = 0.0
        for i, page_obj in enumerate(PDFPage.create_pages(pdf.doc)):
            if i >= limits.max_pages:
                raise LimitExceeded(path, f"PDF of more than {limits.max_pages} pages", "max-pages")
            page = pdfplumber.page.Page(pdf, page_obj, page_number=i + 1, initial_doctop=doctop)
            doctop += page.height
            lines = _page_lines(page)
            page.close()
            chars += sum(len(line.text) + 1 for line in lines)
            if chars > limits.max_chars:
                raise LimitExceeded(path, f"PDF text longer than {limits.max_chars} characters", "max-chars")
            pages.append(PageLines(page.width, page.height, lines))
    finally:
        # Not pdf.close(): it walks `pdf.pages`, which parses every page of the file
        # (20,000 pages: half a minute) even when none was read. The stream is in memory.
        pdf.stream.close()
    return pages


def _find_in_chain(exc: BaseException, kind: type) -> BaseException | None:
    # pdfplumber wraps pdfminer's error (PdfminerException(PDFPasswordIncorrect())),
    # so look through the wrapped arguments and the exception chain too.
    seen, todo = set(), [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, kind):
            return e
        todo += [a for a in e.args if isinstance(a, BaseException)]
        todo += [c for c in (e.__cause__, e.__context__) if c is not None]
    return None


def _page_lines(page) -> list[Line]:
    """The page's words grouped into lines by their `top`, top to bottom, each left to right."""
    words = page.extract_words(x_tolerance_ratio=WORD_GAP_RATIO, return_chars=True)
    for word in words:
        # The font size (for a single page's header and footer), without splitting a word
        # where its size changes ("1er" with a superscript) as extra_attrs would.
        word["size"] = max((c.get("size", 0.0) for c in word.pop("chars")), default=0.0)
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        # Compare with the line's first word so that a slanted run cannot drift.
        if lines and word["top"] - lines[-1][0]["top"] <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [Line(sorted(ws, key=lambda w: w["x0"])) for ws in lines]


def _drop_headers_and_footers(pages: list[PageLines]) -> list[PageLines]:
    """Strip running headers/footers and page numbers from the edges of each page.

    A line among the first or last EDGE_LINES of a page is furniture when
    - it sits at a page edge on at least 2 pages and half of them (digits masked);
    - it is a bare page number ("3", "- 3 -", "Page 3 of 5");
    - one of its segments is that page's number ("Lyonbiopôle | Page 1 of 2",
      "Communiqué de presse – 1/1"): a line made to repeat, recognised on one page too;
    - in a document whose pages carry such numbers, it is the page's first line, in the
      top margin, in a smaller font than the body and without a year: the running header
      of the template (a one-page PDF has no second page to repeat it on).
    """
    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", " ".join(line.text.split()).lower())

    seen_on: Counter[str] = Counter()
    for page in pages:
        seen_on.update({key(line) for line in page.lines[:EDGE_LINES] + page.lines[-EDGE_LINES:]})
    needed = max(2, len(pages) / 2)
    running = {k for k, n in seen_on.items() if n >= needed}
    sizes = [w.get("size", 0.0) for page in pages for line in page.lines for w in line.words]
    body_size = statistics.median(sizes) if sizes else 0.0

    def numbered(line: Line, number: int) -> bool:
        """A bare page number, or a line with a segment that is "Page N" or this page's number."""
        for m in PAGE_NUMBER_SEGMENT.finditer(_spaced(line)):
            if m.group("a") or int(m.group("b") or m.group("c") or m.group("d")) == number:
                return True
        return bool(PAGE_NUMBER.match(line.text.strip()))

    numbered_pages = [i for i, page in enumerate(pages)
                      if any(numbered(line, i + 1) for line in page.lines[:EDGE_LINES] + page.lines[-EDGE_LINES:])]

    def is_header(line: Line, page: PageLines) -> bool:
        return (bool(numbered_pages) and line is page.lines[0] and line.bottom <= MARGIN_SHARE * page.height
                and 0 < line.size <= FURNITURE_FONT_RATIO * body_size and not _YEAR.search(line.text))

    result = []
    for i, page in enumerate(pages):
        lines = page.lines

        def is_furniture(line: Line) -> bool:
            return key(line) in running or numbered(line, i + 1) or is_header(line, page)

        start, end = 0, len(lines)
        while start < min(EDGE_LINES, end) and is_furniture(lines[start]):
            start += 1
        while end > max(start, len(lines) - EDGE_LINES) and is_furniture(lines[end - 1]):
            end -= 1
        result.append(PageLines(page.width, page.height, lines[start:end]))
    return result


def _spaced(line: Line) -> str:
    """The line's text with a wide horizontal gap between words kept as a double space
    (a footer's segments are often set apart by space alone)."""
    parts = [line.words[0]["text"]]
    for prev, word in zip(line.words, line.words[1:]):
        gap = word["x0"] - prev["x1"]
        parts.append(("  " if gap > max(prev.get("size", 0.0), 4.0) * 1.5 else " ") + word["text"])
    return "".join(parts)


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
