"""Dates: every full date in the text, and the document's own date: the press-release
dateline ("Strasbourg, Paris, 7th May 2020 –", "Paris, le 07 mai 2020 –", or the same on
its own line without a dash), else a publication line ("Published on ...", "Publié le
...", a letterhead's "Date :" / "Datum:" field, a byline "Submitted by X on ...", a
newsletter's issue line), else a date standing alone on a line near the top, with at
most a weekday before it and a time of day after it. Candidate spans are found with the
language's month names (abbreviated ones with or without their dot: "Nov.", "déc.",
"fév."); only those spans are handed to dateparser, restricted to the language. A
document whose own date line is written in another supported language (a Dutch letter
headed "Date : Tuesday, March 04, 2003") gets it from that language's month names, for
date and publication lines only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import line_bounds, phrase_alternation

HEADER_LINES = 12  # a date alone on a line this near the top is the publication date


@dataclass(frozen=True)
class FoundDate:
    date: str  # ISO
    kind: str  # dateline | publication | mention
    start: int
    end: int


@lru_cache(maxsize=None)
def _patterns(code: str, months: tuple[str, ...], templates: tuple[str, ...], ordinals: tuple[str, ...]) -> list[re.Pattern]:
    month = f"(?:{phrase_alternation(months, tolerant=False)})\\.?"
    ordinal = f"(?:{'|'.join(map(re.escape, sorted(ordinals, key=len, reverse=True)))})?" if ordinals else ""
    out = []
    for t in templates:
        src = (re.escape(t).replace(r"\{DAY\}", r"(?:[0-3]?\d)").replace(r"\{ORD\}", ordinal)
               .replace(r"\{MONTH\}", month).replace(r"\{YEAR\}", r"(?:1[89]|20)\d\d"))
        src = src.replace(r"\ ", r"\s+").replace(r",\?", ",?")
        # A capitalised word glued after the year is page debris ("17 mei 2019De provincie").
        out.append(re.compile(rf"(?<![\w]){src}(?:(?![\w])|(?=(?-i:[A-ZÀ-Ý][a-zà-ÿ])))", re.I))
    out.append(re.compile(r"(?<![\w-])(?:1[89]|20)\d\d-[01]\d-[0-3]\d(?![\w-])"))
    # Numeric day-month-year ("10/03/2021", "05-04-2023", "7.5.2020").
    out.append(re.compile(r"(?<![\w/.\-])[0-3]?\d([/.\-])[01]?\d\1(?:1[89]|20)\d\d(?![\w/\-]|\.\d)"))
    return out


def _parse(span: str, code: str, numeric_order: str = "DMY") -> str | None:
    import dateparser  # slow to import: only when a candidate date exists

    order = "MDY" if code == "en" and re.match(r"[A-Za-z]", span) else numeric_order
    parsed = dateparser.parse(span, languages=[code] if code != "und" else None,
                              settings={"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date().isoformat() if parsed else None


def find_dates(text: str, lang: dict, others: list[dict] | None = None) -> list[FoundDate]:
    """Every full date of `text` in the language `lang`; with `others` (the data of other
    languages), also the dateline or publication date written in one of them, when the
    text has none in its own language."""
    found = _find(text, lang, [])
    if others and not any(d.kind != "mention" for d in found):
        taken = [(d.start, d.end) for d in found]
        for other in others:
            found += [d for d in _find(text, other, taken) if d.kind != "mention"]
            if any(d.kind != "mention" for d in found):
                break
    return sorted(found, key=lambda d: d.start)


def _find(text: str, lang: dict, taken: list[tuple[int, int]]) -> list[FoundDate]:
    code = lang.get("code", "und")
    patterns = _patterns(code, tuple(lang.get("months", [])), tuple(lang.get("date_templates", [])), tuple(lang.get("ordinal_suffixes", [])))
    found: list[FoundDate] = []
    taken = list(taken)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            iso = _parse(m.group(), code, lang.get("numeric_date_order", "DMY"))
            if iso:
                start = m.start()
                # "18 and 19 April 2024", "du 3 au 5 mai": the first day is part of the date.
                weekdays = "|".join(map(re.escape, lang.get("weekdays", []))) or "(?!)"
                joined = re.search(rf"(?<![\w])[0-3]?\d(?:st|nd|rd|th|er|e)?\s*(?:and|et|en|&|to|au|tot|t/m|-|–)\s*(?:(?:{weekdays})\s+)?$",
                                   text[max(0, start - 30):start], re.I)
                if joined:
                    start -= len(joined.group())
                taken.append((start, m.end()))
                found.append(FoundDate(iso, _kind(text, m.start(), m.end(), lang), start, m.end()))
    return sorted(found, key=lambda d: d.start)


def _kind(text: str, start: int, end: int, lang: dict) -> str:
    line_start, line_end = line_bounds(text, start)
    before, after = text[line_start:start], text[end:line_end]
    near_top = text.count("\n", 0, start) < HEADER_LINES
    rest_is_time = _only_time(after, lang)
    # "Delft, Nov. 15th, 2022 – Today, ...", with a wire tag before the dash ("12 March 2021
    # /PRNewswire/ --"); near the top, the dateline may also stand on its own line without a
    # dash ("Strasbourg, 7 May 2020", a time of day after it) or close with a full stop or a
    # colon ("Lyon, le 12 mars 2021. Le pôle ...").
    if _is_dateline_lead(before, lang) and (re.match(r"\s*(?:/[^/\n]{1,30}/|\([^)\n]{1,30}\))?\s*[–—|-]", after)
                                           or (near_top and (rest_is_time or re.match(r"\s*[.:]\s+[A-ZÀ-Ý]", after)))):
        return "dateline"
    # "Published on", "Date :", "Datum:", "Publié le mardi": a marker, then at most a weekday.
    # "PRESS RELEASE – 12 March 2021", "Persbericht - 3 mei 2021": a heading, a separator.
    filler = _filler(lang)
    markers = _markers(lang.get("publication_markers", []))
    if markers and re.search(rf"(?<![\w])(?:{markers})\s*(?:(?:{filler})\s*,?\s*)*$", before, re.I):
        return "publication"
    headings = lang.get("press_headings", [])
    if near_top and headings and rest_is_time and re.search(
            rf"^\s*(?:{phrase_alternation(headings, tolerant=False)})\s*[:|–—\-,]\s*(?:(?:{filler})\s*,?\s*)*$", before, re.I):
        return "publication"
    # Alone on a line near the top, with at most a weekday before and a time after it.
    if near_top and rest_is_time and re.fullmatch(rf"[\s,|·•–—\-]*(?:(?:{filler})[\s,|·•–—\-]*)*", before, re.I):
        return "publication"
    # A byline near the top: "By Linnea Sørby · 21 November 2023", "Submitted by X on ...".
    # Or after it: "November 10th, 2019 5:51 am | by Søren Bregenholt".
    bylines = lang.get("byline_markers", [])
    if near_top and bylines:
        byline = phrase_alternation(bylines, tolerant=False)
        if re.search(rf"(?:^|\s)(?:{byline})\s", before):
            return "publication"
        m = re.search(rf"[|·•–—]\s*(?:{byline})\s", after, re.I)
        if m and _only_time(after[:m.start()], lang):
            return "publication"
    # A newsletter's issue line near the top: "Newsletter n° 45 – 12 March 2015".
    issues = lang.get("issue_markers", [])
    if near_top and rest_is_time and issues and re.search(rf"(?<![\w])(?:{phrase_alternation(issues, tolerant=False)})", before, re.I):
        return "publication"
    return "mention"


def _markers(markers: list[str]) -> str:
    """Publication markers as a pattern; one written with a colon needs it, with any
    spacing ("Date:" matches "Date :", but not the bare word "date" of a crawl marker)."""
    out = []
    for m in sorted(markers, key=len, reverse=True):
        stem = m.rstrip(": ")
        out.append(re.escape(stem) + (r"\s*:" if m.rstrip().endswith(":") else r"\s*:?"))
    return "|".join(out)


def _filler(lang: dict) -> str:
    """Words that may stand beside a date on its line: weekdays and the dateline's small
    words ("le", "on")."""
    words = lang.get("weekdays", []) + lang.get("dateline_words", [])
    return phrase_alternation(words, tolerant=False) if words else "(?!)"


def _only_time(after: str, lang: dict) -> bool:
    """Whether what follows a date on its line is nothing, punctuation, or a time of day
    ("10:30", "à 10h30", "3:16 PM", "om 14.00 uur", "(CET)")."""
    markers = lang.get("time_of_day_markers", [])
    marker = f"(?:(?:{phrase_alternation(markers, tolerant=False)})\\s*)?" if markers else ""
    clock = (r"\d{1,2}(?:[:.h]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?|uur|u)?|h|\s*[AaPp]\.?[Mm]\.?|\s*uur)"
             r"(?:\s*\(?(?:CET|CEST|GMT|UTC|BST)\)?)?")
    return bool(re.fullmatch(rf"[\s,;.|·•–—\-]*(?:{marker}{clock}[\s.]*)?", after, re.I))


def _is_dateline_lead(before: str, lang: dict) -> bool:
    """What precedes the date in a dateline: place names, commas, and the language's
    small words ("le", "on", "et") and weekdays: "Strasbourg et Bâle, le ",
    "'s-Hertogenbosch, ", "Paris, France, Tuesday ". It ends with a comma or such a word."""
    if not before.strip() or len(before) > 160:
        return False
    # A press-release heading may open the line: "Press release | London, ".
    headings = lang.get("press_headings", [])
    if headings:
        before = re.sub(rf"^\s*(?:{phrase_alternation(headings, tolerant=False)})\s*[:|–—\-]?\s*", "", before, flags=re.I)
    small = {w.lower() for w in lang.get("dateline_words", []) + lang.get("weekdays", [])}
    tokens = [t for t in re.findall(r"[^\s,]+", before) if t not in ("/", "|", "&", "–", "-")]
    # It ends with a comma, a small word, or a dash after the place ("Cambridge, UK – ").
    if not tokens or not re.search(r"(?:,|[–—|]|\b(?:" + "|".join(map(re.escape, small or {"(?!)"})) + r"))\s*$", before, re.I):
        return False
    for token in tokens:
        word = token.strip("()")
        if word.lower() in small or re.match(r"['’]s-[A-ZÀ-Ý]|[A-ZÀ-Ý]", word):
            continue
        return False
    return "," in before


_HTML_DATE = re.compile(
    r"""["']datePublished["']\s*:\s*["'](\d{4}-\d{2}-\d{2})"""
    r"""|<meta[^>]+(?:article:published_time|datePublished|DC\.date|pubdate)[^>]*content=["'](\d{4}-\d{2}-\d{2})"""
    r"""|<time[^>]*datetime=["'](\d{4}-\d{2}-\d{2})""", re.I)


def html_publication_date(raw_html: str) -> str | None:
    """A web page's own publication date from its metadata (schema.org datePublished,
    article:published_time, or the first <time datetime>), which cleaning removes and
    navigation may push far from the top of the visible text."""
    m = _HTML_DATE.search(raw_html)
    return next(g for g in m.groups() if g) if m else None


def document_date(dates: list[FoundDate]) -> FoundDate | None:
    for kind in ("dateline", "publication"):
        for d in dates:
            if d.kind == kind:
                return d
    return None
