"""Whose people are on stage: what the pack says of the persons a text names (their state, the bodies they lead
or belong to) and the roles the text gave them. "The Iranian minister", "Britain's representative" and "the Hamas
official" are resolved against it."""

from __future__ import annotations

from ..model import Entity
from ..packs import Pack


class Allegiance:
    def __init__(self, pack: Pack, index: list[tuple[int, int, Entity]],
                 roles: list[tuple[int, Entity, str, Entity | None]]) -> None:
        """`index` is the document's mentions in text order; `roles` the resolver's list, which grows as it reads."""
        self.pack = pack
        self.index = index
        self.roles = roles

    def may_belong(self, person: Entity, owner: Entity | None) -> bool:
        if owner is None or owner.type != "GPE":
            return True
        entry = self.pack.get(person.pack_id)
        if entry is not None:
            # a national who serves an international body (the UN's humanitarian chief) speaks for it, not for
            # the state whose passport he holds: "Britain's representative" is someone else
            return entry.country == owner.pack_id and not self.serves_international(entry.id)
        return any(p is person and role_owner is owner for _pos, p, _role, role_owner in self.roles)

    def serves_international(self, person_id: str) -> bool:
        for a in self.pack.affiliations:
            if a.subject == person_id and a.until is None and a.predicate in ("leads", "member_of"):
                body = self.pack.get(a.object)
                if body is not None and body.kind == "intergovernmental":
                    return True
        return False

    def members(self, owner: Entity) -> set[int]:
        """People on stage whom the pack records as leading or belonging to the owner: "the Hamas official" may be
        a member the text named without saying whose he is."""
        if not owner.pack_id:
            return set()
        ids = {a.subject for a in self.pack.affiliations if a.object == owner.pack_id and a.until is None
               and a.predicate in ("leads", "member_of")}
        return {id(e) for _s, _e, e in self.index if e.pack_id in ids}

    def foreigners(self, text: str) -> set[int]:
        """People (as ids) the pack makes nationals of another state than the one a description's demonym names:
        "the Iranian minister" is not the Iraqi foreign minister who spoke last."""
        states = self._states(text)
        if not states:
            return set()
        return {id(entity) for entity, country in self._people_countries() if country and country not in states}

    def nationals(self, text: str, position: int) -> set[int]:
        """People (as ids) the text gave a role of the state a description's demonym names ("Russian")."""
        states = self._states(text)
        if not states:
            return set()
        # the pack knows whose national a person is ("Iranian Foreign Minister")
        out = {id(entity) for entity, country in self._people_countries() if country in states}
        for pos, person, _role, role_owner in self.roles:
            entry = self.pack.get(role_owner.pack_id) if role_owner is not None and pos < position else None
            if entry is not None and (entry.id in states or entry.of in states or entry.country in states):
                out.add(id(person))
        return out

    def leaders_on_stage(self, position: int) -> set[int]:
        leaders = frozenset().union(*self.pack.current_leaders.values())
        return {id(e) for s, _e, e in self.index if s < position and e.pack_id in leaders}

    def leader(self, owner_pack_id: str, position: int, ahead: int = 0) -> Entity | None:
        """The pack's current leader of a body on stage: the last named before `position`, or with `ahead`
        characters the first named after it."""
        leaders = self.pack.current_leaders.get(owner_pack_id, frozenset())
        if ahead:
            return next((e for s, _e, e in self.index if position < s < position + ahead and e.pack_id in leaders),
                        None)
        for start, _stop, entity in reversed(self.index):
            if start < position and entity.pack_id in leaders:
                return entity
        return None

    def _states(self, text: str) -> set[str]:
        """The states a description's demonyms name ("the Iranian minister" -> iran), as pack ids."""
        demonyms = self.pack.country_by_demonym()
        return {demonyms[w.lower()] for w in text.split() if w[:1].isupper() and w.lower() in demonyms}

    def _people_countries(self) -> list[tuple[Entity, str | None]]:
        """Each mention of a person the pack knows, with the state the pack makes that person a national of."""
        out: list[tuple[Entity, str | None]] = []
        for _s, _e, entity in self.index:
            entry = self.pack.get(entity.pack_id) if entity.type == "PERSON" and entity.pack_id else None
            if entry is not None:
                out.append((entity, entry.country))
        return out
