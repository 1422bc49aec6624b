"""Reading a word's dependents in the parse: its first child of a kind, and the objects of its prepositions.

Relations, events and statement acts all ask these two questions of spaCy's tree many times; one reading keeps them
answering alike (conjoined objects included: "on A and B" gives A and B).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token


def child(tok: Token | None, deps: Iterable[str] | str) -> Token | None:
    """The first child of `tok` whose dependency is one of `deps`, or None."""
    if tok is None:
        return None
    wanted = (deps,) if isinstance(deps, str) else tuple(deps)
    return next((c for c in tok.children if c.dep_ in wanted), None)


def prep_objects(tok: Token, preps: Iterable[str], conjuncts: bool = True) -> list[Token]:
    """The objects of `tok`'s prepositions among `preps` ("ties with X", "part of X and Y"), in order."""
    wanted = set(preps)
    out: list[Token] = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in wanted:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                out.extend([obj, *obj.conjuncts] if conjuncts else [obj])
    return out
