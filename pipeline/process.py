"""One document through the stages, in order:

    read -> clean -> detect language -> extract -> validate

`process_file` returns the validated DocumentRecord; writing and reconciling are the
callers' (batch, ingest) business. NER runs for many documents at once through
`process_files`, which batches spaCy per language.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from . import language as lang_stage
from .clean import CleanText, clean
from .langdata import cluster_registry, language, supported_languages
from .models import (ClusterRecord, ContactRecord, DateMention, DocumentRecord, FigureRecord, ParagraphLanguage,
                     PersonRecord, Provenance)
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


def prepare(path: Path) -> Prepared:
    raw = read_document(path)
    cleaned = clean(raw.text, raw.format)
    if not cleaned.text.strip():
        from .errors import InputError

        raise InputError(path, "no text left after cleaning")
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

    # Dates first: their spans are not figures.
    dates = find_dates(text, doc_lang) if doc_lang else []
    date_spans = [(d.start, d.end) for d in dates]

    mentions = find_cluster_mentions(text, doc_lang) if doc_lang else []
    registry = cluster_registry()
    countries = [registry[m.key]["country"] for m in mentions if m.key in registry]
    # Contact blocks are read with every language's labels and headings, even in a
    # language without data ("E-Mail:" is a label, not a name).
    contact_result = extract_contacts(text, doc_lang or NEUTRAL_LANGUAGE, langs, countries)
    item_spans = contact_result.phone_spans + contact_result.email_spans

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
    """A count of members belongs to the cluster named last before it in its paragraph,
    else to the cluster of the section heading above it."""
    if not doc_lang:
        return {}
    member_words = [normalise(w) for w in doc_lang.get("member_words", [])]
    verbs = [normalise(v) for v in doc_lang.get("member_verbs", [])]
    out: dict[str, int] = {}
    for f, base in figures:
        if f.unit != "count" or f.qualifier in ("less_than", "up_to", "range") or not f.about:
            continue
        about = normalise(f.about)
        if not any(about == w or about.startswith(w + " ") for w in member_words):
            continue
        start = base + f.start
        # A count of members is stated with a verb of having ("has 155 members",
        # "telt 317 leden", "compte plus de 500 adhérents"); "16 members took part" or
        # "to reach 350 members" is not the cluster's size.
        before = normalise(text[max(text.rfind("\n", 0, start), start - 60):start])
        if not any(_ends_with_verb(before, v) for v in verbs):
            continue
        # Whose count: the cluster named last before it in its sentence, else first after
        # it in the sentence ("Avec plus de 500 adhérents, ... Medicen Paris Region est"),
        # else last before it in its paragraph, else the section heading's cluster.
        sent_start, sent_end = sentence_bounds(text, start)
        para_start = text.rfind("\n\n", 0, start) + 2
        choices = ([m for m in mentions if sent_start <= m.start < start][-1:]
                   or [m for m in mentions if start < m.start < sent_end][:1]
                   or [m for m in mentions if para_start <= m.start < start][-1:]
                   or [m for m in mentions if m.start < start and _is_heading(text, m.start)][-1:])
        if choices:
            out.setdefault(choices[0].key, int(f.value))
    return out


def _ends_with_verb(before: str, verb: str) -> bool:
    """'mva has' or 'clubster nsl brengt een' (one word, an article, may follow the verb)."""
    words, size = before.split(), len(verb.split())
    return " ".join(words[-size:]) == verb or " ".join(words[-size - 1:-1]) == verb


def _is_heading(text: str, pos: int) -> bool:
    a, b = line_bounds(text, pos)
    line = text[a:b].strip()
    return 0 < len(line.split()) <= 10 and not line.endswith(".")


def iter_process(paths: list[Path], chunk_size: int = 32) -> Iterator[tuple[Path, DocumentRecord | None, Exception | None]]:
    """(path, record, None) or (path, None, InputError) for each file, in order. Files
    are prepared a chunk at a time so NER runs batched per language while memory stays
    flat in the number of files."""
    from . import nlp
    from .errors import InputError

    for offset in range(0, len(paths), chunk_size):
        chunk = paths[offset:offset + chunk_size]
        prepared: list[tuple[Path, Prepared | None, Exception | None]] = []
        for path in chunk:
            try:
                prepared.append((path, prepare(path), None))
            except InputError as exc:
                prepared.append((path, None, exc))
        analyses: dict[int, nlp.Analysis] = {}
        ready = [(i, p) for i, (_, p, _) in enumerate(prepared) if p is not None]
        for code in sorted({p.language for _, p in ready}):
            group = [(i, p) for i, p in ready if p.language == code]
            for (i, _), found in zip(group, nlp.analyse([p.cleaned.text for _, p in group], code)):
                analyses[i] = found
        for i, (path, prep, error) in enumerate(prepared):
            if prep is None:
                yield path, None, error
            else:
                found = analyses.get(i) or nlp.Analysis()
                yield path, extract(prep, found.persons, found.tokens), None


def process_file(path: Path) -> DocumentRecord:
    """One file; raises InputError for bad input."""
    (_, record, error), = iter_process([Path(path)])
    if error is not None:
        raise error
    return record  # type: ignore[return-value]


@dataclass
class Result:
    """What `run` yields per file: the output JSON, or the one-line error."""

    path: Path
    json: str | None
    error: str | None
    cached: bool = False


def warm_up() -> None:
    """Load what every document needs before worker processes fork, so they share it
    instead of each loading it again (spaCy pipelines, first names, langdetect)."""
    from . import nlp
    from .extract.names import is_first_name
    from .langdata import supported_languages
    from .language import _detect

    for code in supported_languages():
        nlp.load(code)
    is_first_name("Marie")
    _detect("warm up the language profiles")


def _process_chunk(paths: list[Path]) -> list[tuple[str | None, str | None]]:
    from .write import to_json

    return [(to_json(record) if record is not None else None, str(error) if error is not None else None)
            for _, record, error in iter_process(paths)]


def run(paths: list[Path], cache=None, workers: int = 1, chunk_size: int = 16) -> Iterator[Result]:
    """Process files in order, reusing cached results and spreading the rest over
    `workers` processes. Results come back in the order of `paths`."""
    paths = [Path(p) for p in paths]
    keys = {p: (cache.key(p) if cache else None) for p in paths}
    todo = []
    hits: dict[Path, str] = {}
    for p in paths:
        hit = cache.get(keys[p]) if cache else None
        if hit is not None:
            hits[p] = hit
        else:
            todo.append(p)
    chunks = [todo[i:i + chunk_size] for i in range(0, len(todo), chunk_size)]
    if workers > 1 and len(chunks) > 1:
        from concurrent.futures import ProcessPoolExecutor
        import multiprocessing

        warm_up()
        executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"))
        chunk_results = executor.map(_process_chunk, chunks)
    else:
        executor = None
        chunk_results = map(_process_chunk, chunks)
    fresh: dict[Path, tuple[str | None, str | None]] = {}
    pending = iter(zip(chunks, chunk_results))
    try:
        for p in paths:
            if p in hits:
                yield Result(p, hits[p], None, cached=True)
                continue
            while p not in fresh:
                chunk, results = next(pending)
                fresh.update(zip(chunk, results))
            json_text, error = fresh.pop(p)
            if json_text is not None and cache:
                cache.put(keys[p], json_text)
            yield Result(p, json_text, error)
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
