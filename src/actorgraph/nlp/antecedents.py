"""What a speaker phrase can resolve to, and the answer the resolver gives: kept apart from the resolver so that
the attributor can name them without the resolver's rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Entity
from ..packs import Pack


@dataclass(frozen=True)
class Description:
    """An unnamed speaker the text described ("a US defense official"): an antecedent that resolves to no entity."""

    text: str
    category: str | None
    head: str
    plural: bool = False


Antecedent = Entity | Description


@dataclass(frozen=True)
class Genders:
    """Given names by sex and the titles that may stand before them, read from the pack once, not per document:
    "she said" goes to a woman named before, and not to a man the lexicon knows when the woman's name is new."""

    female: frozenset[str] = frozenset()
    male: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()

    @classmethod
    def from_pack(cls, pack: Pack, female_first_names: Iterable[str]) -> Genders:
        female = frozenset(n.capitalize() for n in female_first_names)
        male = frozenset(str(n) for n in pack.rules.get("given_names", [])) - female
        titles = frozenset(w.lower().rstrip(".") for t in pack.rules.get("person_titles", []) for w in str(t).split())
        return cls(female, male, titles)

    def first_name(self, candidate: Antecedent) -> str:
        name = candidate.name if isinstance(candidate, Entity) else candidate.text
        return next((w for w in (name or "").split() if w.lower().rstrip(".") not in self.titles), "")


@dataclass(frozen=True)
class Resolution:
    name: str | None
    resolved: bool
    entity: Entity | None = None


def resolution(found: Antecedent | None, fallback: str) -> Resolution:
    if isinstance(found, Entity):
        return Resolution(found.name, True, found)
    if isinstance(found, Description):
        return Resolution(found.text, False)
    return Resolution(fallback, False)
