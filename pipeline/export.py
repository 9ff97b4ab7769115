"""Exports a person can query: the per-document outputs and the reconciled view as
tables, written by pyarrow (CSV, Parquet) or DuckDB (one database file).

Records (one row per record of `outputs/<source>.json`):

    documents          source, language, date and its span, format, length, warnings
    clusters           a cluster as one document names it
    persons            a person as one document names it, with role and organisation
    contacts           an e-mail / phone contact point
    figures            a figure (value, unit, qualifier, what it counts)
    dated_mentions     a date the text mentions

Reconciled view (`outputs/reconciled.json`):

    translation_groups       one row per document of a group of translations
    reconciled_clusters      one real-world cluster
    cluster_names            every name and alias a cluster went by
    cluster_member_counts    its member counts, per source and date (never overwritten)
    cluster_relations        mergers
    reconciled_persons       one real person
    person_roles             that person's role and organisation as each source words it,
                             with the reconciled cluster it works for
    reconciled_figures       one fact stated across translations
    figure_clusters          the clusters named in a figure's sentence
    reconciled_contacts      one contact point across sources
    conflicts                where translations disagree

Every ID is the pipeline's own (content-derived, stable); a record's provenance is in
`source`, `span_start`, `span_end` (offsets in the cleaned text), `span_text` and
`span_language`, plus `sentence` (the sentence around the span) when the source file is
at hand and unchanged (its SHA-256 matches the output's). No column holds a list: a
list is a table of its own, or a "; "-joined string where it is only for reading.

The view is read as plain JSON (only the fields named here), so fields added to the
models later do not break an export.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Iterable

FORMATS = ("csv", "parquet", "duckdb")
RECONCILED = "reconciled.json"
DUCKDB_FILE = "cluster-extract.duckdb"

_PROVENANCE = [("source", "string"), ("span_start", "int64"), ("span_end", "int64"), ("span_text", "string"),
               ("span_language", "string")]
_SENTENCE = [("sentence", "string")]

# Table -> columns (name, Arrow type). The order here is the order of the columns.
SCHEMAS: dict[str, list[tuple[str, str]]] = {
    "documents": [("source", "string"), ("source_sha256", "string"), ("format", "string"), ("language", "string"),
                  ("date", "date32"), ("date_span_start", "int64"), ("date_span_end", "int64"),
                  ("date_span_text", "string"), ("text_length", "int64"), ("warnings", "string")],
    "clusters": [("id", "string"), ("name", "string"), ("registry_id", "string"), ("aliases", "string"),
                 ("members", "int64"), ("region", "string"), ("mentions", "int64"),
                 ("reconciled_cluster_id", "string"), *_PROVENANCE, *_SENTENCE],
    "persons": [("id", "string"), ("name", "string"), ("role", "string"), ("role_code", "string"),
                ("organization", "string"), ("organization_cluster_id", "string"), ("mentions", "int64"),
                ("reconciled_person_id", "string"), *_PROVENANCE, *_SENTENCE],
    "contacts": [("id", "string"), ("name", "string"), ("organization", "string"), ("email", "string"),
                 ("phone", "string"), ("phone_as_written", "string"), ("cluster_id", "string"),
                 ("reconciled_contact_id", "string"), *_PROVENANCE],
    "figures": [("id", "string"), ("value", "float64"), ("value_max", "float64"), ("unit", "string"),
                ("qualifier", "string"), ("about", "string"), ("mentions", "int64"), ("reconciled_figure_id", "string"),
                *_PROVENANCE, *_SENTENCE],
    "dated_mentions": [("id", "string"), ("date", "date32"), ("kind", "string"), *_PROVENANCE, *_SENTENCE],
    "translation_groups": [("group_id", "string"), ("source", "string"), ("language", "string"), ("score", "float64"),
                           ("decided_by", "string")],
    "reconciled_clusters": [("id", "string"), ("name", "string"), ("registry_id", "string"), ("n_sources", "int64")],
    "cluster_names": [("cluster_id", "string"), ("name", "string")],
    "cluster_member_counts": [("cluster_id", "string"), ("cluster_name", "string"), ("date", "date32"),
                              ("members", "int64"), ("record_id", "string"), *_PROVENANCE, *_SENTENCE],
    "cluster_relations": [("cluster_id", "string"), ("type", "string"), ("other_cluster_id", "string"),
                          ("year", "int64")],
    "reconciled_persons": [("id", "string"), ("name", "string"), ("variants", "string"), ("n_sources", "int64")],
    "person_roles": [("person_id", "string"), ("person_name", "string"), ("name_in_source", "string"),
                     ("role", "string"), ("role_code", "string"), ("organization", "string"), ("cluster_id", "string"),
                     ("cluster_name", "string"), ("date", "date32"), ("record_id", "string"), *_PROVENANCE,
                     *_SENTENCE],
    "reconciled_figures": [("id", "string"), ("value", "float64"), ("value_max", "float64"), ("unit", "string"),
                           ("qualifier", "string"), ("translation_group", "string"), ("n_sources", "int64")],
    "figure_clusters": [("figure_id", "string"), ("source", "string"), ("cluster_id", "string"),
                        ("cluster_name", "string")],
    "reconciled_contacts": [("id", "string"), ("name", "string"), ("email", "string"), ("phone", "string"),
                            ("n_sources", "int64")],
    "conflicts": [("kind", "string"), ("translation_group", "string"), ("record_type", "string"),
                  ("reconciled_id", "string"), ("detail", "string"), ("sources", "string")],
}


class ExportError(Exception):
    """Nothing to export, or the export libraries are missing."""


def _require():
    try:
        import duckdb  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        raise ExportError('exports need pyarrow and duckdb: python3 -m pip install -e ".[export]"') from None


# --- reading the outputs ----------------------------------------------------------------


def load_outputs(outputs: Path) -> tuple[list[dict], dict]:
    """The per-document outputs (sorted by source) and the reconciled view."""
    outputs = Path(outputs)
    if not outputs.is_dir():
        raise ExportError(f"{outputs}: no such folder (run `cluster-extract batch` first)")
    docs = []
    for path in sorted(outputs.glob("*.json")):
        if path.name == RECONCILED or path.name.startswith("."):  # the view; the tool's manifest
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise ExportError(f"{path}: not a readable output ({exc})") from None
        if isinstance(data, dict) and "source" in data and "persons" in data:
            docs.append(data)
    view_path = outputs / RECONCILED
    if not docs:
        raise ExportError(f"{outputs}: no document outputs (run `cluster-extract batch` first)")
    if not view_path.exists():
        raise ExportError(f"{view_path}: missing (run `cluster-extract reconcile` first)")
    view = json.loads(view_path.read_text(encoding="utf-8"))
    return sorted(docs, key=lambda d: d["source"]), view


def cleaned_text(sources: Path | None, doc: dict) -> str | None:
    """The cleaned text the output's offsets point into: the source file read and cleaned
    again, when it is there and unchanged (same SHA-256); else None."""
    if sources is None:
        return None
    from .clean import clean
    from .errors import InputError
    from .read import read_document

    path = Path(sources) / doc["source"]
    if not path.is_file():
        return None
    try:
        raw = read_document(path)
    except InputError:
        return None
    if raw.sha256 != doc.get("source_sha256"):
        return None
    return clean(raw.text, raw.format).text


class _Text:
    """Sentences of one document's cleaned text (None: not available)."""

    def __init__(self, text: str | None):
        self.text = text

    def sentence_span(self, start: int, end: int | None = None) -> tuple[int, int] | None:
        """From the start of the sentence the span starts in to the end of the one it
        ends in (a role and a name may stand on two lines)."""
        if self.text is None:
            return None
        from .extract.text import sentence_bounds

        a, b = sentence_bounds(self.text, start)
        if end is not None and end - 1 > b:
            b = max(b, sentence_bounds(self.text, end - 1)[1])
        return a, b

    def sentence(self, prov: dict | None) -> str | None:
        """The sentence(s) around a provenance span, white space collapsed."""
        if not prov or prov.get("start") is None:
            return None
        span = self.sentence_span(prov["start"], prov.get("end"))
        return " ".join(self.text[span[0]:span[1]].split()) if span else None


def _provenance(prov: dict | None) -> dict:
    prov = prov or {}
    return {"source": prov.get("source"), "span_start": prov.get("start"), "span_end": prov.get("end"),
            "span_text": prov.get("text"), "span_language": prov.get("language")}


# --- building the tables ----------------------------------------------------------------


def build_tables(outputs: Path, sources: Path | None = None) -> dict[str, "Any"]:
    """Every table as a pyarrow.Table, rows in a stable order."""
    _require()
    docs, view = load_outputs(outputs)
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}

    # Links from a document's records to the reconciled records built from them.
    rec_cluster = {(r["source"], r["record_id"]): c["id"] for c in view.get("clusters", []) for r in c.get("records", [])}
    cluster_by_registry = {c["registry_id"]: c for c in view.get("clusters", []) if c.get("registry_id")}
    cluster_by_id = {c["id"]: c for c in view.get("clusters", [])}
    from .extract.text import normalise

    cluster_by_name: dict[str, dict] = {}
    for c in view.get("clusters", []):
        for name in [c.get("name"), *c.get("names", [])]:
            if name:
                cluster_by_name.setdefault(normalise(name), c)

    def by_source_links(records: Iterable[dict]) -> dict[tuple[str, str], str]:
        return {(source, entry["record_id"]): rec["id"] for rec in records
                for source, entry in (rec.get("by_source") or {}).items() if "record_id" in entry}

    rec_person = by_source_links(view.get("persons", []))
    rec_figure = by_source_links(view.get("figures", []))
    rec_contact = by_source_links(view.get("contacts", []))
    dates = {d["source"]: d.get("date") for d in docs}
    texts: dict[str, _Text] = {}
    doc_by_source = {d["source"]: d for d in docs}

    for doc in docs:
        source = doc["source"]
        text = texts[source] = _Text(cleaned_text(sources, doc))
        date_prov = doc.get("date_provenance") or {}
        rows["documents"].append({
            "source": source, "source_sha256": doc.get("source_sha256"), "format": doc.get("format"),
            "language": doc.get("language"), "date": doc.get("date"), "date_span_start": date_prov.get("start"),
            "date_span_end": date_prov.get("end"), "date_span_text": date_prov.get("text"),
            "text_length": doc.get("text_length"), "warnings": "; ".join(doc.get("warnings", [])) or None})
        for c in doc.get("clusters", []):
            rows["clusters"].append({
                **{k: c.get(k) for k in ("id", "name", "registry_id", "members", "region", "mentions")},
                "aliases": "; ".join(c.get("aliases", [])) or None,
                "reconciled_cluster_id": rec_cluster.get((source, c["id"])),
                **_provenance(c.get("provenance")), "sentence": text.sentence(c.get("provenance"))})
        for p in doc.get("persons", []):
            rows["persons"].append({
                **{k: p.get(k) for k in ("id", "name", "role", "role_code", "organization", "organization_cluster_id",
                                         "mentions")},
                "reconciled_person_id": rec_person.get((source, p["id"])),
                **_provenance(p.get("provenance")), "sentence": text.sentence(p.get("provenance"))})
        for c in doc.get("contacts", []):
            rows["contacts"].append({
                **{k: c.get(k) for k in ("id", "name", "organization", "email", "phone", "phone_as_written", "cluster_id")},
                "reconciled_contact_id": rec_contact.get((source, c["id"])), **_provenance(c.get("provenance"))})
        for f in doc.get("figures", []):
            rows["figures"].append({
                **{k: f.get(k) for k in ("id", "value", "value_max", "unit", "qualifier", "about", "mentions")},
                "reconciled_figure_id": rec_figure.get((source, f["id"])),
                **_provenance(f.get("provenance")), "sentence": text.sentence(f.get("provenance"))})
        for m in doc.get("dated_mentions", []):
            from .process import record_id

            prov = m["provenance"]
            rows["dated_mentions"].append({
                "id": record_id("dat", source, m.get("date"), m.get("kind"), prov["start"], prov["end"]),
                "date": m.get("date"), "kind": m.get("kind"), **_provenance(prov), "sentence": text.sentence(prov)})
        rows["figure_clusters"].extend(_figure_clusters(doc, text, rec_cluster, cluster_by_id))

    for g in view.get("translation_groups", []):
        for source in g.get("sources", []):
            rows["translation_groups"].append({"group_id": g["id"], "source": source,
                                               "language": (g.get("languages") or {}).get(source),
                                               "score": g.get("score"), "decided_by": g.get("decided_by")})
    for c in view.get("clusters", []):
        rows["reconciled_clusters"].append({"id": c["id"], "name": c.get("name"), "registry_id": c.get("registry_id"),
                                            "n_sources": len(c.get("sources", []))})
        for name in sorted(set(c.get("names", [])) | {c.get("name")} - {None}):
            rows["cluster_names"].append({"cluster_id": c["id"], "name": name})
        for count in c.get("member_counts", []):
            rows["cluster_member_counts"].append(_member_count_row(c, count, doc_by_source, texts))
        for rel in c.get("relations", []):
            rows["cluster_relations"].append({"cluster_id": c["id"], "type": rel.get("type"),
                                              "other_cluster_id": rel.get("cluster_id"), "year": rel.get("year")})
    records_by_id = {(d["source"], p["id"]): p for d in docs for p in d.get("persons", [])}
    for p in view.get("persons", []):
        rows["reconciled_persons"].append({"id": p["id"], "name": p.get("name"),
                                           "variants": "; ".join(p.get("variants", [])) or None,
                                           "n_sources": len(p.get("sources", []))})
        for source, entry in sorted((p.get("by_source") or {}).items()):
            record = records_by_id.get((source, entry.get("record_id")), {})
            cluster = (cluster_by_registry.get(record.get("organization_cluster_id"))
                       or (cluster_by_name.get(normalise(entry["organization"])) if entry.get("organization") else None))
            prov = record.get("provenance")
            text = texts.get(source)
            rows["person_roles"].append({
                "person_id": p["id"], "person_name": p.get("name"), "name_in_source": entry.get("name"),
                "role": entry.get("role"), "role_code": entry.get("role_code"), "organization": entry.get("organization"),
                "cluster_id": cluster["id"] if cluster else None, "cluster_name": cluster.get("name") if cluster else None,
                "date": dates.get(source), "record_id": entry.get("record_id"), **_provenance(prov), "source": source,
                "sentence": text.sentence(prov) if text else None})
    for f in view.get("figures", []):
        rows["reconciled_figures"].append({**{k: f.get(k) for k in ("id", "value", "value_max", "unit", "qualifier",
                                                                      "translation_group")},
                                           "n_sources": len(f.get("sources", []))})
    for c in view.get("contacts", []):
        rows["reconciled_contacts"].append({**{k: c.get(k) for k in ("id", "name", "email", "phone")},
                                            "n_sources": len(c.get("sources", []))})
    for c in view.get("conflicts", []):
        rows["conflicts"].append({**{k: c.get(k) for k in ("kind", "translation_group", "record_type", "reconciled_id",
                                                             "detail")},
                                  "sources": "; ".join(c.get("sources", [])) or None})
    return {name: _table(name, table_rows) for name, table_rows in rows.items()}


def _member_count_row(cluster: dict, count: dict, doc_by_source: dict, texts: dict) -> dict:
    """A member count with the cluster record it was read from and, as its provenance,
    the count figure of that source stating the same number (the first one)."""
    source = count.get("source")
    doc = doc_by_source.get(source, {})
    record = next((r["record_id"] for r in cluster.get("records", []) if r.get("source") == source), None)
    figure = next((f for f in sorted(doc.get("figures", []), key=lambda f: f["provenance"]["start"])
                   if f.get("unit") == "count" and f.get("value") == count.get("members") and f.get("about")), None)
    prov = figure["provenance"] if figure else {"source": source}
    text = texts.get(source)
    return {"cluster_id": cluster["id"], "cluster_name": cluster.get("name"), "date": count.get("date"),
            "members": count.get("members"), "record_id": record, **_provenance(prov),
            "sentence": text.sentence(prov) if text else None}


def _figure_clusters(doc: dict, text: _Text, rec_cluster: dict, cluster_by_id: dict) -> list[dict]:
    """The reconciled clusters named in each figure's sentence, found with the pipeline's
    own cluster mentions (so acronyms and former names count)."""
    if text.text is None:
        return []
    from .extract.clusters import find_cluster_mentions
    from .langdata import language, supported_languages
    from .process import record_id

    code = doc.get("language")
    if code not in supported_languages():
        return []
    source = doc["source"]
    # A mention's key is the registry id (or "new:<name>"); the document's cluster record
    # for it has that registry id, or the ID the pipeline derives from the key.
    by_key: dict[str, str] = {}
    for c in doc.get("clusters", []):
        reconciled = rec_cluster.get((source, c["id"]))
        if reconciled:
            by_key[c["id"]] = reconciled
            if c.get("registry_id"):
                by_key[c["registry_id"]] = reconciled
    mentions = find_cluster_mentions(text.text, language(code))
    out = []
    for f in doc.get("figures", []):
        span = text.sentence_span(f["provenance"]["start"], f["provenance"]["end"])
        if span is None:
            continue
        seen: list[str] = []
        for m in mentions:
            if span[0] <= m.start < span[1]:
                cluster_id = by_key.get(m.key) or by_key.get(record_id("clu", source, m.key))
                if cluster_id and cluster_id not in seen:
                    seen.append(cluster_id)
        for cluster_id in seen:
            out.append({"figure_id": f["id"], "source": source, "cluster_id": cluster_id,
                        "cluster_name": cluster_by_id.get(cluster_id, {}).get("name")})
    return out


def _table(name: str, rows: list[dict]):
    import datetime

    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "date32": pa.date32()}
    columns = SCHEMAS[name]
    schema = pa.schema([(col, types[kind]) for col, kind in columns])
    data: dict[str, list] = {col: [] for col, _ in columns}
    for row in rows:
        for col, kind in columns:
            value = row.get(col)
            if value is not None and kind == "date32":
                try:
                    value = datetime.date.fromisoformat(value)
                except ValueError:  # not a calendar date (the models promise YYYY-MM-DD)
                    value = None
            elif value is not None and kind == "float64":
                value = float(value)
            data[col].append(value)
    return pa.table(data, schema=schema)


# --- writing ------------------------------------------------------------------------------


def default_out(fmt: str) -> Path:
    return Path("exports") / DUCKDB_FILE if fmt == "duckdb" else Path("exports") / fmt


def write(tables: dict[str, Any], fmt: str, out: Path) -> list[Path]:
    """CSV or Parquet: one file per table in the folder OUT; DuckDB: one database file
    OUT with one table per table. Written beside the target and renamed into place, so a
    reader never sees half an export."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format '{fmt}' (expected one of {', '.join(FORMATS)})")
    _require()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "duckdb":
        import duckdb

        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        tmp.unlink()  # DuckDB creates the file itself
        try:
            with duckdb.connect(str(tmp)) as con:
                for name, table in tables.items():
                    con.register("arrow_table", table)
                    con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM arrow_table')
                    con.unregister("arrow_table")
            os.replace(tmp, out)
        finally:
            tmp.unlink(missing_ok=True)
            Path(str(tmp) + ".wal").unlink(missing_ok=True)
        return [out]
    import pyarrow.csv as pa_csv
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        target = out / f"{name}.{fmt}"
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=out)
        os.close(fd)
        try:
            if fmt == "csv":
                pa_csv.write_csv(table, tmp_name)
            else:
                pq.write_table(table, tmp_name)
            os.replace(tmp_name, target)
        finally:
            Path(tmp_name).unlink(missing_ok=True)
        written.append(target)
    return written


def export(outputs: Path, fmt: str, out: Path | None = None, sources: Path | None = None) -> list[Path]:
    """Read OUTPUTS (and SOURCES for the sentences), write the tables; the paths written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format '{fmt}' (expected one of {', '.join(FORMATS)})")
    return write(build_tables(outputs, sources), fmt, out or default_out(fmt))


def connect(path: Path, fmt: str | None = None):
    """A DuckDB connection to an export, whatever its format: the database file itself,
    or views over a folder of CSV or Parquet files (one view per table)."""
    import duckdb

    path = Path(path)
    if path.is_file():
        return duckdb.connect(str(path), read_only=True)
    con = duckdb.connect()
    for name in SCHEMAS:
        for ext, reader in (("parquet", "read_parquet"), ("csv", "read_csv")):
            file = path / f"{name}.{ext}"
            if file.exists() and (fmt in (None, ext)):
                con.execute(f"CREATE VIEW \"{name}\" AS SELECT * FROM {reader}('{_sql_path(file)}')")
                break
    return con


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")

