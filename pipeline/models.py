"""pydantic models at the pipeline's boundaries: what a processed document and the
reconciled view look like on disk. Inside the pipeline, extractors build these
records from plain data; nothing else in the package depends on pydantic internals.

Field names follow ../shared/gold/FORMAT.md where it names them (name, aliases,
members, region, role, organization, email, phone, value, value_max, unit,
qualifier), so a gold file and an output file read alike.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Unit = Literal[
    "count", "EUR", "USD", "GBP", "percent", "year", "month", "week", "day", "hour", "km", "m2", "rank"
]
Qualifier = Literal["exact", "more_than", "at_least", "less_than", "up_to", "approx", "range"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Provenance(_Strict):
    """Where a record came from: a character span of the document's cleaned text."""

    source: str = Field(description="File name of the source document.")
    start: int = Field(ge=0, description="Start offset in the cleaned text (inclusive).")
    end: int = Field(ge=0, description="End offset in the cleaned text (exclusive).")
    text: str = Field(description="The cleaned text of the span, verbatim.")
    language: str = Field(description="Language code of the paragraph the span is in.")


class ClusterRecord(_Strict):
    id: str
    name: str = Field(description="Current official name (from the registry when known).")
    registry_id: str | None = Field(description="Key in the cluster registry; null for a cluster found only by its introduction in the text.")
    aliases: list[str] = Field(description="Other names or spellings this document uses for the cluster.")
    members: int | None = Field(description="Member count, only where this document states it.")
    region: str | None = Field(description="Region, only where this document states it.")
    provenance: Provenance = Field(description="First mention.")
    mentions: int = Field(ge=1, description="How many times the document names the cluster.")


class PersonRecord(_Strict):
    id: str
    name: str = Field(description="Name in natural case.")
    role: str | None = Field(description="Role as the document words it.")
    role_code: str | None = Field(description="Code from the multilingual role vocabulary (langdata/roles.json).")
    organization: str | None = Field(description="Organisation as the document names it.")
    organization_cluster_id: str | None = Field(description="Registry id when the organisation is a known cluster.")
    provenance: Provenance = Field(description="The mention the role and organisation were read from (else the first).")
    mentions: int = Field(ge=1)


class ContactRecord(_Strict):
    id: str
    name: str | None = Field(description="Person (or agency) this contact point belongs to.")
    organization: str | None
    email: str | None
    phone: str | None = Field(description="E.164, e.g. +33674298406.")
    phone_as_written: str | None
    cluster_id: str | None = Field(description="Registry id of the cluster the contact speaks for, if any.")
    provenance: Provenance = Field(description="Span covering the name, address and number of this contact.")


class FigureRecord(_Strict):
    id: str
    value: float | int
    value_max: float | int | None = None
    unit: Unit
    qualifier: Qualifier
    about: str | None = Field(description="What is counted, in the document's words.")
    provenance: Provenance = Field(description="Exact span of the figure, qualifier included.")
    mentions: int = Field(ge=1, description="How many times the same fact is stated.")


class DateMention(_Strict):
    date: str = Field(description="ISO date (YYYY-MM-DD).")
    kind: Literal["dateline", "publication", "mention"]
    provenance: Provenance


class ParagraphLanguage(_Strict):
    start: int
    end: int
    language: str


class DocumentRecord(_Strict):
    schema_version: int = SCHEMA_VERSION
    source: str
    source_sha256: str
    format: Literal["txt", "md", "html", "pdf"]
    language: str
    date: str | None
    date_provenance: Provenance | None
    text_length: int
    paragraphs: list[ParagraphLanguage]
    clusters: list[ClusterRecord]
    persons: list[PersonRecord]
    contacts: list[ContactRecord]
    figures: list[FigureRecord]
    dated_mentions: list[DateMention]
    warnings: list[str]


# --- The reconciled view (outputs/reconciled.json) -------------------------------------


class SourceRef(_Strict):
    """One per-document record a reconciled record was built from."""

    source: str
    record_id: str


class SignalEvidence(_Strict):
    """How far one kind of content agrees between two versions of a text."""

    signal: Literal["persons", "contacts", "figures", "clusters", "date", "order"]
    weight: float = Field(description="Weight of this signal in the pairing score.")
    score: float = Field(description="Share of the shorter version's records found in the longer one (for 'order': share of the matched records that appear in the same order).")
    matched: int = Field(description="Records of the shorter version matched in the longer one.")
    compared: int = Field(description="Records in the version that has fewer (the denominator).")
    matches: list[str] = Field(description="What matched, each version's wording: 'Dino Mofras ~ Dino Moras', '1100 count: about 1,100 ~ 1.100'.")


class PairEvidence(_Strict):
    """Why two documents were paired: the score and the agreement behind it."""

    sources: list[str] = Field(description="The two source file names, sorted.")
    score: float = Field(description="The pairing score: the lower of signal_mean and content_score, scaled down when the evidence is below the minimum; a pair at or above the threshold is a translation.")
    signal_mean: float = Field(description="Weighted mean of the signals' scores over the signals both versions have.")
    content_score: float | None = Field(description="The same over persons, contacts and figures only; a pair needs it above the threshold too.")
    evidence: float = Field(description="Amount of matched content (a person, contact or date 1, a distinctive figure 1, a small number 0.5, a cluster 0.5).")
    changed_figures: list[str] = Field(default_factory=list, description="Numbers the two versions state differently at the same place (in reading order); each lowers the score by its share of the shorter version's figures.")
    decided_by: Literal["content", "manual"]
    signals: list[SignalEvidence]


class TranslationGroup(_Strict):
    id: str
    sources: list[str] = Field(description="Source file names, sorted.")
    languages: dict[str, str] = Field(description="Source file name -> document language.")
    score: float = Field(description="Content similarity that formed the group (1.0 when stated by hand).")
    decided_by: Literal["content", "manual"]
    evidence: list[PairEvidence] = Field(default_factory=list, description="The pairs that joined the group, with the agreement behind each.")


class MemberCount(_Strict):
    source: str
    date: str | None = Field(description="Date of the document that states the count.")
    members: int


class ClusterRelation(_Strict):
    type: Literal["merged_into", "absorbed"]
    cluster_id: str
    year: int | None


class ReconciledCluster(_Strict):
    id: str
    name: str = Field(description="Current official name.")
    registry_id: str | None
    names: list[str] = Field(description="Every name and alias seen for it, across sources, sorted.")
    sources: list[str]
    member_counts: list[MemberCount] = Field(description="Counts kept side by side, never overwritten.")
    relations: list[ClusterRelation]
    records: list[SourceRef]


class PersonInSource(_Strict):
    name: str
    role: str | None
    role_code: str | None
    organization: str | None
    record_id: str


class ReconciledPerson(_Strict):
    id: str
    name: str
    variants: list[str] = Field(description="Spellings seen, sorted.")
    by_source: dict[str, PersonInSource] = Field(description="Source file name -> how that document words the person.")
    sources: list[str]


class FigureInSource(_Strict):
    value: float | int | None = Field(default=None, description="This version's value where it differs from the reconciled one (rounded or more precise).")
    unit: str | None = Field(default=None, description="This version's unit where it differs (a bare number where the other version states a unit).")
    text: str
    about: str | None
    qualifier: str
    record_id: str


class ReconciledFigure(_Strict):
    id: str
    value: float | int
    value_max: float | int | None
    unit: str
    qualifier: str
    translation_group: str | None
    by_source: dict[str, FigureInSource]
    sources: list[str]


class ContactInSource(_Strict):
    name: str | None
    organization: str | None
    phone_as_written: str | None
    record_id: str


class ReconciledContact(_Strict):
    id: str
    name: str | None
    email: str | None
    phone: str | None
    by_source: dict[str, ContactInSource]
    sources: list[str]


class Conflict(_Strict):
    kind: Literal["value_differs", "only_in_one_version", "role_code_differs"]
    translation_group: str
    record_type: Literal["person", "figure", "contact", "cluster"]
    reconciled_id: str | None
    detail: str
    sources: list[str]


class ReconciledView(_Strict):
    schema_version: int = SCHEMA_VERSION
    translation_groups: list[TranslationGroup]
    clusters: list[ReconciledCluster]
    persons: list[ReconciledPerson]
    figures: list[ReconciledFigure]
    contacts: list[ReconciledContact]
    conflicts: list[Conflict]
