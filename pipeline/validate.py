"""Stage 5, validate: the checks a record must pass before it is written.

pydantic has already checked types and vocabularies (units, qualifiers). Here: every
span points at the text it claims, phones are E.164, e-mails look like addresses, and
record IDs are unique (two identical figures stated as separate facts get a suffix in
document order, so IDs stay independent of unrelated edits elsewhere). A record that
fails is dropped with a warning rather than written wrong.
"""

from __future__ import annotations

import re

from .models import DocumentRecord

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


def _span_ok(record, text: str) -> bool:
    p = record.provenance
    return 0 <= p.start <= p.end <= len(text) and text[p.start:p.end] == p.text


def validate_document(doc: DocumentRecord, text: str) -> DocumentRecord:
    warnings = list(doc.warnings)

    def keep(kind: str, records: list) -> list:
        kept, seen = [], {}
        for r in sorted(records, key=lambda r: (r.provenance.start, r.provenance.end, r.id)):
            problem = None
            if not _span_ok(r, text):
                problem = "span does not match the text"
            elif kind == "contact" and r.phone is not None and not E164.match(r.phone):
                problem = f"phone {r.phone!r} is not E.164"
            elif kind == "contact" and r.email is not None and not EMAIL.match(r.email):
                problem = f"e-mail {r.email!r} is malformed"
            elif kind == "figure" and r.value_max is not None and r.value_max < r.value:
                problem = "range ends below its start"
            if problem:
                warnings.append(f"{kind} {r.id} dropped: {problem}")
                continue
            if r.id in seen:
                seen[r.id] += 1
                r = r.model_copy(update={"id": f"{r.id}-{seen[r.id]}"})
            else:
                seen[r.id] = 1
            kept.append(r)
        return kept

    return doc.model_copy(update={
        "clusters": keep("cluster", doc.clusters),
        "persons": keep("person", doc.persons),
        "contacts": keep("contact", doc.contacts),
        "figures": keep("figure", doc.figures),
        "warnings": warnings,
    })
