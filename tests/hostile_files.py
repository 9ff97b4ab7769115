"""Hostile input files, generated (never committed): each case of issue 9 at a scale
given by the caller. The tests build them small and run with small limits; the
benchmark (bench/hostile.py) builds them at the sizes the issue measured.

Every function writes one file (or special file) into `folder` and returns its path.
"""

from __future__ import annotations

import os
import random
import zlib
from pathlib import Path

FRENCH_LINE = "Le pôle Eurobiomed réunit 300 membres dans le Sud de la France.\n"


# --- plain PDFs, written by hand (fpdf2 cannot make hostile ones) --------------------------


def pdf_bytes(contents: list[bytes], pages: int | None = None, raw_streams: list[bytes] | None = None) -> bytes:
    """A PDF whose page i draws contents[i] (Flate-compressed), or, with `pages`, that
    many pages sharing contents[0]. `raw_streams` are already compressed streams."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}

    def obj(num: int, body: bytes) -> None:
        offsets[num] = len(out)
        out.extend(b"%d 0 obj\n" % num + body + b"\nendobj\n")

    streams = raw_streams if raw_streams is not None else [zlib.compress(c, 9) for c in contents]
    n_pages = pages if pages is not None else len(streams)
    first_stream = 4
    first_page = first_stream + len(streams)
    obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(n_pages))
    obj(2, b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages)
    obj(3, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, data in enumerate(streams):
        obj(first_stream + i, b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
    for i in range(n_pages):
        content = first_stream + (i if pages is None else 0)
        obj(first_page + i, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
    size = first_page + n_pages
    xref = len(out)
    out.extend(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for num in range(1, size):
        out.extend(b"%010d 00000 n \n" % offsets[num])
    out.extend(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    return bytes(out)


def text_page(lines: list[str], size: int = 11, top: int = 780) -> bytes:
    ops = [b"BT /F1 %d Tf 14 TL 60 %d Td" % (size, top)]
    for line in lines:
        escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(" + escaped + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = Path(folder) / name
    path.write_bytes(data)
    return path


# --- the cases ------------------------------------------------------------------------------


def symbol_run(folder: Path, run: int = 50_000, size: int = 245_000) -> Path:
    """Text with a long run of "+" (spaCy's tokenizer is quadratic in it)."""
    body = (FRENCH_LINE * (max(0, size - run) // len(FRENCH_LINE) + 1))[:max(0, size - run)]
    return write(folder, "plus_run.txt", (body[: len(body) // 2] + "+" * run + "\n" + body[len(body) // 2:]).encode())


def unclosed_scripts(folder: Path, n: int = 20_000) -> Path:
    page = "<html><body><p>" + FRENCH_LINE + "</p>" + "<script>var a = 1;\n" * n + "</body></html>"
    return write(folder, "unclosed_scripts.html", page.encode())


def short_lines(folder: Path, n: int = 1_000_000) -> Path:
    return write(folder, "short_lines.txt", b"".join(b"ligne courte %04d\n" % (i % 10000) for i in range(n)))


def one_long_line(folder: Path, size: int = 20_000_000) -> Path:
    unit = FRENCH_LINE.strip().encode() + b" "
    return write(folder, "one_line.txt", (unit * (size // len(unit) + 1))[:size])


def pdf_bomb(folder: Path, inflated_mb: int = 1000, name: str = "bomb.pdf") -> Path:
    """A one-page PDF whose content stream inflates to `inflated_mb` MB of spaces."""
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(text_page(["Le pôle compte 300 membres."]) + b"\n")]
    block = b" " * 2**20
    for _ in range(inflated_mb):
        parts.append(compressor.compress(block))
    parts.append(compressor.flush())
    return write(folder, name, pdf_bytes([], raw_streams=[b"".join(parts)]))


def many_pages(folder: Path, pages: int = 20_000) -> Path:
    return write(folder, "many_pages.pdf", pdf_bytes([text_page(["Eurobiomed compte 300 membres."])], pages=pages))


def text_operations(folder: Path, n: int = 2_000_000) -> Path:
    """A small PDF whose single page shows `n` one-letter strings."""
    return write(folder, "text_operations.pdf", pdf_bytes([b"BT /F1 1 Tf 10 10 Td " + b"(a) Tj " * n + b"ET"]))


def zero_symlink(folder: Path) -> Path | None:
    path = Path(folder) / "zero.txt"
    if not Path("/dev/zero").exists():
        return None
    os.symlink("/dev/zero", path)
    return path


def named_pipe(folder: Path) -> Path | None:
    path = Path(folder) / "pipe.txt"
    if not hasattr(os, "mkfifo"):
        return None
    os.mkfifo(path)
    return path


def random_bytes(folder: Path, size: int = 5000, seed: int = 9) -> Path:
    rng = random.Random(seed)
    return write(folder, "random.txt", bytes(rng.randrange(1, 256) for _ in range(size)))


def long_name(folder: Path, length: int = 250) -> Path:
    stem = "communique-" + "x" * (length - len("communique-") - len(".txt"))
    return write(folder, stem + ".txt", FRENCH_LINE.encode())


NFD_FRENCH = ("Marseille, le 14 mars 2024 – Eurobiomed, le pôle de compétitivité santé du Sud, annonce l'arrivée "
              "de Mélanie Lefèvre au poste de directrice générale.\n\n"
              "« Nous sommes ravis », déclare Mélanie Lefèvre, directrice générale d'Eurobiomed.\n\n"
              "Contact presse : Mélanie Lefèvre – melanie.lefevre@eurobiomed.org\n")


def every_case(folder: Path, scale: float = 1.0) -> list[Path]:
    """Every hostile file of the issue, at `scale` of the issue's sizes (1.0: as measured)."""
    import unicodedata

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    n = lambda x: max(1, int(x * scale))  # noqa: E731
    made = [
        symbol_run(folder, run=n(50_000), size=n(245_000)),
        unclosed_scripts(folder, n(20_000)),
        short_lines(folder, n(1_000_000)),
        one_long_line(folder, n(20_000_000) - 16),
        pdf_bomb(folder, n(1000), "bomb_1mb.pdf"),
        pdf_bomb(folder, n(4000), "bomb_4mb.pdf"),
        many_pages(folder, n(20_000)),
        text_operations(folder, n(2_000_000)),
        zero_symlink(folder),
        named_pipe(folder),
        random_bytes(folder),
        long_name(folder),
        write(folder, "utf32.txt", NFD_FRENCH.encode("utf-32")),
        write(folder, "macroman.txt", NFD_FRENCH.encode("mac_roman")),
        write(folder, "nfd.txt", unicodedata.normalize("NFD", NFD_FRENCH).encode()),
        write(folder, "bidi.txt", NFD_FRENCH.replace(" ", " \u200e").replace("Eurobiomed", "Euro\u200bbiomed").encode()),
        write(folder, "one_line_fr.md", "# Lyonbiopôle accueille douze nouveaux adhérents à Lyon\n".encode()),
    ]
    return [p for p in made if p is not None]
