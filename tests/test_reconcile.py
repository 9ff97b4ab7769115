"""Reconciliation (issue 4) on short press releases written for these tests, not the
seeds: each text goes through the real pipeline (`process_file`) to a DocumentRecord,
then through `reconcile`. File names are deliberately meaningless (or misleading):
translations must be found from content alone.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from pipeline.extract.text import normalise
from pipeline.models import ReconciledView
from pipeline.process import process_file
from pipeline.reconcile import (MANUAL_FILE, TRANSLATION_THRESHOLD, align_figures, candidate_pairs, figure_match, name_key, pair_evidence,
                                reconcile, same_person, translation_score)

# --- texts -----------------------------------------------------------------------------

# A: one release in three languages. The French version lists one more figure (12
# hospitals) and one more press contact, calls Thomas Girard vice-president where the
# English calls him President, and writes the shared phone number with dots.
A_EN = """Lyon, 12 March 2024 – Lyonbiopôle and Medicen Paris Region today launch a joint programme for digital health start-ups. The programme will support more than 120 start-ups for 18 months with a budget of €4.5 million.

"Our regions have never been so ready to work together," says Sophie Marchand, General Manager of Lyonbiopôle. Thomas Girard, President of Medicen Paris Region, adds that 35 partners have already joined.

Press contact:
Claire Dubois – claire.dubois@lyonbiopole.com – 06 12 34 56 78
"""

A_FR = """Lyon, le 12 mars 2024 – Lyonbiopôle et Medicen Paris Region lancent aujourd'hui un programme commun pour les start-ups de la santé numérique. Le programme accompagnera plus de 120 start-ups pendant 18 mois avec un budget de 4,5 millions d'euros.

« Nos régions n'ont jamais été aussi prêtes à travailler ensemble », déclare Sophie Marchand, Directrice Générale de Lyonbiopôle. Thomas Girard, Vice-président de Medicen Paris Region, ajoute que 35 partenaires ont déjà rejoint le programme, dont 12 hôpitaux.

Contact presse :
Claire Dubois – claire.dubois@lyonbiopole.com – 06.12.34.56.78
Marc Lambert – marc.lambert@medicen.org – 01 23 45 67 89
"""

A_NL = """Lyon, 12 maart 2024 – Lyonbiopôle en Medicen Paris Region starten vandaag een gezamenlijk programma voor start-ups in de digitale zorg. Het programma ondersteunt meer dan 120 start-ups gedurende 18 maanden met een budget van 4,5 miljoen euro.

"Onze regio's waren nog nooit zo klaar om samen te werken," zegt Sophie Marchand, algemeen directeur van Lyonbiopôle. Thomas Girard, voorzitter van Medicen Paris Region, voegt eraan toe dat 35 partners zich al hebben aangesloten.

Perscontact:
Claire Dubois – claire.dubois@lyonbiopole.com – 06 12 34 56 78
"""

# B: Dutch, about the same two clusters, different content.
B_NL = """Amsterdam, 3 september 2024 – Lyonbiopôle en Medicen Paris Region bezoeken deze week Health Valley Nederland. Tijdens het bezoek worden zo'n 40 Nederlandse bedrijven voorgesteld aan 15 Franse investeerders.

"Nederland is voor ons een belangrijke partner," zegt Pieter Jansen, algemeen directeur van Health Valley Nederland. Annelies de Vries, voorzitter van Health Valley Nederland, verwacht meer dan 60 ontmoetingen in 2 dagen.

Perscontact:
Femke Bakker – femke.bakker@healthvalley.nl – 06 98 76 54 32
"""

# C: English, 2022, BioValley France also under its former name; Marie Laurent of Genopole.
C_EN = """Strasbourg, 5 June 2022 – Alsace BioValley opens a new incubator for medical devices. The incubator covers 2,500 sq. meters and will host 25 companies. BioValley France now has 128 members.

"This is a milestone for the region," says Marie Laurent, President of Genopole, who attended the opening. Olivier Martin, CEO of BioValley France, explains that the project cost €3 million.

Press contact:
Nadia Petit – nadia.petit@biovalley-france.com – +33 6 11 22 33 44
"""

# D: French, unrelated to C; another Marie Laurent (of Vitagora); Clubster NSL under its
# former name.
D_FR = """Lille, le 20 novembre 2023 – Le pôle Nutrition Santé Longévité présente sa nouvelle feuille de route. Plus de 300 entreprises ont participé à la consultation, et 7 axes prioritaires ont été retenus pour les 5 prochaines années.

« La nutrition est au cœur de la prévention », explique Marie Laurent, Directrice Générale de Vitagora. Hélène Roussel, Présidente du Clubster NSL, rappelle que le pôle compte 210 membres.

Contact presse :
Lucas Bernard – lbernard@clubster-nsl.com – 03 20 11 22 33
"""

# E: a loose Dutch summary of C without its persons or contacts: a translation that
# content alone scores well below the threshold.
E_NL = """Straatsburg, 5 juni 2022 – BioValley France opent een nieuwe incubator voor medische hulpmiddelen. De incubator is 2.500 m² groot en biedt plaats aan 25 bedrijven. Het project kreeg steun van 4 Franse ziekenhuizen en 9 universiteiten.
"""

# H: English, 2024: BioValley France's later member count, Clubster NSL under an English
# former name, the Cancer-Bio-Santé merger, and "Jean-Marc Dupont" of Polepharma.
H_EN = """Marseille, 14 February 2024 – Eurobiomed welcomes the health clusters of France for its annual meeting. BioValley France now has 155 members, and the Nutrition Health and Longevity Cluster brought 20 companies to the meeting. Since Cancer-Bio-Santé merged into Eurobiomed, the southern network counts 2 offices.

"Working together is our strength," says Jean-Marc Dupont, General Manager of Polepharma. Paul Moreau, President of Eurobiomed, opened the meeting in front of 450 participants.

Press contact:
Laura Fabre – lfabre@eurobiomed.org – 04 91 11 22 33
"""

# I: French, 2021, Cancer-Bio-Santé before the merger; "Jean Marc Dupont" of Polepharma.
I_FR = """Toulouse, le 8 avril 2021 – Cancer-Bio-Santé organise sa journée annuelle de l'innovation en oncologie. Plus de 200 chercheurs et 30 entreprises sont attendus, et 6 projets recevront un prix.

« L'oncologie est une priorité nationale », souligne Jean Marc Dupont, Directeur Général de Polepharma. Martine Lefèvre, Présidente de Cancer-Bio-Santé, annonce un fonds de 2 millions d'euros.

Contact presse :
Julien Roux – jroux@cancerbiosante.fr – 05 61 11 22 33
"""

# J: a third "Marie Laurent", with no organisation at all.
J_EN = """Paris, 2 October 2023 – A new report on rare diseases was presented today to 80 journalists. The report lists 14 recommendations and was written over 9 months.

"Patients cannot wait any longer," says Marie Laurent.
"""

# K: one release about a new platform, in three versions that are not sentence for
# sentence. K_FR is abridged (no second quote, no training paragraph, no contact), spells
# the general manager "Geraldine Fournell" and gives the jobs exactly (1 080) where the
# English rounds them ("about 1,100"). K_NL is cut off in the middle of a word.
K_EN = """Nantes, 4 March 2025 – Atlanpole Biotherapies opens a bioproduction platform of 2,400 sq. meters in Saint-Herblain. The platform cost €6.8 million and will create about 1,100 jobs within 5 years.

"Nantes now has the tools to produce the therapies it invents," says Géraldine Fournel, General Manager of Atlanpole Biotherapies. Yann Le Goff, President of Atlanpole Biotherapies, adds that 14 companies have already booked space.

The platform will train 300 technicians a year with the University of Nantes and 3 engineering schools.

Press contact:
Élise Morvan – elise.morvan@atlanpole-biotherapies.com – 02 40 11 22 33
"""

K_FR = """Nantes, le 4 mars 2025 – Atlanpole Biotherapies inaugure à Saint-Herblain une plateforme de bioproduction de 2 400 m². La plateforme a coûté 6,8 millions d'euros et créera 1 080 emplois d'ici 5 ans.

« Nantes dispose désormais des outils pour produire les thérapies qu'elle invente », déclare Geraldine Fournell, Directrice Générale d'Atlanpole Biotherapies.
"""

K_NL = """Nantes, 4 maart 2025 – Atlanpole Biotherapies opent in Saint-Herblain een bioproductieplatform van 2.400 m². Het platform kostte 6,8 miljoen euro en levert binnen 5 jaar zo'n 1.100 banen op.

"Nantes heeft nu de middelen om de therapieën die het uitvindt ook te produceren," zegt Géraldine Fournel, algemeen directeur van Atlanpole Bio"""

# L: a yearly template: the same opening, the same president quoted, some numbers that
# do not change (35 exhibitors, 40 investors), others that do. Not a translation.
L23_EN = """Lille, 14 June 2023 – For the sixth edition of its Nutrition Days, Clubster NSL welcomed 420 participants and 35 exhibitors. 12 start-ups pitched their projects to 40 investors over 2 days.

"We are proud of this edition," says Hélène Roussel, President of Clubster NSL.
"""

L24_FR = """Lille, le 12 juin 2024 – Pour la septième édition de ses Journées de la Nutrition, Clubster NSL a accueilli 510 participants et 35 exposants. 9 start-ups ont présenté leurs projets à 40 investisseurs pendant 2 jours.

« Nous sommes fiers de cette édition », déclare Hélène Roussel, Présidente de Clubster NSL.
"""

# M: the same template without any date, two years of a network's appointments.
M22_EN = """Eight researchers were appointed to a double chair this week. With an appointment at two or more of the five partner institutions, they combine engineering and medicine.

The Delta Health network links five universities and 4 colleges. The eight new chairs will each supervise 3 doctoral students.
"""

M21_NL = """Negen onderzoekers zijn deze week benoemd tot hoogleraar met een dubbele aanstelling. Met een aanstelling bij tenminste twee van de vijf partnerinstellingen verbinden zij techniek en geneeskunde.

Het netwerk Delta Health verbindt vijf universiteiten en 6 hogescholen. De negen nieuwe hoogleraren begeleiden elk 2 promovendi.
"""

# N: a follow-up: the English release announces the day, the French one a week later
# reports on it, with the same speaker and the same cluster.
N_EN = """Marseille, 2 October 2025 – Eurobiomed will hold its investor day on 9 October 2025. Some 25 start-ups will meet 30 investors.

"Our start-ups need capital to grow," says Paul Moreau, President of Eurobiomed.
"""

N_FR = """Marseille, le 10 octobre 2025 – Eurobiomed a tenu sa journée des investisseurs le 9 octobre 2025. 27 start-ups ont rencontré 30 investisseurs et 6 levées de fonds ont été annoncées.

« Nos start-ups ont besoin de capitaux pour grandir », déclare Paul Moreau, Président d'Eurobiomed.
"""

# File names that say nothing about language or pairing.
NAMES = {"A_EN": "k4p.txt", "A_FR": "0193.txt", "A_NL": "m-22.txt", "B_NL": "qq_b.txt", "C_EN": "x7.txt",
         "D_FR": "r2d2.txt", "E_NL": "h.txt", "H_EN": "w_11.txt", "I_FR": "p9.txt", "J_EN": "t-3.txt",
         "K_EN": "n1.txt", "K_FR": "zz.txt", "K_NL": "a0.txt", "L23_EN": "y.txt", "L24_FR": "y2.txt",
         "M22_EN": "doc8.txt", "M21_NL": "doc9.txt", "N_EN": "f_1.txt", "N_FR": "f_2.txt"}
TEXTS = {"A_EN": A_EN, "A_FR": A_FR, "A_NL": A_NL, "B_NL": B_NL, "C_EN": C_EN, "D_FR": D_FR, "E_NL": E_NL,
         "H_EN": H_EN, "I_FR": I_FR, "J_EN": J_EN, "K_EN": K_EN, "K_FR": K_FR, "K_NL": K_NL, "L23_EN": L23_EN,
         "L24_FR": L24_FR, "M22_EN": M22_EN, "M21_NL": M21_NL, "N_EN": N_EN, "N_FR": N_FR}


# --- helpers ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def process(tmp_path_factory):
    """process(key, name=None) -> the DocumentRecord (as JSON) of text `key` saved as
    `name` (default: its meaningless name), processed once per (key, name)."""
    folder = tmp_path_factory.mktemp("texts")
    cache: dict[tuple[str, str], dict] = {}

    def run(key: str, name: str | None = None) -> dict:
        name = name or NAMES[key]
        if (key, name) not in cache:
            sub = folder / f"{len(cache)}"
            sub.mkdir()
            (sub / name).write_text(TEXTS[key], encoding="utf-8")
            cache[(key, name)] = process_file(sub / name).model_dump(mode="json")
        return cache[(key, name)]

    return run


def view_of(docs: list[dict], sources_dir: Path | None = None) -> dict:
    view = reconcile(docs, sources_dir)
    ReconciledView.model_validate(view.model_dump())  # the boundary model holds
    return view.model_dump(mode="json")


def groups(view: dict) -> list[list[str]]:
    return [g["sources"] for g in view["translation_groups"]]


def persons_named(view: dict, name: str) -> list[dict]:
    return [p for p in view["persons"] if normalise(p["name"]) == normalise(name)]


def cluster(view: dict, registry_id: str) -> dict:
    found = [c for c in view["clusters"] if c["registry_id"] == registry_id]
    assert len(found) == 1, [c["name"] for c in view["clusters"]]
    return found[0]


def manual(tmp_path: Path, **data) -> Path:
    (tmp_path / MANUAL_FILE).write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


def record_by_id(doc: dict, kind: str, record_id: str) -> dict:
    found = [r for r in doc[kind] if r["id"] == record_id]
    assert len(found) == 1
    return found[0]


@pytest.fixture(scope="module")
def pair_view(process):
    """The EN/FR pair A plus the unrelated Dutch text B about the same clusters."""
    return view_of([process("A_EN"), process("A_FR"), process("B_NL")])


# --- translation groups ------------------------------------------------------------------


def test_translation_pair_found_from_content(process, pair_view):
    en, fr = process("A_EN"), process("A_FR")
    assert (en["language"], fr["language"]) == ("en", "fr")
    assert groups(pair_view) == [sorted([NAMES["A_EN"], NAMES["A_FR"]])]
    g = pair_view["translation_groups"][0]
    assert g["decided_by"] == "content"
    assert g["languages"] == {NAMES["A_EN"]: "en", NAMES["A_FR"]: "fr"}
    assert g["score"] >= TRANSLATION_THRESHOLD
    assert translation_score(en, fr) == translation_score(fr, en) == g["score"]


def test_file_names_neither_make_nor_break_a_pair(process):
    """Names that suggest a pairing for two unrelated texts, and nothing in common for
    the real pair: the grouping follows content only."""
    docs = [process("A_EN", "zeta.txt"), process("A_FR", "alpha_99.txt"),
            process("C_EN", "press_2024_en.txt"), process("D_FR", "press_2024_fr.txt")]
    assert groups(view_of(docs)) == [["alpha_99.txt", "zeta.txt"]]


def test_dutch_text_on_same_clusters_is_not_a_translation(process, pair_view):
    nl = process("B_NL")
    assert {c["registry_id"] for c in nl["clusters"]} >= {"lyonbiopole", "medicen"}
    assert translation_score(nl, process("A_EN")) < TRANSLATION_THRESHOLD
    assert translation_score(nl, process("A_FR")) < TRANSLATION_THRESHOLD
    assert all(NAMES["B_NL"] not in g for g in groups(pair_view))


def test_unrelated_releases_in_two_languages_are_not_paired(process):
    c, d = process("C_EN"), process("D_FR")
    assert translation_score(c, d) < TRANSLATION_THRESHOLD  # though both name a Marie Laurent
    assert groups(view_of([c, d])) == []


def test_three_versions_form_one_group(process):
    docs = [process("A_EN"), process("A_FR"), process("A_NL")]
    assert groups(view_of(docs)) == [sorted(NAMES[k] for k in ("A_EN", "A_FR", "A_NL"))]


def test_manual_pair_joins_what_content_misses(process, tmp_path):
    c, e = process("C_EN"), process("E_NL")
    assert translation_score(c, e) < TRANSLATION_THRESHOLD
    assert groups(view_of([c, e])) == []
    view = view_of([c, e], manual(tmp_path, pairs=[[NAMES["C_EN"], NAMES["E_NL"]]]))
    assert groups(view) == [sorted([NAMES["C_EN"], NAMES["E_NL"]])]
    g = view["translation_groups"][0]
    assert (g["decided_by"], g["score"]) == ("manual", 1.0)
    # Once paired, the shared figures are aligned.
    sqm = [f for f in view["figures"] if f["unit"] == "m2" and f["value"] == 2500]
    assert len(sqm) == 1 and sqm[0]["sources"] == g["sources"]


def test_manual_denial_overrides_content(process, tmp_path):
    docs = [process("A_EN"), process("A_FR"), process("B_NL")]
    view = view_of(docs, manual(tmp_path, not_pairs=[[NAMES["A_FR"], NAMES["A_EN"]]]))
    assert groups(view) == []
    assert view["conflicts"] == []  # conflicts are only between versions of one text
    assert all(f["translation_group"] is None for f in view["figures"])


def test_denial_holds_through_a_third_version(process, tmp_path):
    """A~FR and FR~NL must not chain EN and NL together when EN/NL is denied."""
    docs = [process("A_EN"), process("A_FR"), process("A_NL")]
    view = view_of(docs, manual(tmp_path, not_pairs=[[NAMES["A_EN"], NAMES["A_NL"]]]))
    assert groups(view)  # the other pairs still group
    for g in groups(view):
        assert not {NAMES["A_EN"], NAMES["A_NL"]} <= set(g)


def test_manual_group_of_three(process, tmp_path):
    keys = ("C_EN", "D_FR", "E_NL")
    view = view_of([process(k) for k in keys], manual(tmp_path, pairs=[[NAMES[k] for k in keys]]))
    assert groups(view) == [sorted(NAMES[k] for k in keys)]


# --- merged records keep each version's wording -----------------------------------------


def test_merged_person_keeps_both_role_wordings_and_codes(process, pair_view):
    [sophie] = persons_named(pair_view, "Sophie Marchand")
    assert sophie["sources"] == sorted([NAMES["A_EN"], NAMES["A_FR"]])
    en, fr = sophie["by_source"][NAMES["A_EN"]], sophie["by_source"][NAMES["A_FR"]]
    assert (en["role"], en["role_code"]) == ("General Manager", "chief_executive")
    assert (fr["role"], fr["role_code"]) == ("Directrice Générale", "chief_executive")
    # each wording points back to the per-document record it came from
    for key in ("A_EN", "A_FR"):
        record = record_by_id(process(key), "persons", sophie["by_source"][NAMES[key]]["record_id"])
        assert record["name"] == "Sophie Marchand"
    assert not [c for c in pair_view["conflicts"] if c["reconciled_id"] == sophie["id"]]


def test_aligned_figure_keeps_what_is_counted_in_each_language(process, pair_view):
    [partners] = [f for f in pair_view["figures"] if f["unit"] == "count" and f["value"] == 35]
    assert partners["translation_group"] == pair_view["translation_groups"][0]["id"]
    assert partners["sources"] == sorted([NAMES["A_EN"], NAMES["A_FR"]])
    assert "partners" in partners["by_source"][NAMES["A_EN"]]["about"]
    assert "partenaires" in partners["by_source"][NAMES["A_FR"]]["about"]
    for key in ("A_EN", "A_FR"):
        record = record_by_id(process(key), "figures", partners["by_source"][NAMES[key]]["record_id"])
        assert record["value"] == 35
    # the money figure is one record, each version's own text kept
    [money] = [f for f in pair_view["figures"] if f["unit"] == "EUR"]
    assert money["value"] == 4_500_000
    assert money["by_source"][NAMES["A_EN"]]["text"] == "€4.5 million"
    assert money["by_source"][NAMES["A_FR"]]["text"] == "4,5 millions d'euros"


def test_contact_phone_written_two_ways_is_one_contact(process, pair_view):
    [claire] = [c for c in pair_view["contacts"] if c["email"] == "claire.dubois@lyonbiopole.com"]
    assert claire["phone"] == "+33612345678"
    assert claire["sources"] == sorted([NAMES["A_EN"], NAMES["A_FR"]])
    assert claire["by_source"][NAMES["A_EN"]]["phone_as_written"] == "06 12 34 56 78"
    assert claire["by_source"][NAMES["A_FR"]]["phone_as_written"] == "06.12.34.56.78"
    for key in ("A_EN", "A_FR"):
        record_by_id(process(key), "contacts", claire["by_source"][NAMES[key]]["record_id"])


def test_every_reconciled_record_lists_its_per_document_records(process):
    keys = ["A_EN", "A_FR", "B_NL", "C_EN", "D_FR", "H_EN", "I_FR"]
    docs = {NAMES[k]: process(k) for k in keys}
    view = view_of(list(docs.values()))
    for kind in ("persons", "figures", "contacts"):
        seen = set()
        for rec in view[kind]:
            assert rec["sources"] == sorted(rec["by_source"])
            for source, wording in rec["by_source"].items():
                record_by_id(docs[source], kind, wording["record_id"])
                seen.add((source, wording["record_id"]))
        # nothing is lost: every per-document record is in exactly one reconciled record
        assert seen == {(s, r["id"]) for s, d in docs.items() for r in d[kind]}
        assert len(seen) == sum(len(r["by_source"]) for r in view[kind])
    refs = [(r["source"], r["record_id"]) for c in view["clusters"] for r in c["records"]]
    assert sorted(refs) == sorted((s, c["id"]) for s, d in docs.items() for c in d["clusters"])


# --- conflicts ---------------------------------------------------------------------------


def test_figure_in_one_version_only_is_flagged(pair_view):
    gid = pair_view["translation_groups"][0]["id"]
    [hospitals] = [f for f in pair_view["figures"] if f["unit"] == "count" and f["value"] == 12]
    assert hospitals["sources"] == [NAMES["A_FR"]] and hospitals["translation_group"] == gid
    [conflict] = [c for c in pair_view["conflicts"] if c["reconciled_id"] == hospitals["id"]]
    assert (conflict["kind"], conflict["record_type"], conflict["translation_group"]) == ("only_in_one_version", "figure", gid)
    assert conflict["sources"] == [NAMES["A_FR"]] and NAMES["A_EN"] in conflict["detail"]
    # figures present in both versions are not flagged as missing
    flagged = {c["reconciled_id"] for c in pair_view["conflicts"] if c["kind"] == "only_in_one_version"}
    assert not [f for f in pair_view["figures"] if len(f["sources"]) == 2 and f["id"] in flagged]


def test_role_code_that_differs_is_flagged_and_both_kept(pair_view):
    [thomas] = persons_named(pair_view, "Thomas Girard")
    assert thomas["by_source"][NAMES["A_EN"]]["role_code"] == "president"
    assert thomas["by_source"][NAMES["A_FR"]]["role_code"] == "vice_president"
    [conflict] = [c for c in pair_view["conflicts"] if c["reconciled_id"] == thomas["id"]]
    assert (conflict["kind"], conflict["record_type"]) == ("role_code_differs", "person")
    assert conflict["sources"] == sorted([NAMES["A_EN"], NAMES["A_FR"]])
    assert "President" in conflict["detail"] and "Vice-président" in conflict["detail"]


def test_person_and_contact_in_one_version_only_are_flagged(pair_view):
    [marc] = persons_named(pair_view, "Marc Lambert")
    [contact] = [c for c in pair_view["contacts"] if c["email"] == "marc.lambert@medicen.org"]
    kinds = {(c["record_type"], c["kind"], c["reconciled_id"]) for c in pair_view["conflicts"]}
    assert ("person", "only_in_one_version", marc["id"]) in kinds
    assert ("contact", "only_in_one_version", contact["id"]) in kinds
    # the contact present in both versions is not flagged
    assert not [c for c in pair_view["conflicts"] if c["record_type"] == "contact" and "Claire" in c["detail"]]


def test_conflicts_only_inside_translation_groups(pair_view):
    gid = pair_view["translation_groups"][0]["id"]
    assert pair_view["conflicts"]
    assert {c["translation_group"] for c in pair_view["conflicts"]} == {gid}
    assert not [c for c in pair_view["conflicts"] if NAMES["B_NL"] in c["sources"]]


# --- clusters ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_view(process):
    return view_of([process(k) for k in ("A_EN", "A_FR", "B_NL", "C_EN", "D_FR", "H_EN", "I_FR", "J_EN")])


def test_former_names_give_one_cluster(process, corpus_view):
    biovalley = cluster(corpus_view, "biovalley_france")
    assert biovalley["name"] == "BioValley France"
    assert {"Alsace BioValley", "BioValley France"} <= set(biovalley["names"])
    assert biovalley["sources"] == sorted([NAMES["C_EN"], NAMES["H_EN"]])
    nsl = cluster(corpus_view, "clubster_nsl")
    assert nsl["name"] == "Clubster NSL"
    assert {"Nutrition Santé Longévité", "Nutrition Health and Longevity Cluster"} <= set(nsl["names"])
    assert nsl["sources"] == sorted([NAMES["D_FR"], NAMES["H_EN"]])
    # every name points to exactly one reconciled cluster
    owners: dict[str, set[str]] = {}
    for c in corpus_view["clusters"]:
        for n in c["names"] + [c["name"]]:
            owners.setdefault(normalise(n), set()).add(c["id"])
    assert all(len(ids) == 1 for ids in owners.values()), owners
    ids = [c["id"] for c in corpus_view["clusters"]]
    assert len(ids) == len(set(ids))


def test_former_name_alone_in_a_document_joins_the_current_name(process):
    """Clubster NSL named only by its English former name in one text and by its
    French former name in another."""
    view = view_of([process("D_FR"), process("H_EN")])
    assert len([c for c in view["clusters"] if c["registry_id"] == "clubster_nsl"]) == 1


def test_merger_is_a_relation_not_a_rename(corpus_view):
    cbs = cluster(corpus_view, "cancer_bio_sante")
    euro = cluster(corpus_view, "eurobiomed")
    assert cbs["id"] != euro["id"]
    assert cbs["name"] == "Cancer-Bio-Santé" and euro["name"] == "Eurobiomed"
    assert cbs["relations"] == [{"type": "merged_into", "cluster_id": euro["id"], "year": 2019}]
    assert euro["relations"] == [{"type": "absorbed", "cluster_id": cbs["id"], "year": 2019}]
    assert not {normalise(n) for n in euro["names"]} & {normalise(n) for n in cbs["names"]}
    assert cbs["sources"] == sorted([NAMES["H_EN"], NAMES["I_FR"]])
    assert euro["sources"] == [NAMES["H_EN"]]


def test_member_counts_from_two_dated_documents_are_both_kept(corpus_view):
    counts = cluster(corpus_view, "biovalley_france")["member_counts"]
    assert counts == [
        {"source": NAMES["C_EN"], "date": "2022-06-05", "members": 128},
        {"source": NAMES["H_EN"], "date": "2024-02-14", "members": 155},
    ]
    assert cluster(corpus_view, "clubster_nsl")["member_counts"] == [
        {"source": NAMES["D_FR"], "date": "2023-11-20", "members": 210}]


# --- persons across documents ------------------------------------------------------------


def test_namesakes_of_different_organisations_stay_apart(corpus_view):
    maries = persons_named(corpus_view, "Marie Laurent")
    by_org = {tuple(sorted({w["organization"] for w in p["by_source"].values()} - {None})): p for p in maries}
    assert ("Genopole",) in by_org and ("Vitagora",) in by_org
    assert by_org[("Genopole",)]["sources"] == [NAMES["C_EN"]]
    assert by_org[("Vitagora",)]["sources"] == [NAMES["D_FR"]]
    assert len({p["id"] for p in maries}) == len(maries)


def test_hyphen_spelling_variants_with_same_organisation_merge(corpus_view):
    [jm] = persons_named(corpus_view, "Jean-Marc Dupont")
    assert jm["variants"] == ["Jean Marc Dupont", "Jean-Marc Dupont"]
    assert jm["sources"] == sorted([NAMES["H_EN"], NAMES["I_FR"]])
    assert {w["organization"] for w in jm["by_source"].values()} == {"Polepharma"}
    assert jm["by_source"][NAMES["H_EN"]]["role"] == "General Manager"
    assert jm["by_source"][NAMES["I_FR"]]["role"] == "Directeur Général"


def test_mention_without_organisation_is_not_given_to_a_namesake(process, corpus_view):
    """With two Marie Laurents of different organisations, a third mention naming no
    organisation is evidence for neither: it is not attached to whichever came first."""
    maries = persons_named(corpus_view, "Marie Laurent")
    assert len(maries) == 3
    [orgless] = [p for p in maries if NAMES["J_EN"] in p["sources"]]
    assert orgless["sources"] == [NAMES["J_EN"]]


def test_person_grouping_does_not_depend_on_file_names(process):
    def shape(names: dict[str, str]) -> list:
        key_of = {v: k for k, v in names.items()}
        view = view_of([process(k, n) for k, n in names.items()])
        return sorted(sorted((key_of[s], w["name"], w["organization"]) for s, w in p["by_source"].items())
                      for p in view["persons"])

    shapes = [shape(names) for names in ({"C_EN": "b.txt", "D_FR": "c.txt", "J_EN": "a.txt"},
                                         {"C_EN": "b.txt", "D_FR": "c.txt", "J_EN": "z.txt"},
                                         {"C_EN": "z.txt", "D_FR": "a.txt", "J_EN": "m.txt"})]
    assert shapes[0] == shapes[1] == shapes[2]


def test_one_person_without_conflict_merges_across_documents(process):
    """Same name, one organisation known, the other mention naming none: one person."""
    view = view_of([process("C_EN"), process("J_EN")])
    [marie] = persons_named(view, "Marie Laurent")
    assert marie["sources"] == sorted([NAMES["C_EN"], NAMES["J_EN"]])


# --- determinism -------------------------------------------------------------------------


def test_reconciling_is_deterministic_and_order_free(process):
    docs = [process(k) for k in ("A_EN", "A_FR", "A_NL", "B_NL", "C_EN", "D_FR", "E_NL", "H_EN", "I_FR", "J_EN")]
    first = reconcile(docs).model_dump_json()
    assert reconcile(docs).model_dump_json() == first
    rng = random.Random(4)
    for _ in range(3):
        shuffled = [json.loads(json.dumps(d)) for d in docs]
        rng.shuffle(shuffled)
        for d in shuffled:  # record order inside a document does not matter either
            for kind in ("clusters", "persons", "contacts", "figures"):
                rng.shuffle(d[kind])
        assert reconcile(shuffled).model_dump_json() == first


# --- real translations: abridged, cut off, respelled, rounded (issue 13) ------------------


@pytest.fixture(scope="module")
def k_view(process):
    """The abridged French and the truncated Dutch version of K with the full English one,
    among near-misses (the L template, the M template, the N follow-up)."""
    return view_of([process(k) for k in ("K_EN", "K_FR", "K_NL", "L23_EN", "L24_FR", "M22_EN", "M21_NL", "N_EN", "N_FR")])


def test_abridged_translation_is_paired_on_what_the_shorter_version_contains(process):
    en, fr = process("K_EN"), process("K_FR")
    assert len(fr["persons"]) < len(en["persons"]) and len(fr["figures"]) < len(en["figures"])
    evidence = pair_evidence(en, fr)
    assert evidence.score >= TRANSLATION_THRESHOLD
    figures = next(s for s in evidence.signals if s.signal == "figures")
    assert (figures.matched, figures.compared) == (len(fr["figures"]), len(fr["figures"]))  # all of the shorter's
    assert translation_score(en, fr) == translation_score(fr, en) == evidence.score


def test_truncated_translation_is_paired(process):
    en, nl = process("K_EN"), process("K_NL")
    assert not nl["contacts"] and TEXTS["K_NL"].endswith("Atlanpole Bio")
    assert translation_score(en, nl) >= TRANSLATION_THRESHOLD


def test_three_uneven_versions_form_one_group_with_their_evidence(process, k_view):
    group = [g for g in k_view["translation_groups"] if NAMES["K_EN"] in g["sources"]]
    assert [g["sources"] for g in group] == [sorted(NAMES[k] for k in ("K_EN", "K_FR", "K_NL"))]
    g = group[0]
    # a reviewer sees why: one entry per pair that joined the group, with what matched
    assert len(g["evidence"]) == 2 and all(e["score"] >= TRANSLATION_THRESHOLD for e in g["evidence"])
    assert g["score"] == min(e["score"] for e in g["evidence"])
    for e in g["evidence"]:
        assert e["decided_by"] == "content" and set(e["sources"]) <= set(g["sources"])
        signals = {s["signal"]: s for s in e["signals"]}
        assert {"persons", "figures", "clusters", "date"} <= set(signals)
        assert any("6800000 EUR" in m for m in signals["figures"]["matches"])


def test_respelled_name_is_one_person_each_version_keeping_its_spelling(k_view):
    found = [p for p in k_view["persons"] if NAMES["K_FR"] in p["sources"]]
    [geraldine] = [p for p in found if "Fourn" in p["name"]]
    assert geraldine["sources"] == sorted(NAMES[k] for k in ("K_EN", "K_FR", "K_NL"))
    assert geraldine["by_source"][NAMES["K_FR"]]["name"] == "Geraldine Fournell"
    assert geraldine["by_source"][NAMES["K_EN"]]["name"] == "Géraldine Fournel"
    assert geraldine["by_source"][NAMES["K_FR"]]["role"] == "Directrice Générale"
    assert geraldine["by_source"][NAMES["K_EN"]]["role"] == "General Manager"
    assert geraldine["variants"] == ["Geraldine Fournell", "Géraldine Fournel"]
    assert not [c for c in k_view["conflicts"] if c["reconciled_id"] == geraldine["id"] and c["kind"] == "only_in_one_version"]


def test_respelling_joins_names_only_inside_a_translation_group(process):
    """Outside a translation group, "Geraldine Fournell" and "Géraldine Fournel" are two
    names: a fuzzy match across unrelated documents would merge namesakes' neighbours."""
    view = view_of([process("K_FR"), process("L23_EN")])
    assert same_person("geraldine fournell", "geraldine fournel") > 0
    assert same_person("jan de vries", "jan de vos") == 0 and same_person("marie laurent", "marie lambert") == 0
    assert not view["translation_groups"]


def test_rounded_figure_is_aligned_and_each_value_kept(k_view):
    [jobs] = [f for f in k_view["figures"] if NAMES["K_FR"] in f["sources"] and f["unit"] == "count"]
    assert jobs["sources"] == sorted(NAMES[k] for k in ("K_EN", "K_FR", "K_NL"))
    assert jobs["value"] == 1080  # the exact statement over the rounded ones
    assert jobs["by_source"][NAMES["K_EN"]]["text"] == "about 1,100" and jobs["by_source"][NAMES["K_EN"]]["value"] == 1100
    assert jobs["by_source"][NAMES["K_FR"]]["text"] == "1 080" and jobs["by_source"][NAMES["K_FR"]]["value"] is None
    kinds = {(c["kind"], c["record_type"]) for c in k_view["conflicts"] if c["reconciled_id"] == jobs["id"]}
    assert ("value_differs", "figure") in kinds
    # the figures only the full version has stand alone in the group, flagged
    [booked] = [f for f in k_view["figures"] if f["value"] == 14 and NAMES["K_EN"] in f["sources"]]
    assert booked["sources"] == [NAMES["K_EN"]] and booked["translation_group"]


def test_names_compare_across_scripts_and_letters_decomposition_leaves_alone():
    assert name_key("Søren Østergaard") == name_key("Soren Ostergaard") == "soren ostergaard"
    assert name_key("Дмитрий Иванов") == "dmitrii ivanov"
    assert name_key("Γιώργος Παπαδόπουλος") == "giorgos papadopoulos"
    assert same_person(name_key("Łukasz Nowak"), name_key("Lukasz Nowak")) == 1.0
    assert same_person(name_key("Frank Willem Jansen"), name_key("Frank Jansen")) > 0  # a middle name dropped
    assert same_person(name_key("Jansen"), name_key("Frank Jansen")) == 0  # a surname alone
    assert same_person(name_key("J. Dupont"), name_key("Jean Dupont")) > 0
    assert same_person(name_key("Jean-Luc Dupont"), name_key("Jean-Marc Dupont")) == 0


@pytest.mark.parametrize("a, b, expected", [
    ((1100, "approx"), (1080, "exact"), 0.9),
    ((1_200_000, "exact"), (1_234_000, "exact"), 0.9),
    ((1100, "exact"), (1100, "approx"), 1.0),
    ((3300, "more_than"), (3297, "exact"), 0.0),  # "more than 3,300" is not 3 297
    ((10, "exact"), (12, "exact"), 0.0),
    ((650, "exact"), (640, "exact"), 0.0),  # 650 is not a rounding of 640
])
def test_figures_match_with_rounding_tolerance(a, b, expected):
    def fig(value, qualifier, unit="count"):
        return {"value": value, "value_max": None, "unit": unit, "qualifier": qualifier}

    assert figure_match(fig(*a), fig(*b)) == expected
    assert figure_match(fig(*b), fig(*a)) == expected
    assert figure_match(fig(*a, unit="km"), fig(a[0], a[1], unit="EUR")) == 0.0  # never across two units


def test_a_unit_one_version_did_not_read_is_a_weak_match():
    """"200 km" in one version, the same 200 read without its unit in the other: a weak
    match (a bare small number never)."""
    def fig(value, unit):
        return {"value": value, "value_max": None, "unit": unit, "qualifier": "exact"}

    assert 0 < figure_match(fig(200, "km"), fig(200, "count")) < 0.9
    assert figure_match(fig(200, "km"), fig(210, "count")) == 0.0
    assert figure_match(fig(5, "year"), fig(5, "count")) == 0.0


def test_one_printed_number_under_two_units_is_a_weak_match():
    """"an area of 200 km" / "un rayon de 200 km2" (read as 2e8 m2): the digits a
    translation keeps are evidence, weakly; other digits, or small numbers, are not."""
    def fig(value, unit, text):
        return {"value": value, "value_max": None, "unit": unit, "qualifier": "exact",
                "provenance": {"text": text}}

    km, km2 = fig(200, "km", "200 km"), fig(200_000_000, "m2", "200 km2")
    assert 0 < figure_match(km, km2) < 0.9
    assert [(i, j) for i, j, _ in align_figures([km], [fig(3, "count", "trois"), km2])] == [(0, 1)]
    assert figure_match(km, fig(300_000_000, "m2", "300 km2")) == 0.0
    assert figure_match(fig(5, "km", "5 km"), fig(5_000_000, "m2", "5 km2")) == 0.0
    assert figure_match(fig(1100, "EUR", "€1,100"), fig(1100, "count", "1 100 emplois")) > 0


def test_same_template_another_year_stays_apart(process, k_view):
    en, fr = process("L23_EN"), process("L24_FR")
    evidence = pair_evidence(en, fr)
    assert evidence.score < TRANSLATION_THRESHOLD
    # Even without their dates, the changed numbers keep the two editions apart.
    undated = [dict(d, date=None, dated_mentions=[]) for d in (en, fr)]
    evidence = pair_evidence(*undated)
    assert evidence.score < TRANSLATION_THRESHOLD
    assert any(c.startswith("420 / 510 count") for c in evidence.changed_figures)
    # and an undated template whose only common numbers are its constants
    assert translation_score(process("M22_EN"), process("M21_NL")) < TRANSLATION_THRESHOLD
    for key in ("L23_EN", "L24_FR", "M22_EN", "M21_NL"):
        assert all(NAMES[key] not in g["sources"] for g in k_view["translation_groups"])


def test_follow_up_release_stays_apart(process, k_view):
    assert translation_score(process("N_EN"), process("N_FR")) < TRANSLATION_THRESHOLD
    assert all(NAMES["N_EN"] not in g["sources"] for g in k_view["translation_groups"])


def test_one_shared_small_number_is_no_pair():
    """A single "two" in two short texts: the content agrees, but there is too little of it."""
    def doc(source, language, text):
        figure = {"id": f"f_{source}", "value": 2, "value_max": None, "unit": "count", "qualifier": "exact", "about": None,
                  "provenance": {"source": source, "start": 10, "end": 13, "text": text, "language": language}, "mentions": 1}
        return {"source": source, "language": language, "date": None, "dated_mentions": [], "clusters": [], "persons": [],
                "contacts": [], "figures": [figure]}

    a, b = doc("one.txt", "en", "two"), doc("two.txt", "fr", "deux")
    evidence = pair_evidence(a, b)
    assert evidence.content_score == 1.0 and evidence.score < TRANSLATION_THRESHOLD


def test_candidate_pairs_come_from_blocking_keys(process):
    """Pairs are scored only when the documents share a key (a name, a name key for a
    respelling, a contact, a cluster, a date, a figure): never all pairs."""
    from pipeline.reconcile import _profile

    docs = [process(k) for k in ("K_FR", "B_NL", "J_EN", "K_EN")]
    pairs = candidate_pairs(docs, {d["source"]: _profile(d) for d in docs})
    assert tuple(sorted((NAMES["K_EN"], NAMES["K_FR"]))) in pairs
    assert tuple(sorted((NAMES["K_FR"], NAMES["J_EN"]))) not in pairs  # nothing in common


# --- clusters: former names through the document, mergers, shared words -----------------


def _cluster_doc(source: str, *clusters: tuple[str, str | None, list[str]]) -> dict:
    records = [{"id": f"clu_{source}_{i}", "name": name, "registry_id": key, "aliases": aliases, "members": None,
                "region": None, "mentions": 1,
                "provenance": {"source": source, "start": 0, "end": len(name), "text": name, "language": "en"}}
               for i, (name, key, aliases) in enumerate(clusters)]
    return {"source": source, "language": "en", "date": None, "dated_mentions": [], "clusters": records, "persons": [],
            "contacts": [], "figures": []}


def _owner(view: dict) -> dict[str, str]:
    owners: dict[str, set[str]] = {}
    for c in view["clusters"]:
        for n in c["names"] + [c["name"]]:
            owners.setdefault(normalise(n), set()).add(c["id"])
    assert all(len(ids) == 1 for ids in owners.values()), owners
    return {n: next(iter(ids)) for n, ids in owners.items()}


def test_two_clusters_sharing_a_word_stay_apart():
    docs = [_cluster_doc("a.txt", ("BioValley France", "biovalley_france", ["Alsace BioValley", "BioValley"])),
            _cluster_doc("b.txt", ("BioValley Basel", None, ["BioValley"])),
            _cluster_doc("c.txt", ("BioValley Basel", None, []), ("BioValley France", "biovalley_france", []))]
    view = view_of(docs)
    assert len(view["clusters"]) == 2
    owner = {n: i for n, i in ((normalise(n), c["id"]) for c in view["clusters"] for n in [c["name"]])}
    assert owner["biovalley france"] != owner["biovalley basel"]
    basel = next(c for c in view["clusters"] if c["name"] == "BioValley Basel")
    assert basel["sources"] == ["b.txt", "c.txt"]
    # a name both give only as an alias joins nothing (whether or not the registry
    # knows BioValley Basel, it is not BioValley France)
    ids = {c["registry_id"] for c in view["clusters"]}
    assert "biovalley_france" in ids and len(ids) == 2


def test_former_name_stated_by_a_document_joins_the_clusters():
    """"Biovia (formerly flanders.bio)": the document's alias joins its unregistered name
    to the registry cluster; another document naming only the new name joins too."""
    docs = [_cluster_doc("a.txt", ("Biovia", None, ["flanders.bio"])),
            _cluster_doc("b.txt", ("flanders.bio", "flandersbio", [])),
            _cluster_doc("c.txt", ("Biovia", None, [])),
            _cluster_doc("d.txt", ("Health Valley", None, ["Zorgvallei"])),
            _cluster_doc("e.txt", ("Zorgvallei", None, []))]
    view = view_of(docs)
    owner = _owner(view)
    assert owner["biovia"] == owner["flanders bio"]
    assert owner["health valley"] == owner["zorgvallei"] != owner["biovia"]
    [flanders] = [c for c in view["clusters"] if c["registry_id"] == "flandersbio"]
    assert flanders["sources"] == ["a.txt", "b.txt", "c.txt"]
    # the order of the documents does not matter
    assert view_of(list(reversed(docs))) == view
    # the registry's name given only as an alias still joins the new name to the cluster
    [alone] = view_of([_cluster_doc("a.txt", ("Biovia", None, ["flanders.bio"]))])["clusters"]
    assert (alone["registry_id"], sorted(alone["names"])) == ("flandersbio", ["Biovia", "flanders.bio"])


def test_merged_clusters_stay_apart_joined_by_the_merger():
    """A document announcing a merger may name the absorbed cluster next to its partner;
    the two stay two records, related both ways, and the name stays with its own cluster."""
    docs = [_cluster_doc("a.txt", ("Clubster NSL", "clubster_nsl", ["NSL", "Nutrition Santé Longévité", "Clubster Santé"])),
            _cluster_doc("b.txt", ("Clubster Santé", "clubster_sante", []), ("Clubster NSL", "clubster_nsl", []))]
    view = view_of(docs)
    owner = _owner(view)
    assert owner["clubster sante"] != owner["clubster nsl"] == owner["nutrition sante longevite"] == owner["nsl"]
    sante = cluster(view, "clubster_sante")
    nsl = cluster(view, "clubster_nsl")
    assert sante["relations"] == [{"type": "merged_into", "cluster_id": nsl["id"], "year": 2019}]
    assert nsl["relations"] == [{"type": "absorbed", "cluster_id": sante["id"], "year": 2019}]
    assert "Clubster Santé" not in nsl["names"]


# --- the mechanism on gold records (an oracle: extraction taken out of the measure) -------

REPO = Path(__file__).resolve().parents[1]
ORACLE_SETS = [REPO / "tests" / "gold", REPO / "tests" / "heldout" / "gold", REPO / "tests" / "blind" / "gold"]
# Another gold folder in FORMAT.md (e.g. a real-text development set) can be measured the
# same way: CLUSTER_EXTRACT_ORACLE_GOLD=/path/to/gold python3 -m pytest tests/test_reconcile.py -k oracle
if os.environ.get("CLUSTER_EXTRACT_ORACLE_GOLD"):
    ORACLE_SETS.append(Path(os.environ["CLUSTER_EXTRACT_ORACLE_GOLD"]))


def gold_as_outputs(gold_dir: Path) -> list[dict]:
    """Per-document records built from gold files, in reading order of the gold lists:
    what reconciliation would get from a perfect extraction."""
    from pipeline.evaluate import load_gold_dir
    from pipeline.extract.clusters import registry_key

    golds, _ = load_gold_dir(gold_dir)
    docs = []
    for source, gold in sorted(golds.items()):
        position = 0

        def provenance(text: str) -> dict:
            nonlocal position
            position += 10
            return {"source": source, "start": position, "end": position + len(text), "text": text, "language": gold["language"]}

        def key_of(*names: str | None) -> str | None:
            return next((k for n in names if n and (k := registry_key(n))), None)

        clusters = [{"id": f"clu{i}", "name": c["name"], "registry_id": key_of(c["name"], *(c.get("aliases") or [])),
                     "aliases": c.get("aliases") or [], "members": c.get("members"), "region": c.get("region"),
                     "provenance": provenance(c["name"]), "mentions": 1} for i, c in enumerate(gold.get("clusters") or [])]
        persons = [{"id": f"per{i}", "name": p["name"], "role": p.get("role"), "role_code": None,
                    "organization": p.get("organization"), "organization_cluster_id": key_of(p.get("organization")),
                    "provenance": provenance(p["name"]), "mentions": 1} for i, p in enumerate(gold.get("persons") or [])]
        contacts = [{"id": f"con{i}", "name": c.get("name"), "organization": c.get("organization"), "email": c.get("email"),
                     "phone": c.get("phone"), "phone_as_written": c.get("phone"), "cluster_id": None,
                     "provenance": provenance(c.get("email") or c.get("phone") or "")} for i, c in enumerate(gold.get("contacts") or [])]
        figures = [{"id": f"fig{i}", "value": f["value"], "value_max": f.get("value_max"), "unit": f["unit"],
                    "qualifier": f.get("qualifier") or "exact", "about": f.get("about"), "provenance": provenance(str(f["value"])),
                    "mentions": 1} for i, f in enumerate(gold.get("figures") or [])]
        docs.append({"source": source, "language": gold["language"], "date": gold.get("date"), "dated_mentions": [],
                     "clusters": clusters, "persons": persons, "contacts": contacts, "figures": figures})
    return docs


@pytest.mark.parametrize("gold_dir", ORACLE_SETS, ids=lambda p: str(p.relative_to(REPO)) if REPO in p.parents else str(p))
def test_oracle_reconciliation_meets_the_bar(gold_dir):
    """Issue 13's bar on records taken from the gold: translation pairs F1 >= 0.95 with no
    wrong pair, same cluster F1 >= 0.90 with precision >= 0.95, aligned figures >= 0.90.
    (Aligned persons are scored on each version's spelling of the name, which the gold
    does not have for a respelled name: they are checked on the sets without one.)"""
    from pipeline.evaluate import load_gold_dir, score_reconciliation

    _, recon_gold = load_gold_dir(gold_dir)
    if recon_gold is None:
        pytest.skip("no reconciliation gold")
    scores = score_reconciliation(view_of(gold_as_outputs(gold_dir)), recon_gold)
    assert scores["translations"]["f1"] >= 0.95 and scores["translations"]["fp"] == 0, scores["translations"]
    assert scores["same_cluster"]["f1"] >= 0.90 and scores["same_cluster"]["precision"] >= 0.95, scores["same_cluster"]
    assert scores["aligned_figures"]["f1"] >= 0.90, scores["aligned_figures"]
    if gold_dir in ORACLE_SETS[:3]:
        assert scores["aligned_persons"]["f1"] >= 0.90, scores["aligned_persons"]


def test_oracle_sets_together_pair_nothing_across_sets():
    """All gold sets' documents reconciled together: the only translation pairs are the
    gold's, none across sets (near-misses from another set's templates and clusters)."""
    from pipeline.evaluate import load_gold_dir

    docs, expected = [], set()
    for gold_dir in ORACLE_SETS:
        docs += gold_as_outputs(gold_dir)
        _, recon_gold = load_gold_dir(gold_dir)
        for group in (recon_gold or {}).get("translations") or []:
            expected.add(tuple(sorted(group)))
    assert {tuple(g) for g in groups(view_of(docs))} == expected


def test_versions_sharing_only_common_numbers_meet_in_a_block(monkeypatch):
    """When every single number is too common to block on, two figures in a row still
    bring the versions of one text together (and not a text with the same numbers in
    another order)."""
    import pipeline.reconcile as reconcile_module

    def doc(source, language, values):
        figures = [{"id": f"f{i}", "value": v, "value_max": None, "unit": "count", "qualifier": "exact", "about": None,
                    "provenance": {"source": source, "start": 10 * i, "end": 10 * i + 2, "text": str(v), "language": language},
                    "mentions": 1} for i, v in enumerate(values)]
        return {"source": source, "language": language, "date": None, "dated_mentions": [], "clusters": [], "persons": [],
                "contacts": [], "figures": figures}

    docs = [doc("en.txt", "en", [8, 2, 5, 4]), doc("nl.txt", "nl", [8, 2, 5, 4, 8]), doc("fr.txt", "fr", [4, 5, 2, 8])]
    monkeypatch.setattr(reconcile_module, "RARE_KEY_DOCS", 2)
    pairs = candidate_pairs(docs, {d["source"]: reconcile_module._profile(d) for d in docs})
    assert pairs == {("en.txt", "nl.txt")}


# --- candidate pairs: records shared through rare keys ------------------------------------------

from collections import Counter  # noqa: E402

from pipeline.reconcile import _profile, shared_records  # noqa: E402


@pytest.mark.parametrize("kinds,records", [
    ({"p": 1, "pf": 1, "pl": 1}, 1),  # one name: its own key, first name and initial, surname
    ({"pf": 1}, 1),  # a respelled name ("Dino Mofras" / "Dino Moras"): only its first name and initial
    ({"p": 1, "pf": 1, "pl": 1, "d": 1}, 2),  # a name and a date
    ({"f": 1, "fr": 1}, 1),  # a number and its rounding
    ({"fr": 1}, 1),  # a number rounded in one version ("1 080" / "about 1,100")
    ({"f": 2, "fs": 1}, 3),  # two numbers, in a row
    ({"c": 1, "k": 1}, 2),  # a press contact and a cluster
    ({}, 0),
])
def test_shared_records_counts_a_record_once(kinds, records):
    assert shared_records(Counter(kinds)) == records


def _release(source: str, language: str, names: list[str], date: str | None = None, figures=()) -> dict:
    return {"source": source, "language": language, "date": date, "dated_mentions": [],
            "persons": [{"id": f"per_{i}", "name": n, "provenance": {"start": 10 * i}} for i, n in enumerate(names)],
            "contacts": [], "clusters": [],
            "figures": [{"id": f"fig_{i}", "value": v, "value_max": None, "unit": u, "qualifier": "exact",
                         "provenance": {"start": 100 + i, "text": f"{v} {u}"}} for i, (v, u) in enumerate(figures)]}


@pytest.mark.parametrize("a,b,candidate", [
    # Two releases of one cluster in two languages naming its director, nothing else in common: not compared.
    (_release("a.txt", "en", ["Lotte Weber", "Anne Moreau"], "2024-03-01"),
     _release("b.txt", "fr", ["Lotte Weber", "Hugo Thijs"], "2024-06-12"), False),
    # The same name and the same date: compared (and scored on everything they hold).
    (_release("a.txt", "en", ["Lotte Weber", "Anne Moreau"], "2024-03-01"),
     _release("b.txt", "fr", ["Lotte Weber", "Hugo Thijs"], "2024-03-01"), True),
    # A respelled name and a figure: compared.
    (_release("a.txt", "en", ["Dino Mofras"], figures=[(420, "count")]),
     _release("b.txt", "nl", ["Dino Moras"], figures=[(420, "count")]), True),
    # One number and its rounding ("1 080" / "1,080"), nothing else: not compared.
    (_release("a.txt", "en", [], figures=[(1080, "count")]), _release("b.txt", "fr", [], figures=[(1080, "count")]), False),
    # Everything shared, but one language: never a translation.
    (_release("a.txt", "fr", ["Lotte Weber"], "2024-03-01"), _release("b.txt", "fr", ["Lotte Weber"], "2024-03-01"), False),
])
def test_candidate_pairs_need_two_shared_records(a, b, candidate):
    docs = [a, b]
    assert (("a.txt", "b.txt") in candidate_pairs(docs, {d["source"]: _profile(d) for d in docs})) is candidate
