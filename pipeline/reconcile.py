"""Stage 7, reconcile: per-document records -> one view across documents.

Translations are found from content only (never file names): two documents in
different languages whose persons, contact addresses and numbers, figures, clusters
and dates agree are versions of one text. The score is a weighted mean of the Jaccard
similarities of those sets, over the signals both documents have:

    persons 0.25, contacts 0.25, figures 0.30, clusters 0.10, date 0.10

and a pair scoring at least TRANSLATION_THRESHOLD (0.60) is a translation. Groups are
the connected pairs, strongest first. A file `translations.json` in the sources folder
states or denies pairings by hand: {"pairs": [["a.txt", "b.txt"]], "not_pairs": [["a.txt",
"c.txt"]]} (a list of three or more files states or denies each pair in it). A denied
pair never ends up in one group, not even through a third document.

Inside a translation group, persons, figures and contacts are aligned and merged,
keeping each version's wording; what differs is flagged as a conflict. Across all
documents, a cluster is one record whatever name it goes by (the registry knows former
names; mergers are relations, recorded on both clusters: merged_into / absorbed), a
person is one record per real person (same name, and no conflicting organisations), and facts that change over time (member
counts) are kept side by side with their source and date.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

from .extract.text import normalise
from .langdata import cluster_registry
from .models import (ClusterRelation, Conflict, ContactInSource, FigureInSource, MemberCount, PersonInSource,
                     ReconciledCluster, ReconciledContact, ReconciledFigure, ReconciledPerson, ReconciledView, SourceRef,
                     TranslationGroup)

TRANSLATION_THRESHOLD = 0.60
SIGNAL_WEIGHTS = {"persons": 0.25, "contacts": 0.25, "figures": 0.30, "clusters": 0.10, "date": 0.10}
MANUAL_FILE = "translations.json"


def _id(prefix: str, *parts: object) -> str:
    return f"{prefix}_{hashlib.sha1(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()[:12]}"


def _jaccard(a: Counter, b: Counter) -> float | None:
    if not a and not b:
        return None
    union = sum((a | b).values())
    return sum((a & b).values()) / union if union else None


def _signals(doc: dict) -> dict[str, Counter]:
    return {
        "persons": Counter(normalise(p["name"]) for p in doc["persons"]),
        "contacts": Counter(x for c in doc["contacts"] for x in (c["email"], c["phone"]) if x),
        "figures": Counter((float(f["value"]), f["unit"]) for f in doc["figures"]),
        "clusters": Counter(c["registry_id"] or normalise(c["name"]) for c in doc["clusters"]),
    }


def translation_score(a: dict, b: dict, signals_a: dict | None = None, signals_b: dict | None = None) -> float:
    """How likely two documents are versions of one text, from 0 to 1."""
    sa, sb = signals_a or _signals(a), signals_b or _signals(b)
    total = weight = 0.0
    for name, w in SIGNAL_WEIGHTS.items():
        if name == "date":
            if a.get("date") and b.get("date"):
                total += w * (1.0 if a["date"] == b["date"] else 0.0)
                weight += w
            continue
        j = _jaccard(sa[name], sb[name])
        if j is not None:
            total += w * j
            weight += w
    return round(total / weight, 4) if weight else 0.0


RARE_KEY_DOCS = 50  # a figure shared by more documents than this says nothing about pairs


def candidate_pairs(docs: list[dict], signals: dict[str, dict]) -> set[tuple[str, str]]:
    """Pairs worth scoring: documents in different languages sharing a person, a contact
    address or number, a date or a rare figure. Scoring every pair is quadratic; a
    translation always shares some of these."""
    index: dict[tuple, list[str]] = defaultdict(list)
    for d in docs:
        s = d["source"]
        keys = {("p", k) for k in signals[s]["persons"]} | {("c", k) for k in signals[s]["contacts"]}
        keys |= {("f", k) for k in signals[s]["figures"]}
        if d.get("date"):
            keys.add(("d", d["date"]))
        for key in keys:
            index[key].append(s)
    language = {d["source"]: d["language"] for d in docs}
    pairs = set()
    for key, sources in index.items():
        if key[0] == "f" and len(sources) > RARE_KEY_DOCS:
            continue
        for a, b in combinations(sorted(sources), 2):
            if language[a] != language[b]:
                pairs.add((a, b))
    return pairs


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
    parent = {s: s for s in by_source}
    scores: dict[frozenset, tuple[float, str]] = {}

    def root(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    signals = {s: _signals(d) for s, d in by_source.items()}
    for pair in manual_pairs:
        if pair <= set(by_source) and pair not in denied:
            scores[pair] = (1.0, "manual")
    for a, b in sorted(candidate_pairs(docs, signals)):
        pair = frozenset((a, b))
        if pair in denied or pair in scores:
            continue
        score = translation_score(by_source[a], by_source[b], signals[a], signals[b])
        if score >= TRANSLATION_THRESHOLD:
            scores[pair] = (score, "content")
    # Join the strongest links first (pairs stated by hand, then by score) and never join
    # two groups that a denied pair spans: a denial must hold even when A~B and B~C would
    # otherwise chain A and C together through B.
    members_of = {s: {s} for s in by_source}
    for pair, (score, decided) in sorted(scores.items(), key=lambda kv: (kv[1][1] != "manual", -kv[1][0], sorted(kv[0]))):
        a, b = sorted(pair)
        ra, rb = root(a), root(b)
        if ra == rb or any(frozenset((x, y)) in denied for x in members_of[ra] for y in members_of[rb]):
            continue
        parent[ra] = rb
        members_of[rb] |= members_of.pop(ra)
    members: dict[str, list[str]] = defaultdict(list)
    for s in sorted(by_source):
        members[root(s)].append(s)
    groups = []
    for sources in members.values():
        if len(sources) < 2:
            continue
        pair_scores = [scores[frozenset(p)] for p in combinations(sources, 2) if frozenset(p) in scores]
        decided = "manual" if any(d == "manual" for _, d in pair_scores) else "content"
        groups.append(TranslationGroup(
            id=_id("grp", sources), sources=sources, languages={s: by_source[s]["language"] for s in sources},
            score=min(s for s, _ in pair_scores), decided_by=decided))
    return sorted(groups, key=lambda g: g.sources)


def _clusters(docs: list[dict]) -> list[ReconciledCluster]:
    registry = cluster_registry()
    groups: dict[str, dict] = {}
    alias_index: dict[str, str] = {}
    for doc in docs:
        for c in doc["clusters"]:
            names = [c["name"], *c["aliases"]]
            key = c["registry_id"]
            if key is None:
                # A cluster the registry lacks joins an earlier one sharing any name.
                key = next((alias_index[normalise(n)] for n in names if normalise(n) in alias_index), f"new:{normalise(c['name'])}")
            g = groups.setdefault(key, {"names": set(), "sources": set(), "counts": [], "records": [], "name": c["name"]})
            g["names"].update(names)
            g["sources"].add(doc["source"])
            g["records"].append(SourceRef(source=doc["source"], record_id=c["id"]))
            if c["members"] is not None:
                g["counts"].append(MemberCount(source=doc["source"], date=doc.get("date"), members=c["members"]))
            for n in names:
                alias_index.setdefault(normalise(n), key)
    ids = {key: _id("rcl", key) for key in groups}
    out = []
    for key, g in groups.items():
        entry = registry.get(key)
        relations = []
        if entry:
            for r in entry.get("relations", []):
                target = r["cluster"]
                relations.append(ClusterRelation(type=r["type"], cluster_id=ids.get(target, _id("rcl", target)), year=r.get("year")))
        # The registry records a merger on the cluster that merged; the one that absorbed
        # it gets the inverse relation, so the merger is visible from both records.
        for other_key, other in sorted(registry.items()):
            for r in other.get("relations", []):
                if r["type"] == "merged_into" and r["cluster"] == key:
                    relations.append(ClusterRelation(type="absorbed", cluster_id=ids.get(other_key, _id("rcl", other_key)),
                                                     year=r.get("year")))
        relations.sort(key=lambda r: (r.type, r.cluster_id, r.year or 0))
        out.append(ReconciledCluster(
            id=ids[key], name=entry["name"] if entry else g["name"], registry_id=key if entry else None,
            names=sorted(g["names"]), sources=sorted(g["sources"]),
            member_counts=sorted(g["counts"], key=lambda m: (m.date or "", m.source)), relations=relations,
            records=sorted(g["records"], key=lambda r: (r.source, r.record_id))))
    return sorted(out, key=lambda c: (normalise(c.name), c.id))


def _org_key(person: dict) -> str | None:
    if person.get("organization_cluster_id"):
        return person["organization_cluster_id"]
    return normalise(person["organization"]) if person.get("organization") else None


def _persons(docs: list[dict], group_of: dict[str, str]) -> list[ReconciledPerson]:
    """Same normalised name (accents, case and hyphens aside) is one person, unless
    the organisations conflict and the documents are not versions of one text.

    The decision is made on the whole set of mentions at once, never in reading order:
    with several namesakes of different organisations, a mention naming no organisation
    is evidence for none of them, so it is not attached to whichever one came first (which
    made the result depend on file names)."""
    units: dict[str, dict[str, list[tuple[str, dict]]]] = defaultdict(lambda: defaultdict(list))
    for doc in docs:
        for p in doc["persons"]:
            # Versions of one text name the same people: a translation group is one unit.
            units[normalise(p["name"])][group_of.get(doc["source"]) or doc["source"]].append((doc["source"], p))
    out = []
    for name, by_unit in units.items():
        keys = sorted(by_unit)
        orgs = {k: {o for _, p in by_unit[k] if (o := _org_key(p))} for k in keys}
        parent = {k: k for k in keys}

        def root(k: str) -> str:
            while parent[k] != k:
                k = parent[k]
            return k

        for a, b in combinations(keys, 2):
            if orgs[a] & orgs[b] and root(a) != root(b):
                parent[root(a)] = root(b)
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


def _figures(docs: list[dict], groups: list[TranslationGroup]) -> tuple[list[ReconciledFigure], list[Conflict]]:
    """In a translation group, the i-th figure with a given (value, unit) in one version
    is the i-th in the other; a figure outside any group stands alone."""
    by_source = {d["source"]: d for d in docs}
    out: list[ReconciledFigure] = []
    conflicts: list[Conflict] = []
    grouped = set()
    for g in groups:
        slots: dict[tuple, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
        for s in g.sources:
            grouped.add(s)
            for f in sorted(by_source[s]["figures"], key=lambda f: f["provenance"]["start"]):
                slots[(float(f["value"]), None if f["value_max"] is None else float(f["value_max"]), f["unit"])][s].append(f)
        for key, per_source in slots.items():
            depth = max(len(v) for v in per_source.values())
            for i in range(depth):
                members = {s: fs[i] for s, fs in per_source.items() if i < len(fs)}
                first = next(iter(members.values()))
                rid = _id("rfi", g.id, key, i)
                qualifiers = {f["qualifier"] for f in members.values()}
                # Versions that disagree (flagged below) are reported as the plainest.
                qualifier = next(iter(qualifiers)) if len(qualifiers) == 1 else ("exact" if "exact" in qualifiers else min(qualifiers))
                out.append(ReconciledFigure(
                    id=rid, value=first["value"], value_max=first["value_max"], unit=first["unit"],
                    qualifier=qualifier,
                    translation_group=g.id,
                    by_source={s: FigureInSource(text=f["provenance"]["text"], about=f["about"], qualifier=f["qualifier"], record_id=f["id"])
                               for s, f in sorted(members.items())},
                    sources=sorted(members)))
                if len(qualifiers) > 1:
                    conflicts.append(Conflict(kind="value_differs", translation_group=g.id, record_type="figure", reconciled_id=rid,
                                              detail="qualifier differs: " + ", ".join(f"{s}: {f['qualifier']}" for s, f in sorted(members.items())),
                                              sources=sorted(members)))
                if len(members) < len(g.sources):
                    conflicts.append(Conflict(kind="only_in_one_version", translation_group=g.id, record_type="figure", reconciled_id=rid,
                                              detail=f"{_fmt(first)} is missing from " + ", ".join(s for s in g.sources if s not in members),
                                              sources=sorted(members)))
    for s, doc in by_source.items():
        if s in grouped:
            continue
        for f in doc["figures"]:
            out.append(ReconciledFigure(
                id=_id("rfi", s, f["id"]), value=f["value"], value_max=f["value_max"], unit=f["unit"], qualifier=f["qualifier"],
                translation_group=None,
                by_source={s: FigureInSource(text=f["provenance"]["text"], about=f["about"], qualifier=f["qualifier"], record_id=f["id"])},
                sources=[s]))
    return sorted(out, key=lambda f: (f.translation_group or "", f.sources, f.unit, f.value, f.id)), conflicts


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
    persons = _persons(docs, group_of)
    figures, figure_conflicts = _figures(docs, groups)
    contacts = _contacts(docs)
    conflicts = _person_conflicts(persons, groups) + figure_conflicts + _contact_conflicts(contacts, groups)
    return ReconciledView(
        translation_groups=groups, clusters=_clusters(docs), persons=persons, figures=figures, contacts=contacts,
        conflicts=sorted(conflicts, key=lambda c: (c.translation_group, c.record_type, c.kind, c.reconciled_id or "", c.detail)))
