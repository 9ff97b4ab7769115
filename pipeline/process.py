"""One document through the stages, in order:

    read -> clean -> detect language -> extract -> validate

`process_file` returns the validated DocumentRecord; writing and reconciling are the
callers' (pipeline.batch) business. NER runs for many documents at once, batched per
language.

`run(paths, cache=..., workers=..., chunk_size=..., limits=...) -> Iterator[Result]` is
the one seam where documents are processed: it yields one `Result` per path, in the
order of `paths`, whatever engine does the work. The local engine here runs the work in
worker processes forked from a warmed-up parent (models loaded once, shared), so that a
document over its time or memory limit can be stopped by killing its worker without
losing the others. Another engine (a cluster) plugs in by yielding the same Results,
doing the per-chunk work with `work(items, limits)`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import time
import traceback
from collections import defaultdict, deque
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from . import language as lang_stage
from .clean import CleanText, clean
from .langdata import cluster_registry, language, supported_languages
from .models import (ClusterRecord, ContactRecord, DateMention, DocumentRecord, FigureRecord, ParagraphLanguage,
                     PersonRecord, Provenance)
from .errors import InputError, LimitExceeded
from .limits import DEFAULT, Limits
from .read import RawDocument, read_document
from .validate import validate_document
from .extract.clusters import ClusterMention, cluster_key_for, find_cluster_mentions, region_after
from .extract.contacts import extract_contacts
from .extract.dates import FoundDate, document_date, find_dates, html_publication_date
from .extract.figures import extract_figures
from .extract.persons import extract_persons
from .extract.text import line_bounds, normalise, sentence_bounds

# Language-independent extraction for a document in a language without data: digits in
# the most common convention, e-mails and phones.
NEUTRAL_LANGUAGE = {"code": "und", "decimal_separator": ".", "thousands_separators": [",", " "]}


@dataclass
class Prepared:
    """A document after the language-independent stages, ready for NER and extraction."""

    raw: RawDocument
    cleaned: CleanText
    language: str
    paragraphs: list[lang_stage.Paragraph]


# Cleaning never lengthens a text; these bound the raw text before cleaning runs, so a
# 20 MB file is refused at once rather than cleaned first (markup is at most this share).
RAW_CHARS_FACTOR = {"html": 10, "md": 2, "txt": 2, "pdf": 1}


@lru_cache(maxsize=8)
def _symbol_run(limit: int) -> re.Pattern:
    return re.compile(r"[^\w\s]{%d,}" % (limit + 1))


def prepare(path: Path, limits: Limits = DEFAULT) -> Prepared:
    raw = read_document(path, limits)
    if len(raw.text) > limits.max_chars * RAW_CHARS_FACTOR.get(raw.format, 1):
        raise LimitExceeded(path, f"text far longer than {limits.max_chars} characters ({len(raw.text)} before cleaning)",
                            "max-chars")
    cleaned = clean(raw.text, raw.format)
    if not cleaned.text.strip():
        raise InputError(path, "no text left after cleaning")
    run = _symbol_run(limits.max_symbol_run).search(cleaned.text)
    if run is not None:
        # spaCy's tokenizer is quadratic in such a run ("+" x 50,000: ten minutes).
        raise LimitExceeded(path, f"a run of {len(run.group())} non-word characters ({run.group()[:3]}...) at character "
                                  f"{run.start()}, longer than {limits.max_symbol_run}", "max-symbol-run")
    if len(cleaned.text) > limits.max_chars:
        raise LimitExceeded(path, f"text longer than {limits.max_chars} characters ({len(cleaned.text)})", "max-chars")
    code = lang_stage.detect_document_language(cleaned.text)
    paragraphs = lang_stage.detect_paragraph_languages(cleaned.text, code)
    return Prepared(raw, cleaned, code, paragraphs)


def record_id(prefix: str, *parts: object) -> str:
    """An ID from a record's content, never from its position in a list."""
    digest = hashlib.sha1(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()
    return f"{prefix}_{digest[:12]}"


def _lang_data(code: str) -> dict | None:
    return language(code) if code in supported_languages() else None


def extract(prep: Prepared, ner_spans: list[tuple[int, int]], tokens: list | None = None) -> DocumentRecord:
    text = prep.cleaned.text
    source = prep.raw.source
    doc_lang = _lang_data(prep.language)
    warnings: list[str] = []
    if doc_lang is None:
        warnings.append(f"language '{prep.language}' is not supported: only e-mails, phones and numbers were extracted")
    # Wordings of every supported language are accepted in role and contact phrases
    # (a French release names an English agency; a Dutch one uses English titles), the
    # document's own first.
    langs = ([doc_lang] if doc_lang else []) + [language(c) for c in supported_languages() if c != prep.language]

    def prov(start: int, end: int) -> Provenance:
        return Provenance(source=source, start=start, end=end, text=text[start:end],
                          language=lang_stage.language_at(prep.paragraphs, start, prep.language))

    # Dates first: their spans are not figures. A date line in another supported language
    # (a Dutch letter headed "Date : Tuesday, March 04, 2003") still dates the document.
    dates = find_dates(text, doc_lang, langs[1:]) if doc_lang else []
    date_spans = [(d.start, d.end) for d in dates]

    mentions = find_cluster_mentions(text, doc_lang) if doc_lang else []
    registry = cluster_registry()
    countries = [registry[m.key]["country"] for m in mentions if m.key in registry]
    # Contact blocks are read with every language's labels and headings, even in a
    # language without data ("E-Mail:" is a label, not a name).
    contact_result = extract_contacts(text, doc_lang or NEUTRAL_LANGUAGE, langs, countries)
    item_spans = contact_result.phone_spans + contact_result.email_spans + contact_result.number_spans

    persons = []
    if doc_lang:
        persons = extract_persons(text, langs, ner_spans, [(m.start, m.end) for m in mentions] + contact_result.email_spans,
                                  contact_result.persons, tokens=tokens or [], context_org=_main_cluster(mentions))

    figures = []
    for start, end, code in _language_runs(prep):
        data = _lang_data(code) or doc_lang or NEUTRAL_LANGUAGE
        local = [(a - start, b - start) for a, b in item_spans + date_spans if a < end and start < b]
        for f in extract_figures(text[start:end], data, local):
            figures.append((f, start))

    cluster_records = _cluster_records(text, source, mentions, contact_result.regions, figures, doc_lang, prov)
    person_records = []
    for p in persons:
        evidence = (p.evidence_start, p.evidence_end) if p.evidence_start is not None else (p.start, p.end)
        org_key = cluster_key_for(p.organization, mentions) if p.organization else None
        person_records.append(PersonRecord(
            id=record_id("per", source, normalise(p.name)), name=p.name, role=p.role, role_code=p.role_code,
            organization=p.organization, organization_cluster_id=org_key if org_key in registry else None,
            provenance=prov(*evidence), mentions=p.mentions))
    contact_records = []
    for c in contact_result.contacts:
        org_key = cluster_key_for(c.organization, mentions) if c.organization else None
        if org_key is None and c.email:
            org_key = _cluster_by_domain(c.email)
        contact_records.append(ContactRecord(
            id=record_id("con", source, normalise(c.name or ""), c.email, c.phone), name=c.name, organization=c.organization,
            email=c.email, phone=c.phone, phone_as_written=c.phone_as_written,
            cluster_id=org_key if org_key in registry else None, provenance=prov(c.start, c.end)))
    figure_records = []
    for f, base in figures:
        start, end = base + f.start, base + f.end
        figure_records.append(FigureRecord(
            id=record_id("fig", source, f.value, f.value_max, f.unit, normalise(text[start:end]), normalise(f.about or "")),
            value=f.value, value_max=f.value_max, unit=f.unit, qualifier=f.qualifier, about=f.about,
            provenance=prov(start, end), mentions=f.mentions))
    doc_date = document_date(dates)
    if (doc_date is None or doc_date.kind != "dateline") and prep.raw.format == "html":
        # A web page's metadata beats a date found in its text (a cookie banner's
        # "last updated"), but not a press release's dateline.
        iso = html_publication_date(prep.raw.text)
        if iso:
            # Point at the visible date when the page shows it, else at nothing.
            shown = next((d for d in dates if d.date == iso), None)
            doc_date = shown or FoundDate(iso, "publication", 0, 0)
    record = DocumentRecord(
        source=source, source_sha256=prep.raw.sha256, format=prep.raw.format, language=prep.language,
        date=doc_date.date if doc_date else None,
        date_provenance=prov(doc_date.start, doc_date.end) if doc_date and doc_date.end > doc_date.start else None,
        text_length=len(text),
        paragraphs=[ParagraphLanguage(start=p.start, end=p.end, language=p.language) for p in prep.paragraphs],
        clusters=cluster_records, persons=person_records, contacts=contact_records, figures=figure_records,
        dated_mentions=[DateMention(date=d.date, kind=d.kind, provenance=prov(d.start, d.end)) for d in dates],
        warnings=warnings)
    return validate_document(record, text)


def _main_cluster(mentions: list[ClusterMention]) -> str | None:
    """The cluster the document is about: the one named most often (the first on a tie),
    as the text prints it most often. "Le président du pôle" is its president."""
    counts: dict[str, list[ClusterMention]] = {}
    for m in mentions:
        counts.setdefault(m.key, []).append(m)
    if not counts:
        return None
    best = max(counts.values(), key=lambda ms: (len(ms), -ms[0].start))
    wordings = [m.text for m in best]
    return max(wordings, key=lambda w: (wordings.count(w), -wordings.index(w)))


def _language_runs(prep: Prepared) -> list[tuple[int, int, str]]:
    """Stretches of text in one language: consecutive paragraphs of the same language
    (the gaps between paragraphs go with the preceding run)."""
    runs: list[list] = []
    for p in prep.paragraphs:
        if runs and runs[-1][2] == p.language:
            runs[-1][1] = p.end
        else:
            runs.append([p.start, p.end, p.language])
    return [tuple(r) for r in runs]  # type: ignore[misc]


def _cluster_by_domain(email: str) -> str | None:
    domain = email.rsplit("@", 1)[-1].lower()
    for key, entry in cluster_registry().items():
        if any(domain == d or domain.endswith("." + d) for d in entry.get("domains", [])):
            return key
    return None


def _cluster_records(text, source, mentions: list[ClusterMention], contact_regions, figures, doc_lang, prov) -> list[ClusterRecord]:
    by_key: dict[str, list[ClusterMention]] = {}
    for m in mentions:
        by_key.setdefault(m.key, []).append(m)
    members = _member_counts(text, mentions, figures, doc_lang)
    regions: dict[str, str] = {}
    for org, region in contact_regions.items():
        key = cluster_key_for(org, mentions)
        if key:
            regions.setdefault(key, region)
    for m in mentions:
        region = region_after(text, m, doc_lang)
        if region:
            regions.setdefault(m.key, region)
    records = []
    for key, ms in by_key.items():
        name = ms[0].name
        aliases = sorted({m.text for m in ms if m.text != name})
        records.append(ClusterRecord(
            id=record_id("clu", source, key), name=name, registry_id=key if key in cluster_registry() else None,
            aliases=aliases, members=members.get(key), region=regions.get(key), provenance=prov(ms[0].start, ms[0].end),
            mentions=len(ms)))
    return records


def _member_counts(text: str, mentions: list[ClusterMention], figures, doc_lang) -> dict[str, int]:
    """Each cluster's count of members, stated in any usual way ("compte 155 adhérents",
    "ses 155 adhérents", "En tout, 135 adhérents dont ...", "- 312 adhérents", "telt 40
    leden", "réunit quelque 106 sociétés", "umbrella organisation for 200 companies",
    "bringing its membership to more than 420"; the wordings are language data). Counts
    of other groups (tenants, hosted companies, an ecosystem's actors, partners) are not
    members."""
    if not doc_lang:
        return {}
    words = lambda key: [normalise(w) for w in doc_lang.get(key, [])]  # noqa: E731
    member_words, org_nouns = words("member_words"), words("member_org_nouns")
    out: dict[str, int] = {}
    for f, base in figures:
        if f.unit != "count" or f.qualifier in ("less_than", "up_to", "range"):
            continue
        about = normalise(f.about or "")
        # What is counted: members ("155 adhérents", "40 leden"), or companies and
        # organisations, which are members only when the cluster gathers them ("réunit
        # quelque 106 sociétés", "umbrella organisation for 200 companies"); tenants,
        # hosted companies, partners and an ecosystem's actors are not members.
        if any(about == w or about.startswith(w + " ") for w in member_words):
            counted = "members"
        elif set(about.split()[:3]) & set(org_nouns):
            counted = "organisations"
        else:
            counted = None
        # The same fact may be stated more than once ("- 312 adhérents" in a list, then
        # "Il fédère 312 adhérents"): every statement of it is read.
        head = about.split()[:1]
        for i, (start, end) in enumerate(_statements(text, base + f.start, base + f.end)):
            if i and normalise(text[end:end + 40]).split()[:1] != head:
                continue  # the same number counting something else
            choice = _member_statement(text, start, end, counted, mentions, doc_lang)
            if choice:
                out.setdefault(choice, int(f.value))
                break
    return out


def _statements(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The figure's span, then every other place where its number is printed."""
    digits = re.search(r"\d[\d.,\u00a0 ]*\d|\d|[^\W\d_]+$", text[start:end])
    spans = [(start, end)]
    if digits:
        number = digits.group().strip()
        for m in re.finditer(rf"(?<![\w.,]){re.escape(number)}(?![\w]|[.,]\d)", text):
            if m.start() != start + digits.start():
                spans.append((m.start(), m.end()))
    return spans


def _member_statement(text: str, start: int, end: int, counted, mentions, doc_lang) -> str | None:
    """The cluster whose member count `text[start:end]` states, or None."""
    words = lambda key: [normalise(w) for w in doc_lang.get(key, [])]  # noqa: E731
    before = normalise(text[max(text.rfind("\n", 0, start) + 1, start - 60, 0):start])
    # A count of members is stated with a verb of having ("has 155 members", "telt 317
    # leden", "compte plus de 500 adhérents"), a possessive ("ses 155 adhérents") or as
    # the cluster's total ("En tout, 135 adhérents dont ...", a list line "- 312
    # adhérents"); "16 members took part" or "to reach 350 members" is not its size.
    after = text[end:end + 80]
    # A time phrase between the verb and the count is no part of the wording: "se
    # composait en 2013 de 155 entreprises", "had in 2019 300 members".
    preps = words("member_time_prepositions")
    if preps:
        before = re.sub(rf"\b(?:{'|'.join(map(re.escape, preps))}) (?:19|20)\d\d\b ?", "", before).rstrip()
    if counted == "members":
        label_like = re.match(rf"\s*\S+(?:\s*$|\s*[\n(,;.:–—-]|\s+(?:{'|'.join(map(re.escape, words('member_list_followers'))) or '(?!)'})\b)",
                              after, re.I) is not None
        # An adverb may come between: "compte aujourd'hui 155 adhérents".
        for adverb in sorted(words("member_adverbs"), key=len, reverse=True):
            if before.endswith(" " + adverb):
                before = before[:-len(adverb) - 1]
                break
        ok = (any(_ends_with_verb(before, v) for v in words("member_verbs"))
              or any(_ends_with_verb(before, p) for p in words("member_possessives"))
              or (label_like and (not before or any(before.endswith(t) for t in words("member_totalisers"))
                                  # "- Lyonbiopôle : 291 adhérents"
                                  or any(text[m.end:start].strip() in (":", "–", "—", "-") for m in mentions
                                         if m.end <= start and "\n" not in text[m.end:start]))))
    elif counted == "organisations":
        # "bestaat uit 24 grote bedrijven, 33 mkb en 16 instituten": one part of a
        # breakdown is not the count of members.
        ok = (any(_ends_with_verb(before, v) for v in words("member_gathering_verbs"))
              and not re.match(r"[^.;:\n\d]{0,40}?,[ \t]*\d", after))
    else:
        ok = False
    # "bringing its membership to more than 420", whatever follows the number.
    ok = ok or any(before.endswith(p) for p in words("membership_phrases"))
    if not ok:
        return None
    # Whose count: the cluster named last before it in its sentence, else first after
    # it in the sentence ("Avec plus de 500 adhérents, ... Medicen Paris Region est"),
    # else last before it in its paragraph, else the section heading's cluster. A count
    # of companies needs the cluster in its own sentence.
    sent_start, sent_end = sentence_bounds(text, start)
    para_break = text.rfind("\n\n", 0, start)
    para_start = para_break + 2 if para_break >= 0 else 0
    # A sentence end inside a cluster's name ("Life Science Nord e.V. Association") is no end.
    choices = [m for m in mentions if m.start < start and (sent_start <= m.start or not text[m.end:sent_start].strip())][-1:]
    if not choices and _names_cluster_noun(text[sent_start:start], doc_lang):
        # "Le pôle de compétitivité ... se composait de 155 entreprises": the cluster the
        # text last named.
        choices = [m for m in mentions if m.end <= sent_start][-1:]
    if counted != "organisations":
        choices = (choices
                   or [m for m in mentions if start < m.start < sent_end][:1]
                   or [m for m in mentions if para_start <= m.start < start][-1:]
                   or [m for m in mentions if m.start < start and _is_heading(text, m.start)][-1:])
    if not choices:
        return None
    if counted == "organisations" and _is_site(choices[0]):
        return None  # a park's or a campus's companies are its tenants, not members
    return choices[0].key


def _names_cluster_noun(sentence: str, doc_lang) -> bool:
    """The sentence opens with a cluster noun after at most one determiner ("Le pôle de
    compétitivité ...", "The cluster ...", "Het cluster ...")."""
    head = normalise(sentence).split()[:6]
    for noun in doc_lang.get("cluster_nouns", []):
        n = normalise(noun).split()
        if head[:len(n)] == n or head[1:1 + len(n)] == n:
            return True
    return False


def _is_site(mention: ClusterMention) -> bool:
    entry = cluster_registry().get(mention.key)
    if entry is not None:
        return entry.get("kind") in ("park", "campus", "biocluster")
    return normalise(mention.name).split()[-1:] in (["park"], ["parc"], ["campus"])


def _ends_with_verb(before: str, verb: str) -> bool:
    """'mva has' or 'clubster nsl brengt een' (one word, an article, may follow the verb)."""
    words, size = before.split(), len(verb.split())
    return " ".join(words[-size:]) == verb or " ".join(words[-size - 1:-1]) == verb


def _is_heading(text: str, pos: int) -> bool:
    a, b = line_bounds(text, pos)
    line = text[a:b].strip()
    return 0 < len(line.split()) <= 10 and not line.endswith(".")


# --- the work on a chunk of documents, wherever it runs -----------------------------------

NER_BATCH_CHARS = 100_000  # documents share a spaCy batch up to this many characters
WARM_UP_MIN_DOCS = 8  # from this many documents to process, models load before workers fork


@dataclass
class Result:
    """What `run` yields per file: the output JSON, or the one-line error.

    kind: None when the document succeeded; "input" for a bad document or one over a
    limit (exit code 1); "internal" for a bug met on that document (exit code 3), with
    the traceback for --debug."""

    path: Path
    json: str | None
    error: str | None
    cached: bool = False
    kind: str | None = None
    traceback: str | None = None


class _OutOfMemory(Exception):
    """Raised after reporting a MemoryError: the process that met it should end."""


def _records(items: list[tuple[int, Path]], limits: Limits, unit=lambda ids: None,
             ) -> Iterator[tuple[int, DocumentRecord | None, Exception | None, str | None]]:
    """(id, record, None, None) or (id, None, error, traceback) per item. `unit(ids)` is
    called before the work of each step starts, naming the documents it is for (the
    supervisor charges its time to them). Documents are prepared one by one, then NER
    runs batched per language, then each is extracted."""
    from . import nlp

    prepared: list[tuple[int, Prepared]] = []
    unit([])  # what is loaded once per process is charged to no document
    _warm_up_detection()
    for i, path in items:
        unit([i])
        try:
            prepared.append((i, prepare(path, limits)))
        except MemoryError:
            yield i, None, _memory_error(path, limits), None
            raise _OutOfMemory() from None
        except InputError as exc:
            yield i, None, exc, None
        except Exception as exc:  # a bug: fail this document, not the batch
            yield i, None, exc, traceback.format_exc()
    analyses: dict[int, "nlp.Analysis"] = {}
    failed: set[int] = set()
    for code in sorted({p.language for _, p in prepared}):
        unit([])
        warm_up_language(code)
        group = [(i, p) for i, p in prepared if p.language == code]
        for batch in _ner_batches(group):
            unit([i for i, _ in batch])
            try:
                found = nlp.analyse([p.cleaned.text for _, p in batch], code)
            except MemoryError:
                if len(batch) > 1:
                    raise _OutOfMemory() from None  # the supervisor retries each alone
                yield batch[0][0], None, _memory_error(batch[0][1].raw.path, limits), None
                raise _OutOfMemory() from None
            except Exception as exc:
                for i, _ in batch:
                    failed.add(i)
                    yield i, None, exc, traceback.format_exc()
                continue
            for (i, _), one in zip(batch, found):
                analyses[i] = one
    for i, prep in prepared:
        if i in failed:
            continue
        unit([i])
        try:
            found = analyses.get(i) or nlp.Analysis()
            yield i, extract(prep, found.persons, found.tokens), None, None
        except MemoryError:
            yield i, None, _memory_error(prep.raw.path, limits), None
            raise _OutOfMemory() from None
        except InputError as exc:
            yield i, None, exc, None
        except Exception as exc:
            yield i, None, exc, traceback.format_exc()


def _ner_batches(group: list[tuple[int, Prepared]]) -> Iterator[list[tuple[int, Prepared]]]:
    batch: list[tuple[int, Prepared]] = []
    size = 0
    for item in group:
        n = len(item[1].cleaned.text)
        if batch and size + n > NER_BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += n
    if batch:
        yield batch


def _memory_error(path: Path, limits: Limits) -> LimitExceeded:
    return LimitExceeded(path, f"needs more than {limits.max_memory_mb} MB of memory", "max-memory-mb")


def _error_line(path: Path, exc: Exception, tb: str | None) -> tuple[str, str]:
    """The one-line message and the kind of a failure."""
    if tb is None and isinstance(exc, InputError):
        return str(exc), "input"
    message = " ".join(str(exc).split()) or "(no message)"
    return f"{path}: internal error: {type(exc).__name__}: {message[:300]}", "internal"


def work(items: list[tuple[int, Path]], limits: Limits = DEFAULT, emit=lambda event: None) -> None:
    """Process a chunk, calling `emit` with each event: ("unit", ids, t) as the work for
    those documents starts (t: time.monotonic()), ("result", id, json, error, kind,
    traceback) per document. What a worker process sends its supervisor, and what
    another engine can run per chunk (it then needs only the "result" events). Raises
    _OutOfMemory after reporting a MemoryError: the process should then end."""
    from .write import to_json

    paths = dict(items)
    for i, record, exc, tb in _records(items, limits, unit=lambda ids: emit(("unit", ids, time.monotonic()))):
        if record is not None:
            emit(("result", i, to_json(record), None, None, None))
        else:
            line, kind = _error_line(paths[i], exc, tb)
            emit(("result", i, None, line, kind, tb))


def iter_process(paths: list[Path], chunk_size: int = 32, limits: Limits = DEFAULT,
                 ) -> Iterator[tuple[Path, DocumentRecord | None, Exception | None]]:
    """In this process, without time or memory limits: (path, record, None) or
    (path, None, error) for each file, in order. For tests and tools; `run` is the
    engine of the commands."""
    for offset in range(0, len(paths), chunk_size):
        items = list(enumerate(paths[offset:offset + chunk_size]))
        by_id: dict[int, tuple] = {}
        for i, record, exc, tb in _records(items, limits):
            if exc is not None and tb is not None:
                raise exc
            by_id[i] = (record, exc)
        for i, path in items:
            yield (path, *by_id[i])


def process_file(path: Path, limits: Limits = DEFAULT) -> DocumentRecord:
    """One file; raises InputError for bad input."""
    (_, record, error), = iter_process([Path(path)], limits=limits)
    if error is not None:
        raise error
    return record  # type: ignore[return-value]


WARM_UP_TEXT = ("Lyon, 12 March 2024 – Marie Dupont, CEO of Lyonbiopôle, said the cluster has 250 members "
                "and 3 million euros.\n\nContact: Marie Dupont – marie.dupont@example.org – +33 4 72 76 00 00\n")


def warm_up() -> None:
    """Load and run once what every document needs, before worker processes fork, so
    they share it instead of each paying for it on its first document (and against that
    document's time and memory limits): spaCy pipelines (their first call allocates
    buffers too), first names, langdetect's profiles, dateparser, and each language's
    compiled patterns (a short text pushed through extraction in every language)."""
    from .langdata import supported_languages

    _warm_up_detection()
    for code in supported_languages():
        warm_up_language(code)


@lru_cache(maxsize=None)
def _warm_up_detection() -> None:
    lang_stage.detect_document_language("warm up the language profiles with a few words of running text")


@lru_cache(maxsize=None)
def warm_up_language(code: str) -> None:
    """What the documents of one language need, loaded and run once per process."""
    from . import nlp
    from .langdata import supported_languages
    from .read import RawDocument

    if code not in supported_languages():
        return
    found = nlp.analyse([WARM_UP_TEXT], code)[0]
    cleaned = clean(WARM_UP_TEXT, "txt")
    raw = RawDocument("warm-up.txt", Path("warm-up.txt"), "txt", WARM_UP_TEXT, "0" * 64)
    paragraphs = lang_stage.detect_paragraph_languages(cleaned.text, code)
    extract(Prepared(raw, cleaned, code, paragraphs), found.persons, found.tokens)


# --- the local engine: worker processes under supervision ---------------------------------


def run(paths: list[Path], cache=None, workers: int = 1, chunk_size: int = 16, limits: Limits = DEFAULT,
        engine=None) -> Iterator[Result]:
    """Process files in order, reusing cached results and spreading the rest over
    `workers` processes. Results come back in the order of `paths`, one per path.

    `engine` does the work on what the cache did not answer: a callable
    `engine(chunks, workers, limits)` taking a deque of chunks (lists of (id, Path)) and
    yielding (id, Result) in any order, one per id; by default the local engine
    (`local_engine`: worker processes on this machine). A cluster engine runs
    `work(chunk, limits, emit)` per chunk and yields the "result" events as Results."""
    paths = [Path(p) for p in paths]
    identities: dict[int, tuple[str, str] | None] = {}
    done: dict[int, Result] = {}
    todo: list[int] = []
    for i, path in enumerate(paths):
        identities[i] = cache.identity(path, limits.max_bytes) if cache is not None else None
        hit = None
        if identities[i] is not None:
            hit = cache.get_document(identities[i][0], path.name, identities[i][1])
        if hit is not None:
            done[i] = Result(path, hit, None, cached=True)
        else:
            todo.append(i)
    next_id = 0

    def ready() -> Iterator[Result]:
        nonlocal next_id
        while next_id in done:
            yield done.pop(next_id)
            next_id += 1

    yield from ready()
    chunks = deque([[(i, paths[i]) for i in todo[k:k + chunk_size]] for k in range(0, len(todo), chunk_size)])
    if chunks:
        # A few documents (an ingest, a batch after one change): the worker loads only
        # what they need (no spaCy pipeline for a Dutch text). More: everything is
        # loaded once, here, and shared by every worker (and by the replacement of a
        # killed one).
        if engine is None:
            warm = len(todo) >= WARM_UP_MIN_DOCS
            found = _supervise(chunks, max(1, min(workers, len(todo))), limits, warm)
        else:
            found = engine(chunks, max(1, workers), limits)
        for i, result in found:
            if result.json is not None and cache is not None and identities[i] is not None:
                cache.put(identities[i][0], result.json)
            done[i] = result
            yield from ready()
    yield from ready()


class _Worker:
    def __init__(self, ctx, limits: Limits):
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, limits, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.items: dict[int, Path] = {}  # the documents it holds that have no result yet
        self.unit: list[int] = []
        self.unit_start = 0.0

    def assign(self, chunk: list[tuple[int, Path]]) -> None:
        self.items = dict(chunk)
        self.unit = []
        self.conn.send([(i, str(p)) for i, p in chunk])

    def stop(self) -> None:
        if self.proc.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.proc.join(timeout=2)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


MAX_ATTEMPTS = 3  # a document in a worker that died this many times fails


def _supervise(chunks: deque, n_workers: int, limits: Limits, warm: bool = True) -> Iterator[tuple[int, Result]]:
    """Hand chunks to worker processes, collect their results, and stop a worker whose
    current document is over the time limit or that died: that document fails alone
    (a step shared by several documents is retried with each alone) and the rest of
    its chunk goes to a new worker."""
    import multiprocessing
    from multiprocessing.connection import wait

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "fork" and warm:
        warm_up()  # loaded once here, shared by every forked worker
    workers: list[_Worker] = []
    spent: dict[int, float] = defaultdict(float)
    attempts: dict[int, int] = defaultdict(int)
    alone: set[int] = set()

    def charge(w: _Worker, now: float) -> None:
        for i in w.unit:
            spent[i] += now - w.unit_start

    def fail(w: _Worker, reason: str, kind: str) -> Iterator[tuple[int, Result]]:
        """The worker is gone: fail or retry its documents."""
        unit = [i for i in w.unit if i in w.items]
        rest = [i for i in w.items if i not in unit]
        for i in w.items:
            attempts[i] += 1
        if len(unit) == 1 or (unit and all(i in alone for i in unit)):
            for i in unit:
                yield i, Result(w.items[i], None, f"{w.items[i]}: {reason}", kind=kind)
        else:
            for i in unit:  # a step several documents shared: each alone decides whose fault it was
                alone.add(i)
                spent[i] = 0.0
                chunks.appendleft([(i, w.items[i])])
        retry = []
        for i in rest:
            if attempts[i] >= MAX_ATTEMPTS:
                yield i, Result(w.items[i], None, f"{w.items[i]}: {reason}", kind=kind)
            else:
                spent[i] = 0.0
                retry.append((i, w.items[i]))
        if retry:
            chunks.appendleft(retry)
        workers.remove(w)
        w.items = {}
        w.stop()

    try:
        while chunks or any(w.items for w in workers):
            for w in list(workers):
                if not w.items and not w.proc.is_alive():  # an idle worker that died (the OOM killer)
                    workers.remove(w)
                    w.stop()
            idle = [w for w in workers if not w.items]
            while chunks and len(workers) < n_workers:
                w = _Worker(ctx, limits)
                workers.append(w)
                idle.append(w)
            for w in idle:
                if not chunks:
                    break
                chunk = chunks.popleft()
                try:
                    w.assign(chunk)
                except OSError:  # it died meanwhile: the chunk goes to another
                    chunks.appendleft(chunk)
                    w.items = {}
                    workers.remove(w)
                    w.stop()
            busy = [w for w in workers if w.items]
            now = time.monotonic()
            left = [limits.max_seconds - max(spent[i] for i in w.unit) - (now - w.unit_start) for w in busy if w.unit]
            wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=max(0.01, min(left + [1.0])))
            for w in list(busy):
                gone = yield from _drain(w, charge)
                if not gone and w.items and not w.proc.is_alive():
                    gone = yield from _drain(w, charge)  # what it sent before it died
                    gone = True
                if not w.items:
                    w.unit = []
                    continue
                if gone:
                    w.proc.join(timeout=1)
                    yield from fail(w, *_death_reason(w.proc.exitcode, limits))
                    continue
                now = time.monotonic()
                if w.unit and max(spent[i] for i in w.unit) + now - w.unit_start > limits.max_seconds:
                    w.proc.kill()
                    yield from fail(w, f"over the time limit of {limits.max_seconds:g} s (limit --max-seconds)", "input")
    finally:
        for w in workers:
            w.stop()


def _drain(w: _Worker, charge) -> Iterator[tuple[int, Result]]:
    """Read what a worker has sent so far; returns True when its pipe is closed."""
    try:
        while w.conn.poll():
            event = w.conn.recv()
            if event[0] == "unit":
                charge(w, event[2])
                w.unit, w.unit_start = [i for i in event[1] if i in w.items], event[2]
            elif event[0] == "result":
                _, i, json_text, error, kind, tb = event
                path = w.items.pop(i)
                if i in w.unit:
                    w.unit.remove(i)
                yield i, Result(path, json_text, error, kind=kind, traceback=tb)
    except (EOFError, OSError):
        return True
    return False


def local_engine(chunks: deque, workers: int, limits: Limits) -> Iterator[tuple[int, Result]]:
    """The default engine of `run`: worker processes on this machine."""
    return _supervise(chunks, workers, limits, warm=True)


def _death_reason(exitcode: int | None, limits: Limits) -> tuple[str, str]:
    if exitcode == _MEMORY_EXIT:
        return f"needs more than {limits.max_memory_mb} MB of memory (limit --max-memory-mb)", "input"
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name if -exitcode in signal.valid_signals() else str(-exitcode)
        if -exitcode in (signal.SIGKILL, signal.SIGABRT):
            # The kernel's out-of-memory killer, or a native library whose allocation
            # failed under the memory limit and aborted.
            return (f"its worker process ended by {name}, most likely out of memory "
                    f"(limit --max-memory-mb {limits.max_memory_mb})"), "input"
        return f"internal error: its worker process died ({name})", "internal"
    return f"internal error: its worker process ended (exit code {exitcode})", "internal"


_MEMORY_EXIT = 86  # a worker that met MemoryError outside any document's report


def _worker_main(conn, limits: Limits, parent_pid: int) -> None:
    """A worker process: chunks in, events out, until told to stop or its parent dies."""
    _end_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _limit_memory(limits.max_memory_mb)
    code = 0
    try:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                break
            if message is None:
                break
            try:
                work([(i, Path(p)) for i, p in message], limits, emit=conn.send)
            except (_OutOfMemory, MemoryError):
                code = _MEMORY_EXIT  # memory may be fragmented or state half-built: start afresh
                break
    finally:
        conn.close()
        os._exit(code)


def _end_with_parent(parent_pid: int) -> None:
    """Make the kernel kill this process when its parent dies (Linux), so a `kill -9`
    of a batch leaves no worker behind; elsewhere the closed pipe ends it between
    documents."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _limit_memory(megabytes: int) -> None:
    """Let this process grow by at most `megabytes` of address space beyond what it
    has now (the models it shares with its parent are already counted)."""
    try:
        import resource

        with open("/proc/self/statm") as handle:
            current = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = current + megabytes * 2**20
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ImportError, OSError, ValueError):
        pass
