"""Clusters: mentions of the registry's clusters (any spelling, former name or acronym)
and of clusters the registry does not know, found from the way texts introduce them
("the Belgian cluster BioWin", "le pôle X", "het cluster X"), plus acronyms a text
defines for a cluster ("Alsace BioValley (ABV)")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..langdata import cluster_registry
from ..langdata import function_words as function_words_of
from .text import normalise, phrase_alternation

# Not inside an e-mail address, a web address or a longer word.
_BEFORE = r"(?<![\w@/.\-])"
_AFTER = r"(?![\w@\-]|\.[A-Za-z])"
# A word with a capital; a dot only inside it ("flanders.bio"), never a sentence's end.
_CAPITALISED_WORD = r"[A-Za-zÀ-ÿ]*[A-ZÀ-Þ][\w'’+&-]*(?:\.[\w]+)*"


@dataclass(frozen=True)
class ClusterMention:
    start: int
    end: int
    text: str
    key: str  # registry id, or "new:<normalised name>" for a cluster found by its introduction
    name: str  # official name (registry) or the name as introduced


@lru_cache(maxsize=None)
def _registry_pattern() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    by_name: dict[str, str] = {}
    by_acronym: dict[str, str] = {}
    for key, entry in cluster_registry().items():
        for name in [entry["name"], *entry["names"], *entry["former_names"]]:
            by_name[normalise(name)] = key
        for acronym in entry["acronyms"]:
            by_acronym[acronym] = key
    names = [n for key, e in cluster_registry().items() for n in [e["name"], *e["names"], *e["former_names"]]]
    name_re = re.compile(rf"{_BEFORE}(?:{phrase_alternation(names)}){_AFTER}", re.I)
    acronym_re = re.compile(rf"{_BEFORE}(?:{'|'.join(sorted(map(re.escape, by_acronym), key=len, reverse=True)) or '(?!)'}){_AFTER}")
    lookup = {**by_name, **{f"acr:{a}": k for a, k in by_acronym.items()}}
    return name_re, acronym_re, lookup


def registry_key(name: str) -> str | None:
    """The registry id of a cluster name or acronym, if the registry knows it."""
    _, _, lookup = _registry_pattern()
    return lookup.get(normalise(name)) or lookup.get(f"acr:{name.strip()}")


def _intro_patterns(lang: dict) -> list[re.Pattern]:
    return _compiled_intro_patterns(lang.get("code", ""))


@lru_cache(maxsize=None)
def _compiled_intro_patterns(code: str) -> list[re.Pattern]:
    from ..langdata import language

    lang = language(code)
    nouns = phrase_alternation(lang.get("cluster_nouns", []), tolerant=False)
    name = rf"(?P<name>{_CAPITALISED_WORD}(?:\s(?:{_CAPITALISED_WORD})){{0,3}})"
    adjective = r"(?:[\w\-]+\s)?"
    # After the noun, an adjective but not a function word: "le cluster suisse BioAlps",
    # not "le pôle de compétitivité du Grand Ouest".
    function_words = "|".join(sorted(map(re.escape, function_words_of(lang.get("code", ""))), key=len, reverse=True)) or "(?!)"
    lower_adjective = rf"(?:(?!(?:{function_words})\s)[a-zà-ÿ][\w\-]*\s)?"
    patterns = []
    for template in lang.get("cluster_intro_templates", []):
        src = re.escape(template).replace(r"\{ADJ\}", adjective).replace(r"\{LADJ\}", lower_adjective).replace(r"\{NOUN\}", f"(?:{nouns})").replace(r"\{NAME\}", name)
        # An apposition ("BioWin, the Belgian cluster.") ends the phrase; without that
        # check "Nevertheless, the cluster pointed out" would name a cluster.
        end = r"(?=\s*[,.;:)]|\s*$)" if template.startswith("{NAME}") else r"(?![\w-])"
        patterns.append(re.compile(rf"(?<![\w-]){src}{end}"))
    return patterns


@lru_cache(maxsize=None)
def _not_cluster_names() -> frozenset[str]:
    from .names import common_data

    return frozenset(normalise(r) for r in common_data()["regions"])


def find_cluster_mentions(text: str, lang: dict | None) -> list[ClusterMention]:
    name_re, acronym_re, lookup = _registry_pattern()
    registry = cluster_registry()
    mentions: list[ClusterMention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, key: str, name: str) -> None:
        if any(start < b and a < end for a, b in taken):
            return
        taken.append((start, end))
        mentions.append(ClusterMention(start, end, text[start:end], key, name))

    for m in name_re.finditer(text):
        key = lookup[normalise(m.group())]
        add(m.start(), m.end(), key, registry[key]["name"])
    for m in acronym_re.finditer(text):
        key = lookup[f"acr:{m.group()}"]
        add(m.start(), m.end(), key, registry[key]["name"])

    if lang is not None:
        stop = {normalise(w) for w in lang.get("cluster_name_stopwords", [])}
        for pattern in _intro_patterns(lang):
            for m in pattern.finditer(text):
                raw = m.group("name").rstrip(".,;:")
                words = raw.split()
                while words and normalise(words[-1]) in stop:
                    words.pop()
                if not words or normalise(words[0]) in stop:
                    continue
                name = " ".join(words)
                if normalise(name) in _not_cluster_names():
                    continue  # a region or a people: "the Catalan cluster", "the Auvergne-Rhône-Alpes cluster"
                start = m.start("name")
                key = registry_key(name) or f"new:{normalise(name)}"
                add(start, start + len(name), key, registry[key]["name"] if key in registry else name)

    # "Name (ACR)": a text defining an acronym for a cluster makes the acronym a mention.
    defined = {}
    for mention in list(mentions):
        after = re.match(r"\s*\(([A-Z][A-Za-z]{1,7})\)", text[mention.end:mention.end + 12])
        if after:
            defined[after.group(1)] = mention
    for acronym, mention in defined.items():
        for m in re.finditer(rf"{_BEFORE}{re.escape(acronym)}{_AFTER}", text):
            add(m.start(), m.end(), mention.key, mention.name)
    return sorted(mentions, key=lambda c: c.start)


def region_after(text: str, mention: ClusterMention, lang: dict | None) -> str | None:
    """'Lyonbiopôle, in de regio Rhône-Alpes' / 'Alsace Biovalley, regio Elzas' -> region."""
    if lang is None:
        return None
    intro = phrase_alternation(lang.get("region_intro", []), tolerant=False)
    m = re.match(rf",\s+(?:{intro})\s+([A-ZÀ-Ý][^\n,.;:]{{1,60}})", text[mention.end:mention.end + 80])
    return m.group(1).strip() if m else None


def cluster_key_for(name: str, mentions: list[ClusterMention]) -> str | None:
    """The cluster an organisation name refers to, if it is (or contains) a mention."""
    key = registry_key(name)
    if key:
        return key
    norm = normalise(name)
    for m in mentions:
        if normalise(m.text) and re.search(rf"(?<!\w){re.escape(normalise(m.text))}(?!\w)", norm):
            return m.key
    return None

