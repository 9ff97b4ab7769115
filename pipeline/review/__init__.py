"""`cluster-extract review`: a static, self-contained HTML report of an outputs folder,
for a person who checks the records against the releases.

    review/index.html                 every document, the clusters across documents, totals
    review/documents/<source>.html    the cleaned text, each record's span highlighted
    review/translations/<group>.html  the versions of a translation group side by side
    review/assets/review.{css,js}     the only style and script (no network, no CDN)

Pages are rendered by Jinja2 templates (``templates/``) with autoescaping: a source's
text is always shown as text. With a diff (``review --diff OLD NEW``) the same pages
mark the added, changed and removed records, and the index starts with the summary
and the evaluation's movement.

Public functions: ``write_review(outputs, dest, ...)`` for a folder,
``write_review_diff(old_files, new_files, dest, ...)`` for two sets of outputs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .build import Site, build_site, document_page, translation_page
from .sources import Outputs, from_files, load_outputs, missing_outputs, source_text

HERE = Path(__file__).resolve().parent
ASSETS = ("review.css", "review.js")

__all__ = ["write_review", "write_review_diff", "render_site"]


def _environment():
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters["pct"] = lambda x: f"{x:.2f}" if isinstance(x, (int, float)) else x
    return env


def _supported() -> tuple[str, ...]:
    from ..langdata import supported_languages

    return tuple(supported_languages())


def render_site(site: Site, dest: Path) -> Path:
    """Write the pages of `site` into `dest`; returns the index page's path. Pages of
    an earlier report in `dest` (documents/, translations/) are replaced."""
    dest = Path(dest)
    env = _environment()
    for sub in ("documents", "translations"):
        folder = dest / sub
        if folder.is_dir():
            for old in folder.glob("*.html"):
                old.unlink()
        folder.mkdir(parents=True, exist_ok=True)
    assets = dest / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    for name in ASSETS:
        shutil.copyfile(HERE / "static" / name, assets / name)
    common = {"site": site, "diff": site.diff}
    _write(dest / "index.html", env.get_template("index.html.j2").render(root="", **common))
    for page in site.documents:
        _write(dest / page["page"], env.get_template("document.html.j2").render(root="../", page=page, **common))
    for page in site.translations:
        _write(dest / page["page"], env.get_template("translation.html.j2").render(root="../", page=page, **common))
    return dest / "index.html"


def _write(path: Path, html: str) -> None:
    from ..write import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, html)


def _texts(outputs: Outputs, sources: Path | None) -> dict:
    return {s: source_text(doc, sources) for s, doc in outputs.documents.items()}


def write_review(outputs_dir: Path, dest: Path, sources: Path | None = None, title: str | None = None) -> Path:
    """The review of one outputs folder; `sources` is where the documents are (their
    cleaned text is rebuilt from them)."""
    outputs = load_outputs(outputs_dir)
    site = build_site(outputs, _texts(outputs, sources), missing_outputs(outputs.documents, sources),
                      supported=_supported(), title=title or f"Review of {outputs_dir}")
    return render_site(site, dest)


def write_review_diff(old_files: dict, new_files: dict, dest: Path, sources: Path | None = None, *,
                      old_label: str = "old", new_label: str = "new", gold_args: dict | None = None) -> Path:
    """The review of `new_files` with what changed since `old_files` marked (both
    ``{output file name: loaded JSON}``, as ``diff.load_folder`` and
    ``diff.load_git_revision`` give)."""
    from ..diff import diff_outputs

    report = diff_outputs(old_files, new_files, old_label=old_label, new_label=new_label, **(gold_args or {}))
    outputs = from_files(new_files)
    site = build_site(outputs, _texts(outputs, sources), missing_outputs(outputs.documents, sources),
                      supported=_supported(), report=report, old=from_files(old_files),
                      title=f"Review: {old_label} \u2192 {new_label}")
    return render_site(site, dest)
