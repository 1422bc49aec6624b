"""The facts between actors in one document: relations, events and claims, built after entities and quotes.

They come last because they stand on everything before them: entity mentions name the parties, quotes give the
statements that are acts and claims, and resolved dates give each fact its day. This module only wires the finders
together and turns parties into the contract's fields (entity names, or null with the description kept aside).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..model import Claim, Entity, Event, Quote, Relation, TimeExpression
from ..packs import Pack
from .claims import ClaimFinder
from .events import EventFinder, FoundEvent
from .fact_actors import ActorFinder, Party
from .fact_lexicon import FactLexicon
from .fact_sentences import fact_sentences
from .quote_lexicon import QuoteLexicon
from .relations import RelationFinder
from .statement_events import StatementEvents, Tokens


# Ties that put two actors on one side: a group named in its own leader's words is not the target of them.
_SIDES = frozenset({"leads", "member_of", "part_of", "commanded_by", "pledged_allegiance_to", "front_for"})


# Statement acts that assert something checkable, so the statement is also a claim.
_ASSERTING = frozenset({"ACCUSE", "REJECT"})


@dataclass
class Facts:
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


class FactExtractor:
    """Built once per process with the pack; `extract` is called per document."""

    def __init__(self, pack: Pack, quote_lex: QuoteLexicon | None = None) -> None:
        """`quote_lex`: the attribution lexicon the extractor has already read from the pack, if any."""
        self.lex = FactLexicon.from_rules(pack.rules)
        quote_lex = quote_lex or QuoteLexicon.from_rules(pack.rules)
        self.party_nouns = quote_lex.group_nouns | quote_lex.person_roles | quote_lex.person_nouns
        self.demonyms = pack.country_by_demonym()
        self.forces = {c: e.id for c in set(self.demonyms.values())
                       if (e := pack.state_body(c, ("military",))) is not None}
        self.events = EventFinder(pack, self.lex)
        self.statements = StatementEvents(self.lex)
        self.relations = RelationFinder(pack, self.lex)
        self.claims = ClaimFinder(self.lex)
        self.pack = pack
        self.pack_sides = [a for a in pack.affiliations if a.predicate in _SIDES]
        self.pack_names = {e.id: e.name for e in pack.entries.values()}
        self.kinds = {e.id: e.kind for e in pack.entries.values() if e.kind}
        # the weapons of the mode lists ("drones"), not the people in them ("gunmen")
        self.instruments = frozenset(w for p in self.lex.mode_words.values() for w in p) - self.lex.party_nouns - {
            "gunmen", "snipers", "bombers"}

    def extract(self, text: str, docs: list[tuple[int, Doc]], entities: list[Entity], quotes: list[Quote],
                dates: list[TimeExpression], publisher: str | None, body_from: int = 0) -> Facts:
        finder = ActorFinder(entities, quotes, self.party_nouns, self.lex.party_nouns, self.demonyms, self.forces,
                             self.instruments, self.kinds)
        tokens = Tokens(docs)
        sentences = fact_sentences(text, docs, dates, body_from)
        relations = self.relations.find(text, sentences, finder)
        finder.add_sides((r.subject, r.object) for r in relations if r.predicate in _SIDES)
        finder.add_sides((self.pack_names.get(a.subject), self.pack_names.get(a.object))
                         for a in self.pack_sides)
        found = self.events.find(sentences, finder, quotes)
        found += self.statements.find(quotes, tokens, finder, list(found))
        relations += self.relations.designations(found, relations)
        relations += self.relations.adversaries(found, relations, finder)
        # an alleged act, a blame or a denial in a quote makes that quote a claim, whatever its cue
        alleged_from = {id(f.quote) for f in found if f.quote is not None and (
            f.event.alleged or f.event.type in _ASSERTING)}
        claims = self.claims.find(text, quotes, tokens, entities, finder, publisher, body_from,
                                  forced={id(q) for q in quotes if id(q) in alleged_from},
                                  rejections=[f.quote for f in found if f.quote is not None and f.event.type == "REJECT"
                                              and not f.event.alleged])
        names = {e.name for e in entities}
        for claim in claims:
            if claim.claimant is not None and claim.claimant not in names:
                claim.claimant, claim.claimant_description = None, claim.claimant
            if claim.assessed_by is not None and claim.assessed_by not in names:
                claim.assessed_by, claim.assessed_by_description = None, claim.assessed_by
        events = [_named(f, names) for f in sorted(found, key=lambda f: f.event.evidence.start)]
        inside = {r.subject: r.object for r in relations if r.predicate == "located_in"}
        by_name = {e.name: e for e in entities}
        for ev in events:
            if ev.location:
                ev.location_within = self._within(ev.location, inside, by_name)
        return Facts(relations, events, claims)

    def _within(self, place: str, inside: dict[str, str], by_name: dict[str, Entity]) -> list[str]:
        """The chain of places holding `place`: the text's own "V in P" first, then the pack's parents."""
        out: list[str] = []
        name = place
        while name in inside and inside[name] not in out and len(out) < 6:
            name = inside[name]
            out.append(name)
        ent = by_name.get(name)
        entry = self.pack.get(ent.pack_id) if ent is not None else None
        while entry is not None and entry.parent and len(out) < 8:
            entry = self.pack.get(entry.parent)
            if entry is not None and entry.name not in out and entry.name != place:
                out.append(entry.name)
        return out


def _named(found: FoundEvent, names: set[str]) -> Event:
    ev = found.event
    ev.actor, ev.actor_description = _split(found.actor, names)
    ev.target, ev.target_description = _split(found.target, names)
    if found.quote is not None and not ev.alleged:
        ev.quote = found.quote.text
    return ev


def _split(party: Party | None, names: set[str]) -> tuple[str | None, str | None]:
    if party is None:
        return None, None
    if party.resolved and party.name in names:
        return party.name, None
    return None, party.name
