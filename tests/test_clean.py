"""Stage 2, clean: Markdown and HTML artefacts and navigation lines go, the text stays, and
every kept character maps back to the same character of the raw text."""

from __future__ import annotations

import html
import re

import pytest

from pipeline.clean import CleanText, clean

_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")
_NO_BREAK_SPACES = "\u00a0\u2007\u202f"


def check_offsets(raw: str, cleaned: CleanText) -> int:
    """Assert that raw_offsets map every kept character to the same raw character, and
    that every other character is an insertion the cleaner makes (a line break for a
    CR/CRLF or a block tag, a space for a no-break space, a decoded entity) anchored
    where its raw source starts. Returns how many characters were inserted."""
    offsets = cleaned.raw_offsets
    assert len(offsets) == len(cleaned.text)
    assert list(offsets) == sorted(offsets), "cleaning never reorders text"
    assert all(0 <= o < len(raw) for o in offsets)
    inserted = 0
    for i, char in enumerate(cleaned.text):
        source = raw[offsets[i]]
        if source == char:
            continue
        inserted += 1
        entity = _ENTITY.match(raw, offsets[i])
        decoded = html.unescape(entity.group(0)) if entity else None
        if char == "\n":
            assert source in "\r<", f"line break at {i} comes from {source!r}"
        elif char == " " and source in _NO_BREAK_SPACES:
            pass
        elif decoded is not None:
            assert char in decoded or (char == " " and decoded in _NO_BREAK_SPACES), (i, char, entity.group(0))
        else:
            pytest.fail(f"cleaned char {i} {char!r} maps to raw {offsets[i]} {source!r}")
    return inserted


def check_span(raw: str, cleaned: CleanText, needle: str, raw_needle: str | None = None) -> None:
    """The raw span of `needle` in the cleaned text is `raw_needle` (default: the needle)."""
    start = cleaned.text.index(needle)
    a, b = cleaned.raw_span(start, start + len(needle))
    assert raw[a:b] == (needle if raw_needle is None else raw_needle)


# --- Markdown ----------------------------------------------------------------------------


def test_emphasis_removed_but_not_underscores_inside_words():
    raw = ("Le **pôle Eurobiomed** réunit *trois cents* membres, dit _Jean Martin_, "
           "lauréat du prix Martin_Karplus_Nobel (fichier rapport_annuel_2023.pdf) et __Medicen__.\n")
    cleaned = clean(raw, "md")
    assert cleaned.text == ("Le pôle Eurobiomed réunit trois cents membres, dit Jean Martin, "
                            "lauréat du prix Martin_Karplus_Nobel (fichier rapport_annuel_2023.pdf) et Medicen.\n")
    assert check_offsets(raw, cleaned) == 0
    check_span(raw, cleaned, "pôle Eurobiomed")
    check_span(raw, cleaned, "Martin_Karplus_Nobel")


def test_asterisks_that_are_not_emphasis_are_kept():
    raw = "* premier point\n* second point\n5 * 3 = 15 et 2*x\n"
    cleaned = clean(raw, "md")
    assert cleaned.text == raw
    assert check_offsets(raw, cleaned) == 0


def test_links_keep_their_text():
    raw = ("Rejoignez [Lyonbiopôle](#) et [BioValley France](http://www.biovalley-france.com/fr/membres…) "
           "ou [le site d'Atlanpole](https://www.atlanpole.fr/biotherapies?id=3&lang=fr).\n")
    cleaned = clean(raw, "md")
    assert cleaned.text == "Rejoignez Lyonbiopôle et BioValley France ou le site d'Atlanpole.\n"
    assert "http" not in cleaned.text and "(#)" not in cleaned.text
    assert check_offsets(raw, cleaned) == 0
    check_span(raw, cleaned, "BioValley France")


def test_images_keep_alt_text_and_lose_their_address():
    raw = "![Logo Medicen](https://medicen.org/logo.png) Medicen annonce.\n[![Carte](carte.png)](https://x.fr/carte)\n"
    cleaned = clean(raw, "md")
    assert cleaned.text == "Logo Medicen Medicen annonce.\nCarte\n"
    assert check_offsets(raw, cleaned) == 0


def test_headings_lose_their_hashes_only():
    raw = "# Communiqué de presse\n\n### Les chiffres clés\n\nLe pôle est #1 en France. #santé\n"
    cleaned = clean(raw, "md")
    assert cleaned.text == "Communiqué de presse\n\nLes chiffres clés\n\nLe pôle est #1 en France. #santé\n"
    assert check_offsets(raw, cleaned) == 0
    check_span(raw, cleaned, "Les chiffres clés")


def test_markdown_kept_in_pdf_text():
    raw = "Le pôle **compte** 300 membres _cette année_.\n"
    cleaned = clean(raw, "pdf")
    assert cleaned.text == raw  # asterisks and underscores in a PDF are its own text
    assert check_offsets(raw, cleaned) == 0


# --- HTML --------------------------------------------------------------------------------


def test_html_tags_and_entities():
    raw = ('<html><body><div class="news"><h1>Eurobiomed</h1><p>Le p&ocirc;le a '
           '&eacute;t&#233; cr&#xE9;&eacute; en 2009 &amp; compte 300&nbsp;membres&#8239;: '
           '<a href="https://eurobiomed.org">voir <strong>ici</strong></a>.</p></div></body></html>')
    cleaned = clean(raw, "html")
    assert cleaned.text.strip() == "Eurobiomed\n\nLe pôle a été créé en 2009 & compte 300 membres : voir ici."
    assert "<" not in cleaned.text and "&" not in cleaned.text.replace(" & ", "")
    inserted = check_offsets(raw, cleaned)
    # 6 line breaks for block tags; ô é é é é and two spaces ("&amp;" gives the "&" it starts with)
    assert inserted == 6 + 7
    check_span(raw, cleaned, "Eurobiomed")
    check_span(raw, cleaned, "été créé", "&eacute;t&#233; cr&#xE9;&eacute;")  # a span ends after an entity
    check_span(raw, cleaned, "300 membres", "300&nbsp;membres")


def test_escaped_markup_is_text():
    raw = "<p>Ecrire &lt;b&gt; et &amp;eacute; et &foo; dans le texte.</p>"
    cleaned = clean(raw, "html")
    assert cleaned.text.strip() == "Ecrire <b> et &eacute; et &foo; dans le texte."
    check_offsets(raw, cleaned)
    check_span(raw, cleaned, "&foo;")  # an unknown entity is kept as written, each char at its place


def test_script_style_head_and_comments_dropped():
    raw = ("<html><head><title>Titre de l'onglet</title><style>p { color: red; }</style></head>\n"
           "<body><script type=\"text/javascript\">var membres = 999;\nalert('x');</script>"
           "<!-- commentaire BioValley -->"
           "<p>BioValley France compte 400 membres.</p><noscript>Activez JavaScript</noscript></body></html>")
    cleaned = clean(raw, "html")
    assert cleaned.text.strip() == "BioValley France compte 400 membres."
    for dropped in ("Titre", "color", "999", "alert", "commentaire", "JavaScript"):
        assert dropped not in cleaned.text
    check_offsets(raw, cleaned)


def test_br_and_paragraph_ends_become_line_breaks():
    raw = "<p>Contact presse<br>Marie Dupont<br/>Tél. : 04 72 00 00 00<BR />marie@pole.fr</p><p>Fin</p>"
    cleaned = clean(raw, "html")
    lines = [line for line in cleaned.text.split("\n") if line]
    assert lines == ["Contact presse", "Marie Dupont", "Tél. : 04 72 00 00 00", "marie@pole.fr", "Fin"]
    assert "\n\n" in cleaned.text.split("marie@pole.fr")[1]  # </p><p> separates paragraphs
    check_offsets(raw, cleaned)
    check_span(raw, cleaned, "Tél. : 04 72 00 00 00")


def test_html_in_a_txt_file_is_cleaned_but_plain_text_is_not():
    raw = "<p>Medicen &amp; Lyonbiopôle</p>\n<p>2 < 3</p>"
    cleaned = clean(raw, "txt")
    assert "Medicen & Lyonbiopôle" in cleaned.text and "<p>" not in cleaned.text
    check_offsets(raw, cleaned)
    plain = "Le pôle compte 3 < 5 projets > 2 M€.\n"
    assert clean(plain, "txt").text == plain


# --- navigation lines --------------------------------------------------------------------


@pytest.mark.parametrize("line, sentence", [
    ("Skip to content", "Visitors may skip to content about the vaccine programme below."),
    ("Aller au contenu", "Pour en savoir plus, il faut aller au contenu du rapport annuel."),
    ("Naar inhoud springen", "De lezer kan naar inhoud springen via de knop onderaan."),
    ("Lire la suite", "Pour lire la suite du communiqué, contactez le pôle."),
    ("Menu", "The menu of the gala dinner was prepared by local chefs."),
])
def test_navigation_lines_removed_but_not_inside_sentences(line, sentence):
    raw = f"{line}\n  {line.upper()}  \nTitre\n{sentence}\n{line}: the rest\n"
    cleaned = clean(raw, "md")
    kept = [l for l in cleaned.text.split("\n") if l.strip()]
    assert kept == ["Titre", sentence, f"{line}: the rest"]
    assert check_offsets(raw, cleaned) == 0
    check_span(raw, cleaned, sentence)


def test_navigation_link_removed():
    raw = "[Skip to content](#main)\n\nLyonbiopôle welcomes 20 new members.\n"
    cleaned = clean(raw, "md")
    assert cleaned.text.strip() == "Lyonbiopôle welcomes 20 new members."


# --- white space and line endings --------------------------------------------------------


def test_crlf_cr_nbsp_and_invisible_characters():
    raw = "Le pôle\r\ncompte\u00a0300\u202fmembres\rdont 12\u200b start-up\u00ad.\r\n"
    cleaned = clean(raw, "txt")
    assert cleaned.text == "Le pôle\ncompte 300 membres\ndont 12 start-up.\n"
    assert check_offsets(raw, cleaned) == 5  # 3 line breaks, 2 spaces
    check_span(raw, cleaned, "300 membres", "300\u202fmembres")
    check_span(raw, cleaned, "12 start-up", "12\u200b start-up")
    # An empty span at the very end maps to the end of the raw text.
    assert cleaned.raw_span(len(cleaned.text), len(cleaned.text)) == (len(raw), len(raw))


def test_empty_span_after_a_removed_last_line():
    raw = "Le pôle compte 300 membres.\nShare this\n"
    cleaned = clean(raw, "txt")
    assert cleaned.text == "Le pôle compte 300 membres.\n\n"
    end = len(cleaned.text)
    assert cleaned.raw_span(end, end) == (len(raw), len(raw))


def test_cleaning_is_a_function_of_its_input():
    raw = "<p>Le **pôle** &eacute;t&eacute;</p>\r\nSkip to content\r\n"
    assert clean(raw, "html") == clean(raw, "html")
