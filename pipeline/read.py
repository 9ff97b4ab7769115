"""Stage 1, read: a file on disk -> its text as a string, with the format it came in.

Every problem with the file becomes an InputError naming the file and the reason, so a
batch can report it on one line and go on with the other files.

Only regular files are read (a symlink to /dev/zero, a named pipe or a device is
refused without blocking), and never more than the size limit plus one byte, whatever
`stat` says. Text files are decoded from their byte-order mark, else as UTF-16/32 when their NUL
bytes fall where those put them, else as UTF-8, else in the Western single-byte encoding
(cp1252, latin-1, Mac Roman) that reads them with the fewest oddities, under a
confidence threshold; what none reads cleanly, or what decodes to control characters,
is refused as not text.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, LimitExceeded
from .limits import DEFAULT, Limits

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}
MAX_BYTES = DEFAULT.max_bytes  # a press release is a few kB; 20 MB is far beyond any real one
# UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# The single-byte encodings a Western-European text file comes in, when it is not UTF-8.
LEGACY_ENCODINGS = ["cp1252", "latin_1", "mac_roman"]
MAX_NON_ASCII_SHARE = 0.30
MAX_ODD_SHARE = 0.05  # confidence threshold: share of a reading's non-ASCII characters that may be odd
_LOWER = "a-zß-öø-ÿœ"
_ODD = re.compile(rf"(?<=[A-Z{_LOWER}])[^\x00-\x7f{_LOWER}’·](?=[{_LOWER}])")
MAX_CONTROL_SHARE = 0.001  # control characters allowed in text (besides tab and line breaks)
# Control characters (but tab and line breaks), surrogates and private-use characters.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff]")


@dataclass(frozen=True)
class RawDocument:
    source: str  # file name, the key of every output
    path: Path
    format: str
    text: str
    sha256: str  # of the file's bytes: the cache key and the output's fingerprint


def document_format(path: Path) -> str:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(path, f"unsupported file type '{path.suffix or '(none)'}' (expected one of {', '.join(sorted(set(FORMATS)))})")
    return fmt


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes: a regular file only (a symlink is followed to a regular file),
    opened without blocking, and read to at most max_bytes + 1 bytes."""
    path = Path(path)
    try:
        # O_NONBLOCK: opening a named pipe with no writer must not hang.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise InputError(path, "is a directory, not a document") from None
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(path, "is a directory, not a document")
        if not stat.S_ISREG(mode):
            raise InputError(path, f"is {_kind(mode)}, not a regular file")
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if size > max_bytes:
        # Why MiB: with 1e6 the 20 MiB limit printed as "21 MB" and a 21.0 MB file read as within it.
        raise LimitExceeded(path, f"file too large (more than {_mb(max_bytes)})", "max-bytes")
    return b"".join(chunks)


def _mb(n: int) -> str:
    return f"{n / 2**20:g} MB" if n >= 2**20 else f"{n} bytes"


def _utf16_or_32_without_bom(data: bytes) -> str | None:
    """UTF-16 or UTF-32 text without a byte-order mark, recognised by where its NUL bytes
    fall (every other byte, or three of four, for text in Latin script)."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    for width, order in ((4, "le"), (4, "be"), (2, "le"), (2, "be")):
        if len(data) % width:
            continue
        units = [sample[i:i + width] for i in range(0, len(sample) - width + 1, width)]
        zero_high = sum(u[1:] == b"\0" * (width - 1) if order == "le" else u[:-1] == b"\0" * (width - 1) for u in units)
        if zero_high >= 0.9 * len(units):
            try:
                return data.decode(f"utf-{width * 8}-{order}")
            except UnicodeDecodeError:
                return None
    return None


def decode_text(data: bytes, path: Path) -> str:
    """Bytes of a text file -> str, or InputError when they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), path, encoding)
            except UnicodeDecodeError:
                raise InputError(path, f"invalid {encoding} text") from None
    if b"\x00" in data:
        text = _utf16_or_32_without_bom(data)
        if text is None:
            raise InputError(path, "binary file, not text")
        return _checked(text, path, "UTF-16/32")
    try:
        return _checked(data.decode("utf-8"), path, "utf-8")
    except UnicodeDecodeError:
        pass
    return _checked(_legacy_decode(data, path), path, "a legacy encoding")


def _legacy_decode(data: bytes, path: Path) -> str:
    """The single-byte encoding that reads the bytes with the fewest oddities (a capital
    or a symbol between two lower-case letters: "dŽveloppement", "dÈveloppement", or a
    control character), preferring the most common on a tie; refused when even the best
    reading is odd in more than a few percent of its non-ASCII characters."""
    best: tuple[int, str] | None = None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        odd = len(_ODD.findall(text)) + 10 * len(_NOT_TEXT.findall(text))
        if best is None or odd < best[0]:
            best = (odd, text)
        if odd == 0:
            break
    non_ascii = sum(b > 0x7F for b in data)
    # Western text is mostly ASCII (French: a few percent of accented letters).
    if best is None or best[0] > MAX_ODD_SHARE * non_ascii or non_ascii > MAX_NON_ASCII_SHARE * len(data):
        raise InputError(path, "not text: no known encoding (UTF-8, UTF-16/32, cp1252, latin-1, Mac Roman) reads it cleanly")
    return best[1]


def _checked(text: str, path: Path, encoding: str) -> str:
    """Refuse decoded text made of control characters (random bytes, a wrong encoding)."""
    if not text:
        return text
    controls = len(_NOT_TEXT.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise InputError(path, f"not text: {controls} control or unassigned characters when read as {encoding}")
    return text


def read_document(path: Path, limits: Limits = DEFAULT) -> RawDocument:
    path = Path(path)
    if path.is_dir():  # why: before the extension check, so "reports/" is named a directory, not an unknown type
        raise InputError(path, "is a directory, not a document")
    fmt = document_format(path)
    data = read_bytes(path, limits.max_bytes)
    if fmt == "pdf":
        from .pdf import read_pdf_text  # pdfplumber is slow to import: only for PDFs

        text = read_pdf_text(path, data=data, limits=limits)
    else:
        text = decode_text(data, path)
    if not text.strip():
        raise InputError(path, "empty document (no text)")
    return RawDocument(path.name, path, fmt, text, hashlib.sha256(data).hexdigest())
