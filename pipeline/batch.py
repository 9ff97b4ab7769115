"""Running a batch, writing its outputs and rebuilding the reconciled view: what the
commands do, callable from a test or another front end (the CLI is a thin shell).

The outputs folder may hold files that are not the tool's (`batch docs --outputs .`).
The tool keeps a manifest of the files it wrote (`.cluster-extract-manifest.json`,
hidden: no `*.json` reader of the folder sees it), each with the source it came from,
and only ever overwrites or removes a file listed there. An existing file that is not
listed is taken over only when it is plainly one of the tool's outputs (a document
output naming that very source, or a reconciled view: a folder written before the
manifest existed); any other file is left untouched and the write is refused.

Removing a source removes its output only in a `batch` over the folder that held it,
and that batch says so. Outputs of documents added with `ingest` from elsewhere stay.

Messages go through `say(level, line)`, level "error", "warning" or "info".
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .errors import UsageError
from .limits import DEFAULT, Limits
from .write import loads, output_path, replace_if_changed, write_atomic

RECONCILED = "reconciled.json"
MANIFEST = ".cluster-extract-manifest.json"
MANUAL_FILE = "translations.json"

Say = Callable[[str, str], None]


def _quiet(level: str, line: str) -> None:
    pass


# --- folders -----------------------------------------------------------------------------


def existing_folder(folder: Path, what: str = "folder") -> Path:
    """A folder the user named, or a UsageError saying what is wrong with it."""
    folder = Path(folder)
    if not folder.exists():
        raise UsageError(f"{folder}: no such {what}")
    if not folder.is_dir():
        raise UsageError(f"{folder}: not a folder (a {what} is expected)")
    return folder


def source_files(folder: Path) -> list[Path]:
    """The documents of a folder: every entry but hidden ones, sub-folders and the manual
    translation pairings. Named pipes, devices and unknown extensions are listed: the
    reader reports them on one line each rather than skipping them silently."""
    folder = existing_folder(folder, "sources folder")
    try:
        entries = sorted(folder.iterdir())
    except OSError as exc:
        raise UsageError(f"{folder}: cannot list ({exc.strerror or exc})") from None
    return [p for p in entries if not p.name.startswith(".") and p.name != MANUAL_FILE and not p.is_dir()]


# --- the outputs folder and its manifest --------------------------------------------------


def _looks_like_output(path: Path) -> bool:
    """Plainly written by this tool: a document output naming its own source, or a
    reconciled view."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(data, dict):
        return False
    if path.name == RECONCILED:
        return {"translation_groups", "clusters", "persons"} <= data.keys()
    return data.get("source") == path.name[:-len(".json")] and "source_sha256" in data


class OutputsFolder:
    """The outputs folder, with the manifest of the files the tool wrote there."""

    def __init__(self, folder: Path, say: Say = _quiet):
        self.folder = Path(folder)
        self.say = say
        self.files: dict[str, str | None] = {}  # output name -> its source, relative to the folder
        self._resolved_folder: Path | None = None
        self.had_manifest = False
        manifest = self.folder / MANIFEST
        if manifest.is_file():
            try:
                data = json.loads(manifest.read_text(encoding="utf-8"))
                files = data["files"]
                if not isinstance(files, dict):
                    raise TypeError
                self.files = {str(k): (v.get("source") if isinstance(v, dict) else None) for k, v in files.items()}
                self.had_manifest = True
            except (OSError, ValueError, KeyError, TypeError):
                say("warning", f"{manifest}: unreadable manifest; only files plainly written by cluster-extract are managed")

    def prepare(self) -> None:
        """Create the folder and make sure files can be written in it (UsageError if not)."""
        if self.folder.exists() and not self.folder.is_dir():
            raise UsageError(f"{self.folder}: not a folder (the outputs folder)")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            probe = self.folder / f".cluster-extract-probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise UsageError(f"{self.folder}: cannot write outputs there ({exc.strerror or exc})") from None

    def _relative(self, source: Path | None) -> str | None:
        if source is None:
            return None
        return os.path.relpath(Path(source).resolve(), self._resolved())

    def _resolved(self) -> Path:
        """The folder's resolved path, resolved once (this runs for every document)."""
        if self._resolved_folder is None:
            self._resolved_folder = self.folder.resolve()
        return self._resolved_folder

    def _save(self) -> None:
        data = {"about": "files written by cluster-extract in this folder; only these are ever replaced or removed",
                "files": {name: {"source": self.files[name]} for name in sorted(self.files)}}
        write_atomic(self.folder / MANIFEST, json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n")

    def owns(self, name: str) -> bool:
        path = self.folder / name
        return name in self.files or not path.exists() or _looks_like_output(path)

    def write(self, name: str, text: str, source: Path | None) -> Path:
        """Write (or leave as it is, when unchanged) one of the tool's files. Raises
        OSError for a file that is not the tool's or cannot be written."""
        path = self.folder / name
        if not self.owns(name):
            raise OSError(f"{path}: exists and was not written by cluster-extract; left untouched")
        entry = self._relative(source)
        if self.files.get(name, "\0") != entry:
            # Listed before it is written: a crash in between leaves a listed file, never an unlisted one of ours.
            self.files[name] = entry
            self._save()
        try:
            if path.read_text(encoding="utf-8") == text:
                return path  # no rewrite, no new mtime
        except (OSError, UnicodeDecodeError):
            pass
        write_atomic(path, text)
        return path

    def write_streamed(self, name: str, write: Callable) -> Path:
        """write(handle) writes one of the tool's files (the reconciled view, too large to
        hold as one string) into a temporary file beside it, which then replaces it unless
        the bytes are the same. Raises OSError like `write`."""
        path = self.folder / name
        if not self.owns(name):
            raise OSError(f"{path}: exists and was not written by cluster-extract; left untouched")
        if self.files.get(name, "\0") is not None:
            self.files[name] = None
            self._save()
        replace_if_changed(path, write)
        return path

    def set_source(self, name: str, source: Path) -> None:
        """Record where a listed file's source now is (a document copied into sources/)."""
        if name in self.files and self.files[name] != self._relative(source):
            self.files[name] = self._relative(source)
            self._save()

    def remove_stale(self, sources_dir: Path, present: set[str]) -> list[str]:
        """Remove the outputs whose source was in `sources_dir` and is gone; returns their names."""
        here = os.path.relpath(Path(sources_dir).resolve(), self._resolved())
        removed = []
        for name, source in sorted(self.files.items()):
            if source is None or os.path.dirname(source) != here or os.path.basename(source) in present:
                continue
            try:
                (self.folder / name).unlink(missing_ok=True)
            except OSError as exc:
                self.say("warning", f"{self.folder / name}: cannot remove ({exc.strerror or exc})")
                continue
            del self.files[name]
            removed.append(name)
        if removed:
            self._save()
        return removed

    def document_outputs(self) -> list[Path]:
        """The per-document outputs the reconciled view is built from: those in the
        manifest, or, in a folder without one, those plainly written by the tool."""
        if self.had_manifest or self.files:
            names = [n for n in self.files if n != RECONCILED]
            return [self.folder / n for n in sorted(names) if (self.folder / n).is_file()]
        if not self.folder.is_dir():
            return []
        return [p for p in sorted(self.folder.glob("*.json"))
                if p.name != RECONCILED and not p.name.startswith(".") and _looks_like_output(p)]


# --- manual translation pairings ----------------------------------------------------------


def check_manual_pairs(sources_dir: Path | None, known: Iterable[str], say: Say = _quiet) -> bool:
    """Whether `translations.json` (when there is one) can be used: it must be an object
    whose "pairs" and "not_pairs" are lists of lists of file names. A name that is not a
    known document is reported as a warning. False after an error (reported)."""
    if sources_dir is None:
        return True
    path = Path(sources_dir) / MANUAL_FILE
    if not path.exists():
        return True
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        say("error", f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc}); manual pairings ignored")
        return False
    except ValueError as exc:
        say("error", f"{path}: not valid JSON ({exc}); manual pairings ignored")
        return False
    expected = 'an object {"pairs": [["a.txt", "b.txt"], ...], "not_pairs": [...]}'
    if not isinstance(data, dict):
        say("error", f"{path}: expected {expected}, got a {type(data).__name__}; manual pairings ignored")
        return False
    unknown = sorted(set(data) - {"pairs", "not_pairs"})
    if unknown:
        say("error", f"{path}: unknown key(s) {', '.join(map(repr, unknown))}; expected {expected}; manual pairings ignored")
        return False
    known = set(known)
    for key in ("pairs", "not_pairs"):
        groups = data.get(key, [])
        if not isinstance(groups, list) or not all(
                isinstance(g, list) and len(g) >= 2 and all(isinstance(n, str) for n in g) for g in groups):
            say("error", f"{path}: \"{key}\" must be a list of lists of two or more file names; manual pairings ignored")
            return False
        for name in sorted({n for g in groups for n in g} - known):
            say("warning", f"{path}: \"{key}\" names {name}, which is not a processed document")
    return True


# --- the reconciled view ------------------------------------------------------------------


def rebuild_reconciled(outputs: OutputsFolder, sources_dir: Path | None, cache=None, say: Say = _quiet) -> bool:
    """Bring reconciled.json up to date with the per-document outputs. An output that is
    not valid JSON or not a document is left out with a warning; a malformed
    translations.json is reported and ignored. With a cache, the reconciliation index of
    this outputs folder is kept there between runs (pipeline/reconcile_index.py), so a
    run redoes only what changed outputs touch; without one, a temporary index is built.
    False when something was reported as an error."""
    from .reconcile import load_manual
    from .reconcile_index import ReconcileIndex

    index = None
    if cache is not None:
        folder_key = hashlib.sha256(str(outputs.folder.resolve()).encode()).hexdigest()[:16]
        try:
            index = ReconcileIndex(Path(cache.folder) / "reconcile" / f"{folder_key}.sqlite", cache.fingerprint)
        except (OSError, sqlite3.Error) as exc:
            if not cache.reported_failure:  # else the cache has said so already
                say("warning", f"cache {cache.folder}: cannot keep the reconciliation index there ({exc}); reconciling from scratch")
    if index is None:
        index = ReconcileIndex(None)
    manual_ok = True

    def manual_pairs(known: list[str]) -> tuple[set, set]:
        nonlocal manual_ok
        manual_ok = check_manual_pairs(sources_dir, known, say)
        return load_manual(sources_dir if manual_ok else None)

    target = outputs.folder / RECONCILED
    try:
        changed = index.update(outputs.document_outputs(), manual_pairs, warn=lambda line: say("warning", line))
        if not changed and index.meta("view_stat") == _stat_text(target):
            return manual_ok  # nothing changed since this index wrote the view
        ok = _write_view(outputs, index, say)
        index.set_meta("view_stat", _stat_text(target))
    except sqlite3.Error as exc:
        raise RuntimeError(f"reconciling {outputs.folder}: index {index.path}: {exc}") from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:  # a document output the reconciliation cannot read
        raise RuntimeError(f"reconciling {outputs.folder}: {type(exc).__name__}: {exc}") from exc
    finally:
        index.close()
    return ok and manual_ok


def _stat_text(path: Path) -> str | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{st.st_size}:{st.st_mtime_ns}"


def _write_view(outputs: OutputsFolder, index, say: Say) -> bool:
    try:
        outputs.write_streamed(RECONCILED, index.write_view)
        return True
    except OSError as exc:
        say("error", str(exc) if str(exc).startswith(str(outputs.folder)) else f"{outputs.folder / RECONCILED}: {exc}")
        return False


# --- batch and ingest ---------------------------------------------------------------------


@dataclass
class Report:
    """What a batch or an ingest did."""

    written: list[str] = field(default_factory=list)  # source names with a fresh output
    failed: list[str] = field(default_factory=list)  # one-line errors of documents
    internal: list[str] = field(default_factory=list)  # one-line errors that are bugs
    removed: list[str] = field(default_factory=list)  # outputs removed with their source
    other_errors: int = 0  # errors that are not a document's (e.g. a malformed translations.json)

    @property
    def exit_code(self) -> int:
        from .errors import EXIT_DOCUMENTS, EXIT_INTERNAL, EXIT_OK

        if self.internal:
            return EXIT_INTERNAL
        return EXIT_DOCUMENTS if self.failed or self.other_errors else EXIT_OK


def process_into(paths: list[Path], outputs: OutputsFolder | None, report: Report, *, cache=None, workers: int = 1,
                 limits: Limits = DEFAULT, say: Say = _quiet, on_result: Callable | None = None,
                 keep_records: bool = False, run: Callable | None = None) -> dict[str, dict]:
    """Run the engine over `paths`, writing each output as soon as it is ready. Returns
    the records by source when keep_records. `run` is the engine's run function
    (pipeline/engines; default the local engine, `pipeline.process.run`)."""
    if run is None:
        from .process import run

    records: dict[str, dict] = {}
    for result in run(paths, cache=cache, workers=workers, limits=limits):
        if result.error is not None:
            (report.internal if result.kind == "internal" else report.failed).append(result.error)
            say("error", result.error)
            if result.traceback:
                say("traceback", result.traceback)
        else:
            record = loads(result.json)
            for warning in record["warnings"]:
                say("warning", f"{result.path}: {warning}")
            if keep_records:
                records[record["source"]] = record
            if outputs is not None:
                try:
                    outputs.write(output_path(Path(""), record["source"]).name, result.json, result.path)
                except OSError as exc:
                    line = str(exc) if str(exc).startswith(str(outputs.folder)) else (
                        f"{output_path(outputs.folder, record['source'])}: cannot write ({exc.strerror or exc})")
                    report.failed.append(line)
                    say("error", line)
                    if on_result:
                        on_result(result)
                    continue
            report.written.append(record["source"])
        if on_result:
            on_result(result)
    return records


def run_batch(folder: Path, outputs_dir: Path, *, cache=None, workers: int = 1, limits: Limits = DEFAULT,
              say: Say = _quiet, on_start: Callable[[int], None] | None = None,
              on_result: Callable | None = None, run: Callable | None = None) -> Report:
    """Process every document of `folder` into `outputs_dir`, remove the outputs of the
    folder's sources that are gone (saying so), and rebuild the reconciled view."""
    paths = source_files(folder)
    outputs = OutputsFolder(outputs_dir, say)
    outputs.prepare()
    if Path(folder).resolve() == outputs.folder.resolve():  # outputs written beside their sources
        paths = [p for p in paths if p.name not in outputs.files]
    if on_start:
        on_start(len(paths))
    report = Report()
    process_into(paths, outputs, report, cache=cache, workers=workers, limits=limits, say=say, on_result=on_result,
                 run=run)
    # Outputs of sources that are gone are stale; those of files that failed are kept.
    for name in outputs.remove_stale(folder, {p.name for p in paths}):
        report.removed.append(name)
        say("info", f"removed {outputs.folder / name}: its source {Path(folder) / name[:-len('.json')]} is gone")
    if not rebuild_reconciled(outputs, folder, cache, say):
        report.other_errors += 1
    return report


def run_ingest(files: list[Path], sources: Path, outputs_dir: Path, *, copy: bool = False, replace: bool = False,
               cache=None, limits: Limits = DEFAULT, say: Say = _quiet) -> Report:
    """Process new documents into `outputs_dir` and rebuild the reconciled view. With
    `copy`, each good document is copied into `sources` too; a different file of the
    same name there is refused unless `replace`."""
    outputs = OutputsFolder(outputs_dir, say)
    outputs.prepare()
    report = Report()
    todo = []
    for f in map(Path, files):
        target = Path(sources) / f.name
        if copy and _clashes(f, target) and not replace:
            line = f"{target}: a different file of that name is already there; not copied (use --replace to overwrite it)"
            report.failed.append(line)
            say("error", line)
            continue
        todo.append(f)
    records = process_into(todo, outputs, report, cache=cache, workers=1, limits=limits, say=say, keep_records=True)
    if copy:
        for f in todo:
            target = Path(sources) / f.name
            if f.name in records and f.name in report.written and not _same_file(f, target):
                try:
                    Path(sources).mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(f, target)
                    shutil.copystat(f, target)
                    # Its output now belongs to the copy: a batch over sources/ removes it with it.
                    outputs.set_source(f"{f.name}.json", target)
                except OSError as exc:
                    line = f"{target}: cannot copy ({exc.strerror or exc})"
                    report.failed.append(line)
                    say("error", line)
    if not rebuild_reconciled(outputs, sources if Path(sources).is_dir() else None, cache, say):
        report.other_errors += 1
    return report


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or os.path.samefile(a, b)
    except OSError:
        return False


def _clashes(new: Path, target: Path) -> bool:
    """A file other than `new`, with other bytes, is already at `target`."""
    if not target.exists() and not target.is_symlink():
        return False
    if _same_file(new, target):
        return False
    try:
        from .read import read_bytes

        return read_bytes(target) != read_bytes(new)
    except Exception:
        return True
