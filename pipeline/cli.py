"""`cluster-extract`: the command line.

    batch [DIR]        re-process a folder (default sources/) into outputs/
    ingest FILE...     process new documents, optionally copying them into sources/
    eval               score the pipeline against a gold folder (FORMAT.md)
    reconcile          rebuild outputs/reconciled.json from the per-document outputs
    schemas            write the JSON Schemas of the models into schemas/
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract clusters, persons, contacts and figures from health-cluster press releases (EN, FR, NL).")
err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

RECONCILED = "reconciled.json"
DEFAULT_SOURCES = Path("sources")
DEFAULT_OUTPUTS = Path("outputs")


def source_files(folder: Path) -> list[Path]:
    """The documents of a folder: every regular file but hidden ones and the manual
    translation pairings (unknown extensions are reported by the reader, not skipped)."""
    from .reconcile import MANUAL_FILE

    return sorted(p for p in Path(folder).iterdir() if p.is_file() and not p.name.startswith(".") and p.name != MANUAL_FILE)


def _run(paths: list[Path], outputs: Path | None, show_progress: bool) -> tuple[dict[str, dict], list[str]]:
    """Process files, writing each output as soon as it is ready (when `outputs` is
    given). Returns the records by source and the one-line errors."""
    from .process import iter_process
    from .write import to_json, write_document

    records: dict[str, dict] = {}
    errors: list[str] = []
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, disable=not show_progress, transient=True) as progress:
        task = progress.add_task("extracting", total=len(paths))
        for path, record, error in iter_process(paths):
            if error is not None:
                errors.append(str(error))
                err.print(f"error: {error}")
            else:
                for warning in record.warnings:
                    err.print(f"warning: {path}: {warning}")
                records[record.source] = json.loads(to_json(record))
                if outputs is not None:
                    write_document(outputs, record)
            progress.advance(task)
    return records, errors


def _write_reconciled(outputs: Path, sources_dir: Path | None) -> None:
    from .reconcile import reconcile
    from .write import to_json, write_atomic

    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(outputs.glob("*.json")) if p.name != RECONCILED]
    write_atomic(outputs / RECONCILED, to_json(reconcile(docs, sources_dir)))


@app.command()
def batch(
    folder: Path = typer.Argument(DEFAULT_SOURCES, help="Folder of source documents."),
    outputs: Path = typer.Option(DEFAULT_OUTPUTS, help="Where outputs/<source>.json and reconciled.json go."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Re-process every document of FOLDER, then rebuild the reconciled view."""
    paths = source_files(folder)
    records, errors = _run(paths, outputs, progress)
    # Outputs of sources that are gone are stale; those of files that failed are kept.
    names = {p.name for p in paths}
    for old in outputs.glob("*.json"):
        if old.name != RECONCILED and old.name[:-5] not in names:
            old.unlink()
    _write_reconciled(outputs, folder)
    err.print(f"{len(records)} document(s) written to {outputs}/, {len(errors)} failed")
    if errors:
        raise typer.Exit(1)


@app.command()
def ingest(
    files: List[Path] = typer.Argument(..., help="Documents to process."),
    sources: Path = typer.Option(DEFAULT_SOURCES, help="The sources folder (for --copy and manual pairings)."),
    outputs: Path = typer.Option(DEFAULT_OUTPUTS, help="Output folder."),
    copy: bool = typer.Option(False, "--copy", help="Copy the documents into the sources folder."),
) -> None:
    """Process one or more new documents and update the reconciled view."""
    records, errors = _run([Path(f) for f in files], outputs, show_progress=len(files) > 1)
    if copy:
        sources.mkdir(parents=True, exist_ok=True)
        for f in files:
            if Path(f).name in records and Path(f).resolve().parent != sources.resolve():
                shutil.copy2(f, sources / Path(f).name)
    _write_reconciled(outputs, sources)
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
