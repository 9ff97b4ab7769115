"""The review report in a real browser: headless Chromium from the system's packages,
driven by Playwright (`executable_path`: Playwright never downloads a browser here).

The report is rendered for a fresh run over sources/ (and, for the hostile cases, over a
small folder with a `<script>` in a source, an empty file and a German document), then
checked from the rendered DOM. Screenshots of each page kind are written to
test-artifacts/review/ (ignored by git).

Without Chromium or Playwright the tests are skipped, except in CI (CI=true), where
.ci/run installs Chromium and they must run.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.review.build import document_page, translation_page

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
ARTIFACTS = ROOT / "test-artifacts" / "review"
EN, FR = "000_b5408c13995e373e.txt", "001_138c7ace195b0ead.txt"
LAUNCH_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EVIL = ("Press release\n\nThe cluster <script>window.pwned = 1; alert('pwned')</script> counts 120 members "
        "and <img src=x onerror=\"window.pwned = 2\"> welcomes 3 new start-ups.\n")
GERMAN = ("Die Pressestelle des Verbandes ist erreichbar unter presse@example.de oder telefonisch. "
          "Der Verband wurde im Jahr 2010 gegründet und vertritt heute mehr als 120 Unternehmen aus der Region, "
          "die in der Medizintechnik und der Biotechnologie tätig sind.\n")


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    return None


def run(*args) -> object:
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    executable = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if executable is None or sync_playwright is None:
        missing = "Chromium" if executable is None else "the playwright package"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{missing} is missing in CI (.ci/run installs it)")
        pytest.skip(f"no headless browser here ({missing} missing)")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=executable, headless=True,
            args=LAUNCH_FLAGS, viewport={"width": 1280, "height": 900})
        yield context
        context.close()


class Page:
    """A page of the report, with every request recorded (all must be file://)."""

    def __init__(self, context, path: Path, width: int = 1280, height: int = 900):
        self.page = context.new_page()
        self.page.set_viewport_size({"width": width, "height": height})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_load_state("load")

    def js(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def shot(self, name: str, full_page: bool = False) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        target = ARTIFACTS / name
        self.page.screenshot(path=str(target), full_page=full_page)
        return target

    def close(self) -> None:
        assert not self.errors, self.errors
        assert all(u.startswith("file://") for u in self.requests), [u for u in self.requests if not u.startswith("file://")]
        self.page.close()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    """A fresh run over sources/ and its report."""
    base = tmp_path_factory.mktemp("seeds")
    result = run("batch", SOURCES, "--outputs", base / "outputs", "--no-progress", "--no-cache")
    assert result.exit_code == 0, result.output
    result = run("review", "--outputs", base / "outputs", "--sources", SOURCES, "--out", base / "review")
    assert result.exit_code == 0, result.output
    return base


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A folder with a <script> in a source, an empty file and a German document."""
    base = tmp_path_factory.mktemp("hostile")
    sources = base / "sources"
    sources.mkdir()
    (sources / "evil.txt").write_text(EVIL, encoding="utf-8")
    (sources / "empty.txt").write_text("", encoding="utf-8")
    (sources / "verband.txt").write_text(GERMAN, encoding="utf-8")
    shutil.copy(SOURCES / EN, sources / EN)
    result = run("batch", sources, "--outputs", base / "outputs", "--no-progress", "--no-cache")
    assert result.exit_code == 1  # the empty file fails; the others are written
    result = run("review", "--outputs", base / "outputs", "--sources", sources, "--out", base / "review")
    assert result.exit_code == 0, result.output
    return base


def load(folder: Path, source: str) -> dict:
    return json.loads((folder / "outputs" / f"{source}.json").read_text(encoding="utf-8"))


MARK_TEXTS = """() => {
  const out = {};
  for (const m of document.querySelectorAll('mark.hl[data-part="record"]')) {
    const k = m.dataset.key;
    out[k] = (out[k] || '') + m.textContent;
  }
  return out;
}"""


def test_every_record_has_a_highlighted_span_with_its_text(browser, seeds):
    for source in sorted(p.name for p in SOURCES.iterdir() if p.suffix == ".txt"):
        doc = load(seeds, source)
        page = Page(browser, seeds / "review" / document_page(source))
        texts = page.js(MARK_TEXTS)
        for kind in ("clusters", "persons", "contacts", "figures"):
            for r in doc[kind]:
                assert texts.get(r["id"]) == r["provenance"]["text"], (source, kind, r["id"])
        for n, m in enumerate(doc["dated_mentions"]):
            assert texts.get(f"date-{n}") == m["provenance"]["text"], (source, n)
        # Drawn: each record's first piece has a coloured underline and can take the focus.
        drawn = page.js("""() => [...document.querySelectorAll('mark.hl.first')].every(m => {
            const s = getComputedStyle(m);
            return parseFloat(s.borderBottomWidth) >= 2 && s.borderBottomColor !== 'rgba(0, 0, 0, 0)' && m.tabIndex === 0; })""")
        assert drawn, source
        if source == EN:
            page.shot("document-1280.png")
        page.close()


def test_nested_spans_both_visible(browser, seeds):
    doc = load(seeds, EN)
    page = Page(browser, seeds / "review" / document_page(EN))
    # A person inside a contact line: both marks, the contact drawn lower than the person.
    contact = next(c for c in doc["contacts"] if c["name"] and c["email"])
    info = page.js("""(key) => {
        const outer = document.getElementById('r-' + key);
        const inner = outer.querySelector('mark.hl');
        const box = el => el.getBoundingClientRect();
        return {inner: inner && inner.dataset.kind, outerBottom: box(outer).bottom, innerBottom: inner && box(inner).bottom};
    }""", contact["id"])
    assert info["inner"] is not None
    assert info["outerBottom"] > info["innerBottom"]
    page.close()


def test_hover_and_keyboard_focus_show_the_fields(browser, seeds):
    doc = load(seeds, EN)
    person = next(p for p in doc["persons"] if p["role"] and p["organization"])
    page = Page(browser, seeds / "review" / document_page(EN))
    page.page.hover(f"#r-{person['id']}")
    tip = page.page.locator("#tip")
    assert tip.is_visible()
    text = tip.inner_text()
    assert person["name"] in text and person["role"] in text and person["organization"] in text
    page.shot("document-hover-1280.png")
    page.page.mouse.move(1270, 5)
    # Keyboard only: Tab until a highlighted record has the focus; its fields show.
    page.page.focus("body")
    for _ in range(80):
        page.page.keyboard.press("Tab")
        key = page.js("() => document.activeElement.matches('mark.hl') ? document.activeElement.dataset.key : null")
        if key:
            break
    assert key, "no record reachable with Tab"
    assert tip.is_visible()
    label = page.js("(k) => document.getElementById('f-' + k).querySelector('strong').textContent", key)
    assert label in tip.inner_text()
    page.page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.close()


def test_records_table_links_scroll_to_the_span(browser, seeds):
    doc = load(seeds, EN)
    last = max(doc["contacts"], key=lambda c: c["provenance"]["start"])
    page = Page(browser, seeds / "review" / document_page(EN))
    page.page.click(f'a.jump[href="#r-{last["id"]}"]')
    page.page.wait_for_timeout(100)
    state = page.js("""(k) => { const m = document.getElementById('r-' + k); const r = m.getBoundingClientRect();
        return {focused: document.activeElement === m, visible: r.top >= 0 && r.bottom <= innerHeight}; }""", last["id"])
    assert state == {"focused": True, "visible": True}
    page.close()


def test_translation_page_pairs_english_and_french_records(browser, seeds):
    view = json.loads((seeds / "outputs" / "reconciled.json").read_text(encoding="utf-8"))
    group = next(g for g in view["translation_groups"] if g["sources"] == [EN, FR])
    page = Page(browser, seeds / "review" / translation_page(group["id"]))
    links = page.js("""() => Object.fromEntries([...document.querySelectorAll('mark.hl.first[data-link]')]
        .map(m => [m.dataset.key, m.dataset.link]))""")
    pairs = 0
    for kind in ("persons", "figures", "contacts"):
        for rec in view[kind]:
            by = rec["by_source"]
            if EN in by and FR in by:
                en, fr = f"v0-{by[EN]['record_id']}", f"v1-{by[FR]['record_id']}"
                assert links.get(en) == rec["id"] == links.get(fr), (kind, rec["id"])
                pairs += 1
    assert pairs >= 30  # 14 persons, figures and contacts of the seed pair
    # Selecting an English person highlights its French counterpart.
    person = next(p for p in view["persons"] if EN in p["by_source"] and FR in p["by_source"]
                  and p["by_source"][EN]["role"] != p["by_source"][FR]["role"])
    en_key, fr_key = f"v0-{person['by_source'][EN]['record_id']}", f"v1-{person['by_source'][FR]['record_id']}"
    page.page.click(f"#r-{en_key}")
    assert "linked" in page.page.get_attribute(f"#r-{fr_key}", "class")
    assert page.page.is_visible(f"#r-{fr_key}")
    assert person["by_source"][FR]["name"] in page.page.inner_text("#selection")
    page.shot("translation-1280.png")
    # ... and by keyboard: focusing the French one highlights the English one.
    page.page.click("h1")
    page.page.focus(f"#r-{fr_key}")
    assert "linked" in page.page.get_attribute(f"#r-{en_key}", "class")
    page.close()


def test_index_sorts_filters_and_totals(browser, seeds):
    page = Page(browser, seeds / "review" / "index.html")
    rows = lambda: page.js("() => [...document.querySelectorAll('#docs tbody tr')].filter(r => !r.hidden).map(r => r.dataset.file)")
    assert len(rows()) == 5
    page.shot("index-1280.png")
    page.page.select_option("#f-lang", "fr")
    assert rows() == [FR]
    assert page.page.inner_text('tfoot td[data-total="persons"]') == str(len(load(seeds, FR)["persons"]))
    page.page.select_option("#f-lang", "")
    page.page.select_option("#f-type", "dated_mentions")
    assert all(len(load(seeds, s)["dated_mentions"]) > 0 for s in rows())
    page.page.select_option("#f-type", "")
    # Sort by figures, descending on the second press (keyboard: the header is a button).
    page.page.focus("#docs thead th:nth-child(7) button")
    page.page.keyboard.press("Enter")
    page.page.keyboard.press("Enter")
    figures = [len(load(seeds, s)["figures"]) for s in rows()]
    assert figures == sorted(figures, reverse=True)
    assert page.page.get_attribute("#docs thead th:nth-child(7)", "aria-sort") == "descending"
    page.close()


def test_phone_width_has_no_sideways_scroll(browser, seeds):
    view = json.loads((seeds / "outputs" / "reconciled.json").read_text(encoding="utf-8"))
    for name, path in (("index", "index.html"), ("document", document_page(EN)),
                       ("translation", translation_page(view["translation_groups"][0]["id"]))):
        page = Page(browser, seeds / "review" / path, width=390, height=844)
        overflow = page.js("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, (name, overflow)
        page.shot(f"{name}-phone.png")
        page.close()


def test_a_script_in_a_source_does_not_run(browser, hostile):
    page = Page(browser, hostile / "review" / document_page("evil.txt"))
    assert page.js("() => window.pwned") is None
    assert page.dialogs == []
    text = page.page.inner_text(".text")
    assert "<script>window.pwned = 1; alert('pwned')</script>" in text
    assert '<img src=x onerror="window.pwned = 2">' in text
    assert page.js("() => document.querySelectorAll('.text script, .text img').length") == 0
    page.close()


def test_failed_documents_and_unsupported_languages_are_shown(browser, hostile):
    page = Page(browser, hostile / "review" / "index.html")
    failed = page.page.inner_text("#failed")
    assert "empty.txt" in failed and "empty document" in failed
    row = page.page.inner_text('#docs tr[data-file="verband.txt"]')
    assert "unsupported" in row
    page.shot("index-failed-1280.png", full_page=True)
    page.close()
    page = Page(browser, hostile / "review" / document_page("verband.txt"))
    assert "is not supported" in page.page.inner_text(".warnings")
    texts = page.js(MARK_TEXTS)
    assert "presse@example.de" in texts.values()
    page.close()


def test_diff_view_marks_changes(browser, seeds, tmp_path):
    old = tmp_path / "old"
    shutil.copytree(seeds / "outputs", old)
    doc = json.loads((old / f"{EN}.json").read_text(encoding="utf-8"))
    added = doc["persons"].pop(0)  # in NEW only: added
    doc["figures"][0]["qualifier"] = "approx"  # changed in NEW
    (old / f"{EN}.json").write_text(json.dumps(doc), encoding="utf-8")
    result = run("review", "--diff", old, seeds / "outputs", "--sources", SOURCES, "--out", tmp_path / "review")
    assert result.exit_code == 0, result.output
    page = Page(browser, tmp_path / "review" / "index.html")
    assert "1 document changed" in page.page.inner_text(".diffinfo")
    page.shot("diff-index-1280.png")
    page.close()
    page = Page(browser, tmp_path / "review" / document_page(EN))
    assert "ch-added" in page.page.get_attribute(f"#r-{added['id']}", "class")
    changed = page.js("() => [...document.querySelectorAll('mark.hl.first.ch-changed')].map(m => m.dataset.kind)")
    assert changed == ["figure"]
    page.page.hover("mark.hl.first.ch-changed")
    assert "qualifier" in page.page.inner_text("#tip")
    page.shot("diff-document-1280.png")
    page.close()
