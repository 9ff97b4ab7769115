"""Roles and organisations attached by following the sentence's dependency parse (for the
languages whose spaCy pipeline has a parser: English and French here).

A person's role is a role noun linked to the name by the syntax:

  apposition after the name      "Agathe Arlotti, head of the innovation team at Medicen"
  apposition before the name     "le ministre wallon de l'Economie, Jean-Claude Marcourt"
  a noun modifying the name      "says director Brigitte Drees", "Bernard Vanhove président d'OSE"

and its organisation is the first proper noun down the role's chain of prepositional
attachments ("head -of-> team -at-> Medicen"): the common nouns passed on the way belong
to the role's wording ("head of the health innovation team"). A chain ending on the
noun a cluster calls itself ("du pôle", "of the cluster") points to the organisation the
document is about (OWN_ORGANISATION). A public office names no organisation: its chain is
part of its wording ("ministre wallon de l'Economie et de la Recherche").

The parse is plain data (`pipeline.nlp.Token`); this module imports no spaCy.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .text import normalise

OWN_ORGANISATION = "\x00own"  # "du pôle": the cluster the document is about

_PREP_DEPS = {"prep", "nmod", "obl", "obl:arg", "obl:mod"}
_ROLE_LINK_DEPS = {"appos", "nmod", "dep", "acl", "amod", "compound", "nsubj", "flat:name", "conj"}
_NAME_POS = {"PROPN"}
_MODIFIER_DEPS = {"amod", "compound", "flat:name", "nmod:poss"}
_ARTICLES = {"the", "a", "an", "le", "la", "les", "l", "un", "une", "de", "het", "een", "our", "notre", "onze"}
_NAME_THEN_COMMA = re.compile(r"[A-ZÀ-Ý][\w\-'’]+[ \t]+[A-ZÀ-Ý][\w\-'’]+[ \t]*,[ \t]*$")
_TOUCHING = re.compile(r"[\s,:(–—-]*(?:(?:the|a|an|le|la|les|l['’]|un|une|de|het|een)\s+)?", re.I)


@dataclass
class ParseAttachment:
    role_start: int | None
    role_end: int | None
    role: str | None
    organisation: str | None


class ParsedDoc:
    """Index over a document's tokens: character offsets to tokens, children by head."""

    def __init__(self, text: str, tokens: list):
        self.text = text
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.children: list[list[int]] = [[] for _ in tokens]
        for i, t in enumerate(tokens):
            if t.head != i:
                self.children[t.head].append(i)

    def span_tokens(self, start: int, end: int) -> list[int]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].start < end:
            out.append(i)
            i += 1
        return out

    def subtree(self, i: int) -> list[int]:
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(self.children[j])
        return sorted(out)


def attach(doc: ParsedDoc, start: int, end: int, langs: list[dict], find_role, is_public_office,
           own_nouns: set[str]) -> ParseAttachment | None:
    """The role noun the parse links to the name in [start, end), and its organisation."""
    span = doc.span_tokens(start, end)
    if not span:
        return None
    inside = set(span)
    toks = doc.tokens
    heads = [i for i in span if toks[i].head not in inside or toks[i].head == i]
    if not heads:
        return None
    head = heads[0]
    candidates: list[int] = []
    # The name is in apposition to a role noun (the role comes first).
    if toks[head].dep == "appos" and toks[head].head not in inside:
        candidates.append(toks[head].head)
    # A role noun hangs from the name (apposition after it, or a modifier before it).
    for i in span:
        for c in doc.children[i]:
            if c not in inside and toks[c].dep in _ROLE_LINK_DEPS:
                candidates.append(c)
    for r in candidates:
        rt = toks[r]
        if rt.pos in ("VERB", "AUX", "PRON", "DET", "ADP") or not rt.text[:1].isalpha():
            continue  # (the part of speech is empty where no tagger ran)
        # The role phrase must touch the name: nothing but a comma, a bracket or an
        # article between them, on the same line (a parse may link words far apart).
        sub = [i for i in doc.subtree(r) if i not in inside]
        if not sub:
            continue
        first, last = _role_phrase(doc, r, inside)
        if r < span[0]:
            gap = doc.text[max(toks[i].end for i in sub if i < span[0]):start]
            if "\n" in gap or not _TOUCHING.fullmatch(gap):
                continue
        else:
            # Between the name and the title, only punctuation and the title's own
            # modifiers ("Laura Chen, the cluster's newly appointed managing director").
            between = [i for i in range(span[-1] + 1, first) if toks[i].text not in ",(–—-:"]
            allowed = set(sub)
            for i in between:  # an article the parser hung elsewhere, and its modifiers
                if normalise(toks[i].text) in _ARTICLES or toks[i].head in allowed and toks[i].head in between:
                    allowed.add(i)
            if "\n" in doc.text[end:toks[first].start] or any(i not in allowed for i in between):
                continue
        if r < span[0] and _NAME_THEN_COMMA.search(doc.text[max(0, toks[first].start - 60):toks[first].start]):
            continue  # "X Y, Vice President, Z": the title is X Y's, in apposition
        wording = doc.text[toks[first].start:toks[last].end]
        match = find_role(wording, langs)
        if match is None:
            continue
        public = is_public_office(match.code)
        org, last = _organisation_chain(doc, r, last, inside, public, own_nouns)
        owner = _possessor(doc, r, inside, own_nouns)
        if owner and not public:
            org = owner  # "Biocat's head of international affairs", "the cluster's director"
        # The wording starts at the title ("long-serving head of ..." -> "head of ...").
        begin = toks[first].start + match.start
        wording = doc.text[begin:toks[last].end].strip(" ,")
        return ParseAttachment(begin, toks[last].end, wording, org)
    return None


def _role_phrase(doc: ParsedDoc, r: int, inside: set[int]) -> tuple[int, int]:
    """The role noun with its adjacent modifiers ("directrice générale", "Senior Project
    Manager"), never reaching into the name."""
    toks = doc.tokens
    first = last = r
    mods = [c for c in doc.children[r] if c not in inside and toks[c].dep in _MODIFIER_DEPS and toks[c].text[:1].isalpha()]
    for c in sorted(mods, reverse=True):  # leftwards, nearest first
        if c == first - 1:
            first = c
    for c in sorted(mods):
        if c == last + 1:
            last = c
    return first, last


def _possessor(doc: ParsedDoc, r: int, inside: set[int], own_nouns: set[str]) -> str | None:
    """The organisation that owns the role: "Biocat's", "the cluster's" (the document's)."""
    toks = doc.tokens
    for c in doc.children[r]:
        if c in inside or toks[c].dep not in ("poss", "nmod:poss"):
            continue
        if normalise(toks[c].text) in own_nouns:
            return OWN_ORGANISATION
        if toks[c].text[:1].isupper():
            words = [i for i in doc.subtree(c) if i not in inside and toks[i].dep not in ("det", "case") and toks[i].text not in ("'s", "’s", "'")]
            if words:
                return doc.text[toks[words[0]].start:toks[words[-1]].end]
    return None


def _organisation_chain(doc: ParsedDoc, r: int, last: int, inside: set[int], public: bool,
                        own_nouns: set[str]) -> tuple[str | None, int]:
    """Follow the prepositional attachments from the role noun: the first proper noun is
    the organisation; common nouns on the way extend the role's wording."""
    toks = doc.tokens
    node = r
    for _ in range(4):
        nxt = None
        for c in doc.children[node]:
            if c in inside or c < node:
                continue
            t = toks[c]
            if t.dep == "prep":  # English: the preposition, then its object
                objs = [g for g in doc.children[c] if toks[g].dep in ("pobj", "pcomp")]
                if objs:
                    nxt = objs[0]
                    break
            elif t.dep in _PREP_DEPS and any(toks[g].dep == "case" for g in doc.children[c]):
                nxt = c  # French (UD): the noun, with its preposition as a "case" child
                break
        if nxt is None:
            return None, last
        between = doc.text[toks[last].end:toks[nxt].start]
        if any(ch in between for ch in ",;()\n") or "\n" in doc.text[toks[nxt].start:toks[nxt].end]:
            return None, last
        n = toks[nxt]
        sub = [i for i in doc.subtree(nxt) if i not in inside]
        if public:
            # "ministre wallon de l'Economie et de la Recherche": the office's portfolio.
            last = max(last, _until_punctuation(doc, sub))
            node = nxt
            continue
        if n.pos in _NAME_POS or n.text[:1].isupper() or n.ent:
            begin = next((i for i in sub if toks[i].dep not in ("det", "case")), nxt)
            end_i = _until_punctuation(doc, [i for i in sub if i >= begin])
            return doc.text[toks[begin].start:toks[end_i].end], last
        if normalise(n.text) in own_nouns:
            return OWN_ORGANISATION, last
        last = max(last, nxt)
        node = nxt
    return None, last


def _until_punctuation(doc: ParsedDoc, sub: list[int]) -> int:
    toks = doc.tokens
    end_i = sub[0]
    for i in sub:
        if i != end_i + 1 and i != sub[0]:
            break
        if toks[i].text.strip() in (",", ";", "(", ")", ".", ":", "") or "\n" in doc.text[toks[end_i].end:toks[i].start]:
            break
        end_i = i
    return end_i
