"""Stage 2, clean: raw text (with Markdown or HTML artefacts) -> plain text, keeping
for every character of the cleaned text the offset it had in the raw text.

Each cleaning rule is a regular expression whose match is replaced by pieces that are
either kept raw text (a group of the match) or a literal; kept pieces keep their raw
offsets, so a record's span in the cleaned text maps back to the raw file.
"""

from __future__ import annotations

import html
import re
import unicodedata
from array import array
from dataclasses import dataclass
from typing import Callable, Iterable

from .langdata import navigation_lines


@dataclass(frozen=True)
class CleanText:
    text: str
    # Raw offset of each cleaned character. Why arrays (4 bytes an entry) rather than lists
    # of ints (36): a 5 MB page would otherwise take over a gigabyte just for its offsets.
    raw_offsets: "array[int] | tuple[int, ...]"
    # Raw end (exclusive) of each cleaned character. Why: a character that replaces several
    # raw ones ("&eacute;" -> "é", "\r\n" -> "\n") ends past its raw offset + 1, so a span
    # ending on it must cover the whole entity, not cut it after its "&".
    raw_ends: "array[int] | tuple[int, ...]" = ()

    def _end(self, i: int) -> int:
        return self.raw_ends[i] if self.raw_ends else self.raw_offsets[i] + 1

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        if start >= end:
            # Why: past the last character, the position is the raw end of that character,
            # not len(cleaned text) (a raw offset only when nothing was removed).
            if start < len(self.raw_offsets):
                pos = self.raw_offsets[start]
            else:
                pos = self._end(len(self.raw_offsets) - 1) if self.raw_offsets else 0
            return pos, pos
        return self.raw_offsets[start], self._end(end - 1)


# A replacement piece: ("keep", group) keeps a group of the match; ("lit", text) inserts text.
Piece = tuple[str, object]


def _offsets(values=()) -> array:
    return array("i", values)


def _apply(text: str, offsets: array, ends: array, pattern: re.Pattern,
           pieces_for: Callable[[re.Match], Iterable[Piece]]):
    out: list[str] = []
    out_offsets, out_ends = _offsets(), _offsets()
    last, matched = 0, False
    for match in pattern.finditer(text):
        matched = True
        out.append(text[last:match.start()])
        out_offsets.extend(offsets[last:match.start()])
        out_ends.extend(ends[last:match.start()])
        for kind, what in pieces_for(match):
            if kind == "keep":
                a, b = match.span(what)
                if a >= 0:
                    out.append(text[a:b])
                    out_offsets.extend(offsets[a:b])
                    out_ends.extend(ends[a:b])
            else:
                anchor = offsets[match.start()] if match.start() < len(offsets) else (offsets[-1] + 1 if offsets else 0)
                anchor_end = ends[match.end() - 1] if match.end() > match.start() else anchor
                out.append(what)
                out_offsets.extend(_offsets([anchor]) * len(what))
                out_ends.extend(_offsets([anchor_end]) * len(what))
        last = match.end()
    if not matched:
        return text, offsets, ends  # no copy
    out.append(text[last:])
    out_offsets.extend(offsets[last:])
    out_ends.extend(ends[last:])
    return "".join(out), out_offsets, out_ends


class _Spans:
    """A stand-in for a compiled pattern whose matches are computed by a function (for
    rules a regular expression cannot do in linear time)."""

    def __init__(self, find: Callable[[str], Iterable[re.Match]]):
        self.finditer = find


def _drop_hidden_html(text: str) -> Iterable[re.Match]:
    """Scripts, styles, the head, navigation and comments, in linear time. An unclosed
    script, style or comment runs to the end of the page, as in a browser (a regular
    expression would look for its end again from every opening tag: quadratic); an
    unclosed head, nav or noscript element drops only its opening tag."""
    pos = 0
    while True:
        opening = _HTML_DROP_OPEN.search(text, pos)
        if opening is None:
            return
        name = (opening.group(1) or "").lower()
        closing = _HTML_DROP_CLOSE[name].search(text, opening.end())
        if closing is not None:
            yield _HTML_DROP_ANY.match(text, opening.start(), closing.end())
            pos = closing.end()
        elif name in ("script", "style", ""):
            yield _HTML_DROP_ANY.match(text, opening.start())
            return
        else:
            pos = opening.end()


def _nfc(text: str, offsets: array, ends: array):
    """Unicode NFC ("Me\u0301lanie" -> "Mélanie"), keeping offsets: a base character and
    the combining marks after it become their composed form, anchored at the base's raw
    offset and ending at the last mark's raw end."""
    if unicodedata.is_normalized("NFC", text):
        return text, offsets, ends
    spans, start = [], 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not (unicodedata.combining(text[i]) or unicodedata.category(text[i]).startswith("M")):
            if i - start > 1 or not unicodedata.is_normalized("NFC", text[start]):
                segment = text[start:i]
                composed = unicodedata.normalize("NFC", segment)
                if composed != segment:
                    spans.append((start, i, composed))
            start = i
    out, out_offsets, out_ends, last = [], _offsets(), _offsets(), 0
    for a, b, composed in spans:
        out.append(text[last:a])
        out_offsets.extend(offsets[last:a])
        out_ends.extend(ends[last:a])
        out.append(composed)
        out_offsets.extend(_offsets([offsets[a]]) * len(composed))
        out_ends.extend(_offsets([ends[b - 1]]) * len(composed))
        last = b
    out.append(text[last:])
    out_offsets.extend(offsets[last:])
    out_ends.extend(ends[last:])
    return "".join(out), out_offsets, out_ends


def _keep(*groups: int) -> Callable[[re.Match], list[Piece]]:
    return lambda m: [("keep", g) for g in groups]


def _lit(text: str) -> Callable[[re.Match], list[Piece]]:
    return lambda m: [("lit", text)]


_HTML_DROP_OPEN = re.compile(r"<(script|style|head|nav|noscript)\b|<!--", re.I)
_HTML_DROP_CLOSE = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "head", "nav", "noscript")}
_HTML_DROP_CLOSE[""] = re.compile(r"-->")
_HTML_DROP_ANY = re.compile(r".*", re.S)
_HTML_BLOCK = re.compile(r"<\s*(br|/?p|/?div|/?li|/?ul|/?ol|/?h[1-6]|/?tr|/?table|/?section|/?article|/?header|/?footer|/?blockquote)\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^<>]+>")
_HTML_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_NBSP = re.compile(r"[\u00a0\u2007\u202f]")
# Format characters (Unicode category Cf): soft hyphen, zero-width space and joiners,
# bidirectional marks and embeddings, word joiner, BOM, tags. Invisible, yet they split
# words ("Lyon\u200bbiopôle") and hide the language.
_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")
_NEWLINES = re.compile(r"\r\n?")


def _entity(match: re.Match) -> list[Piece]:
    decoded = html.unescape(match.group(0))
    # Why: an unknown name ("&foo;") stays as written; keeping it (not re-inserting it as a
    # literal) keeps each of its characters' own raw offset.
    return [("keep", 0)] if decoded == match.group(0) else [("lit", decoded)]


def _navigation_pattern() -> re.Pattern:
    lines = sorted({line.strip() for line in navigation_lines()}, key=len, reverse=True)
    alternatives = "|".join(re.escape(line) for line in lines) or r"(?!)"
    return re.compile(rf"^[ \t]*(?:{alternatives})[ \t]*$", re.M | re.I)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|p|div|br|span|a)\b[^>]*>", text[:5000], re.I))


def clean(raw: str, fmt: str) -> CleanText:
    text, offsets, ends = raw, _offsets(range(len(raw))), _offsets(range(1, len(raw) + 1))
    # Line breaks and invisible format characters first, then NFC: every later rule
    # (and every extractor) sees "é" as one character, whatever the file's form.
    text, offsets, ends = _apply(text, offsets, ends, _NEWLINES, _lit("\n"))
    text, offsets, ends = _apply(text, offsets, ends, _FORMAT, _lit(""))
    text, offsets, ends = _nfc(text, offsets, ends)
    steps: list[tuple[re.Pattern, Callable]] = []
    if fmt == "html" or (fmt in ("txt", "md") and looks_like_html(raw)):
        steps += [(_Spans(_drop_hidden_html), _lit("")), (_HTML_BLOCK, _lit("\n")), (_HTML_TAG, _lit(""))]
    # Scraped text files carry Markdown too (the seeds do), so these run on every format
    # but PDF, where asterisks and brackets are the document's own.
    if fmt != "pdf":
        steps += [(_MD_IMAGE, _keep(1)), (_MD_LINK, _keep(1)), (_MD_STRONG, _keep(2)), (_MD_EM, _keep(1, 2)), (_MD_HEADING, _lit(""))]
    steps += [
        (_HTML_ENTITY, _entity),  # after tags: "&lt;b&gt;" is text, not a tag
        (_NBSP, _lit(" ")),
        (_navigation_pattern(), _lit("")),
    ]
    for pattern, pieces_for in steps:
        text, offsets, ends = _apply(text, offsets, ends, pattern, pieces_for)
    return CleanText(text, offsets, ends)
