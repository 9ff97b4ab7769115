"""The review's pages as plain data for the templates: one view per record (its fields,
its span, how a diff changed it, what it is aligned with), the text of each document
laid out with its spans, the rows of the index.

Nothing here writes HTML: the templates (``templates/*.html.j2``) do, with Jinja's
escaping, so a source's text is shown as text whatever it holds.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .sources import BadOutput, MissingOutput, Outputs, SourceText
from .spans import Block, Span, blocks

#: output list -> record kind shown on the page
KINDS = {"clusters": "cluster", "persons": "person", "contacts": "contact", "figures": "figure",
         "dated_mentions": "date"}
#: every kind that gets a colour, with its legend label (fields inside records included)
LEGEND = [("cluster", "cluster"), ("person", "person"), ("role", "role"), ("organisation", "organisation"),
          ("contact", "contact"), ("email", "e-mail"), ("phone", "phone"), ("figure", "figure"), ("date", "date")]
COUNTED = ["clusters", "persons", "contacts", "figures", "dated_mentions"]
COUNT_LABELS = {"clusters": "clusters", "persons": "persons", "contacts": "contacts", "figures": "figures",
                "dated_mentions": "dates"}
#: reconciled list -> the kind of the per-document records it aligns
RECONCILED_KINDS = {"clusters": "cluster", "persons": "person", "figures": "figure", "contacts": "contact"}
CONFLICT_KINDS = {"person": "persons", "figure": "figures", "contact": "contacts", "cluster": "clusters"}


def slug(name: str) -> str:
    """A file name safe in any file system and URL, distinct for distinct names."""
    import hashlib

    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "document"
    if safe != name:
        safe += "-" + hashlib.sha1(name.encode()).hexdigest()[:8]
    return safe


def document_page(source: str) -> str:
    return f"documents/{slug(source)}.html"


def translation_page(group_id: str) -> str:
    return f"translations/{slug(group_id)}.html"


def fmt(value: Any) -> str:
    if value is None:
        return "\u2014"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ", ".join(fmt(v) for v in value) if value else "\u2014"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {fmt(v)}" for k, v in value.items())
    return str(value)


@dataclass
class RecordView:
    key: str  # anchor key, unique within the document
    rid: str | None
    kind: str
    label: str
    fields: list[tuple[str, str]]
    start: int | None
    end: int | None
    text: str
    language: str | None
    highlighted: bool = False  # its span is in the shown text
    note: str | None = None  # e.g. "the document's date"
    change: str | None = None  # added | changed | removed (diff view)
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (field, old, new)
    link: str | None = None  # reconciled record id (translation page)
    conflicts: list[str] = field(default_factory=list)
    parts: list[tuple[str, int, int]] = field(default_factory=list)  # (kind, start, end) of fields inside the span


def _label(kind: str, r: dict) -> str:
    if kind == "figure":
        value = fmt(r.get("value")) + (f"\u2013{fmt(r.get('value_max'))}" if r.get("value_max") is not None else "")
        unit = r.get("unit")
        return f"{value} {unit}" if unit and unit != "count" else value
    if kind == "contact":
        points = ", ".join(str(x) for x in (r.get("email"), r.get("phone")) if x)
        return f"{r.get('name') or '(no name)'}" + (f" \u2039{points}\u203a" if points else "")
    if kind == "date":
        return f"{r.get('date')} ({r.get('kind')})"
    return str(r.get("name") or r.get("id") or "?")


def _find(haystack: str, needle: str | None) -> tuple[int, int] | None:
    if not needle:
        return None
    m = re.search(re.escape(needle.strip()), haystack, re.I)
    return (m.start(), m.end()) if m and m.end() > m.start() else None


def _parts(kind: str, r: dict, start: int, text: str) -> list[tuple[str, int, int]]:
    """Fields found inside a record's span (a person's role and organisation, a
    contact's e-mail and phone), drawn nested in it."""
    wanted = {"person": [("role", r.get("role")), ("organisation", r.get("organization"))],
              "contact": [("email", r.get("email")), ("phone", r.get("phone_as_written"))]}.get(kind, [])
    out = []
    for part, value in wanted:
        found = _find(text, value)
        if found and found != (0, len(text)):
            out.append((part, start + found[0], start + found[1]))
    return out


#: the order of a record's fields on the page (others follow, then the mention count)
FIELD_ORDER = ("name", "date", "kind", "value", "value_max", "unit", "qualifier", "about", "role", "role_code",
               "organization", "organization_cluster_id", "email", "phone", "phone_as_written", "cluster_id",
               "registry_id", "aliases", "members", "region")


def _field_rank(name: str) -> tuple:
    return (FIELD_ORDER.index(name) if name in FIELD_ORDER else len(FIELD_ORDER) + (name == "mentions"), name)


def record_view(kind: str, r: dict, key: str) -> RecordView:
    prov = r.get("provenance") if isinstance(r.get("provenance"), dict) else {}
    skip = {"id", "provenance"}
    fields = [(k, fmt(r[k])) for k in sorted((k for k in r if k not in skip), key=_field_rank)]
    start, end = prov.get("start"), prov.get("end")
    view = RecordView(key=key, rid=r.get("id"), kind=kind, label=_label(kind, r), fields=fields,
                      start=start if isinstance(start, int) else None, end=end if isinstance(end, int) else None,
                      text=str(prov.get("text") or ""), language=prov.get("language"))
    if view.start is not None:
        view.parts = _parts(kind, r, view.start, view.text)
    return view


def record_views(doc: dict) -> list[RecordView]:
    views = []
    for plural, kind in KINDS.items():
        for n, r in enumerate(doc.get(plural) or []):
            if not isinstance(r, dict):
                continue
            key = str(r.get("id") or f"{kind}-{n}")
            views.append(record_view(kind, r, key))
    date_prov = doc.get("date_provenance")
    for v in views:
        if v.kind == "date" and isinstance(date_prov, dict) and (v.start, v.end) == (date_prov.get("start"), date_prov.get("end")):
            v.note = "the document's date"
    _unique_keys(views)
    return views


def _unique_keys(views: list[RecordView]) -> None:
    seen: Counter = Counter()
    for v in views:
        seen[v.key] += 1
        if seen[v.key] > 1:
            v.key = f"{v.key}-{seen[v.key]}"


def spans_for(views: list[RecordView], text: str, prefix: str = "") -> list[Span]:
    spans = []
    for v in views:
        if v.start is None or v.end is None or text[v.start:v.end] != v.text or v.end <= v.start:
            continue
        v.highlighted = True
        spans.append(Span(v.start, v.end, prefix + v.key, v.kind, "record", v))
        for part, a, b in v.parts:
            spans.append(Span(a, b, prefix + v.key, part, part, v))
    return spans


@dataclass
class TextView:
    """A document's text with its records, as one column of a page."""

    source: str
    prefix: str  # for the anchors: several texts share the translation page
    language: str
    blocks: list[Block] | None
    records: list[RecordView]
    note: str | None


def text_view(doc: dict, source_text: SourceText, views: list[RecordView], prefix: str = "") -> TextView:
    text = source_text.text
    laid = None
    if text is not None:
        laid = blocks(text, spans_for(views, text, prefix), doc.get("paragraphs") or [])
    return TextView(doc.get("source") or "?", prefix, str(doc.get("language") or "?"), laid, views, source_text.note)


# --- the index --------------------------------------------------------------------------


@dataclass
class DocRow:
    source: str
    page: str | None
    language: str
    supported: bool
    date: str | None
    format: str
    counts: dict[str, int]
    warnings: list[str]
    group: dict | None  # translation group: {"id", "page", "others"}
    status: str  # ok | failed | stale | no-text
    status_note: str | None
    change: str | None = None  # diff: "+1 −0 ~2", or "new", "gone"
    change_kind: str | None = None


def group_of(reconciled: dict | None) -> dict[str, dict]:
    out = {}
    for g in (reconciled or {}).get("translation_groups") or []:
        for s in g.get("sources") or []:
            out[s] = g
    return out


def doc_row(doc: dict, st: SourceText, groups: dict[str, dict], supported: tuple[str, ...]) -> DocRow:
    source = doc["source"]
    g = groups.get(source)
    group = None
    if g:
        group = {"id": g["id"], "page": translation_page(g["id"]),
                 "others": [s for s in g.get("sources") or [] if s != source],
                 "languages": [(g.get("languages") or {}).get(s, "?") for s in g.get("sources") or []]}
    status, note = "ok", None
    if st.error:
        status, note = "failed", f"the source cannot be read now: {st.error} (this output is from an earlier run)"
    elif st.text is None:
        status, note = "no-text", st.note
    elif st.note:
        status, note = "stale", st.note
    lang = str(doc.get("language") or "?")
    return DocRow(source=source, page=document_page(source), language=lang, supported=lang in supported,
                  date=doc.get("date"), format=str(doc.get("format") or "?"),
                  counts={k: len(doc.get(k) or []) for k in COUNTED}, warnings=list(doc.get("warnings") or []),
                  group=group, status=status, status_note=note)


def cluster_rows(reconciled: dict | None, docs: dict[str, dict]) -> list[dict]:
    clusters = (reconciled or {}).get("clusters") or []
    names = {c.get("registry_id"): c.get("name") for c in clusters if c.get("registry_id")}
    names.update({c.get("id"): c.get("name") for c in clusters if c.get("id")})
    names.update({k: v for k, v in _registry_names().items() if k not in names})
    dates = {s: d.get("date") for s, d in docs.items()}
    rows = []
    for c in clusters:
        rows.append({
            "name": c.get("name"), "registry_id": c.get("registry_id"),
            "names": [n for n in c.get("names") or [] if n != c.get("name")],
            "sources": [{"source": s, "page": document_page(s) if s in docs else None, "date": dates.get(s)}
                        for s in c.get("sources") or []],
            "member_counts": [{"members": m.get("members"), "source": m.get("source"), "date": m.get("date"),
                               "page": document_page(m.get("source")) if m.get("source") in docs else None}
                              for m in c.get("member_counts") or []],
            "relations": [{"type": r.get("type").replace("_", " ") if r.get("type") else "?",
                           "cluster": names.get(r.get("cluster_id"), r.get("cluster_id")), "year": r.get("year")}
                          for r in c.get("relations") or []],
        })
    return rows


def _registry_names() -> dict[str, str]:
    """Reconciled id of every registry cluster -> its name: a merger names a cluster the
    outputs may not mention."""
    try:
        from ..langdata import cluster_registry
        from ..reconcile import _id
    except ImportError:  # pragma: no cover - the pipeline's own modules
        return {}
    return {_id("rcl", key): entry.get("name", key) for key, entry in cluster_registry().items()}


# --- the translation pages --------------------------------------------------------------


def reconciled_links(reconciled: dict | None) -> dict[tuple[str, str], tuple[str, str]]:
    """(source, record id) -> (kind, reconciled id)."""
    out = {}
    for plural, kind in RECONCILED_KINDS.items():
        for rec in (reconciled or {}).get(plural) or []:
            refs = [(r.get("source"), r.get("record_id")) for r in rec.get("records") or []]
            refs += [(s, (v or {}).get("record_id")) for s, v in (rec.get("by_source") or {}).items()]
            for ref in refs:
                out[ref] = (kind, rec.get("id"))
    return out


@dataclass
class AlignedRow:
    kind: str
    link: str
    cells: list[dict | None]  # per version: {"label", "href"} or None (missing)
    conflicts: list[str]


def translation_context(group: dict, reconciled: dict, docs: dict[str, dict], texts: dict[str, SourceText]) -> dict:
    sources = [s for s in group.get("sources") or []]
    links = reconciled_links(reconciled)
    conflicts = [c for c in reconciled.get("conflicts") or [] if c.get("translation_group") == group.get("id")]
    conflict_by_rec: dict[str, list[str]] = {}
    for c in conflicts:
        if c.get("reconciled_id"):
            conflict_by_rec.setdefault(c["reconciled_id"], []).append(f"{c.get('kind', '').replace('_', ' ')}: {c.get('detail')}")
    columns = []
    by_link: dict[str, dict[str, RecordView]] = {}
    for i, s in enumerate(sources):
        doc = docs.get(s)
        if doc is None:
            columns.append(None)
            continue
        views = record_views(doc)
        for v in views:
            kind_link = links.get((s, v.rid)) if v.rid else None
            if kind_link:
                v.link = kind_link[1]
                v.conflicts = conflict_by_rec.get(v.link, [])
                by_link.setdefault(v.link, {})[s] = v
        columns.append(text_view(doc, texts.get(s) or SourceText(None, "no source"), views, prefix=f"v{i}-"))
    rows = []
    for link, per_source in by_link.items():
        first = next(iter(per_source.values()))
        if first.kind == "cluster" and len(per_source) < 2:
            continue  # clusters named in one version only are not worth a row
        cells = []
        for i, s in enumerate(sources):
            v = per_source.get(s)
            cells.append({"label": v.label, "text": v.text, "key": f"v{i}-{v.key}", "highlighted": v.highlighted}
                         if v else None)
        rows.append(AlignedRow(first.kind, link, cells, conflict_by_rec.get(link, [])))
    order = {"cluster": 0, "person": 1, "contact": 2, "figure": 3}
    rows.sort(key=lambda r: (order.get(r.kind, 9), r.cells[0] is None, min((c["key"] for c in r.cells if c), default="")))
    # Keep the rows in the order of the first version's text where there is one.
    first_pos = {}
    for i, col in enumerate(columns):
        if col is None:
            continue
        for v in col.records:
            if v.link and v.link not in first_pos:
                first_pos[v.link] = (i, v.start if v.start is not None else 10**9)
    rows.sort(key=lambda r: (order.get(r.kind, 9), first_pos.get(r.link, (9, 10**9))))
    return {"group": group, "sources": sources, "columns": columns, "rows": rows,
            "conflicts": [{"kind": c.get("kind", "").replace("_", " "), "record_type": c.get("record_type"),
                           "detail": c.get("detail"), "link": c.get("reconciled_id"), "sources": c.get("sources") or []}
                          for c in conflicts],
            "pages": {s: document_page(s) for s in sources if s in docs}}


# --- the diff overlay -------------------------------------------------------------------


def apply_diff(views: list[RecordView], file_diff, text: str | None) -> list[RecordView]:
    """Mark a document's records as added or changed, and add its removed records
    (highlighted where their span is still in the text). Returns the removed views."""
    if file_diff is None:
        return []
    by_id = {v.rid: v for v in views if v.rid}
    removed = []
    for rc in file_diff.records:
        if rc.kind in ("added", "changed") and rc.new_id in by_id:
            v = by_id[rc.new_id]
            v.change = rc.kind
            v.changes = [(f.path, fmt(f.old), fmt(f.new)) for f in rc.fields]
        elif rc.kind == "removed" and rc.record:
            kind = KINDS.get(rc.record_type, rc.record_type)
            v = record_view(kind, rc.record, f"removed-{rc.old_id or len(removed)}")
            v.change = "removed"
            removed.append(v)
    return removed


def evaluation_context(evaluation) -> dict | None:
    if evaluation is None:
        return None
    from ..diff import _fmt_metric_pair

    return {"gold": evaluation.gold, "documents": evaluation.documents,
            "metrics": [(name, *_fmt_metric_pair(o, n), "up" if n > o else "down") for name, o, n in evaluation.metrics],
            "flips": [{"document": f.document, "record_type": f.record_type, "description": f.description,
                       "now_right": f.now_right} for f in evaluation.flips]}


def change_rows(file_diff) -> list[dict]:
    rows = []
    for rc in file_diff.records:
        rows.append({"kind": rc.kind, "record_type": rc.record_type, "label": rc.label,
                     "fields": [(f.path, fmt(f.old), fmt(f.new)) for f in rc.fields]})
    return rows


@dataclass
class Site:
    """Everything the templates need, page by page."""

    title: str
    rows: list[DocRow]
    clusters: list[dict]
    groups: list[dict]
    bad: list[BadOutput]
    missing: list[MissingOutput]
    documents: list[dict]  # per document page
    translations: list[dict]  # per translation page
    diff: dict | None = None
    languages: list[str] = field(default_factory=list)


def build_site(outputs: Outputs, texts: dict[str, SourceText], missing: list[MissingOutput], *,
               supported: tuple[str, ...], report=None, old: Outputs | None = None, title: str = "") -> Site:
    docs = outputs.documents
    groups = group_of(outputs.reconciled)
    rows = [doc_row(docs[s], texts[s], groups, supported) for s in sorted(docs)]
    file_diffs = {}
    if report is not None:
        file_diffs = {fd.name: fd for fd in report.documents}
        for row in rows:
            fd = file_diffs.get(row.source)
            if fd is not None:
                row.change_kind = fd.status if fd.status in ("added", "changed") else ("changed" if fd.changed else None)
                row.change = "new" if fd.status == "added" else (fd.counts() if fd.changed else None)
    documents = []
    for row in rows:
        doc = docs[row.source]
        views = record_views(doc)
        fd = file_diffs.get(row.source)
        st = texts[row.source]
        removed = apply_diff(views, fd, st.text)
        tv = text_view(doc, st, views + removed)
        mismatched = [v for v in views if not v.highlighted and st.text is not None]
        documents.append({
            "row": row, "doc": doc, "view": tv, "mismatched": mismatched, "removed": removed,
            "group": row.group, "legend": LEGEND,
            "paragraph_languages": sorted(Counter(p.get("language") for p in doc.get("paragraphs") or []).items()),
            "file_diff": {"fields": [(f.path, fmt(f.old), fmt(f.new)) for f in fd.fields], "status": fd.status,
                          "counts": fd.counts(), "other": fd.other} if fd is not None else None,
            "page": row.page,
        })
    translations = []
    for g in (outputs.reconciled or {}).get("translation_groups") or []:
        ctx = translation_context(g, outputs.reconciled, docs, texts)
        ctx["page"] = translation_page(g["id"])
        ctx["legend"] = LEGEND
        translations.append(ctx)
    group_rows = []
    for ctx in translations:
        g = ctx["group"]
        group_rows.append({"id": g.get("id"), "page": ctx["page"], "score": g.get("score"), "decided_by": g.get("decided_by"),
                           "sources": [(s, (g.get("languages") or {}).get(s, "?"), document_page(s) if s in docs else None)
                                       for s in g.get("sources") or []],
                           "aligned": len(ctx["rows"]), "conflicts": len(ctx["conflicts"])})
    diff = None
    if report is not None:
        gone = [fd for fd in report.documents if fd.status == "removed"]
        diff = {"old_label": report.old_label, "new_label": report.new_label,
                "summary": _summary(report), "evaluation": evaluation_context(report.evaluation),
                "gone": [{"source": fd.name, "counts": fd.counts(), "changes": change_rows(fd)} for fd in gone],
                "reconciled": change_rows(report.reconciled) if report.reconciled and report.reconciled.changed else [],
                "reconciled_counts": report.reconciled.counts() if report.reconciled else None,
                "quiet": [fd.name for fd in report.documents if fd.differs and not fd.changed]}
    return Site(title=title, rows=rows, clusters=cluster_rows(outputs.reconciled, docs), groups=group_rows,
                bad=outputs.bad, missing=missing, documents=documents, translations=translations, diff=diff,
                languages=sorted({r.language for r in rows}))


def _summary(report) -> str:
    from ..diff import summary_line

    return summary_line(report)
