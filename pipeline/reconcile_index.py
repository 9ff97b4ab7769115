"""The reconciled view of an outputs folder, kept up to date in an index rather than
rebuilt from every document in memory.

`reconcile.reconcile(docs)` holds every document and compares them all again on every
run. Here each document output is read once into an SQLite index (the fields that
reconciliation reads, its blocking keys, one row per person and contact mention), and
every part of the view is kept in the index as written (JSON text), under what it was
made from. A run reads only the outputs that changed (size and modification time, then
their SHA-256) and redoes only what they touch:

- translation pairs: the changed documents' candidate pairs (rc.candidate_pairs: at
  least MIN_SHARED_RECORDS records shared through keys that at most RARE_KEY_DOCS
  documents have) are scored, and those of the documents holding a key that has just
  turned rare or common; the groups are then formed again from the pairs kept, which
  are few;
- figures: a changed or regrouped document's own, a changed group's;
- persons: the names a changed or regrouped document gives (respellings made again only
  when groups change or a document starts or stops naming a grouped name); contacts:
  the changed documents' addresses and numbers;
- conflicts: the groups whose versions, persons or contacts changed;
- clusters: again from the cluster rows (a few per document) when a document's cluster
  records or date changed.

The view is then written section by section, streaming the rows in the view's order:
the output is byte-identical to `to_json(reconcile(docs, sources_dir))` (tests prove it
on the seeds and on generated corpora, over random sequences of changes), and memory is
bounded by what one run touches, not by the number of documents. A large change (a
first run, a rule change) takes the bulk path: candidate pairs from one grouping of the
key table, scored by worker processes; persons and contacts a chunk of names at a time.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import time
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, TextIO

from . import reconcile as rc
from .extract.text import normalise
from .models import SCHEMA_VERSION, Conflict, ContactInSource, PairEvidence, PersonInSource, ReconciledContact, ReconciledPerson
from .write import dumps, orjson
from .write import loads as _loads

INDEX_VERSION = "3"
PROFILE_CACHE = 2048  # light document profiles kept while scoring candidate pairs (~30 KB each)
PARALLEL_PAIRS = 4000  # from this many candidate pairs to score, worker processes score them
CHUNK = 500  # names (or contact keys) reconciled per query on the bulk path
BULK_SHARE = 0.2  # a change to more than this share of the documents takes the bulk path
SECTIONS = ("clusters", "conflicts", "contacts", "figures", "persons", "translation_groups")  # the view's key order

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS docs(source TEXT PRIMARY KEY, file TEXT, size INTEGER, mtime INTEGER, digest TEXT,
                                language TEXT, summary TEXT);
CREATE TABLE IF NOT EXISTS keys(key TEXT, source TEXT, kind TEXT, language TEXT);
CREATE TABLE IF NOT EXISTS keycount(key TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS links(a TEXT, b TEXT, score REAL, evidence TEXT, PRIMARY KEY(a, b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS groups_out(id TEXT PRIMARY KEY, sig TEXT, srcs TEXT, sources TEXT, json TEXT);
CREATE TABLE IF NOT EXISTS names(name_key TEXT, source TEXT, pos INTEGER, name TEXT, data TEXT);
CREATE TABLE IF NOT EXISTS persons_out(unit TEXT, sortname TEXT, id TEXT, json TEXT);
CREATE TABLE IF NOT EXISTS person_src(unit TEXT, source TEXT, id TEXT, name TEXT, data TEXT);
CREATE TABLE IF NOT EXISTS contacts(ckey TEXT, source TEXT, pos INTEGER, data TEXT);
CREATE TABLE IF NOT EXISTS contacts_out(ckey TEXT PRIMARY KEY, e TEXT, p TEXT, id TEXT, name TEXT, json TEXT);
CREATE TABLE IF NOT EXISTS contact_src(ckey TEXT, source TEXT, data TEXT);
CREATE TABLE IF NOT EXISTS cluster_rows(source TEXT PRIMARY KEY, date TEXT, clusters TEXT);
CREATE TABLE IF NOT EXISTS clusters_out(sortname TEXT, id TEXT, json TEXT);
CREATE TABLE IF NOT EXISTS figures_out(owner TEXT, grp TEXT, srcs TEXT, unit TEXT, value, id TEXT, json TEXT);
CREATE TABLE IF NOT EXISTS figure_conflicts(grp TEXT, json TEXT);
CREATE TABLE IF NOT EXISTS conflicts_out(grp TEXT, rtype TEXT, kind TEXT, rid TEXT, detail TEXT, json TEXT);
"""
# Made once after a first fill (sorting is faster than inserting into them row by row).
INDEXES = """
CREATE INDEX IF NOT EXISTS keys_key ON keys(key, source, language);
CREATE INDEX IF NOT EXISTS keys_source ON keys(source);
CREATE INDEX IF NOT EXISTS links_b ON links(b);
CREATE INDEX IF NOT EXISTS names_key ON names(name_key, source, pos);
CREATE INDEX IF NOT EXISTS names_source ON names(source);
CREATE INDEX IF NOT EXISTS persons_out_unit ON persons_out(unit);
CREATE INDEX IF NOT EXISTS persons_out_order ON persons_out(sortname, id);
CREATE INDEX IF NOT EXISTS person_src_unit ON person_src(unit);
CREATE INDEX IF NOT EXISTS person_src_source ON person_src(source);
CREATE INDEX IF NOT EXISTS contacts_key ON contacts(ckey, source, pos);
CREATE INDEX IF NOT EXISTS contacts_source ON contacts(source);
CREATE INDEX IF NOT EXISTS contacts_out_order ON contacts_out(e, p, id);
CREATE INDEX IF NOT EXISTS contact_src_key ON contact_src(ckey);
CREATE INDEX IF NOT EXISTS contact_src_source ON contact_src(source);
CREATE INDEX IF NOT EXISTS clusters_out_order ON clusters_out(sortname, id);
CREATE INDEX IF NOT EXISTS figures_out_owner ON figures_out(owner);
CREATE INDEX IF NOT EXISTS figures_out_order ON figures_out(grp, srcs, unit, value, id);
CREATE INDEX IF NOT EXISTS figure_conflicts_grp ON figure_conflicts(grp);
CREATE INDEX IF NOT EXISTS conflicts_out_grp ON conflicts_out(grp);
CREATE INDEX IF NOT EXISTS conflicts_out_order ON conflicts_out(grp, rtype, kind, rid, detail, json);
"""
TABLES = ("meta", "docs", "keys", "keycount", "links", "groups_out", "names", "persons_out", "person_src",
          "contacts", "contacts_out", "contact_src", "cluster_rows", "clusters_out", "figures_out", "figure_conflicts",
          "conflicts_out")


def _shared_records_sql() -> str:
    """rc.shared_records over the rows of one pair's shared keys, in SQL."""
    def kinds(names) -> str:
        return ", ".join(f"'{k}'" for k in sorted(names))

    expr = f"SUM(k1.kind NOT IN ({kinds(rc.WEAK_KEYS)}))"
    for target in sorted(set(rc.WEAK_KEYS.values())):
        weak = [k for k, t in rc.WEAK_KEYS.items() if t == target]
        expr += f" + (MAX(k1.kind IN ({kinds(weak)})) AND NOT MAX(k1.kind = '{target}'))"
    return expr


# Candidate pairs (rc.candidate_pairs): documents in different languages sharing enough
# records through keys that at most RARE_KEY_DOCS documents have.
_CANDIDATES = ("SELECT k1.source, k2.source FROM keys k1 JOIN keycount c ON c.key = k1.key AND c.n BETWEEN 2 AND ? "
               "JOIN keys k2 ON k2.key = k1.key AND {pair} AND k2.language != k1.language {where} "
               "GROUP BY k1.source, k2.source HAVING " + _shared_records_sql() + " >= ?")


# --- what is kept of a document ------------------------------------------------------------


def is_document(doc) -> bool:
    """A document output (what rebuild_reconciled accepts), not a view or a stray file."""
    return isinstance(doc, dict) and isinstance(doc.get("source"), str) and isinstance(doc.get("persons"), list)


def summarise(doc: dict) -> dict:
    """The fields of a document output that reconciliation reads."""
    def prov(r: dict) -> dict:
        return {"start": r["provenance"]["start"], "text": r["provenance"]["text"]}

    return {
        "source": doc["source"], "language": doc["language"], "date": doc.get("date"),
        "dated_mentions": [{"date": m["date"]} for m in doc.get("dated_mentions") or []],
        "persons": [{"id": p["id"], "name": p["name"], "role": p["role"], "role_code": p["role_code"],
                     "organization": p["organization"], "organization_cluster_id": p.get("organization_cluster_id"),
                     "provenance": prov(p)} for p in doc["persons"]],
        "contacts": [{"id": c["id"], "name": c["name"], "organization": c["organization"], "email": c["email"],
                      "phone": c["phone"], "phone_as_written": c["phone_as_written"]} for c in doc["contacts"]],
        "figures": [{"id": f["id"], "value": f["value"], "value_max": f["value_max"], "unit": f["unit"],
                     "qualifier": f["qualifier"], "about": f["about"], "provenance": prov(f)} for f in doc["figures"]],
        "clusters": [{"id": c["id"], "name": c["name"], "registry_id": c["registry_id"], "aliases": c["aliases"],
                      "members": c["members"]} for c in doc["clusters"]],
    }


def _compact(obj) -> str:
    """JSON kept in the index: compact, any key order."""
    if orjson is not None:
        try:
            return orjson.dumps(obj).decode("utf-8")
        except TypeError:  # integers beyond 64 bits, lone surrogates
            pass
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _element(data: dict) -> str:
    """A record as `to_json` writes it inside one of the view's lists (indented twice)."""
    return dumps(data).replace("\n", "\n    ")  # no raw newline in JSON strings


def _key_text(key: tuple) -> str:
    # 0.0 and -0.0 are one key in Python, and must be one here too
    return "\x1f".join(str(0.0 if isinstance(x, float) and x == 0 else x) for x in key)


def _srcs(sources: Iterable[str]) -> str:
    """Sources as one text that sorts as the list does (NUL sorts before any character)."""
    return "\0".join(sources)


def _contact_key(c: dict) -> str:
    return _compact([c["email"], c["phone"], normalise(c["name"] or "")])


@dataclass(frozen=True)
class _Link:
    """A kept pair, light: what grouping reads, and its evidence as written."""

    sources: list[str]
    score: float
    decided_by: str
    json: str


# --- scoring candidate pairs ------------------------------------------------------------------


class _Profiles:
    """The documents of an index as candidate pairs are scored on them: light profiles
    (a figure keeps only what the score reads) for the PROFILE_CACHE documents used
    last, and full ones for the evidence of a kept pair."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.cache: OrderedDict[str, dict] = OrderedDict()

    def summary(self, source: str) -> dict:
        return _loads(self.db.execute("SELECT summary FROM docs WHERE source = ?", (source,)).fetchone()[0])

    def light(self, source: str) -> dict:
        if source in self.cache:
            self.cache.move_to_end(source)
            return self.cache[source]
        profile = rc._profile(self.summary(source))
        profile["figures"] = [{"value": f["value"], "value_max": f["value_max"], "unit": f["unit"], "qualifier": f["qualifier"],
                               "provenance": {"start": f["provenance"]["start"]}, "printed": rc.printed_number(f)}
                              for f in profile["figures"]]
        self.cache[source] = profile
        if len(self.cache) > PROFILE_CACHE:
            self.cache.popitem(last=False)
        return profile

    def evidence(self, a: str, b: str, decided_by: str = "content") -> PairEvidence:
        return rc.pair_evidence({"source": a}, {"source": b}, rc._profile(self.summary(a)), rc._profile(self.summary(b)),
                                decided_by=decided_by)

    def keep(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str, float, str]]:
        """The pairs that score at the threshold, with their evidence as written."""
        kept = []
        for a, b in pairs:
            if rc._compare(self.light(a), self.light(b), explain=False)["score"] >= rc.TRANSLATION_THRESHOLD:
                ev = self.evidence(a, b)
                kept.append((a, b, ev.score, _element(ev.model_dump(mode="json"))))
        return kept


def _keep_elsewhere(path: Path, pairs: list[tuple[str, str]], workers: int) -> list[tuple[str, str, float, str]]:
    """_Profiles.keep over `workers` processes (`python -m pipeline.reconcile_index
    INDEX`, pairs in and kept pairs out as JSON), each on its own read-only connection.
    Plain processes, not multiprocessing: nothing of this one (threads of Ray or SQLite,
    an unguarded main module) is forked or imported again."""
    import subprocess
    import sys

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).resolve().parent.parent),
                                                                     os.environ.get("PYTHONPATH")]))}
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline.reconcile_index", str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, env=env) for _ in range(workers)]
    outs = []
    try:
        for i, proc in enumerate(procs):  # each gets its share, then reads while the others still get theirs
            proc.stdin.write(_compact(pairs[i::workers]).encode())
            proc.stdin.close()
        for proc in procs:
            out = proc.stdout.read()
            if proc.wait() != 0:
                raise RuntimeError(f"scoring candidate pairs: worker process exited with {proc.returncode}")
            outs.append(out)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    return [tuple(row) for out in outs for row in _loads(out)]


def _keep_main(path: str) -> None:
    """The worker of _keep_elsewhere: pairs (JSON) on stdin, kept pairs on stdout."""
    import sys

    db = sqlite3.connect(Path(path).as_uri() + "?mode=ro", uri=True, timeout=600)
    try:
        sys.stdout.write(_compact(_Profiles(db).keep([tuple(p) for p in _loads(sys.stdin.buffer.read())])))
    finally:
        db.close()


# --- the index ---------------------------------------------------------------------------------


class ReconcileIndex:
    """The documents of one outputs folder and every part of their reconciled view, in an
    SQLite file (a temporary one when `path` is None). Only a cache: a damaged or
    outdated file (another index version or pipeline) is made again."""

    def __init__(self, path: Path | None = None, fingerprint: str = "", workers: int = 0):
        self._tmp = None
        if path is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="reconcile-index-")
            path = Path(self._tmp.name) / "index.sqlite"
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        version = f"{INDEX_VERSION}:{fingerprint}"
        try:
            self._open(version)
        except sqlite3.DatabaseError:  # not an index (a damaged file): start again
            self.db.close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._open(version)
        self.timings: dict[str, float] = {}
        self._filling = False
        self.scored = 0  # pairs this run had to score (the tests: only a changed document's)
        self.workers = max(1, min(workers or os.cpu_count() or 1, 4))
        self.profiles = _Profiles(self.db)

    def _open(self, version: str) -> None:
        # A second batch on the same outputs waits for the first rather than failing.
        self.db = sqlite3.connect(str(self.path), isolation_level=None, timeout=600)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA cache_size=-65536")
        self.db.execute("PRAGMA temp_store=FILE")  # large sorts (the first grouping of keys) on disk, not in memory
        try:
            row = self.db.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
        except sqlite3.OperationalError:  # no meta table: a new file
            row = None
        if row is None or row[0] != version:
            for table in TABLES:
                self.db.execute(f"DROP TABLE IF EXISTS {table}")
        self.db.executescript(SCHEMA + INDEXES)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (version,))
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS sel(k TEXT PRIMARY KEY)")

    def close(self) -> None:
        self.db.close()
        if self._tmp is not None:
            self._tmp.cleanup()

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def _select(self, values: Iterable[str]) -> None:
        self.db.execute("DELETE FROM temp.sel")
        self.db.executemany("INSERT OR IGNORE INTO temp.sel VALUES (?)", ((v,) for v in values))

    # --- reading the outputs ---------------------------------------------------------------

    def update(self, files: list[Path], manual_pairs: Callable[[list[str]], tuple[set, set]] | None = None,
               warn: Callable[[str], None] | None = None) -> bool:
        """Bring the index in step with these document outputs and the manual pairings
        (`manual_pairs(sources)` gives the pairs stated and denied by hand, as
        reconcile.load_manual does); True when the view changed.

        Two transactions under a lock file (another run on the same index waits): the
        documents read, then everything made from them (worker processes scoring pairs
        read the documents the first one committed). A run that died between the two
        leaves a mark, and the next one starts the index again from scratch."""
        clock = time.perf_counter()
        self.timings = {}
        self.scored = 0

        def lap(name: str) -> None:  # seconds per step, for the benchmark
            nonlocal clock
            now = time.perf_counter()
            self.timings[name] = round(now - clock, 3)
            clock = now

        import fcntl

        with open(f"{self.path}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                self.db.execute("BEGIN IMMEDIATE")
                if self.meta("pending"):  # the last run died half-way: its derived tables are stale
                    for table in TABLES:
                        self.db.execute(f"DELETE FROM {table}" + (" WHERE k != 'version'" if table == "meta" else ""))
                changed = self._read(files, warn)
                lap("read")
                known = [source for (source,) in self.db.execute("SELECT source FROM docs ORDER BY source")]
                manual, denied = manual_pairs(known) if manual_pairs else (set(), set())
                manual_text = _compact(sorted(sorted(p) for p in manual)) + _compact(sorted(sorted(p) for p in denied))
                if not changed and self.meta("manual") == manual_text:
                    self.db.execute("COMMIT")
                    return False
                self.set_meta("pending", "1")
                self.db.execute("COMMIT")
                self.db.execute("BEGIN IMMEDIATE")
                self.set_meta("manual", manual_text)
                self._refresh(changed, manual, denied, lap)
                self.db.execute("DELETE FROM meta WHERE k = 'pending'")
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                self.profiles.cache.clear()
                raise
        return True

    def _read(self, files: list[Path], warn) -> dict[str, tuple[dict | None, dict | None]]:
        """Read the outputs that are new or changed (by size and modification time, then
        by digest) into the index; returns source -> (old trace, new trace), None where
        the document was not or is no longer there."""
        known = {file: (source, size, mtime, digest) for source, file, size, mtime, digest in
                 self.db.execute("SELECT source, file, size, mtime, digest FROM docs")}
        present = {p.name for p in files}
        file_of = {entry[0]: file for file, entry in known.items()}
        changed: dict[str, tuple[dict | None, dict | None]] = {}
        seen: set[str] = set()
        self._filling = not known  # a first fill: indexes and key counts made at the end
        if self._filling:
            for (index,) in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall():
                self.db.execute(f"DROP INDEX {index}")

        def drop(source: str) -> None:
            changed[source] = (changed[source][0] if source in changed else self._remove(source), None)

        for path in files:
            name = path.name
            entry = known.pop(name, None)
            try:
                st = path.stat()
                if entry is not None and (entry[1], entry[2]) == (st.st_size, st.st_mtime_ns):
                    seen.add(entry[0])
                    continue
                data = path.read_bytes()
            except OSError as exc:
                if warn:
                    warn(f"{path}: cannot read ({exc.strerror or exc}); left out of the reconciled view")
                if entry is not None:
                    drop(entry[0])
                continue
            digest = hashlib.sha256(data).hexdigest()
            if entry is not None and entry[3] == digest:
                self.db.execute("UPDATE docs SET size = ?, mtime = ? WHERE file = ?", (st.st_size, st.st_mtime_ns, name))
                seen.add(entry[0])
                continue
            if entry is not None:  # the file's old document is gone (its new one is added below)
                drop(entry[0])
            try:
                doc = _loads(data)
            except (ValueError, UnicodeDecodeError):
                if warn:
                    warn(f"{path}: not valid JSON; left out of the reconciled view")
                continue
            if not is_document(doc):
                if warn:
                    warn(f"{path}: not a document output; left out of the reconciled view")
                continue
            source = doc["source"]
            if source in seen or file_of.get(source, name) != name and file_of[source] in present:
                if warn:
                    warn(f"{path}: a second output of {source}; left out of the reconciled view")
                continue
            seen.add(source)
            old = changed[source][0] if source in changed else self._remove(source)
            changed[source] = (old, self._add(name, st, digest, summarise(doc)))
        for name, (source, *_rest) in known.items():  # outputs that are gone
            if source not in seen:
                drop(source)
        if self._filling:
            for statement in (SCHEMA + INDEXES).split(";"):
                if "CREATE INDEX" in statement:
                    self.db.execute(statement)
            self.db.execute("INSERT INTO keycount SELECT key, COUNT(*) FROM keys GROUP BY key")
            self._filling = False
        return {s: v for s, v in changed.items() if v != (None, None)}

    # A version's trace: what the refresh needs to know of it (its blocking keys, names,
    # contact keys, whether it names a cluster), not the whole summary, so that a first
    # run over ten thousand outputs holds none of them in memory.

    def _remove(self, source: str) -> dict | None:
        """Take a document out of the index; its trace, or None when it was not in."""
        if self.db.execute("SELECT 1 FROM docs WHERE source = ?", (source,)).fetchone() is None:
            return None
        trace = {"keys": [k for (k,) in self.db.execute("SELECT key FROM keys WHERE source = ?", (source,))],
                 "names": [k for (k,) in self.db.execute("SELECT DISTINCT name_key FROM names WHERE source = ?", (source,))],
                 "ckeys": [k for (k,) in self.db.execute("SELECT DISTINCT ckey FROM contacts WHERE source = ?", (source,))],
                 "clusters": self._cluster_digest(source)}
        for table in ("docs", "names", "contacts", "cluster_rows", "keys"):
            self.db.execute(f"DELETE FROM {table} WHERE source = ?", (source,))
        self.db.executemany("UPDATE keycount SET n = n - 1 WHERE key = ?", ((k,) for k in trace["keys"]))
        self.profiles.cache.pop(source, None)
        return trace

    def _add(self, file: str, st: os.stat_result, digest: str, s: dict) -> dict:
        """Put a document's summary into the index; its trace."""
        source = s["source"]
        self.db.execute("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (source, file, st.st_size, st.st_mtime_ns, digest, s["language"], _compact(s)))
        keys = sorted({_key_text(k) for k in rc._blocking_keys(rc._profile(s))})
        self.db.executemany("INSERT INTO keys VALUES (?, ?, ?, ?)", ((k, source, k.split("\x1f", 1)[0], s["language"]) for k in keys))
        if not self._filling:
            self.db.executemany("INSERT INTO keycount VALUES (?, 1) ON CONFLICT(key) DO UPDATE SET n = n + 1", ((k,) for k in keys))
        names = [rc.name_key(p["name"]) for p in s["persons"]]
        ckeys = [_contact_key(c) for c in s["contacts"]]
        self.db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?)",
                            ((names[i], source, i, p["name"], _compact(p)) for i, p in enumerate(s["persons"])))
        self.db.executemany("INSERT INTO contacts VALUES (?, ?, ?, ?)",
                            ((ckeys[i], source, i, _compact(c)) for i, c in enumerate(s["contacts"])))
        if s["clusters"]:
            self.db.execute("INSERT INTO cluster_rows VALUES (?, ?, ?)", (source, s["date"], _compact(s["clusters"])))
        return {"keys": keys, "names": sorted(set(names)), "ckeys": sorted(set(ckeys)), "clusters": self._cluster_digest(source)}

    def _cluster_digest(self, source: str) -> str | None:
        """What the clusters section reads of a document (its cluster records and date)."""
        row = self.db.execute("SELECT date, clusters FROM cluster_rows WHERE source = ?", (source,)).fetchone()
        return hashlib.sha256(_compact(list(row)).encode()).hexdigest() if row else None

    def _refresh(self, changed: dict[str, tuple[dict | None, dict | None]], manual, denied, lap) -> None:
        total = self.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
        bulk = len(changed) > BULK_SHARE * max(total, 1)
        self._links(changed, bulk)
        lap("pairs")
        old_group_of = dict(self.db.execute("SELECT j.value, g.id FROM groups_out g, json_each(g.sources) j"))
        groups, dirty_groups = self._groups(changed, manual, denied)
        group_of = {s: gid for gid, (sources, _) in groups.items() for s in sources}
        regrouped = {s for s in set(old_group_of) | set(group_of) if old_group_of.get(s) != group_of.get(s)}
        lap("groups")
        self._figures(changed, regrouped, groups, dirty_groups, group_of)
        lap("figures")
        conflict_groups = set(dirty_groups)
        conflict_groups |= self._persons(changed, regrouped, groups, group_of, bulk)
        lap("persons")
        conflict_groups |= self._contacts(changed, group_of, bulk)
        lap("contacts")
        if any((old or {}).get("clusters") != (new or {}).get("clusters") for old, new in changed.values()):
            self._clusters()  # a document's cluster records (or its date) changed
        lap("clusters")
        self._conflicts(conflict_groups, groups)
        lap("conflicts")

    # Translation pairs ------------------------------------------------------------------------

    def _consider(self, pairs: Iterable[tuple[str, str]], languages: dict[str, str]) -> None:
        """Score candidate pairs and keep those at the threshold (denials and pairs stated
        by hand are applied when groups are formed). Many pairs (a first run) are scored
        by `workers` processes, which read the documents committed by the first phase."""
        pairs = [(a, b) for a, b in pairs if languages[a] != languages[b]]
        self.scored += len(pairs)
        kept = None
        if len(pairs) >= PARALLEL_PAIRS and self.workers > 1:
            try:
                kept = _keep_elsewhere(self.path, pairs, self.workers)
            except (OSError, RuntimeError, ValueError):
                kept = None  # no worker processes here: the same work in this one
        if kept is None:
            kept = self.profiles.keep(pairs)
        self.db.executemany("INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?)", kept)

    def _links(self, changed: dict, bulk: bool) -> None:
        """Keep the pairs of documents in different languages that share at least
        MIN_SHARED_RECORDS records through rare keys and score at the threshold
        (rc.candidate_pairs)."""
        languages = dict(self.db.execute("SELECT source, language FROM docs"))
        if bulk:  # every pair again, from one grouping of the key table
            self.db.execute("DELETE FROM keycount WHERE n <= 0")
            self.db.execute("DELETE FROM links")
            self._consider(self.db.execute(_CANDIDATES.format(pair="k2.source > k1.source", where=""),
                                           (rc.RARE_KEY_DOCS, rc.MIN_SHARED_RECORDS)).fetchall(), languages)
            return
        touched_keys: set[str] = set()
        for source, (old, new) in changed.items():
            self.db.execute("DELETE FROM links WHERE a = ? OR b = ?", (source, source))
            touched_keys.update((old or {}).get("keys", ()))
            touched_keys.update((new or {}).get("keys", ()))
        self._select(touched_keys)
        counts = dict(self.db.execute("SELECT c.key, c.n FROM temp.sel s CROSS JOIN keycount c ON c.key = s.k"))
        # How many documents had each key before: now, less the new versions that have
        # it, plus the old ones that had it.
        before = defaultdict(int, counts)
        for old, new in changed.values():
            for k in (new or {}).get("keys", ()):
                before[k] -= 1
            for k in (old or {}).get("keys", ()):
                before[k] += 1

        def rare(n: int) -> bool:
            return 2 <= n <= rc.RARE_KEY_DOCS

        # A key that turned rare or common changes what its holders share: their pairs
        # are looked at again, as the changed documents' are.
        flipped = sorted(k for k in touched_keys if rare(counts.get(k, 0)) != rare(before[k]))
        again = {s for s, (_, new) in changed.items() if new is not None}
        self._select(flipped)
        again.update(s for (s,) in self.db.execute("SELECT DISTINCT k.source FROM temp.sel s CROSS JOIN keys k ON k.key = s.k"))
        pairs: set[tuple[str, str]] = set()
        for source in sorted(again):
            candidates = {b for _, b in self.db.execute(_CANDIDATES.format(pair="k2.source != k1.source", where="WHERE k1.source = ?"),
                                                         (rc.RARE_KEY_DOCS, source, rc.MIN_SHARED_RECORDS))}
            for a, b in self.db.execute("SELECT a, b FROM links WHERE a = ? OR b = ?", (source, source)).fetchall():
                other = b if a == source else a
                if other in candidates:
                    candidates.discard(other)  # kept, and scored already
                else:
                    self.db.execute("DELETE FROM links WHERE a = ? AND b = ?", (a, b))
            pairs.update((min(source, o), max(source, o)) for o in candidates)
        self._consider(sorted(pairs), languages)
        self.db.execute("DELETE FROM keycount WHERE n <= 0")

    def _groups(self, changed: dict, manual, denied) -> tuple[dict[str, tuple[list[str], str]], set[str]]:
        """Translation groups formed again from the kept pairs; returns id -> (sources,
        signature) and the ids of groups that are new or whose versions or evidence changed."""
        languages = dict(self.db.execute("SELECT source, language FROM docs"))
        digests = dict(self.db.execute("SELECT source, digest FROM docs"))
        links: dict[frozenset, _Link] = {}
        for pair in sorted(manual, key=sorted):
            if pair <= set(languages) and pair not in denied:
                a, b = sorted(pair)
                ev = self.profiles.evidence(a, b, "manual")
                links[pair] = _Link([a, b], ev.score, "manual", _element(ev.model_dump(mode="json")))
        for a, b, score, text in self.db.execute("SELECT a, b, score, evidence FROM links"):
            pair = frozenset((a, b))
            if pair not in denied and pair not in links:
                links[pair] = _Link([a, b], score, "content", text)
        groups: dict[str, tuple[list[str], str]] = {}
        dirty: set[str] = set()
        stored = dict(self.db.execute("SELECT id, sig FROM groups_out"))
        for sources, evidence in rc.linked_components(links, denied):
            gid = rc.group_id(sources)
            sig = hashlib.sha256(_compact([sources, [digests[s] for s in sources], [e.json for e in evidence]]).encode()).hexdigest()
            groups[gid] = (sources, sig)
            if stored.pop(gid, None) == sig:
                continue
            dirty.add(gid)
            group = rc.make_group(sources, languages, [PairEvidence.model_validate_json(e.json) for e in evidence])
            self.db.execute("INSERT OR REPLACE INTO groups_out VALUES (?, ?, ?, ?, ?)",
                            (gid, sig, _srcs(sources), _compact(sources), _element(group.model_dump(mode="json"))))
        for gid in stored:  # groups that are gone
            self.db.execute("DELETE FROM groups_out WHERE id = ?", (gid,))
            self.db.execute("DELETE FROM figures_out WHERE owner = ?", (f"g:{gid}",))
            self.db.execute("DELETE FROM figure_conflicts WHERE grp = ?", (gid,))
            self.db.execute("DELETE FROM conflicts_out WHERE grp = ?", (gid,))
        return groups, dirty

    # Figures ------------------------------------------------------------------------------------

    def _put_figures(self, owner: str, figures) -> None:
        self.db.executemany("INSERT INTO figures_out VALUES (?, ?, ?, ?, ?, ?, ?)",
                            ((owner, f.translation_group or "", _srcs(f.sources), f.unit, f.value, f.id,
                              _element(f.model_dump(mode="json"))) for f in figures))

    def _figures(self, changed: dict, regrouped: set[str], groups: dict, dirty_groups: set[str], group_of: dict) -> None:
        for source in sorted(set(changed) | regrouped):
            self.db.execute("DELETE FROM figures_out WHERE owner = ?", (f"d:{source}",))
            new = changed[source][1] if source in changed else True
            if new is None or source in group_of:
                continue
            figures = _loads(self.db.execute("SELECT json_extract(summary, '$.figures') FROM docs WHERE source = ?", (source,)).fetchone()[0])
            lone = (rc.lone_figure(source, f) for f in figures)  # as rc._figures writes a figure in no group
            self.db.executemany("INSERT INTO figures_out VALUES (?, ?, ?, ?, ?, ?, ?)",
                                ((f"d:{source}", "", source, f["unit"], f["value"], f["id"], _element(f)) for f in lone))
        for gid in sorted(dirty_groups):
            sources, _ = groups[gid]
            self.db.execute("DELETE FROM figures_out WHERE owner = ?", (f"g:{gid}",))
            self.db.execute("DELETE FROM figure_conflicts WHERE grp = ?", (gid,))
            members = [{"source": s, "figures": _loads(self.db.execute(
                "SELECT json_extract(summary, '$.figures') FROM docs WHERE source = ?", (s,)).fetchone()[0])} for s in sources]
            group = _GroupStub(gid, sources)
            figures, conflicts = rc._figures(members, [group])
            self._put_figures(f"g:{gid}", figures)
            self.db.executemany("INSERT INTO figure_conflicts VALUES (?, ?)", ((gid, c.model_dump_json()) for c in conflicts))

    # Persons ------------------------------------------------------------------------------------

    def _respellings(self, groups: dict, group_of: dict) -> dict[str, str]:
        """rc._respellings over the names alone: those of grouped documents, and every
        document naming one of them."""
        if not groups:
            return {}
        self._select(group_of)
        grouped_names = {k for (k,) in self.db.execute("SELECT DISTINCT n.name_key FROM temp.sel s CROSS JOIN names n ON n.source = s.k")}
        self._select(grouped_names)
        docs: dict[str, dict] = {s: {"source": s, "persons": []} for s in group_of}
        for source, name in self.db.execute("SELECT n.source, n.name FROM temp.sel s CROSS JOIN names n ON n.name_key = s.k ORDER BY n.source, n.pos"):
            docs.setdefault(source, {"source": source, "persons": []})["persons"].append({"name": name})
        stubs = [_GroupStub(gid, sources) for gid, (sources, _) in sorted(groups.items(), key=lambda kv: kv[1][0])]
        return rc._respellings(sorted(docs.values(), key=lambda d: d["source"]), stubs)

    def _persons(self, changed: dict, regrouped: set[str], groups: dict, group_of: dict, bulk: bool) -> set[str]:
        """Persons of the names the changes touch; returns the groups whose persons changed."""
        old_map = _loads(self.meta("respelled") or "{}")
        touched_sources = set(changed) | regrouped
        names: set[str] = set()
        for source, (old, new) in changed.items():
            names.update(k for r in (old, new) if r for k in r["names"])
        self._select(regrouped - set(changed))
        names.update(k for (k,) in self.db.execute("SELECT DISTINCT n.name_key FROM temp.sel s CROSS JOIN names n ON n.source = s.k"))
        grouped_names = set(_loads(self.meta("grouped_names") or "[]"))
        # Respellings read the names of grouped documents and which documents name them:
        # they change only with the groups, or when a document stops or starts naming one.
        renamed = {k for old, new in changed.values() for k in set((old or {}).get("names", ())) ^ set((new or {}).get("names", ()))}
        if regrouped or renamed & grouped_names or bulk:
            new_map = self._respellings(groups, group_of)
            self._select(group_of)
            grouped_names = {k for (k,) in self.db.execute("SELECT DISTINCT n.name_key FROM temp.sel s CROSS JOIN names n ON n.source = s.k")}
            self.set_meta("respelled", _compact(new_map))
            self.set_meta("grouped_names", _compact(sorted(grouped_names)))
        else:
            new_map = old_map
        names.update(k for k in set(old_map) | set(new_map) if old_map.get(k) != new_map.get(k))
        if bulk:
            units = {k for (k,) in self.db.execute("SELECT DISTINCT unit FROM persons_out")}
            units |= {new_map.get(k, k) for (k,) in self.db.execute("SELECT DISTINCT name_key FROM names")}
        else:
            units = {m.get(k, k) for k in names for m in (old_map, new_map)}
        members: dict[str, list[str]] = defaultdict(list)
        for k, root in new_map.items():
            members[root].append(k)
        dirty_sources: set[str] = set()
        ordered = sorted(units)
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start:start + CHUNK]
            self._select(chunk)
            before = defaultdict(dict)
            for unit, source, pid, name, data in self.db.execute(
                    "SELECT p.unit, p.source, p.id, p.name, p.data FROM temp.sel s CROSS JOIN person_src p ON p.unit = s.k"):
                before[source][pid] = (name, data)
            self.db.execute("DELETE FROM persons_out WHERE unit IN (SELECT k FROM temp.sel)")
            self.db.execute("DELETE FROM person_src WHERE unit IN (SELECT k FROM temp.sel)")
            live = [u for u in chunk if u not in new_map]  # a name now respelled is reconciled under its root
            keys = [k for u in live for k in (u, *members.get(u, ()))]
            self._select(keys)
            docs: dict[str, dict] = {}
            for source, data in self.db.execute(
                    "SELECT n.source, n.data FROM temp.sel s CROSS JOIN names n ON n.name_key = s.k ORDER BY n.source, n.pos"):
                docs.setdefault(source, {"source": source, "persons": []})["persons"].append(_loads(data))
            after = defaultdict(dict)
            rows, src_rows = [], []
            for p in rc._persons(list(docs.values()), group_of, new_map):
                key = rc.name_key(next(iter(p.by_source.values())).name)
                unit = new_map.get(key, key)
                rows.append((unit, normalise(p.name), p.id, _element(p.model_dump(mode="json"))))
                for s, v in p.by_source.items():
                    data = v.model_dump_json()
                    src_rows.append((unit, s, p.id, p.name, data))
                    after[s][p.id] = (p.name, data)
            self.db.executemany("INSERT INTO persons_out VALUES (?, ?, ?, ?)", rows)
            self.db.executemany("INSERT INTO person_src VALUES (?, ?, ?, ?, ?)", src_rows)
            dirty_sources |= {s for s in set(before) | set(after) if before.get(s) != after.get(s)}
        dirty_sources |= touched_sources
        return {group_of[s] for s in dirty_sources if s in group_of}

    # Contacts -----------------------------------------------------------------------------------

    def _contacts(self, changed: dict, group_of: dict, bulk: bool) -> set[str]:
        """Contacts of the addresses and numbers the changes touch; returns the groups whose
        contacts changed."""
        if bulk:
            self.db.execute("DELETE FROM contacts_out")
            self.db.execute("DELETE FROM contact_src")
            ckeys = sorted(k for (k,) in self.db.execute("SELECT DISTINCT ckey FROM contacts"))
        else:
            ckeys = sorted({k for old, new in changed.values() for r in (old, new) if r for k in r["ckeys"]})
        dirty_sources: set[str] = set()
        for start in range(0, len(ckeys), CHUNK):
            chunk = ckeys[start:start + CHUNK]
            self._select(chunk)
            before = defaultdict(dict)
            for ckey, source, data in self.db.execute("SELECT c.ckey, c.source, c.data FROM temp.sel s CROSS JOIN contact_src c ON c.ckey = s.k"):
                before[source][ckey] = data
            names_before = dict(self.db.execute("SELECT o.ckey, o.name FROM temp.sel s CROSS JOIN contacts_out o ON o.ckey = s.k"))
            self.db.execute("DELETE FROM contacts_out WHERE ckey IN (SELECT k FROM temp.sel)")
            self.db.execute("DELETE FROM contact_src WHERE ckey IN (SELECT k FROM temp.sel)")
            docs: dict[str, dict] = {}
            for source, data in self.db.execute(
                    "SELECT c.source, c.data FROM temp.sel s CROSS JOIN contacts c ON c.ckey = s.k ORDER BY c.source, c.pos"):
                docs.setdefault(source, {"source": source, "contacts": []})["contacts"].append(_loads(data))
            after = defaultdict(dict)
            for c in rc._contacts(list(docs.values())):
                ckey = _compact([c.email, c.phone, normalise(c.name or "")])
                self.db.execute("INSERT INTO contacts_out VALUES (?, ?, ?, ?, ?, ?)",
                                (ckey, c.email or "", c.phone or "", c.id, c.name, _element(c.model_dump(mode="json"))))
                if names_before.get(ckey, c.name) != c.name:  # shown differently: every group it is in
                    dirty_sources.update(c.by_source)
                for s, v in c.by_source.items():
                    data = _compact([c.id, c.name, c.email, c.phone, v.model_dump(mode="json")])
                    self.db.execute("INSERT INTO contact_src VALUES (?, ?, ?)", (ckey, s, data))
                    after[s][ckey] = data
            dirty_sources |= {s for s in set(before) | set(after) if before.get(s) != after.get(s)}
        return {group_of[s] for s in dirty_sources if s in group_of}

    # Clusters and conflicts -----------------------------------------------------------------------

    def _clusters(self) -> None:
        docs = [{"source": s, "date": d, "clusters": _loads(c)}
                for s, d, c in self.db.execute("SELECT source, date, clusters FROM cluster_rows ORDER BY source")]
        self.db.execute("DELETE FROM clusters_out")
        self.db.executemany("INSERT INTO clusters_out VALUES (?, ?, ?)",
                            ((normalise(c.name), c.id, _element(c.model_dump(mode="json"))) for c in rc._clusters(docs)))

    def _conflicts(self, gids: set[str], groups: dict) -> None:
        for gid in sorted(gids):
            self.db.execute("DELETE FROM conflicts_out WHERE grp = ?", (gid,))
            if gid not in groups:
                continue
            sources, _ = groups[gid]
            group = _GroupStub(gid, sources)
            self._select(sources)
            persons: dict[str, ReconciledPerson] = {}
            for source, pid, name, data in self.db.execute(
                    "SELECT p.source, p.id, p.name, p.data FROM temp.sel s CROSS JOIN person_src p ON p.source = s.k ORDER BY p.source"):
                p = persons.setdefault(pid, ReconciledPerson(id=pid, name=name, variants=[], by_source={}, sources=[]))
                p.by_source[source] = PersonInSource.model_validate_json(data)
            contacts: dict[str, ReconciledContact] = {}
            for source, data in self.db.execute(
                    "SELECT c.source, c.data FROM temp.sel s CROSS JOIN contact_src c ON c.source = s.k ORDER BY c.source"):
                cid, name, email, phone, v = _loads(data)
                c = contacts.setdefault(cid, ReconciledContact(id=cid, name=name, email=email, phone=phone, by_source={}, sources=[]))
                c.by_source[source] = ContactInSource(**v)
            found = rc._person_conflicts(sorted(persons.values(), key=lambda p: (normalise(p.name), p.id)), [group])
            found += [Conflict.model_validate_json(t) for (t,) in self.db.execute("SELECT json FROM figure_conflicts WHERE grp = ?", (gid,))]
            found += rc._contact_conflicts(sorted(contacts.values(), key=lambda c: (c.email or "", c.phone or "", c.id)), [group])
            self.db.executemany("INSERT INTO conflicts_out VALUES (?, ?, ?, ?, ?, ?)",
                                ((c.translation_group, c.record_type, c.kind, c.reconciled_id or "", c.detail,
                                  _element(c.model_dump(mode="json"))) for c in found))

    # --- the view ------------------------------------------------------------------------------

    def write_view(self, out: TextIO) -> None:
        """The view as `to_json(reconcile(...))` writes it, streamed section by section."""
        queries = {
            "clusters": "SELECT json FROM clusters_out ORDER BY sortname, id",
            "conflicts": "SELECT json FROM conflicts_out ORDER BY grp, rtype, kind, rid, detail, json",
            "contacts": "SELECT json FROM contacts_out ORDER BY e, p, id",
            "figures": "SELECT json FROM figures_out ORDER BY grp, srcs, unit, value, id",
            "persons": "SELECT json FROM persons_out ORDER BY sortname, id",
            "translation_groups": "SELECT json FROM groups_out ORDER BY srcs",
        }
        out.write("{\n")
        for i, name in enumerate(sorted((*SECTIONS, "schema_version"))):
            out.write(f'  "{name}": ')
            if name == "schema_version":
                out.write(str(SCHEMA_VERSION))
            else:
                first = True
                for (text,) in self.db.execute(queries[name]):
                    out.write("[\n    " if first else ",\n    ")
                    out.write(text)
                    first = False
                out.write("[]" if first else "\n  ]")
            out.write(",\n" if i < len(SECTIONS) else "\n")
        out.write("}\n")


@dataclass
class _GroupStub:
    """What rc._figures, rc._respellings and the conflicts read of a group."""

    id: str
    sources: list[str]


if __name__ == "__main__":  # a worker scoring candidate pairs (_keep_elsewhere)
    import sys

    _keep_main(sys.argv[1])
