"""Tests of pipeline.evaluate on small hand-made gold/prediction dicts, plus the
gold folder scored against itself."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from pipeline.evaluate import (
    METRIC_NAMES,
    check_thresholds,
    flat_metrics,
    load_gold_dir,
    metric_counts,
    normalise,
    render_table,
    same_cluster_from_groups,
    score_documents,
    score_reconciliation,
    similar,
    threshold_report,
)

GOLD_DIR = Path(__file__).parent / "gold"

EN = "a_en.txt"
FR = "b_fr.txt"


def doc(source=EN, **fields):
    base = {
        "source": source,
        "language": "en",
        "date": "2020-05-07",
        "clusters": [],
        "persons": [],
        "contacts": [],
        "figures": [],
    }
    base.update(fields)
    return base


def person(name, role=None, organization=None):
    return {"name": name, "role": role, "organization": organization}


def figure(value, unit="count", qualifier="exact"):
    return {"value": value, "unit": unit, "qualifier": qualifier}


def contact(name, email=None, phone=None, organization=None):
    return {"name": name, "organization": organization, "email": email, "phone": phone}


def small_gold():
    return doc(
        clusters=[
            {"name": "BioValley France", "aliases": ["Alsace BioValley"], "members": 155, "region": "Alsace"},
            {"name": "Lyonbiopôle", "aliases": [], "members": None, "region": None},
        ],
        persons=[
            person("Marco Pintore", "General Manager", "BioValley France"),
            person("Mélanie Da Rui", "Press contact", "Monet + Associés"),
        ],
        contacts=[contact("Mélanie Da Rui", "mr@monet-rp.com", "+33658988575")],
        figures=[figure(280, qualifier="more_than"), figure(1200000, "EUR")],
    )


# --- normalisation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Lyonbiopôle", "lyonbiopole"),
        ("Cancer-Bio-Santé", "cancer bio sante"),
        ("  Directrice   Générale ", "directrice generale"),
        ("Monet+Associés", "monet associes"),
        ("Côte d’Azur", "cote d azur"),
        ("ÉCOLE", "ecole"),
    ],
)
def test_normalise(a, b):
    assert normalise(a) == b
    assert normalise(a) == normalise(b)


def test_normalise_empty():
    assert normalise("") == ""
    assert normalise(" - ") == ""


# --- documents --------------------------------------------------------------------------


def test_perfect_prediction_scores_one_everywhere():
    gold = small_gold()
    scores = score_documents({EN: copy.deepcopy(gold)}, {EN: gold})
    metrics = flat_metrics(scores)
    assert set(metrics) == {m for m in METRIC_NAMES if not m.startswith(("translations", "same_cluster", "aligned"))}
    assert all(v == 1.0 for v in metrics.values()), metrics
    assert scores["per_document"][EN]["persons"]["missed"] == []


def test_missing_and_spurious_person():
    gold = doc(persons=[person("Marco Pintore"), person("Emilie Royere"), person("Jessica Leygues"), person("Julie Fend")])
    pred = doc(persons=[person("MARCO PINTORE"), person("Émilie Royère"), person("Someone Else")])
    scores = score_documents({EN: pred}, {EN: gold})
    p = scores["persons"]
    assert (p["tp"], p["fp"], p["fn"]) == (2, 1, 2)
    assert p["precision"] == pytest.approx(2 / 3)
    assert p["recall"] == pytest.approx(1 / 2)
    assert p["f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    details = scores["per_document"][EN]["persons"]
    assert details["missed"] == ["Jessica Leygues", "Julie Fend"]
    assert details["spurious"] == ["Someone Else"]


@pytest.mark.parametrize(
    "pred, gold, right",
    [
        ("Directrice Générale", "directrice generale", True),
        ("Professor", "Professor, Nobel Prize winner", True),
        ("CEO", "General Manager", False),
        (None, None, True),
        (None, "CEO", False),
        ("CEO", None, False),
    ],
)
def test_role_similarity(pred, gold, right):
    assert similar(pred, gold) is right
    g = doc(persons=[person("Werner Arber", gold)])
    p = doc(persons=[person("Werner Arber", pred)])
    role = score_documents({EN: p}, {EN: g})["persons"]["role"]
    if gold is None:
        # Where the gold states no role, nothing is scored (a null in both is not a
        # success); a role the gold does not state is counted apart, as "extra".
        assert (role["correct"], role["total"], role["accuracy"]) == (0, 0, None)
        assert role["extra"] == int(pred is not None)
    else:
        assert (role["correct"], role["total"]) == (int(right), 1)


def test_organization_same_cluster_rule():
    gold = doc(persons=[person("Séverine Sigrist", "President", "ABV")])
    pred = doc(persons=[person("Séverine Sigrist", "President", "BioValley France")])
    without = score_documents({EN: pred}, {EN: gold})
    assert without["persons"]["organization"]["accuracy"] == 0.0
    assert without["per_document"][EN]["persons"]["organization_wrong"][0]["predicted"] == "BioValley France"
    same = same_cluster_from_groups([["BioValley France", "Alsace Biovalley", "ABV"]])
    with_help = score_documents({EN: pred}, {EN: gold}, same_cluster=same)
    assert with_help["persons"]["organization"]["accuracy"] == 1.0
    assert with_help["persons"]["role"]["accuracy"] == 1.0


def test_cluster_matching_by_alias_and_members():
    gold = doc(
        clusters=[
            {"name": "BioValley France", "aliases": ["Alsace BioValley"], "members": 155, "region": None},
            {"name": "Medicen Paris Region", "aliases": ["Medicen"], "members": None, "region": None},
        ]
    )
    pred = doc(
        clusters=[
            {"name": "Alsace Biovalley", "aliases": [], "members": 128},
            {"name": "Medicen", "aliases": []},
            {"name": "Medicen Paris Region", "aliases": []},  # one-to-one: second match is spurious
        ]
    )
    scores = score_documents({EN: pred}, {EN: gold})
    c = scores["clusters"]
    assert (c["tp"], c["fp"], c["fn"]) == (2, 1, 0)
    # Medicen's members are null in the gold: not scored, so one pair (BioValley) is.
    assert c["members"] == {"correct": 0, "total": 1, "accuracy": 0.0, "extra": 0}
    details = scores["per_document"][EN]["clusters"]
    assert details["spurious"] == ["Medicen"]  # the exact-name candidate is preferred
    assert details["members_wrong"] == [{"cluster": "BioValley France", "gold": 155, "predicted": 128}]


def test_attributes_scored_only_where_the_gold_states_them():
    gold = doc(
        clusters=[{"name": "Medicen", "aliases": [], "members": None}, {"name": "Genopole", "aliases": [], "members": 80}],
        persons=[person("Ann Bell", "CEO", None), person("Bob Dyer", None, None), person("Cy Moss", None, "Medicen")],
    )
    pred = doc(
        clusters=[{"name": "Medicen", "aliases": [], "members": 12}, {"name": "Genopole", "aliases": [], "members": 80}],
        persons=[person("Ann Bell", "CEO", "Medicen"), person("Bob Dyer", None, None), person("Cy Moss", None, "Genopole")],
    )
    scores = score_documents({EN: pred}, {EN: gold})
    assert scores["clusters"]["members"] == {"correct": 1, "total": 1, "accuracy": 1.0, "extra": 1}
    assert scores["persons"]["role"] == {"correct": 1, "total": 1, "accuracy": 1.0, "extra": 0}
    assert scores["persons"]["organization"] == {"correct": 0, "total": 1, "accuracy": 0.0, "extra": 1}
    counts = metric_counts(scores)
    assert (counts["clusters_members_accuracy"], counts["persons_role_accuracy"]) == (1, 1)
    assert counts["date_accuracy"] == 1 and counts["persons_f1"] == 3


def test_attribute_with_nothing_to_score_is_na():
    # Every member count null in gold and prediction: nothing compared, so n/a, not 1.000.
    gold = doc(clusters=[{"name": "Medicen", "aliases": [], "members": None}], persons=[person("Ann Bell")])
    scores = score_documents({EN: copy.deepcopy(gold)}, {EN: gold})
    for acc in (scores["clusters"]["members"], scores["persons"]["role"], scores["persons"]["organization"]):
        assert (acc["total"], acc["accuracy"]) == (0, None)
    assert scores["figures"]["qualifier"]["accuracy"] is None
    metrics = flat_metrics(scores)
    assert "clusters_members_accuracy" not in metrics and metrics["clusters_f1"] == 1.0
    with_na = flat_metrics(scores, with_na=True)
    assert with_na["clusters_members_accuracy"] is None and with_na["persons_role_accuracy"] is None
    assert metric_counts(scores)["clusters_members_accuracy"] == 0
    text = render_table(scores)
    members_line = next(line for line in text.splitlines() if "cluster members" in line)
    assert "n/a" in members_line and "1.000" not in members_line
    # A threshold on an n/a metric is neither passed nor failed: it is skipped, and said so.
    failures, skipped = threshold_report(scores, {"clusters_members_accuracy": 0.9, "clusters_f1": 0.9})
    assert failures == []
    assert skipped == ["clusters_members_accuracy n/a (0 pairs scored): threshold 0.90 not applied"]
    assert check_thresholds(scores, {"clusters_members_accuracy": 0.9}) == []


def test_figures_multiset_matching():
    gold = doc(figures=[figure(10, qualifier="more_than"), figure(10, qualifier="exact"), figure(1200000, "EUR")])
    pred = doc(figures=[figure(10.0, qualifier="exact"), figure(1200000.0, "EUR"), figure(10, "year")])
    scores = score_documents({EN: pred}, {EN: gold})
    f = scores["figures"]
    assert (f["tp"], f["fp"], f["fn"]) == (2, 1, 1)
    # qualifier pairing maximises agreement: the predicted "exact" pairs with the gold "exact"
    assert f["qualifier"] == {"correct": 2, "total": 2, "accuracy": 1.0}
    details = scores["per_document"][EN]["figures"]
    assert details["missed"] == ["10 count (more_than)"]
    assert details["spurious"] == ["10 year (exact)"]

    only_counts = score_documents(
        {EN: doc(figures=[figure(10)])}, {EN: doc(figures=[figure(10), figure(10)])}
    )["figures"]
    assert only_counts["recall"] == 0.5
    assert only_counts["precision"] == 1.0


def test_figure_qualifier_mismatch_reported():
    scores = score_documents(
        {EN: doc(figures=[figure(280, qualifier="exact")])}, {EN: doc(figures=[figure(280, qualifier="more_than")])}
    )
    assert scores["figures"]["f1"] == 1.0
    assert scores["figures"]["qualifier"]["accuracy"] == 0.0
    assert scores["per_document"][EN]["figures"]["qualifier_wrong"] == [
        {"figure": "280 count", "gold": "more_than", "predicted": "exact"}
    ]


def test_contacts_shared_email():
    gold = doc(
        contacts=[
            contact("Caroline Carmagnol", "eurobiomed@alizerp.com", "+33664189959"),
            contact("Najette Chaib", "eurobiomed@alizerp.com", "+33618381114"),
        ]
    )
    pred = doc(contacts=[contact("Caroline CARMAGNOL", "Eurobiomed@AlizeRP.com", "+33664189959")])
    c = score_documents({EN: pred}, {EN: gold})["contacts"]
    assert (c["emails"]["tp"], c["emails"]["fp"], c["emails"]["fn"]) == (1, 0, 0)
    assert c["emails"]["f1"] == 1.0
    assert (c["phones"]["tp"], c["phones"]["fn"]) == (1, 1)
    assert c["phones"]["recall"] == 0.5
    assert (c["links"]["tp"], c["links"]["fp"], c["links"]["fn"]) == (2, 0, 2)
    assert c["links"]["recall"] == 0.5

    # the same address given to the wrong person: the e-mail is right, the link is not
    wrong = doc(contacts=[contact("Someone Else", "eurobiomed@alizerp.com")])
    c = score_documents({EN: wrong}, {EN: gold})["contacts"]
    assert c["emails"]["tp"] == 1
    assert (c["links"]["tp"], c["links"]["fp"]) == (0, 1)


def test_contacts_keyed_by_document():
    gold = {EN: doc(EN, contacts=[contact("A", "a@x.org")]), FR: doc(FR, contacts=[contact("A", "a@x.org")])}
    pred = {EN: doc(EN, contacts=[contact("A", "a@x.org")]), FR: doc(FR)}
    c = score_documents(pred, gold)["contacts"]["emails"]
    assert (c["tp"], c["fp"], c["fn"]) == (1, 0, 1)


def test_missing_document_counts_as_misses():
    gold = {EN: small_gold(), FR: doc(FR, language="fr", date=None, persons=[person("Jean Dupont")])}
    scores = score_documents({EN: copy.deepcopy(gold[EN])}, gold)
    assert scores["documents"]["missing_predictions"] == [FR]
    assert scores["language"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert scores["date"]["accuracy"] == 0.5  # null == null would be right, but there is no prediction
    assert (scores["persons"]["tp"], scores["persons"]["fn"]) == (2, 1)
    assert scores["per_document"][FR]["persons"]["missed"] == ["Jean Dupont"]


def test_null_date_equals_null():
    scores = score_documents({EN: doc(date=None)}, {EN: doc(date=None)})
    assert scores["date"]["accuracy"] == 1.0
    scores = score_documents({EN: doc(date="2020-05-08")}, {EN: doc(date=None)})
    assert scores["date"]["accuracy"] == 0.0


# --- reconciliation ---------------------------------------------------------------------


def test_same_cluster_pairs_with_one_wrong_merge():
    gold = {
        "translations": [],
        "same_cluster": [["BioValley France", "Alsace BioValley", "Alsace Biovalley"], ["Eurobiomed"], ["Medicen Paris Region", "Medicen"]],
        "aligned_persons": [],
        "aligned_figures": [],
    }
    view = {
        "translation_groups": [],
        "clusters": [
            {"id": "c1", "name": "BioValley France", "names": ["Alsace BioValley", "BioValley France", "EuroBioMed"]},
            {"id": "c2", "name": "Medicen Paris Region", "names": ["Medicen", "Medicen Paris Region"]},
        ],
        "persons": [],
        "figures": [],
    }
    s = score_reconciliation(view, gold)["same_cluster"]
    # distinct normalised names: alsace biovalley, biovalley france, eurobiomed, medicen, medicen paris region
    assert (s["tp"], s["fp"], s["fn"]) == (2, 2, 0)
    assert s["precision"] == 0.5
    assert s["recall"] == 1.0
    assert sorted(s["spurious"]) == [["alsace biovalley", "eurobiomed"], ["biovalley france", "eurobiomed"]]


def test_reconciliation_translations_persons_figures():
    gold = {
        "translations": [[EN, FR]],
        "same_cluster": [],
        "aligned_persons": [
            {"name": "Jessica Leygues", "roles": {EN: "CEO", FR: "Déléguée Générale"}},
            {"name": "Marco Pintore", "roles": {EN: "General Manager", FR: "Directeur Général"}},
        ],
        "aligned_figures": [
            {"value": 10, "unit": "count", "sources": [EN, FR]},
            {"value": 10, "unit": "count", "sources": [EN, FR]},
        ],
    }
    other = "c_nl.txt"
    view = {
        "translation_groups": [{"id": "t1", "sources": [EN, FR]}, {"id": "t2", "sources": [FR, other]}],
        "clusters": [],
        "persons": [
            {"id": "p1", "name": "Jessica Leygues", "by_source": {EN: {"name": "Jessica Leygues"}, FR: {"name": "Jessica LEYGUES"}}},
            # the wrong person merged across the group: a false pair
            {"id": "p2", "name": "Marco Pintore", "by_source": {EN: {"name": "Marco Pintore"}, FR: {"name": "Julie Fend"}}},
            # a pair outside any gold translation group is not scored
            {"id": "p3", "name": "X", "by_source": {FR: {"name": "X"}, other: {"name": "X"}}},
        ],
        "figures": [
            {"id": "f1", "value": 10.0, "unit": "count", "sources": [EN, FR]},
            {"id": "f2", "value": 6, "unit": "count", "sources": [FR, other]},
        ],
    }
    s = score_reconciliation(view, gold)
    assert (s["translations"]["tp"], s["translations"]["fp"], s["translations"]["fn"]) == (1, 1, 0)
    ap = s["aligned_persons"]
    assert (ap["tp"], ap["fp"], ap["fn"]) == (1, 1, 1)
    af = s["aligned_figures"]
    assert (af["tp"], af["fp"], af["fn"]) == (1, 0, 1)
    assert af["precision"] == 1.0 and af["recall"] == 0.5


def test_aligned_person_respelled_in_one_version_counts_under_the_gold_name():
    # The gold has one name per aligned person; a version that respells it ("Mofras")
    # is the same person, while a different person stays a false pair.
    gold = {"translations": [[EN, FR]], "same_cluster": [], "aligned_figures": [],
            "aligned_persons": [{"name": "Dino Moras", "roles": {EN: "head", FR: "directeur"}}]}
    respelled = {"translation_groups": [{"id": "t1", "sources": [EN, FR]}], "clusters": [], "figures": [],
                 "persons": [{"id": "p1", "name": "Dino Moras",
                              "by_source": {EN: {"name": "Dino Mofras"}, FR: {"name": "Dino Moras"}}}]}
    ap = score_reconciliation(respelled, gold)["aligned_persons"]
    assert (ap["tp"], ap["fp"], ap["fn"]) == (1, 0, 0)
    other = {**respelled, "persons": [{"id": "p1", "name": "Dino Moras",
                                       "by_source": {EN: {"name": "Jean Martin"}, FR: {"name": "Dino Moras"}}}]}
    ap = score_reconciliation(other, gold)["aligned_persons"]
    assert (ap["tp"], ap["fp"], ap["fn"]) == (0, 1, 1)


# --- thresholds and rendering -----------------------------------------------------------


def _half_figures_scores():
    return score_documents({EN: doc(figures=[figure(10)])}, {EN: doc(figures=[figure(10), figure(10)])})


def test_thresholds_pass_and_fail():
    scores = _half_figures_scores()
    assert check_thresholds(scores, {"persons_f1": 1.0, "figures_precision": 1.0, "figures_recall": 0.5}) == []
    failures = check_thresholds(scores, {"figures_f1": 0.9, "language_accuracy": 1.0})
    assert failures == ["figures_f1 0.667 < 0.90"]
    # a known metric that was not scored (no reconciliation) fails rather than passes
    assert check_thresholds(scores, {"translations_f1": 0.5}) == ["translations_f1 not scored (threshold 0.50)"]


def test_thresholds_unknown_name():
    with pytest.raises(ValueError, match="figure_f1"):
        check_thresholds(_half_figures_scores(), {"figure_f1": 0.9})


def test_render_table():
    scores = _half_figures_scores()
    scores["reconciliation"] = score_reconciliation(
        {"translation_groups": [{"sources": [EN, FR]}], "clusters": [], "persons": [], "figures": []},
        {"translations": [[EN, FR]], "same_cluster": [], "aligned_persons": [], "aligned_figures": []},
    )
    text = render_table(scores)
    assert "\x1b[" not in text
    assert all(len(line) <= 100 for line in text.splitlines())
    for label in ("clusters", "contacts: e-mails", "figures", "person role", "figure qualifier", "Reconciliation", "aligned figures"):
        assert label in text
    figures_line = next(line for line in text.splitlines() if line.lstrip("| ").startswith("figures "))
    assert "0.667" in figures_line
    assert "translations_f1" in flat_metrics(scores)


# --- the gold folder against itself -----------------------------------------------------


def view_from_reconciliation_gold(gold: dict, languages: dict[str, str]) -> dict:
    from pipeline.models import ReconciledView

    groups = [
        {
            "id": f"t{i}",
            "sources": sorted(g),
            "languages": {s: languages.get(s, "und") for s in g},
            "score": 1.0,
            "decided_by": "manual",
        }
        for i, g in enumerate(gold["translations"])
    ]
    clusters = [
        {
            "id": f"c{i}",
            "name": names[0],
            "registry_id": None,
            "names": sorted(set(names)),
            "sources": [],
            "member_counts": [],
            "relations": [],
            "records": [],
        }
        for i, names in enumerate(gold["same_cluster"])
    ]
    persons = [
        {
            "id": f"p{i}",
            "name": p["name"],
            "variants": [p["name"]],
            "by_source": {
                s: {"name": p["name"], "role": role, "role_code": None, "organization": None, "record_id": f"{s}#p{i}"}
                for s, role in p["roles"].items()
            },
            "sources": sorted(p["roles"]),
        }
        for i, p in enumerate(gold["aligned_persons"])
    ]
    figures = [
        {
            "id": f"f{i}",
            "value": f["value"],
            "value_max": f.get("value_max"),
            "unit": f["unit"],
            "qualifier": f.get("qualifier", "exact"),
            "translation_group": None,
            "by_source": {
                s: {"text": str(f["value"]), "about": f.get("about"), "qualifier": f.get("qualifier", "exact"), "record_id": f"{s}#f{i}"}
                for s in f["sources"]
            },
            "sources": sorted(f["sources"]),
        }
        for i, f in enumerate(gold["aligned_figures"])
    ]
    view = {
        "translation_groups": groups,
        "clusters": clusters,
        "persons": persons,
        "figures": figures,
        "contacts": [],
        "conflicts": [],
    }
    # the view has the shape of the pipeline's own model
    return ReconciledView.model_validate(view).model_dump(mode="json")


def test_load_gold_dir(tmp_path):
    (tmp_path / "x.gold.json").write_text(json.dumps(doc("x.txt")), encoding="utf-8")
    golds, recon = load_gold_dir(tmp_path)
    assert list(golds) == ["x.txt"] and recon is None
    (tmp_path / "reconciliation.gold.json").write_text(json.dumps({"translations": []}), encoding="utf-8")
    golds, recon = load_gold_dir(tmp_path)
    assert list(golds) == ["x.txt"] and recon == {"translations": []}


def test_gold_folder_scores_one_against_itself():
    golds, recon = load_gold_dir(GOLD_DIR)
    assert len(golds) == 5 and recon is not None
    assert all(source == g["source"] for source, g in golds.items())
    predictions = {
        source: {
            "source": source,
            "language": g["language"],
            "date": g["date"],
            "clusters": [{"name": c["name"], "aliases": list(c["aliases"]), "members": c["members"]} for c in g["clusters"]],
            "persons": [dict(p) for p in g["persons"]],
            "contacts": [dict(c) for c in g["contacts"]],
            "figures": [
                {"value": float(f["value"]), "value_max": f.get("value_max"), "unit": f["unit"], "qualifier": f["qualifier"]}
                for f in g["figures"]
            ],
        }
        for source, g in golds.items()
    }
    scores = score_documents(predictions, golds)
    languages = {s: g["language"] for s, g in golds.items()}
    scores["reconciliation"] = score_reconciliation(view_from_reconciliation_gold(recon, languages), recon)

    metrics = flat_metrics(scores)
    assert set(metrics) == set(METRIC_NAMES)
    assert {k: v for k, v in metrics.items() if v != 1.0} == {}
    # and the scores are not vacuous
    assert scores["figures"]["tp"] == sum(len(g["figures"]) for g in golds.values())
    assert scores["reconciliation"]["aligned_persons"]["tp"] == len(recon["aligned_persons"])
    assert scores["reconciliation"]["aligned_figures"]["tp"] == len(recon["aligned_figures"])
    assert scores["reconciliation"]["same_cluster"]["tp"] > 0
    assert check_thresholds(scores, {name: 1.0 for name in METRIC_NAMES}) == []


def test_eval_command_reports_na_with_its_count(tmp_path):
    """`eval --json`: an n/a accuracy is null with its count (0), and a threshold on it
    is reported as skipped, not failed."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    sources, gold = tmp_path / "sources", tmp_path / "gold"
    sources.mkdir()
    gold.mkdir()
    (sources / "a.txt").write_text("Medicen Paris Region welcomes new companies.\n", encoding="utf-8")
    (gold / "a.gold.json").write_text(json.dumps(doc("a.txt", date=None, clusters=[
        {"name": "Medicen Paris Region", "aliases": [], "members": None, "region": None}])), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--sources", str(sources), "--gold", str(gold), "--json",
                                      "--min", "clusters_members_accuracy=0.9"])
    report = json.loads(result.stdout)
    assert report["metrics"]["clusters_members_accuracy"] is None
    assert report["counts"]["clusters_members_accuracy"] == 0
    assert report["failures"] == []
    assert report["skipped"] == ["clusters_members_accuracy n/a (0 pairs scored): threshold 0.90 not applied"]
    table = CliRunner().invoke(app, ["eval", "--sources", str(sources), "--gold", str(gold)])
    assert "n/a" in next(line for line in table.stdout.splitlines() if "cluster members" in line)
