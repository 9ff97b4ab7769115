"""Reviewing changes to the outputs: what a code or data change did to the extracted
records, document by document and field by field, and how it moved the evaluation.

Pure functions over loaded JSON (``{file name: dict}``, the JSON of
``DocumentRecord`` per document and of ``ReconciledView`` under ``reconciled.json``),
plus loaders for a folder and for a git revision. The CLI (``cluster-extract diff``,
``cluster-extract batch --check``) wires them together.

Public functions
----------------
- ``load_folder(folder)``, ``load_git_revision(rev, folder, repo)``: ``{file name: dict}``.
- ``folder_differences(old_dir, new_dir)``: file names that differ byte for byte.
- ``diff_outputs(old, new, golds=..., ...)``: a ``Report``.
- ``render_text(report)``, ``render_markdown(report)``, ``append_step_summary(report)``.

How records are matched
-----------------------
IDs are content hashes, so a record whose content changed gets a new ID. Records of
one type within one document are matched first by ID; the records left over on each
side (removed, added) are then paired by a natural key, tried in order (persons and
clusters: normalised name; contacts: e-mail, then phone; figures: the provenance
span's text, then (value, unit)), and a pair is shown as one "changed" record.
Within a key shared by several records, pairs with the fewest differing fields go
first.

What counts as a change
-----------------------
Content fields only. IDs and references to IDs (``id``, ``record_id``,
``reconciled_id``) are not content, and the offsets of a span (``start``, ``end``
next to a ``text``) count only when the span's text changed too: a paragraph added
above a record shifts its offsets without changing it. Document fields compared:
``language`` and ``date``. Anything else that differs (source hash, text length,
paragraphs, offsets, dated mentions) is listed as "other differences", not counted.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from .evaluate import flat_metrics, normalise, score_documents, score_reconciliation

RECONCILED = "reconciled.json"

DOCUMENT_TYPES = ("clusters", "persons", "contacts", "figures")
DOCUMENT_FIELDS = ("language", "date")
RECONCILED_TYPES = ("translation_groups", "clusters", "persons", "figures", "contacts", "conflicts")

#: keys that hold IDs or references to IDs: never content.
ID_KEYS = frozenset({"id", "record_id", "reconciled_id"})

MINUS = "\u2212"
ARROW = "\u2192"

Key = Callable[[Mapping[str, Any]], Any]


# --- natural keys -----------------------------------------------------------------------


def _num(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return value
    try:
        return round(float(value), 6) + 0.0
    except (TypeError, ValueError):
        return value


def _lower(value: Any) -> str | None:
    return str(value).strip().lower() if value else None


def _name(r: Mapping[str, Any]) -> str | None:
    return normalise(r.get("name")) or None


def _span_text(r: Mapping[str, Any]) -> str | None:
    return normalise((r.get("provenance") or {}).get("text")) or None


def _by_source_texts(r: Mapping[str, Any]) -> tuple | None:
    texts = tuple(sorted(normalise((v or {}).get("text")) for v in (r.get("by_source") or {}).values()))
    return texts or None


def _sources(r: Mapping[str, Any]) -> tuple:
    return tuple(sorted(r.get("sources") or []))


#: per record type, the natural keys tried in order to pair a removed with an added record.
DOCUMENT_KEYS: dict[str, list[Key]] = {
    "clusters": [_name, lambda r: r.get("registry_id")],
    "persons": [_name],
    "contacts": [lambda r: _lower(r.get("email")), lambda r: r.get("phone")],
    "figures": [_span_text, lambda r: (_num(r.get("value")), _num(r.get("value_max")), r.get("unit")),
                lambda r: (_num(r.get("value")), r.get("unit"))],
}

RECONCILED_KEYS: dict[str, list[Key]] = {
    "translation_groups": [_sources, lambda r: min(r.get("sources") or [""]) or None],
    "clusters": [lambda r: r.get("registry_id") or _name(r), _name],
    "persons": [_name],
    "figures": [_by_source_texts, lambda r: (_num(r.get("value")), r.get("unit"), _sources(r)),
                lambda r: (_num(r.get("value")), r.get("unit"))],
    "contacts": [lambda r: _lower(r.get("email")), lambda r: r.get("phone"), _name],
    "conflicts": [lambda r: (r.get("kind"), r.get("record_type"), r.get("detail")),
                  lambda r: (r.get("kind"), r.get("record_type"), r.get("reconciled_id")),
                  lambda r: (r.get("kind"), r.get("record_type"), r.get("translation_group"), _sources(r))],
}


# --- the report -------------------------------------------------------------------------


@dataclass
class FieldChange:
    path: str  # dotted, e.g. "role", "provenance.text", "by_source.a.txt.role"
    old: Any
    new: Any


@dataclass
class RecordChange:
    kind: str  # "added" | "removed" | "changed"
    record_type: str  # "persons", "figures", ...
    label: str
    old_id: str | None = None
    new_id: str | None = None
    record: dict | None = None  # the added or removed record
    fields: list[FieldChange] = field(default_factory=list)  # for "changed"


@dataclass
class FileDiff:
    """One output file: a document, or the reconciled view (``name == "reconciled.json"``)."""

    name: str  # source file name, or "reconciled.json"
    file: str  # output file name
    status: str  # "added" | "removed" | "changed" | "same"
    fields: list[FieldChange] = field(default_factory=list)  # language, date
    records: list[RecordChange] = field(default_factory=list)
    other: list[str] = field(default_factory=list)  # differences not counted as changes
    differs: bool = False  # the JSON differs at all

    @property
    def changed(self) -> bool:
        return bool(self.fields or self.records or self.status in ("added", "removed"))

    def count(self, kind: str) -> int:
        return sum(1 for r in self.records if r.kind == kind) + (len(self.fields) if kind == "changed" else 0)

    def counts(self) -> str:
        return f"+{self.count('added')} {MINUS}{self.count('removed')} ~{self.count('changed')}"


@dataclass
class Flip:
    document: str
    record_type: str
    description: str
    now_right: bool


@dataclass
class EvalDiff:
    gold: str
    documents: int  # gold documents scored
    metrics: list[tuple[str, float, float]]  # only those that moved
    flips: list[Flip]


@dataclass
class Report:
    documents: list[FileDiff]
    reconciled: FileDiff | None
    evaluation: EvalDiff | None = None
    old_label: str = "old"
    new_label: str = "new"

    @property
    def changed_documents(self) -> list[FileDiff]:
        return [d for d in self.documents if d.changed]

    @property
    def changed(self) -> bool:
        return bool(self.changed_documents or (self.reconciled and self.reconciled.changed))

    @property
    def differs(self) -> bool:
        files = self.documents + ([self.reconciled] if self.reconciled else [])
        return any(f.differs for f in files)

    def totals(self, files: Iterable[FileDiff]) -> tuple[int, int, int]:
        files = list(files)
        return (sum(f.count("added") for f in files), sum(f.count("removed") for f in files),
                sum(f.count("changed") for f in files))


# --- flattening and comparing records ---------------------------------------------------


def _strip_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_ids(v) for k, v in value.items() if k not in ID_KEYS}
    if isinstance(value, list):
        return [_strip_ids(v) for v in value]
    return value


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """Nested dicts to dotted paths; lists stay whole values (IDs stripped inside)."""
    out: dict[str, Any] = {}
    if isinstance(value, dict):
        for k, v in value.items():
            if k in ID_KEYS:
                continue
            path = f"{prefix}.{k}" if prefix else str(k)
            if isinstance(v, dict) and v:
                out.update(_flatten(v, path))
            else:
                out[path] = _strip_ids(v)
    return out


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return _num(a) == _num(b)
    return a == b


def field_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[FieldChange]:
    """Content fields that differ, old -> new; offsets only when their span's text changed."""
    fo, fn = _flatten(dict(old)), _flatten(dict(new))
    changed = {p for p in fo.keys() | fn.keys() if not _same(fo.get(p), fn.get(p))}
    keep = []
    for path in sorted(changed, key=lambda p: (p.count("."), p)):
        parent, _, leaf = path.rpartition(".")
        if leaf in ("start", "end"):
            text_path = f"{parent}.text" if parent else "text"
            if (text_path in fo or text_path in fn) and text_path not in changed:
                continue  # a shifted span: not a change
        keep.append(FieldChange(path, fo.get(path), fn.get(path)))
    return keep


def _label(record_type: str, r: Mapping[str, Any]) -> str:
    if record_type == "figures":
        text = (r.get("provenance") or {}).get("text")
        if text is None:
            texts = sorted({(v or {}).get("text") or "" for v in (r.get("by_source") or {}).values()})
            text = " / ".join(t for t in texts if t) or None
        value = _fmt_value(r.get("value"))
        if r.get("value_max") is not None:
            value += f"-{_fmt_value(r.get('value_max'))}"
        qualifier = r.get("qualifier")
        core = f"{value} {r.get('unit')}" + (f" ({qualifier})" if qualifier and qualifier != "exact" else "")
        return f'"{text}" = {core}' if text else core
    if record_type == "contacts":
        points = ", ".join(str(x) for x in (r.get("email"), r.get("phone")) if x)
        return f"{r.get('name') or '(no name)'} <{points}>" if points else str(r.get("name") or "(no name)")
    if record_type == "translation_groups":
        return " + ".join(r.get("sources") or [])
    if record_type == "conflicts":
        return f"{r.get('kind')} ({r.get('record_type')}): {r.get('detail')}"
    return str(r.get("name") or r.get("id") or "?")


def _fmt_value(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _pair(removed: list[dict], added: list[dict], keys: list[Key]) -> list[tuple[dict, dict]]:
    """Pairs (removed, added) sharing a natural key, keys tried in order; the lists
    are consumed."""
    pairs: list[tuple[dict, dict]] = []
    for key in keys:
        def k(r: dict) -> Any:
            try:
                value = key(r)
            except Exception:  # a malformed record: no key
                return None
            return json.dumps(value, sort_keys=True, default=str) if value not in (None, "", ()) else None

        old_by: dict[str, list[int]] = {}
        for i, r in enumerate(removed):
            kr = k(r)
            if kr is not None:
                old_by.setdefault(kr, []).append(i)
        new_by: dict[str, list[int]] = {}
        for j, a in enumerate(added):
            ka = k(a)
            if ka is not None:
                new_by.setdefault(ka, []).append(j)
        used_r: set[int] = set()
        used_a: set[int] = set()
        for kr, ris in old_by.items():
            ajs = new_by.get(kr)
            if not ajs:
                continue
            candidates = sorted((len(field_changes(removed[i], added[j])), i, j) for i in ris for j in ajs)
            for _, i, j in candidates:
                if i in used_r or j in used_a:
                    continue
                used_r.add(i)
                used_a.add(j)
                pairs.append((removed[i], added[j]))
        removed[:] = [r for i, r in enumerate(removed) if i not in used_r]
        added[:] = [a for j, a in enumerate(added) if j not in used_a]
    return pairs


def diff_records(record_type: str, old: list[dict], new: list[dict], keys: list[Key]) -> tuple[list[RecordChange], int]:
    """Changes between two lists of records of one type; also the number of records
    that differ only in what is not content (IDs, shifted offsets)."""
    changes: list[RecordChange] = []
    quiet = 0
    new_ids = Counter(r.get("id") for r in new)
    old_ids = Counter(r.get("id") for r in old)
    new_by_id = {r.get("id"): r for r in new if r.get("id") is not None and new_ids[r.get("id")] == 1}
    matched: list[tuple[dict, dict]] = []
    removed: list[dict] = []
    for r in old:
        rid = r.get("id")
        if rid is not None and old_ids[rid] == 1 and rid in new_by_id:
            matched.append((r, new_by_id.pop(rid)))
        else:
            removed.append(r)
    taken = {id(n) for _, n in matched}
    added = [r for r in new if id(r) not in taken]
    matched += _pair(removed, added, keys)
    for o, n in matched:
        fields = field_changes(o, n)
        if fields:
            changes.append(RecordChange("changed", record_type, _label(record_type, n), o.get("id"), n.get("id"),
                                        fields=fields))
        elif o != n:
            quiet += 1
    changes += [RecordChange("removed", record_type, _label(record_type, r), old_id=r.get("id"), record=r) for r in removed]
    changes += [RecordChange("added", record_type, _label(record_type, a), new_id=a.get("id"), record=a) for a in added]
    order = {"changed": 0, "removed": 1, "added": 2}
    changes.sort(key=lambda c: (order[c.kind], c.label))
    return changes, quiet


def _diff_file(file: str, old: dict | None, new: dict | None, types: Iterable[str], keys: dict[str, list[Key]],
               doc_fields: Iterable[str]) -> FileDiff:
    o, n = old or {}, new or {}
    name = file if file == RECONCILED else (n.get("source") or o.get("source") or file.removesuffix(".json"))
    status = "added" if old is None else "removed" if new is None else "same"
    diff = FileDiff(name=name, file=file, status=status, differs=old != new)
    if old is not None and new is not None:
        for f in doc_fields:
            if not _same(o.get(f), n.get(f)):
                diff.fields.append(FieldChange(f, o.get(f), n.get(f)))
    quiet = 0
    types = list(types)
    for t in types:
        changes, q = diff_records(t, list(o.get(t) or []), list(n.get(t) or []), keys.get(t, []))
        diff.records += changes
        quiet += q
    if old is not None and new is not None:
        others = sorted(k for k in o.keys() | n.keys() if k not in types and k not in doc_fields and o.get(k) != n.get(k))
        diff.other = others + ([f"positions or IDs of {quiet} record(s)"] if quiet else [])
        if diff.changed:
            diff.status = "changed"
    return diff


# --- evaluation -------------------------------------------------------------------------


def default_same_cluster() -> Callable[[str, str], bool]:
    """Two organisation names agree when the cluster registry maps them to one key (as
    ``cluster-extract eval`` does)."""
    from .extract.clusters import registry_key

    def same(a: str, b: str) -> bool:
        ka, kb = registry_key(a), registry_key(b)
        return ka is not None and ka == kb

    return same


def _error_items(detail: Mapping[str, Any]) -> dict[tuple[str, str], Counter]:
    """Per-document scoring details as {(record type, category): Counter(item)}, every
    item a gold or predicted record the pipeline got wrong."""
    out: dict[tuple[str, str], Counter] = {}

    def add(rtype: str, cat: str, items: Iterable[str]) -> None:
        out[(rtype, cat)] = Counter(items)

    for f in ("language", "date"):
        d = detail.get(f) or {}
        add(f, "wrong", [] if d.get("correct") else [f"gold {d.get('gold')!r}"])
    for rtype in ("clusters", "persons", "figures"):
        d = detail.get(rtype) or {}
        add(rtype, "missed", map(str, d.get("missed") or []))
        add(rtype, "spurious", map(str, d.get("spurious") or []))
    clusters = detail.get("clusters") or {}
    add("clusters", "members_wrong", (f"{w.get('cluster')} (gold {w.get('gold')!r})" for w in clusters.get("members_wrong") or []))
    persons = detail.get("persons") or {}
    for attr in ("role", "organization"):
        add("persons", f"{attr}_wrong", (f"{w.get('person')} (gold {w.get('gold')!r})" for w in persons.get(f"{attr}_wrong") or []))
    figures = detail.get("figures") or {}
    add("figures", "qualifier_wrong", (f"{w.get('figure')} (gold {w.get('gold')!r})" for w in figures.get("qualifier_wrong") or []))
    for kind, d in (detail.get("contacts") or {}).items():
        add(f"contacts ({kind})", "missed", map(str, d.get("missed") or []))
        add(f"contacts ({kind})", "spurious", map(str, d.get("spurious") or []))
    return out


_FIXED = {"missed": "now found", "spurious": "no longer predicted (was spurious)", "wrong": "now right",
          "members_wrong": "member count now right", "role_wrong": "role now right",
          "organization_wrong": "organization now right", "qualifier_wrong": "qualifier now right"}
_BROKEN = {"missed": "now missed", "spurious": "now predicted, not in gold (spurious)", "wrong": "now wrong",
           "members_wrong": "member count now wrong", "role_wrong": "role now wrong",
           "organization_wrong": "organization now wrong", "qualifier_wrong": "qualifier now wrong"}


def _flips(old_detail: Mapping[str, Any], new_detail: Mapping[str, Any], document: str) -> list[Flip]:
    old_items, new_items = _error_items(old_detail), _error_items(new_detail)
    flips: list[Flip] = []
    for (rtype, cat) in sorted(old_items.keys() | new_items.keys()):
        o, n = old_items.get((rtype, cat), Counter()), new_items.get((rtype, cat), Counter())
        for item in sorted((o - n).elements()):
            flips.append(Flip(document, rtype, f"{item}: {_FIXED[cat]}", True))
        for item in sorted((n - o).elements()):
            flips.append(Flip(document, rtype, f"{item}: {_BROKEN[cat]}", False))
    return flips


def evaluation_diff(old_docs: Mapping[str, dict], new_docs: Mapping[str, dict], golds: Mapping[str, dict],
                    gold_label: str = "gold", reconciliation_gold: Mapping[str, Any] | None = None,
                    old_view: Mapping[str, Any] | None = None, new_view: Mapping[str, Any] | None = None,
                    same_cluster: Callable[[str, str], bool] | None = None) -> EvalDiff | None:
    """How the scores moved between two sets of predictions (keyed by source), over
    the gold documents present on at least one side; ``None`` when there are none."""
    compared = {s: g for s, g in golds.items() if s in old_docs or s in new_docs}
    if not compared:
        return None
    old_scores = score_documents(old_docs, compared, same_cluster=same_cluster)
    new_scores = score_documents(new_docs, compared, same_cluster=same_cluster)
    if reconciliation_gold is not None and old_view is not None and new_view is not None:
        old_scores["reconciliation"] = score_reconciliation(old_view, reconciliation_gold)
        new_scores["reconciliation"] = score_reconciliation(new_view, reconciliation_gold)
    om, nm = flat_metrics(old_scores), flat_metrics(new_scores)
    metrics = [(k, om[k], nm[k]) for k in om if k in nm and abs(om[k] - nm[k]) > 1e-9]
    flips: list[Flip] = []
    for source in sorted(compared):
        flips += _flips(old_scores["per_document"][source], new_scores["per_document"][source], source)
    if old_scores.get("reconciliation") and new_scores.get("reconciliation"):
        for kind in ("translations", "same_cluster", "aligned_persons", "aligned_figures"):
            o = Counter(json.dumps(x, ensure_ascii=False) for x in old_scores["reconciliation"][kind].get("missed", []))
            n = Counter(json.dumps(x, ensure_ascii=False) for x in new_scores["reconciliation"][kind].get("missed", []))
            os_ = Counter(json.dumps(x, ensure_ascii=False) for x in old_scores["reconciliation"][kind].get("spurious", []))
            ns = Counter(json.dumps(x, ensure_ascii=False) for x in new_scores["reconciliation"][kind].get("spurious", []))
            for item in sorted((o - n).elements()):
                flips.append(Flip(RECONCILED, kind, f"{item}: {_FIXED['missed']}", True))
            for item in sorted((n - o).elements()):
                flips.append(Flip(RECONCILED, kind, f"{item}: {_BROKEN['missed']}", False))
            for item in sorted((os_ - ns).elements()):
                flips.append(Flip(RECONCILED, kind, f"{item}: {_FIXED['spurious']}", True))
            for item in sorted((ns - os_).elements()):
                flips.append(Flip(RECONCILED, kind, f"{item}: {_BROKEN['spurious']}", False))
    return EvalDiff(gold=gold_label, documents=len(compared), metrics=metrics, flips=flips)


# --- the diff ---------------------------------------------------------------------------


def _by_source(files: Mapping[str, dict]) -> dict[str, dict]:
    return {(d.get("source") or f.removesuffix(".json")): d for f, d in files.items() if f != RECONCILED}


def diff_outputs(
    old: Mapping[str, dict],
    new: Mapping[str, dict],
    *,
    golds: Mapping[str, dict] | None = None,
    reconciliation_gold: Mapping[str, Any] | None = None,
    gold_label: str = "gold",
    same_cluster: Callable[[str, str], bool] | None = None,
    old_label: str = "old",
    new_label: str = "new",
) -> Report:
    """Compare two sets of outputs, each ``{output file name: loaded JSON}`` (the
    per-document ``<source>.json`` files and ``reconciled.json``). With ``golds``
    (``{source: gold}``, as from ``evaluate.load_gold_dir``), the report also says
    how the evaluation moved."""
    documents = []
    for file in sorted((old.keys() | new.keys()) - {RECONCILED}):
        documents.append(_diff_file(file, old.get(file), new.get(file), DOCUMENT_TYPES, DOCUMENT_KEYS, DOCUMENT_FIELDS))
    reconciled = None
    if RECONCILED in old or RECONCILED in new:
        reconciled = _diff_file(RECONCILED, old.get(RECONCILED), new.get(RECONCILED), RECONCILED_TYPES,
                                RECONCILED_KEYS, ())
    evaluation = None
    if golds:
        evaluation = evaluation_diff(_by_source(old), _by_source(new), golds, gold_label, reconciliation_gold,
                                     old.get(RECONCILED), new.get(RECONCILED), same_cluster)
    return Report(documents, reconciled, evaluation, old_label, new_label)


# --- loading ----------------------------------------------------------------------------


def load_folder(folder: Path) -> dict[str, dict]:
    """Every ``*.json`` of an outputs folder (hidden files aside), by file name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"{folder}: not a directory")
    return {p.name: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.json")) if not p.name.startswith(".")}


def _git(args: list[str], cwd: Path) -> bytes:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True)
    if result.returncode != 0:
        raise ValueError(f"git {' '.join(args)}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


def load_git_revision(rev: str, folder: Path = Path("outputs"), repo: Path | None = None) -> dict[str, dict]:
    """The ``*.json`` files of ``folder`` as committed at revision ``rev`` (read with
    ``git ls-tree`` and ``git cat-file``; the working tree is not touched). ``folder``
    is relative to ``repo`` (default: the current directory), or absolute."""
    repo = Path(repo) if repo is not None else Path.cwd()
    top = Path(_git(["rev-parse", "--show-toplevel"], repo).decode().strip())
    target = folder if Path(folder).is_absolute() else repo / folder
    try:
        rel = Path(os.path.abspath(target)).resolve().relative_to(top.resolve()).as_posix()
    except ValueError:
        raise ValueError(f"{folder}: not inside the git repository {top}")
    prefix = "" if rel == "." else rel + "/"
    listing = _git(["ls-tree", "-z", "--full-tree", "--name-only", rev, "--", prefix or "."], top)
    out: dict[str, dict] = {}
    for path in sorted(p for p in listing.decode().split("\0") if p):
        name = path.rsplit("/", 1)[-1]
        if not name.endswith(".json") or name.startswith(".") or path != prefix + name:
            continue
        out[name] = json.loads(_git(["cat-file", "blob", f"{rev}:{path}"], top).decode("utf-8"))
    return out


def folder_differences(old_dir: Path, new_dir: Path) -> dict[str, list[str]]:
    """Output files (``*.json``) that differ byte for byte: ``changed`` (in both),
    ``missing`` (only in new_dir: not committed) and ``extra`` (only in old_dir)."""
    def files(d: Path) -> dict[str, Path]:
        return {p.name: p for p in Path(d).glob("*.json") if not p.name.startswith(".")} if Path(d).is_dir() else {}

    old, new = files(old_dir), files(new_dir)
    return {
        "changed": sorted(n for n in old.keys() & new.keys() if old[n].read_bytes() != new[n].read_bytes()),
        "missing": sorted(new.keys() - old.keys()),
        "extra": sorted(old.keys() - new.keys()),
    }


# --- rendering --------------------------------------------------------------------------


def _short(value: Any, limit: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _fmt_metric_pair(old: float, new: float) -> tuple[str, str]:
    for digits in (2, 3, 4, 6):
        a, b = f"{old:.{digits}f}", f"{new:.{digits}f}"
        if a != b:
            return a, b
    return f"{old!r}", f"{new!r}"


def _metric_change(name: str, old: float, new: float) -> str:
    a, b = _fmt_metric_pair(old, new)
    return f"{name} {a} {ARROW} {b}"


def _scalar_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, (str, int, float, bool)) or v is None for v in value)


def _field_text(fc: FieldChange, code: Callable[[str], str]) -> str:
    if _scalar_list(fc.old) and _scalar_list(fc.new):
        gone = list((Counter(map(_short, fc.old)) - Counter(map(_short, fc.new))).elements())
        came = list((Counter(map(_short, fc.new)) - Counter(map(_short, fc.old))).elements())
        if gone or came:
            parts = [f"+{code(x)}" for x in came] + [f"{MINUS}{code(x)}" for x in gone]
            return f"{fc.path}: {' '.join(parts)}"
    return f"{fc.path}: {code(_short(fc.old))} {ARROW} {code(_short(fc.new))}"


def _record_summary(rc: RecordChange) -> str:
    r = rc.record or {}
    if rc.record_type == "persons":
        extra = ", ".join(str(x) for x in (r.get("role"), r.get("organization")) if x)
        if extra:
            return f"{rc.label} ({extra})"
    if rc.record_type == "clusters" and r.get("members") is not None:
        return f"{rc.label} ({r.get('members')} members)"
    return rc.label


_SINGULAR = {"clusters": "cluster", "persons": "person", "contacts": "contact", "figures": "figure",
             "translation_groups": "translation group", "conflicts": "conflict"}


def _record_lines(fd: FileDiff, code: Callable[[str], str]) -> list[tuple[int, str]]:
    """(indent level, text) lines of one file's changes."""
    lines: list[tuple[int, str]] = []
    for fc in fd.fields:
        lines.append((0, f"~ document {_field_text(fc, code)}"))
    for rc in fd.records:
        kind = _SINGULAR.get(rc.record_type, rc.record_type)
        if rc.kind == "added":
            lines.append((0, f"+ {kind} {code(_record_summary(rc))}"))
        elif rc.kind == "removed":
            lines.append((0, f"{MINUS} {kind} {code(_record_summary(rc))}"))
        else:
            ids = f" [{rc.old_id} {ARROW} {rc.new_id}]" if rc.old_id != rc.new_id else ""
            lines.append((0, f"~ {kind} {code(rc.label)}{ids}"))
            lines += [(1, _field_text(fc, code)) for fc in rc.fields]
    return lines


def _file_title(fd: FileDiff) -> str:
    what = {"added": " (new)", "removed": " (gone)"}.get(fd.status, "")
    return f"{fd.name}{what}: {fd.counts()}"


def summary_line(report: Report) -> str:
    changed = report.changed_documents
    parts = []
    if changed:
        a, r, c = report.totals(changed)
        parts.append(f"{len(changed)} document{'s' if len(changed) != 1 else ''} changed: +{a} {MINUS}{r} ~{c} records")
    if report.reconciled and report.reconciled.changed:
        parts.append(f"reconciled view: {report.reconciled.counts()}")
    if not parts:
        n = len(report.documents)
        quiet = [d for d in report.documents + ([report.reconciled] if report.reconciled else []) if d.differs]
        text = f"No changes in {n} document{'s' if n != 1 else ''}"
        if quiet:
            text += (f" ({len(quiet)} file{'s differ' if len(quiet) != 1 else ' differs'} only in positions or "
                     "metadata)")
        parts.append(text)
    if report.evaluation and report.evaluation.metrics:
        ms = report.evaluation.metrics
        headline = [m for m in ms if m[0].endswith(("_f1", "_accuracy"))] or ms
        shown = [_metric_change(*m) for m in headline[:4]]
        parts.append(", ".join(shown) + (", \u2026" if len(headline) > 4 else ""))
    return "; ".join(parts)


def _flip_lines(ev: EvalDiff) -> list[str]:
    out = []
    for f in ev.flips:
        mark = "\u2713" if f.now_right else "\u2717"
        out.append(f"{mark} {f.document}: {f.record_type}: {f.description}")
    return out


def render_text(report: Report) -> str:
    """Plain text for a terminal: the summary line, then per file its changes."""
    lines = [summary_line(report), f"({report.old_label} {ARROW} {report.new_label})"]
    files = [d for d in report.documents if d.changed] + ([report.reconciled] if report.reconciled and report.reconciled.changed else [])
    for fd in files:
        lines += ["", f"== {_file_title(fd)}"]
        lines += ["  " + "    " * level + text for level, text in _record_lines(fd, lambda s: s)]
        if fd.other:
            lines.append(f"  (also differs, not counted: {', '.join(fd.other)})")
    quiet = [d for d in report.documents + ([report.reconciled] if report.reconciled else []) if d.differs and not d.changed]
    if quiet:
        lines += ["", "Differ only in positions or metadata:"]
        lines += [f"  {d.name}: {', '.join(d.other) or 'formatting'}" for d in quiet]
    ev = report.evaluation
    if ev is not None and (ev.metrics or ev.flips):
        lines += ["", f"Evaluation against {ev.gold} ({ev.documents} gold document{'s' if ev.documents != 1 else ''}):"]
        lines += [f"  {_metric_change(*m)}" for m in ev.metrics]
        if ev.flips:
            lines.append("  Gold records that flipped:")
            lines += [f"    {line}" for line in _flip_lines(ev)]
    return "\n".join(lines) + "\n"


def _code(text: str) -> str:
    if not text:
        return text
    text = text.replace("\n", " ")
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _md_escape(text: str) -> str:
    return text.replace("<", "&lt;")


#: a Markdown report with more change lines than this folds every file in <details>.
FOLD_OVER_LINES = 20


def render_markdown(report: Report, fold_over: int = FOLD_OVER_LINES) -> str:
    """Markdown for a pull-request comment or a GitHub step summary: the summary line
    first, then per file its changes (folded in <details> when the report is long)."""
    lines = [f"**{_md_escape(summary_line(report))}**", "",
             f"_{_md_escape(report.old_label)} {ARROW} {_md_escape(report.new_label)}_"]
    files = [d for d in report.documents if d.changed] + ([report.reconciled] if report.reconciled and report.reconciled.changed else [])
    bodies = [(fd, _record_lines(fd, _code)) for fd in files]
    fold = sum(len(b) for _, b in bodies) > fold_over
    for fd, body in bodies:
        items = ["  " * level + f"- {_md_escape_outside_code(text)}" for level, text in body]
        if fd.other:
            items.append(f"- _also differs, not counted: {_md_escape(', '.join(fd.other))}_")
        title = _md_escape(_file_title(fd))
        if fold:
            lines += ["", f"<details><summary>{title}</summary>", "", *items, "", "</details>"]
        else:
            lines += ["", f"#### {title}", "", *items]
    quiet = [d for d in report.documents + ([report.reconciled] if report.reconciled else []) if d.differs and not d.changed]
    if quiet:
        lines += ["", "Differ only in positions or metadata: " + ", ".join(_code(d.name) for d in quiet)]
    ev = report.evaluation
    if ev is not None and (ev.metrics or ev.flips):
        lines += ["", f"#### Evaluation against {_code(ev.gold)} ({ev.documents} gold documents)"]
        if ev.metrics:
            lines += ["", f"| metric | {_md_escape(report.old_label)} | {_md_escape(report.new_label)} |", "| --- | ---: | ---: |"]
            for name, o, n in ev.metrics:
                a, b = _fmt_metric_pair(o, n)
                lines.append(f"| {name} | {a} | {b} |")
        if ev.flips:
            flip_items = [f"- {_md_escape_outside_code(line)}" for line in _flip_lines(ev)]
            if len(flip_items) > fold_over // 2:
                lines += ["", f"<details><summary>{len(flip_items)} gold records flipped</summary>", "", *flip_items,
                          "", "</details>"]
            else:
                lines += ["", "Gold records that flipped:", "", *flip_items]
    return "\n".join(lines) + "\n"


def _md_escape_outside_code(text: str) -> str:
    """Escape < outside `code` spans (inside them GitHub shows it verbatim)."""
    out, in_code, i = [], False, 0
    while i < len(text):
        if text[i] == "`":
            j = i
            while j < len(text) and text[j] == "`":
                j += 1
            out.append(text[i:j])
            in_code = not in_code
            i = j
            continue
        ch = text[i]
        out.append("&lt;" if ch == "<" and not in_code else ch)
        i += 1
    return "".join(out)


def append_step_summary(report: Report, environ: Mapping[str, str] | None = None) -> Path | None:
    """Append the Markdown report to the file named by GITHUB_STEP_SUMMARY, when set."""
    target = (os.environ if environ is None else environ).get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(render_markdown(report) + "\n")
    return path
