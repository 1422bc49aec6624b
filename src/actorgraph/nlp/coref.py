"""Resolve speaker phrases to the document's entities: names, pronouns, descriptions and collective phrases.

General rules, no per-article patches: a pronoun goes to the latest salient antecedent of its category (earlier
speakers and grammatical subjects first, then any mention); "the militia commander" to the person the text gave that
role ("..., the commander of X," / "X commander Y"), else to the latest person speaking nearby; "the group" to the
latest armed group; "leaders of the group" and "a statement by the group" to the group itself. What cannot be
resolved stays a description, flagged unresolved, never guessed.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..model import Entity
from ..packs import Pack
from .roles import RoleFact
from .speakers import SpeakerRef

_STATE_KINDS = {"government", "military", "ministry", "security_agency", "intergovernmental"}
_STATE_NOUNS = {"ministry", "government", "army", "force", "forces", "command", "administration", "authority",
                "authorities", "regime", "council", "office", "agency", "department", "corps", "division"}
_NEARBY = 2500  # characters within which "the commander" may still mean the last person speaking


@dataclass(frozen=True)
class Resolution:
    name: str | None
    resolved: bool
    entity: Entity | None = None


class SpeakerResolver:
    def __init__(self, entities: list[Entity], roles: list[RoleFact], subjects: list[tuple[int, int]],
                 pack: Pack, descriptor_kinds: dict[str, tuple[str, ...]] | None = None) -> None:
        self.pack = pack
        self.descriptor_kinds = descriptor_kinds or {}
        self.index = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda x: x[0])
        self.starts = [s for s, _, _ in self.index]
        self.subjects = set(subjects)
        self.history: list[tuple[int, Entity]] = []
        self.roles: list[tuple[int, Entity, str, Entity | None]] = []
        for fact in roles:
            person = self.entity_over(*fact.person)
            if person is None or person.type != "PERSON":
                continue
            owner = self.entity_over(*fact.owner) if fact.owner else None
            self.roles.append((fact.person[0], person, fact.role, owner))

    def entity_over(self, start: int, end: int) -> Entity | None:
        i = bisect.bisect_right(self.starts, end) - 1
        while i >= 0 and self.index[i][0] > start - 300:
            s, e, entity = self.index[i]
            if s < end and e > start:
                return entity
            i -= 1
        return None

    def remember(self, position: int, entity: Entity) -> None:
        self.history.append((position, entity))

    def resolve(self, ref: SpeakerRef | None, position: int) -> Resolution:
        if ref is None:
            return Resolution(None, False)
        if ref.kind == "mention":
            entity = self.entity_over(ref.start, ref.end)
            return Resolution(entity.name, True, entity) if entity else Resolution(ref.text, False)
        if ref.collective and ref.owner is not None:
            owner = self.resolve(ref.owner, position)
            if owner.entity is not None:
                return owner
            return Resolution(ref.text, False)
        if ref.kind == "pronoun":
            entity = self._antecedent(position, ref.category or "person", "pronoun" if ref.category == "group" else None)
            return Resolution(entity.name, True, entity) if entity else Resolution(ref.text, False)
        if ref.kind == "descriptor":
            entity = self._descriptor(ref, position)
            return Resolution(entity.name, True, entity) if entity else Resolution(ref.text, False)
        return Resolution(ref.text, False)

    # ---- antecedents -------------------------------------------------------------------------------------------
    def _fits(self, entity: Entity, category: str, head: str | None) -> bool:
        if category == "person":
            return entity.type == "PERSON"
        if entity.type not in ("ORG", "MEDIA", "GPE"):
            return False
        if head is None:
            return True
        if head == "pronoun":  # "it said", "they claimed": an organisation or outlet, not a place
            return entity.type != "GPE"
        entry = self.pack.get(entity.pack_id)
        state_like = entity.type == "GPE" or (entry is not None and entry.kind in _STATE_KINDS)
        return state_like if head in _STATE_NOUNS else (entity.type == "ORG" and not state_like)

    def _antecedent(self, position: int, category: str, head: str | None) -> Entity | None:
        """The last speaker that fits, if it spoke nearby; else the latest fitting subject; else any mention.

        For a group description the pack kind counts too ("the umbrella" prefers an umbrella group) and, among
        the recent candidates, the one the text has named most often so far (the article's protagonist).
        """
        for pos, entity in reversed(self.history):
            if pos < position and position - pos < _NEARBY and self._fits(entity, category, head) and \
                    self._kind_ok(entity, head):
                return entity
        end = bisect.bisect_left(self.starts, position)
        counts: dict[str, int] = {}
        for i in range(end):
            counts[self.index[i][2].id] = counts.get(self.index[i][2].id, 0) + 1
        best: tuple[tuple[int, int, int, int], Entity] | None = None
        for i in range(end - 1, -1, -1):
            start, stop, entity = self.index[i]
            if position - start > _NEARBY * 2 and best is not None:
                break
            if not self._fits(entity, category, head):
                continue
            score = (int(self._kind_match(entity, head)), counts.get(entity.id, 0),
                     int((start, stop) in self.subjects), start)
            if best is None or score > best[0]:
                best = (score, entity)
        return best[1] if best else None

    def _kind_match(self, entity: Entity, head: str | None) -> bool:
        entry = self.pack.get(entity.pack_id)
        if head == "pronoun":
            return entity.type == "ORG"
        return bool(head and entry is not None and entry.kind in self.descriptor_kinds.get(head, ()))

    def _kind_ok(self, entity: Entity, head: str | None) -> bool:
        return head is None or self._fits(entity, "group", head)

    def _descriptor(self, ref: SpeakerRef, position: int) -> Entity | None:
        owner = self.resolve(ref.owner, position).entity if ref.owner is not None else None
        if ref.category == "person":
            for pos, person, role, role_owner in reversed(self.roles):
                if pos < position and _same_role(role, ref.head) and (owner is None or role_owner is owner):
                    return person
            if owner is not None and owner.pack_id:
                leader = self._pack_leader(owner.pack_id, position)
                if leader is not None:
                    return leader
            if owner is None and ref.definite:
                for pos, entity in reversed(self.history):
                    if pos < position and entity.type == "PERSON" and position - pos < _NEARBY:
                        return entity
            return None
        if ref.category == "group":
            return owner if owner is not None else self._antecedent(position, "group", ref.head)
        # a statement with no owner: the one speaking just before
        for pos, entity in reversed(self.history):
            if pos < position and position - pos < _NEARBY:
                return entity
        return None

    def _pack_leader(self, owner_pack_id: str, position: int) -> Entity | None:
        leaders = {a.subject for a in self.pack.affiliations if a.predicate == "leads" and a.object == owner_pack_id
                   and a.until is None}
        for start, _stop, entity in reversed(self.index):
            if start < position and entity.pack_id in leaders:
                return entity
        return None


def _same_role(role: str, head: str) -> bool:
    return role == head or head in role.split("-") or role in head.split("-")
