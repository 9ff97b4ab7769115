"""Contacts: e-mail addresses and phone numbers, linked to the person, agency or
organisation they belong to.

Numbers are read with phonenumbers in the regions the document points to (its e-mail and
web domains, the numbers it writes with a country code, the countries, towns and
postcodes it names, its language, the clusters it names), and are validated there; a number
the text labels as a phone but valid in none of them is read in the field's other countries
(data: `phone_fallback_regions`). Fax numbers and identifiers (VAT, company, ISBN, IBAN, PO
box numbers) are not phones.

A contact *unit* is a press-contact block (from a heading such as "Press contact:" to the
end of the contact lines) or, outside such a block, a paragraph holding an address or a
number. A unit is read as a sequence of segments (split at ' – ', ':', new lines, ' / ',
', ', ' | ', sentence ends); each segment is a label, a department ("the communications
team", "Standard"), an address line, a role, one or more person names, an organisation,
or addresses and numbers. Addresses and numbers go to the persons named just before them:
two persons followed by one address share it; two persons followed by two numbers take one
each. A number far below a name, past an address after a sentence's end, after a
department or after a new topic heading is not that person's.

A contact point that names no person belongs to an organisation: the letterhead above its
address, the agency or organisation heading its block, the organisation its department
line names, the organisation its e-mail or web domain spells as the text prints it, the
organisation its paragraph presents ("About X", "L'Agence ... agit"), or the one the
page's other contact points belong to; else to nobody. An organisation named by an acronym
with a qualifier ('CHU Tours') takes the full form the page spells out. A contact card (a
name alone, its title lines, then a paragraph opening with a labelled number) gives the
number to the name.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers

from ..langdata import all_function_words
from .clusters import registry_key
from .names import NAME_PATTERN, NAME_WORD, PARTICLE, common_data, is_first_name, looks_like_organisation, plausible_name_shape
from .persons import connector_then_org, find_role, role_after
from .text import natural_case, normalise, phrase_alternation, sentence_bounds

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_SEGMENT_SPLIT = re.compile(r"(?<=[\wÀ-ÿ)]{2})\.\s+(?=[A-ZÀ-Þ])|\n\s*\n\s*|\s+[–—-]\s+|\s*\n\s*|\s+/\s+|\s*\|\s*|\s*:\s+|\s*;\s*|,\s+|\s+[–—-]$|:$")


@dataclass
class Found:
    kind: str  # "email" | "phone"
    start: int
    end: int
    value: str  # address, or E.164
    written: str


@dataclass
class ContactPerson:
    name: str
    start: int
    end: int
    role: str | None = None
    organization: str | None = None
    role_from_heading: bool = False  # "Press contact" from the block's heading: a fallback
    emails: list[Found] = field(default_factory=list)
    phones: list[Found] = field(default_factory=list)


@dataclass
class Contact:
    name: str | None
    organization: str | None
    email: str | None
    phone: str | None
    phone_as_written: str | None
    start: int
    end: int


@dataclass
class ContactResult:
    contacts: list[Contact]
    persons: list[ContactPerson]
    regions: dict[str, str]  # organisation as written -> region stated beside it
    phone_spans: list[tuple[int, int]]
    # Numbers that are neither phones nor figures: fax numbers, identifiers (VAT,
    # company, ISBN, IBAN, PO box numbers), opening hours.
    number_spans: list[tuple[int, int]]
    email_spans: list[tuple[int, int]]


# An address written against spam harvesters: "info(at)wza.nl", "j.smit [at] hv [dot] nl".
_AT = r"\s?(?:\(at\)|\[at\]|\{at\}|\(@\)|\[@\])\s?"
_DOT = r"(?:\.|\s?(?:\(dot\)|\[dot\]|\(punt\)|\[punt\]|\(point\)|\[point\])\s?)"
OBFUSCATED_EMAIL = re.compile(rf"(?<![\w.+-])([\w.+-]+){_AT}([\w-]+(?:{_DOT}[\w-]+)*{_DOT}[A-Za-z]{{2,}})(?![\w-])", re.I)


def find_emails(text: str) -> list[Found]:
    found = [Found("email", m.start(), m.end(), m.group().lower(), m.group()) for m in EMAIL.finditer(text)]
    for m in OBFUSCATED_EMAIL.finditer(text):
        domain = re.sub(_DOT, ".", m.group(2), flags=re.I)
        found.append(Found("email", m.start(), m.end(), f"{m.group(1)}@{domain}".lower(), m.group()))
    return sorted(found, key=lambda f: f.start)


def _registrable_label(domain: str) -> str | None:
    """'wires.wessexahsn.org.uk' -> 'wessexahsn': the label an organisation chose, under
    the public suffix; webmail providers name nobody."""
    labels = [l for l in domain.lower().strip(".").split(".") if l]
    if len(labels) < 2:
        return None
    labels = labels[:-1]
    seconds = set(common_data()["domain_second_levels"])
    while len(labels) > 1 and labels[-1] in seconds:
        labels = labels[:-1]
    label = labels[-1]
    return None if label in set(common_data()["webmail_domains"]) else label


_WEB = re.compile(r"(?<![\w@.-])(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+([a-z]{2,}))(?=[/\s),;:]|\.?$|\.\s)", re.I | re.M)


def web_domains(text: str) -> list[str]:
    """Domains of the web addresses printed in the text ('www.reseau-chu.org')."""
    out = []
    for m in _WEB.finditer(text):
        host = m.group(1).lower()
        if host.count(".") >= 1 and (m.group(0).lower().startswith(("http", "www")) or "/" in text[m.end():m.end() + 1]):
            out.append(host)
    return out


def _tld_region(domain: str) -> str | None:
    tld = domain.rsplit(".", 1)[-1].lower()
    return common_data()["tld_regions"].get(tld) or common_data()["phone_tld_regions"].get(tld)


def phone_regions(text: str, emails: list[Found], lang: dict, cluster_countries: list[str]) -> list[str]:
    """Regions to read national numbers in, most likely first, from the document's
    evidence: the countries of its e-mail and web domains, of the numbers it writes with
    a country code, of the countries it names, of the clusters it names, and the
    language's own regions (a Dutch text writes Dutch or Belgian numbers)."""
    score: Counter = Counter()
    first_seen: dict[str, int] = {}

    def vote(region: str | None, weight: float, at: int) -> None:
        if region:
            score[region] += weight
            first_seen.setdefault(region, at)

    for e in emails:
        vote(_tld_region(e.value.rsplit("@", 1)[-1]), 3, e.start)
    for host in web_domains(text):
        vote(_tld_region(host), 1.5, 0)
    for m in re.finditer(r"(?<![\w+])(?:\+|00)\s?(\d{1,3})[\s(./-]", text):
        for size in (1, 2, 3):
            region = phonenumbers.region_code_for_country_code(int(m.group(1)[:size]))
            if region and region != "ZZ":
                vote(region, 3, m.start())
                break
    names = common_data()["phone_country_names"]
    for m in re.finditer(rf"(?<!\w)({phrase_alternation(names)})(?!\w)", text):
        key = next((n for n in names if normalise(n) == normalise(m.group(1))), None)
        if key:
            vote(names[key], 1, m.start())
    for pattern, region in common_data()["phone_postcode_regions"].items():
        for m in re.finditer(pattern, text):
            vote(region, 1, m.start())
    countries = common_data()["country_regions"]
    for c in cluster_countries:
        if c in countries:
            vote(countries[c], 0.5, len(text))
    own = list(lang.get("phone_regions", []))
    for i, region in enumerate(own):
        vote(region, 2.5 if i == 0 else 1, len(text) + i)
    order = sorted(score, key=lambda r: (-score[r], first_seen[r]))
    # Last, the regions of every supported language: a number valid nowhere the
    # evidence points is still read where the project's documents usually come from.
    from ..langdata import language, supported_languages

    # Only regions whose national numbers start with a trunk 0 ("05 49 ...", "020-..."):
    # elsewhere any run of eight or ten digits would read as a number.
    order += [r for code in supported_languages() for r in language(code).get("phone_regions", [])
              if (phonenumbers.PhoneMetadata.metadata_for_region(r) or None) is not None
              and phonenumbers.PhoneMetadata.metadata_for_region(r).national_prefix == "0"]
    return list(dict.fromkeys(order)) or ["FR"]


def _is_identifier(text: str, start: int) -> bool:
    """A company, VAT or register number, a PO box or a book number looks like a phone
    number: 'ondernemingsnummer 0478.213.602', 'KvK 09187342', 'BTW BE 0478 213 602',
    'RCS Lyon 123 456 789'."""
    from .figures import identifier_label_before

    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40):start]
    if identifier_label_before(before[-30:]):
        return True
    labels = common_data()["phone_identifier_labels"]
    return bool(re.search(rf"(?<!\w)(?:{phrase_alternation(labels)})\.?(?:\s*[:#°.-]?\s*(?:n[o°]\.?|nr\.?|no\.?)?)"
                          rf"(?:[\s:.-]+[A-Za-zÀ-ÿ]{{1,20}}){{0,2}}[\s:.#-]*$", before, re.I))


# Shapes that are never phone numbers: an IBAN, an ISBN, opening hours ("08.00-20.00").
_NOT_PHONE_SHAPES = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b"
                               r"|\b\d{1,2}[.:hH]\d{2}\s*(?:[-–]|to|tot|à|a|till|until)\s*\d{1,2}[.:hH]\d{2}\b"
                               r"|\b97[89](?:[- ]?\d){10}\b|\b\d{1,5}-\d{1,7}-\d{1,7}-[\dX]\b")


def _labels_of(langs: list[dict], key: str) -> list[str]:
    return list(dict.fromkeys(l for lang in langs for l in lang.get(key, [])))


def _label_before(text: str, start: int) -> str:
    """The words between the previous number (or the line's start) and a number; when
    the number starts its line, the line above if it is a short label ('Telefax\n...')."""
    line_start = text.rfind("\n", 0, start) + 1
    before = re.split(r"\d", text[line_start:start])[-1].strip(" \t:.-–—/|()[]")
    if not before and line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        prev = text[prev_start:line_start].strip(" \t:.-–—/|")
        if prev and len(prev.split()) <= 3 and not re.search(r"\d|@", prev):
            before = prev
    return before


def is_fax(text: str, start: int, langs: list[dict], end: int | None = None) -> bool:
    """A number labelled 'Fax', 'Telefax', 'Télécopie' or 'F.' is not a phone; 'Tél./Fax'
    is both, so it stays. The label may follow the number: '+31 30 123 4567 (fax)'."""
    fax = _labels_of(langs, "fax_labels")
    if end is not None:
        long_fax = [f for f in fax if len(f.strip(".")) > 2]
        if re.match(rf"[ \t]*[(\[][ \t]*(?:{phrase_alternation(long_fax)})\.?[ \t]*[)\]]", text[end:end + 20], re.I):
            return True
    label = _label_before(text, start)
    if not label:
        return False
    tail = re.search(rf"(?<!\w)({phrase_alternation(fax)})\s*[.:]?$", label, re.I)
    if not tail or (len(tail.group(1)) == 1 and tail.group(1) != tail.group(1).upper()):
        return False
    phone_labels = [l for l in _labels_of(langs, "contact_labels") if len(l.strip(".:")) > 2 and normalise(l) not in
                    {normalise(f) for f in fax} and normalise(l) not in {"e mail", "email", "mail", "courriel"}]
    head = label[:tail.start()]
    return not re.search(rf"(?<!\w)(?:{phrase_alternation(phone_labels)})", head, re.I)


def not_phone_spans(text: str, rejected: list[Found]) -> list[tuple[int, int]]:
    """Spans of the numbers that look like phones but are not (a fax number, a labelled
    identifier, an IBAN or ISBN, opening hours): they are not figures either."""
    spans = [m.span() for m in _NOT_PHONE_SHAPES.finditer(text)]
    labels = common_data()["phone_identifier_labels"]
    for m in re.finditer(rf"(?<![\wÀ-ÿ])(?:{phrase_alternation(labels)})\.?(?:\s*(?:n[o°]|nr|number|nummer)\.?)?[\s:.#°-]*"
                         rf"((?:[A-Z]{{2}}[\s-]?)?\d[\d .\-/]*\d|\d)(?![\d])", text, re.I):
        spans.append(m.span(1))
    spans += [(f.start, f.end) for f in rejected]
    return sorted(set(spans))


def find_phones(text: str, regions: list[str], langs: list[dict] | None = None,
                rejected: list[Found] | None = None) -> list[Found]:
    """The phone numbers of `text`; numbers read as phones but rejected (a fax number, a
    labelled identifier) go to `rejected`."""
    found: list[Found] = []
    blocked = [m.span() for m in _NOT_PHONE_SHAPES.finditer(text)]
    for region in regions:
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            if any(m.start < f.end and f.start < m.end for f in found):
                continue
            if (_is_identifier(text, m.start) or any(m.start < b and a < m.end for a, b in blocked)
                    or (langs and is_fax(text, m.start, langs, m.end))):
                if rejected is not None:
                    rejected.append(Found("phone", m.start, m.end, "", m.raw_string))
                continue
            e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            found.append(Found("phone", m.start, m.end, e164, m.raw_string))
    return sorted(found, key=lambda f: f.start)


def labelled_regions(text: str, regions: list[str], phones: list[Found], langs: list[dict]) -> list[str]:
    """Regions beyond the document's evidence: a number the text labels as a phone
    ('Telephone: 05151') but valid in none of `regions` is read in the field's other
    countries (`phone_fallback_regions`, in order), in the first where it is valid; that
    country then reads the page's other numbers too."""
    labels = [l for l in _labels_of(langs, "contact_labels") if len(l.strip(".:")) > 2]
    labels = [l for l in labels if normalise(l) not in {normalise(f) for f in _labels_of(langs, "fax_labels")}
              and "mail" not in normalise(l) and "courriel" not in normalise(l)]
    if not labels:
        return []
    found: list[str] = []
    for m in re.finditer(rf"(?<![\wÀ-ÿ])(?:{phrase_alternation(labels)})\.?[ \t]*:?[ \t]*(\d[\d \t.\-/]{{2,}}\d)(?![\d])",
                         text, re.I):
        if any(p.start < m.end(1) and m.start(1) < p.end for p in phones) or _is_identifier(text, m.start(1)):
            continue
        raw = m.group(1)
        if any(_valid_in(raw, r) for r in regions):
            continue
        region = next((r for r in common_data().get("phone_fallback_regions", []) if _valid_in(raw, r)), None)
        if region and region not in regions and region not in found:
            found.append(region)
    return found


def _valid_in(raw: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(raw, region))
    except phonenumbers.NumberParseException:
        return False


def _heading_pattern(langs: list[dict]) -> re.Pattern:
    return _compiled_heading_pattern(tuple(lang["code"] for lang in langs))


@lru_cache(maxsize=None)
def _compiled_heading_pattern(codes: tuple[str, ...]) -> re.Pattern:
    from ..langdata import language

    headings = {k for code in codes for k in language(code).get("contact_headings", [])}
    # "Press contact:" on its own line, "Contact presse : Claire Dubois – ..." with the
    # contact on the same line (the unit then starts after the colon), and "Perscontact
    # flanders.bio: ..." naming the organisation the contacts speak for.
    return re.compile(rf"^[ \t]*({phrase_alternation(headings)})(?:[ \t]+((?:[^\s:]+[ \t]?){{1,4}}?))?[ \t]*"
                      rf"(?::?[ \t]*$|:[ \t]*(?=\S))", re.M | re.I)


def _heading_role(heading: str) -> str:
    """The heading as the role, in natural case ("CONTACT PRESSE" -> "Contact presse")."""
    heading = heading.strip()
    return heading[:1].upper() + heading[1:].lower() if heading.isupper() else heading[:1].upper() + heading[1:]


def contact_units(text: str, items: list[Found], langs: list[dict]) -> list[tuple[int, int, str | None, str | None]]:
    """(start, end, role from the heading, organisation named in the heading) of each
    contact unit."""
    units: list[tuple[int, int, str | None, str | None]] = []
    covered = []
    headings = list(_heading_pattern(langs).finditer(text))
    for index, h in enumerate(headings):
        start = h.end()
        next_heading = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        end = start
        # The block runs over the following paragraphs while they hold contact items
        # or are short lines (organisation headers); prose ends it.
        for para in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[start:]):
            a, b = start + para.start(), start + para.end()
            has_item = any(a <= i.start < b for i in items)
            if not has_item and len(para.group().split()) > 25:
                break
            if _heading_pattern(langs).match(para.group()) and a > start:
                break
            end = b
        end = min(end, next_heading)  # "Perscontact flanders.bio: ..." / "Perscontact BioWin: ..."
        units.append((start, end, _heading_role(h.group(1)), (h.group(2) or "").strip() or None))
        covered.append((h.start(), end))
    for para in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text):
        a, b = para.span()
        if any(ca <= a < cb for ca, cb in covered):
            continue
        if any(a <= i.start < b for i in items):
            units.append((a, b, None, None))
    return sorted(units)


def _split_names(segment: str, langs: list[dict]) -> list[str]:
    joiners = {c for lang in langs for c in lang.get("coordinators", [])}
    pattern = rf"\s+(?:{'|'.join(re.escape(j) for j in joiners)})\s+|,\s+"
    return [p.strip() for p in re.split(pattern, segment) if p.strip()]


def _clean_org(segment: str, langs: list[dict], regions: dict[str, str], keep_agency: bool = False) -> str | None:
    """'Monet + Associés (Agency) for Lyonbiopôle' -> 'Monet + Associés'; a
    parenthesis that is not an agency marker is the region of the organisation.
    `keep_agency`: the name as written ('Agence Oxygen'), for a contact point of its own."""
    org = segment.strip(" :–-,")
    prefixes = [w for lang in langs for w in lang.get("contact_org_prefixes", []) + lang.get("about_headings", [])]
    if prefixes:  # "Published by the Northern Health Science Alliance"
        org = re.sub(rf"^(?:{phrase_alternation(prefixes, tolerant=False)})(?:\s*:?\s+|(?<=['’]))(?:(?:the|le|la|les|het|de)\s+|l['’])?",
                     "", org)
    markers = [m for lang in langs for m in lang.get("agency_markers", [])]
    for m in sorted(markers, key=len, reverse=True):
        if not keep_agency or m.startswith("("):
            org = re.sub(rf"(?<!\w){re.escape(m)}(?!\w)", " ", org).strip()
    fors = [f for lang in langs for f in lang.get("for_words", [])]
    if fors:
        alternation = "|".join(re.escape(f) for f in fors)
        org = re.sub(rf"^(?:{alternation})\s+", "", org, flags=re.I)  # "For Lyonbiopôle"
        org = re.split(rf"\s+(?:{alternation})\s+", org)[0]
    paren = re.search(r"\s*\(([^()]*)\)", org)
    region = None
    if paren:
        region = paren.group(1).strip()
        org = (org[: paren.start()] + org[paren.end():]).strip()
    org = re.sub(r"\s+", " ", org).strip(" :–-,")
    if not org or not re.search(r"[A-Za-zÀ-ÿ]", org):
        return None
    if region and not re.fullmatch(r"[A-Z]{2,6}", region):
        regions.setdefault(org, _strip_region_words(region, langs))
    return org


def _strip_region_words(region: str, langs: list[dict]) -> str:
    words = [w for lang in langs for w in lang.get("region_markers", [])]
    out = region
    for w in sorted(words, key=len, reverse=True):
        out = re.sub(rf"(?<!\w){re.escape(w)}(?:\s+(?:des|de la|du|de|d'|d’|of the|of))?(?!\w)", " ", out)
    return re.sub(r"\s+", " ", out).strip(" ,") or region


_INITIALS_NAME = re.compile(rf"(?:[A-ZÀ-Þ]\.\s?(?:-\s?[A-ZÀ-Þ]\.\s?)?){{1,3}}\s*(?:{PARTICLE}\s)?{NAME_WORD}")


def _is_person_segment(segment: str, langs: list[dict]) -> list[str]:
    """The names a segment consists of ("Caroline Carmagnol et Najette Chaib", "D.
    Laune"); a cluster's or organisation's name is not a person's."""
    names = [_strip_honorifics(n, langs, keep=1) for n in _split_names(segment, langs)]
    if names and all(_INITIALS_NAME.fullmatch(n) and not looks_like_organisation(n) and registry_key(n) is None
                     and normalise(n.split()[-1]) not in all_function_words() for n in names):
        return names
    if names and all(plausible_name_shape(n) and not looks_like_organisation(n) and registry_key(n) is None for n in names):
        return names
    return []


def _names_in_prose(segment: str) -> list[str]:
    """Names inside a sentence ("please contact Julien Morel on"): capitalised words
    from a known first name on; not a street named after someone ("321 avenue Jean
    Jaurès")."""
    found = []
    for m in NAME_PATTERN.finditer(segment):
        words = m.group(1).split()
        while len(words) >= 2 and not is_first_name(words[0]):
            words = words[1:]
        name = " ".join(words)
        before = segment[:m.end(1) - len(name)]
        if (len(words) >= 2 and plausible_name_shape(name) and not looks_like_organisation(name, before)
                and registry_key(name) is None):
            found.append(name)
    return found


def _looks_like_org_name(org: str) -> bool:
    """An organisation is named in a few words: every content word capitalised
    ("Northern Health Science Alliance"), or led by an organisation noun in sentence case
    ("Centre hospitalier universitaire de Poitiers", "Communauté d'agglomération"), or
    holding an organisation word; not prose or a topic heading ("or by e-mail at",
    "Clinical services", "Persberichten ontvangen? Mail naar"). The registry knows
    lower-case names."""
    if registry_key(org):
        return True
    words = org.split()
    if len(words) > 8 or not org[0].isupper() or re.search(r"[?!]", org):
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    if len(words) == 1 or (capitalised and looks_like_organisation(" ".join(capitalised))):
        return True
    heads = {normalise(h) for h in common_data()["contact_organisation_heads"]}
    if normalise(words[0]) in heads:
        return True
    fwords = all_function_words()
    content = [re.sub(r"^[dlDL]['’]", "", w) for w in words]
    content = [w for w in content if w and normalise(w) not in fwords]
    return bool(content) and all(w[0].isupper() or not w[0].isalpha() for w in content)


def _looks_like_profession(segment: str) -> bool:
    """Right after a name, a few lower-case words are a role the vocabulary lacks
    ("Femke Claeys, communicatieverantwoordelijke – ...")."""
    words = segment.split()
    return (1 <= len(words) <= 4 and segment[:1].islower() and not re.search(r"[\d@/.;:!?]", segment)
            and normalise(words[0]) not in all_function_words())


def _role_segment(segment: str, langs: list[dict]) -> tuple[str, str | None] | None:
    """A segment that is a role title, with the organisation it may name:
    "Communications Manager", "IA Parijs", "programmamanager bij flanders.bio"."""
    if len(segment.split()) > 8:
        return None
    role = find_role(segment, langs)
    if role is None:
        return None
    # Read like a role after a name: "projectleider internationaal bij Health Valley".
    found = role_after(", " + segment, 0, langs)
    if found and found[0].wording and found[1]:
        return found[0].wording.strip(" ,:"), found[1]
    return (segment.strip(" ,:"), None) if len(segment.split()) <= 6 else None


def _signature_org(text: str, unit_start: int, langs: list[dict] | None = None) -> str | None:
    """Short lines just above a contact paragraph, with no sentence in them, name the
    organisation (a letterhead or signature): 'Rijksdienst voor Ondernemend / Nederland'.
    A heading in prose case ('Bereikbaarheid voor de pers') or a closing formula is not one."""
    above = text[:unit_start].rstrip()
    para_start = above.rfind("\n\n") + 1
    block = above[para_start:].strip()
    if not block or unit_start - len(above) > 6:
        return None
    lines = [l.strip() for l in block.split("\n") if l.strip()]
    words = " ".join(lines).split()
    if not 1 <= len(words) <= 8 or re.search(r"[.!?:;@,]|\d", block):
        return None
    org = " ".join(lines)
    if not _looks_like_org_name(org):
        return None
    # One plain word ('Transcription', 'Contact') is a page heading, not a signature,
    # unless it is shaped or known as a name or the text writes it inside a sentence.
    if langs is not None and len(words) == 1 and _segment_org(org, langs, {}, text) is None:
        return None
    return org


def _card_person(text: str, unit_start: int, first_item: int, langs: list[dict]) -> tuple[str, int] | None:
    """A contact card: a paragraph that opens with a labelled number ('Tel +49 ...') under
    a few short paragraphs (the person's title, focus), the first of which, going up, that
    is a name alone is the person the number is for: 'Jane Roe / Key Account Manager /
    Focus: Pharma / Tel ...'. Prose or a sentence in between ends the search."""
    lead = text[unit_start:first_item].strip(" \t:.-–—/|")
    if lead and not _is_label(lead, langs):
        return None
    above = text[:unit_start]
    for _ in range(3):
        above = above.rstrip()
        start = above.rfind("\n\n") + 1
        block = above[start:].strip()
        if not block:
            return None
        lines = [l.strip() for l in block.split("\n") if l.strip()]
        if len(lines) > 3 or len(block.split()) > 12 or re.search(r"[.!?;@]\s|\d|@", block):
            return None
        if len(lines) == 1 and _is_person_segment(lines[0], langs) and len(_is_person_segment(lines[0], langs)) == 1 \
                and not _written_as_organisation(lines[0], text):
            return lines[0], text.rfind(lines[0], 0, unit_start)
        above = above[:start]
    return None


# --- segments that are never a contact's name ----------------------------------------


@lru_cache(maxsize=None)
def _address_pattern(codes: tuple[str, ...]) -> re.Pattern:
    """A street or postal line: a postcode with its town ('36290 Saint-Michel-Brenne',
    '2312 TT Leiden', 'CB10 1SA'), a number beside a street word ('14, rue des
    Tanneurs', 'Middelstegracht 87A', '12 Innovation Way'), a PO box ('Postbus 1234',
    'BP 62'), or an address word ('Domaine de Bellevue', 'Cedex')."""
    from ..langdata import language

    streets = {w for c in codes for w in language(c).get("street_words", []) + language(c).get("contact_street_words", [])}
    words = {w for c in codes for w in language(c).get("contact_address_words", [])}
    suffixes = [w for w in streets if w.islower() and len(w) >= 3]
    street_alt = phrase_alternation(streets)
    suffix_alt = "|".join(re.escape(x) for x in sorted(suffixes, key=len, reverse=True))
    postcodes = "|".join(f"(?:{p})" for p in common_data()["postcode_patterns"])
    return re.compile(
        rf"{postcodes}"
        rf"|\b\d{{1,4}}[a-zA-Z]?(?:\s*[-/]\s*\d{{1,4}})?,?\s+(?:(?:de|du|des|la|le|of|the)\s+)?(?:{street_alt})\b"
        rf"|\b\d{{1,4}}[a-zA-Z]?,?\s+(?:[A-ZÀ-Þ][\wÀ-ÿ'’-]*\s+){{1,3}}(?:{street_alt})\b"
        rf"|^(?:{street_alt})\s+(?:(?:de\s+la|de|du|des|d['’]|of|van|the)\s*)?[A-ZÀ-Þ]"
        rf"|^(?:[A-ZÀ-Þ][\wÀ-ÿ'’-]*\s+){{1,3}}(?:{street_alt})\s*$"
        rf"|\b[A-ZÀ-Þ][\wÀ-ÿ'’-]*(?:{suffix_alt})\.?,?\s+\d{{1,4}}\s?[a-zA-Z]?\b"
        rf"|(?<!\w)(?:{street_alt})\s+\d{{1,4}}\b"
        rf"|(?<![\wÀ-ÿ])(?:{phrase_alternation(words, tolerant=False)})(?![\wÀ-ÿ])", re.M)


def _address_at(segment: str, langs: list[dict]) -> int | None:
    """Where the address starts in a short segment ('Réseau CHU Domaine de Bellevue'
    -> at 'Domaine'), or None."""
    if len(segment.split()) > 12:
        return None
    m = _address_pattern(tuple(l["code"] for l in langs)).search(segment)
    if not m:
        return None
    # The street number belongs to the address: 'Studio 12 rue X' -> at '12'.
    start = m.start()
    num = re.search(r"\b\d{1,4}[a-zA-Z]?,?\s*$", segment[:start])
    return num.start() if num else start


def _is_label(segment: str, langs: list[dict]) -> bool:
    """'Tél.', 'E-mail', 'Mobile', and a label with its department ('Telefoon
    Redactie', 'Telefax'): a label before a number or address, nobody's name."""
    labels = {normalise(l) for lang in langs for l in lang.get("contact_labels", []) + lang.get("fax_labels", [])}
    norm = normalise(segment)
    if norm in labels:
        return True
    words = norm.split()
    long_labels = {l for l in labels if len(l) > 2}
    return 1 < len(words) <= 3 and (words[0] in long_labels or " ".join(words[:2]) in long_labels)


@lru_cache(maxsize=None)
def _department_pattern(codes: tuple[str, ...]) -> re.Pattern:
    from ..langdata import language

    cues = {w for c in codes for w in language(c).get("contact_departments", [])}
    return re.compile(rf"(?<![\wÀ-ÿ])(?:{phrase_alternation(cues)})(?![\wÀ-ÿ])", re.I)


def _strip_honorifics(name: str, langs: list[dict], keep: int = 2) -> str:
    """'Dr Matthew Midgley' -> 'Matthew Midgley' (titles are dropped from names)."""
    titles = {normalise(h) for lang in langs for h in lang.get("honorifics", [])}
    words = name.split()
    while len(words) > keep and normalise(words[0]) in titles:
        words = words[1:]
    return " ".join(words)


def _written_as_organisation(name: str, text: str) -> bool:
    """A name the document also writes with a legal form ('Janssen Pharmaceutica
    N.V.', 'Acme Biotech GmbH') is an organisation's."""
    forms = [w for w in common_data()["organisation_words"] if re.fullmatch(r"[A-Z][A-Za-z.]{0,5}", w) and
             (w.isupper() or "." in w or w in ("GmbH", "plc", "Ltd", "Ltd.", "Inc", "Inc."))]
    forms += ["N.V.", "S.A.", "S.A.S.", "B.V.", "e.V.", "vzw", "VZW", "asbl", "ASBL", "AB", "AS", "ASA", "A/S", "BVBA", "SRL"]
    pattern = rf"{re.escape(name)}\s*,?\s+(?:{'|'.join(re.escape(f) for f in forms)})(?![\w.])"
    return bool(re.search(pattern, text))


# --- organisations for contact points that name no person --------------------------


_WORD = re.compile(r"[\wÀ-ÿ][\wÀ-ÿ'’&.-]*")


def _compact(word: str) -> str:
    return normalise(word).replace(" ", "")


def _abbreviates(words: list[str], label: str, function_words: frozenset[str]) -> bool:
    """Whether the domain label is spelled by a prefix of each word, in order, function
    words contributing nothing ('ministerie van VWS' ~ 'minvws')."""
    forms = [_compact(w) for w in words]

    @lru_cache(maxsize=None)
    def fit(i: int, pos: int) -> bool:
        if i == len(forms):
            return pos == len(label)
        form = forms[i]
        if normalise(words[i]) in function_words and fit(i + 1, pos):
            return True
        for size in range(len(form), 0, -1):
            if label.startswith(form[:size], pos) and fit(i + 1, pos + size):
                return True
        return False

    return bool(forms) and fit(0, 0)


def spelled_out(org: str, text: str) -> str:
    """The full form the text also prints of an organisation named by its acronym: 'CHU
    Tours' -> 'Centre Hospitalier Universitaire de Tours' where the page spells it out
    (in any case); the acronym's letters are the initials of the full form's words,
    function words aside, and the acronym's other words follow (or precede) it."""
    words = org.split()
    acronyms = [i for i, w in enumerate(words) if re.fullmatch(r"[A-ZÀ-Þ]{2,6}", w)]
    # A bare acronym ('AHSN') is the name the page uses; an acronym with a qualifier
    # ('CHU Tours') is the short label of the full name.
    if len(acronyms) != 1 or len(words) < 2:
        return org
    i = acronyms[0]
    letters = words[i]
    fwords = all_function_words()
    function = "|".join(sorted((re.escape(f) for f in fwords if " " not in f), key=len, reverse=True))
    gap = r"\s+(?:(?i:" + function + r")(?:\s+|(?<=['’])))*"  # "de Tours", "D'ORLÉANS"
    # The full form's first word is capitalised (a name, not prose); the others may not be.
    body = gap.join("[" + re.escape(ch) + (re.escape(ch.lower()) if n else "") + r"][\wÀ-ÿ'’-]+"
                    for n, ch in enumerate(letters))
    parts = ["(?i:" + re.escape(w) + ")" for w in words[:i]] + [body]
    pattern = r"\s+".join(parts)
    if words[i + 1:]:
        pattern += gap + r"\s+".join("(?i:" + re.escape(w) + ")" for w in words[i + 1:])
    pattern = r"(?<![\wÀ-ÿ])(" + pattern + r")(?![\wÀ-ÿ])"
    m = re.search(pattern, text)
    if not m or len(m.group(1).split()) <= len(words):
        return org
    found = re.sub(r"\s+", " ", m.group(1))
    if found.isupper():
        found = " ".join(w.lower() if normalise(w) in fwords else w[:1] + w[1:].lower() for w in found.split())
    return found


def organisation_for_domain(text: str, domain: str) -> str | None:
    """The organisation a web or e-mail domain names, as the text writes it: the name
    the domain spells ('WZA' for wza.nl, 'Réseau CHU' for reseau-chu.org), an acronym
    it contains ('AHSN' in wessexahsn.org.uk) or abbreviates ('ministerie van VWS' for
    minvws.nl). Addresses are not evidence: the name must be printed elsewhere."""
    label = _registrable_label(domain)
    if not label:
        return None
    label = label.replace("-", "")
    if len(label) < 2:
        return None
    masked = re.sub(r"\S+@\S+|(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|fr|be|nl|eu|uk|de|no)\b\S*", " ", text)
    fwords = all_function_words()
    best: tuple[float, int, str] | None = None
    for line in re.split(r"[\n.;:!?()\[\]|•–—,]", masked):
        tokens = _WORD.findall(line)
        for i in range(len(tokens)):
            if normalise(tokens[i]) in fwords:
                continue
            for j in range(i + 1, min(i + 7, len(tokens) + 1)):
                words = tokens[i:j]
                if normalise(words[-1]) in fwords or not any(w[:1].isupper() for w in words):
                    continue
                phrase = " ".join(words)
                compact = "".join(_compact(w) for w in words)
                if compact == label:
                    score = 3.0
                elif len(words) == 1 and words[0].isupper() and len(compact) >= 3 and compact in label:
                    score = 1.0 + len(compact) / len(label)
                elif len(words) > 1 and len(_compact(words[0])) >= 2 and _abbreviates(words, label, fwords):
                    score = 2.0 - len(words) / 100
                else:
                    continue
                key = (score, -masked.find(phrase), phrase)
                if best is None or key[:2] > best[:2]:
                    best = key
    return best[2] if best else None


@lru_cache(maxsize=None)
def _org_head_pattern() -> re.Pattern:
    heads = common_data()["contact_organisation_heads"]
    name_word = r"(?:[A-ZÀ-Þ][\wÀ-ÿ'’&-]*|[ldLD]['’][A-ZÀ-Þ][\wÀ-ÿ'’-]*)"
    connector = r"(?:de|du|des|de la|d['’]|l['’]|la|le|pour|et|en|of|for|the|and|van|voor|en|het|der)"
    return re.compile(rf"^\W*(?:(?:L|l)['’]|(?:Le|La|Les|The|De|Het)\s+)?((?:{phrase_alternation(heads, tolerant=False)})"
                      rf"(?:\s+(?:{connector}\s*)*{name_word})*)")


def _paragraph_organisation(text: str, pos: int, langs: list[dict]) -> str | None:
    """The organisation a paragraph is about: the one its heading names ('About OxBio
    Cluster', 'À propos de Nutrivalia', 'Over Health Hub Utrecht'), or the one it opens
    with ('L'Agence pour l'Économie en Essonne agit depuis 1992 ...'): the boilerplate
    paragraph ending with its address or number."""
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start + 2
    first_line = text[start:text.find("\n", start) if "\n" in text[start:pos] else pos].strip()
    headings = _labels_of(langs, "about_headings")
    about = re.match(rf"(?:{phrase_alternation(headings, tolerant=False)})\s*(?<=['’\s])(.{{2,60}}?)\s*:?$", first_line)
    if about and _looks_like_org_name(about.group(1)):
        return about.group(1)
    m = _org_head_pattern().match(text[start:start + 200])
    if not m:
        return None
    org = m.group(1).strip()
    return org if len(org.split()) >= 2 else None


def _letterhead_org(text: str, langs: list[dict]) -> str | None:
    """The organisation of a letterhead anywhere in the document: organisation lines
    right above an address ("Rivierenland Ziekenhuis / Postbus 6024 / 4000 HA Tiel")."""
    for para in re.finditer(r"[^\n]+(?:\n[^\n]+)+", text):
        lines = [l.strip() for l in para.group().split("\n") if l.strip()]
        org_lines: list[str] = []
        for line in lines:
            if _address_at(line, langs) == 0 and org_lines:
                org = " ".join(org_lines)
                # One common word ("Studio", "Accueil") names a place, not a body.
                if len(org.split()) > 1 or org.isupper() or looks_like_organisation(org) or registry_key(org):
                    return org
                org_lines = []
                continue
            org = _segment_org(line, langs, {})
            org_lines = org_lines + [org] if org and not _is_person_segment(line, langs) else []
    return None


def _is_caps_heading(segment: str) -> bool:
    """A heading in capitals: 'RÉDACTEUR EN CHEF', 'MAQUETTE'."""
    words = segment.split()
    return 1 <= len(words) <= 5 and segment.isupper() and not re.search(r"\d|@", segment) and len(segment) > 3


def _segment_org(segment: str, langs: list[dict], regions: dict[str, str], text: str | None = None,
                 keep_agency: bool = False) -> str | None:
    """The organisation a short segment names, or None ('Agence Mots & Co',
    'Communauté d'agglomération'). One plain capitalised word ('Media', 'Inscriptions',
    'Onderwerp') is a heading unless it is shaped like a name (BioWin, flanders.bio, an
    acronym), is known, or the text also writes it inside a sentence (Eurobiomed)."""
    # A region in brackets ("X (Pays de la Loire and Western Regions)") does not make a
    # name too long to be an organisation's.
    if len(re.sub(r"\([^()]*\)", " ", segment).split()) > 8 or re.search(r"\b\d{3,}\b", segment):
        return None
    org = _clean_org(segment, langs, regions, keep_agency)
    if org is None or not _looks_like_org_name(org):
        return None
    if _is_caps_heading(org) and not (registry_key(org) or looks_like_organisation(org)
                                      or (len(org.split()) == 1 and len(org) <= 6)):
        return None
    if text is not None and len(org.split()) == 1 and not (
            registry_key(org) or org.isupper() or re.search(r".[A-ZÀ-Þ0-9.&+]", org) or looks_like_organisation(org)
            or re.search(rf"[\wÀ-ÿ,] +{re.escape(org)}(?![\wÀ-ÿ])", text)):
        return None
    return org


def extract_contacts(text: str, lang: dict, langs: list[dict], cluster_countries: list[str]) -> ContactResult:
    """`lang` is the document language's data; `langs` the languages whose wordings
    are accepted in contact blocks (the document's, then English)."""
    emails = find_emails(text)
    rejected: list[Found] = []
    read_in = phone_regions(text, emails, lang, cluster_countries)
    phones = find_phones(text, read_in, langs, rejected)
    extra = labelled_regions(text, read_in, phones, langs)
    if extra:
        rejected = []
        phones = find_phones(text, read_in + extra, langs, rejected)
    items = sorted(emails + phones, key=lambda f: f.start)
    regions: dict[str, str] = {}
    persons: list[ContactPerson] = []
    contacts: list[Contact] = []
    doc_domains = [e.value.rsplit("@", 1)[-1] for e in emails] + web_domains(text)
    orphans: list[tuple[Found, str | None]] = []
    domain_orgs: dict[str, str | None] = {}

    def domain_org(domains: list[str]) -> str | None:
        for d in dict.fromkeys(domains):
            if d not in domain_orgs:
                domain_orgs[d] = organisation_for_domain(text, d)
            if domain_orgs[d]:
                return domain_orgs[d]
        return None

    for unit_start, unit_end, heading_role, heading_org in contact_units(text, items, langs):
        unit_items = [i for i in items if unit_start <= i.start < unit_end]
        header_org: str | None = heading_org
        agency: str | None = None
        unit_role: str | None = heading_role
        persons_since_header = 0
        pending: list[ContactPerson] = []
        last_kind = None
        signature_org = _signature_org(text, unit_start, langs) if heading_role is None else None
        signed: list[ContactPerson] = []
        if signature_org and "\n" not in signature_org and _is_person_segment(signature_org, langs) \
                and not _written_as_organisation(signature_org, text):
            # A name alone in the paragraph above the numbers ("Axel Dees" / "+31 6 ..."):
            # the person they are for.
            at = text.rfind(signature_org, 0, unit_start)
            signed = [ContactPerson(natural_case(_strip_honorifics(signature_org, langs)), at, at + len(signature_org))]
            signature_org = None
            pending, last_kind = list(signed), "person"
        elif heading_role is None and unit_items:
            card = _card_person(text, unit_start, unit_items[0].start, langs)
            if card:
                name, at = card
                signed = [ContactPerson(natural_case(_strip_honorifics(name, langs)), at, at + len(name))]
                signature_org = None
                pending, last_kind = list(signed), "person"
        unit_persons: list[ContactPerson] = list(signed)
        next_role: str | None = None
        caps_role = new_entry = False
        role_above: set[int] = set()
        orphan_items: list[tuple[Found, str | None]] = []
        # The letterhead: organisation lines right above an address ("Communauté
        # d'agglomération / Évry Centre Essonne / 500, place ... / 91054 Évry").
        org_lines: list[str] = []
        block_org: str | None = None
        # How far the last named person is: a number far below, past an address after a
        # sentence's end, or after a department ("the communications team") is not theirs.
        anchor_end = unit_start
        since_anchor = 0
        sentence_break = address_seen = department = in_address = False
        department_org: str | None = None
        # A topic heading in a new paragraph after a person's numbers ("Out of hours",
        # "Clinical services") ends that person's entry.
        para_after_items = False

        pos = unit_start
        events: list[tuple[int, str, object]] = []
        for item in unit_items:
            _segment_events(text, pos, item.start, events)
            events.append((item.start, "item", item))
            pos = item.end
        _segment_events(text, pos, unit_end, events)

        written: dict[str, str] = {}  # organisation as used for persons -> as written ("Agence Oxygen")

        def orphan_owner() -> str | None:
            owner = block_org or agency or header_org or signature_org
            return written.get(owner, owner) if owner else None

        for offset, kind, payload in events:
            if kind == "break":
                sentence_break = True
                if payload == "para":
                    org_lines = []
                if payload == "para" and pending and any(p.emails or p.phones for p in pending):
                    para_after_items = True
                continue
            if kind == "item":
                item: Found = payload  # type: ignore[assignment]
                in_address = False
                org_lines = []
                if caps_role:
                    next_role, caps_role = None, False
                if pending and (department or since_anchor > 4 or item.start - anchor_end > 250
                                or (sentence_break and (address_seen or _is_mailbox(item)))):
                    pending = []
                if not pending:
                    if unit_persons and last_kind == "item" and not department and not address_seen:
                        pending = [unit_persons[-1]]
                    else:
                        owner = (department_org or block_org) if department else orphan_owner()
                        orphan_items.append((item, owner))
                        last_kind = "item"
                        continue
                if item.kind == "email":
                    for p in pending:
                        p.emails.append(item)
                else:
                    phones_so_far = sum(len(p.phones) for p in pending)
                    if len(pending) > 1 and phones_so_far < len(pending):
                        pending[phones_so_far].phones.append(item)
                    else:
                        pending[-1].phones.append(item)
                last_kind = "item"
                anchor_end, since_anchor = item.end, 0
                continue
            segment, is_header = payload  # type: ignore[misc]
            if _is_label(segment, langs):
                continue
            since_anchor += 1
            if para_after_items:
                para_after_items = False
                if not _is_person_segment(segment, langs):
                    pending = []
                    last_kind = "break"
            cue = _department_pattern(tuple(l["code"] for l in langs)).search(segment)
            if cue and pending and last_kind == "person" and since_anchor == 1 and len(segment.split()) <= 5 \
                    and not any(p.emails or p.phones for p in pending):
                cue = None  # "Marie Dupont / Service communication / 01 ...": her department
            if cue:
                department = True
                pending = []
                if len(segment.split()) <= 3 and not re.search(r"\d", segment):
                    # "RÉDACTION / Michel Bazan": a colophon's heading when names follow.
                    next_role, caps_role = segment[:1] + segment[1:].lower() if segment.isupper() else segment, True
                # "de afdeling Communicatie van het Rivierenland Ziekenhuis via ...",
                # "the communications team at Riverside University Hospital".
                named = connector_then_org(segment[cue.end():], langs)
                if named and _looks_like_org_name(named[0]):
                    department_org = named[0]
                continue
            address_at = None if is_header else _address_at(segment, langs)
            if address_at is not None:
                named = segment[:address_at].strip(" ,–-") if not in_address else ""
                address_seen = in_address = True
                org = _segment_org(named, langs, regions, text, keep_agency=True) if named else None
                if org and not (named and _is_person_segment(named, langs)):
                    org_lines = [org]
                if org_lines:
                    block_org = " ".join(org_lines)
                    if last_kind in ("person", "org") and not any(p.emails or p.phones for p in pending):
                        # "Louisa Wood / Babraham Institute / Babraham Research Campus / Cambridge CB22 3AT"
                        for p in pending:
                            if p.organization in (None, header_org, signature_org):
                                p.organization = org_lines[0]
                org_lines = []
                continue
            found_role = _role_segment(segment, langs)
            if not found_role and last_kind == "person" and _looks_like_profession(segment):
                found_role = (segment, None)
            if found_role:
                role, role_org = found_role
                # A role on the line below a name is that person's; above, the next one's.
                # Where the names have their role from the line above (a colophon's
                # headings), the line below is the next name's heading.
                if pending and last_kind == "person" and not any(id(p) in role_above for p in pending):
                    for p in pending:
                        p.role, p.role_from_heading = role, False
                        p.organization = role_org or p.organization
                    anchor_end, since_anchor = offset + len(segment), 0
                else:
                    next_role = role
                org_lines = []
                continue
            # "Maëlys Tanguy: 02 40 ..." names the person the numbers after the colon are for.
            names = _is_person_segment(segment, langs)
            paren_org = None
            paren = re.fullmatch(r"(.+?)\s*\(([^()]{2,60})\)", segment)
            if not names and not is_header and paren and not re.search(r"\d", paren.group(2)):
                # "Sjoerd Hoekstra (Health Valley Netherlands)": the organisation in brackets.
                names = _is_person_segment(paren.group(1), langs)
                paren_org = paren.group(2).strip() if names else None
            if not names and not is_header and len(segment.split()) > 2:
                # "Jane Doe on", "contact Julien Morel at": a name inside a phrase.
                names = _names_in_prose(segment)
            names = [n for n in names if not _written_as_organisation(n, text)]
            if names:
                if last_kind in ("item", "org", "break", None) or next_role is not None or new_entry:
                    pending = []  # a new entry (a role heading above the names opens one too)
                new_entry = False
                cursor = offset
                for name in names:
                    at = text.find(name, cursor)
                    cursor = at + len(name)
                    known = next((p for p in unit_persons if p.name == natural_case(_strip_honorifics(name, langs))), None)
                    if known is not None:  # named again to give their own number
                        pending.append(known)
                        continue
                    person = ContactPerson(natural_case(_strip_honorifics(name, langs)), at, at + len(name),
                                           next_role or unit_role, paren_org or agency or header_org or signature_org,
                                           role_from_heading=next_role is None and unit_role is not None)
                    if next_role is not None:
                        role_above.add(id(person))
                    if person.name != natural_case(name):
                        person.start = text.find(person.name, at) if text.find(person.name, at) >= 0 else at
                        person.end = person.start + len(person.name)
                    pending.append(person)
                    unit_persons.append(person)
                next_role, caps_role = None, False
                persons_since_header += len(names)
                last_kind = "person"
                anchor_end, since_anchor = offset + len(segment), 0
                sentence_break = address_seen = department = False
                block_org, org_lines = None, []
                continue
            if in_address and len(segment.split()) <= 4:
                continue  # the town or district of the address ("BP 62 - Courcouronnes")
            org = _segment_org(segment, langs, regions, text)
            if org is None:
                # Prose between an organisation and a contact point ends the organisation's block.
                if len(segment.split()) > 1 or re.search(r"\d", segment):
                    org_lines = []
                if _is_caps_heading(segment):
                    # A colophon's heading in capitals is the role of the name below it
                    # ("RÉDACTEUR EN CHEF / Olivier Brun").
                    next_role, caps_role = segment[:1] + segment[1:].lower(), True
                elif is_header:
                    new_entry = True  # "Eindredactie: Joost van Dam, ...": a new entry
                continue
            if caps_role:
                next_role, caps_role = None, False
            written.setdefault(org, _segment_org(segment, langs, {}, text, keep_agency=True) or org)
            org_lines.append(written[org])
            if is_header and (persons_since_header or header_org is None):
                header_org, agency, persons_since_header, pending = org, None, 0, []
            else:
                agency = org
                # An organisation right after names is theirs ("Jeanne Maurel, Agence
                # Hélix"); one after their address and number is the next entry's.
                if last_kind == "person":
                    for p in pending:
                        if p.organization in (None, header_org, signature_org):
                            p.organization = org
            last_kind = "org"

        _share_single_numbers(unit_persons)
        _share_stated_addresses(text, unit_persons, langs)
        persons.extend(unit_persons)
        for p in unit_persons:
            contacts.extend(_contacts_of(p))
        unit_domains = [i.value.rsplit("@", 1)[-1] for i in unit_items if i.kind == "email"]
        for item, owner in orphan_items:
            if owner is None:
                own = [item.value.rsplit("@", 1)[-1]] if item.kind == "email" else []
                owner = (domain_org(own + unit_domains) or _paragraph_organisation(text, item.start, langs)
                         or domain_org(doc_domains))
            orphans.append((item, owner))

    # A contact point that names nobody, on a page whose other such points are one
    # organisation's ("the hospital's switchboard"), is that organisation's too; else the
    # organisation of the page's letterhead.
    named_orgs = {o for _, o in orphans if o}
    fallback = next(iter(named_orgs)) if len(named_orgs) == 1 else (None if named_orgs else _letterhead_org(text, langs))
    for item, owner in orphans:
        owner = owner or fallback
        owner = spelled_out(owner, text) if owner else owner
        contacts.append(Contact(owner, owner, item.value if item.kind == "email" else None,
                                item.value if item.kind == "phone" else None,
                                item.written if item.kind == "phone" else None, item.start, item.end))

    return ContactResult(contacts, persons, regions, [(p.start, p.end) for p in phones], not_phone_spans(text, rejected),
                         [(e.start, e.end) for e in emails])


def _is_mailbox(item: Found) -> bool:
    """'contact@…', 'presse@…', 'info@…': an organisation's mailbox, nobody's own address."""
    if item.kind != "email":
        return False
    local = re.split(r"[._+-]", item.value.split("@", 1)[0])[0]
    return local in set(common_data()["generic_mailboxes"])


def _share_stated_addresses(text: str, persons: list[ContactPerson], langs: list[dict]) -> None:
    """'... her colleague Jelle Verhoef, via the same address': a person named without
    an address of their own shares the previous person's when the sentence says so."""
    phrases = _labels_of(langs, "same_address_phrases")
    if not phrases:
        return
    pattern = re.compile(rf"(?<![\wÀ-ÿ])(?:{phrase_alternation(phrases)})(?![\wÀ-ÿ])", re.I)
    for before, person in zip(persons, persons[1:]):
        if person.emails or person.phones or not (before.emails or before.phones):
            continue
        _, end = sentence_bounds(text, person.end)
        stated = pattern.search(text, person.end, end)
        if stated:
            number = any(w in normalise(stated.group()) for w in ("number", "numero", "nummer"))
            if number:
                person.phones.extend(before.phones)
            else:
                person.emails.extend(before.emails)


def _share_single_numbers(persons: list[ContactPerson]) -> None:
    """Persons named together and sharing one address share its one number too
    ("Lotte Peeters en Quentin Maréchal – pers@… – +32 2 …"); two numbers after two
    names are one each, which the walk already did."""
    by_email: dict[str, list[ContactPerson]] = {}
    for p in persons:
        for e in p.emails:
            by_email.setdefault(e.value, []).append(p)
    for group in by_email.values():
        phones = [ph for p in group for ph in p.phones]
        if len(group) > 1 and len(phones) == 1:
            for p in group:
                if not p.phones:
                    p.phones.append(phones[0])


def _segment_events(text: str, start: int, end: int, events: list) -> None:
    chunk = text[start:end]
    pos = 0
    for m in _SEGMENT_SPLIT.finditer(chunk):
        if m.start() < pos:
            continue
        if m.group().startswith(".") and re.search(r"(?:^|\s)[A-ZÀ-Þ][\wÀ-ÿ]{0,3}$", chunk[:m.start()]):
            continue  # "Prof. Jane Doe", "Mevr. X", "J. Smith": an abbreviation, not a sentence's end
        _add_segment(chunk, start, pos, m.start(), ":" in m.group(), events)
        if m.group().startswith(".") or re.match(r"\s*\n\s*\n", m.group()):
            events.append((start + m.start(), "break", "sentence" if m.group().startswith(".") else "para"))
        pos = m.end()
    _add_segment(chunk, start, pos, len(chunk), False, events)


def _add_segment(chunk: str, base: int, a: int, b: int, is_header: bool, events: list) -> None:
    segment = chunk[a:b]
    stripped = segment.strip(" \t–—-,:/|")
    if stripped.endswith("(") or stripped.startswith(")"):
        stripped = stripped.strip("() \t")
    if not stripped or not re.search(r"[A-Za-zÀ-ÿ]{2}", stripped):
        return
    lead = segment.find(stripped)
    events.append((base + a + lead, "segment", (stripped, is_header)))


def _contacts_of(person: ContactPerson) -> list[Contact]:
    """One contact per (address, number) pair: a person with two numbers, or two persons
    sharing one address, gives two entries (FORMAT.md)."""
    emails = person.emails or [None]
    phones = person.phones or [None]
    out = []
    pairs = [(e, p) for e in emails for p in phones] if len(emails) == 1 or len(phones) == 1 else list(zip(emails, phones))
    for email, phone in pairs:
        spans = [x for x in (email, phone) if x is not None]
        if not spans:
            continue
        start = min(person.start, *[s.start for s in spans])
        end = max(person.end, *[s.end for s in spans])
        out.append(Contact(person.name, person.organization, email.value if email else None,
                           phone.value if phone else None, phone.written if phone else None, start, end))
    return out
