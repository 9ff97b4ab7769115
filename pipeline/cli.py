"""`cluster-extract`: the command line, a thin shell over pipeline.batch.

    batch [DIR]        re-process a folder (default sources/) into outputs/
    ingest FILE...     process new documents, optionally copying them into sources/
    eval               score the pipeline against a gold folder (FORMAT.md)
    reconcile          rebuild outputs/reconciled.json from the per-document outputs
    diff               compare two sets of outputs (folders, git revisions, or a fresh run)
    review             write a static HTML report of the outputs (pipeline/review/)
    export             the records and the reconciled view as CSV, Parquet or DuckDB tables
    schemas            write the JSON Schemas of the models into schemas/

Exit codes: 0 success; 1 some documents failed (bad input or over a limit; the others
were processed) or eval below its bar; 2 usage error (bad option, missing folder or
file, malformed configuration); 3 internal error (a bug). Every failure is one line on
stderr naming the file or option; `--debug` (anywhere on the line) adds tracebacks.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Annotated, List, Optional, Tuple

import typer

try:  # typer 0.2x carries its own copy of click: its exceptions are those
    from typer import _click as click
except ImportError:  # pragma: no cover
    import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .errors import EXIT_DOCUMENTS, EXIT_INTERNAL, EXIT_USAGE, UsageError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Extract clusters, persons, contacts and figures from health-cluster press releases (EN, FR, NL).")
# Messages are one line each, whatever the terminal width, and file names are printed
# as they are ("[draft].txt" is not markup).
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)
out = Console(highlight=False, soft_wrap=True, markup=False)

RECONCILED = "reconciled.json"
DEFAULT_SOURCES = Path("sources")
DEFAULT_OUTPUTS = Path("outputs")
DEFAULT_CACHE = Path(os.environ.get("CLUSTER_EXTRACT_CACHE", ".cache/cluster-extract"))
_state = {"debug": bool(os.environ.get("CLUSTER_EXTRACT_DEBUG"))}


@app.callback()
def _main_options(debug: bool = typer.Option(False, "--debug", help="Show tracebacks of internal errors.")) -> None:
    if debug:
        _state["debug"] = True


def _say(level: str, line: str) -> None:
    if level == "traceback":
        if _state["debug"]:
            err.print(line.rstrip())
        return
    err.print(line if level == "info" else f"{level}: {line}")


def _guarded(command):
    """One line and a reliable exit code for every failure: a usage error exits 2, an
    unexpected error (a bug) exits 3 (with its traceback under --debug)."""
    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except click.ClickException as exc:  # typer.BadParameter and the like
            err.print(f"error: {' '.join(exc.format_message().split())}")
            raise typer.Exit(EXIT_USAGE)
        except UsageError as exc:
            err.print(f"error: {exc}")
            raise typer.Exit(EXIT_USAGE)
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130)
        except Exception as exc:
            if _state["debug"]:
                err.print(traceback.format_exc().rstrip())
            message = " ".join(str(exc).split())
            err.print(f"internal error: {type(exc).__name__}: {message} (run with --debug for the traceback)")
            raise typer.Exit(EXIT_INTERNAL)
    return wrapper


def source_files(folder: Path) -> list[Path]:
    from .batch import source_files as files

    return files(folder)


def _cache(cache_dir: Optional[Path], use_cache: bool):
    from .cache import ResultCache

    return ResultCache(cache_dir or DEFAULT_CACHE, warn=lambda line: _say("warning", line)) if use_cache else None


def _workers(requested: int, n_files: int) -> int:
    """0 means automatic: every core for a real batch, one process for a few files
    (starting workers costs more than it saves)."""
    if requested > 0:
        return requested
    return max(1, min(os.cpu_count() or 1, 4)) if n_files >= 32 else 1


def _limits(limits_file: Optional[Path], **given):
    from .limits import load_limits

    return load_limits(limits_file, **given)


class _Bar:
    """The progress bar of a batch (on stderr, gone when done)."""

    def __init__(self, show: bool):
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                 console=err, disable=not show, transient=True)
        self.task = None

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)

    def start(self, total: int) -> None:
        self.task = self.progress.add_task("extracting", total=total)

    def advance(self, _result=None) -> None:
        if self.task is not None:
            self.progress.advance(self.task)


def _run(paths: list[Path], outputs: Path | None, show_progress: bool, *, cache=None, workers: int = 1,
         keep_records: bool = True, limits=None) -> tuple[dict[str, dict], list[str]]:
    """Process files (writing each output when `outputs` is given); the records by
    source and the one-line errors."""
    from .batch import OutputsFolder, Report, process_into
    from .limits import DEFAULT

    report = Report()
    folder = None
    if outputs is not None:
        folder = OutputsFolder(outputs, _say)
        folder.prepare()
    with _Bar(show_progress) as bar:
        bar.start(len(paths))
        records = process_into(paths, folder, report, cache=cache, workers=_workers(workers, len(paths)),
                               limits=limits or DEFAULT, say=_say, on_result=bar.advance, keep_records=keep_records)
    if report.internal:
        raise RuntimeError(f"{len(report.internal)} document(s) met an internal error")
    return records, report.failed


LIMIT_HELP = "Per-document limit (default in the README); a document over it fails alone."

# The per-document limit options, declared once for batch and ingest.
LimitsFile = Annotated[Optional[Path], typer.Option("--limits", help="JSON file of limits (names as in the README).")]
MaxSeconds = Annotated[Optional[float], typer.Option(help=LIMIT_HELP + " Wall time per document.")]
MaxMemoryMb = Annotated[Optional[int], typer.Option(help=LIMIT_HELP + " Memory per document.")]
MaxPages = Annotated[Optional[int], typer.Option(help=LIMIT_HELP + " PDF pages.")]
MaxChars = Annotated[Optional[int], typer.Option(help=LIMIT_HELP + " Characters after cleaning.")]
MaxSymbolRun = Annotated[Optional[int], typer.Option(help=LIMIT_HELP + " Run of non-word characters.")]
MaxBytes = Annotated[Optional[int], typer.Option(help=LIMIT_HELP + " File size.")]
MaxPdfStreamMb = Annotated[Optional[int], typer.Option(help=LIMIT_HELP + " Size of an inflated PDF stream.")]
MaxPageObjects = Annotated[Optional[int], typer.Option(help=LIMIT_HELP + " Characters and shapes on a PDF page.")]


@app.command()
@_guarded
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
    limits_file: LimitsFile = None,
    max_seconds: MaxSeconds = None,
    max_memory_mb: MaxMemoryMb = None,
    max_pages: MaxPages = None,
    max_chars: MaxChars = None,
    max_symbol_run: MaxSymbolRun = None,
    max_bytes: MaxBytes = None,
    max_pdf_stream_mb: MaxPdfStreamMb = None,
    max_page_objects: MaxPageObjects = None,
    engine: str = typer.Option("local", help="Who runs the per-document stages: local (worker processes) or ray "
                                             "(Ray Data; extra [ray])."),
    address: Optional[str] = typer.Option(None, help="With --engine ray: a running Ray cluster (e.g. auto, "
                                                     "ray://head:10001); default: Ray in local mode."),
) -> None:
    """Re-process every document of FOLDER, then rebuild the reconciled view.

    This is also the accept step after reviewing a diff: it regenerates OUTPUTS. Only
    files the tool wrote in OUTPUTS are ever replaced or removed."""
    from .batch import run_batch
    from .engines import ENGINES, EngineError, runner

    if engine not in ENGINES:
        raise typer.BadParameter(f"one of {', '.join(ENGINES)}", param_hint="--engine")
    if address and engine != "ray":
        raise typer.BadParameter("--address needs --engine ray", param_hint="--address")
    if engine == "ray":
        from .engines.ray_engine import INSTALL_HINT, available

        if not available():
            err.print(f"error: {INSTALL_HINT}")
            raise typer.Exit(2)

    limits = _limits(limits_file, max_seconds=max_seconds, max_memory_mb=max_memory_mb, max_pages=max_pages,
                     max_chars=max_chars, max_symbol_run=max_symbol_run, max_bytes=max_bytes,
                     max_pdf_stream_mb=max_pdf_stream_mb, max_page_objects=max_page_objects)
    if check:
        _check_outputs(folder, outputs, progress, gold)
        return
    cache = _cache(cache_dir, use_cache)
    n_files = len(source_files(folder))
    # Another engine than the local one sizes its own pool (0: every CPU it has).
    n_workers = _workers(workers, n_files) if engine == "local" else workers
    try:
        with _Bar(progress) as bar:
            report = run_batch(folder, outputs, cache=cache, workers=n_workers, limits=limits, say=_say,
                               on_start=bar.start, on_result=bar.advance, run=runner(engine, address))
    except EngineError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2)
    failed = len(report.failed) + len(report.internal)
    err.print(f"{len(report.written)} document(s) written to {outputs}/, {failed} failed")
    if report.exit_code:
        raise typer.Exit(report.exit_code)


@app.command()
@_guarded
def ingest(
    files: List[Path] = typer.Argument(..., help="Documents to process."),
    sources: Path = typer.Option(DEFAULT_SOURCES, help="The sources folder (for --copy and manual pairings)."),
    outputs: Path = typer.Option(DEFAULT_OUTPUTS, help="Output folder."),
    copy: bool = typer.Option(False, "--copy", help="Copy the documents into the sources folder."),
    replace: bool = typer.Option(False, "--replace", help="With --copy: overwrite a different file of the same name."),
    cache_dir: Optional[Path] = typer.Option(None, help=f"Result cache folder (default {DEFAULT_CACHE})."),
    use_cache: bool = typer.Option(True, "--cache/--no-cache", help="Reuse results of unchanged documents."),
    limits_file: LimitsFile = None,
    max_seconds: MaxSeconds = None,
    max_memory_mb: MaxMemoryMb = None,
    max_pages: MaxPages = None,
    max_chars: MaxChars = None,
    max_symbol_run: MaxSymbolRun = None,
    max_bytes: MaxBytes = None,
    max_pdf_stream_mb: MaxPdfStreamMb = None,
    max_page_objects: MaxPageObjects = None,
) -> None:
    """Process one or more new documents and update the reconciled view."""
    from .batch import run_ingest

    limits = _limits(limits_file, max_seconds=max_seconds, max_memory_mb=max_memory_mb, max_pages=max_pages,
                     max_chars=max_chars, max_symbol_run=max_symbol_run, max_bytes=max_bytes,
                     max_pdf_stream_mb=max_pdf_stream_mb, max_page_objects=max_page_objects)
    if copy and Path(sources).exists() and not Path(sources).is_dir():
        raise UsageError(f"{sources}: not a folder (the sources folder)")
    report = run_ingest(list(files), sources, outputs, copy=copy, replace=replace, cache=_cache(cache_dir, use_cache),
                        limits=limits, say=_say)
    for source in report.written:
        out.print(f"{source} -> {outputs / (source + '.json')}")
    if report.exit_code:
        raise typer.Exit(report.exit_code)


@app.command()
@_guarded
def reconcile(
    outputs: Path = typer.Option(DEFAULT_OUTPUTS, help="Folder of per-document outputs."),
    sources: Path = typer.Option(DEFAULT_SOURCES, help="Sources folder (for translations.json)."),
) -> None:
    """Rebuild outputs/reconciled.json from the per-document outputs."""
    from .batch import OutputsFolder, existing_folder, rebuild_reconciled

    folder = OutputsFolder(existing_folder(outputs, "outputs folder"), _say)
    folder.prepare()
    if not rebuild_reconciled(folder, sources if Path(sources).is_dir() else None, None, _say):
        raise typer.Exit(EXIT_DOCUMENTS)


def _parse_thresholds(thresholds_file: Optional[Path], minimums: list[str]) -> dict[str, float]:
    from . import evaluate as ev

    thresholds: dict[str, float] = {}
    if thresholds_file:
        try:
            data = json.loads(Path(thresholds_file).read_text(encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"{thresholds_file}: cannot read thresholds file ({exc.strerror or exc})") from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise UsageError(f"{thresholds_file}: not a JSON file ({exc})") from None
        if not isinstance(data, dict):
            raise UsageError(f"{thresholds_file}: expected a JSON object of {{metric: minimum}}")
        thresholds.update(data)
    for item in minimums:
        name, _, value = item.partition("=")
        try:
            thresholds[name.strip()] = float(value)
        except ValueError:
            raise typer.BadParameter(f"--min takes NAME=VALUE, got {item!r}")
    unknown = sorted(name for name in thresholds if name not in ev.METRIC_NAMES)
    if unknown:
        raise UsageError(f"unknown metric name(s) {', '.join(unknown)} (in --thresholds or --min); "
                         f"known: {', '.join(ev.METRIC_NAMES)}")
    for name, value in thresholds.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise UsageError(f"threshold {name}: not a number: {value!r}")
    return thresholds


@app.command("eval")
@_guarded
def evaluate(
    sources: Path = typer.Option(DEFAULT_SOURCES, help="Folder of source documents."),
    gold: Path = typer.Option(..., help="Folder of *.gold.json files (and reconciliation.gold.json)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    thresholds: Optional[Path] = typer.Option(None, help="JSON file of {metric: minimum}."),
    minimum: List[str] = typer.Option([], "--min", help="A threshold, NAME=VALUE; repeatable."),
) -> None:
    """Run the pipeline on SOURCES and score it against GOLD; exit 1 below a threshold."""
    from . import evaluate as ev
    from .batch import check_manual_pairs, existing_folder
    from .extract.clusters import registry_key
    from .reconcile import reconcile as build_view

    existing_folder(gold, "gold folder")
    existing_folder(sources, "sources folder")
    try:
        golds, reconciliation_gold = ev.load_gold_dir(gold)
    except ValueError as exc:
        raise UsageError(" ".join(str(exc).split())) from None
    limits = _parse_thresholds(thresholds, minimum)
    paths = [p for p in source_files(sources) if p.name in golds]
    records, errors = _run(paths, None, show_progress=not as_json)

    def same_cluster(a: str, b: str) -> bool:
        ka, kb = registry_key(a), registry_key(b)
        return ka is not None and ka == kb

    scores = ev.score_documents(records, golds, same_cluster=same_cluster)
    if reconciliation_gold is not None:
        pairs_ok = check_manual_pairs(sources, list(records), _say)
        view = build_view(list(records.values()), sources if pairs_ok else None)
        scores["reconciliation"] = ev.score_reconciliation(view.model_dump(mode="json"), reconciliation_gold)
    else:
        limits = {k: v for k, v in limits.items() if not k.startswith(("translations_", "same_cluster_", "aligned_"))}
    failures, skipped = ev.threshold_report(scores, limits) if limits else ([], [])
    if as_json:
        out.print_json(json.dumps({"metrics": ev.flat_metrics(scores, with_na=True), "counts": ev.metric_counts(scores),
                                   "scores": scores, "failures": failures, "skipped": skipped}, default=str))
    else:
        out.print(ev.render_table(scores))
        for note in skipped:
            err.print(f"threshold skipped: {note}")
        for failure in failures:
            err.print(f"below threshold: {failure}")
    if failures or errors:
        raise typer.Exit(EXIT_DOCUMENTS)


# --- reviewing changes (pipeline/diff.py) ---------------------------------------------

DEFAULT_GOLD = Path("tests/gold")


def _fresh_outputs(sources: Path, folder: Path, show_progress: bool) -> list[str]:
    """Run the pipeline over SOURCES into FOLDER (a temporary folder), reconciled view
    included; returns the errors."""
    from .batch import run_batch

    with _Bar(show_progress) as bar:
        report = run_batch(sources, folder, say=_say, on_start=bar.start, on_result=bar.advance)
    if report.internal:
        raise RuntimeError(f"{len(report.internal)} document(s) met an internal error")
    return report.failed


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
@_guarded
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


DEFAULT_REVIEW = Path("review")


@app.command()
def review(
    outputs: Path = typer.Option(DEFAULT_OUTPUTS, help="The outputs folder to review (also the folder read at a git revision)."),
    dest: Path = typer.Option(DEFAULT_REVIEW, "--out", help="Where the HTML report goes."),
    sources: Path = typer.Option(DEFAULT_SOURCES, help="Sources folder: each document's cleaned text is rebuilt from it."),
    diff: Optional[Tuple[str, str]] = typer.Option(None, "--diff", metavar="OLD NEW",
                                                   help="Mark what changed from OLD to NEW: two outputs folders or two git revisions."),
    gold: Optional[Path] = typer.Option(None, help="With --diff: gold folder for the evaluation's movement (default tests/gold when it exists)."),
    use_gold: bool = typer.Option(True, "--gold-eval/--no-gold-eval", help="With --diff: score against the gold folder."),
    open_browser: bool = typer.Option(False, "--open", help="Open the index page in the default browser."),
) -> None:
    """Write a static HTML report (no network needed) and print the path of its index page.

    Index of documents and clusters, each document's text with its records highlighted,
    translations side by side. With --diff OLD NEW (each an outputs folder, else a git
    revision of OUTPUTS) the pages mark the added, changed and removed records."""
    from . import diff as d
    from .review import write_review, write_review_diff

    try:
        if diff is None:
            index = write_review(outputs, dest, sources)
        else:
            loaded = []
            for what in diff:
                if Path(what).is_dir():
                    loaded.append((d.load_folder(Path(what)), f"{what}/"))
                else:
                    loaded.append((d.load_git_revision(what, outputs), f"{outputs}/ at {what}"))
            (old_files, old_label), (new_files, new_label) = loaded
            index = write_review_diff(old_files, new_files, dest, sources, old_label=old_label, new_label=new_label,
                                      gold_args=_gold_for_diff(gold, use_gold))
    except ValueError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2)
    out.print(str(index))
    if open_browser:
        import webbrowser

        if not webbrowser.open(index.resolve().as_uri()):
            err.print("no browser to open it with: open the path above")


@app.command()
@_guarded
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
@_guarded
def schemas(folder: Path = typer.Option(Path("schemas"), help="Where to write the schemas.")) -> None:
    """Write the JSON Schemas generated from the models."""
    from .schemas import write_schemas

    for path in write_schemas(folder):
        out.print(str(path))


def run_cli(argv: list[str] | None = None) -> int:
    """The command line as a function: the exit code. `--debug` may come anywhere; a
    usage error of the command line itself (an unknown option) is one line too."""
    args = list(sys.argv[1:] if argv is None else argv)
    if "--debug" in args:
        _state["debug"] = True
        args = [a for a in args if a != "--debug"]
    try:
        code = app(args=args, prog_name="cluster-extract", standalone_mode=False)
    except typer.Exit as exc:
        return exc.exit_code
    except click.exceptions.NoArgsIsHelpError:
        try:
            app(args=["--help"], prog_name="cluster-extract")
        except SystemExit:
            pass
        return EXIT_USAGE
    except click.exceptions.ClickException as exc:
        err.print(f"error: {' '.join(exc.format_message().split())} (see --help)")
        return EXIT_USAGE
    except (typer.Abort, KeyboardInterrupt):
        err.print("interrupted")
        return 130
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return code if isinstance(code, int) else 0


def main() -> None:  # pragma: no cover - console entry point
    sys.exit(run_cli())


if __name__ == "__main__":  # pragma: no cover
    main()
