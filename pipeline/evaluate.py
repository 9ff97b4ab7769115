"""Scoring of the pipeline's output against gold annotations (tests/gold/FORMAT.md).

Pure functions over plain dicts (the JSON of ``DocumentRecord`` / ``ReconciledView``
from ``pipeline.models``, or gold files, which read alike). Nothing here runs the
pipeline; the CLI loads the files and calls these.

Public functions
----------------
- ``normalise(s)``: the contract's string normal form.
- ``load_gold_dir(gold_dir)``: ``({source: gold_doc}, reconciliation_gold | None)``.
- ``score_documents(predictions, golds, same_cluster=None)``: per-document scoring,
  micro-averaged over all gold documents, with per-document details.
- ``score_reconciliation(view, gold)``: scoring of the reconciled view.
- ``same_cluster_from_groups(groups)``: a ``same_cluster`` callable built from lists
  of names (e.g. the reconciliation gold's ``same_cluster``), for when no registry
  is at hand.
- ``flat_metrics(scores)``, ``metric_counts(scores)``, ``check_thresholds(scores, thresholds)``,
  ``threshold_report(scores, thresholds)``, ``render_table(scores)``.

``flat_metrics``, ``check_thresholds`` and ``render_table`` accept the dict from
``score_documents`` (optionally with the dict from ``score_reconciliation`` stored
under its ``"reconciliation"`` key), or the reconciliation dict on its own.

Metric names (``flat_metrics`` / ``check_thresholds``)
------------------------------------------------------
Documents::

    language_accuracy, date_accuracy,
    clusters_precision, clusters_recall, clusters_f1, clusters_members_accuracy,
    persons_precision, persons_recall, persons_f1,
    persons_role_accuracy, persons_organization_accuracy,
    contacts_emails_precision, contacts_emails_recall, contacts_emails_f1,
    contacts_phones_precision, contacts_phones_recall, contacts_phones_f1,
    contacts_links_precision, contacts_links_recall, contacts_links_f1,
    figures_precision, figures_recall, figures_f1, figures_qualifier_accuracy

Reconciliation::

    translations_precision, translations_recall, translations_f1,
    same_cluster_precision, same_cluster_recall, same_cluster_f1,
    aligned_persons_precision, aligned_persons_recall, aligned_persons_f1,
    aligned_figures_precision, aligned_figures_recall, aligned_figures_f1

Conventions
-----------
- Precision/recall with a zero denominator are 1.0 when there is nothing at all
  (tp = fp = fn = 0), else 0.0; F1 is 0.0 when precision + recall is 0.
- An attribute (cluster members, person role and organisation, figure qualifier) is
  scored only on matched pairs where the gold states a value: a null in both gold and
  prediction says nothing about the extractor and is not counted as right. Each
  accuracy carries ``total``, the number of pairs scored, and ``extra``, the pairs
  where the gold states nothing but the prediction does (shown, not scored). With no
  pair scored the accuracy is ``None`` ("n/a"): ``flat_metrics`` leaves it out,
  ``metric_counts`` gives its count (0), and a threshold on it is skipped, with a note
  (``threshold_report``), rather than passed or failed.
- Language and date are document attributes, scored over every gold document (a
  document the gold dates as null must be predicted null).
- ``normalise`` turns Unicode punctuation *and symbols* (``+``, ``€``, ``©``...)
  into spaces, so "Monet + Associés" and "Monet+Associés" agree.
- Empty or blank strings in role/organization/name count as null.
"""

from __future__ import annotations

import io
import json
import unicodedata
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from rapidfuzz import fuzz, process
from rich import box
from rich.console import Console
from rich.table import Table

SameCluster = Callable[[str, str], bool]

#: token-set similarity (0-100) at or above which two roles/organisations agree.
SIMILARITY_THRESHOLD = 80.0

RECONCILIATION_FILE = "reconciliation.gold.json"

_PRF = ("precision", "recall", "f1")

DOCUMENT_METRICS: tuple[str, ...] = (
    "language_accuracy",
    "date_accuracy",
    *(f"clusters_{m}" for m in _PRF),
    "clusters_members_accuracy",
    *(f"persons_{m}" for m in _PRF),
    "persons_role_accuracy",
    "persons_organization_accuracy",
    *(f"contacts_emails_{m}" for m in _PRF),
    *(f"contacts_phones_{m}" for m in _PRF),
    *(f"contacts_links_{m}" for m in _PRF),
    *(f"figures_{m}" for m in _PRF),
    "figures_qualifier_accuracy",
)

RECONCILIATION_METRICS: tuple[str, ...] = tuple(
    f"{kind}_{m}"
    for kind in ("translations", "same_cluster", "aligned_persons", "aligned_figures")
    for m in _PRF
)

METRIC_NAMES: tuple[str, ...] = DOCUMENT_METRICS + RECONCILIATION_METRICS


# --- normalisation and small helpers ----------------------------------------------------


def normalise(s: str | None) -> str:
    """Unicode NFKD, accents removed, casefold, punctuation/hyphens/symbols -> spaces,
    whitespace collapsed and stripped. ``None`` gives ``""``."""
    if not s:
        return ""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", s).casefold())
    chars: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            continue
        cat = unicodedata.category(ch)
        if cat[0] in "PSZC":  # punctuation (incl. hyphens/dashes), symbols, separators, controls
            chars.append(" ")
        else:
            chars.append(ch)
    return " ".join("".join(chars).split())


def _text(value: Any) -> str | None:
    """A string field, with missing/blank taken as null."""
    if value is None:
        return None
    value = str(value)
    return value if value.strip() else None


def _num(value: Any) -> float | None:
    """Numeric key for a figure value: 1200000 == 1200000.0 == "1200000"."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(number, 6) + 0.0


def _fmt_num(value: float | None) -> str:
    if value is None:
        return "?"
    if float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "support": tp + fn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def _accuracy(correct: int, total: int, extra: int | None = None) -> dict[str, Any]:
    """``correct`` of ``total`` scored; ``None`` (n/a) when nothing was scored."""
    out: dict[str, Any] = {"correct": correct, "total": total, "accuracy": correct / total if total else None}
    if extra is not None:
        out["extra"] = extra
    return out


def _stated(value: Any) -> bool:
    """Whether an attribute states a value (null and blank strings do not)."""
    if value is None:
        return False
    return bool(value.strip()) if isinstance(value, str) else True


def similar(pred: str | None, gold: str | None, same_cluster: SameCluster | None = None) -> bool:
    """The role/organization rule: both null = right; one null = wrong; otherwise right
    iff the normalised forms are equal, or token-set similarity >= 80, or
    ``same_cluster(pred, gold)`` says they name one cluster."""
    pred, gold = _text(pred), _text(gold)
    if pred is None and gold is None:
        return True
    if pred is None or gold is None:
        return False
    a, b = normalise(pred), normalise(gold)
    if a == b:
        return True
    if a and b and fuzz.token_set_ratio(a, b) >= SIMILARITY_THRESHOLD:
        return True
    return bool(same_cluster is not None and same_cluster(pred, gold))


def same_cluster_from_groups(groups: Iterable[Iterable[str]]) -> SameCluster:
    """A ``same_cluster`` callable: two names agree when, normalised, they appear in
    one group (e.g. ``reconciliation_gold["same_cluster"]``)."""
    index: dict[str, set[int]] = defaultdict(set)
    for i, group in enumerate(groups):
        for name in group:
            key = normalise(name)
            if key:
                index[key].add(i)

    def same(a: str, b: str) -> bool:
        return bool(index.get(normalise(a), set()) & index.get(normalise(b), set()))

    return same


# --- loading ----------------------------------------------------------------------------


def load_gold_dir(gold_dir: Path) -> tuple[dict[str, dict], dict | None]:
    """All ``*.gold.json`` of ``gold_dir`` keyed by their "source" field, plus the
    reconciliation gold (``reconciliation.gold.json``) or ``None`` when absent."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise ValueError(f"{gold_dir}: not a directory")
    golds: dict[str, dict] = {}
    for path in sorted(gold_dir.glob("*.gold.json")):
        if path.name == RECONCILIATION_FILE:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        source = data.get("source") if isinstance(data, dict) else None
        if not source:
            raise ValueError(f"{path}: gold file has no \"source\" field")
        if source in golds:
            raise ValueError(f"{path}: a second gold file for source {source!r}")
        golds[source] = data
    reconciliation = None
    recon_path = gold_dir / RECONCILIATION_FILE
    if recon_path.is_file():
        reconciliation = json.loads(recon_path.read_text(encoding="utf-8"))
    return golds, reconciliation


# --- per-document matching --------------------------------------------------------------


def _cluster_names(cluster: Mapping[str, Any]) -> set[str]:
    names = {normalise(cluster.get("name"))}
    names.update(normalise(a) for a in cluster.get("aliases") or [])
    names.discard("")
    return names


def _match_clusters(preds: list[dict], golds: list[dict]) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs, maximum in number (augmenting paths);
    a prediction whose main name equals the gold's is tried first."""
    gold_names = [_cluster_names(g) for g in golds]
    pred_names = [_cluster_names(p) for p in preds]
    adjacency: list[list[int]] = []
    for gi, gold in enumerate(golds):
        main = normalise(gold.get("name"))
        candidates = [pi for pi in range(len(preds)) if gold_names[gi] & pred_names[pi]]
        candidates.sort(
            key=lambda pi: (normalise(preds[pi].get("name")) != main, -len(gold_names[gi] & pred_names[pi]), pi)
        )
        adjacency.append(candidates)

    owner: dict[int, int] = {}  # pred index -> gold index

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in adjacency[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return sorted(owner.items(), key=lambda pair: pair[1])


def _score_clusters(preds: list[dict], golds: list[dict]) -> dict[str, Any]:
    pairs = _match_clusters(preds, golds)
    matched_p = {p for p, _ in pairs}
    matched_g = {g for _, g in pairs}
    members_right = members_scored = members_extra = 0
    members_wrong = []
    for pi, gi in pairs:
        pm, gm = preds[pi].get("members"), golds[gi].get("members")
        if _num(gm) is None:
            members_extra += _num(pm) is not None
            continue
        members_scored += 1
        if _num(pm) == _num(gm):
            members_right += 1
        else:
            members_wrong.append({"cluster": golds[gi].get("name"), "gold": gm, "predicted": pm})
    return {
        "tp": len(pairs),
        "fp": len(preds) - len(pairs),
        "fn": len(golds) - len(pairs),
        "members_correct": members_right,
        "members_total": members_scored,
        "members_extra": members_extra,
        "missed": [golds[i].get("name") for i in range(len(golds)) if i not in matched_g],
        "spurious": [preds[i].get("name") for i in range(len(preds)) if i not in matched_p],
        "members_wrong": members_wrong,
    }


def _score_persons(preds: list[dict], golds: list[dict], same_cluster: SameCluster | None) -> dict[str, Any]:
    gold_by_name: dict[str, list[int]] = defaultdict(list)
    pred_by_name: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(golds):
        gold_by_name[normalise(g.get("name"))].append(i)
    for i, p in enumerate(preds):
        pred_by_name[normalise(p.get("name"))].append(i)

    pairs: list[tuple[int, int, bool, bool]] = []
    for key, gis in gold_by_name.items():
        pis = pred_by_name.get(key, [])
        if not key or not pis:
            continue
        # Several records under one name: pair greedily by attribute agreement.
        candidates = []
        for gi in gis:
            for pi in pis:
                role_ok = similar(preds[pi].get("role"), golds[gi].get("role"))
                org_ok = similar(preds[pi].get("organization"), golds[gi].get("organization"), same_cluster)
                candidates.append((-(role_ok + org_ok), gi, pi, role_ok, org_ok))
        candidates.sort()
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pi, role_ok, org_ok in candidates:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((pi, gi, role_ok, org_ok))

    matched_p = {p for p, _, _, _ in pairs}
    matched_g = {g for _, g, _, _ in pairs}
    role_wrong, org_wrong = [], []
    tally = Counter()
    for pi, gi, role_ok, org_ok in sorted(pairs, key=lambda t: t[1]):
        name = golds[gi].get("name")
        for attr, ok, wrong in (("role", role_ok, role_wrong), ("organization", org_ok, org_wrong)):
            gold_value, pred_value = golds[gi].get(attr), preds[pi].get(attr)
            if not _stated(gold_value):
                tally[f"{attr}_extra"] += _stated(pred_value)
                continue
            tally[f"{attr}_total"] += 1
            tally[f"{attr}_correct"] += ok
            if not ok:
                wrong.append({"person": name, "gold": gold_value, "predicted": pred_value})
    return {
        "tp": len(pairs),
        "fp": len(preds) - len(pairs),
        "fn": len(golds) - len(pairs),
        "role_correct": tally["role_correct"],
        "role_total": tally["role_total"],
        "role_extra": tally["role_extra"],
        "organization_correct": tally["organization_correct"],
        "organization_total": tally["organization_total"],
        "organization_extra": tally["organization_extra"],
        "pairs": len(pairs),
        "missed": [golds[i].get("name") for i in range(len(golds)) if i not in matched_g],
        "spurious": [preds[i].get("name") for i in range(len(preds)) if i not in matched_p],
        "role_wrong": role_wrong,
        "organization_wrong": org_wrong,
    }


def _contact_sets(contacts: list[dict]) -> dict[str, set[tuple[str, ...]]]:
    emails: set[tuple[str, ...]] = set()
    phones: set[tuple[str, ...]] = set()
    links: set[tuple[str, ...]] = set()
    for c in contacts:
        name = normalise(c.get("name"))
        email = _text(c.get("email"))
        phone = _text(c.get("phone"))
        if email is not None:
            email = email.strip().lower()
            emails.add((email,))
            links.add(("email", email, name))
        if phone is not None:
            phone = "".join(phone.split())
            phones.add((phone,))
            links.add(("phone", phone, name))
    return {"emails": emails, "phones": phones, "links": links}


def _show_contact(key: tuple[str, ...]) -> str:
    if len(key) == 1:
        return key[0]
    return f"{key[1]} -> {key[2] or '(no name)'}"


def _score_contacts(preds: list[dict], golds: list[dict]) -> dict[str, Any]:
    pred_sets, gold_sets = _contact_sets(preds), _contact_sets(golds)
    out: dict[str, Any] = {}
    for kind in ("emails", "phones", "links"):
        p, g = pred_sets[kind], gold_sets[kind]
        out[kind] = {
            "tp": len(p & g),
            "fp": len(p - g),
            "fn": len(g - p),
            "missed": [_show_contact(t) for t in sorted(g - p)],
            "spurious": [_show_contact(t) for t in sorted(p - g)],
        }
    return out


def _score_figures(preds: list[dict], golds: list[dict]) -> dict[str, Any]:
    def buckets(figures: list[dict]) -> dict[tuple[float | None, str | None], list[str | None]]:
        # A qualifier is a string; a missing one is None and sorts as "None".
        out: dict[tuple[float | None, str | None], list[str | None]] = defaultdict(list)
        for f in figures:
            out[(_num(f.get("value")), f.get("unit"))].append(f.get("qualifier"))
        return out

    gold_b, pred_b = buckets(golds), buckets(preds)
    tp = qual_right = qual_scored = 0
    missed, spurious, qual_wrong = [], [], []
    for key in sorted(set(gold_b) | set(pred_b), key=lambda k: (str(k[1]), k[0] if k[0] is not None else float("-inf"))):
        label = f"{_fmt_num(key[0])} {key[1]}"
        gq = Counter(gold_b.get(key, []))
        pq = Counter(pred_b.get(key, []))
        agree = gq & pq  # pair equal qualifiers first: maximises qualifier agreement
        stated_agree = sum(n for q, n in agree.items() if _stated(q))
        qual_right += stated_agree
        g_left = sorted((gq - agree).elements(), key=str)
        p_left = sorted((pq - agree).elements(), key=str)
        n_pairs = min(sum(gq.values()), sum(pq.values()))
        tp += n_pairs
        n_mismatched = n_pairs - sum(agree.values())
        qual_scored += stated_agree
        for gq_, pq_ in zip(g_left[:n_mismatched], p_left[:n_mismatched]):
            if _stated(gq_):
                qual_scored += 1
                qual_wrong.append({"figure": label, "gold": gq_, "predicted": pq_})
        missed.extend(f"{label} ({q})" for q in g_left[n_mismatched:])
        spurious.extend(f"{label} ({q})" for q in p_left[n_mismatched:])
    return {
        "tp": tp,
        "fp": len(preds) - tp,
        "fn": len(golds) - tp,
        "qualifier_correct": qual_right,
        "qualifier_total": qual_scored,
        "pairs": tp,
        "missed": missed,
        "spurious": spurious,
        "qualifier_wrong": qual_wrong,
    }


def score_documents(
    predictions: Mapping[str, Mapping[str, Any]],
    golds: Mapping[str, Mapping[str, Any]],
    same_cluster: SameCluster | None = None,
) -> dict[str, Any]:
    """Score per-document predictions (keyed by source file name) against the golds.

    Micro-averaged over all gold documents; a gold document without a prediction
    counts all its records as missed and its language and date as wrong.
    Predictions for sources without gold are listed, not scored.
    """
    lang_right = date_right = 0
    counts: dict[str, Counter] = {k: Counter() for k in ("clusters", "persons", "figures", "emails", "phones", "links")}
    per_document: dict[str, Any] = {}
    missing = []

    for source in sorted(golds):
        gold = golds[source]
        pred = predictions.get(source)
        if pred is None:
            missing.append(source)
        p = pred or {}
        lang_ok = pred is not None and p.get("language") == gold.get("language")
        date_ok = pred is not None and p.get("date") == gold.get("date")
        lang_right += lang_ok
        date_right += date_ok

        g_clusters, g_persons = list(gold.get("clusters") or []), list(gold.get("persons") or [])
        g_contacts, g_figures = list(gold.get("contacts") or []), list(gold.get("figures") or [])

        clusters = _score_clusters(list(p.get("clusters") or []), g_clusters)
        persons = _score_persons(list(p.get("persons") or []), g_persons, same_cluster)
        contacts = _score_contacts(list(p.get("contacts") or []), g_contacts)
        figures = _score_figures(list(p.get("figures") or []), g_figures)

        for name, res in (("clusters", clusters), ("persons", persons), ("figures", figures)):
            counts[name].update(tp=res["tp"], fp=res["fp"], fn=res["fn"])
        counts["clusters"].update(
            correct=clusters["members_correct"], scored=clusters["members_total"], extra=clusters["members_extra"]
        )
        counts["persons"].update({k: persons[k] for k in (
            "role_correct", "role_total", "role_extra", "organization_correct", "organization_total", "organization_extra")})
        counts["figures"].update(correct=figures["qualifier_correct"], scored=figures["qualifier_total"])
        for kind in ("emails", "phones", "links"):
            counts[kind].update(tp=contacts[kind]["tp"], fp=contacts[kind]["fp"], fn=contacts[kind]["fn"])

        per_document[source] = {
            "missing_prediction": pred is None,
            "language": {"gold": gold.get("language"), "predicted": p.get("language"), "correct": lang_ok},
            "date": {"gold": gold.get("date"), "predicted": p.get("date"), "correct": date_ok},
            "clusters": clusters,
            "persons": persons,
            "contacts": contacts,
            "figures": figures,
        }

    n_docs = len(golds)

    def prf(name: str) -> dict[str, Any]:
        c = counts[name]
        return _prf(c["tp"], c["fp"], c["fn"])

    clusters_s = prf("clusters")
    c = counts["clusters"]
    clusters_s["members"] = _accuracy(c["correct"], c["scored"], c["extra"])
    persons_s = prf("persons")
    c = counts["persons"]
    for attr in ("role", "organization"):
        persons_s[attr] = _accuracy(c[f"{attr}_correct"], c[f"{attr}_total"], c[f"{attr}_extra"])
    figures_s = prf("figures")
    figures_s["qualifier"] = _accuracy(counts["figures"]["correct"], counts["figures"]["scored"])

    return {
        "documents": {
            "gold": n_docs,
            "predicted": sum(1 for s in golds if s in predictions),
            "missing_predictions": missing,
            "unscored_predictions": sorted(s for s in predictions if s not in golds),
        },
        "language": _accuracy(lang_right, n_docs),
        "date": _accuracy(date_right, n_docs),
        "clusters": clusters_s,
        "persons": persons_s,
        "contacts": {kind: prf(kind) for kind in ("emails", "phones", "links")},
        "figures": figures_s,
        "per_document": per_document,
    }


# --- reconciliation ---------------------------------------------------------------------


def _pairs_of(items: Iterable[Any]) -> set[tuple[Any, Any]]:
    unique = sorted(set(items))
    return {(a, b) for a, b in combinations(unique, 2)}


def _set_prf(pred: set, gold: set) -> dict[str, Any]:
    out = _prf(len(pred & gold), len(pred - gold), len(gold - pred))
    out["missed"] = [list(x) for x in sorted(gold - pred, key=repr)]
    out["spurious"] = [list(x) for x in sorted(pred - gold, key=repr)]
    return out


def _group_sources(group: Any) -> list[str]:
    if isinstance(group, Mapping):
        return list(group.get("sources") or [])
    return list(group or [])


def score_reconciliation(view: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, Any]:
    """Score a reconciled view (shaped like ``ReconciledView``) against the
    reconciliation gold: translations, same_cluster, aligned_persons and
    aligned_figures, each as precision/recall/F1 over pairs."""
    gold_groups = [_group_sources(g) for g in gold.get("translations") or []]

    # translations: pairs of sources
    gold_tr = set().union(*(_pairs_of(g) for g in gold_groups)) if gold_groups else set()
    pred_groups = [_group_sources(g) for g in view.get("translation_groups") or []]
    pred_tr = set().union(*(_pairs_of(g) for g in pred_groups)) if pred_groups else set()
    translations = _set_prf(pred_tr, gold_tr)

    # the gold's translation groups decide which cross-source pairs are scored
    source_groups: dict[str, set[int]] = defaultdict(set)
    for i, group in enumerate(gold_groups):
        for s in group:
            source_groups[s].add(i)

    def one_group(a: str, b: str) -> bool:
        return bool(source_groups.get(a, set()) & source_groups.get(b, set()))

    same_cluster = _score_same_cluster(view, gold)

    # aligned persons: pairs of (source, normalised name)
    gold_ap: set[tuple[Any, Any]] = set()
    for person in gold.get("aligned_persons") or []:
        name = normalise(person.get("name"))
        gold_ap |= _pairs_of((src, name) for src in (person.get("roles") or {}))
    # The gold has one name per aligned person, while each version keeps its own
    # spelling ("Dino Mofras" / "Dino Moras"): a version's name that is a close
    # respelling of a gold name is read as that name.
    gold_names = sorted({normalise(p.get("name")) for p in gold.get("aligned_persons") or []})

    def as_gold_name(name: str) -> str:
        if name in gold_names or not gold_names:
            return name
        best = process.extractOne(name, gold_names, scorer=fuzz.ratio, score_cutoff=88)
        return best[0] if best else name

    pred_ap: set[tuple[Any, Any]] = set()
    for person in view.get("persons") or []:
        entries = [
            (src, as_gold_name(normalise((info or {}).get("name") or person.get("name"))))
            for src, info in (person.get("by_source") or {}).items()
        ]
        pred_ap |= {(a, b) for a, b in _pairs_of(entries) if a[0] != b[0] and one_group(a[0], b[0])}
    aligned_persons = _set_prf(pred_ap, gold_ap)

    # aligned figures: pairs of (source, value, unit), as a multiset
    def figure_pairs(figure: Mapping[str, Any], keep: Callable[[str, str], bool]) -> list[tuple[Any, Any]]:
        value, unit = _num(figure.get("value")), figure.get("unit")
        sources = sorted(set(figure.get("sources") or []))
        return [((a, value, unit), (b, value, unit)) for a, b in combinations(sources, 2) if keep(a, b)]

    gold_af: Counter = Counter()
    for figure in gold.get("aligned_figures") or []:
        gold_af.update(figure_pairs(figure, lambda a, b: True))
    pred_af: Counter = Counter()
    for figure in view.get("figures") or []:
        pred_af.update(figure_pairs(figure, one_group))
    common = gold_af & pred_af
    tp = sum(common.values())
    aligned_figures = _prf(tp, sum(pred_af.values()) - tp, sum(gold_af.values()) - tp)

    def show(counter: Counter) -> list[str]:
        return [
            f"{a[0]} ~ {b[0]}: {_fmt_num(a[1])} {a[2]}" + (f" x{n}" if n > 1 else "")
            for (a, b), n in sorted(counter.items(), key=repr)
        ]

    aligned_figures["missed"] = show(gold_af - pred_af)
    aligned_figures["spurious"] = show(pred_af - gold_af)

    return {
        "translations": translations,
        "same_cluster": same_cluster,
        "aligned_persons": aligned_persons,
        "aligned_figures": aligned_figures,
    }


def _score_same_cluster(view: Mapping[str, Any], gold: Mapping[str, Any]) -> dict[str, Any]:
    gold_index: dict[str, set[int]] = defaultdict(set)
    for i, group in enumerate(gold.get("same_cluster") or []):
        for name in group:
            key = normalise(name)
            if key:
                gold_index[key].add(i)
    pred_index: dict[str, set[int]] = defaultdict(set)
    for i, cluster in enumerate(view.get("clusters") or []):
        names = {normalise(n) for n in cluster.get("names") or []}
        names.add(normalise(cluster.get("name")))
        for key in names - {""}:
            pred_index[key].add(i)

    tp = fp = fn = 0
    missed, wrong_merges = [], []
    # Pairs over distinct normalised names: spellings that normalise alike are one name.
    for a, b in combinations(sorted(gold_index), 2):
        gold_pos = bool(gold_index[a] & gold_index[b])
        pred_pos = bool(pred_index.get(a, set()) & pred_index.get(b, set()))
        if gold_pos and pred_pos:
            tp += 1
        elif pred_pos:
            fp += 1
            wrong_merges.append([a, b])
        elif gold_pos:
            fn += 1
            missed.append([a, b])
    out = _prf(tp, fp, fn)
    out["missed"] = missed
    out["spurious"] = wrong_merges
    out["names_not_found"] = sorted(k for k in gold_index if k not in pred_index)
    return out


# --- flat metrics and thresholds --------------------------------------------------------


def _reconciliation_part(scores: Mapping[str, Any]) -> Mapping[str, Any] | None:
    if scores.get("reconciliation"):
        return scores["reconciliation"]
    if "translations" in scores and "same_cluster" in scores:
        return scores
    return None


def _accuracies(scores: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The accuracy entries of document scores, by metric name."""
    return {
        "language_accuracy": scores["language"],
        "date_accuracy": scores["date"],
        "clusters_members_accuracy": scores["clusters"]["members"],
        "persons_role_accuracy": scores["persons"]["role"],
        "persons_organization_accuracy": scores["persons"]["organization"],
        "figures_qualifier_accuracy": scores["figures"]["qualifier"],
    }


def flat_metrics(scores: Mapping[str, Any], with_na: bool = False) -> dict[str, float | None]:
    """The metrics named in the module docstring that ``scores`` holds, as floats. An
    accuracy over no scored pair (n/a) is left out, or given as ``None`` with
    ``with_na``."""
    out: dict[str, float | None] = {}
    if "language" in scores:
        for name, acc in _accuracies(scores).items():
            out[name] = acc["accuracy"]
        for kind in ("clusters", "persons", "figures"):
            for m in _PRF:
                out[f"{kind}_{m}"] = scores[kind][m]
        for kind in ("emails", "phones", "links"):
            for m in _PRF:
                out[f"contacts_{kind}_{m}"] = scores["contacts"][kind][m]
    recon = _reconciliation_part(scores)
    if recon is not None:
        for kind in ("translations", "same_cluster", "aligned_persons", "aligned_figures"):
            for m in _PRF:
                out[f"{kind}_{m}"] = recon[kind][m]
    return {
        name: (None if out[name] is None else float(out[name]))
        for name in METRIC_NAMES
        if name in out and (with_na or out[name] is not None)
    }


def metric_counts(scores: Mapping[str, Any]) -> dict[str, int]:
    """How many items each metric that ``scores`` holds was computed over: pairs scored
    for an accuracy (0 for n/a), gold documents for language and date, and gold
    records (support) for precision, recall and F1."""
    out: dict[str, int] = {}
    if "language" in scores:
        for name, acc in _accuracies(scores).items():
            out[name] = int(acc["total"])
        for kind in ("clusters", "persons", "figures"):
            for m in _PRF:
                out[f"{kind}_{m}"] = int(scores[kind]["tp"] + scores[kind]["fn"])
        for kind in ("emails", "phones", "links"):
            for m in _PRF:
                out[f"contacts_{kind}_{m}"] = int(scores["contacts"][kind]["tp"] + scores["contacts"][kind]["fn"])
    recon = _reconciliation_part(scores)
    if recon is not None:
        for kind in ("translations", "same_cluster", "aligned_persons", "aligned_figures"):
            for m in _PRF:
                out[f"{kind}_{m}"] = int(recon[kind]["tp"] + recon[kind]["fn"])
    return {name: out[name] for name in METRIC_NAMES if name in out}


def _fmt_threshold(t: float) -> str:
    return f"{t:.2f}" if round(t, 2) == t else f"{t:g}"


def threshold_report(scores: Mapping[str, Any], thresholds: Mapping[str, float]) -> tuple[list[str], list[str]]:
    """``(failures, skipped)``: human-readable failures ("figures_f1 0.873 < 0.90"), and
    the thresholds not applied because their metric is n/a (an accuracy over no
    scored pair: "clusters_members_accuracy n/a (0 pairs scored): threshold 0.90 not
    applied"). Both empty when every threshold passes.

    Raises ``ValueError`` for a threshold name not in ``METRIC_NAMES``. A known
    metric that ``scores`` does not hold at all (e.g. reconciliation not scored) fails.
    """
    unknown = sorted(name for name in thresholds if name not in METRIC_NAMES)
    if unknown:
        raise ValueError(f"unknown threshold name(s): {', '.join(unknown)}; known: {', '.join(METRIC_NAMES)}")
    metrics = flat_metrics(scores, with_na=True)
    failures, skipped = [], []
    for name, threshold in thresholds.items():
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
            raise ValueError(f"threshold {name}: not a number: {threshold!r}")
        if name not in metrics:
            failures.append(f"{name} not scored (threshold {_fmt_threshold(threshold)})")
        elif metrics[name] is None:
            skipped.append(f"{name} n/a (0 pairs scored): threshold {_fmt_threshold(threshold)} not applied")
        elif metrics[name] + 1e-12 < threshold:
            failures.append(f"{name} {metrics[name]:.3f} < {_fmt_threshold(threshold)}")
    return failures, skipped


def check_thresholds(scores: Mapping[str, Any], thresholds: Mapping[str, float]) -> list[str]:
    """The failures of ``threshold_report``: empty when all pass (a threshold on an n/a
    metric neither passes nor fails; ``threshold_report`` names it)."""
    return threshold_report(scores, thresholds)[0]


# --- rendering --------------------------------------------------------------------------


def _prf_table(title: str, rows: list[tuple[str, Mapping[str, Any]]]) -> Table:
    table = Table(title=title, box=box.ASCII, title_justify="left")
    table.add_column("Record")
    for col in ("Precision", "Recall", "F1", "TP", "FP", "FN", "Support"):
        table.add_column(col, justify="right")
    for label, s in rows:
        table.add_row(
            label,
            f"{s['precision']:.3f}",
            f"{s['recall']:.3f}",
            f"{s['f1']:.3f}",
            str(s["tp"]),
            str(s["fp"]),
            str(s["fn"]),
            str(s["tp"] + s["fn"]),
        )
    return table


def render_table(scores: Mapping[str, Any]) -> str:
    """Plain-text tables: P/R/F1 and support per record type, the attribute
    accuracies, then the reconciliation scores when present."""
    console = Console(
        file=io.StringIO(), record=True, width=100, color_system=None, force_terminal=False, no_color=True
    )
    if "language" in scores:
        console.print(
            _prf_table(
                f"Documents ({scores['documents']['predicted']}/{scores['documents']['gold']} predicted)",
                [
                    ("clusters", scores["clusters"]),
                    ("persons", scores["persons"]),
                    ("contacts: e-mails", scores["contacts"]["emails"]),
                    ("contacts: phones", scores["contacts"]["phones"]),
                    ("contacts: links", scores["contacts"]["links"]),
                    ("figures", scores["figures"]),
                ],
            )
        )
        acc = Table(title="Attributes (scored where the gold states a value)", box=box.ASCII, title_justify="left")
        acc.add_column("Attribute")
        for col in ("Accuracy", "Correct", "Scored", "Not in gold"):
            acc.add_column(col, justify="right")
        for label, s in (
            ("language", scores["language"]),
            ("date", scores["date"]),
            ("cluster members", scores["clusters"]["members"]),
            ("person role", scores["persons"]["role"]),
            ("person organization", scores["persons"]["organization"]),
            ("figure qualifier", scores["figures"]["qualifier"]),
        ):
            value = "n/a" if s["accuracy"] is None else f"{s['accuracy']:.3f}"
            extra = "" if s.get("extra") is None else str(s["extra"])
            acc.add_row(label, value, str(s["correct"]), str(s["total"]), extra)
        console.print(acc)
    recon = _reconciliation_part(scores)
    if recon is not None:
        console.print(
            _prf_table(
                "Reconciliation",
                [
                    ("translations", recon["translations"]),
                    ("same cluster", recon["same_cluster"]),
                    ("aligned persons", recon["aligned_persons"]),
                    ("aligned figures", recon["aligned_figures"]),
                ],
            )
        )
    return console.export_text()
