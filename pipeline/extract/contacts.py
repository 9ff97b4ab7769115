"""Contacts: e-mail addresses and phone numbers, linked to the person, agency and
cluster they belong to.

A contact *unit* is a press-contact block (from a heading such as "Press contact:" to the
end of the contact lines) or, outside such a block, a paragraph holding an address or a
number. A unit is read as a sequence of segments (split at ' – ', ':', new lines, ' / ',
', '); each segment is a header (ends with ':'), an organisation, one or more person
names, or addresses and numbers. Addresses and numbers go to the persons named just
before them: two persons followed by one address share it; two persons followed by two
numbers take one each.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers

from ..langdata import all_function_words
from .clusters import registry_key
from .names import NAME_PATTERN, common_data, is_first_name, looks_like_organisation, plausible_name_shape
from .persons import find_role, role_after
from .text import natural_case, normalise, phrase_alternation

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_SEGMENT_SPLIT = re.compile(r"\s+[–—-]\s+|\s*\n\s*|\s+/\s+|\s*:\s+|\s*;\s*|,\s+|\s+[–—-]$|:$")


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
    email_spans: list[tuple[int, int]]


def find_emails(text: str) -> list[Found]:
    return [Found("email", m.start(), m.end(), m.group().lower(), m.group()) for m in EMAIL.finditer(text)]


def phone_regions(emails: list[Found], lang: dict, cluster_countries: list[str]) -> list[str]:
    """Regions to read national numbers in, most likely first: the countries of the
    e-mail domains, then the language's own (a Dutch text writes Dutch numbers, however
    many French clusters it names), then the countries of the clusters it names (an
    English release of French clusters writes French numbers; a national number that is
    not valid in the language's regions falls through to these)."""
    tlds = common_data()["tld_regions"]
    countries = common_data()["country_regions"]
    ranked = Counter(tlds[e.value.rsplit(".", 1)[-1]] for e in emails if e.value.rsplit(".", 1)[-1] in tlds)
    order = [r for r, _ in ranked.most_common()]
    order += list(lang.get("phone_regions", []))
    order += [countries[c] for c, _ in Counter(cluster_countries).most_common() if c in countries]
    return list(dict.fromkeys(order)) or ["FR"]


def _is_identifier(text: str, start: int) -> bool:
    """A company, VAT or register number looks like a phone number: 'ondernemingsnummer
    0478.213.602', 'KvK 09187342'."""
    from .figures import identifier_label_before

    return identifier_label_before(text[max(text.rfind("\n", 0, start) + 1, start - 30):start])


def find_phones(text: str, regions: list[str]) -> list[Found]:
    found: list[Found] = []
    for region in regions:
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            if any(m.start < f.end and f.start < m.end for f in found) or _is_identifier(text, m.start):
                continue
            e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            found.append(Found("phone", m.start, m.end, e164, m.raw_string))
    return sorted(found, key=lambda f: f.start)


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


def _clean_org(segment: str, langs: list[dict], regions: dict[str, str]) -> str | None:
    """'Monet + Associés (Agency) for Lyonbiopôle' -> 'Monet + Associés'; a
    parenthesis that is not an agency marker is the region of the organisation."""
    org = segment.strip(" :–-,")
    markers = [m for lang in langs for m in lang.get("agency_markers", [])]
    for m in sorted(markers, key=len, reverse=True):
        org = re.sub(rf"(?<!\w){re.escape(m)}(?!\w)", " ", org).strip()
    fors = [f for lang in langs for f in lang.get("for_words", [])]
    if fors:
        org = re.split(rf"\s+(?:{'|'.join(re.escape(f) for f in fors)})\s+", org)[0]
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


def _is_person_segment(segment: str, langs: list[dict]) -> list[str]:
    """The names a segment consists of ("Caroline Carmagnol et Najette Chaib"); a
    cluster's or organisation's name is not a person's."""
    names = _split_names(segment, langs)
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
    """An organisation is named in a few words, mostly capitalised: not lower-case prose
    ("or by e-mail at", "Vragen over de oproep"). The registry knows lower-case names."""
    if registry_key(org):
        return True
    words = org.split()
    if len(words) > 8 or not org[0].isupper():
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or not w[0].isalpha())
    return capitalised * 2 >= len(words)


def _looks_like_profession(segment: str) -> bool:
    """Right after a name, a few lower-case words are a role the vocabulary lacks
    ("Femke Claeys, communicatieverantwoordelijke – ...")."""
    words = segment.split()
    return (1 <= len(words) <= 4 and segment[:1].islower() and not re.search(r"[\d@/.;:!?]", segment)
            and normalise(words[0]) not in all_function_words())


def _is_label(segment: str, langs: list[dict]) -> bool:
    """'Tél.', 'E-mail', 'Mobile': a label before a number or address, nobody's name."""
    labels = {normalise(l) for lang in langs for l in lang.get("contact_labels", [])}
    return normalise(segment) in labels


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


def _signature_org(text: str, unit_start: int) -> str | None:
    """Short lines just above a contact paragraph, with no sentence in them, name the
    organisation (a letterhead or signature): 'Rijksdienst voor Ondernemend / Nederland'."""
    above = text[:unit_start].rstrip()
    para_start = above.rfind("\n\n") + 1
    block = above[para_start:].strip()
    if not block or unit_start - len(above) > 6:
        return None
    lines = [l.strip() for l in block.split("\n") if l.strip()]
    words = " ".join(lines).split()
    if not 1 <= len(words) <= 8 or re.search(r"[.!?:;@]|\d", block):
        return None
    return " ".join(lines)


def extract_contacts(text: str, lang: dict, langs: list[dict], cluster_countries: list[str]) -> ContactResult:
    """`lang` is the document language's data; `langs` the languages whose wordings
    are accepted in contact blocks (the document's, then English)."""
    emails = find_emails(text)
    phones = find_phones(text, phone_regions(emails, lang, cluster_countries))
    items = sorted(emails + phones, key=lambda f: f.start)
    regions: dict[str, str] = {}
    persons: list[ContactPerson] = []
    contacts: list[Contact] = []

    for unit_start, unit_end, heading_role, heading_org in contact_units(text, items, langs):
        unit_items = [i for i in items if unit_start <= i.start < unit_end]
        header_org: str | None = heading_org
        agency: str | None = None
        unit_role: str | None = heading_role
        persons_since_header = 0
        pending: list[ContactPerson] = []
        last_kind = None
        signature_org = _signature_org(text, unit_start) if heading_role is None else None
        unit_persons: list[ContactPerson] = []
        next_role: str | None = None
        orphan_items: list[tuple[Found, str | None]] = []

        # Walk the unit as segments and items in text order.
        pos = unit_start
        events: list[tuple[int, str, object]] = []
        for item in unit_items:
            _segment_events(text, pos, item.start, events)
            events.append((item.start, "item", item))
            pos = item.end
        _segment_events(text, pos, unit_end, events)

        for offset, kind, payload in events:
            if kind == "item":
                item: Found = payload  # type: ignore[assignment]
                if not pending:
                    if unit_persons and last_kind == "item":
                        pending = [unit_persons[-1]]
                    else:
                        orphan_items.append((item, agency or header_org or signature_org))
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
                continue
            segment, is_header = payload  # type: ignore[misc]
            if _is_label(segment, langs):
                continue
            found_role = _role_segment(segment, langs)
            if not found_role and last_kind == "person" and _looks_like_profession(segment):
                found_role = (segment, None)
            if found_role:
                role, role_org = found_role
                # A role on the line below a name is that person's; above, the next one's.
                if pending and last_kind == "person":
                    for p in pending:
                        p.role, p.role_from_heading = role, False
                        p.organization = role_org or p.organization
                else:
                    next_role = role
                continue
            names = _is_person_segment(segment, langs) if not is_header else []
            paren_org = None
            paren = re.fullmatch(r"(.+?)\s*\(([^()]{2,60})\)", segment)
            if not names and not is_header and paren and not re.search(r"\d", paren.group(2)):
                # "Sjoerd Hoekstra (Health Valley Netherlands)": the organisation in brackets.
                names = _is_person_segment(paren.group(1), langs)
                paren_org = paren.group(2).strip() if names else None
            if not names and not is_header and len(segment.split()) > 3:
                names = _names_in_prose(segment)
            if names:
                if last_kind == "item" or last_kind is None or last_kind == "org":
                    pending = []
                cursor = offset
                for name in names:
                    at = text.find(name, cursor)
                    person = ContactPerson(natural_case(name), at, at + len(name), next_role or unit_role,
                                           paren_org or agency or header_org or signature_org,
                                           role_from_heading=next_role is None and unit_role is not None)
                    cursor = at + len(name)
                    pending.append(person)
                    unit_persons.append(person)
                next_role = None
                persons_since_header += len(names)
                last_kind = "person"
                continue
            org = _clean_org(segment, langs, regions)
            if org is None or not _looks_like_org_name(org):
                continue
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
        persons.extend(unit_persons)
        for p in unit_persons:
            contacts.extend(_contacts_of(p))
        for item, owner in orphan_items:
            contacts.append(Contact(owner, owner, item.value if item.kind == "email" else None,
                                    item.value if item.kind == "phone" else None,
                                    item.written if item.kind == "phone" else None, item.start, item.end))

    return ContactResult(contacts, persons, regions, [(p.start, p.end) for p in phones], [(e.start, e.end) for e in emails])


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
        _add_segment(chunk, start, pos, m.start(), ":" in m.group(), events)
        pos = m.end()
    _add_segment(chunk, start, pos, len(chunk), False, events)


def _add_segment(chunk: str, base: int, a: int, b: int, is_header: bool, events: list) -> None:
    segment = chunk[a:b]
    stripped = segment.strip(" \t–—-,:/")
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
