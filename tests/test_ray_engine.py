"""The Ray engine's tests (tests/ray/ray_engine_cases.py) run in a pytest process of their own:
when Ray's local node dies (a machine too busy to answer its health checks), Ray ends its
driver process, and that must fail these tests, not silence the rest of the suite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

if not os.environ.get("CI"):
    pytest.importorskip("ray.data", reason="the [ray] extra is not installed")

REPO = Path(__file__).resolve().parent.parent


def test_ray_engine_suite_in_its_own_process():
    done = subprocess.run([sys.executable, "-m", "pytest", "-o", "addopts=", "-q", "-p", "no:cacheprovider", "tests/ray/ray_engine_cases.py"],
                          cwd=REPO, capture_output=True, text=True, timeout=1200)
    summary = done.stdout.strip().splitlines()[-1:] or ["(no output)"]
    assert done.returncode == 0, f"exit {done.returncode}: {summary[0]}\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    assert " passed" in summary[0] and "failed" not in summary[0], summary[0]
