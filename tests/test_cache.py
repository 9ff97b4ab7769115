"""The result cache: reused while nothing a result depends on changes, invalidated by a
changed source, a changed rule file and a new library or pipeline version."""

import shutil
from pathlib import Path

from pipeline import cache as cache_module
from pipeline.cache import ResultCache, fingerprint_of, pipeline_fingerprint
from pipeline.langdata import DATA_DIR, LANGDATA_DIR
from pipeline.process import run

ROOT = Path(__file__).resolve().parent.parent

RELEASE_EN = """Lyon, 3 March 2021 – Lyonbiopôle today welcomed 12 new member companies.
"We are delighted," said Anne Dupont, General Manager of Lyonbiopôle.
Press contact: Anne Dupont – anne.dupont@lyonbiopole.com – 06 12 34 56 78
"""
RELEASE_FR = """Nantes, le 5 octobre 2022 – Atlanpole Biotherapies compte désormais plus de 250 adhérents.
« Une belle étape », explique Marie Durand, directrice générale d'Atlanpole Biotherapies.
"""


def _sources(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "en.txt").write_text(RELEASE_EN, encoding="utf-8")
    (folder / "fr.txt").write_text(RELEASE_FR, encoding="utf-8")
    return sorted(folder.iterdir())


def test_second_run_is_served_from_the_cache_with_identical_output(tmp_path):
    paths = _sources(tmp_path)
    cache = ResultCache(tmp_path / "cache")
    first = list(run(paths, cache=cache))
    second = list(run(paths, cache=cache))
    assert [r.cached for r in first] == [False, False]
    assert [r.cached for r in second] == [True, True]
    assert [r.json for r in first] == [r.json for r in second]


def test_a_changed_source_invalidates_only_its_own_entry(tmp_path):
    paths = _sources(tmp_path)
    cache = ResultCache(tmp_path / "cache")
    list(run(paths, cache=cache))
    paths[0].write_text(RELEASE_EN.replace("12 new", "14 new"), encoding="utf-8")
    results = {r.path.name: r for r in run(paths, cache=cache)}
    assert not results["en.txt"].cached and results["fr.txt"].cached
    assert '"value": 14' in results["en.txt"].json


def test_a_renamed_source_is_not_served_another_name_s_result(tmp_path):
    paths = _sources(tmp_path)
    cache = ResultCache(tmp_path / "cache")
    list(run(paths, cache=cache))
    renamed = paths[0].with_name("renamed.txt")
    shutil.copy(paths[0], renamed)
    (result,) = run([renamed], cache=cache)
    assert not result.cached and '"source": "renamed.txt"' in result.json


def test_a_changed_rule_file_changes_the_fingerprint(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(LANGDATA_DIR, data / "langdata", ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    shutil.copytree(DATA_DIR, data / "data")
    files = lambda: sorted(data.rglob("*.json"))  # noqa: E731
    code = ROOT / "pipeline"
    before = fingerprint_of(code, files(), {"spacy": "3.8.18"})
    assert fingerprint_of(code, files(), {"spacy": "3.8.18"}) == before  # stable
    nl = data / "langdata" / "nl.json"
    nl.write_text(nl.read_text(encoding="utf-8").replace('"meer dan"', '"meer dan", "boven"'), encoding="utf-8")
    assert fingerprint_of(code, files(), {"spacy": "3.8.18"}) != before


def test_a_new_pipeline_or_library_version_changes_the_fingerprint():
    code = ROOT / "pipeline"
    data = [*LANGDATA_DIR.glob("*.json"), *DATA_DIR.glob("*.json")]
    base = {"spacy": "3.8.18", "fr-core-news-sm": "3.8.0"}
    assert fingerprint_of(code, data, base) != fingerprint_of(code, data, {**base, "fr-core-news-sm": "3.8.1"})
    assert fingerprint_of(code, data, base) != fingerprint_of(code, data, {**base, "spacy": "3.9.0"})


def test_entries_made_under_another_fingerprint_are_not_reused(tmp_path, monkeypatch):
    paths = _sources(tmp_path)
    list(run(paths, cache=ResultCache(tmp_path / "cache")))
    # A new spaCy pipeline installed: the real fingerprint function sees a new version.
    monkeypatch.setattr(cache_module, "_version", lambda dist: "9.9.9" if dist == "fr-core-news-sm" else "1")
    pipeline_fingerprint.cache_clear()
    try:
        results = list(run(paths, cache=ResultCache(tmp_path / "cache")))
    finally:
        pipeline_fingerprint.cache_clear()
    assert [r.cached for r in results] == [False, False]
