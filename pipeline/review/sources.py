"""What the review needs beyond the outputs: the outputs folder read leniently (a file
that is not a document output is reported, not fatal), and each document's cleaned
text, which the outputs do not hold.

Span offsets are into the cleaned text, so the text is rebuilt the way the pipeline
built it: the source file is read and cleaned again (``pipeline.read``,
``pipeline.clean``). When the source is not there, cannot be read, or no longer gives
the text the spans were taken from, the document page shows its records without the
text (each with its span's own text) and says why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

RECONCILED = "reconciled.json"


@dataclass
class BadOutput:
    file: str
    reason: str


@dataclass
class Outputs:
    documents: dict[str, dict]  # source name -> document output
    reconciled: dict | None
    bad: list[BadOutput] = field(default_factory=list)


def is_document(doc: object) -> bool:
    return isinstance(doc, dict) and isinstance(doc.get("source"), str) and isinstance(doc.get("persons"), list)


def from_files(files: dict[str, object]) -> Outputs:
    """``{output file name: loaded JSON}`` (as ``diff.load_folder`` gives) -> Outputs."""
    docs: dict[str, dict] = {}
    bad: list[BadOutput] = []
    reconciled = None
    for name, data in sorted(files.items()):
        if name == RECONCILED:
            reconciled = data if isinstance(data, dict) else None
            if reconciled is None:
                bad.append(BadOutput(name, "not a reconciled view"))
        elif is_document(data):
            docs[data["source"]] = data
        else:
            bad.append(BadOutput(name, "not a document output"))
    return Outputs(docs, reconciled, bad)


def load_outputs(folder: Path) -> Outputs:
    """Every ``*.json`` of an outputs folder; unreadable files are listed in ``bad``."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"{folder}: not a directory")
    files: dict[str, object] = {}
    bad: list[BadOutput] = []
    for p in sorted(folder.glob("*.json")):
        if p.name.startswith("."):
            continue
        try:
            files[p.name] = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            bad.append(BadOutput(p.name, f"unreadable: {exc}"))
    out = from_files(files)
    out.bad = sorted(out.bad + bad, key=lambda b: b.file)
    return out


def source_paths(folder: Path | None) -> list[Path]:
    """The documents of a sources folder, as `batch` sees them."""
    from ..reconcile import MANUAL_FILE

    if folder is None or not Path(folder).is_dir():
        return []
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and not p.name.startswith(".") and p.name != MANUAL_FILE)


@dataclass
class SourceText:
    text: str | None  # the cleaned text, when it gives the records' spans
    note: str | None = None  # why there is no text, or what to keep in mind
    error: str | None = None  # the reader's reason when the source cannot be read
    mismatched: set = field(default_factory=set)  # (start, end, text) of spans the text does not give


def _provenances(doc: dict) -> list[dict]:
    provs = []
    for kind in ("clusters", "persons", "contacts", "figures", "dated_mentions"):
        for r in doc.get(kind) or []:
            if isinstance(r, dict) and isinstance(r.get("provenance"), dict):
                provs.append(r["provenance"])
    if isinstance(doc.get("date_provenance"), dict):
        provs.append(doc["date_provenance"])
    return provs


def _mismatched(doc: dict, text: str) -> set:
    return {(p.get("start"), p.get("end"), p.get("text")) for p in _provenances(doc)
            if not (isinstance(p.get("start"), int) and isinstance(p.get("end"), int)
                    and text[p["start"]:p["end"]] == p.get("text"))}


def read_clean(path: Path) -> tuple[str, str]:
    """(cleaned text, sha256 of the file) of a source, as the pipeline reads it; raises
    InputError."""
    from ..clean import clean
    from ..read import read_document

    raw = read_document(path)
    return clean(raw.text, raw.format).text, raw.sha256


def source_text(doc: dict, sources: Path | None) -> SourceText:
    name = doc.get("source") or ""
    if sources is None:
        return SourceText(None, "no sources folder given: records only, each with the text of its span")
    path = Path(sources) / name
    if not path.is_file():
        return SourceText(None, f"the source {name} is not in {sources}/: records only, each with the text of its span")
    try:
        text, sha = read_clean(path)
    except InputError as exc:
        return SourceText(None, f"the source cannot be read now ({exc.reason}): records only", error=exc.reason)
    bad = _mismatched(doc, text)
    if bad:
        # The document stage may do more than read and clean (a normalisation added
        # there): its own text is the one the offsets were taken in.
        try:
            from ..process import prepare

            prepared = prepare(path).cleaned.text
        except Exception:  # noqa: BLE001 - the page degrades, it never fails
            prepared = None
        if prepared is not None and prepared != text and len(_mismatched(doc, prepared)) < len(bad):
            text, bad = prepared, _mismatched(doc, prepared)
    if not bad:
        stale = sha != doc.get("source_sha256")
        return SourceText(text, f"{path} changed since these outputs were made (its spans still match; run "
                                "`cluster-extract batch`)" if stale else None)
    if sha != doc.get("source_sha256"):
        return SourceText(None, f"{path} changed since these outputs were made (run `cluster-extract batch`): "
                                "records only, each with the text of its span")
    return SourceText(text, f"{len(bad)} span(s) no longer match the cleaned text (the cleaning changed since these "
                            "outputs were made: run `cluster-extract batch`); they are listed, not highlighted",
                      mismatched=bad)


@dataclass
class MissingOutput:
    source: str
    reason: str


def missing_outputs(docs: dict[str, dict], sources: Path | None) -> list[MissingOutput]:
    """Sources without an output: a file that fails to read says why."""
    out = []
    for path in source_paths(sources):
        if path.name in docs:
            continue
        try:
            read_clean(path)
        except InputError as exc:
            out.append(MissingOutput(path.name, exc.reason))
            continue
        out.append(MissingOutput(path.name, "no output yet (run `cluster-extract batch`)"))
    return out
