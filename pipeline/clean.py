"""Stage 2, clean: raw text (with Markdown or HTML artefacts) -> plain text, keeping
for every character of the cleaned text the offset it had in the raw text.

Each cleaning rule is a regular expression whose match is replaced by pieces that are
either kept raw text (a group of the match) or a literal; kept pieces keep their raw
offsets, so a record's span in the cleaned text maps back to the raw file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Callable, Iterable

from .langdata import navigation_lines


@dataclass(frozen=True)
class CleanText:
    text: str
    raw_offsets: tuple[int, ...]  # raw offset of each cleaned character
    # Raw end (exclusive) of each cleaned character. Why: a character that replaces several
    # raw ones ("&eacute;" -> "é", "\r\n" -> "\n") ends past its raw offset + 1, so a span
    # ending on it must cover the whole entity, not cut it after its "&".
    raw_ends: tuple[int, ...] = ()

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


def _apply(text: str, offsets: list[int], ends: list[int], pattern: re.Pattern,
           pieces_for: Callable[[re.Match], Iterable[Piece]]):
    out: list[str] = []
    out_offsets: list[int] = []
    out_ends: list[int] = []
    last = 0
    for match in pattern.finditer(text):
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
                out_offsets.extend([anchor] * len(what))
                out_ends.extend([anchor_end] * len(what))
        last = match.end()
    out.append(text[last:])
    out_offsets.extend(offsets[last:])
    out_ends.extend(ends[last:])
    return "".join(out), out_offsets, out_ends


def _keep(*groups: int) -> Callable[[re.Match], list[Piece]]:
    return lambda m: [("keep", g) for g in groups]


def _lit(text: str) -> Callable[[re.Match], list[Piece]]:
    return lambda m: [("lit", text)]


_HTML_DROP = re.compile(r"<(script|style|head|nav|noscript)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_HTML_BLOCK = re.compile(r"<\s*(br|/?p|/?div|/?li|/?ul|/?ol|/?h[1-6]|/?tr|/?table|/?section|/?article|/?header|/?footer|/?blockquote)\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^<>]+>")
_HTML_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_NBSP = re.compile(r"[\u00a0\u2007\u202f]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
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
    text, offsets, ends = raw, list(range(len(raw))), list(range(1, len(raw) + 1))
    steps: list[tuple[re.Pattern, Callable]] = [(_NEWLINES, _lit("\n"))]
    if fmt == "html" or (fmt in ("txt", "md") and looks_like_html(raw)):
        steps += [(_HTML_DROP, _lit("")), (_HTML_BLOCK, _lit("\n")), (_HTML_TAG, _lit(""))]
    # Scraped text files carry Markdown too (the seeds do), so these run on every format
    # but PDF, where asterisks and brackets are the document's own.
    if fmt != "pdf":
        steps += [(_MD_IMAGE, _keep(1)), (_MD_LINK, _keep(1)), (_MD_STRONG, _keep(2)), (_MD_EM, _keep(1, 2)), (_MD_HEADING, _lit(""))]
    steps += [
        (_HTML_ENTITY, _entity),  # after tags: "&lt;b&gt;" is text, not a tag
        (_NBSP, _lit(" ")),
        (_INVISIBLE, _lit("")),
        (_navigation_pattern(), _lit("")),
    ]
    for pattern, pieces_for in steps:
        text, offsets, ends = _apply(text, offsets, ends, pattern, pieces_for)
    return CleanText(text, tuple(offsets), tuple(ends))
