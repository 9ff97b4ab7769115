"""The command line: batch, ingest and eval, run in-process with typer's CliRunner (the
spaCy pipelines then load once for the whole test session)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

REPO = Path(__file__).resolve().parent.parent

FR_RELEASE = """Lyonbiopôle accueille 25 nouveaux membres

Lyon, le 12 mars 2024 – Lyonbiopôle, le pôle de compétitivité de la santé en Auvergne-Rhône-Alpes, annonce l'arrivée de 25 nouveaux membres. Le pôle compte désormais plus de 270 adhérents, des start-up aux grands groupes pharmaceutiques.

« Cette croissance montre la vitalité de notre filière », souligne Claire Fontaine, directrice générale de Lyonbiopôle.

Contact presse : Claire Fontaine – claire.fontaine@lyonbiopole.com – +33 4 72 76 00 00
"""

EN_RELEASE = """# Medicen Paris Region welcomes new members

Paris, 5 June 2023 – **Medicen Paris Region** announced today that 40 companies joined the cluster this year, bringing its membership to more than 500 members.

"Our members are the heart of the health innovation ecosystem in the region," said Paul Girard, Chairman of Medicen Paris Region.

Press contact: paul.girard@medicen.org, +33 1 23 45 67 89
"""


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def listing(folder: Path) -> list[str]:
    """The visible files (the hidden manifest of the tool's own files aside)."""
    return sorted(p.name for p in Path(folder).iterdir() if not p.name.startswith("."))


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A working folder with two good documents in sources/; paths stay relative, as a
    user types them."""
    monkeypatch.chdir(tmp_path)
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "communique_lyon.txt").write_text(FR_RELEASE, encoding="utf-8")
    (sources / "release_medicen.md").write_text(EN_RELEASE, encoding="utf-8")
    return tmp_path


def test_batch_reports_bad_file_and_keeps_its_old_output(workdir):
    sources, outputs = Path("sources"), Path("outputs")
    # A first run while the third document is still good gives it an output...
    (sources / "note.txt").write_text("Eurobiomed compte 300 membres dans le Sud de la France.", encoding="utf-8")
    first = run("batch", sources, "--outputs", outputs)
    assert first.exit_code == 0, first.stderr
    old_note = (outputs / "note.txt.json").read_bytes()
    assert json.loads(old_note)["source"] == "note.txt"

    # ...then the document is emptied: batch reports it, writes the others and fails.
    (sources / "note.txt").write_bytes(b"")
    result = run("batch", sources, "--outputs", outputs)

    assert result.exit_code == 1
    assert error_lines(result) == ["error: sources/note.txt: empty document (no text)"]
    assert result.stdout == ""
    assert listing(outputs) == [
        "communique_lyon.txt.json", "note.txt.json", "reconciled.json", "release_medicen.md.json"]
    assert (outputs / "note.txt.json").read_bytes() == old_note  # not removed, not truncated

    fr = json.loads((outputs / "communique_lyon.txt.json").read_text(encoding="utf-8"))
    en = json.loads((outputs / "release_medicen.md.json").read_text(encoding="utf-8"))
    assert (fr["source"], fr["format"], fr["language"]) == ("communique_lyon.txt", "txt", "fr")
    assert (en["source"], en["format"], en["language"]) == ("release_medicen.md", "md", "en")
    assert "claire.fontaine@lyonbiopole.com" in [c["email"] for c in fr["contacts"]]
    assert "+33123456789" in [c["phone"] for c in en["contacts"]]
    reconciled = json.loads((outputs / "reconciled.json").read_text(encoding="utf-8"))
    assert "clusters" in reconciled


def test_batch_with_a_bad_file_on_first_run(workdir):
    (Path("sources") / "empty.txt").write_bytes(b"")
    result = run("batch", "sources", "--outputs", "out", "--no-progress")

    assert result.exit_code == 1
    assert error_lines(result) == ["error: sources/empty.txt: empty document (no text)"]
    assert listing("out") == [
        "communique_lyon.txt.json", "reconciled.json", "release_medicen.md.json"]
    assert "2 document(s) written to out/, 1 failed" in result.stderr


def test_batch_removes_outputs_of_deleted_sources(workdir):
    assert run("batch", "sources", "--outputs", "outputs", "--no-progress").exit_code == 0
    (Path("sources") / "release_medicen.md").unlink()
    assert run("batch", "sources", "--outputs", "outputs", "--no-progress").exit_code == 0
    assert listing("outputs") == ["communique_lyon.txt.json", "reconciled.json"]


def test_batch_is_deterministic(tmp_path):
    """Twice in this process, then once in a fresh process with another hash seed
    (set and dict order must not leak into the outputs)."""
    sources = tmp_path / "sources"
    shutil.copytree(REPO / "sources", sources)
    (sources / "communique_lyon.txt").write_text(FR_RELEASE, encoding="utf-8")
    out = tmp_path / "outputs"

    assert run("batch", sources, "--outputs", out, "--no-progress").exit_code == 0
    first = snapshot(out)
    assert len(first) == len(list(sources.iterdir())) + 2  # outputs, reconciled.json, manifest
    assert run("batch", sources, "--outputs", out, "--no-progress").exit_code == 0
    assert snapshot(out) == first

    fresh = tmp_path / "fresh"
    # PYTHONPATH: this checkout's code, not whichever copy is installed.
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "pipeline.cli", "batch", str(sources), "--outputs", str(fresh), "--no-progress"],
                   env=env, check=True, capture_output=True, cwd=tmp_path)
    assert snapshot(fresh) == first


def test_ingest_copy(workdir, tmp_path_factory):
    inbox = tmp_path_factory.mktemp("inbox")
    new = inbox / "medicen_update.md"
    new.write_text(EN_RELEASE, encoding="utf-8")

    result = run("ingest", new, "--copy", "--sources", "sources", "--outputs", "outputs")

    assert result.exit_code == 0, result.stderr
    assert (Path("sources") / "medicen_update.md").read_bytes() == new.read_bytes()
    output = Path("outputs") / "medicen_update.md.json"
    assert json.loads(output.read_text(encoding="utf-8"))["source"] == "medicen_update.md"
    assert (Path("outputs") / "reconciled.json").exists()
    assert result.stdout.strip() == f"medicen_update.md -> {output}"
    # Only the new document was processed: ingest does not re-run the folder.
    assert listing("outputs") == ["medicen_update.md.json", "reconciled.json"]


def test_ingest_bad_file_is_not_copied(workdir, tmp_path_factory):
    inbox = tmp_path_factory.mktemp("inbox")
    bad = inbox / "blank.txt"
    bad.write_text("   \n", encoding="utf-8")

    result = run("ingest", bad, "--copy", "--sources", "sources", "--outputs", "outputs")

    assert result.exit_code == 1
    assert error_lines(result) == [f"error: {bad}: empty document (no text)"]
    assert not (Path("sources") / "blank.txt").exists()
    assert not (Path("outputs") / "blank.txt.json").exists()


def eval_args(*extra: str) -> list[str]:
    return ["eval", "--sources", str(REPO / "sources"), "--gold", str(REPO / "tests" / "gold"), *extra]


def test_eval_table_passes_thresholds():
    result = run(*eval_args("--thresholds", str(REPO / "eval_thresholds.json")))
    assert result.exit_code == 0, result.stdout + result.stderr
    for row in ("persons", "clusters", "figures", "contacts: e-mails"):
        assert row in result.stdout
    assert "below threshold" not in result.stderr


def test_eval_impossible_threshold_fails():
    result = run(*eval_args("--min", "figures_f1=1.01"))
    assert result.exit_code == 1
    assert "below threshold" in result.stderr and "figures_f1" in result.stderr


def test_eval_json():
    result = run(*eval_args("--json", "--thresholds", str(REPO / "eval_thresholds.json")))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"metrics", "scores", "failures"}
    assert data["failures"] == []
    metrics = data["metrics"]
    assert 0.0 <= metrics["persons_f1"] <= 1.0
    assert metrics["language_accuracy"] == 1.0


def test_eval_bad_min_is_a_usage_error():
    result = run(*eval_args("--min", "figures_f1"))
    assert result.exit_code == 2
    assert "NAME=VALUE" in result.stderr
