"""The shared language of actorgraph: plain typed records that every layer passes around.

This module imports nothing of ours, so ingest, nlp, kb and the views can all depend on it without depending on each
other. `Extraction.to_dict()` is the output contract of DESIGN.md; nothing else decides the shape of `extract` output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "MEDIA", "EVENT")
PREDICATES = (
    "leads", "member_of", "part_of", "backed_by", "allied_with", "pledged_allegiance_to", "commanded_by",
    "operates_in", "designated_by", "adversary_of", "located_in", "front_for",
)
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
CLAIM_STATUSES = ("confirmed", "unverified", "disputed", "denied", "debunked", "false")

STATUS_OK = "ok"
STATUS_SKIPPED_LANGUAGE = "skipped-language"


@dataclass(frozen=True)
class Span:
    """A stretch of the document text; `text` is always exactly `document.text[start:end]`."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Document:
    """One input text with its metadata; `text` is what every offset indexes.

    `body_start` marks where extractable prose begins: a file's front matter stays in `text` (so offsets index the
    file as given) but is metadata, not article, and is not run through the pipeline.
    """

    id: str
    content_hash: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    status: str = STATUS_OK
    source: str | None = None
    body_start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "content_hash": self.content_hash, "title": self.title, "outlet": self.outlet,
            "author": self.author, "published": self.published, "url": self.url, "language": self.language,
            "status": self.status,
        }


@dataclass
class Mention:
    """One place in the text where an entity is named; `source` says which recogniser found it."""

    start: int
    end: int
    text: str
    source: str = "ner"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Entity:
    """An actor, place or outlet as named in one document; `pack_id` links it to domain-pack knowledge."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    pack_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class Relation:
    subject: str
    predicate: str
    object: str
    evidence: Span
    since: str | None = None
    until: str | None = None
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject, "predicate": self.predicate, "object": self.object, "since": self.since,
            "until": self.until, "evidence": self.evidence.to_dict(), "confidence": self.confidence,
        }


@dataclass
class Quote:
    speaker: str | None
    speaker_resolved: bool
    text: str
    start: int
    end: int
    kind: str
    cue: str | None
    evidence: Span
    via: str | None = None
    relayed_by: list[str] = field(default_factory=list)
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker, "speaker_resolved": self.speaker_resolved, "text": self.text,
            "start": self.start, "end": self.end, "kind": self.kind, "cue": self.cue, "via": self.via,
            "relayed_by": list(self.relayed_by), "date": self.date, "evidence": self.evidence.to_dict(),
        }


@dataclass
class Event:
    type: str
    evidence: Span
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    date: str | None = None
    killed: int | None = None
    killed_qualifier: str | None = None
    wounded: int | None = None
    wounded_qualifier: str | None = None
    mode: str | None = None
    alleged: bool = False
    # A party the text describes but does not name ("unidentified gunmen") is not an entity, so the contract's
    # `actor` / `target` stay null and the words are kept here.
    actor_description: str | None = None
    target_description: str | None = None
    # The quote that performs this act (a threat, an accusation), by its text, when a statement is the act.
    quote: str | None = None
    # The places that hold `location`, innermost first ("Kirkuk Province", "Iraq"), from the pack and the text.
    location_within: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type, "actor": self.actor, "target": self.target, "location": self.location,
            "date": self.date, "killed": self.killed, "killed_qualifier": self.killed_qualifier,
            "wounded": self.wounded, "wounded_qualifier": self.wounded_qualifier, "mode": self.mode,
            "alleged": self.alleged, "evidence": self.evidence.to_dict(),
            "actor_description": self.actor_description, "target_description": self.target_description,
            "quote": self.quote, "location_within": list(self.location_within),
        }


@dataclass
class Claim:
    claimant: str | None
    text: str
    evidence: Span
    date: str | None = None
    status: str = "unverified"
    assessed_by: str | None = None
    # As for events: an unnamed claimant or assessor ("a security source") is kept as written, not as an entity.
    claimant_description: str | None = None
    assessed_by_description: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "claimant": self.claimant, "text": self.text, "date": self.date, "status": self.status,
            "assessed_by": self.assessed_by, "evidence": self.evidence.to_dict(),
            "claimant_description": self.claimant_description,
            "assessed_by_description": self.assessed_by_description,
        }


@dataclass
class TimeExpression:
    text: str
    start: int
    end: int
    value: str | None
    precision: str | None
    kind: str = "date"
    qualifier: str | None = None
    # A measure counted from an earlier date ("two days later") is a duration in TIMEX3 terms; the day it lands on
    # is kept here, so that a statement made "two days later" still gets its day.
    anchored: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end, "value": self.value,
            "precision": self.precision, "kind": self.kind, "qualifier": self.qualifier, "anchored": self.anchored,
        }


@dataclass
class Extraction:
    """Everything extracted from one document, with the extractor that produced it (for provenance)."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    dates: list[TimeExpression] = field(default_factory=list)
    extractor: str = "actorgraph"
    extractor_version: str = "0"

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
            "dates": [d.to_dict() for d in self.dates],
        }
