"""The Ray engine gives the local engine's outputs byte for byte: Ray in local mode on two
CPUs, over sources/ (through the CLI, reconciled view included) and over a generated
corpus with bad files and two sources of the same name (through the engine function).

Skipped only where Ray is not installed and this is not CI (CI installs the [ray] extra).
Each Ray run starts Ray in local mode and shuts it down. Run by
tests/test_ray_engine.py in a pytest process of its own (the file name keeps the main
run from collecting it)."""

from __future__ import annotations

import html
import os
import random
import re
from pathlib import Path

import pytest

if not os.environ.get("CI"):
    pytest.importorskip("ray.data", reason="the [ray] extra is not installed")

from typer.testing import CliRunner

from pipeline.cache import ResultCache
from pipeline.cli import app
from pipeline.engines import runner
from pipeline.engines.ray_engine import EngineError, _connect
from pipeline.process import run as local_run

# Ray Data's own configuration warns about its deprecated settings.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

REPO = Path(__file__).resolve().parent.parent.parent
SOURCES = REPO / "sources"


@pytest.fixture(autouse=True)
def no_ray_left_running():
    """Each Ray run starts Ray (local mode) and shuts it down, so that the local engine,
    which forks its worker processes, never forks a process in which Ray's threads run
    (a forked copy of Ray's core worker crashes the raylet)."""
    import ray

    assert not ray.is_initialized()
    yield
    assert not ray.is_initialized()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def generated_corpus(folder: Path, n_docs: int = 28) -> list[Path]:
    """Seed documents with their body paragraphs reordered and their numbers changed (as
    bench/run.py builds its corpus), some as Markdown or HTML; then bad files and a
    second source named like a first one, in another folder."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt"))]
    folder.mkdir()
    paths = []
    for i in range(n_docs):
        rng = random.Random(i)
        paragraphs = re.split(r"\n\s*\n", seeds[i % len(seeds)])
        head, body = paragraphs[:3], paragraphs[3:]
        rng.shuffle(body)
        text = re.sub(r"(?<![\d@.])\d{2,3}(?![\d@])", lambda m: str(rng.randint(10, 999)), "\n\n".join(head + body))
        kind = ("txt", "txt", "md", "html")[i % 4]
        if kind == "html":
            text = "<html><body>" + "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n")) + "</body></html>"
        path = folder / f"doc{i:03d}.{kind}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "reports").mkdir()
    other = folder / "other"
    other.mkdir()
    (other / "doc001.txt").write_text(seeds[0], encoding="utf-8")
    bad = [folder / "empty.txt", folder / "binary.txt", folder / "notes.docx", folder / "reports", folder / "missing.txt"]
    return paths[:10] + bad + [other / "doc001.txt"] + paths[10:]


def results(run, paths, **kwargs):
    return [(r.path, r.json, r.error, r.cached) for r in run(paths, **kwargs)]


def test_batch_engine_ray_equals_local_on_sources(tmp_path):
    outputs = {}
    for engine in ("local", "ray"):
        outputs[engine] = tmp_path / engine
        result = CliRunner().invoke(app, ["batch", str(SOURCES), "--outputs", str(outputs[engine]), "--no-cache",
                                          "--no-progress", "--engine", engine, "--workers", "2"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    local, ray = snapshot(outputs["local"]), snapshot(outputs["ray"])
    # one output per source, the reconciled view and the manifest of the tool's own files
    assert "reconciled.json" in local and ".cluster-extract-manifest.json" in local
    assert len(local) == len(list(SOURCES.glob("*.txt"))) + 2
    assert ray == local


def test_run_ray_equals_local_on_a_generated_corpus(tmp_path):
    paths = generated_corpus(tmp_path / "corpus")
    expected = results(local_run, paths, workers=1, chunk_size=6)
    assert sum(e[2] is not None for e in expected) == 5 and sum(e[1] is not None for e in expected) == len(paths) - 5
    cache = ResultCache(tmp_path / "cache")
    got = results(runner("ray"), paths, cache=cache, workers=2, chunk_size=6)
    assert got == expected  # same order, same JSON, same error lines, nothing from the cache
    # The cache was filled by the driver: a second run is all hits and starts no actor.
    again = results(runner("ray"), paths, cache=cache, workers=2, chunk_size=6)
    assert [r[:3] for r in again] == [r[:3] for r in expected]
    assert [r[3] for r in again] == [r[1] is not None for r in expected]


def test_a_worker_out_of_step_with_the_driver_is_an_error(tmp_path, monkeypatch):
    import pipeline.cache

    monkeypatch.setattr(pipeline.cache, "pipeline_fingerprint", lambda: "another version")
    with pytest.raises(EngineError, match="other code"):
        results(runner("ray"), sorted(SOURCES.glob("*.txt"))[:1])


def test_engine_options_are_checked():
    result = CliRunner().invoke(app, ["batch", str(SOURCES), "--engine", "spark"])
    assert result.exit_code == 2 and "--engine" in result.output
    result = CliRunner().invoke(app, ["batch", str(SOURCES), "--address", "auto"])
    assert result.exit_code == 2 and "--address" in result.output


def test_a_cluster_address_ships_this_package(monkeypatch):
    """With --address, Ray connects to that cluster and the job carries this checkout's
    `pipeline` package (the nodes need only the libraries). No cluster is started here:
    ray.init is recorded, not run."""
    import ray

    import pipeline

    calls = []
    monkeypatch.setattr(ray, "is_initialized", lambda: False)
    monkeypatch.setattr(ray, "init", lambda **kwargs: calls.append(kwargs))
    assert _connect("ray://head:10001", 0) is True
    (kwargs,) = calls
    assert kwargs["address"] == "ray://head:10001"
    assert kwargs["runtime_env"]["py_modules"] == [str(Path(pipeline.__file__).resolve().parent)]
