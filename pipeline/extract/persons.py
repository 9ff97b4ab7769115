"""Persons: named natural persons, once per document, with the role and organisation the
text attaches to them, in the ways the three languages do it:

  "X, General Manager of Y"  "X, Directrice Générale d'Y"  "X, directeur van Y"
  "ABV-President X"  "Y's CEO X"  "Professor X"  a role on the line above the name.

Candidates come from spaCy's NER (where a pipeline is installed for the language) and
from a rule: capitalised words starting with a known first name. A candidate found by
NER alone needs more evidence (a role, an honorific, an attribution such as "says X",
a contact line), since small NER models call many organisations persons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..langdata import all_function_words, language
from .clusters import registry_key

from .names import NAME_PATTERN, is_first_name, looks_like_organisation, plausible_name_shape
from .text import line_bounds, natural_case, normalise, phrase_alternation


@dataclass
class Person:
    name: str
    start: int
    end: int
    role: str | None = None
    role_code: str | None = None
    organization: str | None = None
    mentions: int = 1
    evidence_start: int | None = None  # span the role/organisation were read from
    evidence_end: int | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class RoleMatch:
    start: int
    end: int
    wording: str
    code: str


@lru_cache(maxsize=None)
def _role_patterns(code: str) -> tuple[tuple[re.Pattern, re.Pattern, str], ...]:
    """(anywhere, anchored) patterns for each role title of a language, longest first."""
    out = []
    titles = language(code).get("role_titles", [])
    for wording, role_code in sorted(titles, key=lambda t: -len(t[0])):
        flags = 0 if (wording.isupper() and len(wording) <= 4) else re.I
        # "Vice-president" ~ "Vice president": hyphens and spaces are interchangeable.
        body = "[\\s\\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", wording))
        # A hyphen may precede a title: "ABV-President" (the longest title wins, so
        # "Vice-President" is never read as "President").
        out.append((re.compile(rf"(?<![\w]){body}(?![\w])", flags),
                    re.compile(rf"^(?:[\w\-]+\s){{0,2}}?{body}(?![\w])", flags), role_code))
    return tuple(out)


def find_role(text: str, langs: list[dict], anchored: bool = False) -> RoleMatch | None:
    """The longest role title in `text` (at its start when anchored, where up to two
    modifier words may precede it: "Senior Project Manager")."""
    best: RoleMatch | None = None
    for lang in langs:
        for anywhere, at_start, code in _role_patterns(lang["code"]):
            m = (at_start if anchored else anywhere).search(text)
            if m and (best is None or (m.end() - m.start()) > (best.end - best.start)):
                best = RoleMatch(m.start(), m.end(), m.group().strip(), code)
    return best


def _org_phrase(text: str, langs: list[dict]) -> str | None:
    """An organisation name at the start of `text`, up to punctuation."""
    m = re.match(r"\s*([^\n,;:()\[\]“”\"«»–—]{2,80})", text)
    if not m:
        return None
    org = re.split(r"\.(?:\s|$)", m.group(1))[0].strip()
    articles = [a for lang in langs for a in lang.get("articles", [])] + ["the", "le", "la", "les", "l'", "l’", "het", "de"]
    nouns = [n for lang in langs for n in lang.get("cluster_nouns", [])]
    changed = True
    while changed:
        changed = False
        for lead in sorted(set(articles + nouns), key=len, reverse=True):
            if re.match(rf"{re.escape(lead)}(?:\s+|(?<=['’]))", org, re.I) and len(org) > len(lead) + 1:
                org = org[len(lead):].lstrip()
                changed = True
    # An organisation name ends where lower-case prose begins ("Eurobiomed said that").
    words = org.split()
    while words and not re.search(r"[A-ZÀ-Ý0-9&+]", words[-1]):
        words.pop()
    org = " ".join(words)
    if org and registry_key(org):
        return org
    if org and not re.match(r"[A-ZÀ-Ý0-9]", org):
        # A common noun may introduce the name: "la start-up Cellivia", "het bedrijf X".
        lead = re.match(r"((?:[a-zà-ÿ][\w\-]*\s){1,2})(?=[A-ZÀ-Ý])", org)
        if lead and not any(normalise(w) in all_function_words() for w in lead.group(1).split()):
            org = org[lead.end():]
    if not org or not re.match(r"[A-ZÀ-Ý0-9]", org):
        # Lower-case names exist ("flanders.bio", "lifetech.brussels"): the registry knows them.
        whole = m.group(1).strip().split(" ")[0].rstrip(".,")
        return whole if registry_key(whole) else None
    return org


def connector_then_org(text: str, langs: list[dict]) -> tuple[str, int] | None:
    connectors = [c for lang in langs for c in lang.get("role_connectors", [])]
    m = re.match(rf"\s*(?:{phrase_alternation(connectors, tolerant=False)})(?:\s+|(?<=['’]))", text, re.I)
    if not m:
        return None
    org = _org_phrase(text[m.end():], langs)
    return (org, m.end()) if org else None


def role_after(text: str, end: int, langs: list[dict]) -> tuple[RoleMatch, str | None, int] | None:
    """', General Manager of BioValley France' after a name -> (role, organisation, end);
    also ', who heads Oslo Cancer Cluster' and ' (Lyonbiopôle)'."""
    paren = re.match(r"\s*\(([^()\n]{2,60})\)", text[end:end + 64])
    if paren:
        org = _org_phrase(paren.group(1), langs)
        if org and org == paren.group(1).strip() and not re.search(r"\d", org):
            return RoleMatch(end, end, "", None), org, end + paren.end()  # type: ignore[arg-type]
    m = re.match(r"\s*,\s*", text[end:end + 4])
    if not m:
        return None
    by_verb = _role_by_verb(text, end + m.end(), langs)
    if by_verb:
        return by_verb
    seg_start = end + m.end()
    segment = text[seg_start:seg_start + 120]
    role = find_role(segment.split("\n")[0], langs, anchored=True)
    if role is None:
        return _unlisted_role_after(text, seg_start, langs)
    role = RoleMatch(seg_start + role.start, seg_start + role.end, segment[:role.end].strip(), role.code)
    org = connector_then_org(text[role.end:role.end + 100], langs)
    if org is None:
        # A speciality may sit between the title and the organisation:
        # "hoogleraar immunologie aan de Universiteit Utrecht".
        for words in (1, 2):
            extra = re.match(rf"(?:\s+[^\W\d_][\w\-'’]*){{{words}}}(?=\s)", text[role.end:role.end + 60])
            org = connector_then_org(text[role.end + extra.end():role.end + extra.end() + 100], langs) if extra else None
            if org:
                role = RoleMatch(role.start, role.end + extra.end(), text[role.start:role.end + extra.end()].strip(), role.code)
                break
    return role, (org[0] if org else None), role.end


def _role_by_verb(text: str, start: int, langs: list[dict]):
    """'X, who heads Oslo Cancer Cluster' / 'X, qui dirige Y': the verb names the role."""
    for lang in langs:
        verbs, pronouns = lang.get("role_verbs", {}), lang.get("relative_pronouns", [])
        if not verbs or not pronouns:
            continue
        m = re.match(rf"(?:{phrase_alternation(pronouns, tolerant=False)})\s+({phrase_alternation(verbs, tolerant=False)})\s+",
                     text[start:start + 60], re.I)
        if m:
            org = _org_phrase(text[start + m.end():start + m.end() + 100], langs)
            if org:
                wording = next(v for k, v in verbs.items() if k.lower() == m.group(1).lower())
                match = find_role(wording, langs)
                role = RoleMatch(start + m.start(1), start + m.end(1), wording, match.code if match else None)  # type: ignore[arg-type]
                return role, org, role.end
    return None


def _unlisted_role_after(text: str, seg_start: int, langs: list[dict]):
    """A profession the vocabulary lacks, recognised by its place: a few lower-case
    words, then a connector and an organisation ("Femke Jansen-Bos, klinisch fysicus bij
    het Radboudumc", "Lucie Vandenbroucke, nutritionniste au CHU de Lille")."""
    window = text[seg_start:seg_start + 80]
    first = re.match(r"[a-zà-ÿ][\w\-]*", window)
    if not first or normalise(first.group()) in all_function_words():
        return None  # ", in the presence of ...", ", which ..." is no profession
    for words in range(1, 5):  # the shortest profession followed by a connector
        m = re.match(rf"([a-zà-ÿ][\w\-]*(?:\s[a-zà-ÿ][\w\-]*){{{words - 1}}})(?=\s)", window)
        if not m:
            return None
        org = connector_then_org(text[seg_start + m.end():seg_start + m.end() + 100], langs)
        if org:
            role = RoleMatch(seg_start, seg_start + m.end(), m.group(1), None)  # type: ignore[arg-type]
            return role, org[0], role.end
    return None


def _role_clause_before(text: str, start: int, langs: list[dict]) -> tuple[RoleMatch, str | None] | None:
    """'Le directeur général de Medicon Valley Alliance, Mikkel Brøndum, ajoute': a role
    and organisation in the clause that ends with a comma right before the name."""
    before = text[max(0, start - 120):start]
    if not re.search(r",\s*$", before):
        return None
    clause_match = re.search(r"(?:^|[.;:!?\n«»\"“”(])\s*([^.;:!?\n«»\"“”(]*?),\s*$", before)
    if not clause_match:
        return None
    clause = clause_match.group(1)
    clause_start = start - len(before) + clause_match.start(1)
    lead = re.match(r"(?:(?:the|le|la|les|l['’]|de|het|een|a|an)\s*)?", clause, re.I)
    body = clause[lead.end():]
    possessive = re.match(r"([A-ZÀ-Ý][\w.&+\- ]{0,60}?)['’]s\s+", body)
    if possessive and find_role(body[possessive.end():], langs):
        # "Biocat's head of internationalisation, Oriol Puigvert"
        abs_start = clause_start + lead.end() + possessive.end()
        wording = body[possessive.end():].strip()
        return RoleMatch(abs_start, abs_start + len(wording), wording, find_role(wording, langs).code), possessive.group(1)
    role = find_role(body, langs, anchored=True)
    if role is None:
        return None
    org = connector_then_org(body[role.end:], langs)
    if org is None and body[role.end:].strip():
        return None
    abs_start = clause_start + lead.end() + role.start
    return RoleMatch(abs_start, abs_start + (role.end - role.start), body[:role.end].strip(), role.code), (org[0] if org else None)


def role_before(text: str, start: int, langs: list[dict]) -> tuple[RoleMatch, str | None] | None:
    """'ABV-President X', "Medicen's CEO X", 'Professor X' -> (role, organisation)."""
    clause = _role_clause_before(text, start, langs)
    if clause:
        return clause
    before = text[max(0, start - 80):start]
    m = re.search(r"([^\s,;:.()“”\"«»]+(?:\s[^\s,;:.()“”\"«»]+){0,4})\s$", before)
    if not m:
        return None
    phrase = m.group(1)
    role = None
    for lang in langs:
        for anywhere, _, code in _role_patterns(lang["code"]):
            found = [r for r in anywhere.finditer(phrase) if r.end() == len(phrase)]
            if found and (role is None or found[0].end() - found[0].start() > role.end - role.start):
                role = RoleMatch(found[0].start(), found[0].end(), found[0].group(), code)
    if role is None:
        return None
    head = phrase[:role.start].rstrip(" -")
    for p in [p for lang in langs for p in lang.get("possessive_markers", [])]:
        if head.endswith(p):
            head = head[: -len(p)]
    # The organisation is the run of capitalised words right before the role.
    org_words = []
    for word in reversed(head.split()):
        if not re.match(r"[A-ZÀ-Ý]", word) or find_role(word, langs):
            break
        org_words.insert(0, word)
    org = " ".join(org_words) or None
    abs_start = start - len(phrase) - 1 + role.start
    return RoleMatch(abs_start, abs_start + len(role.wording), role.wording, role.code), org


def role_on_line_above(text: str, start: int, langs: list[dict]) -> RoleMatch | None:
    """A short line of its own just above a name that begins its line holds its role
    (signatures, contact blocks)."""
    line_start, _ = line_bounds(text, start)
    if text[line_start:start].strip():
        return None
    above_end = len(text[:line_start].rstrip())
    above_start = text.rfind("\n", 0, above_end) + 1
    line = text[above_start:above_end].strip()
    if not line or len(line.split()) > 6 or re.search(r"[.!?@]|\d", line):
        return None
    role = find_role(line, langs)
    if role is None:
        return None
    return RoleMatch(above_start, above_end, line.rstrip(" :"), role.code)


def _candidates(text: str, ner_spans: list[tuple[int, int]], langs: list[dict], known_names: list[str]) -> list[tuple[int, int, bool]]:
    """(start, end, weak) of every name-like phrase. Strong: capitalised words from a
    known first name on, or a name a contact line has shown (`known_names`, looked for
    everywhere). Weak, needing a role, an honorific or an attribution to count: NER's
    persons, and capitalised pairs whose first name the list lacks ("Sjoerd Bakker,
    directeur van ..."; Dutch has no NER here)."""
    out: dict[tuple[int, int], bool] = {}
    weak: dict[tuple[int, int], bool] = {}
    function_words = all_function_words()
    for m in NAME_PATTERN.finditer(text):
        words = m.group(1).split()
        # Leading words that are not names ("As explained by Marco": the rule starts at
        # a capital) are dropped until a first name starts the phrase.
        offset = 0
        while len(words) >= 2 and not is_first_name(words[0]) and not _is_honorific(words[0], langs):
            offset += len(words[0]) + 1
            words = words[1:]
        first = next((w for w in words if not _is_honorific(w, langs)), "")
        if len(words) >= 2 and is_first_name(first):
            out[(m.start(1) + offset, m.end(1))] = False
        else:
            # Sentence-initial function words and cues are not part of a name ("Volgens").
            words, offset = m.group(1).split(), 0
            while len(words) > 2 and normalise(words[0]) in function_words:
                offset += len(words[0]) + 1
                words = words[1:]
            if 2 <= len(words) <= 3:
                weak[(m.start(1) + offset, m.end(1))] = True
    for (a, b), flag in weak.items():
        out.setdefault((a, b), flag)
    for a, b in ner_spans:
        if not any(a < y and x < b for (x, y) in out):
            out[(a, b)] = True
    for name in known_names:
        for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
            if not any(m.start() < y and x < m.end() for (x, y) in out):
                out[m.span()] = False
    return sorted((a, b, ner) for (a, b), ner in out.items())


def _is_honorific(word: str, langs: list[dict]) -> bool:
    return any(word == h for lang in langs for h in lang.get("honorifics", []))


def _strip_honorifics(text: str, start: int, end: int, langs: list[dict]) -> tuple[int, int]:
    phrase = text[start:end]
    for lang in langs:
        for h in sorted(lang.get("honorifics", []), key=len, reverse=True):
            if phrase.startswith(h + " "):
                return _strip_honorifics(text, start + len(h) + 1, end, langs)
    phrase = text[start:end]
    trimmed = re.sub(r"(['’]s|[\s,.:;–—-]+)$", "", phrase)
    return start, start + len(trimmed)


def _has_attribution(text: str, start: int, end: int, langs: list[dict]) -> bool:
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    cues_before = [c for lang in langs for c in lang.get("attribution_before_name", [])]
    verbs = [v for lang in langs for v in lang.get("attribution_verbs", [])]
    if cues_before and re.search(rf"(?:{phrase_alternation(cues_before, tolerant=False)})\s*,?\s*$", before, re.I):
        return True
    if verbs and re.search(rf"(?:{phrase_alternation(verbs, tolerant=False)})\s*$", before, re.I):
        return True
    return bool(verbs) and bool(re.match(rf"\s*,?\s*(?:{phrase_alternation(verbs, tolerant=False)})(?!\w)", after, re.I))


def extract_persons(text: str, langs: list[dict], ner_spans: list[tuple[int, int]], excluded: list[tuple[int, int]],
                    contact_persons: list) -> list[Person]:
    """`excluded`: spans that cannot hold a person (cluster mentions, e-mails).
    `contact_persons`: persons the contact extractor found, with their block's role."""
    persons: dict[str, Person] = {}
    order: list[str] = []

    def add(name: str, start: int, end: int) -> Person:
        key = normalise(name)
        if key not in persons:
            persons[key] = Person(name, start, end, spans=[(start, end)])
            order.append(key)
        elif (start, end) not in persons[key].spans:
            persons[key].mentions += 1
            persons[key].spans.append((start, end))
        return persons[key]

    # A contact block's heading ("Press contact") is a person's role only when the text
    # gives none: "Paul Girard, Chairman of Medicen" stays Chairman in the press block.
    fallbacks: dict[str, tuple[str | None, str | None]] = {}
    for cp in contact_persons:
        p = add(cp.name, cp.start, cp.end)
        if cp.role_from_heading:
            fallbacks.setdefault(normalise(p.name), (cp.role, cp.organization))
            continue
        if cp.role and not p.role:
            p.role = cp.role
            match = find_role(cp.role, langs)
            p.role_code = match.code if match else None
        p.organization = p.organization or cp.organization
    contact_keys = set(persons)

    known_names = [text[cp.start:cp.end] for cp in contact_persons]
    for start, end, ner_only in _candidates(text, ner_spans, langs, known_names):
        start, end = _strip_honorifics(text, start, end, langs)
        raw = text[start:end]
        if "\n" in raw or any(start < b and a < end for a, b in excluded):
            continue
        if not plausible_name_shape(raw) or looks_like_organisation(raw, text[max(0, start - 40):start]):
            continue
        title = find_role(raw, langs)
        if title and title.end - title.start >= len(raw) - 1:
            continue  # "Vice President" is a title, not a name
        known = normalise(raw) in contact_keys
        after = role_after(text, end, langs)
        before = None if after else role_before(text, start, langs)
        above = None if (after or before) else role_on_line_above(text, start, langs)
        # A parenthesis names an organisation but is no evidence of a person:
        # "Human Frontier Science (HFSP)".
        titled = after is not None and bool(after[0].wording)
        if ner_only and not known and not (titled or before or above or _has_attribution(text, start, end, langs)):
            continue
        p = add(natural_case(raw), start, end)
        role, org = None, None
        if after:
            role, org = after[0], after[1]
        elif before:
            role, org = before
        elif above:
            role = above
        if role and role.wording and (p.role is None or len(role.wording) > len(p.role)):
            p.role, p.role_code = role.wording, role.code
            p.evidence_start, p.evidence_end = min(start, role.start), max(end, role.end)
        if before and not org:
            # "Innovatie Attaché Maarten Jacobs van de Nederlandse ambassade": the role
            # before the name, the organisation after it.
            found = connector_then_org(text[end:end + 100], langs)
            org = found[0] if found else None
        if org and not p.organization:
            p.organization = org

    for key, (role, org) in fallbacks.items():
        p = persons[key]
        if p.role is None and role:
            match = find_role(role, langs)
            p.role, p.role_code = role, (match.code if match else None)
        if p.organization is None:
            p.organization = org
    _count_surname_mentions(text, persons, excluded)
    return [persons[k] for k in order]


def _count_surname_mentions(text: str, persons: dict[str, Person], excluded: list[tuple[int, int]]) -> None:
    """'Sigrist' alone after 'Séverine Sigrist' is the same person: count, don't add."""
    surnames: dict[str, list[Person]] = {}
    for p in persons.values():
        surnames.setdefault(p.name.split()[-1], []).append(p)
    for surname, owners in surnames.items():
        if len(owners) != 1 or len(surname) < 3:
            continue
        owner = owners[0]
        for m in re.finditer(rf"(?<![\w\-]){re.escape(surname)}(?![\w\-])", text, re.I):
            if any(a <= m.start() < b for a, b in owner.spans):
                continue
            if any(m.start() < b and a < m.end() for a, b in excluded):
                continue
            owner.mentions += 1
