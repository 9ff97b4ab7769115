"""`cluster-extract`: the command line.

    batch [DIR]        re-process a folder (default sources/) into outputs/
    ingest FILE...     process new documents, optionally copying them into sources/
    eval               score the pipeline against a gold folder (FORMAT.md)
    reconcile          rebuild outputs/reconciled.json from the per-document outputs
    diff               compare two sets of outputs (folders, git revisions, or a fresh run)
    export             the records and the reconciled view as CSV, Parquet or DuckDB tables
    schemas            write the JSON Schemas of the models into schemas/
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract clusters, persons, contacts and figures from health-cluster press releases (EN, FR, NL).")
# Messages are one line each, whatever the terminal width, and file names are printed
# as they are ("[draft].txt" is not markup).
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)
out = Console(highlight=False, soft_wrap=True, markup=False)

RECONCILED = "reconciled.json"
DEFAULT_SOURCES = Path("sources")
DEFAULT_OUTPUTS = Path("outputs")
DEFAULT_CACHE = Path(os.environ.get("CLUSTER_EXTRACT_CACHE", ".cache/cluster-extract"))


def source_files(folder: Path) -> list[Path]:
    """The documents of a folder: every regular file but hidden ones and the manual
    translation pairings (unknown extensions are reported by the reader, not skipped)."""
    from .reconcile import MANUAL_FILE

    return sorted(p for p in Path(folder).iterdir() if p.is_file() and not p.name.startswith(".") and p.name != MANUAL_FILE)


def _cache(cache_dir: Optional[Path], use_cache: bool):
    from .cache import ResultCache

    return ResultCache(cache_dir or DEFAULT_CACHE) if use_cache else None


def _workers(requested: int, n_files: int) -> int:
    """0 means automatic: every core for a real batch, one process for a few files
    (starting workers and loading spaCy in each costs more than it saves)."""
    if requested > 0:
        return requested
    return max(1, min(os.cpu_count() or 1, 4)) if n_files >= 32 else 1


def _run(paths: list[Path], outputs: Path | None, show_progress: bool, *, cache=None, workers: int = 1,
         keep_records: bool = True, engine: str = "local", address: Optional[str] = None) -> tuple[dict[str, dict], list[str]]:
    """Process files, writing each output as soon as it is ready (when `outputs` is
    given). Returns the records by source (unless keep_records is False: a large batch
    streams) and the one-line errors. `engine` picks who runs the per-document stages
    (pipeline/engines): the writing, the cache and the reconciliation are the same."""
    from .engines import runner
    from .write import output_path

    run = runner(engine, address)
    # Another engine sizes its own pool (0: every CPU it has).
    n_workers = _workers(workers, len(paths)) if engine == "local" else workers

    records: dict[str, dict] = {}
    errors: list[str] = []
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=not show_progress, transient=True) as progress:
        task = progress.add_task("extracting", total=len(paths))
        for result in run(paths, cache=cache, workers=n_workers):
            if result.error is not None:
                errors.append(result.error)
                err.print(f"error: {result.error}")
            else:
                record = json.loads(result.json)
                for warning in record["warnings"]:
                    err.print(f"warning: {result.path}: {warning}")
                if keep_records:
                    records[record["source"]] = record
                if outputs is not None:
                    _write_if_changed(output_path(outputs, record["source"]), result.json)
            progress.advance(task)
    return records, errors


def _write_reconciled(outputs: Path, sources_dir: Path | None, cache=None) -> None:
    """Rebuild outputs/reconciled.json from the per-document outputs. With a cache, a
    view whose inputs (every output file, the manual pairings, the pipeline) are
    unchanged is reused rather than recomputed."""
    import hashlib

    from .reconcile import MANUAL_FILE, reconcile
    from .write import to_json

    files = [p for p in sorted(outputs.glob("*.json")) if p.name != RECONCILED]
    texts = {p: p.read_bytes() for p in files}
    key = None
    if cache is not None:
        digest = hashlib.sha256(b"reconciled\0" + cache.fingerprint.encode())
        manual = Path(sources_dir or ".") / MANUAL_FILE
        digest.update(manual.read_bytes() if manual.exists() else b"")
        for p, data in texts.items():
            digest.update(p.name.encode() + b"\0" + hashlib.sha256(data).digest())
        key = digest.hexdigest()
        cached = cache.get(key)
        if cached is not None:
            _write_if_changed(outputs / RECONCILED, cached)
            return
    docs = []
    for p, data in texts.items():
        doc = json.loads(data)
        if not isinstance(doc, dict) or "source" not in doc or "persons" not in doc:
            err.print(f"warning: {p}: not a document output, left out of the reconciled view", markup=False)
            continue
        docs.append(doc)
    view = to_json(reconcile(docs, sources_dir))
    if cache is not None:
        cache.put(key, view)
    _write_if_changed(outputs / RECONCILED, view)


def _write_if_changed(path: Path, text: str) -> None:
    """Leave a file alone when it already holds `text` (no rewrite, no new mtime)."""
    from .write import write_atomic

    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except OSError:
        pass
    write_atomic(path, text)


@app.command()
def batch(
    folder: Path = typer.Argument(DEFAULT_SOURCES, help="Folder of source documents."),
    outputs: Path = typer.Option(DEFAULT_OUTPUTS, help="Where outputs/<source>.json and reconciled.json go."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
    workers: int = typer.Option(0, help="Worker processes (0: all cores for a large batch)."),
    cache_dir: Optional[Path] = typer.Option(None, help=f"Result cache folder (default {DEFAULT_CACHE})."),
    use_cache: bool = typer.Option(True, "--cache/--no-cache", help="Reuse results of unchanged documents."),
    check: bool = typer.Option(False, "--check", help="Write nothing: re-run into a temporary folder and exit 1 "
                                                      "when OUTPUTS differs from it (a changed, missing or extra file)."),
    gold: Optional[Path] = typer.Option(None, help="With --check: gold folder for the evaluation part of the report "
                                                   "(default tests/gold when it exists)."),
    engine: str = typer.Option("local", help="Who runs the per-document stages: local (worker processes) or ray "
                                             "(Ray Data; extra [ray])."),
    address: Optional[str] = typer.Option(None, help="With --engine ray: a running Ray cluster (e.g. auto, "
                                                     "ray://head:10001); default: Ray in local mode."),
) -> None:
    """Re-process every document of FOLDER, then rebuild the reconciled view.

    This is also the accept step after reviewing a diff: it regenerates OUTPUTS."""
    from .engines import ENGINES, EngineError

    if engine not in ENGINES:
        raise typer.BadParameter(f"one of {', '.join(ENGINES)}", param_hint="--engine")
    if address and engine != "ray":
        raise typer.BadParameter("--address needs --engine ray", param_hint="--address")
    if engine == "ray":
        from .engines.ray_engine import INSTALL_HINT, available

        if not available():
            err.print(f"error: {INSTALL_HINT}")
            raise typer.Exit(2)
    if check:
        _check_outputs(folder, outputs, progress, gold)
        return
    paths = source_files(folder)
    cache = _cache(cache_dir, use_cache)
    try:
        records, errors = _run(paths, outputs, progress, cache=cache, workers=workers, keep_records=False,
                               engine=engine, address=address)
    except EngineError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2)
    written = len(paths) - len(errors)
    # Outputs of sources that are gone are stale; those of files that failed are kept.
    names = {p.name for p in paths}
    for old in outputs.glob("*.json"):
        if old.name != RECONCILED and old.name[:-5] not in names:
            old.unlink()
    _write_reconciled(outputs, folder, cache)
    err.print(f"{written} document(s) written to {outputs}/, {len(errors)} failed")
    if errors:
        raise typer.Exit(1)


@app.command()
def ingest(
    files: List[Path] = typer.Argument(..., help="Documents to process."),
    sources: Path = typer.Option(DEFAULT_SOURCES, help="The sources folder (for --copy and manual pairings)."),
    outputs: Path = typer.Option(DEFAULT_OUTPUTS, help="Output folder."),
    copy: bool = typer.Option(False, "--copy", help="Copy the documents into the sources folder."),
    cache_dir: Optional[Path] = typer.Option(None, help=f"Result cache folder (default {DEFAULT_CACHE})."),
    use_cache: bool = typer.Option(True, "--cache/--no-cache", help="Reuse results of unchanged documents."),
) -> None:
    """Process one or more new documents and update the reconciled view."""
    cache = _cache(cache_dir, use_cache)
    records, errors = _run([Path(f) for f in files], outputs, show_progress=len(files) > 1, cache=cache)
    if copy:
        sources.mkdir(parents=True, exist_ok=True)
        for f in files:
            if Path(f).name in records and Path(f).resolve().parent != sources.resolve():
                shutil.copy2(f, sources / Path(f).name)
    _write_reconciled(outputs, sources, cache)
    for source in records:
        out.print(f"{source} -> {outputs / (source + '.json')}")
    if errors:
        raise typer.Exit(1)


@app.command()
def reconcile(
    outputs: Path = typer.Option(DEFAULT_OUTPUTS, help="Folder of per-document outputs."),
    sources: Path = typer.Option(DEFAULT_SOURCES, help="Sources folder (for translations.json)."),
) -> None:
    """Rebuild outputs/reconciled.json from the per-document outputs."""
    _write_reconciled(outputs, sources)


def _parse_thresholds(thresholds_file: Optional[Path], minimums: list[str]) -> dict[str, float]:
    thresholds: dict[str, float] = {}
    if thresholds_file:
        thresholds.update(json.loads(thresholds_file.read_text(encoding="utf-8")))
    for item in minimums:
        name, _, value = item.partition("=")
        try:
            thresholds[name.strip()] = float(value)
        except ValueError:
            raise typer.BadParameter(f"--min takes NAME=VALUE, got {item!r}")
    return thresholds


@app.command("eval")
def evaluate(
    sources: Path = typer.Option(DEFAULT_SOURCES, help="Folder of source documents."),
    gold: Path = typer.Option(..., help="Folder of *.gold.json files (and reconciliation.gold.json)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    thresholds: Optional[Path] = typer.Option(None, help="JSON file of {metric: minimum}."),
    minimum: List[str] = typer.Option([], "--min", help="A threshold, NAME=VALUE; repeatable."),
) -> None:
    """Run the pipeline on SOURCES and score it against GOLD; exit 1 below a threshold."""
    from . import evaluate as ev
    from .extract.clusters import registry_key
    from .reconcile import reconcile as build_view

    golds, reconciliation_gold = ev.load_gold_dir(gold)
    limits = _parse_thresholds(thresholds, minimum)
    paths = [p for p in source_files(sources) if p.name in golds]
    records, errors = _run(paths, None, show_progress=not as_json)

    def same_cluster(a: str, b: str) -> bool:
        ka, kb = registry_key(a), registry_key(b)
        return ka is not None and ka == kb

    scores = ev.score_documents(records, golds, same_cluster=same_cluster)
    if reconciliation_gold is not None:
        view = build_view(list(records.values()), sources)
        scores["reconciliation"] = ev.score_reconciliation(view.model_dump(mode="json"), reconciliation_gold)
    else:
        limits = {k: v for k, v in limits.items() if not k.startswith(("translations_", "same_cluster_", "aligned_"))}
    failures = ev.check_thresholds(scores, limits) if limits else []
    if as_json:
        out.print_json(json.dumps({"metrics": ev.flat_metrics(scores), "scores": scores, "failures": failures}, default=str))
    else:
        out.print(ev.render_table(scores))
        for failure in failures:
            err.print(f"below threshold: {failure}")
    if failures or errors:
        raise typer.Exit(1)


# --- reviewing changes (pipeline/diff.py) ---------------------------------------------

DEFAULT_GOLD = Path("tests/gold")


def _fresh_outputs(sources: Path, folder: Path, show_progress: bool) -> list[str]:
    """Run the pipeline over SOURCES into FOLDER (a temporary folder), reconciled view
    included; returns the errors."""
    _records, errors = _run(source_files(sources), folder, show_progress)
    _write_reconciled(folder, sources)
    return errors


def _gold_for_diff(gold: Optional[Path], use_gold: bool = True) -> dict:
    """diff_outputs keyword arguments for the gold folder (none when there is none)."""
    from . import diff as d
    from . import evaluate as ev

    if not use_gold:
        return {}
    if gold is None:
        if not DEFAULT_GOLD.is_dir():
            return {}
        gold = DEFAULT_GOLD
    try:
        golds, reconciliation_gold = ev.load_gold_dir(gold)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--gold")
    return {"golds": golds, "reconciliation_gold": reconciliation_gold, "gold_label": str(gold),
            "same_cluster": d.default_same_cluster()}


def _emit(report, fmt: str) -> None:
    from . import diff as d

    typer.echo(d.render_markdown(report) if fmt == "markdown" else d.render_text(report), nl=False)
    d.append_step_summary(report)


def _check_outputs(sources: Path, outputs: Path, show_progress: bool, gold: Optional[Path]) -> None:
    import tempfile

    from . import diff as d

    with tempfile.TemporaryDirectory(prefix="cluster-extract-check-") as tmp:
        fresh = Path(tmp)
        errors = _fresh_outputs(sources, fresh, show_progress)
        files = d.folder_differences(outputs, fresh)
        old = d.load_folder(outputs) if outputs.is_dir() else {}
        report = d.diff_outputs(old, d.load_folder(fresh), old_label=f"committed {outputs}/",
                                new_label=f"fresh run of {sources}/", **_gold_for_diff(gold))
    if not any(files.values()) and not errors:
        typer.echo(f"{outputs}/ is up to date with {sources}/", err=True)
        return
    _emit(report, "text")
    for kind, what in (("changed", "differs"), ("missing", "missing (not committed)"), ("extra", "extra (no longer produced)")):
        for name in files[kind]:
            typer.echo(f"{outputs / name}: {what}", err=True)
    typer.echo(f"{outputs}/ is out of date: run `cluster-extract batch` to accept the new outputs", err=True)
    raise typer.Exit(1)


@app.command("diff")
def diff_command(
    old: Optional[Path] = typer.Argument(None, help="Old outputs folder (with NEW)."),
    new: Optional[Path] = typer.Argument(None, help="New outputs folder."),
    rev: Optional[str] = typer.Option(None, "--rev", help="Compare OUTPUTS as committed at this git revision..."),
    rev2: Optional[str] = typer.Option(None, "--rev2", help="...with OUTPUTS at this revision (default: the working tree)."),
    sources: Path = typer.Option(DEFAULT_SOURCES, help="Sources folder (for the fresh run)."),
    outputs: Path = typer.Option(DEFAULT_OUTPUTS, help="The outputs folder (for --rev and the fresh run)."),
    gold: Optional[Path] = typer.Option(None, help="Gold folder: show how the evaluation moved (default tests/gold when it exists)."),
    use_gold: bool = typer.Option(True, "--gold-eval/--no-gold-eval", help="Score against the gold folder."),
    fmt: str = typer.Option("text", "--format", help="text (terminal) or markdown (pull-request comment)."),
    exit_code: bool = typer.Option(False, "--exit-code", help="Exit 1 when there are differences."),
    progress: bool = typer.Option(True, help="Show a progress bar during a fresh run."),
) -> None:
    """Compare two sets of outputs per document and record, field by field.

    Without arguments: OUTPUTS against a fresh run of SOURCES (in a temporary folder).
    With OLD NEW: two folders. With --rev A [--rev2 B]: OUTPUTS at two git revisions
    (B defaults to the working tree). Also appends the Markdown report to
    $GITHUB_STEP_SUMMARY when set."""
    import tempfile

    from . import diff as d

    if fmt not in ("text", "markdown"):
        raise typer.BadParameter("text or markdown", param_hint="--format")
    if rev2 is not None and rev is None:
        raise typer.BadParameter("--rev2 needs --rev", param_hint="--rev2")
    if (old is None) != (new is None):
        raise typer.BadParameter("give two folders, OLD and NEW (or none)", param_hint="OLD NEW")
    if rev is not None and old is not None:
        raise typer.BadParameter("give either --rev or two folders", param_hint="--rev")
    gold_args = _gold_for_diff(gold, use_gold)
    errors: list[str] = []
    try:
        if rev is not None:
            old_files = d.load_git_revision(rev, outputs)
            if rev2 is not None:
                new_files, new_label = d.load_git_revision(rev2, outputs), f"{outputs}/ at {rev2}"
            else:
                new_files, new_label = (d.load_folder(outputs) if outputs.is_dir() else {}), f"{outputs}/ (working tree)"
            report = d.diff_outputs(old_files, new_files, old_label=f"{outputs}/ at {rev}", new_label=new_label, **gold_args)
        elif old is not None and new is not None:
            report = d.diff_outputs(d.load_folder(old), d.load_folder(new), old_label=f"{old}/", new_label=f"{new}/",
                                    **gold_args)
        else:
            with tempfile.TemporaryDirectory(prefix="cluster-extract-diff-") as tmp:
                errors = _fresh_outputs(sources, Path(tmp), progress)
                report = d.diff_outputs(d.load_folder(outputs) if outputs.is_dir() else {}, d.load_folder(Path(tmp)),
                                        old_label=f"{outputs}/", new_label=f"fresh run of {sources}/", **gold_args)
    except ValueError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2)
    _emit(report, fmt)
    if exit_code and (report.differs or errors):
        raise typer.Exit(1)


@app.command()
def export(
    fmt: str = typer.Option("duckdb", "--format", help="csv or parquet (a folder of one file per table) or duckdb "
                                                       "(one database file)."),
    out: Optional[Path] = typer.Option(None, help="Where to write (default exports/csv, exports/parquet or "
                                                  "exports/cluster-extract.duckdb)."),
    outputs: Path = typer.Option(DEFAULT_OUTPUTS, help="Folder of per-document outputs and reconciled.json."),
    sources: Path = typer.Option(DEFAULT_SOURCES, help="Sources folder (for the sentence around each record)."),
) -> None:
    """Write the records and the reconciled view as tables to query (pipeline/export.py)."""
    from . import export as ex

    if fmt not in ex.FORMATS:
        raise typer.BadParameter(f"one of {', '.join(ex.FORMATS)}", param_hint="--format")
    try:
        written = ex.export(outputs, fmt, out, sources if sources.is_dir() else None)
    except ex.ExportError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(1)
    for path in written:
        typer.echo(str(path))


@app.command()
def schemas(folder: Path = typer.Option(Path("schemas"), help="Where to write the schemas.")) -> None:
    """Write the JSON Schemas generated from the models."""
    from .schemas import write_schemas

    for path in write_schemas(folder):
        out.print(str(path))


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
