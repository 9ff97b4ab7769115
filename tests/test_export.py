"""`export`: the tables open in DuckDB in every format, hold every record of outputs/
with its provenance, and the README's three queries, run as written, return the rows the
JSON outputs of sources/ imply (expectations derived from outputs/*.json and the source
texts, never typed in)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import os

if not os.environ.get("CI"):
    pytest.importorskip("duckdb", reason="the [export] extra is not installed")
    pytest.importorskip("pyarrow", reason="the [export] extra is not installed")

import duckdb
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.export import SCHEMAS, cleaned_text, connect
from pipeline.extract.text import sentence_bounds

REPO = Path(__file__).resolve().parent.parent
OUTPUTS, SOURCES = REPO / "outputs", REPO / "sources"
RECORD_TYPES = ("clusters", "persons", "contacts", "figures", "dated_mentions")


def readme_queries() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Querying the exports", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, re.S)


@pytest.fixture(scope="module")
def docs() -> dict[str, dict]:
    out = {}
    for p in sorted(OUTPUTS.glob("*.json")):
        if p.name != "reconciled.json" and not p.name.startswith("."):  # not the manifest
            out[json.loads(p.read_text(encoding="utf-8"))["source"]] = json.loads(p.read_text(encoding="utf-8"))
    return out


@pytest.fixture(scope="module")
def view() -> dict:
    return json.loads((OUTPUTS / "reconciled.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    paths = {"duckdb": folder / "db.duckdb", "parquet": folder / "parquet", "csv": folder / "csv"}
    for fmt, path in paths.items():
        result = CliRunner().invoke(app, ["export", "--format", fmt, "--out", str(path), "--outputs", str(OUTPUTS),
                                          "--sources", str(SOURCES)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return paths


@pytest.fixture(scope="module")
def db(exports):
    con = duckdb.connect(str(exports["duckdb"]), read_only=True)
    yield con
    con.close()


def rows(con, sql: str, *params) -> list[dict]:
    cur = con.execute(sql, list(params))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def sentence(source: str, prov: dict) -> str:
    """The sentences a span starts and ends in."""
    text = cleaned_text(SOURCES, json.loads((OUTPUTS / f"{source}.json").read_text(encoding="utf-8")))
    a, b = sentence_bounds(text, prov["start"])
    b = max(b, sentence_bounds(text, prov["end"] - 1)[1])
    return " ".join(text[a:b].split())


def test_every_format_opens_in_duckdb_with_every_table_and_record(exports, docs):
    counts = {t: sum(len(d[t]) for d in docs.values()) for t in RECORD_TYPES}
    counts["documents"] = len(docs)
    for fmt, path in exports.items():
        con = connect(path)
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        assert tables == set(SCHEMAS), fmt
        for table, n in counts.items():
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n, (fmt, table)
        # IDs are unique and the pipeline's own.
        ids = {r[0] for r in con.execute("SELECT id FROM persons").fetchall()}
        assert ids == {p["id"] for d in docs.values() for p in d["persons"]}
        con.close()


def test_provenance_columns_point_into_the_source_text(db, docs):
    for table in ("clusters", "persons", "figures", "dated_mentions"):
        for row in rows(db, f"SELECT source, span_start, span_end, span_text, sentence FROM {table}"):
            text = cleaned_text(SOURCES, docs[row["source"]])
            assert text[row["span_start"]:row["span_end"]] == row["span_text"]
            assert " ".join(row["span_text"].split()) in row["sentence"]


def test_records_link_to_the_reconciled_view(db, view):
    expected = {(source, e["record_id"]): p["id"] for p in view["persons"] for source, e in p["by_source"].items()}
    got = {(r["source"], r["id"]): r["reconciled_person_id"] for r in rows(db, "SELECT * FROM persons")}
    assert got == expected
    groups = rows(db, "SELECT group_id, source, language FROM translation_groups ORDER BY group_id, source")
    assert groups == [{"group_id": g["id"], "source": s, "language": g["languages"][s]}
                      for g in sorted(view["translation_groups"], key=lambda g: g["id"]) for s in g["sources"]]


def test_export_is_deterministic(exports, tmp_path):
    again = tmp_path / "csv"
    CliRunner().invoke(app, ["export", "--format", "csv", "--out", str(again), "--outputs", str(OUTPUTS),
                             "--sources", str(SOURCES)], catch_exceptions=False)
    for path in exports["csv"].iterdir():
        assert (again / path.name).read_bytes() == path.read_bytes()


def test_readme_query_roles_in_clusters(db, docs, view):
    query = readme_queries()[0]
    by_registry = {c["registry_id"]: c for c in view["clusters"] if c["registry_id"]}
    expected = set()
    for person in view["persons"]:
        for source, entry in person["by_source"].items():
            record = next(p for p in docs[source]["persons"] if p["id"] == entry["record_id"])
            cluster = by_registry.get(record["organization_cluster_id"]) or next(
                (c for c in view["clusters"] if entry["organization"] and entry["organization"].lower() in
                 {n.lower() for n in c["names"]}), None)
            if cluster:
                expected.add((cluster["name"], person["name"], entry["role_code"], entry["role"], source))
    got = [tuple(r) for r in db.execute(query).fetchall()]
    assert len(got) == len(set(got)) and set(got) == expected
    assert got == sorted(got, key=lambda r: (r[0], r[1], r[4]))
    # Translations: one person, two sources, two wordings of the same role.
    assert any(a[:3] == b[:3] and a[3] != b[3] and a[4] != b[4] for a in got for b in got)


def cluster_named(view, name):
    return next(c for c in view["clusters"] if name in c["names"])


def readme_cluster(query: str) -> str:
    return re.search(r"n\.name = '([^']+)'", query).group(1)


def test_readme_query_member_counts_over_time(db, view):
    query = readme_queries()[1]
    name = readme_cluster(query)
    for cluster in view["clusters"]:
        for alias in cluster["names"]:
            got = db.execute(query.replace(f"'{name}'", "?"), [alias]).fetchall()
            expected = sorted((m["date"], m["members"], m["source"]) for m in cluster["member_counts"])
            assert [(str(d) if d else None, n, s) for d, n, s, _ in got] == expected
            for _, members, source, text in got:
                assert str(members) in text and source in {m["source"] for m in cluster["member_counts"]}
    assert len(cluster_named(view, name)["member_counts"]) >= 2  # the README's example shows a series


def test_readme_query_figures_about_a_cluster(db, docs, view):
    """Expected: the figures whose sentence contains one of the cluster's names as a
    word of its own, found here by plain text search in the source (the export finds
    them with the pipeline's cluster mentions); for every cluster, by its name."""
    query = readme_queries()[2]
    name = readme_cluster(query)
    for cluster in view["clusters"]:
        # A name as a word of its own ("ABV-President" is a title, not a mention).
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in cluster["names"]) + r")(?![\w-])")
        expected = []
        for source in sorted(docs):
            for f in sorted(docs[source]["figures"], key=lambda f: f["provenance"]["start"]):
                text = sentence(source, f["provenance"])
                if pattern.search(text):
                    expected.append((source, f["provenance"]["text"], float(f["value"]), f["unit"], f["about"], text))
        got = db.execute(query.replace(f"'{name}'", "?"), [cluster["name"]]).fetchall()
        assert got == expected, cluster["name"]
    assert len(db.execute(query).fetchall()) >= 3


def test_export_errors(tmp_path):
    result = CliRunner().invoke(app, ["export", "--format", "xlsx", "--out", str(tmp_path / "x")])
    assert result.exit_code == 2
    result = CliRunner().invoke(app, ["export", "--outputs", str(tmp_path / "none"), "--out", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1 and "batch" in result.output
