"""Engine `ray`: the per-document stages on Ray Data.

    paths --(driver: cache look-up, read bytes)--> dataset of documents, one block per chunk
          --map_batches over an actor pool--> (index, output JSON | error, fingerprint)
          --(driver: in path order)--> Result, exactly as `pipeline.process.run` yields them

The documents travel as bytes in the dataset (put into the object store a chunk at a
time, so the driver never holds the corpus), so the actors need no access to the
driver's files: the same command runs in local mode (`ray.init()` on this machine's
cores) or on a running cluster (`address`). Each actor loads every language's spaCy
pipeline once (`warm_up`) and then processes a chunk of documents at a time with the
local engine's own code (`iter_process`), on a private copy of the files under their
own names, so a record, its ID and its provenance are the ones the local engine writes.
Blocks are the local engine's chunks (same `chunk_size`, same order), so NER is even
batched the same way.

Everything else stays on the driver: the result cache (looked up before, filled after),
files that cannot be shipped (missing, a directory, an unknown type, over the size
limit: they fail at reading, before any model is needed, and go through the local code
here so their one-line error is the local one), and the order of the results.

An actor reports the fingerprint of its code, language data and library versions
(`pipeline.cache.pipeline_fingerprint`); a cluster that runs anything else than the
driver is an error, not a batch of subtly different outputs. When connecting to a
cluster, the driver's `pipeline` package is shipped with the job (`py_modules`), so only
the libraries and spaCy pipelines need installing on the nodes.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterator

from ..process import Result
from . import EngineError

INSTALL_HINT = 'the ray engine needs Ray Data: python3 -m pip install -e ".[ray]"'


def available() -> bool:
    try:
        import ray  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError:
        return False
    return True


def _shippable(path: Path) -> bytes | None:
    """The file's bytes when an actor can process it like the local engine would; None
    for a file that fails at reading (its error is made locally, identical)."""
    from ..read import FORMATS, MAX_BYTES

    try:
        if not path.is_file() or path.suffix.lower() not in FORMATS or path.stat().st_size > MAX_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _quiet_ray_data() -> None:
    from ray.data import DataContext

    logging.getLogger("ray.data").setLevel(logging.ERROR)
    ctx = DataContext.get_current()
    ctx.enable_progress_bars = False
    for name in ("enable_operator_progress_bars", "print_on_execution_start"):
        if hasattr(ctx, name):
            setattr(ctx, name, False)


LOCAL_HEALTH_CHECKS = {"health_check_period_ms": 3000, "health_check_timeout_ms": 30000,
                       "health_check_failure_threshold": 30}


def _connect(address: str | None, workers: int) -> bool:
    """Start Ray or connect to a cluster unless the caller already did. True when this
    call started it (and so must shut it down)."""
    import ray

    if ray.is_initialized():
        return False
    common = dict(include_dashboard=False, logging_level=logging.WARNING, log_to_driver=False)
    if address:
        package = Path(__file__).resolve().parent.parent
        ray.init(address=address, runtime_env={"py_modules": [str(package)]}, **common)
    else:
        # A local node on a busy machine answers health checks late; Ray's defaults then
        # declare it dead and take the driver down with it.
        ray.init(num_cpus=workers or os.cpu_count() or 1, object_store_memory=512 * 2**20,
                 _system_config=LOCAL_HEALTH_CHECKS, **common)
    return True


class _Extractor:
    """An actor of the pool: the pipelines load once, in the constructor; each call is
    one chunk of documents."""

    def __init__(self, limits=None) -> None:
        import tempfile

        from ..limits import DEFAULT

        from ..cache import pipeline_fingerprint
        from ..process import warm_up

        warm_up()
        self.fingerprint = pipeline_fingerprint()
        # The limits checked while reading and cleaning (size, pages, characters,
        # symbol runs); wall time and memory are the cluster's own business.
        self.limits = limits or DEFAULT
        self.folder = Path(tempfile.mkdtemp(prefix="cluster-extract-ray-"))

    def __call__(self, batch):
        import shutil
        import tempfile

        import pyarrow as pa

        from ..process import iter_process
        from ..write import to_json

        rows = batch.to_pylist()
        out = {"index": [], "json": [], "error": [], "fingerprint": []}
        work = Path(tempfile.mkdtemp(dir=self.folder))
        try:
            files = []
            for row in rows:
                # One folder per document: two sources of one batch may share a name.
                folder = work / str(row["index"])
                folder.mkdir()
                (folder / row["name"]).write_bytes(row["data"])
                files.append(folder / row["name"])
            for row, (_, record, error) in zip(rows, iter_process(files, chunk_size=max(1, len(files)), limits=self.limits)):
                out["index"].append(row["index"])
                out["json"].append(to_json(record) if record is not None else None)
                # The reason only: the driver names the file as the user gave it.
                out["error"].append(getattr(error, "reason", str(error)) if error is not None else None)
                out["fingerprint"].append(self.fingerprint)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return pa.table(out, schema=pa.schema([("index", pa.int64()), ("json", pa.string()), ("error", pa.string()),
                                               ("fingerprint", pa.string())]))


def _input_schema():
    import pyarrow as pa

    return pa.schema([("index", pa.int64()), ("name", pa.string()), ("data", pa.binary())])


def _pool_size(workers: int, n_chunks: int) -> int:
    import ray

    if workers <= 0:
        workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
    return max(1, min(workers, n_chunks))


def run(paths: list[Path], cache=None, workers: int = 0, chunk_size: int = 16, address: str | None = None,
        limits=None) -> Iterator[Result]:
    """Process files on Ray, reusing cached results. Results come back in the order of
    `paths`, as `pipeline.process.run` gives them. `workers`: actors in the pool (0:
    one per CPU of the cluster); `address`: a running cluster (None: local mode)."""
    if not available():
        raise EngineError(INSTALL_HINT)
    import pyarrow as pa
    import ray
    import ray.data

    from ..cache import pipeline_fingerprint
    from ..errors import InputError
    from ..process import iter_process

    paths = [Path(p) for p in paths]
    max_bytes = limits.max_bytes if limits is not None else None
    # (key, SHA-256 of the bytes) per document, as the local engine keys its cache
    identities = {p: (cache.identity(p, max_bytes) if cache else None) for p in paths}
    keys = {p: (identities[p][0] if identities[p] else None) for p in paths}
    hits: dict[int, str] = {}
    todo: list[int] = []
    for i, p in enumerate(paths):
        hit = cache.get_document(keys[p], p.name, identities[p][1]) if identities[p] else None
        if hit is not None:
            hits[i] = hit
        else:
            todo.append(i)
    # The local engine's chunks, in its order: NER then sees the same batches.
    chunks = [todo[k:k + chunk_size] for k in range(0, len(todo), chunk_size)]
    fresh: dict[int, tuple[str | None, str | None]] = {}
    batches: Iterator = iter(())
    started = False
    expected = pipeline_fingerprint()
    try:
        refs = []
        for chunk in chunks:
            rows: dict[str, list] = {"index": [], "name": [], "data": []}
            for i in chunk:
                data = _shippable(paths[i])
                if data is None:  # fails at reading: the local code says how
                    (_, record, error), = iter_process([paths[i]], **({"limits": limits} if limits else {}))
                    fresh[i] = (_to_json(record) if record is not None else None, str(error) if error is not None else None)
                    continue
                rows["index"].append(i)
                rows["name"].append(paths[i].name)
                rows["data"].append(data)
            if rows["index"]:
                if not refs:
                    started = _connect(address, workers)
                    _quiet_ray_data()
                # Into the object store a chunk at a time (it spills to disk when full):
                # the driver never holds the corpus.
                refs.append(ray.put(pa.table(rows, schema=_input_schema())))
        if refs:
            pool = ray.data.ActorPoolStrategy(size=_pool_size(workers, len(refs)))
            dataset = ray.data.from_arrow_refs(refs).map_batches(_Extractor, batch_size=None, batch_format="pyarrow",
                                                                 compute=pool, num_cpus=1,
                                                                 fn_constructor_kwargs={"limits": limits})
            del refs
            batches = iter(dataset.iter_batches(batch_size=None, batch_format="pyarrow"))
        for i, p in enumerate(paths):
            if i in hits:
                yield Result(p, hits[i], None, cached=True)
                continue
            while i not in fresh:
                batch = next(batches).to_pydict()
                for index, json_text, reason, fingerprint in zip(batch["index"], batch["json"], batch["error"],
                                                                 batch["fingerprint"]):
                    if fingerprint != expected:
                        raise EngineError("a Ray worker runs other code, language data or library versions than this "
                                          "machine: install the same versions on the cluster")
                    fresh[index] = (json_text, str(InputError(paths[index], reason)) if reason is not None else None)
            json_text, error = fresh.pop(i)
            if json_text is not None and cache:
                cache.put(keys[p], json_text)
            yield Result(p, json_text, error)
    finally:
        close = getattr(batches, "close", None)
        if close is not None:
            close()
        if started:
            ray.shutdown()


def _to_json(record) -> str:
    from ..write import to_json

    return to_json(record)
