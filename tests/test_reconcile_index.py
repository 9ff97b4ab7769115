"""The reconciled view kept in an index (pipeline/reconcile_index.py) is byte-identical to
the in-memory reconciliation (`reconcile.reconcile`), and maintained incrementally: after
any sequence of added, changed and removed documents and manual pairings, the kept
index's view equals a rebuild from scratch, and a change scores only the changed
documents' pairs.

The corpora are generated from the seeds' committed outputs: document i is seed output
i mod 5 under another name, its numbers and date those of its "edition" (i // 5), so the
seeds' English/French pair stays a pair within an edition, and editions are other
releases that share names, contacts and clusters."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import os
import random
from datetime import date, timedelta
from pathlib import Path

import pytest

import pipeline.reconcile as rc
import pipeline.reconcile_index as ri
from pipeline.batch import OutputsFolder, rebuild_reconciled
from pipeline.cache import ResultCache
from pipeline.reconcile import MANUAL_FILE, load_manual, reconcile
from pipeline.reconcile_index import ReconcileIndex
from pipeline.write import to_json

ROOT = Path(__file__).resolve().parent.parent


def seed_records() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "outputs").glob("*.json"))
            if not p.name.startswith(".") and p.name != "reconciled.json"]


def make_record(seed: dict, source: str, edition: int) -> dict:
    """`seed` under the name `source`, with the numbers and dates of `edition`."""
    doc = copy.deepcopy(seed)
    doc["source"] = source

    def value(v):
        if isinstance(v, (int, float)) and float(v).is_integer() and 10 <= v <= 999:
            return random.Random(f"{edition}:{int(v)}").randint(10, 999)
        return v

    def shift(day):
        try:
            return (date.fromisoformat(day) + timedelta(days=7 * edition)).isoformat() if day else day
        except ValueError:
            return day

    def new_id(record: dict, salt=None) -> None:
        prefix = record["id"].split("_", 1)[0]
        record["id"] = f"{prefix}_{hashlib.sha1(json.dumps([source, record['id'], salt]).encode()).hexdigest()[:12]}"

    doc["date"] = shift(doc.get("date"))
    for f in doc["figures"]:
        f["value"], f["value_max"] = value(f["value"]), value(f["value_max"])
        new_id(f, [f["value"], f["value_max"]])
    for c in doc["clusters"]:
        if c.get("members") is not None:
            c["members"] = value(c["members"])
        new_id(c, c.get("members"))
    for r in doc["persons"] + doc["contacts"]:
        new_id(r)
    for m in doc.get("dated_mentions") or []:
        m["date"] = shift(m["date"])
    return doc


def corpus(n: int, seeds: list[dict]) -> dict[str, dict]:
    docs = [make_record(seeds[i % len(seeds)], f"doc{i:04d}{Path(seeds[i % len(seeds)]['source']).suffix}", i // len(seeds))
            for i in range(n)]
    return {d["source"]: d for d in docs}


def mutate(doc: dict, rng: random.Random) -> dict:
    """One edit a re-extraction could make to a document's records."""
    doc = copy.deepcopy(doc)
    kind = rng.choice(["figure", "person", "respell", "organisation", "date", "contact", "contact name", "cluster",
                       "nobody", "language"])
    if kind == "nobody":  # a version that names no person and gives no contact
        doc["persons"], doc["contacts"] = [], []
    elif kind == "figure" and doc["figures"]:
        f = rng.choice(doc["figures"])
        f["value"], f["id"] = rng.randint(10, 999), f"fig_{rng.getrandbits(48):012x}"
    elif kind == "person" and doc["persons"]:
        doc["persons"].pop(rng.randrange(len(doc["persons"])))
    elif kind == "respell" and doc["persons"]:  # one version spells a name differently
        p = rng.choice(doc["persons"])
        i = rng.randrange(1, len(p["name"]))
        p["name"] = p["name"][:i] + ("e" if p["name"][i] != "e" else "a") + p["name"][i + 1:]
    elif kind == "organisation" and doc["persons"]:  # a namesake of another organisation
        p = rng.choice(doc["persons"])
        p["organization"], p["organization_cluster_id"] = rng.choice(["Institut Pasteur", "Inserm", None]), None
    elif kind == "date" and doc.get("date"):
        doc["date"] = rng.choice(["2019-01-02", "2020-05-26", "2021-11-30"])
    elif kind == "contact" and doc["contacts"]:
        doc["contacts"].pop(rng.randrange(len(doc["contacts"])))
    elif kind == "contact name" and doc["contacts"]:
        c = rng.choice(doc["contacts"])
        c["name"] = rng.choice(["Press Office", "Service presse", None])
    elif kind == "cluster" and doc["clusters"]:
        c = rng.choice(doc["clusters"])
        c["members"] = rng.randint(10, 400)
    elif kind == "language":
        doc["language"] = rng.choice(["en", "fr", "nl"])
    return doc


def write_docs(folder: Path, docs) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        (folder / f"{doc['source']}.json").write_text(to_json(doc), encoding="utf-8")
    return files_of(folder)


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if not p.name.startswith(".") and p.name != "reconciled.json")


def view_of(index: ReconcileIndex) -> str:
    out = io.StringIO()
    index.write_view(out)
    return out.getvalue()


def rebuilt(docs, sources: Path | None = None) -> str:
    """The view from scratch: a new temporary index over the documents."""
    index = ReconcileIndex(None)
    try:
        index.update(write_docs(Path(index.path.parent) / "out", docs), lambda known: load_manual(sources))
        return view_of(index)
    finally:
        index.close()


def test_seeds_view_equals_the_in_memory_view():
    docs = seed_records()
    assert rebuilt(docs, ROOT / "sources") == to_json(reconcile(docs, ROOT / "sources"))
    assert json.loads(rebuilt(docs))["translation_groups"]  # the seeds' pair is found


def test_empty_folder_gives_the_empty_view():
    assert rebuilt([]) == to_json(reconcile([]))


@pytest.mark.parametrize("seed,rare,bulk_share", [(1, 50, 0.2), (2, 3, 0.2), (3, 4, 0.0), (4, 50, 1.0), (5, 2, 1.0)])
def test_incremental_view_equals_rebuild(tmp_path, monkeypatch, seed, rare, bulk_share):
    """A seeded random sequence of changes: after each, the kept index's view is
    byte-identical to the in-memory reconciliation and to a rebuild from scratch. A low
    RARE_KEY_DOCS makes keys turn common and rare again as documents come and go; a
    BULK_SHARE of 0 takes the bulk path on every change, 1 never."""
    monkeypatch.setattr(rc, "RARE_KEY_DOCS", rare)
    monkeypatch.setattr(ri, "BULK_SHARE", bulk_share)
    rng = random.Random(seed)
    seeds = seed_records()
    docs = corpus(30, seeds)
    outputs, sources = tmp_path / "out", tmp_path / "src"
    sources.mkdir()
    write_docs(outputs, docs.values())
    index = ReconcileIndex(tmp_path / "index.sqlite", "test")

    def manual(known):
        return load_manual(sources)

    assert index.update(files_of(outputs), manual)
    assert view_of(index) == to_json(reconcile(list(docs.values()), sources))
    actions = []
    for step in range(16):
        action = rng.choice(["add", "add", "change", "change", "change", "remove", "manual", "touch"])
        changed: set[str] = set()
        if action == "add":  # a new version of an edition, or a new edition
            new = make_record(rng.choice(seeds), f"new{step:02d}.txt", rng.randrange(8))
            docs[new["source"]] = new
            changed.add(new["source"])
        elif action == "change":
            for source in rng.sample(sorted(docs), rng.choice([1, 1, 2])):
                docs[source] = mutate(docs[source], rng)
                changed.add(source)
        elif action == "remove":
            gone = rng.choice(sorted(docs))
            del docs[gone]
            (outputs / f"{gone}.json").unlink()
        elif action == "manual":
            a, b = rng.sample(sorted(docs), 2)
            (sources / MANUAL_FILE).write_text(json.dumps({rng.choice(["pairs", "not_pairs"]): [[a, b]]}), encoding="utf-8")
        elif action == "touch":  # same bytes, new modification time: nothing to redo
            path = outputs / f"{rng.choice(sorted(docs))}.json"
            os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
        for source in changed:
            (outputs / f"{source}.json").write_text(to_json(docs[source]), encoding="utf-8")
        actions.append(action)
        redone = index.update(files_of(outputs), manual)
        if action == "touch":
            assert not redone
        incremental = view_of(index)
        assert incremental == to_json(reconcile(list(docs.values()), sources)), f"step {step}: {actions}"
        assert incremental == rebuilt(docs.values(), sources), f"step {step}: {actions}"
    index.close()


def test_a_change_scores_only_its_own_pairs(tmp_path):
    docs = corpus(40, seed_records())
    outputs = tmp_path / "out"
    index = ReconcileIndex(tmp_path / "index.sqlite")
    index.update(write_docs(outputs, docs.values()))
    first = index.scored
    assert first > 0
    source = sorted(docs)[7]
    docs[source] = mutate(docs[source], random.Random(0))
    write_docs(outputs, [docs[source]])
    index.update(files_of(outputs))
    assert 0 < index.scored < len(docs)  # at most one pair per other document, not every pair again
    assert index.update(files_of(outputs)) is False  # nothing changed: nothing redone
    assert view_of(index) == to_json(reconcile(list(docs.values())))
    index.close()


def test_small_chunks_and_profile_cache_give_the_same_view(monkeypatch):
    docs = corpus(25, seed_records())
    monkeypatch.setattr(ri, "CHUNK", 1)
    monkeypatch.setattr(ri, "PROFILE_CACHE", 2)
    assert rebuilt(docs.values()) == to_json(reconcile(list(docs.values())))


def test_not_a_document_is_left_out_with_a_warning(tmp_path):
    docs = seed_records()
    write_docs(tmp_path, docs)
    (tmp_path / "notes.json").write_text('["not", "a", "document"]', encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"source": "x.txt", "persons": [', encoding="utf-8")
    warnings = []
    index = ReconcileIndex(None)
    index.update(files_of(tmp_path), warn=warnings.append)
    assert sorted(w.split(":")[0].rsplit("/", 1)[-1] for w in warnings) == ["broken.json", "notes.json"]
    assert view_of(index) == to_json(reconcile(docs))
    index.close()


def test_a_damaged_index_is_made_again(tmp_path):
    docs = seed_records()
    path = tmp_path / "index.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    index = ReconcileIndex(path, "x")
    index.update(write_docs(tmp_path / "out", docs))
    assert view_of(index) == to_json(reconcile(docs))
    index.close()


def test_another_pipeline_starts_a_new_index(tmp_path):
    docs = seed_records()
    files = write_docs(tmp_path / "out", docs)
    index = ReconcileIndex(tmp_path / "index.sqlite", "pipeline-1")
    index.update(files)
    index.close()
    index = ReconcileIndex(tmp_path / "index.sqlite", "pipeline-2")
    assert index.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0] == 0
    assert index.update(files) is True
    assert view_of(index) == to_json(reconcile(docs))
    index.close()


def test_batch_keeps_the_index_in_the_cache_and_redoes_only_the_change(tmp_path):
    """rebuild_reconciled with a cache: the second run after one changed output writes
    the same view as the in-memory reconciliation; a view edited by hand is rewritten."""
    docs = corpus(20, seed_records())
    outputs = OutputsFolder(tmp_path / "out")
    outputs.prepare()
    for doc in docs.values():
        outputs.write(f"{doc['source']}.json", to_json(doc), None)
    cache = ResultCache(tmp_path / "cache", fingerprint="test")
    assert rebuild_reconciled(outputs, None, cache)
    assert list((tmp_path / "cache" / "reconcile").glob("*.sqlite"))
    view = tmp_path / "out" / "reconciled.json"
    assert view.read_text(encoding="utf-8") == to_json(reconcile(list(docs.values())))
    source = sorted(docs)[3]
    docs[source] = mutate(docs[source], random.Random(5))
    outputs.write(f"{source}.json", to_json(docs[source]), None)
    assert rebuild_reconciled(outputs, None, cache)
    assert view.read_text(encoding="utf-8") == to_json(reconcile(list(docs.values())))
    view.write_text("{}", encoding="utf-8")  # edited by hand: not the view any more
    assert rebuild_reconciled(outputs, None, cache)
    assert view.read_text(encoding="utf-8") == to_json(reconcile(list(docs.values())))
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.name.startswith(".")) == [".cluster-extract-manifest.json"]


def test_pairs_scored_by_worker_processes_give_the_same_view(tmp_path, monkeypatch):
    """A first run with many candidate pairs scores them in worker processes (spawned,
    reading the documents the first phase committed)."""
    docs = corpus(30, seed_records())
    monkeypatch.setattr(ri, "PARALLEL_PAIRS", 1)
    index = ReconcileIndex(tmp_path / "index.sqlite", workers=2)
    index.update(write_docs(tmp_path / "out", docs.values()))
    assert index.scored >= 1
    assert view_of(index) == to_json(reconcile(list(docs.values())))
    index.close()


def test_a_run_that_died_half_way_is_started_again(tmp_path, monkeypatch):
    """Killed between its two phases (documents read and committed, nothing made from
    them): the next run starts the index again rather than trusting stale parts."""
    docs = corpus(20, seed_records())
    files = write_docs(tmp_path / "out", docs.values())
    index = ReconcileIndex(tmp_path / "index.sqlite")
    index.update(files)
    source = sorted(docs)[2]
    docs[source] = mutate(docs[source], random.Random(3))
    write_docs(tmp_path / "out", [docs[source]])

    def die(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(index, "_refresh", die)
    with pytest.raises(KeyboardInterrupt):
        index.update(files_of(tmp_path / "out"))
    index.close()
    assert ReconcileIndex(tmp_path / "index.sqlite").meta("pending") == "1"
    index = ReconcileIndex(tmp_path / "index.sqlite")
    assert index.update(files_of(tmp_path / "out"))
    assert view_of(index) == to_json(reconcile(list(docs.values())))
    assert index.meta("pending") is None
    index.close()


def test_a_name_respelled_in_one_version_is_joined_incrementally(tmp_path):
    """One version of a translation group respells a name ("Dino Mofras" / "Dino
    Moras"): the kept index joins the two spellings as a rebuild does."""
    docs = corpus(10, seed_records())
    files = write_docs(tmp_path / "out", docs.values())
    index = ReconcileIndex(tmp_path / "index.sqlite")
    index.update(files)
    pair = json.loads(view_of(index))["translation_groups"][0]["sources"]
    version = docs[pair[1]]
    person = max(version["persons"], key=lambda p: len(p["name"]))
    respelled = person["name"][:-2] + ("a" if person["name"][-2] != "a" else "e") + person["name"][-1]
    for p in version["persons"]:
        if p["name"] == person["name"]:
            p["name"] = respelled
    write_docs(tmp_path / "out", [version])
    index.update(files_of(tmp_path / "out"))
    view = view_of(index)
    assert view == to_json(reconcile(list(docs.values())))
    joined = [p for p in json.loads(view)["persons"] if respelled in p["variants"]]
    assert len(joined) == 1 and person["name"] in joined[0]["variants"]
    index.close()
