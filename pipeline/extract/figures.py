"""Figures: quantitative facts, in digits or number words, with unit, qualifier and
range, in the conventions of the paragraph's language ("3 297", "39.000", "1,2 million",
"€19bn", "32 million-euro", "49,5 M€", "+ de 80", "zo'n 100", "between €50 million and
€100 million").

What is not a figure is left out: dates and years, phone numbers, list numbering,
footnote markers, numbers inside names ("Covid-19", "Lille 2", "France 2030"), numbers
after a label ("phase 3", "Postbus 1234", "page 4"), page numbers alone on a line,
versions ("2.0"), file sizes, and vague alternatives ("one or two").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz
from text_to_num import text2num

from .names import common_data
from .text import line_bounds, normalise, phrase_alternation, sentence_bounds, tolerant_pattern


TIME_UNITS = {"year", "month", "week", "day", "hour"}
YEARS_MOSTLY = (1950, 2035)
CURRENCIES = {"EUR", "USD", "GBP"}


@dataclass(frozen=True)
class Figure:
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    about: str | None
    start: int
    end: int
    mentions: int = 1
    future: bool = False  # "the next ten years": a period ahead, not the one behind
    past: bool = False  # "the past five years": the period behind, not a term granted
    scaled: bool = False  # written with a multiplier ("23 millions")


@dataclass
class _Number:
    start: int  # of the whole expression (currency sign included)
    end: int
    value: float
    is_word: bool
    unit: str | None = None
    multiplied: bool = False
    ordinal: bool = False
    after_hyphen: bool = False  # "10" of "6-10": kept only as the end of a range


_YEAR_BEFORE = {"in", "since", "of", "the", "by", "until", "en", "depuis", "de", "du", "fin", "début", "mi", "in", "sinds", "van", "eind", "begin", "medio", "tot", "vanaf", "sedert", "year", "année", "jaar", "from", "to", "à", "et", "and", "en"}


@lru_cache(maxsize=None)
def _number_pattern(lang_code: str, decimal: str, thousands: tuple[str, ...]) -> re.Pattern:
    seps = "".join(re.escape(s) for s in thousands if s != decimal)
    grouped = rf"\d{{1,3}}(?:[{seps}]\d{{3}})+(?![\d])" if seps else r"(?!)"
    plain = r"\d+"
    frac = rf"(?:{re.escape(decimal)}\d+)?"
    # A number right after "<digit>-" is found too, as the high end of "6-10".
    return re.compile(rf"(?:(?<=\d-)|(?<![\w.,\-/#@:]))(?:{grouped}|{plain}){frac}")


def _word_pattern(lang: dict) -> re.Pattern | None:
    """Number words and their compounds: "forty-two", "twenty-one", "vingt et un",
    "quatre-vingt-dix", "drieëndertig", "tweehonderdvijftig". Words that are numbers only
    inside a compound ("one", "un", too ambiguous alone) may follow a joiner."""
    words = lang.get("number_words", [])
    if not words:
        return None
    atom = phrase_alternation(words, tolerant=False)
    compound = lang.get("number_word_compound")
    if compound:
        atom = f"{compound}|{atom}"
    later = lang.get("number_words_in_compounds", [])
    tail = f"{atom}|{phrase_alternation(later, tolerant=False)}" if later else atom
    joiners = "|".join(re.escape(j) for j in lang.get("number_word_joiners", [" "]))
    return re.compile(rf"(?<![\w\-])(?:{atom})(?:(?:{joiners})(?:{tail})(?![\w]))*(?![\w])", re.I)


def _words_value(phrase: str, code: str) -> tuple[float, int] | None:
    """The value of a number-word phrase and the length it covers: the whole phrase, or
    its longest prefix that reads as one number ("two one-to-one ..." is "two")."""
    cut = len(phrase)
    while cut > 0:
        try:
            return float(text2num(phrase[:cut].lower(), code)), cut
        except (ValueError, KeyError, IndexError):
            pass
        # Drop the last word (and the joiner before it).
        m = re.search(r"[\s\-]+\S*$", phrase[:cut])
        if not m or m.start() == 0:
            return None
        cut = m.start()
    return None


def _parse_digits(token: str, decimal: str, thousands: tuple[str, ...]) -> float:
    for sep in thousands:
        if sep != decimal:
            token = token.replace(sep, "")
    return float(token.replace(decimal, "."))


def _qualifier(text: str, start: int, lang: dict) -> tuple[str, int]:
    """The qualifier written just before `start`, and where it begins."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40):start]
    best = ("exact", start, 0)
    for qualifier, phrases in lang.get("qualifiers", {}).items():
        m = re.search(rf"(?<![\w])(?:{phrase_alternation(phrases, tolerant=False)})\s*$", before, re.I)
        # The longest wording wins: "no more than" is up_to, not "more than".
        if m and len(m.group()) > best[2]:
            best = (qualifier, start - (len(before) - m.start()), len(m.group()))
    return best[0], best[1]


def _postfix_qualifier(text: str, end: int, lang: dict) -> tuple[str, int]:
    """A qualifier written after the figure: "200 000 euros maximum", "50 salariés minimum"."""
    for qualifier, phrases in lang.get("postfix_qualifiers", {}).items():
        # "200 000 euros maximum", "een 150-tal", "200-plus companies"
        m = re.match(rf"(?:[ \t]+|(?=-)|-)(?:{phrase_alternation(phrases, tolerant=False)})(?![\w])", text[end:end + 20], re.I)
        if m:
            return qualifier, end + m.end()
    return "exact", end


def find_numbers(text: str, lang: dict, excluded: list[tuple[int, int]]) -> list[_Number]:
    decimal = lang.get("decimal_separator", ".")
    thousands = tuple(lang.get("thousands_separators", [","]))
    common = common_data()
    numbers: list[_Number] = []
    excluded = excluded + _phone_runs(text)
    for m in _number_pattern(lang.get("code", ""), decimal, thousands).finditer(text):
        raw = m.group()
        # A count is never written with a leading zero: "0800", "02 54 ...", "07" are codes.
        if re.match(r"0\d", raw):
            continue
        after_hyphen = m.start() > 0 and text[m.start() - 1] == "-"
        numbers.append(_Number(m.start(), m.end(), _parse_digits(raw, decimal, thousands), False,
                               after_hyphen=after_hyphen))
    units = [u for us in lang.get("units", {}).values() for u in us]
    for word, value in lang.get("hyphen_unit_words", {}).items():
        # "a one-week bootcamp": "one" is a figure only when a unit is joined to it
        # ("one-to-one" and "one-off" are not).
        for m in re.finditer(rf"(?<![\w\-]){re.escape(word)}(?=-(?:{phrase_alternation(units, tolerant=False)})(?![\w]))", text, re.I):
            numbers.append(_Number(m.start(), m.end(), float(value), True))
    # "one million patients", "un million d'euros", "een miljoen": the article is the number.
    scales = [k for k, v in lang.get("multipliers", {}).items() if v >= 1_000_000 and k.isalpha() and len(k) >= 5]
    articles = lang.get("indefinite_articles", [])
    if scales and articles:
        pattern = rf"(?<![\w\-])(?:{phrase_alternation(articles, tolerant=False)})(?=[ \t]+(?:{phrase_alternation(scales, tolerant=False)})(?![\w]))"
        for m in re.finditer(pattern, text, re.I):
            numbers.append(_Number(m.start(), m.end(), 1.0, True))
    word_re = _word_pattern(lang)
    if word_re is not None:
        for m in word_re.finditer(text):
            read = _words_value(m.group(), lang["code"])
            if read is None:
                continue
            value, length = read
            numbers.append(_Number(m.start(), m.start() + length, value, True))

    kept = []
    for n in sorted(numbers, key=lambda n: n.start):
        if any(n.start < b and a < n.end for a, b in excluded):
            continue
        kept.append(n)
    result = []
    for n in kept:
        n = _attach_suffixes(text, n, lang, common)
        if n is None:
            continue
        result.append(n)
    return result


def _attach_suffixes(text: str, n: _Number, lang: dict, common: dict) -> _Number | None:
    """Currency, multiplier, ordinal and unit around a number; None when the token is
    glued to letters that make it something else ("Covid-19", "pH8", "2013Part")."""
    # Currency sign before: "€1.2", "$ 5", "US$5".
    m = re.search(r"(US\$|[€$£])\s?$", text[max(0, n.start - 4):n.start])
    code = re.search(r"(?<![\w])(EUR|USD|GBP)\s$", text[max(0, n.start - 5):n.start])
    if m:
        n.unit = common["currency_symbols"][m.group(1)]
        n.start -= len(m.group())
    elif code:  # "EUR 1.250", "USD 12 million"
        n.unit = common["currency_codes"][code.group(1)]
        n.start -= len(code.group())
    elif n.start > 0 and re.match(r"[\w]", text[n.start - 1]):
        return None
    pos = n.end
    # Ordinal: "17th", "51st", "3e", "2de".
    suffixes = lang.get("ordinal_suffixes", [])
    m = re.match(rf"(?:{'|'.join(map(re.escape, sorted(suffixes, key=len, reverse=True)))})(?![\w])", text[pos:pos + 5]) if suffixes and not n.is_word else None
    if m:
        n.ordinal = True
        n.end = pos + m.end()
        return n
    # Multiplier: "million", "bn", "M" (glued or spaced, "million-euro").
    multipliers = lang.get("multipliers", {})
    m = re.match(rf"[ \t]?({'|'.join(re.escape(k) for k in sorted(multipliers, key=len, reverse=True))})(?![\w])", text[pos:pos + 15], re.I) if multipliers else None
    symbol = re.match(r"[ \t]?(M€|k€|Md€|€|\$|£|%|m²)", text[pos:pos + 5])
    if symbol and symbol.group(1) in common["symbol_multipliers"]:
        n.value *= common["symbol_multipliers"][symbol.group(1)]
        n.unit, n.multiplied = "EUR", True
        pos += symbol.end()
    elif m and not (m.group(1).lower() in ("m", "k") and text[pos:pos + 1] == " "):
        n.value *= multipliers[next(k for k in multipliers if k.lower() == m.group(1).lower())]
        n.multiplied = True
        pos += m.end()
        symbol = re.match(r"[ \t]?(€|\$|£)", text[pos:pos + 3])
        if symbol:
            n.unit = common["currency_symbols"][symbol.group(1)]
            pos += symbol.end()
    elif symbol:
        sign = symbol.group(1)
        n.unit = "percent" if sign == "%" else "m2" if sign == "m²" else common["currency_symbols"][sign]
        pos += symbol.end()
    # Part of a longer token ("14.59.41", a time or version, "24/7", a fraction "1/3"):
    # not a figure.
    if re.match(r"[.,:/]\d", text[pos:pos + 2]):
        return None
    # A clock time: "at 9 am", "5.30 p.m.".
    clock = lang.get("clock_suffixes", [])
    if clock and not n.unit and re.match(rf"[ \t]?(?:{phrase_alternation(clock, tolerant=False)})(?![\w])", text[pos:pos + 8], re.I):
        return None
    # Glued letters that are not a known suffix: not a figure.
    if not n.is_word and re.match(r"[A-Za-zÀ-ÿ_]", text[pos:pos + 1]):
        glued = re.match(r"[A-Za-z²]+2?(?![\w])", text[pos:])
        units = {u.lower() for us in lang.get("units", {}).values() for u in us}
        scaled = {k.lower(): v for k, v in lang.get("scaled_units", {}).items()}
        if glued and glued.group().lower() in units:
            n.unit = n.unit or _unit_of(glued.group(), lang)
            pos += glued.end()
        elif glued and glued.group().lower() in scaled and n.unit is None:
            n.unit, factor = scaled[glued.group().lower()]
            n.value *= factor
            pos += glued.end()
        else:
            return None
        if re.match(r"/\d", text[pos:pos + 2]):  # "24h/24"
            return None
    # A size that is not a fact ("PDF, 6,7 MB"): not a figure.
    not_units = lang.get("non_figure_units", [])
    if not_units and re.match(rf"[ \t]?(?:{phrase_alternation(not_units, tolerant=False)})(?![\w])", text[pos:pos + 30]):
        return None
    # Units counted in another unit: "300 ha" and "39 151 km2" are m2.
    scaled = lang.get("scaled_units", {})
    m = re.match(rf"[ \t]?({phrase_alternation(scaled, tolerant=False)})(?![\w²])", text[pos:pos + 25], re.I) if scaled and n.unit is None else None
    if m:
        unit, factor = scaled[next(k for k in scaled if k.lower() == m.group(1).lower())]
        n.unit = unit
        n.value *= factor
        pos += m.end()
    if n.unit is None:
        # Currency or unit word after: "euros", "d'euros", "-euro", "years", "-day", "%";
        # a time unit may follow one adjective ("5 prochaines années", "3 full days"). A
        # number alone on its line may have its unit at the start of the next ("12\nyears").
        line_start = text.rfind("\n", 0, n.start) + 1
        alone = not text[line_start:n.start].strip() and re.match(r"[ \t]*\n", text[pos:pos + 20])
        gap = r"(?:[ \t]*\n[ \t]*|[ \t]?)" if alone else r"[ \t]?"
        for unit, words in lang.get("units", {}).items():
            adjective = _adjective(lang.get("code", "")) if unit in TIME_UNITS else ""
            m = re.match(rf"{gap}(?:-|d['’]|van\s)?[ \t]?{adjective}(?:{phrase_alternation(words, tolerant=False)})(?![\w])", text[pos:pos + 40], re.I)
            if m:
                n.unit = unit
                pos += m.end()
                break
    n.end = pos
    return n


@lru_cache(maxsize=None)
def _adjective(code: str) -> str:
    """One optional word that is not a function word: "5 prochaines années", but not
    "263 a year earlier"."""
    from ..langdata import function_words

    stop = "|".join(sorted(map(re.escape, function_words(code)), key=len, reverse=True)) or "(?!)"
    return rf"(?:(?!(?:{stop})[ \t])[^\W\d_]+[ \t])?"


def _unit_of(word: str, lang: dict) -> str | None:
    for unit, words in lang.get("units", {}).items():
        if word.lower() in {w.lower() for w in words}:
            return unit
    return None


def _is_list_number(text: str, n: _Number) -> bool:
    if n.unit or n.multiplied:  # "(12%) and", "(€3 million)": bracketed figures
        return False
    line_start = text.rfind("\n", 0, n.start) + 1
    lead = text[line_start:n.start]
    after = text[n.end:n.end + 2]
    if re.fullmatch(r"[ \t•·*\-–]*", lead) and re.match(r"[.)]\s|\)$|\.$", after):
        return True
    return bool(re.match(r"\)\s", after)) and (not lead.strip() or lead.rstrip()[-1:] in ",;:(" or lead.endswith(" "))


_PHONE_RUN = re.compile(
    r"(?<![\w.,+])(?:\+\d{1,3}[ \t./\-]*(?:\(0\)[ \t./\-]*)?|\(?0\d{0,4}\)?[ \t./\-]*)"
    r"\d{1,8}(?:[ \t]?[./\-][ \t]?\d{1,8}|[ \t]\d{1,8})+(?![\w])")


def _phone_runs(text: str) -> list[tuple[int, int]]:
    """Phone-like digit runs ("+32 (0)14/60.21.73", "02 54 38 06 59", "0800 123 456",
    "(0592) 32 51 68"): an international prefix or a trunk 0, then groups of digits. Their
    groups are not figures, whether or not the contacts extractor took them as phones
    (a fax line is not a contact, its digits are still no counts)."""
    out = []
    for m in _PHONE_RUN.finditer(text):
        if len(re.sub(r"\D", "", m.group())) >= 7:
            out.append((m.start(), m.end()))
    # Without a trunk 0 ("477 00 999", "51 51 80 00"): three or more space-separated
    # groups that are no thousands grouping (a later group of two digits; a table row
    # "3200 4100 5200" has none).
    for m in _GROUPED_DIGITS.finditer(text):
        groups = m.group().split()
        if len("".join(groups)) >= 8 and any(len(g) == 2 for g in groups[1:]):
            out.append((m.start(), m.end()))
    return out


_GROUPED_DIGITS = re.compile(r"(?<![\w.,+])\d{2,4}(?:[ \t]\d{2,4}){2,}(?![\w]|[.,]\d)")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])[.:h]([0-5]\d)")


def _is_clock_time(text: str, n: _Number) -> bool:
    """'between 22.00 and 08.00', 'from 9.30 to 17.00': a time of day written with
    minutes, on the hour or paired with another one."""
    m = _CLOCK.fullmatch(text[n.start:n.end])
    if not m or n.unit or n.multiplied:
        return False
    clock = r"(?:[01]?\d|2[0-4])[.:h][0-5]\d"
    return (m.group(1) == "00" or bool(re.match(rf"[ \t]*(?:[-–]|\w{{1,5}})[ \t]*{clock}(?!\d)", text[n.end:n.end + 15]))
            or bool(re.search(rf"(?<!\d){clock}[ \t]*(?:[-–]|\w{{1,5}})[ \t]*$", text[max(0, n.start - 15):n.start])))


def _is_labelled(text: str, n: _Number, lang: dict) -> bool:
    """A number after a label is a name or a code, not a quantity: "phase 3", "type 1
    diabetes", "Postbus 1234", "BP 62", "page 4", "ISSN 1285", "bel 1400", "jaren
    negentig", "division par deux"."""
    labels = lang.get("number_labels", [])
    if not labels:
        return False
    line_start = text.rfind("\n", 0, n.start) + 1
    before = text[max(line_start, n.start - 40):n.start]
    # "page 4 of 12", "p. 3/12": the second number belongs to the label too.
    of = "|".join(["/"] + [re.escape(w) for w in lang.get("page_of_words", [])])
    return bool(re.search(rf"(?<![\w])(?:{phrase_alternation(labels, tolerant=False)})[ \t]*[:.]?[ \t]*['’]?(?:\d+[ \t]*(?:{of})[ \t]*)?$", before, re.I))


def _is_alone_on_line(text: str, n: _Number) -> bool:
    """A bare number that is all its line holds is a page number or layout debris ("32"
    above a newsletter's title), unless the next line says what it counts."""
    if n.unit or n.multiplied or n.is_word:
        return False
    start, end = line_bounds(text, n.start)
    if text[start:end].strip(" \t-–|·•") != text[n.start:n.end]:
        return False
    # A key-figures block ("155\nMembers", "30\nyears of research", "Projects\n36") says
    # what it counts on the next line, in lower case or as a short label, or on the line
    # before, as a short label.
    following = re.match(r"\n[ \t]*([^\n]*)", text[end:end + 80])
    nxt = following.group(1).strip() if following else ""
    previous = text[max(0, start - 80):start].rstrip("\n").rpartition("\n")[2].strip() if start > 0 else ""

    def label(line: str) -> bool:
        return bool(line) and len(line.split()) <= 4 and not re.search(r"[\d.]", line)

    # A line that ends with a colon announces the value below it, whatever its length
    # ("Naissances domiciliées en 2000 :\n30 095").
    return not ((nxt and (nxt[0].islower() or label(nxt))) or label(previous)
                or (previous.endswith(":") and len(previous.split()) <= 12))


def _in_running_header(text: str, n: _Number) -> bool:
    """A number opening a short line that the document prints again, whole, on another
    line ("31 CHU Tours" above each page) is a page header's page number."""
    start, end = line_bounds(text, n.start)
    line = text[start:end].strip()
    if not line.startswith(text[n.start:n.end]) or len(line.split()) > 8 or line[-1:] in ".!?:;,":
        return False
    return len(re.findall(rf"(?m)^[ \t]*{re.escape(line)}[ \t]*$", text)) >= 2


def _is_decade(text: str, n: _Number, lang: dict) -> bool:
    """'jaren negentig', 'les années 90': a decade, unless a counted noun follows ("de
    afgelopen jaren 20 bedrijven")."""
    words = lang.get("decade_words", [])
    if not words or n.unit or n.multiplied or n.value % 10 or not 10 <= n.value <= 90:
        return False
    if not re.search(rf"(?<![\w])(?:{phrase_alternation(words)})[ \t]+['’]?$", text[max(0, n.start - 20):n.start], re.I):
        return False
    from ..langdata import function_words

    nxt = re.match(r"[ \t]+([a-zà-ÿ]+)", text[n.end:n.end + 30])
    return not nxt or nxt.group(1) in function_words(lang.get("code", ""))


def _after_year_run(text: str, numbers: list[_Number], i: int) -> bool:
    """'2000 2001 2002 20': a number closing a run of bare years (a chart axis, a table
    header) belongs to the run."""
    years, j = 0, i
    while j > 0 and re.fullmatch(r"[ \t]+", text[numbers[j - 1].end:numbers[j].start]):
        prev = numbers[j - 1]
        if not re.fullmatch(r"(?:1[89]|20)\d\d", text[prev.start:prev.end]):
            break
        years, j = years + 1, j - 1
    return years >= 2


def _in_pagination(text: str, numbers: list[_Number], i: int) -> bool:
    """'1 2 3 4 Next', '« 1 | 2 | 3 »': a run of consecutive small integers is a page list."""
    def bare(k: int) -> bool:
        m = numbers[k]
        return not (m.unit or m.multiplied or m.is_word) and re.fullmatch(r"\d{1,3}", text[m.start:m.end]) is not None

    def joined(a: int, b: int) -> bool:
        return bool(re.fullmatch(r"[ \t|·•]+", text[numbers[a].end:numbers[b].start]))

    if not bare(i):
        return False
    lo = hi = i
    while lo > 0 and bare(lo - 1) and joined(lo - 1, lo) and numbers[lo - 1].value == numbers[lo].value - 1:
        lo -= 1
    while hi + 1 < len(numbers) and bare(hi + 1) and joined(hi, hi + 1) and numbers[hi + 1].value == numbers[hi].value + 1:
        hi += 1
    return hi - lo >= 2


def _is_alternative(text: str, n: _Number, lang: dict) -> bool:
    """'one or two', 'un ou deux', 'één of twee', '2 or 3': a vague amount, not a figure
    ("two or more" is a qualifier, not an alternative)."""
    joiners = lang.get("alternative_joiners", [])
    if not joiners:
        return False
    alt = phrase_alternation(joiners, tolerant=False)
    before = re.search(rf"(\S+)[ \t]+(?:{alt})[ \t]+$", text[max(0, n.start - 30):n.start], re.I)
    after = re.match(rf"[ \t]+(?:{alt})[ \t]+(\S+)", text[n.end:n.end + 30], re.I)
    return any(m and _reads_as_number(m.group(1).strip(".,;:()"), lang) for m in (before, after))


def _reads_as_number(word: str, lang: dict) -> bool:
    if re.fullmatch(r"\d+(?:[.,]\d+)?", word):
        return True
    try:
        text2num(word.lower(), lang.get("code", "en"))
        return True
    except (ValueError, KeyError, IndexError):
        return False


def _rate_base(text: str, n: _Number, lang: dict) -> re.Match | None:
    """'per 1,000 inhabitants', 'pour 100 000 habitants': the base of a rate, a power of ten."""
    words = lang.get("rate_words", [])
    if not words or n.unit or n.value not in (1000, 10000, 100000, 1000000):
        return None
    return re.search(rf"(?<![\w])(?:{phrase_alternation(words, tolerant=False)})[ \t]+$", text[max(0, n.start - 12):n.start], re.I)


def _in_rate(text: str, numbers: list[_Number], i: int, lang: dict) -> bool:
    """A rate ("2.5 beds per 1,000 inhabitants") is no count: neither its base nor the
    number it relates to it."""
    n = numbers[i]
    if _rate_base(text, n, lang):
        return True
    for m in numbers[i + 1:i + 3]:
        if m.start - n.end <= 40 and "\n" not in text[n.end:m.start] and _rate_base(text, m, lang):
            return not n.unit or n.unit == "percent"
    return False


def _is_vague(text: str, n: _Number, lang: dict) -> bool:
    """'several hundred', 'a few thousand', 'plusieurs centaines': a vague amount."""
    words = lang.get("vague_before", [])
    return n.is_word and bool(words) and bool(
        re.search(rf"(?<![\w])(?:{phrase_alternation(words, tolerant=False)})[ \t]+$", text[max(0, n.start - 20):n.start], re.I))


def _is_times_sign(text: str, n: _Number) -> bool:
    """'×3', 'x 1000': a multiplier or a table's scale, not a quantity."""
    return not n.unit and bool(re.search(r"(?<![\w])[x×][ \t]?$", text[max(0, n.start - 3):n.start]))


def _is_version(text: str, n: _Number) -> bool:
    """'French Tour 2.0', 'Industry 4.0': a bare number with a '.0' decimal is a version."""
    return not n.unit and not n.multiplied and not n.is_word and bool(re.fullmatch(r"\d+[.,]0", text[n.start:n.end]))


def _after_year_hyphen(text: str, n: _Number) -> bool:
    """'2015-17': the short end of a span of years."""
    return n.after_hyphen and bool(re.search(r"(?<!\d)(?:1[89]|20)\d\d-$", text[max(0, n.start - 6):n.start]))


def _is_footnote(text: str, n: _Number) -> bool:
    return text[n.start - 1:n.start] == "[" and text[n.end:n.end + 1] == "]"


def _is_year(text: str, n: _Number, lang: dict) -> bool:
    if n.unit or n.multiplied or n.is_word or n.value != int(n.value) or not 1800 <= n.value <= 2100:
        return False
    raw = text[n.start:n.end]
    if not re.fullmatch(r"\d{4}", raw):
        return False
    # A recent year is far likelier than a count of the same size ("its 2022
    # results"), unless a qualifier says it is a quantity ("more than 2000 visitors").
    if YEARS_MOSTLY[0] <= n.value <= YEARS_MOSTLY[1] and _qualifier(text, n.start, lang)[0] == "exact":
        return True
    before = re.findall(r"[\w']+", text[max(0, n.start - 25):n.start].lower())
    months = {normalise(m) for m in lang.get("months", [])}
    if before and (before[-1] in _YEAR_BEFORE or normalise(before[-1]) in months):
        return True
    # "Horizon 2020", "France 2030", "BIO 2023": a year-like number after a name (a
    # capitalised word that does not open the sentence, unlike "Only 2000 ...").
    prev = re.search(r"([A-ZÀ-Ý][\w\-]*)[ \t]$", text[max(0, n.start - 40):n.start])
    if prev:
        pre_prev = text[max(0, n.start - 40):n.start][: prev.start()].rstrip(" \t")
        if pre_prev and pre_prev[-1] not in ".!?:\n•-–(\"“«":
            return True
    nxt = text[n.end:n.end + 30]
    # A year is followed by punctuation, a capitalised word or nothing; a count by its noun.
    return not re.match(r"\s+[a-zà-ÿ]", nxt)


def _is_identifier(text: str, n: _Number) -> bool:
    """A reference, version or standard number: 'nr. 3', 'version 2.0', 'ISO 13485',
    'KvK 09187342'; and long digit strings with no separators, which are codes."""
    before = text[max(0, n.start - 20):n.start]
    if identifier_label_before(before):
        return True
    raw = text[n.start:n.end]
    # "100000 members" counts something; "KvK 09187342", "0612345678" are codes.
    counted = len(raw) <= 9 and re.match(r"[ \t]+[a-zà-ÿ]", text[n.end:n.end + 3])
    return bool(re.fullmatch(r"\d{6,}", raw)) and not n.unit and not counted


def identifier_label_before(before: str) -> bool:
    """Whether `before` ends with a reference label ("KvK", "nr.", "ISO", "version");
    labels in capitals must match in capitals ("EN 1234" is a standard, "en" a word)."""
    labels = common_data()["identifier_labels"]
    upper = [l for l in labels if l.isupper()]
    other = [l for l in labels if not l.isupper()]
    tail = r"\s*:?\s*$"
    return bool((upper and re.search(rf"(?<![\w])(?:{'|'.join(map(re.escape, upper))}){tail}", before))
                or (other and re.search(rf"(?<![\w])(?:{'|'.join(map(re.escape, other))}){tail}", before, re.I)))


def _is_day_of_month(text: str, n: _Number, lang: dict) -> bool:
    """'on 10 September', 'vóór 15 april': a day written without its year; and the first
    day of two ('13-14 June', '18 and 19 April', 'les 3 et 4 mai')."""
    months = lang.get("months", [])
    if n.is_word or not months or not 1 <= n.value <= 31 or n.unit:
        return False
    alternation = phrase_alternation(months, tolerant=False)
    links = "|".join(map(re.escape, sorted(lang.get("day_joiners", []) + [","], key=len, reverse=True)))
    return bool(re.match(rf"(?:[ \t]*(?:{links})[ \t]*[0-3]?\d)?[ \t]+(?:{alternation})\.?(?![\w])", text[n.end:n.end + 25], re.I)
                or re.search(rf"(?<![\w])(?:{alternation})\.?[ \t]+$", text[max(0, n.start - 15):n.start], re.I))


def _is_address(text: str, n: _Number, lang: dict) -> bool:
    """A postal code ("75013 Paris") or a street number ("60 rue de la Paix")."""
    raw = text[n.start:n.end]
    after = text[n.end:n.end + 30]
    if re.fullmatch(r"\d{4,5}", raw) and re.match(r"[ \t]+[A-ZÀ-Ý]", after) and not n.unit:
        return True
    # A street number: the postcode and the town follow, after a comma or on the next line
    # ("Nørregade 17, 2300 Copenhagen S", "Kerkstraat 12a\n2300 RC Leiden").
    if not n.unit and not n.is_word and re.match(
            r"[ \t]?[a-zA-Z]?[ \t]*(?:,|\n)[ \t]*(?:[A-Z]{1,2}[ \t-]?)?\d{4,5}(?:[ \t]?[A-Z]{2})?[ \t]+[A-ZÀ-Ý]", after):
        return True
    streets = lang.get("street_words", [])
    if not streets or n.unit:
        return False
    words = phrase_alternation(streets, tolerant=False)
    # "60 rue de la Paix", or "Transistorweg 5", "Technologiepark 82," (Dutch compounds).
    return bool(re.match(rf"[ \t]*,?[ \t]*(?:{words})(?![\w])", after, re.I)
                or re.search(rf"(?:{words})[ \t]+$", text[max(0, n.start - 30):n.start], re.I)
                and re.search(r"[A-ZÀ-Ý][\w\-]*[ \t]+$", text[max(0, n.start - 30):n.start]))


def _is_in_name(text: str, n: _Number) -> bool:
    """'Lille 2 Droit', 'France 2030': a number between capitalised words, or right after
    one with nothing countable following."""
    before = text[max(0, n.start - 30):n.start]
    prev = re.search(r"([A-ZÀ-Ý][\w\-]*)[ \t]$", before)
    if not prev or n.unit or n.is_word:
        return False
    # The previous word opens a sentence or line: "Only 15 clusters", "EuroBioMed telt".
    pre_prev = before[: prev.start()].rstrip(" \t")
    nxt = text[n.end:n.end + 30]
    if not pre_prev or pre_prev[-1] in ".!?:\n•-–(" or pre_prev.endswith("\n"):
        # The capitalised word opens the sentence ("Only 15 clusters"); a number that
        # closes the phrase there is still a name's ("Nørregade 17, 2300 Copenhagen").
        return bool(re.match(r"[ \t]*(?:[,;)]|$)", nxt))
    return bool(re.match(r"\s*(?:$|[A-ZÀ-Ý]|[,.;:)\]])", nxt))


def _about(text: str, n: _Number, lang: dict) -> str | None:
    """What is counted: the words after the number up to punctuation (at most five),
    prefixed with the label of a 'Label: figure' line."""
    rest = text[n.end:n.end + 120]
    m = re.match(r"[\s\-]*([^\n,.;:()\[\]–—“”\"«»]{1,80})", rest)
    words = m.group(1).split()[:5] if m else []
    about = " ".join(words).strip(" '’") or None
    line_start, _ = line_bounds(text, n.start)
    lead = text[line_start:n.start]
    if ":" in lead:
        label = lead.split(":")[0].strip(" \t•·*-–")
        if label and len(label.split()) <= 15:
            about = f"{about or ''}: {label}".strip(": ")
    return about


def _is_time_of_day(text: str, n: _Number, lang: dict) -> bool:
    """'om 17 uur', 'à 11 h', 'at 9 h': a clock time, not a duration."""
    markers = lang.get("time_of_day_markers", [])
    before = text[max(0, n.start - 15):n.start]
    return bool(markers) and bool(re.search(rf"(?<!\w)(?:{phrase_alternation(markers, tolerant=False)})[ \t]+$", before, re.I))


def _word_figures(text: str, lang: dict, excluded: list[tuple[int, int]]) -> list[Figure]:
    """Ranks written as ordinal words ("ranks third"), approximate number nouns ("une
    trentaine de start-up", "een tiental bedrijven"), frequencies ("twice a month") and a
    qualified article before a time unit ("for over a year", "plus d'un an")."""
    out = []
    for key, qualifier in (("ordinal_words", "exact"), ("approx_number_words", "approx"), ("frequency_words", "exact")):
        table = lang.get(key, {})
        if not table:
            continue
        pattern = re.compile(rf"(?<![\w\-])(?:{phrase_alternation(table, tolerant=False)})(?![\w\-])", re.I)
        lookup = {normalise(k): v for k, v in table.items()}
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in excluded):
                continue
            n = _Number(m.start(), m.end(), float(lookup[normalise(m.group())]), True)
            if key == "ordinal_words":
                if _is_anniversary(text, n, lang):
                    out.append(Figure(n.value, None, "year", "exact", _about(text, n, lang), n.start, n.end))
                elif _has_rank_word(text, n, lang):
                    out.append(Figure(n.value, None, "rank", "exact", _about(text, n, lang), n.start, n.end))
            elif key == "frequency_words":
                # "meets twice a month" is two meetings; "twice as many" is a multiplier.
                if _per_time_unit(text, m.end(), lang):
                    out.append(Figure(n.value, None, "count", "exact", _about(text, n, lang), n.start, n.end))
            else:
                out.append(Figure(n.value, None, "count", qualifier, _about(text, n, lang), n.start, n.end))
    out += _one_time_unit(text, lang, excluded)
    return out


def _time_words(lang: dict) -> dict[str, str]:
    return {w.lower(): unit for unit, words in lang.get("units", {}).items() if unit in TIME_UNITS for w in words if len(w) > 1}


def _per_time_unit(text: str, pos: int, lang: dict) -> bool:
    per = lang.get("per_words", []) + lang.get("indefinite_articles", [])
    times = _time_words(lang)
    return bool(per and times and re.match(
        rf"[ \t]+(?:{phrase_alternation(per, tolerant=False)})[ \t]+(?:{phrase_alternation(times, tolerant=False)})(?![\w])",
        text[pos:pos + 30], re.I))


def _one_time_unit(text: str, lang: dict, excluded: list[tuple[int, int]]) -> list[Figure]:
    """'for over a year', 'plus d'un an', 'ruim een jaar', 'élu pour un an': one time unit,
    stated with a qualifier or a preposition of duration (without either, "a year" is a
    rate or a point in time: "twice a year", "a year ago")."""
    articles, times = lang.get("indefinite_articles", []), _time_words(lang)
    if not articles or not times:
        return []
    out = []
    pattern = rf"(?<![\w])(?:{phrase_alternation(articles, tolerant=False)})[ \t]+(?:{phrase_alternation(times, tolerant=False)})(?![\w])"
    for m in re.finditer(pattern, text, re.I):
        if any(m.start() < b and a < m.end() for a, b in excluded):
            continue
        qualifier, q_start = _qualifier(text, m.start(), lang)
        if qualifier == "exact" and not _after_duration_word(text, m.start(), lang):
            continue
        unit = times[re.search(r"\S+$", m.group()).group().lower()]
        n = _Number(m.start(), m.end(), 1.0, True, unit)
        out.append(Figure(1, None, unit, qualifier, _about(text, n, lang), q_start, m.end()))
    return out


def _is_anniversary(text: str, n: _Number, lang: dict) -> bool:
    """'its tenth anniversary', 'le 15e anniversaire': an age in years."""
    words = lang.get("anniversary_words", [])
    return bool(words) and bool(re.match(rf"[ \t]+(?:{phrase_alternation(words)})(?![\w])", text[n.end:n.end + 30], re.I))


def _after_duration_word(text: str, pos: int, lang: dict) -> bool:
    """'for a year', 'pour un an', 'voor een jaar': a preposition of duration before."""
    words = lang.get("duration_prepositions", [])
    return bool(words) and bool(re.search(rf"(?<![\w])(?:{phrase_alternation(words, tolerant=False)})[ \t]+$", text[max(0, pos - 15):pos], re.I))


def _has_rank_word(text: str, n: _Number, lang: dict) -> bool:
    """An ordinal is a rank when its sentence ranks ("ranked 17th", "classé 3e") or when
    it places a thing within a scope ("le 1er biocluster français", "troisième pôle
    européen", "the second cluster in Europe"); otherwise it counts a sequence ("the
    first tour", "voor de derde keer", "4e phase")."""
    start, end = sentence_bounds(text, n.start)
    words = lang.get("rank_words", [])
    if words and re.search(rf"(?<!\w)(?:{phrase_alternation(words, tolerant=False)})(?!\w)", text[start:end], re.I):
        return True
    scopes = lang.get("rank_scopes", [])
    sequence = lang.get("sequence_nouns", [])
    if sequence and re.match(rf"[ \t]+(?:{phrase_alternation(sequence)})(?![\w])", text[n.end:n.end + 30], re.I):
        return False  # "for the first time in France", "la première édition"
    # One to four words (the thing ranked), then the scope; a hard-wrapped line may
    # break the phrase ("le 1er établissement de la\nrégion").
    gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    return bool(scopes) and bool(re.match(
        rf"(?:{gap}(?!(?:{phrase_alternation(scopes)})(?![\w]))[^\W\d][\w\-’']*){{1,4}}{gap}(?:{phrase_alternation(scopes)})(?![\w])",
        text[n.end:n.end + 80], re.I))


def _not_a_figure(text: str, numbers: list[_Number], i: int, lang: dict) -> bool:
    n = numbers[i]
    return (_is_footnote(text, n) or _is_list_number(text, n) or _is_year(text, n, lang) or _is_in_name(text, n)
            or _is_address(text, n, lang) or _is_identifier(text, n) or _is_day_of_month(text, n, lang)
            or _is_labelled(text, n, lang) or _is_alone_on_line(text, n) or _after_year_run(text, numbers, i)
            or _is_alternative(text, n, lang) or _is_version(text, n) or _after_year_hyphen(text, n)
            or _is_decade(text, n, lang) or _in_rate(text, numbers, i, lang) or _in_pagination(text, numbers, i)
            or _is_vague(text, n, lang) or _is_times_sign(text, n) or _is_clock_time(text, n)
            or _in_running_header(text, n)
            or (n.unit == "hour" and _is_time_of_day(text, n, lang)))


def _apply_scale_headers(text: str, numbers: list[_Number], lang: dict) -> None:
    """A table or chart that states its scale once ("en millions", "in thousands", "(x
    1000)") applies it to the run of bare numbers that follows."""
    headers = lang.get("scale_headers", {})
    if not headers:
        return
    for m in re.finditer(rf"(?<![\w])(?:{phrase_alternation(headers)})(?![\w])", text, re.I):
        factor, unit = next(v for k, v in sorted(headers.items(), key=lambda kv: -len(kv[0]))
                            if re.fullmatch(tolerant_pattern(k), m.group(), re.I))
        pos = m.end()
        for n in numbers:
            if n.start < pos:
                continue
            if not re.fullmatch(r"[\s:;|)]*", text[pos:n.start]) or n.unit or n.multiplied or n.is_word:
                break
            if re.fullmatch(r"(?:1[89]|20)\d\d", text[n.start:n.end]):
                break  # the axis of years after the values
            n.value *= factor
            n.unit, n.multiplied = unit, True
            pos = n.end


def extract_figures(text: str, lang: dict, excluded: list[tuple[int, int]]) -> list[Figure]:
    numbers = find_numbers(text, lang, excluded)
    _apply_scale_headers(text, numbers, lang)
    figures: list[Figure] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        if n.after_hyphen or _not_a_figure(text, numbers, i, lang):
            # A number after "<digit>-" only counts as a range's high end (below).
            i += 1
            continue
        if n.ordinal:
            if _is_anniversary(text, n, lang):
                figures.append(Figure(n.value, None, "year", "exact", _about(text, n, lang), n.start, n.end))
            elif _has_rank_word(text, n, lang):
                figures.append(Figure(n.value, None, "rank", "exact", _about(text, n, lang), n.start, n.end))
            i += 1
            continue
        qualifier, q_start = _qualifier(text, n.start, lang)
        # Ranges: "between €50 million and €100 million", "de 6 à 100", "6-10", "€10-20 million".
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        range_fig = _range(text, n, nxt, lang) if nxt and not _not_a_figure(text, numbers, i + 1, lang) else None
        if range_fig:
            figures.append(range_fig)
            i += 2
            continue
        if nxt is not None and nxt.after_hyphen and nxt.start == n.end + 1:
            # "1234-5", "1285-4018", "24-7": digits joined by a hyphen that are no range
            # are a code.
            i += 1
            continue
        end = n.end
        if qualifier == "exact" and (n.unit or "count") != "count":
            # Some qualifiers only read so before an amount: Dutch "tot 50.000 euro" is
            # "up to", "leiden tot twintig banen" is "lead to".
            qualifier, q_start = _qualifier(text, n.start, {"qualifiers": lang.get("unit_qualifiers", {})})
        if qualifier == "exact":
            qualifier, end = _postfix_qualifier(text, n.end, lang)
        n.end = end  # what is counted comes after the qualifier too ("een 150-tal leden")
        unit = n.unit or "count"
        if unit in TIME_UNITS and qualifier != "exact" and _spans_amount(text, q_start, n.start, figures, lang):
            qualifier = "exact"  # "€4.2 million over four years": the period of the amount
        figures.append(Figure(n.value, None, unit, qualifier, _about(text, n, lang), q_start, end,
                              future=unit in TIME_UNITS and _is_future(text, q_start, n, lang), scaled=n.multiplied,
                              past=unit in TIME_UNITS and _is_past(text, q_start, lang)))
        i += 1
    figures += [f for f in _word_figures(text, lang, excluded) if not any(f.start < g.end and g.start < f.end for g in figures)]
    figures.sort(key=lambda f: f.start)
    figures = _inherit_currency(text, figures, lang)
    return _merge_repeats([_int_values(f) for f in figures], lang)


def _spans_amount(text: str, q_start: int, start: int, figures: list[Figure], lang: dict) -> bool:
    """'asking for €4.2 million over four years', '$600,000 over 10 years': "over" spreads
    the amount just before it across the period; it does not mean "more than"."""
    words = lang.get("span_words", [])
    if not words or not figures or normalise(text[q_start:start]) not in {normalise(w) for w in words}:
        return False
    prev = figures[-1]
    return prev.unit not in TIME_UNITS and 0 <= q_start - prev.end <= 25 and not re.search(r"[.;:\n]", text[prev.end:q_start])


def _is_future(text: str, start: int, n: _Number, lang: dict) -> bool:
    """'the next ten years', 'les 5 prochaines années', 'de komende vijf jaar', 'a new
    five-year term', 'un nouveau mandat de trois ans'."""
    words = lang.get("future_words", [])
    if not words:
        return False
    alt = phrase_alternation(words)
    # The marker may stand a word or two before the number ("un nouveau mandat de trois ans").
    return bool(re.search(rf"(?<![\w])(?:{alt})(?:[ \t]+[^\W\d]+){{0,2}}[ \t]+$", text[max(0, start - 40):start], re.I)
                or re.search(rf"(?<![\w])(?:{alt})(?![\w])", text[n.start:n.end], re.I))


def _is_past(text: str, start: int, lang: dict) -> bool:
    """'the past five years', 'les trois années écoulées' (after the number), 'de
    afgelopen vijf jaar': the period just behind."""
    words = lang.get("past_words", [])
    if not words:
        return False
    alt = phrase_alternation(words)
    return bool(re.search(rf"(?<![\w])(?:{alt})[ \t]+$", text[max(0, start - 25):start], re.I)
                or re.match(rf"[ \t]*\S+(?:[ \t]+[^\W\d]+)?[ \t]+(?:{alt})(?![\w])", text[start:start + 40], re.I))


def _inherit_currency(text: str, figures: list[Figure], lang: dict) -> list[Figure]:
    """'114 millions d'euros, dont 90 millions d'investissements publics et 23 millions
    venant du privé': amounts written with a multiplier and no currency, linked to the
    amount before them, are in its currency."""
    links = lang.get("amount_links", [])
    if not links:
        return figures
    alt = phrase_alternation(links, tolerant=False)
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if (f.unit == "count" and f.scaled and prev is not None and prev.unit in CURRENCIES
                and f.start - prev.end <= 60 and "\n" not in text[prev.end:f.start]
                and not re.search(r"[.!?;]\s", text[prev.end:f.start])
                and re.search(rf"(?:^|[\s,])(?:{alt})[ \t]*$|^[\s,;:(]*$", text[prev.end:f.start], re.I)):
            f = replace(f, unit=prev.unit)
        out.append(f)
    return out


def _range(text: str, low: _Number, high: _Number, lang: dict) -> Figure | None:
    between = text[low.end:high.start]
    for opener, joiner in lang.get("ranges", []):
        before = text[max(0, low.start - 20):low.start]
        if re.fullmatch(rf"[ \t]*{re.escape(joiner)}[ \t]*", between, re.I) and re.search(rf"(?<!\w){re.escape(opener)}\s*$", before, re.I):
            start = low.start - (len(before) - re.search(rf"(?<!\w){re.escape(opener)}\s*$", before, re.I).start())
            return _range_figure(text, low, high, start, lang)
    joiners = lang.get("range_joiners", [])
    # On one line only: "- 58 projects\n- €41.5 million" is two list items, not a range.
    # "6-10 projects", "€10-20 million": the low end is the smaller, in a unit the high
    # end shares (or none).
    if (joiners and re.fullmatch(rf"[ \t]*(?:{'|'.join(map(re.escape, joiners))})[ \t]*", between)
            and (low.unit in (None, high.unit) or (low.unit in CURRENCIES and high.unit is None))
            and low.value < high.value):
        return _range_figure(text, low, high, low.start, lang)
    return None


def _range_figure(text: str, low: _Number, high: _Number, start: int, lang: dict) -> Figure:
    low_value = low.value
    if high.multiplied and not low.multiplied and low.value < high.value / 1000:
        # "between 50 and 100 million": the multiplier is written once.
        low_value = low.value * (high.value / _digits_value(text, high, lang))
    unit = high.unit or low.unit or "count"
    return Figure(low_value, high.value, unit, "range", _about(text, high, lang), start, high.end, scaled=high.multiplied)


def _digits_value(text: str, n: _Number, lang: dict) -> float:
    m = re.search(r"\d+(?:[.,]\d+)?", text[n.start:n.end])
    return _parse_digits(m.group(), lang.get("decimal_separator", "."), tuple(lang.get("thousands_separators", []))) if m else n.value


def _int_values(f: Figure) -> Figure:
    def clean(v):
        if v is None:
            return None
        return int(round(v)) if abs(v - round(v)) < 1e-6 else round(v, 6)
    return replace(f, value=clean(f.value), value_max=clean(f.value_max))


def _merge_repeats(figures: list[Figure], lang: dict) -> list[Figure]:
    """The same fact stated twice is one figure: same value, unit and qualifier, and
    - for an amount of money, always (a headline repeats the body);
    - for a duration, unless one is a period ahead and the other not ("ten years ago"
      and "the next ten years" are two facts);
    - for a count, when the two say what they count with a word in common ("eight
      professors" / "the eight new professors"; "7 institutes" and "7 companies" stay two)."""
    merged: list[Figure] = []
    abouts: list[list[str | None]] = []  # every description seen for each merged figure
    for f in figures:
        for k, g in enumerate(merged):
            if (f.value, f.value_max, f.unit, f.qualifier) != (g.value, g.value_max, g.unit, g.qualifier):
                continue
            if f.unit in TIME_UNITS:
                # "the past five years" and "a new term of five years" are two facts.
                same = f.future == g.future and f.past == g.past
            else:
                same = f.unit in CURRENCIES or any(_same_thing(f.about, a, lang) for a in abouts[k])
            if same:
                merged[k] = replace(g, mentions=g.mentions + 1)
                abouts[k].append(f.about)
                break
        else:
            merged.append(f)
            abouts.append([f.about])
    return merged


def _same_thing(a: str | None, b: str | None, lang: dict) -> bool:
    """Whether two descriptions name the same counted thing: nearly the same words; or,
    for two figures not on differently labelled lines, the counted word of one among the
    first words of the other ("professors were inaugurated" / "new Medical Delta
    professors"; but "new medtech start-ups" / "accredited cluster start-ups" differ)."""
    if not a or not b:
        return False
    if fuzz.token_set_ratio(normalise(a), normalise(b)) >= 90:
        return True
    label_a, label_b = (x.partition(":")[2].strip() for x in (a, b))
    if label_a and label_b and normalise(label_a) != normalise(label_b):
        return False  # "Data sharing: more than 10 actions" / "Imaging: more than 10 actions"
    head_a, head_b = _head_words(a, lang), _head_words(b, lang)
    return bool(head_a and head_b and (head_a[0] in head_b or head_b[0] in head_a))


def _head_words(about: str, lang: dict) -> list[str]:
    """The first content words of a description, up to the next number ("instituts et 7
    entreprises" gives "instituts" only)."""
    from ..langdata import function_words

    stop = function_words(lang.get("code", "")) | {normalise(w) for w in lang.get("count_modifiers", [])}
    numbers = {normalise(w) for w in lang.get("number_words", [])}
    out = []
    for word in normalise(about.partition(":")[0]).split():
        if word.isdigit() or word in numbers:
            break
        if len(word) > 2 and word not in stop:
            out.append(word)
        if len(out) == 4:
            break
    return out
