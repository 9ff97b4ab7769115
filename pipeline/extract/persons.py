"""Persons: named natural persons, once per document, with the role and organisation the
text attaches to them, read from the shape of the sentence:

  apposition after the name       "X, General Manager of Y", "X, directeur van Y"
  a title before the name         "ABV-President X", "Y's CEO X", "wethouder X", "le ministre de la Santé, X"
  brackets                        "X (Y)", "X (CEO of Y)", "X (Y) - Project coordinator:"
  organisation after the name     "X of Y", "X de Y", "X van Y", "X, CEO, Y"
  a chain of prepositions         "X, head of the innovation team at Y"
  lines of their own              a role above the name (contact blocks, colophons), a
                                  signature below it (name / role / organisation)
  one role for several names      a list's lead-in ("drie onderzoekers, namelijk A, B en C")
                                  or a heading ("Woordvoerders van het ministerie van VWS")
  the document's own cluster      "la directrice du pôle", a role stated with no organisation
  a title when no function is printed ("Dr. Paul Janssen")

Where the language has a parser (English, French), the dependency parse attaches what the
token patterns miss (`attach.py`). Candidates come from spaCy's NER (where a pipeline is
installed for the language), from capitalised words starting with a known first name, and
from initials before a surname ("D. Laune"). A candidate found by NER alone, or by its
initials, needs more evidence (a role, an honorific, an attribution such as "says X", a
contact line, a list item with its organisation), since small NER models call many
organisations persons; titles, labels, addresses and companies named after their founder
("Janssen Pharmaceutica N.V.") are not names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..langdata import all_function_words, language
from .clusters import registry_key

from .names import INITIALS_PATTERN, NAME_PATTERN, NAME_WORD, is_first_name, looks_like_organisation, plausible_name_shape
from .attach import OWN_ORGANISATION, ParsedDoc, attach
from .text import line_bounds, natural_case, normalise, phrase_alternation, sentence_bounds, tolerant_pattern


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
    title: str | None = None  # an academic title before the name ("Dr.", "Pr"): the role when none is printed
    contact_org: str | None = None  # the organisation the contact extractor gave, a fallback
    signature: bool = False  # signs the document (name, role and organisation on lines of their own)
    is_contact: bool = False  # the contact extractor gave a number or address


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
        # Accents are optional: "Directeur General", "Général Secretary" are printed too.
        body = "[\\s\\-]+".join(tolerant_pattern(w) for w in re.split(r"[\s\-]+", wording))
        # A hyphen may precede a title: "ABV-President" (the longest title wins, so
        # "Vice-President" is never read as "President").
        out.append((re.compile(rf"(?<![\w]){body}(?![\w])", flags),
                    re.compile(rf"^(?:[\w\-]+\s){{0,2}}?{body}(?![\w])", flags), role_code))
    return tuple(out)


def find_role(text: str, langs: list[dict], anchored: bool = False) -> RoleMatch | None:
    """The longest role title in `text` (at its start when anchored, where up to two
    modifier words may precede it: "Senior Project Manager")."""
    return _find_role(text, tuple(lang["code"] for lang in langs), anchored)


@lru_cache(maxsize=65536)
def _find_role(text: str, codes: tuple[str, ...], anchored: bool) -> RoleMatch | None:
    best: RoleMatch | None = None
    for lang_code in codes:
        for anywhere, at_start, code in _role_patterns(lang_code):
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
    # An organisation name ends where a clause begins: a coordinator or a relative pronoun
    # before words in lower case ("BioWales and will take up", "Health Valley en begint").
    ends = [w for lang in langs for w in lang.get("coordinators", []) + lang.get("relative_pronouns", [])]
    clause = re.search(rf"\s(?:{phrase_alternation(ends, tolerant=False)})\s+(?=[a-zà-ÿ])", org) if ends else None
    if clause:
        org = org[:clause.start()]
    # ... and where a second title begins ("Lyon et Président de la Métropole"): the first
    # role is the person's.
    if ends:
        for second in re.finditer(rf"\s(?:{phrase_alternation(ends, tolerant=False)})\s+", org):
            title = find_role(org[second.end():], langs)
            if title is not None and title.start == 0:
                org = org[:second.start()]
                break
    # It ends where lower-case prose begins ("Eurobiomed said that"), and holds no number.
    words = org.split()
    while words and (not re.search(r"[A-ZÀ-Ý0-9&+]", words[-1]) or re.fullmatch(r"\d+", words[-1])):
        words.pop()
    org = " ".join(words)
    if org and registry_key(org):
        return org
    lead_words = org.split()
    if (len(lead_words) > 2 and not re.match(r"[A-ZÀ-Ý0-9]", org) and looks_like_organisation(lead_words[0])
            and normalise(lead_words[1]) in all_function_words() and lead_words[2][:1].isupper()):
        return org  # "ministerie van VWS", "université de Nantes": an organisation noun and its name
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
    """' of BioValley France' -> ('BioValley France', 5); ' du pôle' (the noun a cluster
    calls itself, no name) -> (OWN_ORGANISATION, 4): the organisation the document is
    about."""
    connectors = [c for lang in langs for c in lang.get("role_connectors", [])]
    m = re.match(rf"\s*(?:{phrase_alternation(connectors, tolerant=False)})(?:\s+|(?<=['’]))", text, re.I)
    if not m:
        return None
    org = _org_phrase(text[m.end():], langs)
    if org:
        return org, m.end()
    nouns = [n for lang in langs for n in lang.get("own_organisation_nouns", [])]
    own = re.match(rf"(?:(?:the|la|le|l['’]|het|de)\s*)?(?:{phrase_alternation(nouns)})(?![\w\-])(?!\s+[A-ZÀ-Ý])", text[m.end():], re.I)
    return (OWN_ORGANISATION, m.end()) if own and nouns else None


def role_after(text: str, end: int, langs: list[dict]) -> tuple[RoleMatch, str | None, int] | None:
    """The role and organisation after a name (see `_role_after`); no organisation where
    the text only says "of the cluster"."""
    found = _role_after(text, end, langs)
    if found and found[1] == OWN_ORGANISATION:
        return found[0], None, found[2]
    return found


def _role_after(text: str, end: int, langs: list[dict]) -> tuple[RoleMatch, str | None, int] | None:
    """', General Manager of BioValley France' after a name -> (role, organisation, end);
    also ', who heads Oslo Cancer Cluster', ' (Lyonbiopôle)', ' (Kyomed) Chairman of the
    PSC', ' (Biocat) - Communication contact:' and, without a comma, a title in lower case
    that a connector and an organisation follow (' président d'OSE Immunotherapeutics')."""
    paren = re.match(r"[ \t]*\(([^()\n]{2,80})\)", text[end:end + 84])
    if paren:
        inner = find_role(paren.group(1), langs, anchored=True)
        if inner is not None:
            # "Jane Doe (CEO of Acme)": a role and its organisation in brackets.
            base = end + paren.start(1)
            role = RoleMatch(base + inner.start, base + inner.end, paren.group(1)[:inner.end].strip(), inner.code)
            role, org, _ = _organisation_after_role(text[:end + paren.end(1)], role, langs)
            return role, org, end + paren.end()
        org = _org_phrase(paren.group(1), langs)
        parts = [x.strip() for x in re.split(r",|;", paren.group(1))]
        if len(parts) > 1 and all(x and _org_phrase(x, langs) == x for x in parts):
            org = paren.group(1).strip()  # "(Universiteit Leiden, TU Delft, Erasmus Universiteit)": kept whole
        if org and org == paren.group(1).strip() and not re.search(r"\d", org):
            after = end + paren.end()
            role = _role_after_parenthesis(text, after, langs)
            if role:
                return role, org, role.end
            return RoleMatch(end, end, "", None), org, after  # type: ignore[arg-type]
    m = re.match(r"[ \t]*,[ \t]*\n?[ \t]*", text[end:end + 8])
    if not m:
        return _role_without_comma(text, end, langs) or _organisation_of_name(text, end, langs)
    by_verb = _role_by_verb(text, end + m.end(), langs)
    if by_verb:
        return by_verb
    seg_start = end + m.end()
    segment = text[seg_start:seg_start + 120]
    role = find_role(segment.split("\n")[0], langs, anchored=True)
    if role is None:
        return _unlisted_role_after(text, seg_start, langs)
    lead = re.match(r"(?:(?:the|le|la|les|de|het|een|a|an)\s+|l['’])", segment, re.I)
    skip = lead.end() if lead and lead.end() < role.end else 0  # "Sylvie Ponchaut, la directrice générale"
    role = RoleMatch(seg_start + skip, seg_start + role.end, segment[skip:role.end].strip(), role.code)
    return _organisation_after_role(text, role, langs)


def _organisation_after_role(text: str, role: RoleMatch, langs: list[dict]) -> tuple[RoleMatch, str | None, int]:
    """The organisation after a role: a connector and a name ('of Y', 'chez Y', 'bij Y'),
    possibly after words that specify the role ('hoogleraar immunologie aan de
    Universiteit Utrecht', 'head of the health innovation team at Medicen'); or a
    capitalised name right after the title ('projectmedewerker Maastricht Health
    Campus')."""
    org = connector_then_org(text[role.end:role.end + 100], langs)
    if org is not None:
        return role, org[0], role.end
    # Up to five words that specify the role (common nouns, connectors, articles), then
    # a connector and the organisation: the token pattern of a chain of prepositions.
    pos = role.end
    for i in range(5):
        word = re.match(r"[ \t]+([^\W\d_][\w\-'’]*|[dl]['’][^\W\d_][\w\-]*)(?=[ \t])", text[pos:pos + 40])
        # A speciality is in lower case, or an acronym ("projectmanager ATMP bij"); a
        # capitalised word right after the title qualifies it ("Vice-Président Exécutif de").
        if not word or not (word.group(1)[:1].islower() or word.group(1).isupper() and len(word.group(1)) <= 6
                            or i == 0 and word.group(1)[:1].isupper() and not is_first_name(word.group(1))
                            and not looks_like_organisation(word.group(1))):
            break
        pos += word.end()
        org = connector_then_org(text[pos:pos + 100], langs)
        if org is not None:
            role = RoleMatch(role.start, pos, text[role.start:pos].strip(), role.code)
            return role, org[0], role.end
    comma = re.match(r"[ \t]*,[ \t]*(?=[A-ZÀ-Ý])", text[role.end:role.end + 6])
    if comma:
        # "Vice President, Global Partnerships at MassBio": a department, then the organisation.
        dept = re.match(r"[ \t]*,[ \t]*((?:[A-ZÀ-Ý&][\w\-&]*[ \t]+){1,4})", text[role.end:role.end + 60])
        if dept:
            found = connector_then_org(text[role.end + dept.end() - 1:role.end + dept.end() + 100], langs)
            if found and found[0] != OWN_ORGANISATION and not is_first_name(dept.group(1).split()[0]):
                pos = role.end + dept.end(1)
                return RoleMatch(role.start, pos, text[role.start:pos].strip(), role.code), found[0], pos
        # "Jane Doe, CEO, Acme Biotech": the organisation after the title, as an apposition.
        org = _org_phrase(text[role.end + comma.end():role.end + 80].split("\n")[0], langs)
        first = org.split()[0] if org else ""
        if (org and not is_first_name(first) and not find_role(org, langs)
                and (registry_key(org) or looks_like_organisation(org) or (org.isupper() and len(org) > 1))):
            return role, org, role.end
    direct = re.match(r"[ \t]+(?=[A-ZÀ-Ý])", text[role.end:role.end + 4])
    if direct:
        org = _org_phrase(text[role.end + direct.end():role.end + 80].split("\n")[0], langs)
        first = org.split()[0] if org else ""
        if (org and not is_first_name(first) and not find_role(org, langs)
                and (registry_key(org) or looks_like_organisation(org))):
            return role, org, role.end
    return role, None, role.end


def _role_after_parenthesis(text: str, pos: int, langs: list[dict]) -> RoleMatch | None:
    """'D. Laune (Kyomed) Chairman of the PSC', 'X (Biocat) - Communication contact:':
    the rest of the line after the organisation in brackets is the role when it holds a
    title, or when a dash introduces it and a colon ends it."""
    line = text[pos:pos + 120].split("\n")[0]
    m = re.match(r"[ \t]*(?:[-–—][ \t]*)?([^:;,.\n]{2,80}?)[ \t]*(?::|$)", line)
    if not m or len(m.group(1).split()) > 8:
        return None
    phrase = m.group(1)
    dashed = bool(re.match(r"[ \t]*[-–—]", line)) and ":" in line[m.end(1):m.end(1) + 3]
    role = find_role(phrase, langs, anchored=True) or (find_role(phrase, langs) if dashed else None)
    if role is None and not dashed:
        return None
    return RoleMatch(pos + m.start(1), pos + m.end(1), phrase.strip(), role.code if role else None)  # type: ignore[arg-type]


def _role_without_comma(text: str, end: int, langs: list[dict]) -> tuple[RoleMatch, str | None, int] | None:
    """'raconte Bernard Vanhove président d'OSE Immunothérapeutics, grâce': a title right
    after the name (after a copula or a verb of appointment: 'X is the CEO of Y', 'X est le
    directeur de Y', 'X has been appointed Chief Executive of Y', 'X is benoemd tot
    directeur van Y'), with
    its organisation; without one, the words after a name are the sentence going on.
    A capitalised title directly after the name must be a full title ("Marie Dupont
    Directrice de la publication", in a flattened PDF)."""
    m = re.match(r"[ \t]+", text[end:end + 4])
    if not m:
        return None
    start = end + m.end()
    copulas = [c for lang in langs for c in lang.get("copulas", []) + lang.get("appointment_verbs", [])]
    cop = re.match(rf"(?:{phrase_alternation(copulas, tolerant=False)})(?:[ \t]+|(?<=['’]))", text[start:start + 20]) if copulas else None
    if cop:
        start += cop.end()
    line = text[start:start + 80].split("\n")[0]
    role = find_role(line, langs)
    if role is None or role.start != 0:
        return None
    wording = line[:role.end].strip()
    if wording[:1].isupper() and not cop and len(wording.split()) < 2:
        return None
    role = RoleMatch(start, start + role.end, wording, role.code)
    role, org, _ = _organisation_after_role(text, role, langs)
    if org is None and (len(wording.split()) < 2 or not wording[:1].isupper()):
        return None  # a full title stands alone; a word in lower case needs its organisation
    return role, org, role.end


def _organisation_of_name(text: str, end: int, langs: list[dict]) -> tuple[RoleMatch, str | None, int] | None:
    """'Sarah Lund of Karolinska Institutet', 'Claire Dubois de l'Inserm', 'Jan Smit van
    Philips': a connector of origin and an organisation right after the name (not a place:
    'John Smith of London')."""
    connectors = [c for lang in langs for c in lang.get("name_org_connectors", [])]
    if not connectors:
        return None
    m = re.match(rf"[ \t]+(?:{phrase_alternation(connectors, tolerant=False)})(?:[ \t]+|(?<=['’]))(?=[A-ZÀ-Ý])", text[end:end + 12])
    if not m:
        return None
    org = _org_phrase(text[end + m.end():end + m.end() + 80].split("\n")[0], langs)
    if not org or is_first_name(org.split()[0]) or find_role(org, langs) or normalise(org) in _places():
        return None
    return RoleMatch(end, end, "", None), org, end + m.end() + len(org)  # type: ignore[arg-type]


@lru_cache(maxsize=None)
def _places() -> frozenset[str]:
    from .names import common_data

    return frozenset(normalise(w) for w in common_data()["not_surnames"])


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
    headship = [h for lang in langs for h in lang.get("headship_phrases", [])]
    head = re.match(rf"(?:{phrase_alternation(headship)})(?:\s+|(?<=['’]))", clause, re.I) if headship else None
    if head:
        # "At the head of the Alsace BioValley cluster, X": an organisation, no title.
        org = _org_phrase(clause[head.end():], langs)
        if org:
            abs_start = clause_start
            return RoleMatch(abs_start, abs_start, "", None), org  # type: ignore[arg-type]
    # The role's noun phrase starts after the clause's last comma, at its start or after
    # an article ("a de son côté estimé le ministre wallon de l'Economie, X").
    if "," in clause:
        cut = clause.rindex(",") + 1
        if re.search(rf"{NAME_WORD}[ \t]+{NAME_WORD}[ \t]*$", clause[:cut - 1]):
            return None  # "X Y, Vice President, Z": the title is X Y's
        clause, clause_start = clause[cut:], clause_start + cut
    lead = re.match(r"\s*(?:(?:the|le|la|les|de|het|een|a|an)\s+|l['’])?", clause, re.I)
    inner = None
    for m in re.finditer(r"(?:^|\s)(?:the|le|la|les|het|een|an|a|l['’])\s*(?=\S)", clause, re.I):
        if m.end() > lead.end() and find_role(clause[m.end():], langs, anchored=True):
            inner = m
            break
    if inner is not None and not find_role(clause[lead.end():], langs, anchored=True):
        lead = inner
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
    abs_start = clause_start + lead.end() + role.start
    clause_end = clause_start + len(clause)
    rest = text[abs_start + (role.end - role.start):clause_end]
    if any(is_first_name(m.group(1).split()[0]) for m in NAME_PATTERN.finditer(rest)):
        return None  # "le ministre était accompagné de Jeanne Roux, X": the role is another's
    if role.code == "public_office":
        # "le ministre wallon de l'Economie et de la Recherche, X": the office with its
        # portfolio is the role, and names no organisation.
        return RoleMatch(abs_start, clause_end, text[abs_start:clause_end].strip(), role.code), None
    match = RoleMatch(abs_start, abs_start + (role.end - role.start), body[:role.end].strip(), role.code)
    if not body[role.end:].strip():
        # "Acme Institute Director, Professor X": the capitalised words before the role
        # name its organisation.
        inner_role = find_role(body[:role.end], langs)
        prefix = body[:inner_role.start].strip() if inner_role else ""
        if (prefix and all(re.match(r"[A-ZÀ-Ý]", w) for w in prefix.split()) and not find_role(prefix, langs)
                and looks_like_organisation(prefix)):
            at = clause_start + lead.end() + inner_role.start
            return RoleMatch(at, at + len(inner_role.wording), inner_role.wording, inner_role.code), prefix
        return match, None
    # The clause must be the role and its organisation, nothing more (in a flattened
    # list, "... des Associations Familiales Pr Stefan Darmoni, X" holds another name).
    found, org, _ = _organisation_after_role(text[:clause_end], match, langs)
    if org is None or re.search(rf"(?:^|\s){NAME_WORD}\s{NAME_WORD}$", org) and is_first_name(org.split()[-2]):
        return None
    return found, org


def role_before(text: str, start: int, langs: list[dict]) -> tuple[RoleMatch, str | None] | None:
    """'ABV-President X', "Medicen's CEO X", 'Professor X' -> (role, organisation)."""
    clause = _role_clause_before(text, start, langs)
    if clause:
        return clause
    before = text[max(0, start - 80):start]
    m = re.search(r"([^\s,;:.()“”\"«»]+(?:[ \t][^\s,;:.()“”\"«»]+){0,4})[ \t]$", before)
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


_NAME_LIST_LINE = re.compile(r"(?:[A-ZÀ-Ý][\w\-'’.]*(?:[ \t]+[\w\-'’.]+){0,3}[ \t]*,[ \t]*)+")


def role_on_line_above(text: str, start: int, langs: list[dict]) -> RoleMatch | None:
    """A short line of its own just above a name that begins its line holds its role
    (signatures, contact blocks, a colophon's headings). The name may be one of a list
    of names that runs over several lines ("RÉDACTION / Michel Bazan, Ghislaine Laussel,
    / Frédéric Nicolas")."""
    line_start, _ = line_bounds(text, start)
    lead = text[line_start:start]
    if lead.strip() and not _NAME_LIST_LINE.fullmatch(lead.strip() + " "):
        return None
    for _ in range(3):
        above_end = len(text[:line_start].rstrip())
        above_start = text.rfind("\n", 0, above_end) + 1
        line = text[above_start:above_end].strip()
        if line.endswith(",") and _NAME_LIST_LINE.fullmatch(line + " "):
            line_start = above_start  # the list goes on above
            continue
        break
    if not line or len(line.rstrip(" :").split()) > 6 or re.search(r"[.!?@]|\d", line):
        return None
    role = find_role(line, langs)
    if role is None:
        return None
    return RoleMatch(above_start, above_end, line.rstrip(" :"), role.code)


def _split_heading_role(text: str, above: RoleMatch, langs: list[dict]) -> tuple[RoleMatch, str | None]:
    """'Doyen de la faculté de Médecine :' above a name: the title and its organisation,
    as after a name; the whole heading when it names no organisation ('Rédaction')."""
    line = above.wording
    inner = find_role(line, langs, anchored=True)
    at = text.find(line, above.start)
    if inner is None or inner.start != 0 or at < 0:
        return above, None
    head = RoleMatch(at, at + inner.end, line[:inner.end].strip(), inner.code)
    found, org, _ = _organisation_after_role(text[:at + len(line)], head, langs)
    if org is None or org == OWN_ORGANISATION or found.end < at + inner.end:
        return above, None
    return found, org


def role_on_line_below(text: str, start: int, end: int, langs: list[dict]) -> tuple[RoleMatch, str | None] | None:
    """A signature: the name alone on its line, the role on the next line, and the
    organisation on the line after when it is a name ("Stefan Gijssels / Vice President
    Public Affairs / Janssen Pharmaceutica")."""
    line_start, line_end = line_bounds(text, start)
    lead = text[line_start:start].strip()
    if (lead and _title_of(lead, langs, any_honorific=True) != lead) or text[end:line_end].strip(" \t*,"):
        return None  # the name alone on its line, after an honorific at most ("Dr Matthew Midgley")
    nxt_start = line_end + 1
    if nxt_start >= len(text):
        return None
    _, nxt_end = line_bounds(text, nxt_start)
    if not text[nxt_start:nxt_end].strip() and nxt_end + 1 < len(text):
        # One blank line may separate a page's name header from its role line.
        nxt_start = nxt_end + 1
        _, nxt_end = line_bounds(text, nxt_start)
    line = text[nxt_start:nxt_end].strip()
    if not line or len(line.split()) > 6 or re.search(r"[.!?@:]|\d", line):
        return None
    role = find_role(line, langs)
    if role is None:
        return None
    role = RoleMatch(nxt_start, nxt_end, line, role.code)
    org = None
    if nxt_end + 1 < len(text):
        _, org_end = line_bounds(text, nxt_end + 1)
        org_line = text[nxt_end + 1:org_end].strip()
        words = [w for w in org_line.split() if normalise(w) not in all_function_words()]
        if (org_line and len(org_line.split()) <= 6 and not re.search(r"[.!?@:,]|\d", org_line.rstrip("."))
                and words and all(w[:1].isupper() for w in words) and not find_role(org_line, langs)
                and (not is_first_name(words[0]) or looks_like_organisation(org_line))):
            org = org_line
    return role, org


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
        while len(words) >= 2 and (not is_first_name(words[0]) and not _is_honorific(words[0], langs)
                                   or normalise(words[0]) in function_words and _is_honorific(words[1], langs)):
            offset += len(words[0]) + 1  # "Le Pr Jean-Luc Moreau": the article goes
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
    for a, b in _office_surnames(text, langs):
        # "Innovatie Crevits" is the portfolio and the surname, not a two-word name.
        out = {k: v for k, v in out.items() if not (v and k[0] < b and a < k[1])}
        if not any(a < y and x < b for (x, y) in out):
            out[(a, b)] = True
    for a, b in ner_spans:
        if not any(a < y and x < b for (x, y) in out):
            out[(a, b)] = True
    for name in known_names:
        for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
            if not any(m.start() < y and x < m.end() for (x, y) in out):
                out[m.span()] = False
    # "D. Laune", "J. De Vos": initials and a surname, weak (they need a role, an
    # organisation in brackets at the head of a list item, or an attribution).
    for m in INITIALS_PATTERN.finditer(text):
        a, b = m.span(1)
        if any(x < a and a < y and is_first_name(text[x:y].split()[0]) for (x, y) in out):
            continue  # "Jean F. Kennedy": a middle initial
        out = {k: v for k, v in out.items() if not (k[0] < b and a < k[1])}
        out[(a, b)] = True
    return sorted((a, b, ner) for (a, b), ner in out.items())


def _office_surnames(text: str, langs: list[dict]) -> dict[tuple[int, int], RoleMatch]:
    """'zegt minister van Innovatie Crevits.': a surname alone right after a public
    office (and its one-word portfolio), at the end of a clause, names the office-holder."""
    out: dict[tuple[int, int], RoleMatch] = {}
    for lang in langs:
        offices = [w for w, code in lang.get("role_titles", []) if code == "public_office"]
        connectors = lang.get("role_connectors", [])
        if not offices or not connectors:
            continue
        pattern = re.compile(
            rf"(?<![\w\-])(?:{phrase_alternation(offices)})(?:[ \t]+(?:{phrase_alternation(connectors, tolerant=False)})"
            rf"[ \t]+[A-ZÀ-Ý][\w\-]+)?[ \t]+({NAME_WORD})(?=[ \t]*(?:[.,;:!?”\"»)]|$))", re.I | re.M)
        for m in pattern.finditer(text):
            word = m.group(1)
            if (word[:1].isupper() and not is_first_name(word) and normalise(word) not in all_function_words()
                    and not looks_like_organisation(word) and not find_role(word, langs)
                    and normalise(word) not in _places()):
                wording = text[m.start():m.start(1)].strip()
                out[m.span(1)] = RoleMatch(m.start(), m.start() + len(wording), wording, "public_office")
    return out


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
                    contact_persons: list, tokens: list | None = None, context_org: str | None = None) -> list[Person]:
    """`excluded`: spans that cannot hold a person (cluster mentions, e-mails).
    `contact_persons`: persons the contact extractor found, with their block's role.
    `tokens`: the document's dependency parse (`pipeline.nlp.Token`), empty for a
    language without a parser. `context_org`: the organisation the document is about
    (its main cluster), the organisation of a role that names none."""
    persons: dict[str, Person] = {}
    order: list[str] = []
    parsed = ParsedDoc(text, tokens) if tokens else None

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
        start, end = _strip_honorifics(text, cp.start, cp.end, langs)
        end = _trim_trailing_role(text, start, end, langs)
        if start >= end or not text[start:end].strip() or _not_a_name(text, start, end, langs):
            continue
        title = _title_of(text[cp.start:start], langs)
        p = add(natural_case(text[start:end]), start, end)
        p.title = p.title or title
        # The contact block's role and organisation are a person's only where the block
        # gives the person a number or an address (a colophon's names are no contact
        # lines), and only where the text itself states none (read after the loop).
        if not (cp.emails or cp.phones):
            continue
        if cp.role_from_heading or cp.role:
            fallbacks.setdefault(normalise(p.name), (cp.role, cp.organization))
        if not cp.role_from_heading:
            p.contact_org = p.contact_org or cp.organization
            p.is_contact = True
    contact_keys = set(persons)

    known_names = [text[cp.start:cp.end] for cp in contact_persons]
    office_surnames = _office_surnames(text, langs)
    for start, end, ner_only in _candidates(text, ner_spans, langs, known_names):
        cand_start = start
        start, end = _strip_honorifics(text, start, end, langs)
        end = _trim_trailing_role(text, start, end, langs)
        raw = text[start:end]
        split = _split_name_of_org(raw)
        split_org = None
        if split:
            end, split_org = start + split[0], split[1]
            raw = text[start:end]
        if "\n" in raw or any(start < b and a < end for a, b in excluded):
            continue
        initials = bool(INITIALS_PATTERN.fullmatch(raw))
        if initials:
            # The initial vouches for the surname, a common word or not ("J. De Vos").
            if looks_like_organisation(raw, text[max(0, start - 40):start]):
                continue
        elif (not plausible_name_shape(raw, alone_on_line=_alone_on_line(text, start, end))
              and (start, end) not in office_surnames
              or looks_like_organisation(raw, text[max(0, start - 40):start])):
            continue
        if _not_a_name(text, start, end, langs):
            continue
        known = normalise(raw) in contact_keys
        after = _role_after(text, end, langs)
        # An organisation alone after the name ("(Lyonbiopôle)", "of Acme") leaves the
        # role to be read before it ("CEO Jane Doe of Acme").
        titled_after = after is not None and bool(after[0].wording)
        before = None if titled_after else role_before(text, start, langs)
        if not titled_after and before is None and (start, end) in office_surnames:
            before = (office_surnames[(start, end)], None)
        # "Institute Director, Professor X" / "Doyen :\nProfesseur X": the title is the
        # role only when no function is printed before it.
        title_at = _title_start(text, start, langs)
        if not titled_after and title_at is not None and (before is None or before[0].start >= title_at):
            before = role_before(text, title_at, langs) or before
        above = None if (titled_after or before) else role_on_line_above(text, start, langs)
        if above is None and not titled_after and title_at is not None and (before is None or before[0].start >= title_at):
            above = role_on_line_above(text, title_at, langs)
            before = None if above else before
        below = None if (titled_after or before or above) else role_on_line_below(text, start, end, langs)
        honorific = _title_of(text[max(0, cand_start - 25):start], langs, any_honorific=True)
        parse = None
        if parsed is not None and not (after and after[0].wording and after[1]):
            parse = attach(parsed, start, end, langs, find_role, _is_public_office, _own_nouns(langs))
        # A parenthesis names an organisation but is no evidence of a person ("Human
        # Frontier Science (HFSP)"), except at the head of a list item ("• D. Laune (Kyomed)").
        line_start, _ = line_bounds(text, start)
        list_item = after is not None and not text[line_start:start].strip(" \t•·*-–")
        evidence = (titled_after or before or above or below or (parse and parse.role) or honorific or list_item
                    or _has_attribution(text, start, end, langs) or _alone_under_role_heading(text, start, end, langs))
        if (ner_only or initials) and not known and not evidence:
            continue
        p = add(natural_case(raw), start, end)
        if honorific and not p.title:
            p.title = _title_of(text[max(0, cand_start - 25):start], langs)
        role, org = None, None
        if titled_after:
            role, org = after[0], after[1]
        elif before:
            role, org = before
            org = org or (after[1] if after else None)
        elif above:
            role, org = above, (after[1] if after else None)
            if org is None:
                role, org = _split_heading_role(text, above, langs)
        elif below:
            role, org = below
            p.signature = True
        elif after:
            role, org = after[0], after[1]
        if parse is not None:
            if (role is None or not role.wording) and parse.role:
                match = find_role(parse.role, langs)
                role = RoleMatch(parse.role_start, parse.role_end, parse.role, match.code if match else None)  # type: ignore[arg-type]
            if org is None and parse.organisation and role is not None and role.wording:
                org = parse.organisation
        if role and role.wording and (p.role is None or len(role.wording) > len(p.role)):
            p.role, p.role_code = role.wording, role.code
            p.evidence_start, p.evidence_end = min(start, role.start), max(end, role.end)
        if before and not org:
            # "Innovatie Attaché Maarten Jacobs van de Nederlandse ambassade": the role
            # before the name, the organisation after it.
            found = connector_then_org(text[end:end + 100], langs)
            org = found[0] if found else None
        org = org or split_org
        if org == OWN_ORGANISATION:
            org = context_org
        # An office-holder's portfolio is no organisation; the place of a local office is
        # ("Maire de Lyon").
        if org and not p.organization and not (p.role_code == "public_office" and normalise(org) not in _places()):
            p.organization = org

    _roles_from_lists(text, persons, langs)
    _roles_from_headings(text, persons, langs)
    _members_of_bodies(text, persons, langs)
    for key, (role, org) in fallbacks.items():
        p = persons[key]
        if p.role is None and role and not p.title:
            match = find_role(role, langs)
            p.role, p.role_code = role, (match.code if match else None)
        if p.contact_org is None:
            p.contact_org = org
    for p in persons.values():
        if p.organization is None and p.contact_org and _plausible_organisation(p.contact_org, langs):
            p.organization = p.contact_org
        if p.role is None and p.title:
            p.role = p.title  # "Dr. Paul Janssen": the title is the role when no function is printed
            match = find_role(p.title, langs)
            p.role_code = match.code if match else None
        elif (p.organization is None and context_org and p.role and p.role != p.title
              and p.role_code not in ("public_office", "nobel_laureate")):
            # "says director Brigitte Drees": the organisation the document is about.
            p.organization = context_org
    _colleagues(text, persons, langs)
    _cut_organisations_at_names(text, persons, langs)
    _merge_variants(persons, order)
    _count_surname_mentions(text, persons, excluded)
    # "Executive President at Astra Zeneca": a name that is another person's organisation
    # names a body, not a person, unless the text gives it a role of its own.
    organisations = {normalise(p.organization) for p in persons.values() if p.organization}
    return [persons[k] for k in order
            if not (k in organisations and persons[k].role is None and not persons[k].is_contact)]


def _not_a_name(text: str, start: int, end: int, langs: list[dict]) -> bool:
    """A title ("Vice President Public Affairs"), a label ("Telefoon Redactie") or a
    company named after its founder ("Janssen Pharmaceutica N.V.") is no person's name."""
    raw = text[start:end]
    codes = tuple(lang["code"] for lang in langs)
    title = find_role(raw, langs)
    if title and (title.end - title.start >= len(raw) - 1 or title.start == 0 and (len(title.wording.split()) > 1 or not is_first_name(raw.split()[0]))):
        return True
    labels = _word_set(codes, "contact_labels")
    if any(normalise(w) in labels for w in raw.split() if len(w) > 3):
        return True
    # An address: a street word, or a house number and a postcode on the next line
    # ("Arne Jacobsens Allé 17 / 2300 Copenhagen S").
    number = re.match(r"[ \t]+\d{1,4}[a-zA-Z]?\b", text[end:end + 12])
    if number:
        if normalise(raw.split()[-1]) in _word_set(codes, "street_words") or re.match(
                r"[ \t]*(?:,[^\n]*)?\n[ \t]*(?:[A-Z]{1,2}-?)?\d{4,5}\b", text[end + number.end():end + number.end() + 40]):
            return True
    return _named_organisation(text, raw)


@lru_cache(maxsize=None)
def _word_set(codes: tuple[str, ...], key: str) -> frozenset[str]:
    return frozenset(normalise(w) for code in codes for w in language(code).get(key, []))


def _is_public_office(code: str | None) -> bool:
    return code == "public_office"


def _own_nouns(langs: list[dict]) -> set[str]:
    return {normalise(n) for lang in langs for n in lang.get("own_organisation_nouns", [])}


def _title_of(before: str, langs: list[dict], any_honorific: bool = False) -> str | None:
    """The academic title ("Dr.", "Pr", "prof. dr.") that ends `before`, as printed (with
    `any_honorific`, any honorific: "Mr", "Mevrouw")."""
    key = "honorifics" if any_honorific else "academic_titles"
    titles = [t for lang in langs for t in lang.get(key, [])] + ([t for lang in langs for t in lang.get("academic_titles", [])]
                                                                if any_honorific else [])
    if not titles:
        return None
    m = re.search(rf"(?:^|(?<=[\s(,;:•]))((?:(?:{phrase_alternation(titles, tolerant=False)})\s*)+)\s*$", before)
    return m.group(1).strip() if m else None


def _title_start(text: str, start: int, langs: list[dict]) -> int | None:
    """Where the honorific or academic title right before `start` begins, if any."""
    seg = text[max(0, start - 40):start]
    title = _title_of(seg, langs, any_honorific=True)
    if not title:
        return None
    stripped = seg.rstrip()
    if not stripped.endswith(title):
        return None
    return max(0, start - 40) + len(stripped) - len(title)


def _trim_trailing_role(text: str, start: int, end: int, langs: list[dict]) -> int:
    """'Marie-Georges Fayn Directrice de la publication': a title after the name is not
    part of it."""
    words = text[start:end].split()
    while len(words) > 2:
        role = find_role(words[-1], langs, anchored=True)
        if role is None or role.end - role.start < len(words[-1]) or is_first_name(words[-1]):
            break
        words.pop()
        end = start + len(" ".join(words))
    return end


def _split_name_of_org(raw: str) -> tuple[int, str] | None:
    """'Anne Dupont de Sanofi', 'Jan Peeters van Agoria': a name, a connector, an
    organisation. Only after two name words, the first a first name ('Pieter de Vries',
    'Emilie Westerouen van Meeteren' are names); after 'van' only when the rest is an
    organisation."""
    m = re.match(r"(\S+(?:\s\S+)+?)\s(de|d['’]|of|from|van)(?:\s|(?<=['’]))(\S.*)$", raw)
    if not m or len(m.group(1).split()) < 2 or not is_first_name(m.group(1).split()[0]):
        return None
    org = m.group(3)
    orgish = bool(registry_key(org)) or looks_like_organisation(org) or (org.isupper() and len(org) > 1)
    if m.group(2) == "van" and not orgish:
        return None
    if not orgish and len(m.group(1).split()) > 2:
        return None
    return len(m.group(1)), org


@lru_cache(maxsize=None)
def _legal_form_pattern() -> re.Pattern:
    from .names import common_data

    forms = [w for w in common_data()["organisation_words"] if re.fullmatch(r"[A-Z][A-Za-z.]{0,5}", w) and w.upper()[:1] == w[:1]]
    forms = sorted({f.replace(".", "") for f in forms if len(f.replace(".", "")) <= 4 and f.replace(".", "").isupper()})
    dotted = "|".join(r"\.?".join(map(re.escape, f)) + r"\.?" for f in forms)
    return re.compile(rf"\s(?:{dotted})(?![\w])")


def _named_organisation(text: str, name: str) -> bool:
    """A name the text also prints with a legal form after it ("Janssen Pharmaceutica
    N.V.", "Pierre Fabre SA") is a company's."""
    pos = text.find(name)
    while pos >= 0:  # (str.find: a pattern per name would flush the regex cache)
        if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "-")) and _legal_form_pattern().match(text, pos + len(name)):
            return True
        pos = text.find(name, pos + 1)
    return False


def _plausible_organisation(org: str, langs: list[dict]) -> bool:
    """A contact block's organisation as a person's: not a greeting, a heading or a role."""
    org = org.strip()
    if not org or org.endswith((",", ":")) or not org[:1].isupper():
        return False
    if normalise(org) in all_function_words() or find_role(org, langs):
        return False
    return True


def _honorific_free(words: str, langs: list[dict]) -> str:
    titles = [t for lang in langs for t in lang.get("academic_titles", []) + lang.get("honorifics", [])]
    return re.sub(rf"(?<![\w])(?:{phrase_alternation(titles, tolerant=False)})(?![\w])", " ", words)


def _roles_from_lists(text: str, persons: dict[str, Person], langs: list[dict]) -> None:
    """A role stated once for a list: "De negen hoogleraren, prof. dr. A, prof. dr. B en
    prof. dr. C", "three researchers, namely A (X), B (Y) and C": the role's singular goes
    to every name of the enumeration that states none of its own."""
    plurals = {normalise(k): v for lang in langs for k, v in lang.get("role_plurals", {}).items()}
    if not plurals:
        return
    markers = [m for lang in langs for m in lang.get("list_markers", [])]
    coords = [c for lang in langs for c in lang.get("coordinators", [])]
    pattern = re.compile(rf"(?<![\w\-])({phrase_alternation(list(plurals), tolerant=True)})(?![\w\-])", re.I)
    lead_gap = re.compile(rf"[\s,;:]*(?:(?:{phrase_alternation(markers, tolerant=False)})[\s,:]*)?", re.I)
    next_gap = re.compile(rf"[\s,;]*(?:(?:{phrase_alternation(coords, tolerant=False)})\s*)?", re.I)
    mentions = sorted((a, b, p) for p in persons.values() for a, b in p.spans)
    for m in pattern.finditer(text):
        singular = plurals.get(normalise(m.group(1)))
        if not singular:
            continue
        pos, chain = m.end(), []
        for a, b, p in mentions:
            if a < pos:
                continue
            gap = _honorific_free(text[pos:a], langs)
            if not chain:
                ok = len(gap) <= 40 and lead_gap.fullmatch(gap) is not None
            else:
                # Between two names: a separator, after the first name's own organisation
                # or role ("A (X), B", "A de X, B", "A, directeur van X, en B").
                gap = re.sub(r"\([^()\n]*\)", " ", gap)
                ok = len(gap) <= 100 and ("," in gap or ";" in gap or re.search(
                    rf"(?<!\w)(?:{phrase_alternation(coords, tolerant=False)})\s*$", gap) is not None)
                ok = ok and not re.search(r"[.!?](?:\s|$)|\n\s*\n", gap)
                last_sep = max(gap.rfind(","), gap.rfind(";"))
                ok = ok and next_gap.fullmatch(gap[last_sep:] if last_sep >= 0 else gap) is not None
            if not ok:
                break
            chain.append(p)
            pos = b
        for p in chain:
            if p.role is None or p.role == p.title:
                match = find_role(singular, langs)
                p.role, p.role_code = singular, (match.code if match else None)


def _roles_from_headings(text: str, persons: dict[str, Person], langs: list[dict]) -> None:
    """A heading that is a role, in the singular or the plural, with or without its
    organisation ("Woordvoerders van het ministerie van VWS", "Press officers", "Rédaction")
    gives them to the persons listed below it, each alone on a line, that have none."""
    headings = _role_headings(text, tuple(lang["code"] for lang in langs))
    if not headings:
        return
    for p in persons.values():
        a, b = p.spans[0]
        line_start, line_end = line_bounds(text, a)
        if text[line_start:a].strip() or text[b:line_end].strip(" \t*"):
            continue  # only names alone on their line: a list under the heading
        above = [h for h in headings if h[0] < line_start]
        if not above:
            continue
        if p.role is None:
            role = above[-1][1]
            match = find_role(role, langs)
            p.role, p.role_code = role, (match.code if match else None)
        org = next((h[2] for h in reversed(above) if h[2]), None)
        if p.organization is None and org:
            p.organization = org


def _members_of_bodies(text: str, persons: dict[str, Person], langs: list[dict]) -> None:
    """Names listed one per line (bullets, "Name (Org)") under a heading that names a
    collective body ("Projects Strategic Committee", "Conseil d'administration", "Raad van
    Toezicht") are its members, unless their line states another role."""
    bodies = [w for lang in langs for w in lang.get("body_words", [])]
    member = next((lang.get("member_role") for lang in langs if lang.get("member_role")), None)
    if not bodies or not member:
        return
    pattern = re.compile(rf"(?<![\w\-])(?:{phrase_alternation(bodies)})(?![\w\-])", re.I)
    heads, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped.split()) <= 8 and not re.search(r"[.!?:;,]$", stripped) and pattern.search(stripped):
            heads.append(pos)
        pos += len(line) + 1
    if not heads:
        return
    match = find_role(member, langs)
    for p in persons.values():
        if p.role is not None and p.role != p.title:
            continue
        a, b = p.spans[0]
        line_start, line_end = line_bounds(text, a)
        if text[line_start:a].strip(" \t•·*-–") or not re.fullmatch(r"[ \t*]*(?:\([^()\n]*\))?[ \t]*", text[b:line_end]):
            continue  # one name per line, with its organisation in brackets at most
        if any(h < line_start for h in heads):
            p.role, p.role_code = member, (match.code if match else None)


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start, line_end = line_bounds(text, start)
    return not text[line_start:start].strip() and not text[end:line_end].strip(" \t*")


def _alone_under_role_heading(text: str, start: int, end: int, langs: list[dict]) -> bool:
    """A name alone on its line in a list under a role heading ("Woordvoerders ...")."""
    line_start, line_end = line_bounds(text, start)
    if text[line_start:start].strip() or text[end:line_end].strip(" \t*"):
        return False
    return any(h[0] < line_start for h in _role_headings(text, tuple(lang["code"] for lang in langs)))


@lru_cache(maxsize=8)
def _role_headings(text: str, codes: tuple[str, ...]) -> list[tuple[int, str, str | None]]:
    """(offset, role, organisation) of each line that is a role heading."""
    langs = [language(c) for c in codes]
    plurals = {normalise(k): v for lang in langs for k, v in lang.get("role_plurals", {}).items()}
    headings: list[tuple[int, str | None, str | None]] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        line_pos, pos = pos, pos + len(line) + 1
        if not stripped or len(stripped.split()) > 8 or re.search(r"[.!?@]$|\d", stripped):
            continue
        first = re.match(r"[^\W\d_][\w\-'’]*", stripped)
        singular = plurals.get(normalise(first.group())) if first else None
        role_end = first.end() if singular else None
        if not singular:
            role = find_role(stripped, langs, anchored=True)
            if role is None or role.start != 0 or re.search(r"\s", stripped[:role.end]) and find_role(stripped[:role.end].split()[0], langs) is None:
                continue
            singular, role_end = stripped[:role.end], role.end
        rest = stripped[role_end:]
        found = connector_then_org(rest, langs) if rest.strip() else None
        if rest.strip() and not found:
            continue
        if found and found[0] == OWN_ORGANISATION:
            found = None
        headings.append((line_pos, singular, found[0] if found else None))
    return headings


def _colleagues(text: str, persons: dict[str, Person], langs: list[dict]) -> None:
    """A colleague mentioned in passing shares the organisation of the person named just
    before ("Jane Doe of Acme and her colleague John Smith"); a person a letter gives as a
    contact ("contact Ilse Linten or me") shares the signatory's."""
    words = [w for lang in langs for w in lang.get("colleague_words", [])]
    mentions = sorted((a, b, p) for p in persons.values() for a, b in p.spans)
    if words:
        pattern = re.compile(rf"(?:{phrase_alternation(words)})\s*,?\s*$", re.I)
        for i, (a, b, p) in enumerate(mentions):
            if p.organization or not pattern.search(text[max(0, a - 30):a]):
                continue
            sent_start, _ = sentence_bounds(text, a)
            earlier = [q for x, _, q in mentions[:i] if x >= sent_start and q is not p and q.organization]
            if earlier:
                p.organization = earlier[-1].organization
    signatories = {p.organization for p in persons.values() if p.signature and p.organization}
    if len(signatories) == 1:
        org = next(iter(signatories))
        for p in persons.values():
            if p.organization is None and p.role is None and p.contact_org is None and p.is_contact:
                p.organization = org


def _cut_organisations_at_names(text: str, persons: dict[str, Person], langs: list[dict]) -> None:
    """In a run of names without punctuation ("... du CHR de Metz-Thionville Alain
    Hériaud, Directeur Général"), an organisation ends where the next person's name (with
    the title or heading before it) begins."""
    names = [text[a:b] for p in persons.values() for a, b in p.spans[:1]]
    for p in persons.values():
        org = p.organization
        if not org:
            continue
        cut = min((i for i in (org.find(n) for n in names if n and n not in p.name) if i > 0), default=-1)
        if cut < 0:
            continue
        words = org[:cut].split()
        plurals = {normalise(k) for lang in langs for k in lang.get("role_plurals", {})}
        while words and (find_role(words[-1], langs, anchored=True) or _is_honorific(words[-1], langs)
                         or normalise(words[-1]) in plurals
                         or normalise(words[-1]) in all_function_words() or _title_of(words[-1], langs)):
            words.pop()
        p.organization = " ".join(words).rstrip(" ,;-–") or None


def _merge_variants(persons: dict[str, Person], order: list[str]) -> None:
    """'Michel Danon' after 'Michael Danon', 'S. Ponchaut' after 'Sylvie Ponchaut': one
    person under two spellings of the first name (same surname, first names alike or an
    initial of the other)."""
    from rapidfuzz import fuzz

    keys = list(order)
    for i, later in enumerate(keys):
        if later not in persons:
            continue
        lw = persons[later].name.split()
        for earlier in keys[:i]:
            if earlier not in persons or len(lw) < 2:
                continue
            ew = persons[earlier].name.split()
            if len(ew) < 2 or normalise(ew[-1]) != normalise(lw[-1]) or len(ew) != len(lw):
                continue
            a, b = normalise(" ".join(ew[:-1])), normalise(" ".join(lw[:-1]))
            initial = (len(b) == 1 and a.startswith(b)) or (len(a) == 1 and b.startswith(a))
            if not initial and fuzz.ratio(a, b) < 80:
                continue
            keep, drop = persons[earlier], persons.pop(later)
            order.remove(later)
            keep.mentions += drop.mentions
            keep.spans.extend(drop.spans)
            keep.role = keep.role or drop.role
            keep.role_code = keep.role_code or drop.role_code
            keep.organization = keep.organization or drop.organization
            break


def _count_surname_mentions(text: str, persons: dict[str, Person], excluded: list[tuple[int, int]]) -> None:
    """'Sigrist' alone after 'Séverine Sigrist' is the same person: count, don't add."""
    surnames: dict[str, list[Person]] = {}
    folded = text.lower()
    if len(folded) != len(text):  # a letter whose lower case is longer ("İ"): keep offsets
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for p in persons.values():
        surnames.setdefault(p.name.split()[-1], []).append(p)
    for surname, owners in surnames.items():
        if len(owners) != 1 or len(surname) < 3:
            continue
        owner = owners[0]
        for start in _word_occurrences(folded, surname.lower()):
            end = start + len(surname)
            if any(a <= start < b for a, b in owner.spans):
                continue
            if any(start < b and a < end for a, b in excluded):
                continue
            owner.mentions += 1


def _word_occurrences(folded: str, word: str) -> list[int]:
    """Where `word` (lower case) stands as a whole word in `folded` (the lower-cased text):
    str.find, as a pattern per surname would flush the regex cache."""
    out, pos = [], folded.find(word)
    while pos >= 0:
        before = folded[pos - 1] if pos else " "
        after = folded[pos + len(word)] if pos + len(word) < len(folded) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            out.append(pos)
        pos = folded.find(word, pos + 1)
    return out
