"""Who a noun in the parse stands for: the entity named there, the one a pronoun or "the group" points back to, or
the description as written.

Relations, events and claims all need the same answer for the same noun, so it lives here once. Resolution of
pronouns is deliberately simple (the nearest earlier actor of the right kind): facts are scored on their parties,
and a wrong party is worse than a description, so anything unsure falls back to the words of the text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Token

from ..model import Entity, Mention, Quote

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "MEDIA"})
PLACE_TYPES = frozenset({"GPE", "LOC"})
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my", "ours"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# "the group", "the movement": a named armed group or party mentioned before; "the government" is not one of them
_OWN_MEN = frozenset({"fighters", "forces", "troops", "units", "mujahideen", "men", "members", "operatives",
                      "brigades", "cells"})
_UNIT_WORDS = frozenset({"force", "fighter", "unit", "brigade", "wing", "navy", "militants", "soldiers", "guards"})
_WE = frozenset({"we", "us", "our", "ours"})
_FORCE_ANAPHORS = frozenset({"army", "military"})
_ANAPHORS = frozenset({"group", "movement", "militia", "organisation", "organization", "faction", "outfit"})
_QUANTITY_HEADS = frozenset({"tens", "thousands", "hundreds", "dozens", "scores", "millions", "some", "many", "most",
                             "several", "group", "number", "majority", "handful", "crowd", "crowds", "members"})
_NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})
_SKIP_DESCRIPTION = frozenset({"who", "which", "that", "what", "whom", "whose", "one", "ones", "all", "some", "each",
                               "both", "others", "anyone", "everyone", "none", "someone", "nobody", "you", "yourself"})


@dataclass(frozen=True)
class Party:
    """One side of a fact: the entity's canonical name, or a description (entity None)."""

    name: str
    entity: Entity | None

    @property
    def resolved(self) -> bool:
        return self.entity is not None


class ActorFinder:
    def __init__(self, entities: list[Entity], quotes: list[Quote], group_nouns: frozenset[str],
                 party_nouns: frozenset[str] = frozenset(), demonyms: dict[str, str] | None = None,
                 forces: dict[str, str] | None = None, instruments: frozenset[str] = frozenset(),
                 kinds: dict[str, str] | None = None) -> None:
        """`party_nouns`: heads a description of a party may have; `demonyms` maps "Israeli" to a pack country id
        and `forces` a country id to its military's pack id, for actors given only as an adjective."""
        spans = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda s: (s[0], s[1]))
        self._starts = [s for s, _e, _ent in spans]
        self._spans = spans
        self._quotes = sorted(quotes, key=lambda q: q.start)
        self._group_nouns = group_nouns
        self._party_nouns = party_nouns | group_nouns
        self._demonyms = demonyms or {}
        self._instruments = instruments
        self._kinds = kinds or {}
        self._forces = forces or {}
        self._entities = entities
        self._by_name = {e.name: e for e in entities}
        self._sides: set[tuple[str, str]] = set()
        self._side_list: list[tuple[str, str]] = []  # (member, group) in the order learnt: this text's first
        self._by_pack = {e.pack_id: e for e in entities if e.pack_id}

    def add_sides(self, pairs) -> None:  # type: ignore[no-untyped-def]
        """Pairs of canonical names known to be on one side (a leader and his group, a unit and its umbrella)."""
        for a, b in pairs:
            if a and b:
                self._side_list.append((a, b))
                self._sides.add((a, b))
                self._sides.add((b, a))

    def name_in_text(self, pack_id: str, name: str, etype: str, start: int, text: str) -> Entity:
        """An actor the recognisers missed but a fact rule found ("Iran" in "Iran-backed"): it joins the document's
        entities with this mention, so the fact can name it."""
        ent = self._by_pack.get(pack_id)
        if ent is None:
            ent = Entity(id=pack_id, name=name, type=etype, pack_id=pack_id)
            self._entities.append(ent)
            self._by_pack[pack_id] = ent
            self._by_name[name] = ent
        if all(m.start != start for m in ent.mentions):
            ent.mentions.append(Mention(start, start + len(text), text, "pack"))
            ent.mentions.sort(key=lambda m: m.start)
            if text != ent.name and text not in ent.aliases:
                ent.aliases.append(text)
        return ent

    @property
    def instrument_words(self) -> frozenset[str]:
        return self._instruments

    def group_of(self, person: Entity) -> Entity | None:
        """The organisation a person is known (from the pack or this text) to lead or belong to."""
        for a, b in self._side_list:
            if a == person.name:
                ent = self._by_name.get(b)
                if ent is not None and ent.type == "ORG":
                    return ent
        return None

    def salient_or_last(self, pos: int) -> Entity | None:
        """"the group" in "an accusation the group rejected": the nearest organisation or country before."""
        return self._last_group_or_state(pos, floor=pos - 1500)

    def _last_group_or_state(self, pos: int, floor: int) -> Entity | None:
        """"it" / "they": the nearest organisation or country before (not a town: towns seldom act)."""
        i = bisect.bisect_left(self._starts, pos)
        for s, _e, ent in reversed(self._spans[:i]):
            if s < floor:
                return None
            if ent.type == "ORG" or ent.type == "GPE" and self._kinds.get(ent.pack_id or "") == "country":
                return ent
        return None

    def is_place(self, entity: Entity) -> bool:
        """A town, region or site rather than a state: somewhere things happen, not a party to them."""
        if entity.type == "LOC":
            return True
        return entity.type == "GPE" and self._kinds.get(entity.pack_id or "", "") != "country"

    def last_of_kind(self, pos: int, kind: str, floor: int = 0) -> Entity | None:
        """The nearest earlier entity whose pack entry is of `kind` ("the army" -> the last military named)."""
        i = bisect.bisect_left(self._starts, pos)
        for s, _e, ent in reversed(self._spans[:i]):
            if s < floor:
                return None
            if ent.pack_id and self._kinds.get(ent.pack_id) == kind:
                return ent
        return None

    def leads_or_member(self, a: Entity, b: Entity) -> bool:
        return (a.name, b.name) in self._sides

    # -- looking up mentions -----------------------------------------------------------------------------------
    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention covering [start, end), or overlapping it, nearest the end."""
        i = bisect.bisect_right(self._starts, end - 1)
        best: Entity | None = None
        for s, e, ent in reversed(self._spans[max(0, i - 8):i]):
            if s < end and e > start:
                if s <= start and e >= end:
                    return ent
                best = best or ent
        return best

    def within(self, start: int, end: int, types: frozenset[str] = ACTOR_TYPES) -> list[tuple[int, Entity]]:
        """Entities named inside [start, end), in text order, with where."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        for s, e, ent in self._spans[i:]:
            if s >= end:
                break
            if e <= end and ent.type in types:
                out.append((s, ent))
        return out

    def last_before(self, pos: int, types: frozenset[str], floor: int = 0) -> Entity | None:
        i = bisect.bisect_left(self._starts, pos)
        for s, _e, ent in reversed(self._spans[:i]):
            if s < floor:
                return None
            if ent.type in types:
                return ent
        return None

    def quote_at(self, pos: int) -> Quote | None:
        for q in self._quotes:
            if q.start <= pos < q.end:
                return q
            if q.start > pos:
                return None
        return None

    # -- resolving a noun ---------------------------------------------------------------------------------------
    def party(self, tok: Token, offset: int, places: bool = False) -> Party | None:
        """The party `tok` (the head of a noun phrase) stands for, or None for a noun that names no one."""
        types = PLACE_TYPES if places else ACTOR_TYPES
        start = tok.idx + offset
        ent = self.entity_at(start, start + len(tok.text))
        if ent is not None and ent.type in types:
            return Party(ent.name, ent)
        if ent is not None and not places and ent.type in PLACE_TYPES:
            return None
        if places:
            return None
        lower = tok.lower_
        if lower in _FIRST_PERSON:
            q = self.quote_at(start)
            if q is not None and q.speaker:
                speaker = Party(q.speaker, None) if not q.speaker_resolved else self.party_named(q.speaker)
                if lower in _WE and speaker.entity is not None and speaker.entity.type == "PERSON":
                    group = self.group_of(speaker.entity)
                    if group is not None:
                        return Party(group.name, group)  # "we" in a leader's words is his group
                return speaker
            return None
        if tok.pos_ == "PRON" or lower in _GROUP_PRONOUNS:
            if lower in _PERSON_PRONOUNS:
                found = self.last_before(start, frozenset({"PERSON"}), floor=start - 600)
            elif lower in _GROUP_PRONOUNS:
                found = self._last_group_or_state(start, floor=start - 600)
            else:
                found = None
            return Party(found.name, found) if found is not None else None
        left = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod")]
        for c in left:
            sub = self.entity_at(c.idx + offset, c.idx + offset + len(c.text))
            if sub is not None and sub.type in ACTOR_TYPES:
                return Party(sub.name, sub)
        for c in left:
            state = self.state_of(c.text)
            if state is not None:
                return state
        for c in left:
            if c.dep_ == "poss" and c.lower_ == "whose" and tok.head.dep_ == "relcl":
                return self.party(tok.head.head, offset)  # "X, whose movement boycotted": X
            if c.dep_ == "poss" and lower in _OWN_MEN | _UNIT_WORDS and c.pos_ in ("NOUN", "PRON"):
                owner = self.party(c, offset)  # "the group's naval forces", "its fighters": the group
                if owner is not None and owner.resolved and owner.entity is not None and \
                        owner.entity.type == "ORG":
                    return owner
        dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
        if lower in _FORCE_ANAPHORS and dets and dets[0] in _DETERMINERS and not left:
            found = self.last_of_kind(start, "military", floor=start - 2500)
            if found is not None:
                return Party(found.name, found)
        if lower in _ANAPHORS and dets and dets[0] in _DETERMINERS and not left:
            found = self.last_before(start, frozenset({"ORG"}), floor=start - 1500)
            if found is not None:
                return Party(found.name, found)
        quantity = lower in _QUANTITY_HEADS or tok.like_num
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        inner = self.party(obj, offset)
                        if inner is not None and inner.resolved:
                            return inner
                        if inner is not None and quantity:
                            whole = tok.doc[tok.left_edge.i:obj.i + 1].text  # "dozens of other senior officers"
                            return Party(whole if len(whole) <= 80 else inner.name, None)
        if lower in _OWN_MEN and not dets and not left:
            # "fighters had struck", said by a group: its own men
            q = self.quote_at(start)
            if q is not None and q.speaker_resolved and q.speaker:
                speaker = self.party_named(q.speaker)
                if speaker.entity is not None and speaker.entity.type == "ORG":
                    return speaker
        return self.description(tok, offset)

    def party_named(self, name: str) -> Party:
        """A party by an entity's canonical name (a quote's speaker), with its entity when it has one."""
        return Party(name, self._by_name.get(name))

    def by_pack_id(self, pack_id: str | None) -> Entity | None:
        """The document's entity for a pack entry, when the document names it."""
        return self._by_pack.get(pack_id) if pack_id else None

    def state_of(self, adjective: str, forces: bool = True) -> Party | None:
        """"Israeli" (in "Israeli strikes"): the state's forces when the document names them (unless `forces` is
        False: "Iranian-backed" is backing by the state), else the state."""
        country = self._demonyms.get(adjective) or self._demonyms.get(adjective.lower())
        if country is None:
            return None
        for pack_id in (self._forces.get(country) if forces else None, country):
            ent = self._by_pack.get(pack_id) if pack_id else None
            if ent is not None:
                return Party(ent.name, ent)
        return None

    def description(self, tok: Token, offset: int) -> Party | None:
        """The noun phrase as written, without clauses after the head: "unidentified gunmen", "the network"."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in _SKIP_DESCRIPTION or tok.ent_type_ in _NOT_PARTIES:
            return None
        if tok.pos_ == "NOUN" and self._party_nouns and tok.lemma_.lower() not in self._party_nouns and \
                tok.lower_ not in self._party_nouns:
            return None
        if tok.lemma_.lower() in self._instruments or tok.lower_ in self._instruments:
            return None
        if tok.pos_ == "PROPN" and (not tok.ent_type_ or tok.ent_type_ in _NOT_PARTIES):
            return None  # a capitalised word no recogniser took for a name ("Saturday", "Tower")
        left = tok.left_edge.i
        words = [t for t in tok.doc[left:tok.i + 1] if t.dep_ != "punct" or t.text == "-"]
        if not words:
            return None
        text = tok.doc[words[0].i:tok.i + 1].text
        if len(text) > 60 or "\n" in text:
            return None
        return Party(text, None)
