"""Stage 7, reconcile: per-document records -> one view across documents.

Translations are found from content only (never file names). Real translations are
rarely sentence for sentence: one version is abridged or cut off, a name is respelled,
a figure rounded. So two documents in different languages are compared on what the
SHORTER version contains: per signal, the share of the records of the version that has
fewer which the other version also has, not the union (the longer version's surplus
counts SURPLUS_WEIGHT per record, so that four numbers found among thirty say less than
four among five):

    persons 0.25 (names matched fuzzily, across scripts), contacts 0.25, figures 0.30
    (value and unit, with rounding tolerance), clusters 0.10, date 0.10, order 0.10
    (matched figures and names appear in the same reading order)

over the signals both documents have. The pairing score is the lower of that mean and
the same mean over the content signals alone (persons, contacts, figures: a shared
cluster and date never make two texts one), scaled down when the matched content weighs
less than MIN_EVIDENCE (a person, a contact, a date or a distinctive figure 1, a small
number or a cluster 0.5: one shared "two" is no proof). A pair scoring at least
TRANSLATION_THRESHOLD (0.60) is a translation. The same template another year or a
follow-up release shares some records, but not most of the shorter text's, and it
changes numbers at their place ("welcomed 420" / "a accueilli 510"): their share of the
shorter version's figures scales the score down. Two versions whose own dates are more
than DATE_TOLERANCE_DAYS apart are never one text (a version that states no date is no
evidence either way). One number with a unit in one version and none in the other (a
unit one language's reader missed), or one printed number under two units (a slip or a
conversion: "200 km" / "200 km2"), is a weak match.

Candidate pairs come from blocking keys (a person's name or name key, a contact address
or number, a cluster, a date, a figure), each key shared by at most RARE_KEY_DOCS
documents: two documents sharing at least MIN_SHARED_RECORDS records through them are
compared, never all documents. Each translation group carries the
evidence of the pairs that formed it (scores per signal and what matched), so a
reviewer can see why two documents were paired. Groups are the connected pairs,
strongest first. A file `translations.json` in the sources folder states or denies
pairings by hand: {"pairs": [["a.txt", "b.txt"]], "not_pairs": [["a.txt", "c.txt"]]} (a
list of three or more files states or denies each pair in it). A denied pair never ends
up in one group, not even through a third document.

Inside a translation group, persons (respelled names matched fuzzily), figures (aligned
in reading order, with rounding tolerance) and contacts are aligned and merged, keeping
each version's wording; what differs is flagged as a conflict. Across all documents, a
cluster is one record whatever name it goes by: the registry's names, former names and
acronyms and the names a document itself gives a cluster (its aliases, e.g. from "X,
formerly Y") join records, but two registry clusters are never merged (a merger is a
relation, recorded on both clusters: merged_into / absorbed) and names are compared
whole, so two clusters that share a word stay apart. A person is one record per real
person (same name, and no conflicting organisations), and facts that change over time
(member counts) are kept side by side with their source and date.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

from .extract.text import normalise
from .langdata import DATA_DIR, cluster_registry
from .models import (ClusterRelation, Conflict, ContactInSource, FigureInSource, MemberCount, PairEvidence, PersonInSource,
                     ReconciledCluster, ReconciledContact, ReconciledFigure, ReconciledPerson, ReconciledView, SignalEvidence,
                     SourceRef, TranslationGroup)

TRANSLATION_THRESHOLD = 0.60
SIGNAL_WEIGHTS = {"persons": 0.25, "contacts": 0.25, "figures": 0.30, "clusters": 0.10, "date": 0.10, "order": 0.10}
CONTENT_SIGNALS = ("persons", "contacts", "figures")
MIN_EVIDENCE = 2.0  # matched content a pair needs: two persons, or a person and a date, or four small numbers...
DATE_TOLERANCE_DAYS = 3  # versions published a day or two apart; a year apart is another edition
MIN_ORDERED = 3  # reading order says something from three matched records on
RARE_KEY_DOCS = 50  # a blocking key shared by more documents than this says nothing about pairs
MIN_SHARED_RECORDS = 2  # records a candidate pair shares through rare keys, at least
ROUNDING_TOLERANCE = 0.05  # "about 1,100" / "1 080": at most 5 % apart, and equal once rounded
SURPLUS_WEIGHT = 0.1  # what the longer version has beyond the shorter counts a little against a pair
UNIT_NOT_READ = 0.5  # match score of one number with a unit in one version and none in the other
SMALL_NUMBER = 12  # counts up to twelve (often written as words) are common to many texts
PERSON_SIMILARITY = 88  # rapidfuzz ratio of two folded full names ("Dino Mofras" ~ "Dino Moras": 95)
MANUAL_FILE = "translations.json"


def _id(prefix: str, *parts: object) -> str:
    return f"{prefix}_{hashlib.sha1(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()[:12]}"


# --- comparing names and figures -------------------------------------------------------


@lru_cache(maxsize=None)
def _transliteration() -> tuple[dict[str, str], re.Pattern | None]:
    data = json.loads((DATA_DIR / "common.json").read_text(encoding="utf-8")).get("transliteration", {})
    table = {ch: latin for name, letters in data.items() if not name.startswith("_") for ch, latin in letters.items()}
    longest_first = sorted((k for k in table if len(k) > 1), key=len, reverse=True)
    return table, re.compile("|".join(map(re.escape, longest_first))) if longest_first else None


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name's comparison form: FORMAT.md's normalisation, then letters of other scripts
    (and the Latin ones decomposition leaves alone: ø, ł, æ) spelled in Latin."""
    table, sequences = _transliteration()
    text = normalise(name)
    if sequences is not None:
        text = sequences.sub(lambda m: table[m.group()], text)
    return "".join(table.get(ch, ch) for ch in text)


def same_person(a: str, b: str) -> float:
    """How surely two folded names name one person in two versions of a text: 1 when
    equal; 0.95 for one surname with the same first name or its initial, a middle name
    dropped ("Frank Willem Jansen" / "Frank Jansen"); the rapidfuzz similarity for a
    respelling ("Dino Mofras" / "Dino Moras"); else 0."""
    if a == b:
        return 1.0
    ta, tb = a.split(), b.split()
    if len(ta) < 2 or len(tb) < 2:
        return 0.0  # a surname alone names nobody surely
    def agree(x: str, y: str) -> bool:  # one word, or a word and its initial
        return x == y or ((len(x) == 1 or len(y) == 1) and x[0] == y[0])

    if ta[-1] == tb[-1]:
        middle_a, middle_b = ta[1:-1], tb[1:-1]
        if middle_a and middle_b and (len(middle_a) != len(middle_b) or not all(map(agree, middle_a, middle_b))):
            return 0.0  # "Jean Luc Dupont" is not "Jean Marc Dupont"
        return 0.95 if agree(ta[0], tb[0]) else 0.0
    ratio = fuzz.ratio(a, b)
    if ratio >= PERSON_SIMILARITY and ta[0][0] == tb[0][0] and ta[-1][0] == tb[-1][0]:
        return round(ratio / 100, 4)
    return 0.0


def match_names(a: list[str], b: list[str]) -> list[tuple[str, str, float]]:
    """One-to-one matching of two lists of folded names: equal names first, then the
    most similar pairs."""
    sa, sb = set(a), set(b)
    pairs = [(n, n, 1.0) for n in sorted(sa & sb)]
    rest_a, rest_b = sorted(sa - sb), sorted(sb - sa)
    candidates = sorted(((s, x, y) for x in rest_a for y in rest_b if (s := same_person(x, y)) > 0),
                        key=lambda t: (-t[0], t[1], t[2]))
    used_a, used_b = set(), set()
    for s, x, y in candidates:
        if x not in used_a and y not in used_b:
            used_a.add(x)
            used_b.add(y)
            pairs.append((x, y, s))
    return pairs


@lru_cache(maxsize=65536)
def _significant_digits(value: float) -> int:
    if value == 0:
        return 1
    return len(Decimal(repr(abs(float(value)))).normalize().as_tuple().digits)


def _round_to(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - int(math.floor(math.log10(abs(value)))))


def _value_match(x: float, y: float) -> float:
    x, y = float(x), float(y)
    if x == y:
        return 1.0
    if x == 0 or y == 0 or (x > 0) != (y > 0) or abs(x - y) > ROUNDING_TOLERANCE * max(abs(x), abs(y)):
        return 0.0
    coarse, fine = (x, y) if _significant_digits(x) <= _significant_digits(y) else (y, x)
    return 0.9 if math.isclose(_round_to(fine, _significant_digits(coarse)), coarse) else 0.0


def _unit_not_read(a: dict, b: dict) -> bool:
    """The same number, a unit in one version and a bare count in the other: a unit one
    language's reader did not know ("200 km2" read as 200). Only for numbers that are
    not small, and never between two units."""
    return ("count" in (a["unit"], b["unit"]) and float(a["value"]) == float(b["value"])
            and a.get("value_max") == b.get("value_max") and abs(float(a["value"])) > SMALL_NUMBER)


_DIGITS = re.compile(r"\d(?:[\d\u00a0 .,']*\d)?")


def printed_number(f: dict) -> str | None:
    """The digits a figure was printed with ("1 100" and "1,100" -> "1100"), whatever
    unit or conversion its value went through ("200 km2" -> "200", value 2e8 m2)."""
    if "printed" in f:  # known already (the index's light profiles)
        return f["printed"]
    return _printed(f["provenance"]["text"] if f.get("provenance") else None, float(f["value"]))


@lru_cache(maxsize=65536)
def _printed(text: str | None, value: float) -> str | None:
    found = _DIGITS.search(text) if text else None
    digits = re.sub(r"\D", "", found.group()) if found else ""
    return digits if len(digits) >= 2 and abs(value) > SMALL_NUMBER else None


def _unit_slip(a: dict, b: dict) -> bool:
    """The same printed number under two units: a translator's slip or one version's
    conversion ("an area of 200 km" / "un rayon de 200 km2")."""
    pa = printed_number(a)
    return pa is not None and pa == printed_number(b) and a.get("value_max") is None and b.get("value_max") is None


def figure_match(a: dict, b: dict) -> float:
    """1 for one value and unit; 0.9 when one version rounds the other ("about 1,100" /
    "1 080", "€1.2 million" / "€1,234,000"), unless the rounded one's qualifier says
    otherwise ("more than 3,300" is not 3 297); UNIT_NOT_READ for one number with a unit
    in one version and none in the other, or for one printed number under two units;
    0 otherwise."""
    if a["unit"] != b["unit"]:
        return UNIT_NOT_READ if _unit_not_read(a, b) or _unit_slip(a, b) else 0.0
    if (a.get("value_max") is None) != (b.get("value_max") is None):
        return 0.0
    score = _value_match(a["value"], b["value"])
    if score and a.get("value_max") is not None:
        score = min(score, _value_match(a["value_max"], b["value_max"]))
    if 0 < score < 1:
        x, y = float(a["value"]), float(b["value"])
        coarse, fine = (a, y) if _significant_digits(x) <= _significant_digits(y) else (b, x)
        bound = float(coarse["value"])
        if (coarse["qualifier"] in ("more_than", "at_least") and fine < bound) or \
                (coarse["qualifier"] in ("less_than", "up_to") and fine > bound):
            return 0.0
    return score


def _small(f: dict) -> bool:
    """A small whole count or duration ("two", "5 years"): many texts share one."""
    v = float(f["value"])
    return (f["unit"] in ("count", "rank", "year", "month", "week", "day", "hour") and v.is_integer()
            and abs(v) <= SMALL_NUMBER and f.get("value_max") is None)


def _figure_index(figures: list[dict]) -> dict[str, list[tuple[float, int]]]:
    """Positions of a version's figures by unit, sorted by value."""
    by_unit: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for j, f in enumerate(figures):
        by_unit[f["unit"]].append((float(f["value"]), j))
    for values in by_unit.values():
        values.sort()
    return by_unit


def _printed_index(figures: list[dict]) -> dict[str, list[int]]:
    """Positions of a version's figures by the digits they were printed with."""
    printed: dict[str, list[int]] = defaultdict(list)
    for j, g in enumerate(figures):
        if (digits := printed_number(g)) is not None:
            printed[digits].append(j)
    return printed


def align_figures(fa: list[dict], fb: list[dict], index_b: dict[str, list[tuple[float, int]]] | None = None,
                  printed_b: dict[str, list[int]] | None = None) -> list[tuple[int, int, float]]:
    """One-to-one alignment of two versions' figures (each in reading order): the best
    alignment that keeps the reading order (a weighted longest common subsequence over
    the pairs that match), then the figures left over, by value. Returns (index in fa,
    index in fb, match score). Only values within the rounding tolerance are compared.
    `index_b` and `printed_b` are fb's _figure_index and _printed_index, when known."""
    n, m = len(fa), len(fb)
    if not n or not m:
        return []
    by_unit = index_b if index_b is not None else _figure_index(fb)
    scores: dict[tuple[int, int], float] = {}
    other_units = sorted(by_unit)
    if printed_b is None:
        printed_b = _printed_index(fb)
    for i, f in enumerate(fa):
        for j in (printed_b.get(printed_number(f) or "", ()) if printed_b else ()):
            if fb[j]["unit"] != f["unit"] and (s := figure_match(f, fb[j])):
                scores[(i, j)] = s
        v = float(f["value"])
        lo, hi = sorted((v * (1 - ROUNDING_TOLERANCE), v * (1 + ROUNDING_TOLERANCE)))
        # the same unit, within the rounding tolerance; another unit only for this very
        # number, and only a bare count against a unit (a unit one version's reader missed)
        searches = [(f["unit"], lo, hi)]
        if abs(v) > SMALL_NUMBER:
            searches += [(u, v, v) for u in (other_units if f["unit"] == "count" else ("count",)) if u != f["unit"]]
        for unit, low, high in searches:
            values = by_unit.get(unit)
            if not values:
                continue
            for k in range(bisect_left(values, (low, -1)), len(values)):
                w, j = values[k]
                if w > high:
                    break
                s = figure_match(f, fb[j])
                if s:
                    scores[(i, j)] = s
    if not scores:
        return []
    # Weighted longest common subsequence over the matching cells, with a max-Fenwick
    # tree over the second version's positions: O(k log m) for k matching cells.
    tree: list[tuple[float, tuple[int, int] | None]] = [(0.0, None)] * (m + 1)

    def query(j: int) -> tuple[float, tuple[int, int] | None]:  # best chain ending before position j
        best: tuple[float, tuple[int, int] | None] = (0.0, None)
        while j > 0:
            if tree[j][0] > best[0]:
                best = tree[j]
            j -= j & -j
        return best

    def update(j: int, value: float, cell: tuple[int, int]) -> None:
        j += 1
        while j <= m:
            if value > tree[j][0]:
                tree[j] = (value, cell)
            j += j & -j

    total: dict[tuple[int, int], float] = {}
    previous: dict[tuple[int, int], tuple[int, int] | None] = {}
    cells = sorted(scores)
    start = 0
    while start < len(cells):
        end = start
        while end < len(cells) and cells[end][0] == cells[start][0]:
            end += 1
        row = cells[start:end]
        for cell in row:
            before, prev = query(cell[1])
            total[cell] = before + scores[cell]
            previous[cell] = prev
        for cell in row:
            update(cell[1], total[cell], cell)
        start = end
    last: tuple[int, int] | None = max(cells, key=lambda c: (total[c], -c[0], -c[1]))
    pairs = []
    while last is not None:
        pairs.append((last[0], last[1], scores[last]))
        last = previous[last]
    used_a, used_b = {p[0] for p in pairs}, {p[1] for p in pairs}
    rest = sorted(((s, abs(i / n - j / m), i, j) for (i, j), s in scores.items() if i not in used_a and j not in used_b),
                  key=lambda t: (-t[0], t[1], t[2], t[3]))
    for s, _, i, j in rest:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j, s))
    return sorted(pairs)


def changed_figures(fa: list[dict], fb: list[dict], aligned: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """Numbers one version states differently at the same place: between the same two
    aligned figures (in reading order), a figure of each version left unaligned, with one
    unit and another value ("welcomed 420 participants" / "a accueilli 510 participants").
    A translation keeps its numbers (or rounds them); the same template another year or a
    follow-up release changes them. A version's extra figures (abridged, truncated, or
    with a unit read differently) are no change."""
    tails: list[int] = []  # the longest run of aligned pairs in both reading orders
    last_at: list[tuple[int, int]] = []
    chain: dict[tuple[int, int], tuple[int, int] | None] = {}
    for i, j in sorted((i, j) for i, j, _ in aligned):
        k = bisect_left(tails, j)
        chain[(i, j)] = last_at[k - 1] if k else None
        if k == len(tails):
            tails.append(j)
            last_at.append((i, j))
        else:
            tails[k] = j
            last_at[k] = (i, j)
    ordered: list[tuple[int, int]] = []
    node = last_at[-1] if last_at else None
    while node is not None:
        ordered.append(node)
        node = chain[node]
    ordered.reverse()
    used_a, used_b = {i for i, _, _ in aligned}, {j for _, j, _ in aligned}
    changed: list[tuple[int, int]] = []
    bounds = [(-1, -1), *ordered, (len(fa), len(fb))]
    for (ia, ja), (ib, jb) in zip(bounds, bounds[1:]):
        gap_a = [i for i in range(ia + 1, ib) if i not in used_a]
        gap_b = [j for j in range(ja + 1, jb) if j not in used_b]
        for unit in sorted({fa[i]["unit"] for i in gap_a} & {fb[j]["unit"] for j in gap_b}):
            changed += zip([i for i in gap_a if fa[i]["unit"] == unit], [j for j in gap_b if fb[j]["unit"] == unit])
    return changed


def _in_order(positions: list[tuple[int, int]]) -> int:
    """How many matched records keep their reading order in both versions (the longest
    increasing run of positions in the second version, taken in the first's order)."""
    tails: list[int] = []
    for _, b in sorted(positions):
        k = bisect_left(tails, b)
        if k == len(tails):
            tails.append(b)
        else:
            tails[k] = b
    return len(tails)


# --- translation pairs -----------------------------------------------------------------


def _profile(doc: dict) -> dict:
    """What a document is compared on, computed once per document."""
    persons: dict[str, tuple[int, str]] = {}
    for p in sorted(doc["persons"], key=lambda p: (p["provenance"]["start"], p["id"])):
        persons.setdefault(name_key(p["name"]), (p["provenance"]["start"], p["name"]))
    dates = {m["date"] for m in doc.get("dated_mentions") or []}
    figures = sorted(doc["figures"], key=lambda f: (f["provenance"]["start"], f["id"]))
    if doc.get("date"):
        dates.add(doc["date"])
    return {
        "language": doc["language"],
        "persons": persons,
        "contacts": {x for c in doc["contacts"] for x in (c["email"], c["phone"]) if x},
        "figures": figures,
        "figure_index": _figure_index(figures),
        "printed_index": _printed_index(figures),
        "clusters": {c["registry_id"] or name_key(c["name"]) for c in doc["clusters"]},
        "date": doc.get("date"),
        "dates": dates,
    }


def _fmt_value(v: float | int) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def _signal(name: str, matched: float, sizes: tuple[int, int], matches: list[str] | None, count: int | None = None) -> dict:
    """A signal's score: the share of the shorter version's records matched, the longer
    version's surplus counting SURPLUS_WEIGHT each (an excerpt of a long text is still
    its translation, but four numbers found among thirty say less than four among five)."""
    short, long = min(sizes), max(sizes)
    return {"signal": name, "weight": SIGNAL_WEIGHTS[name], "score": round(matched / (short + SURPLUS_WEIGHT * (long - short)), 4),
            "matched": count if count is not None else int(matched), "compared": short, "matches": matches or []}


def _compare(pa: dict, pb: dict, explain: bool) -> dict:
    """The pairing score of two profiles and, with `explain`, what matched (every
    candidate pair is scored; only the pairs kept are explained)."""
    if not explain and pa["date"] and pb["date"] and _days_apart(pa["date"], pb["date"]) > DATE_TOLERANCE_DAYS:
        return {"score": 0.0}  # dated apart: never a pair, whatever else agrees
    signals: list[dict] = []
    evidence = 0.0
    changed: list[str] = []
    changed_share = 0.0
    positions: list[tuple[int, int]] = []

    if pa["persons"] and pb["persons"]:
        matched = match_names(list(pa["persons"]), list(pb["persons"]))
        words = []
        for x, y, _ in matched:
            wa, wb = pa["persons"][x][1], pb["persons"][y][1]
            if explain:
                words.append(wa if wa == wb else f"{wa} ~ {wb}")
            positions.append((pa["persons"][x][0], pb["persons"][y][0]))
        evidence += len(matched)
        signals.append(_signal("persons", len(matched), (len(pa["persons"]), len(pb["persons"])), words))
    if pa["contacts"] and pb["contacts"]:
        shared = sorted(pa["contacts"] & pb["contacts"])
        evidence += len(shared)
        signals.append(_signal("contacts", len(shared), (len(pa["contacts"]), len(pb["contacts"])), shared))
    if pa["figures"] and pb["figures"]:
        fa, fb = pa["figures"], pb["figures"]
        aligned = align_figures(fa, fb, pb["figure_index"], pb["printed_index"])
        words = []
        for i, j, s in aligned:
            f, g = fa[i], fb[j]
            if explain:
                value = _fmt_value(f["value"]) if s == 1.0 else f"{_fmt_value(f['value'])}/{_fmt_value(g['value'])}"
                words.append(f"{value} {f['unit']}: {f['provenance']['text']} ~ {g['provenance']['text']}")
            positions.append((f["provenance"]["start"], g["provenance"]["start"]))
            evidence += 0.5 if _small(f) else 1.0
        signals.append(_signal("figures", sum(s for _, _, s in aligned), (len(fa), len(fb)), words, count=len(aligned)))
        for i, j in changed_figures(fa, fb, aligned):
            changed.append(f"{_fmt_value(fa[i]['value'])} / {_fmt_value(fb[j]['value'])} {fa[i]['unit']}: "
                           f"{fa[i]['provenance']['text']} ~ {fb[j]['provenance']['text']}" if explain else "")
        changed_share = len(changed) / min(len(fa), len(fb))
    if pa["clusters"] and pb["clusters"]:
        shared = sorted(pa["clusters"] & pb["clusters"])
        evidence += 0.5 * len(shared)
        signals.append(_signal("clusters", len(shared), (len(pa["clusters"]), len(pb["clusters"])), shared))
    dated_apart = False
    if pa["date"] and pb["date"]:
        apart = _days_apart(pa["date"], pb["date"])
        dated_apart = apart > DATE_TOLERANCE_DAYS
        evidence += apart == 0
        agreement = 1.0 if apart == 0 else 0.5 if not dated_apart else 0.0
        signals.append(_signal("date", agreement, (1, 1), [pa["date"] if apart == 0 else f"{pa['date']} / {pb['date']}"],
                               count=int(apart == 0)))
    elif pa["dates"] and pb["dates"]:
        # One version states no date of its own (an excerpt, a translation without its
        # dateline): the dates either version mentions.
        shared = sorted(pa["dates"] & pb["dates"])
        evidence += min(len(shared), 1)
        signals.append(_signal("date", len(shared), (len(pa["dates"]), len(pb["dates"])), shared))
    if len(positions) >= MIN_ORDERED:
        signals.append(_signal("order", _in_order(positions), (len(positions), len(positions)), []))

    def mean(names) -> float | None:
        present = [s for s in signals if s["signal"] in names]
        weight = sum(s["weight"] for s in present)
        return round(sum(s["weight"] * s["score"] for s in present) / weight, 4) if weight else None

    overall = mean(SIGNAL_WEIGHTS) or 0.0
    content = mean(CONTENT_SIGNALS)
    score = min(overall, content or 0.0) * min(1.0, evidence / MIN_EVIDENCE)
    score *= max(0.0, 1.0 - changed_share)  # numbers changed at their place: another edition of a template
    if dated_apart:
        score = 0.0  # two versions of one release carry its date: another edition, a follow-up
    return {"score": round(score, 4), "signal_mean": overall, "content_score": content, "evidence": round(evidence, 2),
            "changed_figures": changed, "signals": signals}


def pair_evidence(a: dict, b: dict, profile_a: dict | None = None, profile_b: dict | None = None,
                  decided_by: str = "content") -> PairEvidence:
    """How two documents agree, signal by signal, measured on the shorter version."""
    found = _compare(profile_a or _profile(a), profile_b or _profile(b), explain=True)
    return PairEvidence(sources=sorted((a["source"], b["source"])), decided_by=decided_by,
                        **{**found, "signals": [SignalEvidence(**s) for s in found["signals"]]})


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 0 if a == b else DATE_TOLERANCE_DAYS + 1


def translation_score(a: dict, b: dict, signals_a: dict | None = None, signals_b: dict | None = None) -> float:
    """How likely two documents are versions of one text, from 0 to 1."""
    return _compare(signals_a or _profile(a), signals_b or _profile(b), explain=False)["score"]


def _blocking_keys(profile: dict) -> set[tuple]:
    keys: set[tuple] = set()
    for key in profile["persons"]:
        tokens = key.split()
        keys.add(("p", key))
        if len(tokens) >= 2:
            keys.add(("pf", tokens[0], tokens[-1][0]))  # a respelled surname: "dino m"
            keys.add(("pl", tokens[-1]))  # a respelled first name
    keys |= {("c", x) for x in profile["contacts"]}
    keys |= {("k", x) for x in profile["clusters"]}
    keys |= {("d", x) for x in profile["dates"]}
    sequence = []
    for f in profile["figures"]:
        keys.add(("f", float(f["value"]), f["unit"]))
        if _significant_digits(f["value"]) > 2:
            keys.add(("fr", _round_to(float(f["value"]), 2), f["unit"]))  # rounded in the other version
        if not sequence or sequence[-1] != (float(f["value"]), f["unit"]):
            sequence.append((float(f["value"]), f["unit"]))
    # Two figures in a row: rare even when each number is common ("eight ... two ...
    # five"), so versions that share only small numbers still meet in a block.
    keys |= {("fs", *a, *b) for a, b in zip(sequence, sequence[1:])}
    return keys


# Blocking keys by kind: several keys come from one record (a name gives its own key,
# its first name and initial, its surname; a number its value and its rounding), so a
# pair's shared keys are counted per record, not key by key.
WEAK_KEYS = {"pf": "p", "pl": "p", "fr": "f"}  # counted only when no key of their record's kind is shared


def shared_records(kinds: Counter) -> int:
    """How many records two documents share, from the kinds of the rare keys they share:
    each name ("p"), figure ("f"), pair of figures in a row ("fs"), contact, cluster and
    date counts one; a respelled name or a rounded figure (only its weak keys shared)
    counts one too."""
    strong = sum(n for kind, n in kinds.items() if kind not in WEAK_KEYS)
    weak = {WEAK_KEYS[kind] for kind, n in kinds.items() if kind in WEAK_KEYS and n}
    return strong + sum(1 for kind in weak if not kinds.get(kind))


def candidate_pairs(docs: list[dict], profiles: dict[str, dict]) -> set[tuple[str, str]]:
    """Pairs worth scoring: documents in different languages sharing at least
    MIN_SHARED_RECORDS records through blocking keys that at most RARE_KEY_DOCS documents
    have. Scoring every pair is quadratic; a translation always shares several of these
    (its names, numbers, dates, contacts), while one shared name or number alone (a
    cluster's director, a common count) says nothing, as the score's MIN_EVIDENCE says."""
    index: dict[tuple, list[str]] = defaultdict(list)
    for d in docs:
        for key in _blocking_keys(profiles[d["source"]]):
            index[key].append(d["source"])
    language = {d["source"]: d["language"] for d in docs}
    shared: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for key, sources in index.items():
        if len(sources) > RARE_KEY_DOCS:
            continue
        for a, b in combinations(sorted(sources), 2):
            if language[a] != language[b]:
                shared[(a, b)][key[0]] += 1
    return {pair for pair, kinds in shared.items() if shared_records(kinds) >= MIN_SHARED_RECORDS}


def load_manual(sources_dir: Path | None) -> tuple[set[frozenset], set[frozenset]]:
    if sources_dir is None or not (Path(sources_dir) / MANUAL_FILE).exists():
        return set(), set()
    data = json.loads((Path(sources_dir) / MANUAL_FILE).read_text(encoding="utf-8"))

    # A list of three or more files states (or denies) every pair in it: a translation
    # group is written down as a group (as the reconciliation gold does), and a frozenset
    # of three would otherwise never match a pair and be silently ignored.
    def pairs(key: str) -> set[frozenset]:
        return {frozenset(p) for group in data.get(key, []) for p in combinations(sorted(set(group)), 2)}

    return pairs("pairs"), pairs("not_pairs")


def translation_groups(docs: list[dict], manual_pairs=frozenset(), denied=frozenset()) -> list[TranslationGroup]:
    by_source = {d["source"]: d for d in docs}
    links: dict[frozenset, PairEvidence] = {}
    profiles = {s: _profile(d) for s, d in by_source.items()}
    for pair in manual_pairs:
        if pair <= set(by_source) and pair not in denied:
            a, b = sorted(pair)
            links[pair] = pair_evidence(by_source[a], by_source[b], profiles[a], profiles[b], decided_by="manual")
    for a, b in sorted(candidate_pairs(docs, profiles)):
        pair = frozenset((a, b))
        if pair in denied or pair in links:
            continue
        if _compare(profiles[a], profiles[b], explain=False)["score"] >= TRANSLATION_THRESHOLD:
            links[pair] = pair_evidence(by_source[a], by_source[b], profiles[a], profiles[b])
    return groups_from_links({s: d["language"] for s, d in by_source.items()}, links, denied)


def linked_components(links: dict[frozenset, object], denied=frozenset()) -> list[tuple[list[str], list]]:
    """The groups the pairs kept (`links`, each with its evidence: anything with `score`,
    `decided_by` and `sources`) form, as (sorted sources, evidence sorted by sources).
    The strongest links are joined first (pairs stated by hand, then by score), and two
    groups that a denied pair spans are never joined: a denial must hold even when A~B
    and B~C would otherwise chain A and C together through B. Only linked documents
    matter: the others are groups of one, which are not listed."""
    parent = {s: s for pair in links for s in pair}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    members_of = {s: {s} for s in parent}
    joined: dict[str, list] = defaultdict(list)
    for pair, ev in sorted(links.items(), key=lambda kv: (kv[1].decided_by != "manual", -kv[1].score, sorted(kv[0]))):
        a, b = sorted(pair)
        ra, rb = root(a), root(b)
        if ra == rb or any(frozenset((x, y)) in denied for x in members_of[ra] for y in members_of[rb]):
            continue
        parent[ra] = rb
        members_of[rb] |= members_of.pop(ra)
        joined[rb] += joined.pop(ra, []) + [ev]
    members: dict[str, list[str]] = defaultdict(list)
    for s in sorted(parent):
        members[root(s)].append(s)
    return sorted((sources, sorted(joined[r], key=lambda e: e.sources)) for r, sources in members.items() if len(sources) > 1)


def make_group(sources: list[str], languages: dict[str, str], evidence: list[PairEvidence]) -> TranslationGroup:
    manual = any(e.decided_by == "manual" for e in evidence)
    return TranslationGroup(id=group_id(sources), sources=sources, languages={s: languages[s] for s in sources},
                            score=1.0 if manual else min(e.score for e in evidence), decided_by="manual" if manual else "content",
                            evidence=evidence)


def group_id(sources: list[str]) -> str:
    return _id("grp", sources)


def groups_from_links(languages: dict[str, str], links: dict[frozenset, PairEvidence], denied=frozenset()) -> list[TranslationGroup]:
    """Translation groups from the pairs kept (see linked_components), sorted by sources."""
    return [make_group(sources, languages, evidence) for sources, evidence in linked_components(links, denied)]


# --- clusters --------------------------------------------------------------------------


def _clusters(docs: list[dict]) -> list[ReconciledCluster]:
    """One record per real cluster. Each cluster record has an anchor: its registry key,
    else its own name. A name the record gives the cluster besides its own (an alias,
    e.g. a former name the document states) joins the record to the cluster whose name
    (a registry name, former name or acronym, or the name another document introduces a
    cluster by) that is. Names are compared whole: two clusters sharing a word, or only
    an alias, stay apart; two registry clusters are never joined (a merger is a relation)."""
    registry = cluster_registry()
    registry_names: dict[str, str] = {}
    for key, entry in sorted(registry.items()):
        for n in [entry["name"], *entry["names"], *entry.get("former_names", []), *entry.get("acronyms", [])]:
            registry_names.setdefault(name_key(n), key)

    def anchor_of(c: dict) -> str:
        return c["registry_id"] or registry_names.get(name_key(c["name"])) or f"new:{name_key(c['name'])}"

    entries = [(doc, c, anchor_of(c)) for doc in docs for c in doc["clusters"]]
    anchors = {a for _, _, a in entries}

    def named(n: str) -> str | None:
        key = name_key(n)
        target = registry_names.get(key)
        if target is None and f"new:{key}" in anchors:
            target = f"new:{key}"
        return target

    # A registry cluster that a document names only as another record's alias ("Biovia,
    # formerly flanders.bio") is a node too, so that the record can join it.
    nodes = anchors | {t for _, c, _ in entries for n in c["aliases"] if (t := named(n)) in registry}
    parent = {a: a for a in nodes}
    has_registry = {a: ({a} if a in registry else set()) for a in nodes}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    links = sorted({(a, t) for _, c, a in entries for n in c["aliases"] if (t := named(n)) and t != a})
    for a, t in links:
        ra, rt = root(a), root(t)
        if ra == rt or (has_registry[ra] and has_registry[rt]):
            continue
        keep, drop = sorted((ra, rt), key=lambda x: (x not in registry, x))
        parent[drop] = keep
        has_registry[keep] |= has_registry.pop(drop)

    groups: dict[str, dict] = {}
    for doc, c, a in entries:
        r = root(a)
        g = groups.setdefault(r, {"names": set(), "sources": set(), "counts": [], "records": [], "shown": Counter()})
        g["shown"][c["name"]] += 1
        g["names"].add(c["name"])
        for n in c["aliases"]:
            t = named(n)
            # An alias that names another cluster (one this record was not joined to, e.g.
            # the partner of a merger) is that cluster's name, not this one's.
            if t is None or (t in parent and root(t) == r):
                g["names"].add(n)
        g["sources"].add(doc["source"])
        g["records"].append(SourceRef(source=doc["source"], record_id=c["id"]))
        if c["members"] is not None:
            g["counts"].append(MemberCount(source=doc["source"], date=doc.get("date"), members=c["members"]))
    ids = {r: _id("rcl", r) for r in groups}
    # Inverse relations: the registry records a merger on the cluster that merged; the one
    # that absorbed it gets the inverse relation, so the merger is visible from both.
    absorbed: dict[str, list[tuple[str, int | None]]] = defaultdict(list)
    for other_key, other in sorted(registry.items()):
        for rel in other.get("relations", []):
            if rel["type"] == "merged_into":
                absorbed[rel["cluster"]].append((other_key, rel.get("year")))
    out = []
    for r, g in groups.items():
        entry = registry.get(r)
        relations = []
        if entry:
            for rel in entry.get("relations", []):
                target = rel["cluster"]
                relations.append(ClusterRelation(type=rel["type"], cluster_id=ids.get(target, _id("rcl", target)), year=rel.get("year")))
            for other_key, year in absorbed.get(r, []):
                relations.append(ClusterRelation(type="absorbed", cluster_id=ids.get(other_key, _id("rcl", other_key)), year=year))
        relations.sort(key=lambda rel: (rel.type, rel.cluster_id, rel.year or 0))
        shown = max(g["shown"], key=lambda n: (g["shown"][n], -len(n), n)) if not entry else entry["name"]
        out.append(ReconciledCluster(
            id=ids[r], name=shown, registry_id=r if entry else None,
            names=sorted(g["names"]), sources=sorted(g["sources"]),
            member_counts=sorted(g["counts"], key=lambda m: (m.date or "", m.source)), relations=relations,
            records=sorted(g["records"], key=lambda ref: (ref.source, ref.record_id))))
    return sorted(out, key=lambda c: (normalise(c.name), c.id))


# --- persons ---------------------------------------------------------------------------


def _org_key(person: dict) -> str | None:
    if person.get("organization_cluster_id"):
        return person["organization_cluster_id"]
    return normalise(person["organization"]) if person.get("organization") else None


def _respellings(docs: list[dict], groups: list[TranslationGroup]) -> dict[str, str]:
    """Folded name -> the key of the person it names, for names that versions of one text
    spell differently ("Dino Mofras" / "Dino Moras"): matched fuzzily inside a translation
    group, never two names that one document gives two persons."""
    by_source = {d["source"]: d for d in docs}
    names = {s: sorted({name_key(p["name"]) for p in by_source[s]["persons"]}) for g in groups for s in g.sources}
    parent: dict[str, str] = {}
    sources_of: dict[str, set[str]] = {}
    for ns in names.values():
        for n in ns:
            parent.setdefault(n, n)
            sources_of.setdefault(n, set())
    for d in docs:  # every document naming one of them, in a group or not
        for p in d["persons"]:
            if (n := name_key(p["name"])) in sources_of:
                sources_of[n].add(d["source"])

    def root(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for g in groups:
        for a, b in combinations(g.sources, 2):
            for x, y, _ in match_names(names[a], names[b]):
                rx, ry = root(x), root(y)
                if rx == ry or sources_of[rx] & sources_of[ry]:
                    continue
                keep, drop = min(rx, ry), max(rx, ry)
                parent[drop] = keep
                sources_of[keep] |= sources_of.pop(drop)
    return {n: root(n) for n in parent if root(n) != n}


def _persons(docs: list[dict], group_of: dict[str, str], respelled: dict[str, str] | None = None) -> list[ReconciledPerson]:
    """Same folded name (accents, case, hyphens and script aside; respellings inside a
    translation group mapped to one) is one person, unless the organisations conflict and
    the documents are not versions of one text.

    The decision is made on the whole set of mentions at once, never in reading order:
    with several namesakes of different organisations, a mention naming no organisation
    is evidence for none of them, so it is not attached to whichever one came first (which
    made the result depend on file names)."""
    respelled = respelled or {}
    units: dict[str, dict[str, list[tuple[str, dict]]]] = defaultdict(lambda: defaultdict(list))
    for doc in docs:
        for p in doc["persons"]:
            key = name_key(p["name"])
            # Versions of one text name the same people: a translation group is one unit.
            units[respelled.get(key, key)][group_of.get(doc["source"]) or doc["source"]].append((doc["source"], p))
    out = []
    for name, by_unit in units.items():
        keys = sorted(by_unit)
        orgs = {k: {o for _, p in by_unit[k] if (o := _org_key(p))} for k in keys}
        parent = {k: k for k in keys}

        def root(k: str) -> str:
            while parent[k] != k:
                k = parent[k]
            return k

        first_with: dict[str, str] = {}  # units sharing an organisation are one: linear, not pairwise
        for k in keys:
            for o in sorted(orgs[k]):
                if o in first_with:
                    ra, rb = root(k), root(first_with[o])
                    if ra != rb:
                        parent[ra] = rb
                else:
                    first_with[o] = k
        components: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            components[root(k) if orgs[k] else ""].append(k)
        with_org = [c for r, c in components.items() if r]
        if len(with_org) <= 1:
            people = [keys]  # no conflicting organisations: one person
        else:
            people = with_org + ([components[""]] if components.get("") else [])
        for unit_keys in people:
            entries = [e for k in unit_keys for e in by_unit[k]]
            person_orgs = sorted({o for k in unit_keys for o in orgs[k]})
            variants = sorted({p["name"] for _, p in entries})
            by_source = {s: PersonInSource(name=p["name"], role=p["role"], role_code=p["role_code"],
                                           organization=p["organization"], record_id=p["id"]) for s, p in entries}
            # The most frequent spelling; on a tie the one with more accents and hyphens
            # (the careful spelling), then alphabetical, never the first file's.
            counts = Counter(p["name"] for _, p in entries)
            shown = max(counts, key=lambda n: (counts[n], sum(1 for ch in n if not ch.isascii() or ch == "-"), n))
            disambiguator = person_orgs if len(people) > 1 else []
            out.append(ReconciledPerson(id=_id("rpe", name, disambiguator), name=shown,
                                        variants=variants, by_source=dict(sorted(by_source.items())), sources=sorted(by_source)))
    return sorted(out, key=lambda p: (normalise(p.name), p.id))


def _shown_figure(members: dict[str, dict]) -> tuple[str, dict]:
    """The version whose value the reconciled figure shows: one that states a unit over a
    bare number, an exact statement over a rounded one ("1 080" over "about 1,100"), then
    the more precise value, then the most common; ties by source name."""
    counts = Counter(float(f["value"]) for f in members.values())
    return min(members.items(), key=lambda sf: (sf[1]["unit"] == "count", sf[1]["qualifier"] != "exact",
                                                -_significant_digits(sf[1]["value"]), -counts[float(sf[1]["value"])], sf[0]))


def _figures(docs: list[dict], groups: list[TranslationGroup]) -> tuple[list[ReconciledFigure], list[Conflict]]:
    """In a translation group, figures are aligned version against version (reading order
    first, then by value, with rounding tolerance) into one record per fact, at most one
    figure of each version in it; a figure outside any group stands alone."""
    by_source = {d["source"]: d for d in docs}
    out: list[ReconciledFigure] = []
    conflicts: list[Conflict] = []
    grouped = set()
    for g in groups:
        figs = {s: sorted(by_source[s]["figures"], key=lambda f: (f["provenance"]["start"], f["id"])) for s in g.sources}
        grouped.update(g.sources)
        parent = {(s, i): (s, i) for s in g.sources for i in range(len(figs[s]))}
        in_component = {node: {node[0]} for node in parent}

        def root(node: tuple[str, int]) -> tuple[str, int]:
            while parent[node] != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        def join(a: str, b: str, fa: list[int], fb: list[int]) -> None:
            for i, j, _ in align_figures([figs[a][x] for x in fa], [figs[b][y] for y in fb]):
                ra, rb = root((a, fa[i])), root((b, fb[j]))
                if ra == rb or in_component[ra] & in_component[rb]:
                    continue  # never two figures of one version in one record
                keep, drop = min(ra, rb), max(ra, rb)
                parent[drop] = keep
                in_component[keep] |= in_component.pop(drop)

        # Every version against the one with most figures, then what is left of the
        # others among themselves (a fact the fullest version leaves out): linear in the
        # group's size when the versions agree.
        pivot = max(g.sources, key=lambda s: (len(figs[s]), s))
        for s in g.sources:
            if s != pivot:
                join(pivot, s, list(range(len(figs[pivot]))), list(range(len(figs[s]))))
        for a, b in combinations([s for s in g.sources if s != pivot], 2):
            left_a = [i for i in range(len(figs[a])) if len(in_component[root((a, i))]) == 1]
            left_b = [j for j in range(len(figs[b])) if len(in_component[root((b, j))]) == 1]
            if left_a and left_b:
                join(a, b, left_a, left_b)
        components: dict[tuple[str, int], dict[str, dict]] = defaultdict(dict)
        for node in sorted(parent):
            components[root(node)][node[0]] = figs[node[0]][node[1]]
        for members in components.values():
            members = dict(sorted(members.items()))
            _, shown = _shown_figure(members)
            rid = _id("rfi", g.id, sorted((s, f["id"]) for s, f in members.items()))
            qualifiers = {f["qualifier"] for f in members.values()}
            # Versions that disagree (flagged below) are reported as the plainest.
            qualifier = next(iter(qualifiers)) if len(qualifiers) == 1 else ("exact" if "exact" in qualifiers else min(qualifiers))
            out.append(ReconciledFigure(
                id=rid, value=shown["value"], value_max=shown["value_max"], unit=shown["unit"], qualifier=qualifier,
                translation_group=g.id,
                by_source={s: FigureInSource(value=None if (f["value"], f["value_max"]) == (shown["value"], shown["value_max"]) else f["value"],
                                             unit=None if f["unit"] == shown["unit"] else f["unit"],
                                             text=f["provenance"]["text"], about=f["about"], qualifier=f["qualifier"], record_id=f["id"])
                           for s, f in members.items()},
                sources=sorted(members)))
            if len({(float(f["value"]), f["value_max"]) for f in members.values()}) > 1:
                conflicts.append(Conflict(kind="value_differs", translation_group=g.id, record_type="figure", reconciled_id=rid,
                                          detail="value differs (rounded): " + ", ".join(f"{s}: {_fmt(f)}" for s, f in members.items()),
                                          sources=sorted(members)))
            if len({f["unit"] for f in members.values()}) > 1:
                conflicts.append(Conflict(kind="value_differs", translation_group=g.id, record_type="figure", reconciled_id=rid,
                                          detail="unit differs: " + ", ".join(f"{s}: {_fmt(f)}" for s, f in members.items()),
                                          sources=sorted(members)))
            if len(qualifiers) > 1:
                conflicts.append(Conflict(kind="value_differs", translation_group=g.id, record_type="figure", reconciled_id=rid,
                                          detail="qualifier differs: " + ", ".join(f"{s}: {f['qualifier']}" for s, f in members.items()),
                                          sources=sorted(members)))
            if len(members) < len(g.sources):
                conflicts.append(Conflict(kind="only_in_one_version", translation_group=g.id, record_type="figure", reconciled_id=rid,
                                          detail=f"{_fmt(shown)} is missing from " + ", ".join(s for s in g.sources if s not in members),
                                          sources=sorted(members)))
    for s, doc in by_source.items():
        if s in grouped:
            continue
        out += [ReconciledFigure.model_validate(lone_figure(s, f)) for f in doc["figures"]]
    return sorted(out, key=lambda f: (f.translation_group or "", f.sources, f.unit, f.value, f.id)), conflicts


def lone_figure(source: str, f: dict) -> dict:
    """The reconciled figure (as ReconciledFigure dumps it) of a figure that is in no
    translation group: itself. A plain dict, for the index's writing speed."""
    return {"id": _id("rfi", source, f["id"]), "value": f["value"], "value_max": f["value_max"], "unit": f["unit"],
            "qualifier": f["qualifier"], "translation_group": None,
            "by_source": {source: {"value": None, "unit": None, "text": f["provenance"]["text"], "about": f["about"],
                                   "qualifier": f["qualifier"], "record_id": f["id"]}},
            "sources": [source]}


def _fmt(f: dict) -> str:
    return f"{f['value']} {f['unit']} ({f['provenance']['text']!r})"


def _contacts(docs: list[dict]) -> list[ReconciledContact]:
    merged: dict[tuple, dict] = {}
    for doc in docs:
        for c in doc["contacts"]:
            key = (c["email"], c["phone"], normalise(c["name"] or ""))
            m = merged.setdefault(key, {"name": c["name"], "by_source": {}})
            m["by_source"][doc["source"]] = ContactInSource(name=c["name"], organization=c["organization"],
                                                            phone_as_written=c["phone_as_written"], record_id=c["id"])
    return sorted((ReconciledContact(id=_id("rco", *key), name=m["name"], email=key[0], phone=key[1],
                                     by_source=dict(sorted(m["by_source"].items())), sources=sorted(m["by_source"]))
                   for key, m in merged.items()), key=lambda c: (c.email or "", c.phone or "", c.id))


def _person_conflicts(persons: list[ReconciledPerson], groups: list[TranslationGroup]) -> list[Conflict]:
    conflicts = []
    for g in groups:
        for p in persons:
            present = [s for s in g.sources if s in p.by_source]
            if not present:
                continue
            if len(present) < len(g.sources):
                conflicts.append(Conflict(kind="only_in_one_version", translation_group=g.id, record_type="person", reconciled_id=p.id,
                                          detail=f"{p.name} is missing from " + ", ".join(s for s in g.sources if s not in present),
                                          sources=present))
            codes = {p.by_source[s].role_code for s in present}
            if len(codes) > 1:
                conflicts.append(Conflict(kind="role_code_differs", translation_group=g.id, record_type="person", reconciled_id=p.id,
                                          detail=f"{p.name}: " + ", ".join(f"{s}: {p.by_source[s].role!r} ({p.by_source[s].role_code})" for s in present),
                                          sources=present))
    return conflicts


def _contact_conflicts(contacts: list[ReconciledContact], groups: list[TranslationGroup]) -> list[Conflict]:
    """A contact point missing from a version of the text is flagged like a missing person
    or figure; the same person (or address) reached differently in two versions is a value
    that differs (contacts merge on address, number and name, so these stay two records)."""
    conflicts = []

    def same_point(a: ReconciledContact, b: ReconciledContact) -> bool:
        return bool((a.name and b.name and normalise(a.name) == normalise(b.name)) or (a.email and a.email == b.email))

    for g in groups:
        in_group = [c for c in contacts if any(s in c.by_source for s in g.sources)]
        for c in in_group:
            present = [s for s in g.sources if s in c.by_source]
            if len(present) == len(g.sources):
                continue
            twins = [o for o in in_group if o is not c and same_point(c, o)]
            if not twins:
                conflicts.append(Conflict(kind="only_in_one_version", translation_group=g.id, record_type="contact", reconciled_id=c.id,
                                          detail=f"{c.name or c.email or c.phone} is missing from " + ", ".join(s for s in g.sources if s not in present),
                                          sources=present))
            for o in twins:
                if c.id < o.id:
                    sources = sorted({s for x in (c, o) for s in x.by_source if s in g.sources})
                    conflicts.append(Conflict(kind="value_differs", translation_group=g.id, record_type="contact", reconciled_id=c.id,
                                              detail=f"{c.name or c.email}: " + "; ".join(
                                                  f"{s}: {x.email or '-'} {x.phone or '-'}" for x in (c, o) for s in sorted(x.by_source) if s in g.sources),
                                              sources=sources))
    return conflicts


def reconcile(docs: list[dict], sources_dir: Path | None = None) -> ReconciledView:
    docs = sorted(docs, key=lambda d: d["source"])
    manual, denied = load_manual(sources_dir)
    groups = translation_groups(docs, manual, denied)
    group_of = {s: g.id for g in groups for s in g.sources}
    persons = _persons(docs, group_of, _respellings(docs, groups))
    figures, figure_conflicts = _figures(docs, groups)
    contacts = _contacts(docs)
    conflicts = _person_conflicts(persons, groups) + figure_conflicts + _contact_conflicts(contacts, groups)
    return ReconciledView(
        translation_groups=groups, clusters=_clusters(docs), persons=persons, figures=figures, contacts=contacts,
        conflicts=sorted(conflicts, key=lambda c: (c.translation_group, c.record_type, c.kind, c.reconciled_id or "", c.detail)))
