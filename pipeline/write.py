"""Stage 6, write: records to JSON files that are byte-identical for the same input
(keys sorted, fixed indentation, a final newline) and never half-written (written to a
temporary file in the same folder, then renamed over the old one)."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from pydantic import BaseModel


try:  # a C encoder for indented JSON: json.dumps encodes in Python as soon as it indents
    import orjson
except ImportError:  # pragma: no cover - a dependency; without it the bytes are the same, slower
    orjson = None

# What orjson writes differently from json.dumps: floats in exponent notation (1e16 for
# 1e+16, 0.000015 for 1.5e-05). Where one may occur (a number token with an "e", or
# "0.0000" anywhere, a text's too), json.dumps writes the whole.
_DIGIT_E = re.compile(rb"e(?<=[0-9]e)")  # written so: a scan for "e", then a look back (fast)
_NUMBER_BYTES = frozenset(b"0123456789.")


def _exponent_number(out: bytes) -> bool:
    """A number token with an exponent in orjson's indented output: digits and an "e"
    after a space (": " or the indentation of a list), not inside a word or an ID
    ("rfi_3e5a"). A text holding " 3e5" counts too (json.dumps is taken needlessly)."""
    for m in _DIGIT_E.finditer(out):
        i = m.start() - 1
        while i >= 0 and out[i] in _NUMBER_BYTES:
            i -= 1
        if i >= 0 and out[i] == 0x2D:  # a minus sign
            i -= 1
        if i < 0 or out[i] == 0x20:  # the whole text, or a token after a space
            return True
    return False


# json's C encoder (compact, fast) refuses NaN and infinities, which orjson writes as null
_FINITE = json.JSONEncoder(allow_nan=False, check_circular=False)


def dumps(data) -> str:
    """json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2), byte for byte, fast."""
    if orjson is not None:
        try:
            _FINITE.encode(data)
            out = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
        except (TypeError, ValueError):
            out = None  # NaN, lone surrogates, integers beyond 64 bits, keys that are not strings
        if out is not None and b"0.0000" not in out and not _exponent_number(out):
            return out.decode("utf-8")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2)


def loads(text: str | bytes):
    """json.loads, with orjson's parser where it reads the text (not NaN, nor integers
    beyond 64 bits, which json reads)."""
    if orjson is not None:
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass
    return json.loads(text)


def to_json(data: BaseModel | dict | list) -> str:
    if isinstance(data, BaseModel):
        data = data.model_dump(mode="json")
    return dumps(data) + "\n"


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
