"""Issue 9, case by case: never lose a file, never hang, never die on one bad document.

Hostile files are generated here (tests/hostile_files.py), small, and run under small
limits so the suite stays fast; bench/hostile.py runs them at full size under the
default limits.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

import hostile_files as hostile
from pipeline.cache import ResultCache
from pipeline.cli import app, run_cli
from pipeline.errors import EXIT_DOCUMENTS, EXIT_INTERNAL, EXIT_USAGE
from pipeline.process import run as run_engine

REPO = Path(__file__).resolve().parent.parent
MANIFEST = ".cluster-extract-manifest.json"

FR = """Lyon, le 12 mars 2024 – Lyonbiopôle, le pôle de compétitivité de la santé en Auvergne-Rhône-Alpes, annonce l'arrivée de 25 nouveaux membres.

« Cette croissance montre la vitalité de notre filière », souligne Claire Fontaine, directrice générale de Lyonbiopôle.

Contact presse : Claire Fontaine – claire.fontaine@lyonbiopole.com – +33 4 72 76 00 00
"""
EN = """Paris, 5 June 2023 – Medicen Paris Region announced today that 40 companies joined the cluster this year, bringing its membership to more than 500 members.

"Our members are the heart of the ecosystem," said Paul Girard, Chairman of Medicen Paris Region.
"""


def cli(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(("error:", "internal error:"))]


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in Path(folder).iterdir() if not p.name.startswith("."))


@pytest.fixture
def work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "lyon.txt").write_text(FR, encoding="utf-8")
    (sources / "medicen.md").write_text(EN, encoding="utf-8")
    return tmp_path


def batch(*extra: object, folder="sources", outputs="outputs"):
    return cli("batch", folder, "--outputs", outputs, "--no-progress", "--no-cache", *extra)


# --- 1. the outputs folder holds what the tool writes; it removes only what it wrote ---------


def test_batch_into_a_folder_with_other_json_files_leaves_them_alone(work):
    here = Path("shared")
    here.mkdir()
    (here / "package.json").write_text('{"name": "app"}\n')
    (here / "settings.json").write_text("{}\n")
    result = batch(outputs=here)
    assert result.exit_code == 0, result.stderr
    assert (here / "package.json").read_text() == '{"name": "app"}\n'
    assert (here / "settings.json").read_text() == "{}\n"
    assert visible(here) == ["lyon.txt.json", "medicen.md.json", "package.json", "reconciled.json", "settings.json"]
    # reconciled.json was built from the tool's own outputs only
    assert "warning" not in result.stderr


def test_batch_of_an_empty_folder_deletes_no_existing_output(work):
    assert batch().exit_code == 0
    before = visible("outputs")
    Path("empty").mkdir()
    result = batch(folder="empty")
    assert result.exit_code == 0, result.stderr
    assert visible("outputs") == before


def test_outputs_of_ingested_documents_survive_the_next_batch(work, tmp_path_factory):
    inbox = tmp_path_factory.mktemp("inbox")
    (inbox / "news.txt").write_text(FR.replace("25 nouveaux", "30 nouveaux"), encoding="utf-8")
    assert batch().exit_code == 0
    assert cli("ingest", inbox / "news.txt", "--outputs", "outputs", "--no-cache").exit_code == 0
    assert batch().exit_code == 0
    assert "news.txt.json" in visible("outputs")


def test_a_removed_source_loses_its_output_in_a_batch_over_its_folder_and_it_says_so(work):
    assert batch().exit_code == 0
    Path("sources/medicen.md").unlink()
    result = batch()
    assert result.exit_code == 0
    assert visible("outputs") == ["lyon.txt.json", "reconciled.json"]
    assert "removed outputs/medicen.md.json: its source sources/medicen.md is gone" in result.stderr


def test_a_file_named_like_an_output_but_not_written_by_the_tool_is_not_overwritten(work):
    Path("outputs").mkdir()
    Path("outputs/lyon.txt.json").write_text('{"mine": true}\n')
    result = batch()
    assert result.exit_code == EXIT_DOCUMENTS
    assert Path("outputs/lyon.txt.json").read_text() == '{"mine": true}\n'
    assert errors(result) == ["error: outputs/lyon.txt.json: exists and was not written by cluster-extract; left untouched"]
    assert "medicen.md.json" in visible("outputs") and "reconciled.json" in visible("outputs")


def test_outputs_written_before_the_manifest_existed_are_taken_over(work):
    assert batch().exit_code == 0
    Path("outputs", MANIFEST).unlink()
    assert batch().exit_code == 0
    Path("sources/medicen.md").unlink()
    assert batch().exit_code == 0
    assert visible("outputs") == ["lyon.txt.json", "reconciled.json"]


def test_ingest_copy_refuses_a_different_file_of_the_same_name_unless_replace(work, tmp_path_factory):
    inbox = tmp_path_factory.mktemp("inbox")
    other = inbox / "lyon.txt"
    other.write_text(FR.replace("25 nouveaux", "40 nouveaux"), encoding="utf-8")
    result = cli("ingest", other, "--copy", "--outputs", "outputs", "--no-cache")
    assert result.exit_code == EXIT_DOCUMENTS
    assert errors(result) == ["error: sources/lyon.txt: a different file of that name is already there; "
                              "not copied (use --replace to overwrite it)"]
    assert Path("sources/lyon.txt").read_text(encoding="utf-8") == FR
    assert not Path("outputs/lyon.txt.json").exists()

    result = cli("ingest", other, "--copy", "--replace", "--outputs", "outputs", "--no-cache")
    assert result.exit_code == 0, result.stderr
    assert Path("sources/lyon.txt").read_bytes() == other.read_bytes()
    # The same file again is no clash.
    assert cli("ingest", other, "--copy", "--outputs", "outputs", "--no-cache").exit_code == 0
    # The output belongs to the copy in sources/: removing it there removes the output.
    Path("sources/lyon.txt").unlink()
    result = batch()
    assert "removed outputs/lyon.txt.json: its source sources/lyon.txt is gone" in result.stderr


# --- 2. limits per document -------------------------------------------------------------------


def test_a_run_of_symbols_fails_alone_naming_the_limit(work):
    hostile.symbol_run(Path("sources"), run=3000, size=6000)
    start = time.monotonic()
    result = batch("--max-symbol-run", 500)
    assert time.monotonic() - start < 30
    assert result.exit_code == EXIT_DOCUMENTS
    (line,) = errors(result)
    assert line.startswith("error: sources/plus_run.txt: a run of 3000 non-word characters") and "--max-symbol-run" in line
    assert visible("outputs") == ["lyon.txt.json", "medicen.md.json", "reconciled.json"]


def test_a_slow_document_fails_on_the_time_limit_and_the_others_are_written(work):
    # spaCy's tokenizer takes tens of seconds on 12,000 "+" in a row: allowed by a large
    # symbol-run limit, stopped by a three-second time limit.
    (Path("sources") / "slow.txt").write_text("Bonjour à tous. " + "+" * 12000 + " Fin.", encoding="utf-8")
    result = batch("--max-symbol-run", 100000, "--max-seconds", 3)
    assert result.exit_code == EXIT_DOCUMENTS
    assert errors(result) == ["error: sources/slow.txt: over the time limit of 3 s (limit --max-seconds)"]
    assert visible("outputs") == ["lyon.txt.json", "medicen.md.json", "reconciled.json"]


def test_a_document_over_the_memory_limit_fails_alone(work):
    from pipeline.process import warm_up

    warm_up()  # the models are loaded before the workers fork, as in a large batch: not counted against the limit
    text = (REPO / "sources" / "001_138c7ace195b0ead.txt").read_text(encoding="utf-8")
    (Path("sources") / "big.txt").write_text((text * 10)[:190_000], encoding="utf-8")
    result = batch("--max-memory-mb", 40)
    assert result.exit_code == EXIT_DOCUMENTS, result.stderr
    (line,) = errors(result)
    assert line.startswith("error: sources/big.txt:") and "--max-memory-mb" in line
    assert visible("outputs") == ["lyon.txt.json", "medicen.md.json", "reconciled.json"]


def test_unclosed_script_tags_are_cleaned_in_linear_time(work):
    hostile.unclosed_scripts(Path("sources"), 20_000)
    start = time.monotonic()
    result = batch()
    assert time.monotonic() - start < 30
    assert result.exit_code == 0, result.stderr
    record = json.loads(Path("outputs/unclosed_scripts.html.json").read_text(encoding="utf-8"))
    assert record["text_length"] < 100  # the page's one paragraph; the unclosed script runs to the end


@pytest.mark.parametrize("make, limit", [
    (lambda folder: hostile.short_lines(folder, 40_000), "--max-chars"),
    (lambda folder: hostile.one_long_line(folder, 300_000), "--max-chars"),
    (lambda folder: hostile.pdf_bomb(folder, 3), "--max-pdf-stream-mb"),
    (lambda folder: hostile.many_pages(folder, 30), "--max-pages"),
    (lambda folder: hostile.text_operations(folder, 5000), "--max-page-objects"),
], ids=["short-lines", "one-long-line", "pdf-bomb", "many-pages", "text-operations"])
def test_large_documents_fail_alone_naming_their_limit(work, make, limit):
    path = make(Path("sources"))
    result = batch("--max-chars", 100_000, "--max-pdf-stream-mb", 1, "--max-pages", 10, "--max-page-objects", 1000)
    assert result.exit_code == EXIT_DOCUMENTS
    (line,) = errors(result)
    assert line.startswith(f"error: sources/{path.name}: ") and line.endswith(f"(limit {limit})")
    assert visible("outputs") == ["lyon.txt.json", "medicen.md.json", "reconciled.json"]


def test_the_page_count_is_checked_before_any_page_is_read(tmp_path):
    from pipeline.read import read_document
    from pipeline.errors import LimitExceeded

    path = hostile.many_pages(tmp_path, 20_000)
    start = time.monotonic()
    with pytest.raises(LimitExceeded) as err:
        read_document(path)
    assert time.monotonic() - start < 10
    assert "PDF of 20000 pages, more than 200" in str(err.value)


def test_a_file_over_the_size_limit_is_read_only_to_the_limit(tmp_path):
    from pipeline.read import read_bytes
    from pipeline.errors import LimitExceeded

    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    with pytest.raises(LimitExceeded) as err:
        read_bytes(path, 1000)
    assert "file too large (more than 1000 bytes) (limit --max-bytes)" in str(err.value)


@pytest.mark.skipif(not Path("/dev/zero").exists() or not hasattr(os, "mkfifo"), reason="needs /dev/zero and mkfifo")
def test_only_regular_files_are_read(work):
    hostile.zero_symlink(Path("sources"))
    hostile.named_pipe(Path("sources"))
    result = batch()
    assert result.exit_code == EXIT_DOCUMENTS
    assert errors(result) == ["error: sources/pipe.txt: is a named pipe, not a regular file",
                              "error: sources/zero.txt: is a character device, not a regular file"]
    # ingest of a named pipe does not hang either
    result = cli("ingest", "sources/pipe.txt", "--outputs", "outputs", "--no-cache")
    assert result.exit_code == EXIT_DOCUMENTS
    assert errors(result) == ["error: sources/pipe.txt: is a named pipe, not a regular file"]


def test_limits_from_a_file_and_bad_limits(work):
    Path("limits.json").write_text('{"max_symbol_run": 100}')
    hostile.symbol_run(Path("sources"), run=300, size=2000)
    result = batch("--limits", "limits.json")
    assert result.exit_code == EXIT_DOCUMENTS and "--max-symbol-run" in errors(result)[0]
    Path("limits.json").write_text('{"max_speed": 3}')
    result = batch("--limits", "limits.json")
    assert result.exit_code == EXIT_USAGE
    assert errors(result) == ["error: limits.json: unknown limit(s) max_speed; known: max_bytes, max_seconds, "
                              "max_memory_mb, max_pages, max_chars, max_symbol_run, max_pdf_stream_mb, max_page_objects"]
    assert batch("--max-pages", 0).exit_code == EXIT_USAGE


# --- 3. every failure a user can cause: one line, a reliable exit code ------------------------


def test_a_250_character_file_name(work):
    path = hostile.long_name(Path("sources"), 250)
    result = batch()
    assert result.exit_code == 0, result.stderr
    assert (Path("outputs") / (path.name + ".json")).exists()
    path.rename(Path("sources") / ("y" * 251 + ".txt"))  # 260 characters with ".json": too long for an output
    result = batch()
    assert result.exit_code == EXIT_DOCUMENTS
    (line,) = errors(result)
    assert "yyyy.txt.json: cannot write (File name too long)" in line
    assert "reconciled.json" in visible("outputs")


def test_an_outputs_folder_that_cannot_be_written(work):
    Path("outputs").write_text("a file, not a folder")
    result = batch()
    assert result.exit_code == EXIT_USAGE
    assert errors(result) == ["error: outputs: not a folder (the outputs folder)"]


def test_a_cache_folder_that_cannot_be_written_is_only_a_warning(work):
    Path("cache").write_text("a file, not a folder")
    result = cli("batch", "sources", "--outputs", "outputs", "--no-progress", "--cache-dir", "cache")
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == ["warning: cache cache: cannot read (Not a directory); computing without it",
                        "warning: cache cache: cannot write (Not a directory); results are not cached"]
    assert visible("outputs") == ["lyon.txt.json", "medicen.md.json", "reconciled.json"]


@pytest.mark.parametrize("args, line", [
    (["batch", "sourcez"], "error: sourcez: no such sources folder"),
    (["batch", "sources/lyon.txt"], "error: sources/lyon.txt: not a folder (a sources folder is expected)"),
    (["reconcile", "--outputs", "nosuch"], "error: nosuch: no such outputs folder"),
    (["eval", "--sources", "sources", "--gold", "nogold"], "error: nogold: no such gold folder"),
    (["eval", "--sources", "sources", "--gold", "gold", "--thresholds", "nothresholds.json"],
     "error: nothresholds.json: cannot read thresholds file (No such file or directory)"),
    (["eval", "--sources", "sources", "--gold", "gold", "--min", "persons_f2=0.5"], "error: unknown metric name(s) persons_f2"),
    (["batch", "--no-such-option"], "error: No such option: --no-such-option"),
], ids=["mistyped-folder", "file-for-folder", "reconcile-nosuch", "eval-no-gold", "eval-no-thresholds",
        "eval-unknown-metric", "unknown-option"])
def test_usage_errors_are_one_line_and_exit_2(work, capsys, args, line):
    Path("gold").mkdir()
    code = run_cli(args)
    captured = capsys.readouterr()
    assert code == EXIT_USAGE
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(line), captured.err
    assert "Traceback" not in captured.err
    assert not Path("nosuch").exists()  # reconcile --outputs nosuch creates nothing


@pytest.mark.parametrize("content, reason", [
    ('[["lyon.txt", "medicen.md"]]', "got a list"),
    ('{"pairs": [["lyon.txt", "med', "not valid JSON"),
    ('{"pairs": "abc"}', '"pairs" must be a list of lists'),
], ids=["list", "truncated", "pairs-not-a-list"])
def test_a_malformed_translations_file_is_reported_and_the_batch_goes_on(work, content, reason):
    Path("sources/translations.json").write_text(content)
    result = batch()
    assert result.exit_code == EXIT_DOCUMENTS
    (line,) = errors(result)
    assert line.startswith("error: sources/translations.json: ") and reason in line and "ignored" in line
    assert visible("outputs") == ["lyon.txt.json", "medicen.md.json", "reconciled.json"]


def test_a_pair_naming_a_missing_file_is_a_warning(work):
    Path("sources/translations.json").write_text('{"pairs": [["lyon.txt", "gone.txt"]]}')
    result = batch()
    assert result.exit_code == 0
    assert 'warning: sources/translations.json: "pairs" names gone.txt, which is not a processed document' in result.stderr


def test_an_invalid_output_file_is_left_out_of_the_reconciled_view(work):
    assert batch().exit_code == 0
    Path("outputs/medicen.md.json").write_text('{"truncated": ')
    Path("outputs/notes.json").write_text("not json at all")  # not the tool's: ignored, untouched
    result = cli("reconcile", "--outputs", "outputs")
    assert result.exit_code == 0
    assert result.stderr.strip() == "warning: outputs/medicen.md.json: not valid JSON; left out of the reconciled view"
    assert Path("outputs/notes.json").read_text() == "not json at all"


def test_an_internal_error_in_one_document_fails_it_alone_with_exit_3(work, monkeypatch, capsys):
    from pipeline import process

    original = process.extract

    def broken(prep, spans, *rest):
        if prep.raw.source == "medicen.md":
            raise ZeroDivisionError("a bug")
        return original(prep, spans, *rest)

    monkeypatch.setattr(process, "extract", broken)  # the forked workers inherit it
    code = run_cli(["batch", "sources", "--outputs", "outputs", "--no-progress", "--no-cache"])
    captured = capsys.readouterr()
    assert code == EXIT_INTERNAL
    assert "error: sources/medicen.md: internal error: ZeroDivisionError: a bug" in captured.err
    assert "Traceback" not in captured.err
    assert visible("outputs") == ["lyon.txt.json", "reconciled.json"]

    code = run_cli(["--debug", "batch", "sources", "--outputs", "outputs", "--no-progress", "--no-cache"])
    assert code == EXIT_INTERNAL
    assert "Traceback" in capsys.readouterr().err


# --- 4. the cache is checked on read -----------------------------------------------------------


@pytest.mark.parametrize("damage", ["truncate", "empty", "garbage", "other-document"])
def test_a_bad_cache_entry_is_a_miss_that_is_recomputed_and_replaced(tmp_path, damage):
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.txt").write_text(FR, encoding="utf-8")
    (folder / "b.txt").write_text(EN, encoding="utf-8")
    warnings: list[str] = []
    cache = ResultCache(tmp_path / "cache", warn=warnings.append)
    paths = sorted(folder.iterdir())
    first = [r.json for r in run_engine(paths, cache=cache)]
    entry = cache._file(cache.key(paths[0]))
    other = cache._file(cache.key(paths[1]))
    data = entry.read_bytes()
    entry.write_bytes({"truncate": data[: len(data) // 2], "empty": b"", "garbage": b"\x00\xff garbage",
                       "other-document": other.read_bytes().replace(cache.key(paths[1]).encode(), cache.key(paths[0]).encode())}[damage])
    results = list(run_engine(paths, cache=cache))
    assert [r.json for r in results] == first
    assert [r.cached for r in results] == [False, True]
    assert len(warnings) == 1 and str(entry) in warnings[0] and "recomputed" in warnings[0]
    assert [r.cached for r in run_engine(paths, cache=cache)] == [True, True]  # replaced


def test_a_damaged_reconciliation_index_in_the_cache_is_made_again(work):
    assert cli("batch", "sources", "--outputs", "outputs", "--no-progress", "--cache-dir", "cache").exit_code == 0
    good = Path("outputs/reconciled.json").read_text(encoding="utf-8")
    indexes = list(Path("cache/reconcile").glob("*.sqlite"))
    assert indexes
    for index in indexes:
        index.write_bytes(b"\x00\xff garbage, not an SQLite file" * 50)
    Path("outputs/reconciled.json").unlink()
    result = cli("batch", "sources", "--outputs", "outputs", "--no-progress", "--cache-dir", "cache")
    assert result.exit_code == 0, result.stderr
    assert Path("outputs/reconciled.json").read_text(encoding="utf-8") == good


# --- 5. text that looks the same reads the same -------------------------------------------------


def _record(folder: Path, name: str, data: bytes) -> dict:
    from pipeline.process import process_file
    from pipeline.write import to_json

    path = folder / name
    path.write_bytes(data)
    return json.loads(to_json(process_file(path)))


def _essentials(record: dict) -> tuple:
    return (record["language"], record["date"], sorted(c["name"] for c in record["clusters"]),
            sorted((p["name"], p["role"]) for p in record["persons"]),
            sorted((c["name"], c["email"]) for c in record["contacts"]))


@pytest.mark.parametrize("variant", ["nfd", "format-characters", "mac-roman", "utf-32", "utf-32-le-no-bom"])
def test_text_that_looks_the_same_reads_the_same(tmp_path, variant):
    base = _essentials(_record(tmp_path, "base.txt", hostile.NFD_FRENCH.encode("utf-8")))
    assert base[0] == "fr" and base[1] == "2024-03-14" and ("Mélanie Lefèvre", "directrice générale") in base[3]
    data = {
        "nfd": unicodedata.normalize("NFD", hostile.NFD_FRENCH).encode("utf-8"),
        "format-characters": hostile.NFD_FRENCH.replace(" ", " \u200e").replace("Eurobiomed", "Euro\u200bbio\u00admed")
                                               .replace("Mélanie", "\u2066Mélanie\u2069").encode("utf-8"),
        "mac-roman": hostile.NFD_FRENCH.encode("mac_roman"),
        "utf-32": hostile.NFD_FRENCH.encode("utf-32"),
        "utf-32-le-no-bom": hostile.NFD_FRENCH.encode("utf-32-le"),
    }[variant]
    assert _essentials(_record(tmp_path, f"{variant}.txt", data)) == base


def test_offsets_point_into_the_original_text_after_normalisation():
    from pipeline.clean import clean

    raw = "Me\u0301lanie \u200fLefe\u0300vre\u200e dirige Lyon\u200bbiopo\u0302le."
    cleaned = clean(raw, "txt")
    assert cleaned.text == "Mélanie Lefèvre dirige Lyonbiopôle."
    start = cleaned.text.index("Lefèvre")
    a, b = cleaned.raw_span(start, start + len("Lefèvre"))
    assert raw[a:b] == "Lefe\u0300vre"
    start = cleaned.text.index("Lyonbiopôle")
    a, b = cleaned.raw_span(start, start + len("Lyonbiopôle"))
    assert raw[a:b] == "Lyon\u200bbiopo\u0302le"


def test_random_bytes_are_not_text(tmp_path):
    from pipeline.errors import InputError
    from pipeline.read import read_document

    for seed in range(5):
        path = hostile.random_bytes(tmp_path, 3000, seed)
        with pytest.raises(InputError) as err:
            read_document(path)
        assert "not text" in str(err.value) or "binary file" in str(err.value)


@pytest.mark.parametrize("line", ["# Lyonbiopôle accueille douze nouveaux adhérents à Lyon",
                                  "Medicen Paris Region: nouvelle directrice",
                                  "**Eurobiomed : assemblée générale**"])
def test_a_short_ambiguous_text_leans_to_a_supported_language(line):
    from pipeline.clean import clean
    from pipeline.language import detect_document_language

    assert detect_document_language(clean(line, "md").text) == "fr"


def test_a_long_text_in_another_language_keeps_it():
    from pipeline.language import detect_document_language

    spanish = ("El clúster de salud de Cataluña presenta hoy su nuevo programa de innovación para las empresas "
               "emergentes del sector, con el apoyo del gobierno regional y de varias universidades públicas y "
               "privadas de la comunidad autónoma, que participarán en la selección de los proyectos.")
    assert detect_document_language(spanish) == "es"


# --- 6. workers end with their parent ----------------------------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux's")
def test_workers_die_with_their_parent(tmp_path):
    psutil = pytest.importorskip("psutil")
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "slow.txt").write_text("Bonjour. " + "+" * 20000 + " Fin.", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "batch", str(sources), "--outputs", str(tmp_path / "out"),
                             "--no-progress", "--no-cache", "--max-symbol-run", "100000"],
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    children = []
    while time.monotonic() < deadline and not children:
        children = parent.children(recursive=True)
        time.sleep(0.2)
    assert children, "the batch started no worker"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    gone, alive = psutil.wait_procs(children, timeout=10)
    assert not alive


# --- 7. the README's commands work from a fresh clone --------------------------------------------


def test_the_readme_eval_command_uses_folders_of_the_repository():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = [line for line in readme.splitlines() if line.strip().startswith("cluster-extract eval")]
    assert commands
    for command in commands:
        for word in command.replace("[", " ").replace("]", " ").split():
            if word.startswith(("sources", "tests/", "eval_thresholds")):
                assert (REPO / word).exists(), f"{word} (README: {command.strip()})"
        assert "../shared" not in command


# --- the whole issue at once: every hostile file beside good documents ----------------------------


def test_a_batch_over_every_hostile_file_writes_the_good_names_the_bad_and_touches_nothing_else(work):
    hostile.every_case(Path("sources"), scale=0.01)
    Path("outputs").mkdir()
    Path("outputs/package.json").write_text('{"name": "app"}\n')
    result = batch("--max-seconds", 20, "--max-pages", 20, "--max-page-objects", 5000, "--max-chars", 50_000,
                   "--max-pdf-stream-mb", 4)
    assert result.exit_code == EXIT_DOCUMENTS
    named = {line[len("error: "):].split(": ")[0] for line in errors(result)}
    written = {name[:-len(".json")] for name in visible("outputs")} - {"reconciled", "package"}
    sources = {p.name for p in Path("sources").iterdir()}
    assert named | {f"sources/{n}" for n in written} == {f"sources/{n}" for n in sources}
    assert not named & {f"sources/{n}" for n in written}
    assert {"lyon.txt", "medicen.md", "nfd.txt", "bidi.txt", "macroman.txt", "utf32.txt", "one_line_fr.md"} <= written
    assert Path("outputs/package.json").read_text() == '{"name": "app"}\n'
    assert all(len(line.splitlines()) == 1 for line in errors(result))


def test_another_engine_plugs_in_at_the_seam(tmp_path):
    """`run` answers from the cache and keeps the order; an engine only does the rest,
    here in this process through `work`, as a cluster engine would on its nodes."""
    from pipeline.process import Result, work

    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.txt").write_text(FR, encoding="utf-8")
    (folder / "b.md").write_text(EN, encoding="utf-8")
    (folder / "c.txt").write_bytes(b"")
    paths = sorted(folder.iterdir())
    seen: list[list[int]] = []

    def in_process(chunks, workers, limits):
        for chunk in reversed(chunks):  # any order
            seen.append([i for i, _ in chunk])
            events: list[tuple] = []
            work(chunk, limits, events.append)
            by_id = dict(chunk)
            for _, i, json_text, error, kind, tb in (e for e in events if e[0] == "result"):
                yield i, Result(by_id[i], json_text, error, kind=kind, traceback=tb)

    cache = ResultCache(tmp_path / "cache")
    results = list(run_engine(paths, cache=cache, chunk_size=2, engine=in_process))
    assert [r.path.name for r in results] == ["a.txt", "b.md", "c.txt"]
    assert results[2].error.endswith("empty document (no text)") and results[2].kind == "input"
    assert results[0].json == next(run_engine(paths[:1])).json  # the same as the local engine's
    assert seen == [[2], [0, 1]]
    assert [r.cached for r in run_engine(paths, cache=cache, engine=in_process)] == [True, True, False]
