"""Clusters: mentions of the registry's clusters (any spelling, former name or acronym)
and of clusters the registry does not know, found from the way texts present them:

- an introduction with a cluster noun ("the Belgian cluster BioWin", "le pôle X",
  "het Deense life sciences-cluster X", "X, the Danish life-science cluster of ...",
  "l'autre cluster bruxellois qu'est X");
- a list after a plural cluster noun ("six pôles de compétitivité : A, B et C",
  "clusters such as A and B");
- a name built with a cluster head noun ("Wessex Life Science Cluster"; a park, campus,
  valley or alliance only when its name or the text places it in the field);
- an item of a list made mostly of known clusters;

plus acronyms a text defines for a cluster ("Alsace BioValley (ABV)"). The registry
confirms and canonicalises a name it knows; generic uses, areas, networks of clusters,
agencies and persons are not clusters (language data and the registry's not_clusters)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..langdata import cluster_registry
from ..langdata import function_words as function_words_of
from .text import normalise, phrase_alternation, sentence_bounds

# Not inside an e-mail address, a web address or a longer word.
_BEFORE = r"(?<![\w@/.\-])"
_AFTER = r"(?![\w@\-]|\.[A-Za-z])"
# A word with a capital; a dot only inside it ("flanders.bio"), never a sentence's end.
_CAPITALISED_WORD = r"[A-Za-zÀ-ÿ]*[A-ZÀ-Þ][\w'’+&-]*(?:\.[\w]+)*"


@lru_cache(maxsize=None)
def _registry_file() -> dict:
    import json

    from ..langdata import DATA_DIR

    return json.loads((DATA_DIR / "clusters.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _not_clusters() -> frozenset[str]:
    """Names texts introduce like clusters that are not cluster organisations."""
    return frozenset(normalise(n) for n in _registry_file().get("not_clusters", []))


@lru_cache(maxsize=None)
def _spellings() -> dict[str, tuple[str, ...]]:
    """Every registry spelling as written, by normalised form."""
    out: dict[str, list[str]] = {}
    for e in cluster_registry().values():
        for n in [e["name"], *e["names"], *e["former_names"]]:
            out.setdefault(normalise(n), []).append(n)
    return {k: tuple(v) for k, v in out.items()}


def _initials(s: str) -> list[bool]:
    return [w[0].isupper() for w in re.findall(r"[^\W_]+", s)]


def _plausible_registry_match(printed: str) -> bool:
    """'Health Valley' is a cluster, 'this great health valley' and 'the Danish
    life-science cluster' are not: a match printed without any capital must be a
    spelling the registry lists as written ('flanders.bio'), and a name made only of
    common words must be capitalised as the registry writes it."""
    spellings = _spellings().get(normalise(printed), ())
    if printed in spellings:
        return True
    if not any(c.isupper() for c in printed):
        return False
    if printed.isupper() or not all(w in _generic_words() for w in normalise(printed).split()):
        return True
    return any(_initials(sp) == _initials(printed) for sp in spellings)


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


_NAME = rf"(?P<name>{_CAPITALISED_WORD}(?:[ ](?:{_CAPITALISED_WORD})){{0,3}})"


def _words_alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=None)
def _compiled_intro_patterns(code: str) -> list[re.Pattern]:
    from ..langdata import language

    lang = language(code)
    nouns = phrase_alternation(lang.get("cluster_nouns", []), tolerant=False)
    adjective = r"(?:[\w\-]+\s)?"
    # After the noun, an adjective but not a function word: "le cluster suisse BioAlps",
    # not "le pôle de compétitivité du Grand Ouest".
    function_words = _words_alternation(function_words_of(code))
    # Up to three modifiers before the noun, none a function word: "the Danish
    # life-science cluster", "het Deense life sciences-cluster", not "Jane Doe, the head
    # of the cluster".
    adjectives = rf"(?:(?!(?:{function_words})\s)[\w’']+(?:-[\w’']+)*(?:\s|-)){{0,3}}"
    lower_adjective = rf"(?:(?!(?:{function_words})\s)[a-zà-ÿ][\w\-]*\s)?"
    # An apposition ("BioWin, the Belgian cluster.") ends the phrase, or goes on with a
    # complement ("..., the Danish life-science cluster of the Øresund region"); without
    # that check "Nevertheless, the cluster pointed out" would name a cluster.
    followers = _words_alternation(lang.get("cluster_apposition_followers", []))
    apposition_end = rf"(?=\s*[,.;:)]|\s*$|\s+(?:{followers})(?:(?<=['’])|(?![\w-])))"
    patterns = []
    for template in lang.get("cluster_intro_templates", []):
        src = (re.escape(template).replace(r"\{ADJS\}", adjectives).replace(r"\{ADJ\}", adjective)
               .replace(r"\{LADJ\}", lower_adjective).replace(r"\{NOUN\}", f"(?:{nouns})").replace(r"\{NAME\}", _NAME))
        if template[:1].islower():
            src = f"[{template[0]}{template[0].upper()}]{src[1:]}"  # "Het Deense cluster X" opens a sentence
        end = apposition_end if template.startswith("{NAME}") else r"(?![\w-])"
        patterns.append(re.compile(rf"(?<![\w-]){src}{end}"))
    return patterns


@lru_cache(maxsize=None)
def _list_intro_pattern(code: str) -> re.Pattern:
    """A plural cluster noun that opens a list: "six pôles de compétitivité : A, B et C",
    "the 4 European healthcare clusters – A (Catalonia), B and C", "pôles comme A et B"."""
    from ..langdata import language

    lang = language(code)
    nouns = phrase_alternation(lang.get("cluster_nouns_plural", []), tolerant=False)
    intros = phrase_alternation(lang.get("cluster_list_openers", []), tolerant=False)
    return re.compile(rf"(?<![\w-])(?:{nouns})\s*(?:{intros})\s*")


@lru_cache(maxsize=None)
def _list_item_pattern(code: str) -> re.Pattern:
    from ..langdata import language

    joiners = _words_alternation(language(code).get("cluster_list_joiners", []))
    return re.compile(rf"(?:^|,\s*|\s(?:{joiners})\s+)(?P<name>{_CAPITALISED_WORD}(?:[ ]{_CAPITALISED_WORD}){{0,3}})(?![\w-])")


def _list_names(text: str, lang: dict) -> list[tuple[int, str]]:
    """(start, name) of each item of a list of clusters introduced by a plural noun, up
    to the end of the sentence; what brackets hold ("(Catalonia, Spain)") is no item."""
    code = lang.get("code", "")
    out = []
    for m in _list_intro_pattern(code).finditer(text):
        _, end = sentence_bounds(text, m.end())
        end = min(end, m.end() + 400, *(i for i in (text.find("\n", m.end()),) if i >= 0))
        segment = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group()), text[m.end():end])
        for item in _list_item_pattern(code).finditer(segment):
            out.append((m.end() + item.start("name"), item.group("name")))
    return out


@lru_cache(maxsize=None)
def _head_pattern(code: str) -> re.Pattern:
    """The longest run of capitalised words; a name built with a cluster head noun ends
    with it ("Wessex Life Science Cluster", "Wellcome Genome Campus")."""
    return re.compile(rf"(?<![\w@/.\-&])(?:{_CAPITALISED_WORD})(?:[ ](?:{_CAPITALISED_WORD}|&))*(?![\w\-]|\.[A-Za-z])")


def _head_built_names(text: str, lang: dict) -> list[tuple[int, str]]:
    heads = {normalise(h): needs_sector for h, needs_sector in _all_languages("cluster_name_heads").items()}
    if not heads:
        return []
    stems = tuple(normalise(s) for s in _registry_file().get("name_sector_stems", []))
    # A text that calls a site "the life sciences park" or "a biotech campus" vouches
    # for the park or campus it names ("Pivot Park").
    stem_re = "|".join(map(re.escape, stems)) or "(?!)"
    described = {h for h in heads if re.search(rf"(?i:\b(?:{stem_re})[\w’'-]*(?:[ -][\w’'-]+)?)[ -]{re.escape(h)}\b", text)}
    prefixes = {normalise(h) for h in _all_languages("cluster_name_prefix_heads")}
    out = []
    for m in _head_pattern(lang.get("code", "")).finditer(text):
        words = m.group().split()
        first = next((i for i, w in enumerate(words) if normalise(w) in prefixes), None)
        if first is not None and first < len(words) - 1:
            # "Coöperatie Medical Delta": a cooperative of the field.
            if any(w.startswith(stems) for b in words[first + 1:] for w in normalise(b).split()):
                out.append((m.start(), m.group()))
            continue
        head = normalise(words[-1])
        if len(words) < 2 or head not in heads:
            continue
        body = [normalise(w) for w in words[:-1]]
        # A park, campus, valley or alliance of the field says so in its name
        # ("Genome Campus", "Bio Science Park"), which the text repeats (a name printed
        # once may be a building project's), or the text calls it so ("the life sciences
        # park"); "Silicon Valley" and a university's science park do not.
        if heads[head] and head not in described and not (
                any(w.startswith(stems) for b in body for w in b.split()) and text.count(m.group()) >= 2):
            continue
        out.append((m.start(), m.group()))
    return out


@lru_cache(maxsize=None)
def _not_cluster_names() -> frozenset[str]:
    from .names import common_data

    return frozenset(normalise(r) for r in common_data()["regions"])


@lru_cache(maxsize=None)
def _all_languages_cached(key: str):
    from ..langdata import language, supported_languages

    values = [language(code).get(key) for code in supported_languages()]
    if any(isinstance(v, dict) for v in values):
        merged: dict = {}
        for v in values:
            merged.update(v or {})
        return merged
    return tuple(w for v in values for w in (v or []))


def _all_languages(key: str):
    return _all_languages_cached(key)


@lru_cache(maxsize=None)
def _generic_words() -> frozenset[str]:
    """Words that name no cluster on their own, in every language ('Health', 'Valley',
    'Danish')."""
    return frozenset(normalise(w) for w in (*_all_languages("cluster_generic_words"), *_all_languages("cluster_name_stopwords")))


def _looks_like_person(name: str) -> bool:
    from .names import is_first_name, looks_like_organisation, plausible_name_shape

    return is_first_name(name.split()[0]) and plausible_name_shape(name) and not looks_like_organisation(name)


def _clean_name(raw: str, lang: dict) -> tuple[int, str] | None:
    """The name without the modifiers around it ("the Belgian", "Health"): (offset of
    the name in `raw`, name), or None when nothing distinctive is left."""
    stop = {normalise(w) for w in lang.get("cluster_name_stopwords", [])}
    # Names are often English in a French or Dutch text: generic words of every language.
    generic = stop | _generic_words()
    function = function_words_of(lang.get("code", ""))
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", raw.rstrip(".,;:"))]
    while words and (normalise(words[0][1]) in stop or words[0][1].lower() in function):
        words.pop(0)
    legal = {normalise(f) for f in _registry_file().get("legal_forms", [])}
    while words and (normalise(words[-1][1]) in stop or normalise(words[-1][1]) in legal):
        words.pop()
    if not words or all(part in generic or w.lower() in function for _, w in words for part in normalise(w).split()):
        return None
    offset = words[0][0]
    name = raw[offset:words[-1][0] + len(words[-1][1])]
    norm = normalise(name)
    if norm in _not_cluster_names() or norm in _not_clusters():
        return None  # a region, a people, an area or a body that is not a cluster
    return offset, name


@lru_cache(maxsize=None)
def _legal_forms() -> str:
    forms = sorted(_registry_file().get("legal_forms", []), key=len, reverse=True)
    return "|".join(re.escape(f) for f in forms) or "(?!)"


def _address_follows(text: str, end: int, lang: dict | None) -> bool:
    """', Transistorweg 5' / ', 12 rue ...' after a park's or campus's name: the site as
    an address, not the organisation."""
    m = re.match(r",\s*([^,\n]{1,60})", text[end:end + 64])
    if not m or not re.search(r"\d", m.group(1)) or lang is None:
        return False
    streets = [normalise(w) for w in lang.get("street_words", [])]
    suffixes = tuple(w for w in streets if len(w) > 2)  # "Transistorweg", not "August" for "St"
    return any(w in streets or w.endswith(suffixes) for w in normalise(m.group(1)).split())


def _coordinated_names(text: str, lang: dict, known: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Unknown names coordinated with clusters: in "Medicen Paris Région, Adebiotech,
    Atlanpole Biotherapies, BioValley France, Mabdesign and Polepharma", a list made
    mostly of clusters, the other items are clusters too."""
    joiners = _words_alternation(lang.get("cluster_list_joiners", []))
    separator = re.compile(rf",\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+")
    item = re.compile(rf"{_CAPITALISED_WORD}(?:[ ]{_CAPITALISED_WORD}){{0,3}}")
    out: list[tuple[int, str]] = []
    seen_sentences = set()
    for a, _ in known:
        bounds = sentence_bounds(text, a)
        if bounds in seen_sentences:
            continue
        seen_sentences.add(bounds)
        start, end = bounds
        masked = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group()), text[start:end])
        # Items: the stretches between separators; a run of items is a list.
        cuts = [0] + [x for m in separator.finditer(masked) for x in (m.start(), m.end())] + [len(masked)]
        parts = [(start + cuts[i], masked[cuts[i]:cuts[i + 1]]) for i in range(0, len(cuts), 2)]
        runs: list[list[tuple[int, str, bool]]] = [[]]
        for i, (pos, part) in enumerate(parts):
            stripped = part.strip()
            pos += len(part) - len(part.lstrip())
            is_known = any(ka == pos and kb >= pos + len(stripped) for ka, kb in known)
            if not is_known and i == 0:
                # The first item ends the stretch before it: "At the initiative of Medicen".
                tail = [(ka, kb) for ka, kb in known if pos <= ka and kb == pos + len(stripped)]
                if tail:
                    pos, stripped, is_known = tail[0][0], text[tail[0][0]:tail[0][1]], True
            if is_known or item.fullmatch(stripped):
                runs[-1].append((pos, stripped, is_known))
            else:
                runs.append([])
        for run in runs:
            known_items = sum(1 for _, _, k in run if k)
            if known_items >= 3 and known_items > 0.6 * len(run):
                out += [(pos, name) for pos, name, k in run if not k]
    return out


def _merge_variants(mentions: list[ClusterMention]) -> list[ClusterMention]:
    """Names of one unknown cluster, the longer ending with the shorter ('Brightlands
    Maastricht Health Campus', 'Maastricht Health Campus'), become one cluster under
    the name the text uses most."""
    new = {m.key: m.name for m in mentions if m.key.startswith("new:")}
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.key] = counts.get(m.key, 0) + 1
    words = {k: tuple(normalise(n).split()) for k, n in new.items()}
    parent = {k: k for k in new}

    def find(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    for a in new:
        for b in new:
            wa, wb = words[a], words[b]
            if a != b and 2 <= len(wb) < len(wa) and wa[-len(wb):] == wb:
                parent[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for k in new:
        groups.setdefault(find(k), []).append(k)
    canonical = {}
    for members in groups.values():
        best = max(members, key=lambda k: (counts[k], len(words[k]), k))
        for k in members:
            canonical[k] = best
    return [ClusterMention(m.start, m.end, m.text, canonical[m.key], new[canonical[m.key]]) if m.key in canonical else m
            for m in mentions]


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
        if not _plausible_registry_match(m.group()):
            continue
        key = lookup[normalise(m.group())]
        if registry[key].get("kind") in ("park", "campus") and _address_follows(text, m.end(), lang):
            continue  # a venue: "Waar: Novio Tech Campus, Transistorweg 5, Nijmegen"
        # The legal form is part of the name as printed: "Brightlands Maastricht Health Campus B.V."
        legal = re.match(rf"\s(?:{_legal_forms()})(?![\w])", text[m.end():m.end() + 12])
        add(m.start(), m.end() + (legal.end() if legal else 0), key, registry[key]["name"])
    for m in acronym_re.finditer(text):
        key = lookup[f"acr:{m.group()}"]
        add(m.start(), m.end(), key, registry[key]["name"])

    if lang is not None:
        # Clusters the registry does not know, from the way the text introduces them;
        # the registry still canonicalises a name it knows.
        found = [(m.start("name"), m.group("name")) for pattern in _intro_patterns(lang) for m in pattern.finditer(text)]
        found += _list_names(text, lang)
        heads = _head_built_names(text, lang)
        for start, raw in found + heads:
            cleaned = _clean_name(raw, lang)
            if cleaned is None:
                continue
            offset, name = cleaned
            if (start, raw) not in heads and _looks_like_person(name):
                continue  # "Partner clusters: Jane Doe (BioWin), ..."
            start += offset
            key = registry_key(name) or f"new:{normalise(name)}"
            add(start, start + len(name), key, registry[key]["name"] if key in registry else name)
        for start, name in _coordinated_names(text, lang, sorted(taken)):
            cleaned = _clean_name(name, lang)
            if cleaned is not None and not _looks_like_person(cleaned[1]):
                offset, name = cleaned
                key = registry_key(name) or f"new:{normalise(name)}"
                add(start + offset, start + offset + len(name), key, registry[key]["name"] if key in registry else name)
        mentions = _merge_variants(mentions)

    # "Name (ACR)": a text defining an acronym for a cluster makes the acronym a mention.
    defined = {}
    for mention in list(mentions):
        # An acronym has two capitals at least: "(ABV)", "(PMT)", not a place "(Nantes)".
        after = re.match(r"\s*\(((?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,7})\)", text[mention.end:mention.end + 12])
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

