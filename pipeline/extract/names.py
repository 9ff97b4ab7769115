"""What a person's name looks like, shared by the person and contact extractors.

Evidence comes from three places: the shape of the words (capitalised, no digits, no
organisation words), a first-name gazetteer (gender-guesser's list of some 45,000
European first names), and spaCy's NER where a pipeline for the language is installed.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from ..langdata import DATA_DIR, all_function_words
from .text import normalise, strip_accents

# A name word: capitalised (or all capitals), letters with inner hyphens or apostrophes.
# "Floc'h" and "O'Neil" too.
# "McDonald", "MacLeod": a Gaelic prefix before a second capital.
NAME_WORD = r"(?:(?:Mc|Mac)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]{2,})(?:[-'’](?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]{2,}))*(?:['’][a-zà-öø-ÿ]+)?"
PARTICLE = r"(?:de|da|di|du|des|del|van|der|den|von|zu|le|la|ter|ten|van der|van den|van de|de la|Van der|Van den|Van de|De la)"
PARTICLE_WORD = re.compile(rf"{PARTICLE}|(?:DE|DA|DI|DU|DES|DEL|VAN|DER|DEN|VON|LE|LA|TER|TEN)")
# A name never runs over a line break ("RÉDACTRICE EN CHEF / Albine Villeger").
NAME_PATTERN = re.compile(rf"(?<![\w@.\-])({NAME_WORD}(?:[ \t](?:{PARTICLE}[ \t])?{NAME_WORD}){{1,3}})(?![\w@\-]|\.\w)")
# A surname after initials: "D. Laune", "J.-P. Martin", "J. De Vos", "F. Robert-Inacio".
INITIALS_PATTERN = re.compile(
    rf"(?<![\w@.\-])((?:[A-ZÀ-Ý]\.(?:[ \t]?-?[A-ZÀ-Ý]\.)?)[ \t](?:(?:{PARTICLE}|De|Van|Le|La|Du|Di|Da)[ \t])?{NAME_WORD})(?![\w@\-]|\.\w)")


@lru_cache(maxsize=None)
def common_data() -> dict:
    return json.loads((DATA_DIR / "common.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _first_names() -> frozenset[str]:
    """The lower-cased first names of gender-guesser's list, read straight from its data
    file: its Detector also parses 40 countries' frequencies, which we do not use and
    which costs a quarter of a second at every start."""
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names = set()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line[:1] in "#=" or len(line) < 4:
                continue
            parts = line.split(None, 2)
            if len(parts) >= 2:
                names.add(parts[1].lower().replace("+", "-"))
    return frozenset(names)


@lru_cache(maxsize=None)
def _not_first_names() -> frozenset[str]:
    return frozenset(normalise(w) for w in common_data()["not_first_names"])


@lru_cache(maxsize=None)
def _not_surnames() -> frozenset[str]:
    return frozenset(normalise(w) for w in common_data()["not_surnames"])


@lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    if not word or not word[0].isupper() or normalise(word) in _not_first_names():
        return False
    names = _first_names()
    # The list spells many names without accents ("Emilie" but not "Émilie"), and
    # lacks many compounds: "Pierre-Henri" is a first name when both parts are.
    if word.lower() in names or strip_accents(word).lower() in names:
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p and is_first_name(p[:1].upper() + p[1:]) for p in parts)


@lru_cache(maxsize=None)
def _organisation_words() -> frozenset[str]:
    return frozenset(normalise(w) for w in common_data()["organisation_words"])


@lru_cache(maxsize=None)
def _person_named_organisations() -> frozenset[str]:
    return frozenset(normalise(n) for n in common_data()["person_named_organisations"])


@lru_cache(maxsize=None)
def _organisation_prefixes() -> frozenset[str]:
    return frozenset(normalise(w) for w in common_data()["organisation_prefix_words"])


def looks_like_organisation(name: str, preceding_text: str = "") -> bool:
    """True when a capitalised phrase is an organisation rather than a person: it
    contains an organisation word, is a known person-named organisation, or follows an
    organisation noun ('Institut Claudius Regaud')."""
    words = normalise(name).split()
    if any(w in _organisation_words() for w in words):
        return True
    # Dutch and German write compounds: "Communicatiebureau", "Onderzoeksinstituut".
    if any(len(w) > len(suffix) + 2 and w.endswith(suffix) for w in words for suffix in common_data()["organisation_word_suffixes"]):
        return True
    if normalise(name) in _person_named_organisations():
        return True
    # Only the word right before: "campus Charles Mérieux", "l'Institut Claudius Regaud"
    # ("Nobel Prize winners Professor Werner Arber" is a person).
    before = normalise(preceding_text[-40:]).split()[-1:]
    return any(w in _organisation_prefixes() for w in before)


def plausible_name_shape(name: str, alone_on_line: bool = False) -> bool:
    """Two to four name words, not all in capitals (an all-capitals phrase is an
    organisation or acronym, 'ALIZE RP'), no short all-capital word ('IA', 'RP').
    A first name that is also a short function word ("Bas", "Jan") passes only when the
    name stands alone on its line, where no sentence starts with a capital."""
    words = [w for w in name.split() if not PARTICLE_WORD.fullmatch(w)]
    if len(words) >= 2 and all(w.isupper() for w in words[1:]) and len(name.split()) > len(words):
        # "Gwenaëlle LE BIHAN": an upper-case particle belongs to the surname.
        return plausible_name_shape(" ".join([words[0], "-".join(words[1:])]), alone_on_line)
    if not 2 <= len(words) <= 4:
        return False
    if all(w.isupper() for w in words):
        # "MARIE DURAND" alone on its line (a signature, a colophon) is a name; elsewhere an
        # all-capitals phrase is an organisation or a heading.
        return (alone_on_line and len(words) <= 3 and is_first_name(words[0].capitalize())
                and all(len(w) > 2 for w in words) and normalise(words[-1]) not in _not_surnames())
    if any(w.isupper() and len(w) <= 3 for w in words):
        return False
    if not words[0][0].isupper() or words[0].isupper() or not name[:1].isupper():
        return False  # "des Maladies Monogéniques": a name starts with a capital
    # Function words of any language ('The French', 'Ce Partnering', 'In France') and
    # place names are not names.
    # A known first name or surname may be a common word elsewhere ("Anders Holm", "Jan
    # Vos"): only the shortest function words, and unknown first words, are refused.
    first, last = normalise(words[0]), normalise(words[-1])
    if first in all_function_words() and (len(first) <= (2 if alone_on_line else 3) or not is_first_name(words[0])
                                          or PARTICLE_WORD.fullmatch(first)):
        return False
    if last in _not_surnames() or last in all_function_words() and (len(last) <= 2 or PARTICLE_WORD.fullmatch(last)):
        return False
    return all(re.fullmatch(NAME_WORD, w) for w in words)
