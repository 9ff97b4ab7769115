"""Engines: who runs the per-document stages of a batch.

Every engine is a function of the same shape as the local one,
`run(paths, cache=..., workers=..., chunk_size=...) -> Iterator[Result]`, yielding one
`pipeline.process.Result` per path, in the order of `paths`. The batch runner only picks
the function: writing, the cache and the reconciliation stay the caller's, so the same
inputs give the same outputs byte for byte whichever engine ran them.

    local   worker processes on this machine (pipeline.process.run)
    ray     an actor pool on Ray Data, in local mode or on a running cluster
            (pipeline/engines/ray_engine.py, extra `[ray]`)
"""

from __future__ import annotations

import functools
from typing import Callable

ENGINES = ("local", "ray")


class EngineError(RuntimeError):
    """An engine cannot run (Ray missing, a cluster out of step with this machine)."""


def runner(engine: str = "local", address: str | None = None) -> Callable:
    """The run function of an engine. `address` (Ray only) names a running cluster."""
    if engine == "local":
        if address:
            raise ValueError("--address needs --engine ray")
        from ..process import run

        return run
    if engine == "ray":
        from .ray_engine import run

        return functools.partial(run, address=address)
    raise ValueError(f"unknown engine '{engine}' (expected one of {', '.join(ENGINES)})")
