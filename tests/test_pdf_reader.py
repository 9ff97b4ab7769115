"""pipeline.pdf.read_pdf_text on small PDFs generated here with fpdf2."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from pipeline.errors import InputError
from pipeline.pdf import read_pdf_text

HEADER = "Lyonbiopôle – Communiqué de presse"
PARAGRAPHS = [
    "Lyonbiopôle annonce aujourd'hui le lancement d'un nouveau programme d'accompagnement "
    "destiné aux start-up de la santé, avec le soutien de la Région et de la Métropole "
    "de Lyon.",
    "Le programme réunira douze entreprises innovantes pendant dix-huit mois autour du "
    "diagnostic in vitro, des vaccins et des médicaments de thérapie innovante.",
    "Les candidatures sont ouvertes jusqu'au 30 juin et les lauréats seront annoncés lors "
    "des rencontres annuelles du pôle de compétitivité, à Lyon, en septembre.",
    "Depuis sa création, le pôle a labellisé plus de sept cents projets de recherche et "
    "développement représentant un investissement total de plusieurs milliards d'euros.",
]


def new_pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # core fonts then also cover "–" and "’"
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=11)
    return pdf


def save(pdf: FPDF, path: Path) -> Path:
    pdf.output(str(path))
    return path


def flat(text: str) -> str:
    """The text with all whitespace collapsed, to compare wrapped paragraphs."""
    return " ".join(text.split())


def test_running_header_and_page_numbers_removed(tmp_path):
    class Release(FPDF):
        def header(self):
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, HEADER, align="C")
            self.ln(16)

        def footer(self):
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 8, f"Page {self.page_no()} / {{nb}}", align="C")

    pdf = Release(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    for chunk in (PARAGRAPHS[:2], PARAGRAPHS[2:]):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for para in chunk:
            pdf.multi_cell(0, 6, para)
            pdf.ln(6)

    text = read_pdf_text(save(pdf, tmp_path / "release.pdf"))

    assert "Communiqué de presse" not in text
    assert "Page" not in text and "/ 2" not in text
    # Each body paragraph is present, whole, as its own paragraph, in document order.
    paragraphs = [flat(p) for p in text.split("\n\n")]
    assert paragraphs == PARAGRAPHS


def test_bare_page_number_removed_on_single_page(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.text(20, 30, "Un seul paragraphe de texte.")
    pdf.text(100, 285, "- 1 -")

    assert read_pdf_text(save(pdf, tmp_path / "one.pdf")) == "Un seul paragraphe de texte."


def test_hyphenated_word_joined_but_real_hyphen_kept(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.text(20, 30, "Le pôle de compéti-")
    pdf.text(20, 35, "tivité réunit les acteurs de la région Provence-")
    pdf.text(20, 40, "Alpes-Côte d'Azur.")

    text = read_pdf_text(save(pdf, tmp_path / "hyphen.pdf"))

    assert "compétitivité réunit" in text
    assert "compéti-" not in text
    assert "région Provence-Alpes-Côte d'Azur." in text


def test_two_columns_read_left_then_right(tmp_path):
    left = [
        "La colonne de gauche commence",
        "ici et raconte la création du",
        "pôle par les industriels de la",
        "région lyonnaise en 2005.",
    ]
    right = [
        "La colonne de droite présente",
        "ensuite les chiffres clés et",
        "les contacts presse du pôle",
        "pour l'année en cours.",
    ]
    pdf = new_pdf()
    pdf.add_page()
    pdf.text(20, 25, "Un titre sur toute la largeur de la page, au-dessus des deux colonnes")
    # Same baselines on both sides: a naive line-by-line reading would interleave them.
    for i, (l, r) in enumerate(zip(left, right)):
        pdf.text(20, 45 + 5 * i, l)
        pdf.text(110, 45 + 5 * i, r)

    text = read_pdf_text(save(pdf, tmp_path / "columns.pdf"))

    assert text.split("\n\n")[0].startswith("Un titre sur toute la largeur")
    # Wrapped lines may be joined with spaces: compare the words, in order.
    words = flat(text)
    left_text, right_text = " ".join(left), " ".join(right)
    assert left_text in words and right_text in words
    assert words.index(left_text) < words.index(right_text)


def test_wrapped_lines_of_running_text_are_joined_but_list_lines_are_not(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.multi_cell(0, 6, "« Nous sommes ravis », a déclaré Clémentine Aubertot-Rigal, directrice générale de "
                         "Medicen Paris Region, qui réunit plus de 500 adhérents autour de projets innovants en "
                         "santé numérique, en biothérapies et en dispositifs médicaux pour les patients.")
    pdf.ln(6)
    for item in ("- Lyonbiopôle : 291 adhérents", "- Eurobiomed : 312 adhérents"):
        pdf.cell(0, 6, item, new_x="LMARGIN", new_y="NEXT")

    text = read_pdf_text(save(pdf, tmp_path / "wrapped.pdf"))

    assert "\n" not in text.split("\n\n")[0]  # one paragraph, one line
    assert "- Lyonbiopôle : 291 adhérents\n- Eurobiomed : 312 adhérents" in text


def test_single_column_page_is_not_split(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.multi_cell(0, 6, " ".join(PARAGRAPHS))

    assert flat(read_pdf_text(save(pdf, tmp_path / "single.pdf"))) == " ".join(PARAGRAPHS)


def test_encrypted_pdf_rejected(tmp_path):
    pdf = new_pdf()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    pdf.text(20, 30, "Texte confidentiel.")
    path = save(pdf, tmp_path / "locked.pdf")

    with pytest.raises(InputError, match="encrypted") as err:
        read_pdf_text(path)
    assert err.value.path == str(path)


def test_truncated_pdf_rejected(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.multi_cell(0, 6, " ".join(PARAGRAPHS))
    data = bytes(pdf.output())
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])

    with pytest.raises(InputError, match="truncated or corrupt"):
        read_pdf_text(path)


def test_not_a_pdf_rejected(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("this is not a PDF")

    with pytest.raises(InputError, match="truncated or corrupt"):
        read_pdf_text(path)


def test_pdf_without_text_layer_rejected(tmp_path):
    pdf = new_pdf()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # stands in for a scanned page image

    with pytest.raises(InputError, match="no text layer"):
        read_pdf_text(save(pdf, tmp_path / "scan.pdf"))


# --- a one-page PDF's running header and numbered footer (issue 10, item 7) ------------------


def _one_page(tmp_path: Path, header: str | None, footer: str | None, name: str = "one.pdf") -> Path:
    class Release(FPDF):
        def header(self):
            if header:
                self.set_font("Helvetica", size=8)
                self.cell(0, 6, header, align="C")
                self.ln(14)

        def footer(self):
            if footer:
                self.set_y(-15)
                self.set_font("Helvetica", size=8)
                self.cell(0, 6, footer, align="C")

    pdf = Release(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for para in PARAGRAPHS[:2]:
        pdf.multi_cell(0, 6, para)
        pdf.ln(6)
    return save(pdf, tmp_path / name)


@pytest.mark.parametrize("footer", ["Lyonbiopôle | www.lyonbiopole.com | Page {nb_page} of {nb}",
                                    "Communiqué de presse – {nb_page}/{nb}",
                                    "Pagina {nb_page} van {nb} - Medical Delta"])
def test_single_page_header_and_numbered_footer_removed(tmp_path, footer):
    path = _one_page(tmp_path, HEADER, footer.replace("{nb_page}", "1"))
    text = read_pdf_text(path)
    assert [flat(p) for p in text.split("\n\n")] == PARAGRAPHS[:2]


def test_single_page_footer_without_a_page_number_is_kept(tmp_path):
    # A letterhead's address line is a contact, not furniture; without a numbered line
    # there is no evidence of a page template, so the small header stays too.
    footer = "Lyonbiopôle – 321 avenue Jean Jaurès – 69007 Lyon"
    text = read_pdf_text(_one_page(tmp_path, HEADER, footer))
    assert HEADER in text and footer in text


def test_single_page_header_with_a_date_is_kept(tmp_path):
    header = "Communiqué de presse – Lyon, le 12 mars 2024"
    text = read_pdf_text(_one_page(tmp_path, header, "Page 1/1"))
    assert header in text and "Page 1" not in text


def test_a_number_in_a_footer_that_is_not_the_page_number_is_kept(tmp_path):
    footer = "Assistance 24/7 | contact@lyonbiopole.com"
    text = read_pdf_text(_one_page(tmp_path, None, footer))
    assert footer in text
