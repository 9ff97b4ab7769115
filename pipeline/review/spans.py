"""Laying out highlighted spans over a text: overlapping and nested spans become a tree
of properly nested marks, so every span stays visible.

A span that crosses the boundary of another (or of a paragraph) is cut into pieces; the
pieces share the span's key, and only the first carries the anchor and the keyboard
focus. Pure functions: text and spans in, a tree out; the templates render the tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Which of two spans with the same range is drawn outside the other.
OUTER_FIRST = ("contact", "person", "cluster", "figure", "date", "organisation", "role", "email", "phone")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    key: str  # the record's anchor key (unique within a page column)
    kind: str  # cluster, person, role, organisation, contact, email, phone, figure, date
    part: str = "record"  # "record" for a record's own span, else a field inside it ("role", "email", ...)
    data: Any = None  # whatever the template needs (the record view)


@dataclass
class Mark:
    span: Span
    first: bool  # the span's first piece: carries its anchor and focus
    children: list = field(default_factory=list)  # str | Mark
    height: int = 0  # 0 for a mark without marks inside; an outer mark is drawn lower


@dataclass
class Block:
    """A paragraph (with the gap before the next one): its language and its content."""

    start: int
    end: int
    language: str | None
    nodes: list  # str | Mark


def _order(span: Span) -> tuple:
    rank = OUTER_FIRST.index(span.kind) if span.kind in OUTER_FIRST else len(OUTER_FIRST)
    return (span.start, -span.end, 0 if span.part == "record" else 1, rank, span.key)


def layout(text: str, spans: list[Span], start: int = 0, end: int | None = None, seen: set[int] | None = None) -> list:
    """The nodes (strings and Marks) of text[start:end] with the spans inside it; spans
    are clipped to the range, empty ones dropped. `seen` (id() of the spans already
    given their first piece) is shared by the blocks of one text."""
    end = len(text) if end is None else end
    clipped = []
    for s in spans:
        a, b = max(s.start, start), min(s.end, end)
        if a < b:
            clipped.append((a, b, s))
    clipped.sort(key=lambda c: (c[0], -c[1]) + _order(c[2])[2:])
    positions = sorted({start, end} | {a for a, _, _ in clipped} | {b for _, b, _ in clipped})
    root: list = []
    stack: list[tuple[Mark, int]] = []  # open marks with their (clipped) end
    seen = set() if seen is None else seen
    pending = list(clipped)
    i = 0

    def children() -> list:
        return stack[-1][0].children if stack else root

    def open_mark(span: Span, mark_end: int) -> None:
        mark = Mark(span, first=id(span) not in seen)
        seen.add(id(span))
        children().append(mark)
        stack.append((mark, mark_end))

    for n, pos in enumerate(positions):
        # Close every span ending here; those above it that go on are reopened as new pieces.
        if any(e == pos for _, e in stack):
            reopen = []
            while any(e == pos for _, e in stack):
                mark, e = stack.pop()
                if e != pos:
                    reopen.append((mark.span, e))
            for span, e in reversed(reopen):
                open_mark(span, e)
        while i < len(pending) and pending[i][0] == pos:
            a, b, span = pending[i]
            open_mark(span, b)
            i += 1
        if n + 1 < len(positions):
            nxt = positions[n + 1]
            if nxt > pos:
                children().append(text[pos:nxt])
    for node in root:
        _set_heights(node)
    return root


def _set_heights(node) -> int:
    if not isinstance(node, Mark):
        return -1
    node.height = 1 + max((_set_heights(c) for c in node.children), default=-1)
    return node.height


def blocks(text: str, spans: list[Span], paragraphs: list[dict] | None) -> list[Block]:
    """The text cut at each paragraph's start (a gap goes with the paragraph before it),
    each block laid out with its spans and labelled with its paragraph's language."""
    starts = sorted({0} | {int(p["start"]) for p in paragraphs or [] if 0 < int(p["start"]) < len(text)})
    language_at = {int(p["start"]): p.get("language") for p in paragraphs or []}
    out = []
    seen: set[int] = set()
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else len(text)
        nodes = layout(text, spans, a, b, seen)
        # The blank lines before the next paragraph are drawn as the gap between blocks.
        if nodes and isinstance(nodes[-1], str) and (nodes[-1].rstrip("\n") or len(nodes) > 1):
            nodes[-1] = nodes[-1].rstrip("\n")
        out.append(Block(a, b, language_at.get(a), nodes))
    return out


def mark_texts(nodes: list) -> dict[str, str]:
    """key -> the text its pieces cover, concatenated (for tests and checks)."""
    out: dict[str, str] = {}

    def walk(node, keys: list[str]) -> None:
        if isinstance(node, Mark):
            if node.span.part == "record":
                keys = keys + [node.span.key]
            for c in node.children:
                walk(c, keys)
        else:
            for k in keys:
                out[k] = out.get(k, "") + node

    for node in nodes:
        walk(node, [])
    return out
