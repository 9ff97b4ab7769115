"""Benchmark: the local engine against Ray in local mode, on the same cores.

    python bench/engines.py [--docs 500] [--workers 2] [--repeat 1]

Builds bench/run.py's deterministic corpus, then times cold batches (`--no-cache`) of
the whole command, `batch --engine local --workers N` and `batch --engine ray --workers N`
(Ray starts in local mode with N CPUs and an actor pool of N), alternating the two
engines `--repeat` times and keeping each one's best time. Peak memory counts the
command and all its child processes (Ray's own processes and actors included). Checks
that both engines wrote the same outputs byte for byte, prints a table and writes
bench/engines.json. Needs the [bench] and [ray] extras.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import subprocess  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

import psutil  # noqa: E402

from run import CLI, ROOT, build_corpus, count_words  # noqa: E402

TARGET_OVERHEAD = 0.15


class Usage:
    """Peak resident memory and CPU seconds of a process and all its descendants (Ray's
    own processes and actors included), sampled every 50 ms. CPU seconds are what the
    command cost whatever else runs on the machine; wall time is what a user waits."""

    def __init__(self, pid: int):
        self.pid, self.peak, self._cpu, self._stop = pid, 0, {}, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @property
    def cpu(self) -> float:
        return sum(self._cpu.values())

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                root = psutil.Process(self.pid)
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                procs = []
            rss = 0
            for proc in procs:
                try:
                    with proc.oneshot():
                        rss += proc.memory_info().rss
                        times = proc.cpu_times()
                    key = (proc.pid, proc.create_time())
                    self._cpu[key] = max(self._cpu.get(key, 0.0), times.user + times.system)
                except psutil.Error:
                    pass
            self.peak = max(self.peak, rss)
            time.sleep(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def timed(cmd: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak memory of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with Usage(proc.pid) as usage:
        _, stderr = proc.communicate()
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{stderr.decode()[-2000:]}")
    return elapsed, usage.cpu, usage.peak


def same_outputs(a: Path, b: Path) -> bool:
    files = sorted(p.name for p in a.iterdir())
    return files == sorted(p.name for p in b.iterdir()) and all((a / f).read_bytes() == (b / f).read_bytes() for f in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "engines.json")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-engines-"))
    try:
        corpus = work / "corpus"
        paths = build_corpus(corpus, args.docs)
        words = count_words(paths)
        best: dict[str, tuple[float, float, int]] = {}
        for _ in range(args.repeat):
            for engine in ("local", "ray"):
                outputs = work / f"out-{engine}"
                shutil.rmtree(outputs, ignore_errors=True)
                measured = timed(CLI + ["batch", str(corpus), "--outputs", str(outputs), "--no-cache", "--no-progress",
                                        "--workers", str(args.workers), "--engine", engine])
                if engine not in best or measured[0] < best[engine][0]:
                    best[engine] = measured
        identical = same_outputs(work / "out-local", work / "out-ray")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    (local, local_cpu, local_peak), (ray, ray_cpu, ray_peak) = best["local"], best["ray"]
    results = {
        "documents": args.docs, "words": words, "cores": args.workers, "repeat": args.repeat,
        "load_average_1min": round(os.getloadavg()[0], 1),
        "local_batch_s": round(local, 2), "local_docs_per_s": round(args.docs / local, 1),
        "ray_local_mode_batch_s": round(ray, 2), "ray_docs_per_s": round(args.docs / ray, 1),
        "ray_overhead_wall": f"{ray / local - 1:+.1%}", "ray_overhead_target": f"<= {TARGET_OVERHEAD:.0%}",
        "local_cpu_s": round(local_cpu, 1), "ray_cpu_s": round(ray_cpu, 1),
        "ray_overhead_cpu": f"{ray_cpu / local_cpu - 1:+.1%}",
        "local_peak_memory_mb": round(local_peak / 2**20), "ray_peak_memory_mb": round(ray_peak / 2**20),
        "outputs_identical": identical,
    }
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    width = max(map(len, results))
    print(f"{'measure'.ljust(width)}  value")
    for k, v in results.items():
        print(f"{k.ljust(width)}  {v}")
    if not identical:
        raise SystemExit("the engines wrote different outputs")


if __name__ == "__main__":
    main()
