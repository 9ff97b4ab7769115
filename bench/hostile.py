"""Benchmark, not a test: a batch over a folder mixing every hostile file of issue 9
(at the sizes the issue measured) with the seed documents, under the default limits.

    python3 bench/hostile.py [--scale 1.0] [--workers 0]

Prints the wall time, the peak memory of the batch (resident memory of the command and
all its worker processes, summed, sampled every 50 ms), the exit code, what was written
and what failed, and checks that every file it did not write in the outputs folder is
untouched. Targets: under a minute, peak under 1.5 GB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile_files import every_case  # noqa: E402
from run import PeakMemory  # noqa: E402  (bench/run.py: peak RSS of a process and its children)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--workers", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cluster-extract-hostile-") as tmp:
        folder, outputs = Path(tmp) / "mixed", Path(tmp) / "outputs"
        t0 = time.time()
        hostile = every_case(folder, args.scale)
        for seed in sorted((ROOT / "sources").iterdir()):
            shutil.copy(seed, folder / seed.name)
        print(f"built {len(hostile)} hostile files + {len(list((ROOT / 'sources').iterdir()))} seeds "
              f"({sum(p.stat().st_size for p in folder.iterdir() if p.is_file()) / 2**20:.1f} MB) in {time.time() - t0:.1f} s")
        outputs.mkdir()
        foreign = {"package.json": b'{"name": "not-ours"}\n', "settings.json": b"{}\n", "notes.txt.json": b"[1, 2]\n"}
        for name, data in foreign.items():
            (outputs / name).write_bytes(data)
        cmd = [sys.executable, "-m", "pipeline.cli", "batch", str(folder), "--outputs", str(outputs), "--no-progress",
               "--cache-dir", str(Path(tmp) / "cache"), "--workers", str(args.workers)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        start = time.time()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        with PeakMemory(proc.pid) as memory:
            stdout, stderr = proc.communicate()
        wall = time.time() - start
        print(stderr.rstrip())
        written = sorted(p.name for p in outputs.iterdir() if not p.name.startswith(".") and p.name not in foreign)
        untouched = all((outputs / n).read_bytes() == d for n, d in foreign.items())
        print(f"\nexit code {proc.returncode}; {len(written)} outputs written; foreign files untouched: {untouched}")
        print(f"wall time {wall:.1f} s (target < 60 s); peak memory {memory.peak / 2**20:.0f} MB (target < 1536 MB)")
        return 0 if untouched and wall < 60 and memory.peak < 1.5 * 2**30 else 1


if __name__ == "__main__":
    sys.exit(main())
