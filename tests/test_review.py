"""The review report (pipeline/review), without a browser: how spans are laid out,
what the pages hold for good, failed, unreadable and unsupported documents, escaping,
the diff overlay and the `review` command. tests/test_review_browser.py opens the
pages in headless Chromium."""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import diff as d
from pipeline.cli import app
from pipeline.review import write_review, write_review_diff
from pipeline.review.build import document_page, slug
from pipeline.review.spans import Mark, Span, blocks, layout, mark_texts

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ROOT / "outputs"
SOURCES = ROOT / "sources"
EN, FR = "000_b5408c13995e373e.txt", "001_138c7ace195b0ead.txt"


def run(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


# --- laying out spans ---------------------------------------------------------------------


def _walk(nodes, depth=0):
    for n in nodes:
        if isinstance(n, Mark):
            yield n, depth
            yield from _walk(n.children, depth + 1)


def test_nested_and_overlapping_spans_all_stay_whole():
    text = "Press: Jane Doe, CEO of Acme - jane@acme.org and more text"
    spans = [Span(7, 44, "contact", "contact"), Span(7, 15, "person", "person"),
             Span(17, 27, "person2", "person"), Span(17, 20, "role", "role", part="role"),
             Span(40, 53, "figure", "figure")]  # crosses the contact's end
    nodes = layout(text, spans)
    texts = mark_texts(nodes)
    for s in spans:
        if s.part == "record":
            assert texts[s.key] == text[s.start:s.end]
    # Properly nested: a mark's children lie inside it; one first piece per span.
    firsts = [m.span.key for m, _ in _walk(nodes) if m.first]
    assert sorted(firsts) == sorted(s.key for s in spans)
    assert "".join(_flatten(nodes)) == text
    # The contact holds the person: the contact is drawn lower (taller) than the person.
    contact = next(m for m, _ in _walk(nodes) if m.span.key == "contact")
    person = next(m for m, _ in _walk(nodes) if m.span.key == "person")
    assert contact.height > person.height


def _flatten(nodes):
    for n in nodes:
        if isinstance(n, Mark):
            yield from _flatten(n.children)
        else:
            yield n


def test_identical_spans_nest_in_a_fixed_order():
    text = "Jane Doe"
    nodes = layout(text, [Span(0, 8, "p", "person"), Span(0, 8, "c", "contact")])
    assert nodes[0].span.kind == "contact" and nodes[0].children[0].span.kind == "person"


def test_a_span_across_paragraphs_is_cut_but_whole():
    text = "First paragraph ends here.\n\nSecond starts here."
    paragraphs = [{"start": 0, "end": 26, "language": "en"}, {"start": 28, "end": len(text), "language": "fr"}]
    span = Span(20, 34, "x", "figure")
    laid = blocks(text, [span], paragraphs)
    assert [b.language for b in laid] == ["en", "fr"]
    joined = "".join(mark_texts(b.nodes).get("x", "") for b in laid)
    assert joined.replace("\n", "") == text[20:34].replace("\n", "")
    assert sum(1 for b in laid for m, _ in _walk(b.nodes) if m.first) == 1


def test_slug_is_safe_and_distinct():
    assert slug("a.txt") == "a.txt"
    assert re.fullmatch(r"[A-Za-z0-9._-]+", slug("<img src=x>.txt"))
    assert slug("a b.txt") != slug("a_b.txt")


# --- the report of the committed outputs --------------------------------------------------


@pytest.fixture(scope="module")
def seed_review(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("review")
    write_review(OUTPUTS, dest, SOURCES)
    return dest


def test_pages_are_written_and_self_contained(seed_review):
    pages = sorted(p.relative_to(seed_review).as_posix() for p in seed_review.rglob("*.html"))
    assert "index.html" in pages
    assert len([p for p in pages if p.startswith("documents/")]) == 5
    assert len([p for p in pages if p.startswith("translations/")]) == 1
    for page in seed_review.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        # No network: every reference is relative to the report.
        assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", html, re.I), page
        assert "<style" not in html.lower()
        assert re.findall(r"<script\b[^>]*>", html) == ['<script src="%sassets/review.js" defer>' % ("" if page.name == "index.html" else "../")]


def test_document_page_marks_every_record(seed_review):
    doc = json.loads((OUTPUTS / f"{EN}.json").read_text(encoding="utf-8"))
    html = (seed_review / document_page(EN)).read_text(encoding="utf-8")
    for kind in ("clusters", "persons", "contacts", "figures"):
        for r in doc[kind]:
            assert f'id="r-{r["id"]}"' in html, (kind, r["provenance"]["text"])
    # Nested fields: a contact's e-mail inside its span.
    assert 'data-part="email"' in html and 'data-part="role"' in html


def test_index_lists_documents_groups_and_clusters(seed_review):
    html = (seed_review / "index.html").read_text(encoding="utf-8")
    for name in (EN, FR, "002_9d371829467b2744.txt"):
        assert f'href="{document_page(name)}"' in html
    assert "translations/grp_" in html
    assert "Atlanpôle Biothérapies" in html  # a cluster's other name
    assert "220" in html  # a member count, with its source


# --- odd outputs folders ------------------------------------------------------------------


def _doc(source: str, text: str, language: str = "en", **records) -> dict:
    def prov(a: int, b: int) -> dict:
        return {"source": source, "start": a, "end": b, "text": text[a:b], "language": language}

    base = {"schema_version": 1, "source": source, "source_sha256": "0" * 64, "format": "txt", "language": language,
            "date": None, "date_provenance": None, "text_length": len(text),
            "paragraphs": [{"start": 0, "end": len(text), "language": language}],
            "clusters": [], "persons": [], "contacts": [], "figures": [], "dated_mentions": [], "warnings": []}
    for kind, items in records.items():
        base[kind] = [dict(item, provenance=prov(*item.pop("span"))) for item in items]
    return base


EVIL = 'Intro <script>window.__pwned = 1</script> then 12 <b>bold</b> people & "quotes".\n'


def _evil_folder(tmp_path: Path) -> tuple[Path, Path]:
    sources, outputs = tmp_path / "sources", tmp_path / "outputs"
    sources.mkdir()
    outputs.mkdir()
    name = "evil <img src=x onerror=alert(1)>.txt"
    (sources / name).write_text(EVIL, encoding="utf-8")
    start = EVIL.index("<script>")
    figure = {"id": "fig_1", "value": 12, "value_max": None, "unit": "count", "qualifier": "exact",
              "about": "<b>people</b>", "mentions": 1, "span": (start, EVIL.index("people") + 6)}
    (outputs / f"{name}.json").write_text(json.dumps(_doc(name, EVIL, figures=[figure])), encoding="utf-8")
    de_text = "Die Pressestelle ist erreichbar unter presse@example.de.\n"
    contact = {"id": "con_1", "name": None, "organization": None, "email": "presse@example.de", "phone": None,
               "phone_as_written": None, "cluster_id": None, "span": (38, 55)}
    de = _doc("de.txt", de_text, "de", contacts=[contact])
    de["warnings"] = ["language 'de' is not supported: only e-mails, phones and numbers were extracted"]
    (sources / "de.txt").write_text(de_text, encoding="utf-8")
    (outputs / "de.txt.json").write_text(json.dumps(de), encoding="utf-8")
    (sources / "empty.txt").write_text("", encoding="utf-8")  # fails: no output
    (outputs / "broken.json").write_text("{not json", encoding="utf-8")
    return sources, outputs


def test_source_text_is_escaped(tmp_path):
    sources, outputs = _evil_folder(tmp_path)
    dest = tmp_path / "review"
    write_review(outputs, dest, sources)
    name = "evil <img src=x onerror=alert(1)>.txt"
    page = (dest / document_page(name)).read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "<script>window" not in page and "<b>" not in page and "<img" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;.txt" in page
    index = (dest / "index.html").read_text(encoding="utf-8")
    assert "<img" not in index


def test_failed_unreadable_and_unsupported_are_shown(tmp_path):
    sources, outputs = _evil_folder(tmp_path)
    dest = tmp_path / "review"
    write_review(outputs, dest, sources)
    index = (dest / "index.html").read_text(encoding="utf-8")
    failed = index[index.index('id="failed"'):]
    assert "empty.txt" in failed and "empty document" in failed
    assert "broken.json" in failed and "unreadable" in failed
    row = index[index.index('data-file="de.txt"'):]
    assert "unsupported" in row[:row.index("</tr>")]
    de = (dest / document_page("de.txt")).read_text(encoding="utf-8")
    assert "is not supported" in de and 'id="r-con_1"' in de


def test_without_sources_the_records_are_listed_with_their_text(tmp_path):
    dest = tmp_path / "review"
    write_review(OUTPUTS, dest, tmp_path / "nowhere")
    page = (dest / document_page(EN)).read_text(encoding="utf-8")
    assert "records only" in page
    assert 'class="hl' not in page  # nothing to highlight in
    assert "Marco PINTORE, General Manager" in page  # a span's own text, in the table


def test_a_changed_source_is_not_highlighted_wrongly(tmp_path):
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES, sources)
    (sources / EN).write_text("Something else entirely.\n" + (SOURCES / EN).read_text(encoding="utf-8"), encoding="utf-8")
    dest = tmp_path / "review"
    write_review(OUTPUTS, dest, sources)
    page = (dest / document_page(EN)).read_text(encoding="utf-8")
    assert "changed since these outputs were made" in page and 'class="hl' not in page
    # The other documents are untouched.
    assert 'class="hl' in (dest / document_page(FR)).read_text(encoding="utf-8")


# --- the diff view ------------------------------------------------------------------------


def test_diff_marks_changed_added_and_removed_records(tmp_path):
    old = d.load_folder(OUTPUTS)
    new = copy.deepcopy(old)
    doc = new[f"{EN}.json"]
    person = doc["persons"][0]
    person["role"] = "Chief Scientific Officer"
    removed = doc["figures"].pop(0)
    dest = tmp_path / "review"
    from pipeline.cli import _gold_for_diff

    write_review_diff(old, new, dest, SOURCES, old_label="before", new_label="after",
                      gold_args=_gold_for_diff(ROOT / "tests" / "gold"))
    page = (dest / document_page(EN)).read_text(encoding="utf-8")
    assert re.search(rf'class="hl k-person[^"]*ch-changed[^"]*"[^>]*id="r-{person["id"]}"', page)
    assert "Chief Scientific Officer" in page
    assert re.search(r'class="hl k-figure[^"]*ch-removed', page)
    assert removed["provenance"]["text"] in page
    index = (dest / "index.html").read_text(encoding="utf-8")
    assert "What changed" in index and "before" in index and "after" in index
    assert "Evaluation against" in index  # the gold moved: a role and a figure are wrong now
    assert re.search(r'data-file="000_b5408c13995e373e.txt"[^>]*class="[^"]*ch-changed', index)


def test_review_command(tmp_path):
    result = run("review", "--outputs", OUTPUTS, "--sources", SOURCES, "--out", tmp_path / "r")
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(tmp_path / "r" / "index.html")
    assert (tmp_path / "r" / "assets" / "review.css").is_file()


def test_review_diff_command_with_folders_and_revisions(tmp_path):
    old = tmp_path / "old"
    shutil.copytree(OUTPUTS, old)
    doc = json.loads((old / f"{EN}.json").read_text(encoding="utf-8"))
    doc["persons"] = doc["persons"][1:]
    (old / f"{EN}.json").write_text(json.dumps(doc), encoding="utf-8")
    result = run("review", "--diff", old, OUTPUTS, "--sources", SOURCES, "--out", tmp_path / "r", "--no-gold-eval")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "r" / document_page(EN)).read_text(encoding="utf-8")
    assert "ch-added" in page
    # A git revision of the outputs folder (this repository's HEAD) against the folder.
    if (ROOT / ".git").exists():
        result = CliRunner().invoke(app, ["review", "--diff", "HEAD", str(OUTPUTS), "--outputs", str(OUTPUTS),
                                          "--sources", str(SOURCES), "--out", str(tmp_path / "r2"), "--no-gold-eval"])
        assert result.exit_code == 0, result.output
    result = run("review", "--diff", tmp_path / "nowhere", "not-a-revision-xyz", "--out", tmp_path / "r3")
    assert result.exit_code == 2


def test_translation_page_flags_conflicts_in_place(tmp_path):
    outputs = tmp_path / "outputs"
    shutil.copytree(OUTPUTS, outputs)
    view = json.loads((outputs / "reconciled.json").read_text(encoding="utf-8"))
    group = view["translation_groups"][0]
    person = next(p for p in view["persons"] if EN in p["by_source"] and FR in p["by_source"])
    view["conflicts"].append({"kind": "role_code_differs", "translation_group": group["id"], "record_type": "person",
                              "reconciled_id": person["id"], "detail": f"{person['name']}: <roles differ>",
                              "sources": [EN, FR]})
    (outputs / "reconciled.json").write_text(json.dumps(view), encoding="utf-8")
    dest = tmp_path / "review"
    write_review(outputs, dest, SOURCES)
    from pipeline.review.build import translation_page

    page = (dest / translation_page(group["id"])).read_text(encoding="utf-8")
    for side, source in (("v0", EN), ("v1", FR)):
        key = f'{side}-{person["by_source"][source]["record_id"]}'
        assert re.search(rf'class="hl k-person[^"]*conflict[^"]*"[^>]*data-link="{person["id"]}" id="r-{key}"', page)
    assert "&lt;roles differ&gt;" in page and "1 conflict" in page
    index = (dest / "index.html").read_text(encoding="utf-8")
    assert 'class="status st-failed">1<' in index


def test_a_span_the_text_does_not_give_is_listed_not_highlighted(tmp_path):
    outputs = tmp_path / "outputs"
    shutil.copytree(OUTPUTS, outputs)
    doc = json.loads((outputs / f"{EN}.json").read_text(encoding="utf-8"))
    person = doc["persons"][0]
    person["provenance"]["start"] += 1  # same source, a span that is not its text
    (outputs / f"{EN}.json").write_text(json.dumps(doc), encoding="utf-8")
    dest = tmp_path / "review"
    write_review(outputs, dest, SOURCES)
    page = (dest / document_page(EN)).read_text(encoding="utf-8")
    assert f'id="r-{person["id"]}"' not in page
    assert "is not in the text shown" in page and "span(s) no longer match" in page
    assert f'id="r-{doc["persons"][1]["id"]}"' in page
