"""Scaling benchmark: cold batch, `reconcile` alone, batch after one change, one ingest and
peak memory at 1,000, 3,000 and 10,000 documents, against the targets of issue 12. Not a
test: it prints a table and writes bench/scale.json.

    python bench/scale.py [--sizes 1000,3000,10000] [--workers 2] [--work DIR]

The corpus is bench/run.py's (releases in editions, the seeds' translations paired in
each). Every command is a fresh `python -m pipeline.cli` process, timed in wall-clock and
CPU seconds (its own and its workers'), its peak memory sampled every 50 ms over the
process and its children.

- cold batch: `batch` over the corpus with an empty cache and outputs folder (the first
  reconciliation included);
- reconcile alone: `reconcile` over the outputs, which builds its index from scratch in
  a temporary file (no cache: every output read, every pair scored);
- batch after one change: one source edited (a paragraph added, or removed again on the
  next run), then `batch` with the cache and its kept reconciliation index;
- ingest: a new release ingested into the archive's outputs (`ingest`, same cache), and
  the same release into an empty folder (start-up, its language's pipeline, extraction,
  writing: the cost of one document alone).

`--work DIR` keeps the corpora, outputs and caches there and reuses them (the cold batch
is then measured once, and its figures kept in DIR); without it a temporary folder is
used and removed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import CLI, ROOT, PeakMemory, build_corpus  # noqa: E402

MARK = "\n\nA new closing paragraph: the cluster now gathers 12 partners in this programme.\n"
TARGETS = "reconcile at 10,000 < 30 s and < 1 GB; batch after one change <= 2 x one ingest; peak at 10,000 within 10 % of 1,000"


def run(cmd: list[str]) -> dict:
    """Wall and CPU seconds and peak memory (MB) of one command and its children."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with PeakMemory(proc.pid) as memory:
        _, stderr = proc.communicate()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "peak_mb": round(memory.peak / 2**20)}


def measure(n: int, work: Path, workers: int, say) -> dict:
    folder = work / f"c{n}"
    corpus, outputs, cache = folder / "corpus", folder / "outputs", folder / "cache"
    cold_file = folder / "cold.json"
    if not corpus.is_dir() or len(list(corpus.iterdir())) != n:
        shutil.rmtree(folder, ignore_errors=True)
        say(f"{n}: building the corpus")
        build_corpus(corpus, n)
    paths = sorted(corpus.iterdir())
    batch = CLI + ["batch", str(corpus), "--outputs", str(outputs), "--cache-dir", str(cache), "--workers", str(workers),
                   "--no-progress"]
    if cold_file.exists():
        cold = json.loads(cold_file.read_text())
    else:
        shutil.rmtree(outputs, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        say(f"{n}: cold batch")
        cold = run(batch)
        cold_file.write_text(json.dumps(cold))
    say(f"{n}: reconcile alone")
    alone = run(CLI + ["reconcile", "--outputs", str(outputs), "--sources", str(corpus)])
    run(batch)  # settle: the cache's index in step with the outputs
    changed = paths[len(paths) // 2]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text[:-len(MARK)] if text.endswith(MARK) else text + MARK, encoding="utf-8")
    say(f"{n}: batch after one change")
    after_change = run(batch)
    # A new release: the first seed's document of the corpus, in an edition of its own.
    runs = int((folder / "runs").read_text()) + 1 if (folder / "runs").exists() else 1
    (folder / "runs").write_text(str(runs))
    new = folder / f"new_release_{runs:03d}.txt"
    new.write_text(paths[0].read_text(encoding="utf-8").replace("Covid", f"Covid ({runs} {n})"), encoding="utf-8")
    say(f"{n}: ingest")
    ingest = run(CLI + ["ingest", str(new), "--outputs", str(outputs), "--sources", str(corpus), "--cache-dir", str(cache)])
    empty = folder / f"ingest-empty-{runs:03d}"
    ingest_empty = run(CLI + ["ingest", str(new), "--outputs", str(empty / "outputs"), "--sources", str(empty),
                              "--cache-dir", str(empty / "cache")])
    shutil.rmtree(empty, ignore_errors=True)
    view = outputs / "reconciled.json"
    return {"documents": n, "cold_batch": cold, "reconcile_alone": alone, "batch_after_one_change": after_change,
            "ingest_into_archive": ingest, "ingest_into_empty_folder": ingest_empty,
            "view_mb": round(view.stat().st_size / 2**20, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,3000,10000")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "scale.json")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()

    def say(line: str) -> None:
        print(f"[{time.monotonic() - started:7.0f} s] {line}", file=sys.stderr, flush=True)

    try:
        rows = [measure(int(n), work, args.workers, say) for n in args.sizes.split(",")]
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    results = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
                   f"Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}",
        "workers": args.workers, "targets": TARGETS, "rows": rows}
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print(results["machine"])
    print("| documents | cold batch | `reconcile` alone | batch after one change | ingest (archive / empty folder) | peak memory (batch / reconcile) | view |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        c, a, b, i, e = (r[k] for k in ("cold_batch", "reconcile_alone", "batch_after_one_change", "ingest_into_archive",
                                        "ingest_into_empty_folder"))
        print(f"| {r['documents']:,} | {c['wall_s']} s ({c['cpu_s']} s CPU) | {a['wall_s']} s ({a['cpu_s']} s CPU) | "
              f"{b['wall_s']} s ({b['cpu_s']} s CPU) | {i['wall_s']} s / {e['wall_s']} s | "
              f"{c['peak_mb']} MB / {a['peak_mb']} MB | {r['view_mb']} MB |")
    last, first = rows[-1], rows[0]
    print(f"targets: {TARGETS}")
    print(f"  reconcile at {last['documents']:,}: {last['reconcile_alone']['wall_s']} s, {last['reconcile_alone']['peak_mb']} MB")
    print(f"  batch after one change / ingest into the archive: "
          f"{last['batch_after_one_change']['wall_s'] / last['ingest_into_archive']['wall_s']:.2f} "
          f"(into an empty folder: {last['batch_after_one_change']['wall_s'] / last['ingest_into_empty_folder']['wall_s']:.2f})")
    print(f"  peak memory {last['documents']:,} / {first['documents']:,}: "
          f"{last['cold_batch']['peak_mb'] / first['cold_batch']['peak_mb']:.2f}")


if __name__ == "__main__":
    main()
