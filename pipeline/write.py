"""Stage 6, write: records to JSON files that are byte-identical for the same input
(keys sorted, fixed indentation, a final newline) and never half-written (written to a
temporary file in the same folder, then renamed over the old one)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from pydantic import BaseModel


def to_json(data: BaseModel | dict | list) -> str:
    if isinstance(data, BaseModel):
        data = data.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def write_atomic(path: Path, content: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # The temporary name is cut short: a 250-character output name must still fit the
    # file system's 255 bytes once prefixed and suffixed.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
            # Why: without fsync a crash after the rename can leave an empty file in place
            # of the old one, which is the half-written output this function promises against.
            handle.flush()
            os.fsync(handle.fileno())
        # Why: mkstemp creates the file 0600; an output should get the mode any new file
        # gets (0644 under the usual umask), not become private to its writer.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_if_changed(path: Path, write) -> bool:
    """write(handle) writes a file's new content into a temporary file beside it, which
    replaces the file unless their bytes are the same (then no rewrite, no new mtime).
    Streams: for files too large to hold as one string. True when replaced."""
    import filecmp

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            write(handle)
            handle.flush()
            if path.is_file() and os.path.getsize(path) == handle.tell() and filecmp.cmp(tmp, path, shallow=False):
                return False
            os.fsync(handle.fileno())  # as in write_atomic: never an empty file after a crash
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
        return True
    finally:
        Path(tmp).unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)  # the only portable way to read it is to set it
    os.umask(mask)
    return mask


def output_path(outputs: Path, source: str) -> Path:
    return Path(outputs) / f"{source}.json"
