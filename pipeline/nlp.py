"""spaCy NER and dependency parse, loaded lazily per language and only when a document
needs it.

The pipelines a language may use are listed in its data file (`spacy_models`), best
first; the first one installed is loaded with its `ner` component and, where it has one,
its `parser` (without the tagger: nothing reads parts of speech): the person
extractor follows the parse to attach roles and organisations (appositions, "Role of
Org", lists). The lemmatizer and the rest are not loaded. A language with no installed
pipeline (Dutch, here) gets no NER spans and no parse: its persons come from rules and
gazetteers, its roles from token patterns; installing `nl_core_news_sm` makes the same
code use it.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from .langdata import language

MAX_NER_CHARS = 200_000  # spaCy's memory grows with document length; longer texts are chunked
# The components kept: NER and the dependency parse. The parser does not read the
# tagger's output, and the person extractor needs no part of speech, so the tagger, the
# morphologizer and the attribute ruler (a third of the English pipeline's time) stay out.
KEPT_COMPONENTS = ("tok2vec", "parser", "ner")


class Token(NamedTuple):
    """One token of the parse, plain data (picklable, cheap): character span, text, part
    of speech, dependency label, index of its head, entity label."""

    start: int
    end: int
    text: str
    pos: str
    dep: str
    head: int
    ent: str


@dataclass
class Analysis:
    """What spaCy gives a document: person spans, and the parsed tokens (empty when the
    pipeline has no parser)."""

    persons: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)


@lru_cache(maxsize=None)
def model_name(code: str) -> str | None:
    try:
        candidates = language(code).get("spacy_models", [])
    except KeyError:
        return None
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


@lru_cache(maxsize=None)
def load(code: str):
    """The pipeline for a language (NER and parse), or None when none is installed."""
    name = model_name(code)
    if name is None:
        return None
    import json
    from pathlib import Path

    import spacy
    from thinc.api import NumpyOps, set_current_ops

    # thinc's bundled BLIS runs generic code on this CPU; numpy's BLAS is faster here
    # and gives the same entities (bench/blis.py: 1.45x for English, 1.08x for French).
    set_current_ops(NumpyOps(use_blis=False))
    from .regex_cache import cached_large_patterns

    meta = json.loads((Path(importlib.util.find_spec(name).origin).parent / "meta.json").read_text())
    # spaCy's French tokenizer compiles a 1.4 MB pattern on import: cached on disk.
    with cached_large_patterns():
        return spacy.load(name, exclude=[p for p in meta.get("pipeline", []) if p not in KEPT_COMPONENTS])


def person_labels(code: str) -> set[str]:
    try:
        return set(language(code).get("person_labels", []))
    except KeyError:
        return set()


def analyse(texts: list[str], code: str, batch_size: int = 16) -> list[Analysis]:
    """Person entities and parsed tokens of each text (empty without a pipeline).

    NER reads every text whole; the parser only the sentences that hold a person
    candidate (an entity, or capitalised words from a known first name on, or initials
    and a surname): the parse serves the attachment of roles, and most sentences of a
    press release name nobody."""
    nlp = load(code)
    if nlp is None:
        return [Analysis() for _ in texts]
    labels = person_labels(code)
    texts = [t[:MAX_NER_CHARS] for t in texts]
    parsing = [p for p in ("tok2vec", "parser") if p in nlp.pipe_names]
    out = []
    for doc in nlp.pipe(texts, batch_size=batch_size, disable=parsing):
        out.append(Analysis([(e.start_char, e.end_char) for e in doc.ents if e.label_ in labels]))
    if "parser" not in nlp.pipe_names:
        return out
    windows = [(i, a, b) for i, (text, found) in enumerate(zip(texts, out)) for a, b in _windows(text, found.persons)]
    others = [p for p in nlp.pipe_names if p not in parsing]
    docs = nlp.pipe((texts[i][a:b] for i, a, b in windows), batch_size=batch_size, disable=others)
    for (i, a, _), doc in zip(windows, docs):
        tokens = out[i].tokens
        base = len(tokens)
        tokens.extend(Token(a + t.idx, a + t.idx + len(t.text), t.text, t.pos_, t.dep_, base + t.head.i, "")
                      for t in doc)
    return out


WINDOW = 300  # characters of context either side of a name, at most


def _windows(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences around the person candidates, merged where they overlap."""
    from .extract.names import INITIALS_PATTERN, NAME_PATTERN, is_first_name
    from .extract.text import sentence_bounds

    spots = [a for a, _ in persons]
    spots += [m.start(1) for m in NAME_PATTERN.finditer(text) if is_first_name(m.group(1).split()[0])]
    spots += [m.start(1) for m in INITIALS_PATTERN.finditer(text)]
    spans = []
    for pos in sorted(set(spots)):
        a, b = sentence_bounds(text, pos)
        a, b = max(a, pos - WINDOW), min(b, pos + WINDOW)
        # Whole words at the edges.
        while a > 0 and not text[a - 1].isspace() and pos - a < WINDOW + 40:
            a -= 1
        while b < len(text) and not text[b].isspace() and b - pos < WINDOW + 40:
            b += 1
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], b))
        else:
            spans.append((a, b))
    return spans
