"""Stage 1, read: a file on disk -> its text as a string, with the format it came in.

Every problem with the file becomes an InputError naming the file and the reason, so a
batch can report it on one line and go on with the other files.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}
MAX_BYTES = 20 * 1024 * 1024  # a press release is a few kB; 20 MB is far beyond any real one
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


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


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from None
    if path.is_dir():
        raise InputError(path, "is a directory, not a document")
    if size > MAX_BYTES:
        # Why MiB on both sides: with 1e6 the 20 MiB limit printed as "21 MB" and a 21.0 MB
        # file read as within it.
        raise InputError(path, f"file too large ({size / 2**20:.1f} MB; the limit is {MAX_BYTES / 2**20:.0f} MB)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from None


def decode_text(data: bytes, path: Path) -> str:
    """Bytes of a text file -> str. UTF-8 (with or without BOM), UTF-16 with BOM, else
    cp1252 (the usual encoding of French text saved on Windows), else latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(path, f"invalid {encoding} text") from None
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_document(path: Path) -> RawDocument:
    path = Path(path)
    if path.is_dir():  # why: before the extension check, so "reports/" is named a directory, not an unknown type
        raise InputError(path, "is a directory, not a document")
    fmt = document_format(path)
    data = read_bytes(path)
    if fmt == "pdf":
        from .pdf import read_pdf_text  # pdfplumber is slow to import: only for PDFs

        text = read_pdf_text(path)
    else:
        text = decode_text(data, path)
    if not text.strip():
        raise InputError(path, "empty document (no text)")
    return RawDocument(path.name, path, fmt, text, hashlib.sha256(data).hexdigest())
