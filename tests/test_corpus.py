"""The per-extractor, per-language corpus (tests/corpus/*.py) run through the whole
pipeline: each example is written to a .txt file, processed once with
``pipeline.process.process_file`` (results cached by text), and the part of the record
its extractor is responsible for is compared with the annotation, by FORMAT.md's rules.

Test ids are ``<extractor>-<language>-<index>``, the index into
``tests/corpus/<extractor>.py``'s ``EXAMPLES[<language>]`` list (0-based).

Every test first checks the detected language, so a failure caused by a misdetected
language says so rather than showing a confusing extraction difference.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from corpus import clusters as clusters_corpus  # noqa: E402
from corpus import contacts as contacts_corpus  # noqa: E402
from corpus import dates as dates_corpus  # noqa: E402
from corpus import figures as figures_corpus  # noqa: E402
from corpus import persons as persons_corpus  # noqa: E402
from pipeline.evaluate import similar  # noqa: E402
from pipeline.extract.clusters import registry_key  # noqa: E402
from pipeline.extract.text import normalise  # noqa: E402
from pipeline.process import process_file  # noqa: E402

CORPORA = {
    "figures": figures_corpus.EXAMPLES,
    "persons": persons_corpus.EXAMPLES,
    "contacts": contacts_corpus.EXAMPLES,
    "clusters": clusters_corpus.EXAMPLES,
    "dates": dates_corpus.EXAMPLES,
}

CASES = [
    pytest.param(extractor, lang, i, text, expected, id=f"{extractor}-{lang}-{i}")
    for extractor, corpus in CORPORA.items()
    for lang, examples in corpus.items()
    for i, (text, expected) in enumerate(examples)
]

_RECORDS: dict[str, object] = {}


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("corpus")


def _record(text: str, folder: Path):
    """The DocumentRecord of `text`, processed once per session."""
    if text not in _RECORDS:
        path = folder / f"{hashlib.sha1(text.encode()).hexdigest()[:12]}.txt"
        path.write_text(text, encoding="utf-8")
        _RECORDS[text] = process_file(path)
    return _RECORDS[text]


# --- comparison helpers -------------------------------------------------------------------


def _num(v) -> float | None:
    return None if v is None else round(float(v), 6)


def _fmt(v) -> str:
    if v is None:
        return "None"
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def _figure_key(value, value_max, unit, qualifier) -> tuple:
    return (_num(value), _num(value_max), unit, qualifier)


def _show_figures(keys) -> str:
    out = []
    for value, value_max, unit, qualifier in sorted(keys, key=str):
        shown = _fmt(value) if value_max is None else f"{_fmt(value)}..{_fmt(value_max)}"
        out.append(f"{shown} {unit} {qualifier}")
    return "[" + "; ".join(out) + "]"


def _same_cluster(a: str, b: str) -> bool:
    ka, kb = registry_key(a), registry_key(b)
    return ka is not None and ka == kb


def check_figures(record, expected) -> None:
    want = Counter(_figure_key(e[0], e[1], e[2], e[3]) if len(e) == 4 else _figure_key(e[0], None, e[1], e[2])
                   for e in expected)
    got = Counter(_figure_key(f.value, f.value_max, f.unit, f.qualifier) for f in record.figures)
    spans = [f.provenance.text for f in record.figures]
    assert got == want, f"expected {_show_figures(want.elements())}; got {_show_figures(got.elements())} from {spans}"


def check_persons(record, expected) -> None:
    got = {normalise(p.name): p for p in record.persons}
    want = {normalise(name): (name, role, org) for name, role, org in expected}
    shown_got = [(p.name, p.role, p.organization) for p in record.persons]
    assert set(got) == set(want), f"expected names {sorted(n for n, _, _ in expected)}; got {shown_got}"
    wrong = []
    for key, (name, role, org) in want.items():
        p = got[key]
        if not similar(p.role, role):
            wrong.append(f"{name}: role expected {role!r}, got {p.role!r}")
        if not similar(p.organization, org, _same_cluster):
            wrong.append(f"{name}: organization expected {org!r}, got {p.organization!r}")
    assert not wrong, "; ".join(wrong)


def _contact_key(name, email, phone) -> tuple:
    return (normalise(name or ""), (email or "").strip().lower() or None, "".join((phone or "").split()) or None)


def check_contacts(record, expected) -> None:
    want = {_contact_key(*e) for e in expected}
    got = {_contact_key(c.name, c.email, c.phone) for c in record.contacts}
    shown = sorted(((c.name, c.email, c.phone) for c in record.contacts), key=str)
    assert got == want, f"expected {sorted(expected, key=str)}; got {shown}"


def check_clusters(record, expected) -> None:
    # A predicted cluster matches an expected name when its name or any alias does
    # (normalised), as FORMAT.md matches clusters.
    # An entry (name, members) also checks the cluster's member count.
    remaining = list(record.clusters)
    missing, wrong_members = [], []
    for entry in expected:
        name, members = entry if isinstance(entry, tuple) else (entry, ...)
        match = next((c for c in remaining if normalise(name) in {normalise(n) for n in [c.name, *c.aliases]}), None)
        if match is None:
            missing.append(name)
        else:
            remaining.remove(match)
            if members is not ... and match.members != members:
                wrong_members.append(f"{name}: members expected {members}, got {match.members}")
    shown = [c.name + (f" (aliases {c.aliases})" if c.aliases else "") for c in record.clusters]
    assert not missing and not remaining, f"expected {expected}; got {shown}"
    assert not wrong_members, "; ".join(wrong_members)


def check_dates(record, expected) -> None:
    mentions = [(d.date, d.kind) for d in record.dated_mentions]
    assert record.date == expected, f"expected {expected}; got {record.date} (dates found: {mentions})"


CHECKS = {
    "figures": check_figures,
    "persons": check_persons,
    "contacts": check_contacts,
    "clusters": check_clusters,
    "dates": check_dates,
}


@pytest.mark.parametrize("extractor, lang, index, text, expected", CASES)
def test_corpus(extractor, lang, index, text, expected, corpus_dir):
    record = _record(text, corpus_dir)
    assert record.language == lang, f"language detected as {record.language!r}, not {lang!r}"
    CHECKS[extractor](record, expected)


def test_corpus_size():
    """At least 8 positive and 3 empty examples per extractor and language."""
    for extractor, corpus in CORPORA.items():
        assert set(corpus) == {"en", "fr", "nl"}, extractor
        for lang, examples in corpus.items():
            positive = sum(1 for _, e in examples if e)
            empty = sum(1 for _, e in examples if not e)
            assert positive >= 8 and empty >= 3, f"{extractor}-{lang}: {positive} positive, {empty} empty"
