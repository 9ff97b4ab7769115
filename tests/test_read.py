"""Stage 1, read: every reader, every encoding we accept, and every bad input.

The PDF layout tests (headers, columns, hyphenation) are in test_pdf_reader.py; here PDFs
go through `read_document`, the entry point the pipeline uses.
"""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest
from fpdf import FPDF

from pipeline.clean import clean
from pipeline.errors import InputError
from pipeline.read import MAX_BYTES, read_document

FRENCH = (
    "Le pôle de compétitivité Eurobiomed réunit les acteurs de la santé du Sud de la France.\n"
    "Il s’appuie sur un cœur de métier : l’innovation, avec plus de 300 membres.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_one_line_error(err: pytest.ExceptionInfo, path: Path, reason: str) -> None:
    """The CLI prints str(InputError) as is: one line, naming the file, then the reason."""
    message = str(err.value)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert err.value.path == str(path)


# --- the text readers --------------------------------------------------------------------


def test_txt_reader(tmp_path):
    path = write(tmp_path, "release.txt", FRENCH.encode("utf-8"))
    doc = read_document(path)
    assert doc.text == FRENCH
    assert doc.format == "txt"
    assert doc.source == "release.txt"
    assert doc.path == path
    assert doc.sha256 == hashlib.sha256(FRENCH.encode("utf-8")).hexdigest()


def test_md_reader_keeps_markup_for_cleaning(tmp_path):
    text = "# Communiqué\n\nLe **pôle** [Lyonbiopôle](https://www.lyonbiopole.com) annonce 12 projets.\n"
    doc = read_document(write(tmp_path, "release.md", text.encode("utf-8")))
    assert doc.format == "md"
    assert doc.text == text  # reading does not clean: the offsets of cleaning refer to this text
    assert clean(doc.text, doc.format).text == "Communiqué\n\nLe pôle Lyonbiopôle annonce 12 projets.\n"


def test_html_reader(tmp_path):
    page = ("<!DOCTYPE html><html><head><title>Medicen</title></head><body>"
            "<p>Medicen Paris Region f&ecirc;te ses 20&nbsp;ans.</p></body></html>")
    doc = read_document(write(tmp_path, "news.HTML", page.encode("utf-8")))  # extension case does not matter
    assert doc.format == "html"
    assert doc.text == page
    assert clean(doc.text, doc.format).text.strip() == "Medicen Paris Region fête ses 20 ans."


@pytest.mark.parametrize("name, fmt", [("a.text", "txt"), ("a.markdown", "md"), ("a.htm", "html")])
def test_other_extensions(tmp_path, name, fmt):
    assert read_document(write(tmp_path, name, b"BioValley France")).format == fmt


def test_pdf_reader_through_read_document(tmp_path):
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.text(20, 30, "Atlanpole Biotherapies compte 250 membres.")
    path = tmp_path / "release.pdf"
    pdf.output(str(path))

    doc = read_document(path)
    assert doc.format == "pdf"
    assert doc.text == "Atlanpole Biotherapies compte 250 membres."
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()  # of the file, not the text


# --- encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize("encoding, prefix", [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("cp1252", b""),
], ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252"])
def test_encodings(tmp_path, encoding, prefix):
    data = prefix + FRENCH.encode(encoding)
    doc = read_document(write(tmp_path, "release.txt", data))
    assert doc.text == FRENCH  # the BOM is not part of the text
    assert "\ufeff" not in doc.text
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_cp1252_curly_apostrophe_and_oe_ligature(tmp_path):
    data = FRENCH.encode("cp1252")
    assert b"\x92" in data and b"\x9c" in data  # ’ and œ: bytes latin-1 reads as control characters
    text = read_document(write(tmp_path, "release.txt", data)).text
    assert "pôle de compétitivité" in text
    assert "s’appuie sur un cœur de métier" in text


def test_latin1(tmp_path):
    text = "Société française à Montpellier : « 15 000 emplois », 25 °C, ½ journée.\n"
    assert read_document(write(tmp_path, "release.txt", text.encode("latin-1"))).text == text


def test_mac_roman_read_as_mac_roman(tmp_path):
    # Mac Roman puts "é" at 0x8E, which cp1252 reads as "Ž": the reading with the fewest
    # capitals and symbols between lower-case letters wins.
    text = "Mélanie Dupré, déléguée générale du pôle, a présenté le bilan à Marseille.\n"
    assert read_document(write(tmp_path, "release.txt", text.encode("mac_roman"))).text == text


def test_c1_control_characters_are_not_text(tmp_path):
    # 0x81 and 0x8d have no cp1252 character and are control characters in latin-1.
    data = "Région ".encode("latin-1") + b"\x81\x8d" + " Île-de-France".encode("latin-1")
    with pytest.raises(InputError) as err:
        read_document(write(tmp_path, "release.txt", data))
    assert "not text" in str(err.value)


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_line_endings_normalised_and_offsets_map(tmp_path, newline):
    lines = ["BioValley France", "", "Strasbourg, le 3 mars 2023 – Le pôle compte 400 membres.",
             "Contact : Marie Dupont, marie.dupont@biovalley-france.com"]
    raw_bytes = newline.join(lines).encode("utf-8")
    doc = read_document(write(tmp_path, "release.txt", raw_bytes))
    assert doc.text == newline.join(lines)  # reading keeps the line endings: offsets are into the file's text

    cleaned = clean(doc.text, doc.format)
    assert cleaned.text == "\n".join(lines)
    for needle in ["400 membres", "Marie Dupont", "marie.dupont@biovalley-france.com", "Strasbourg"]:
        start = cleaned.text.index(needle)
        a, b = cleaned.raw_span(start, start + len(needle))
        assert doc.text[a:b] == needle
    # A span that ends with a line break covers the whole raw line break.
    first = cleaned.text.index("\n") + 1
    a, b = cleaned.raw_span(0, first)
    assert doc.text[a:b] == "BioValley France" + newline


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  \n", "\u00a0\u2003\n".encode("utf-8"), codecs.BOM_UTF8],
                         ids=["empty", "whitespace", "unicode-spaces", "bom-only"])
def test_empty_or_blank_file(tmp_path, content):
    path = write(tmp_path, "blank.txt", content)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert_one_line_error(err, path, "empty document")


@pytest.mark.parametrize("name", ["logo.txt", "logo.md", "logo.html"])
def test_binary_file(tmp_path, name):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"
    path = write(tmp_path, name, png)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert_one_line_error(err, path, "binary file")


@pytest.mark.parametrize("name, shown", [("report.docx", "'.docx'"), ("README", "'(none)'"), ("logo.png", "'.png'")])
def test_unknown_extension(tmp_path, name, shown):
    path = write(tmp_path, name, b"PK\x03\x04 some zip content")
    with pytest.raises(InputError) as err:
        read_document(path)
    assert_one_line_error(err, path, f"unsupported file type {shown}")
    assert ".txt" in str(err.value) and ".pdf" in str(err.value)  # says what is accepted


def test_unreadable_file(tmp_path):
    path = write(tmp_path, "secret.txt", b"Le pole de competitivite.")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reading")
        with pytest.raises(InputError) as err:
            read_document(path)
        assert_one_line_error(err, path, "cannot read file")
        assert "Permission denied" in str(err.value)
    finally:
        path.chmod(0o644)


def test_missing_file(tmp_path):
    path = tmp_path / "gone.txt"
    with pytest.raises(InputError) as err:
        read_document(path)
    assert_one_line_error(err, path, "cannot read file")


@pytest.mark.parametrize("name", ["folder.txt", "folder"])
def test_directory(tmp_path, name):
    path = tmp_path / name
    path.mkdir()
    with pytest.raises(InputError) as err:
        read_document(path)
    assert_one_line_error(err, path, "is a directory")


def test_file_too_large(tmp_path):
    path = tmp_path / "huge.txt"
    size = 21 * 1024 * 1024
    path.write_bytes(b"a " * (size // 2))
    with pytest.raises(InputError) as err:
        read_document(path)
    assert_one_line_error(err, path, "file too large (more than 20 MB) (limit --max-bytes)")


def test_file_just_under_limit_is_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a " * (MAX_BYTES // 2))  # exactly the limit
    assert len(read_document(path).text) == MAX_BYTES


def test_invalid_utf16(tmp_path):
    path = write(tmp_path, "broken.txt", codecs.BOM_UTF16_LE + b"\x00\xd8")  # a lone surrogate
    with pytest.raises(InputError) as err:
        read_document(path)
    assert_one_line_error(err, path, "invalid utf-16 text")


def _pdf_bytes(**encryption) -> bytes:
    pdf = FPDF(format="A4")
    if encryption:
        pdf.set_encryption(**encryption)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Lyonbiopole annonce le lancement d'un programme pour les start-up de la sante. " * 5)
    return bytes(pdf.output())


def test_truncated_pdf(tmp_path):
    data = _pdf_bytes()
    path = write(tmp_path, "truncated.pdf", data[: len(data) // 2])
    with pytest.raises(InputError) as err:
        read_document(path)
    assert_one_line_error(err, path, "truncated or corrupt")


def test_encrypted_pdf(tmp_path):
    path = write(tmp_path, "locked.pdf", _pdf_bytes(owner_password="owner", user_password="user"))
    with pytest.raises(InputError) as err:
        read_document(path)
    assert_one_line_error(err, path, "encrypted PDF")


def test_empty_pdf_file(tmp_path):
    path = write(tmp_path, "empty.pdf", b"")
    with pytest.raises(InputError) as err:
        read_document(path)
    assert str(err.value).startswith(f"{path}: ") and "\n" not in str(err.value)


def test_scanned_pdf(tmp_path):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.rect(20, 20, 170, 250, style="F")  # a page image, no text layer
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(InputError) as err:
        read_document(path)
    assert_one_line_error(err, path, "no text layer")
