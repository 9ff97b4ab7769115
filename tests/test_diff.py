"""Tests of pipeline.diff (reviewing changes to the outputs) and of the `diff` and
`batch --check` commands, on copies of the real outputs."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import diff as d
from pipeline.cli import app
from pipeline.evaluate import load_gold_dir
from pipeline.write import to_json

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ROOT / "outputs"
SOURCES = ROOT / "sources"
GOLD = ROOT / "tests" / "gold"
DOC = "000_b5408c13995e373e.txt"
DOC_FILE = DOC + ".json"

runner = CliRunner()


@pytest.fixture()
def outputs() -> dict[str, dict]:
    """A fresh copy of the committed outputs, by file name."""
    return d.load_folder(OUTPUTS)


def only(report: d.Report, kind: str | None = None) -> d.RecordChange:
    """The single record change of the report (of `kind`, when given)."""
    changes = [c for f in report.documents + [report.reconciled] if f for c in f.records]
    assert len(changes) == 1, [(c.kind, c.record_type, c.label) for c in changes]
    if kind is not None:
        assert changes[0].kind == kind
    return changes[0]


def fields(change: d.RecordChange) -> dict[str, tuple]:
    return {f.path: (f.old, f.new) for f in change.fields}


# --- one added, removed and changed record of each type --------------------------------

# (record type, a content field to change, its new value)
EDITS = [
    ("clusters", "region", "Somewhere Else"),
    ("persons", "role", "Chief Scientific Officer"),
    ("contacts", "organization", "Another Agency"),
    ("figures", "qualifier", "approx"),
]


@pytest.mark.parametrize("rtype", [e[0] for e in EDITS])
def test_added_record_at_the_top_changes_nothing_else(outputs, rtype):
    new = copy.deepcopy(outputs)
    records = new[DOC_FILE][rtype]
    assert len(records) >= 2
    extra = copy.deepcopy(records[-1])
    extra["id"] = extra["id"][:4] + "addedrecord0"
    if rtype in ("clusters", "persons"):
        extra["name"] = "Zygomatic Newcomer"
        extra["registry_id"] = None if rtype == "clusters" else extra.get("registry_id")
    elif rtype == "contacts":
        extra.update(name="Zoe Newcomer", email="zoe@newcomer.example", phone="+33100000000")
    else:
        extra.update(value=12345, provenance={**extra["provenance"], "text": "12,345"})
    records.insert(0, extra)

    report = d.diff_outputs(outputs, new)
    change = only(report, "added")
    assert change.record_type == rtype
    assert change.new_id == extra["id"] and change.record == extra
    assert [f.name for f in report.changed_documents] == [DOC]
    assert report.totals(report.documents) == (1, 0, 0)


@pytest.mark.parametrize("rtype", [e[0] for e in EDITS])
def test_removed_record(outputs, rtype):
    new = copy.deepcopy(outputs)
    gone = new[DOC_FILE][rtype].pop(1)
    report = d.diff_outputs(outputs, new)
    change = only(report, "removed")
    assert change.record_type == rtype and change.old_id == gone["id"] and change.record == gone
    assert report.totals(report.documents) == (0, 1, 0)


@pytest.mark.parametrize("rtype,path,value", EDITS)
def test_changed_record_with_a_new_id_is_paired_by_natural_key(outputs, rtype, path, value):
    new = copy.deepcopy(outputs)
    record = new[DOC_FILE][rtype][1]
    old_value = record[path]
    assert old_value != value
    record[path] = value
    record["id"] = record["id"][:4] + "contenthash0"  # content changed: a new ID

    report = d.diff_outputs(outputs, new)
    change = only(report, "changed")
    assert change.record_type == rtype
    assert change.old_id == outputs[DOC_FILE][rtype][1]["id"] and change.new_id == record["id"]
    assert fields(change) == {path: (old_value, value)}
    assert report.totals(report.documents) == (0, 0, 1)
    text = d.render_text(report)
    assert f"{path}: {json.dumps(old_value, ensure_ascii=False)} \u2192 {json.dumps(value, ensure_ascii=False)}" in text


def test_changed_record_with_the_same_id(outputs):
    # A person's ID comes from the name only: a new role keeps the ID.
    new = copy.deepcopy(outputs)
    person = new[DOC_FILE]["persons"][0]
    person["organization"] = "Somewhere"
    change = only(d.diff_outputs(outputs, new), "changed")
    assert change.old_id == change.new_id == person["id"]
    assert fields(change) == {"organization": (outputs[DOC_FILE]["persons"][0]["organization"], "Somewhere")}


def test_figure_span_text_change_shows_offsets_too(outputs):
    new = copy.deepcopy(outputs)
    figure = new[DOC_FILE]["figures"][0]
    prov = figure["provenance"]
    prov["text"] = prov["text"] + " more"
    prov["end"] += 5
    figure["id"] = "fig_changedtext0"
    # paired through (value, unit) now that the span text differs
    change = only(d.diff_outputs(outputs, new), "changed")
    assert set(fields(change)) == {"provenance.text", "provenance.end"}


def test_shifted_offsets_are_not_changes(outputs):
    new = copy.deepcopy(outputs)
    for rtype in d.DOCUMENT_TYPES:
        for record in new[DOC_FILE][rtype]:
            record["provenance"]["start"] += 40
            record["provenance"]["end"] += 40
    new[DOC_FILE]["text_length"] += 40
    report = d.diff_outputs(outputs, new)
    assert not report.changed and report.differs
    assert "text_length" in report.documents[0].other
    assert d.render_text(report).startswith("No changes in 5 documents (1 file differs only in positions")


def test_document_fields_and_whole_documents(outputs):
    new = copy.deepcopy(outputs)
    new[DOC_FILE]["date"] = "2021-01-01"
    removed = new.pop("004_375d99e0e63eba19.txt.json")
    report = d.diff_outputs(outputs, new)
    by_name = {f.name: f for f in report.changed_documents}
    assert [(f.path, f.old, f.new) for f in by_name[DOC].fields] == [("date", outputs[DOC_FILE]["date"], "2021-01-01")]
    gone = by_name["004_375d99e0e63eba19.txt"]
    assert gone.status == "removed"
    n = sum(len(removed[t]) for t in d.DOCUMENT_TYPES)
    assert gone.count("removed") == n and gone.count("added") == 0
    assert d.summary_line(report).startswith(f"2 documents changed: +0 \u2212{n} ~1 records")


def test_reconciled_records(outputs):
    new = copy.deepcopy(outputs)
    view = new[d.RECONCILED]
    person = view["persons"][0]
    source = sorted(person["by_source"])[0]
    old_role = person["by_source"][source]["role"]
    person["by_source"][source]["role"] = "Chairwoman"
    person["by_source"][source]["record_id"] = "per_otherid0000"  # a reference to an ID: not content
    person["id"] = "rpe_otherid0000"
    view["contacts"].pop(0)
    view["translation_groups"][0]["score"] = 0.5

    report = d.diff_outputs(outputs, new)
    assert not report.changed_documents
    rec = report.reconciled
    changes = {(c.kind, c.record_type): c for c in rec.records}
    assert set(changes) == {("changed", "persons"), ("removed", "contacts"), ("changed", "translation_groups")}
    assert fields(changes[("changed", "persons")]) == {f"by_source.{source}.role": (old_role, "Chairwoman")}
    assert d.summary_line(report) == "reconciled view: +0 \u22121 ~2"


# --- unrelated edits leave IDs alone -----------------------------------------------------


def test_paragraph_added_above_changes_no_id_and_no_record(tmp_path):
    from pipeline.process import process_file

    path = tmp_path / DOC
    text = (SOURCES / DOC).read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    before = json.loads(to_json(process_file(path)))
    paragraph = "This page is part of the archive of the network and is kept here for reference only.\n\n"
    path.write_text(paragraph + text, encoding="utf-8")
    after = json.loads(to_json(process_file(path)))

    assert after["text_length"] > before["text_length"]
    for rtype in d.DOCUMENT_TYPES:
        assert before[rtype], rtype  # something to compare
        assert [r["id"] for r in after[rtype]] == [r["id"] for r in before[rtype]], rtype
        # every span moved down, none changed its text
        assert all(a["provenance"]["start"] > b["provenance"]["start"] and a["provenance"]["text"] == b["provenance"]["text"]
                   for a, b in zip(after[rtype], before[rtype])), rtype

    report = d.diff_outputs({DOC_FILE: before}, {DOC_FILE: after})
    assert report.differs and not report.changed
    assert report.totals(report.documents) == (0, 0, 0)


# --- git revisions -----------------------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false",
                           *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def test_diff_between_git_revisions(tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    shutil.copytree(OUTPUTS, repo / "outputs")
    git(repo, "init", "-q")
    git(repo, "add", "outputs")
    git(repo, "commit", "-q", "-m", "first")
    first = git(repo, "rev-parse", "HEAD").strip()

    path = repo / "outputs" / DOC_FILE
    doc = json.loads(path.read_text(encoding="utf-8"))
    old_role = doc["persons"][2]["role"]
    doc["persons"][2]["role"] = "Treasurer"
    path.write_text(to_json(doc), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "second")

    old = d.load_git_revision(first, Path("outputs"), repo=repo)
    new = d.load_git_revision("HEAD", Path("outputs"), repo=repo)
    assert set(old) == {p.name for p in OUTPUTS.glob("*.json") if not p.name.startswith(".")}
    change = only(d.diff_outputs(old, new), "changed")
    assert change.label == doc["persons"][2]["name"] and fields(change) == {"role": (old_role, "Treasurer")}
    with pytest.raises(ValueError):
        d.load_git_revision("no-such-rev", Path("outputs"), repo=repo)

    # Through the command: two revisions, then a revision against the working tree.
    monkeypatch.chdir(repo)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    result = runner.invoke(app, ["diff", "--rev", first, "--rev2", "HEAD", "--no-gold-eval"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 document changed: +0 \u22120 ~1 records")
    assert f'role: "{old_role}" \u2192 "Treasurer"' in result.output

    result = runner.invoke(app, ["diff", "--rev", "HEAD", "--no-gold-eval", "--exit-code"])
    assert result.exit_code == 0 and result.output.startswith("No changes in 5 documents")
    doc["contacts"].pop(0)
    path.write_text(to_json(doc), encoding="utf-8")
    result = runner.invoke(app, ["diff", "--rev", "HEAD", "--no-gold-eval", "--exit-code"])
    assert result.exit_code == 1
    assert "\u2212 contact" in result.output
    assert git(repo, "status", "--porcelain").strip() == f"M outputs/{DOC_FILE}"  # nothing else touched


# --- evaluation movement -------------------------------------------------------------------


def test_evaluation_moves_and_flips(outputs):
    golds, reconciliation_gold = load_gold_dir(GOLD)
    new = copy.deepcopy(outputs)
    gold_names = {p["name"] for p in golds[DOC]["persons"]}
    person = next(p for p in new[DOC_FILE]["persons"] if p["name"] in gold_names)
    new[DOC_FILE]["persons"].remove(person)

    report = d.diff_outputs(outputs, new, golds=golds, reconciliation_gold=reconciliation_gold,
                            same_cluster=d.default_same_cluster())
    ev = report.evaluation
    moved = {name: (old, new_) for name, old, new_ in ev.metrics}
    assert moved["persons_recall"][1] < moved["persons_recall"][0]
    assert "persons_precision" not in moved  # precision did not move
    assert [(f.document, f.record_type, f.now_right) for f in ev.flips] == [(DOC, "persons", False)]
    assert person["name"] in ev.flips[0].description and "now missed" in ev.flips[0].description
    assert "persons_f1 " in d.summary_line(report)
    assert "\u2717 " + DOC in d.render_text(report)

    back = d.diff_outputs(new, outputs, golds=golds)
    assert [f.now_right for f in back.evaluation.flips] == [True]
    assert "now found" in back.evaluation.flips[0].description

    # No gold for the compared documents: no evaluation part.
    assert d.diff_outputs({"x.txt.json": {"source": "x.txt"}}, {}, golds=golds).evaluation is None


# --- rendering ---------------------------------------------------------------------------


def test_markdown_summary_and_folding(outputs):
    new = copy.deepcopy(outputs)
    old_role = new[DOC_FILE]["persons"][0]["role"]
    new[DOC_FILE]["persons"][0]["role"] = "Boss"
    small = d.render_markdown(d.diff_outputs(outputs, new))
    assert small.splitlines()[0] == "**1 document changed: +0 \u22120 ~1 records**"
    assert "<details>" not in small and f"#### {DOC}: +0 \u22120 ~1" in small
    assert f'  - role: `{json.dumps(old_role, ensure_ascii=False)}` \u2192 `"Boss"`' in small

    del new["004_375d99e0e63eba19.txt.json"]  # a long report
    big = d.render_markdown(d.diff_outputs(outputs, new))
    assert big.splitlines()[0].startswith("**2 documents changed:")
    assert f"<details><summary>{DOC}: +0 \u22120 ~1</summary>" in big
    assert "<details><summary>004_375d99e0e63eba19.txt (gone): +0 \u2212" in big
    assert big.count("<details>") == big.count("</details>") == 2


def test_cli_diff_folders_markdown_and_step_summary(tmp_path, monkeypatch):
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(OUTPUTS, old)
    shutil.copytree(OUTPUTS, new)
    doc = json.loads((new / DOC_FILE).read_text(encoding="utf-8"))
    doc["figures"].pop(0)
    (new / DOC_FILE).write_text(to_json(doc), encoding="utf-8")
    summary = tmp_path / "step_summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))

    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "markdown", "--gold", str(GOLD)])
    assert result.exit_code == 0, result.output  # diff reports; it does not fail
    assert result.output.startswith("**1 document changed: +0 \u22121 ~0 records; figures_f1 ")
    assert "| figures_recall |" in result.output
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n**1 document changed")
    assert "\u2212 figure" in written

    result = runner.invoke(app, ["diff", str(old), str(new), "--exit-code", "--no-gold-eval"])
    assert result.exit_code == 1 and result.output.startswith("1 document changed")
    result = runner.invoke(app, ["diff", str(old), str(old), "--exit-code", "--no-gold-eval"])
    assert result.exit_code == 0 and result.output.startswith("No changes in 5 documents")
    result = runner.invoke(app, ["diff", str(old)])
    assert result.exit_code == 2  # one folder is not enough


# --- batch --check ---------------------------------------------------------------------------


def test_batch_check_passes_on_the_committed_outputs(tmp_path, monkeypatch):
    # Fails when outputs/ is stale: run `cluster-extract batch` (the accept step).
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    sources, outputs = tmp_path / "sources", tmp_path / "outputs"
    shutil.copytree(SOURCES, sources)
    shutil.copytree(OUTPUTS, outputs)
    result = runner.invoke(app, ["batch", str(sources), "--outputs", str(outputs), "--check", "--no-progress"])
    assert result.exit_code == 0, result.output


def test_batch_check_fails_on_a_modified_output(tmp_path, monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    sources, outputs = tmp_path / "sources", tmp_path / "outputs"
    shutil.copytree(SOURCES, sources)
    shutil.copytree(OUTPUTS, outputs)
    accept = runner.invoke(app, ["batch", str(sources), "--outputs", str(outputs), "--no-progress"])
    assert accept.exit_code == 0, accept.output
    args = ["batch", str(sources), "--outputs", str(outputs), "--check", "--no-progress"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output

    path = outputs / DOC_FILE
    doc = json.loads(path.read_text(encoding="utf-8"))
    old_name = doc["persons"][0]["name"]
    doc["persons"][0]["name"] = "Someone Else"
    edited = to_json(doc)
    path.write_text(edited, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in outputs.iterdir()}

    result = runner.invoke(app, args)
    assert result.exit_code == 1
    # The summary line first: the committed (edited) name is old, the fresh run's is new.
    assert result.output.startswith("1 document changed: +0 \u22120 ~1 records")
    assert f'name: "Someone Else" \u2192 "{old_name}"' in result.output
    assert f"{DOC_FILE}: differs" in result.output
    assert {p.name: p.read_bytes() for p in outputs.iterdir()} == before  # committed outputs left alone

    path.unlink()  # a missing file fails the check too
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and f"{DOC_FILE}: missing" in result.output
