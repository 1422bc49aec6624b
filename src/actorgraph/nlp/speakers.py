"""Read who is speaking from the parse: a name, a pronoun, a description, or a group behind a collective phrase.

This stays inside one sentence and produces a `SpeakerRef`: what the text says about the speaker, with offsets.
Turning a pronoun or "the militia commander" into an entity needs the whole document and happens in `coref`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from .quote_lexicon import QuoteLexicon

_ENTITY_LABELS = {"PERSON", "ORG", "MEDIA", "GPE", "NORP", "LOC", "FAC"}
_TRAILING = {"relcl", "acl", "punct", "cc", "conj", "prep", "advcl"}


@dataclass(frozen=True)
class SpeakerRef:
    """What the sentence says about a speaker. `kind` is mention | pronoun | descriptor | description.

    `owner` is the group a phrase hangs on ("leaders of the group", "the group's spokesman"); with `collective` the
    owner itself is the speaker. `category` says whether the phrase stands for a person or a group.
    """

    kind: str
    start: int
    end: int
    text: str
    head: str
    category: str | None = None
    owner: SpeakerRef | None = None
    collective: bool = False
    definite: bool = False

    def shifted(self, offset: int) -> SpeakerRef:
        owner = self.owner.shifted(offset) if self.owner else None
        return replace(self, start=self.start + offset, end=self.end + offset, owner=owner)


def entity_at(token: Token) -> Span | None:
    doc = token.doc
    if token.ent_type_ in _ENTITY_LABELS:
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    return None


def _mention(ent: Span) -> SpeakerRef:
    category = "person" if ent.label_ == "PERSON" else "group"
    return SpeakerRef("mention", ent.start_char, ent.end_char, ent.text, ent.text, category)


def _phrase(token: Token) -> tuple[int, int, str]:
    """The noun phrase a head stands for, cut before relative clauses and trailing modifiers."""
    left = token.left_edge.i
    right = token.i
    for child in token.rights:
        if child.dep_ in _TRAILING or child.dep_ == "appos":
            break
        right = max(right, child.right_edge.i)
    doc = token.doc
    while left < right and doc[left].is_punct:
        left += 1
    span = doc[left:right + 1]
    return span.start_char, span.end_char, span.text


def speaker_ref(token: Token, lex: QuoteLexicon, depth: int = 0) -> SpeakerRef | None:
    """The speaker a subject (or 'according to' object) token names."""
    if depth > 3:
        return None
    ent = entity_at(token)
    if ent is not None and ent.label_ != "NORP":
        return _mention(ent)
    for child in token.children:
        if child.dep_ == "appos":
            appos_ent = entity_at(child)
            if appos_ent is not None and appos_ent.label_ in ("PERSON", "ORG", "MEDIA"):
                return _mention(appos_ent)
    lower = token.lower_
    lemma = token.lemma_.lower()
    start, end, text = _phrase(token)
    if lower in lex.person_pronouns:
        return SpeakerRef("pronoun", token.idx, token.idx + len(token), token.text, lower, "person")
    if lower in lex.group_pronouns:
        return SpeakerRef("pronoun", token.idx, token.idx + len(token), token.text, lower, "group")
    owner = _owner(token, lex, depth)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) or any(
        c.dep_ == "poss" for c in token.children)
    if lemma in lex.statement_nouns or lower in lex.collective_heads or lemma in lex.channel_nouns:
        if owner is not None and (lemma in lex.statement_nouns or lemma in lex.channel_nouns or token.tag_ in ("NNS", "NNPS")):
            return SpeakerRef("descriptor", start, end, text, lemma, owner.category, owner, collective=True,
                              definite=definite)
        if lemma in lex.statement_nouns:
            return SpeakerRef("descriptor", start, end, text, lemma, None, None, definite=definite)
    if lemma in lex.person_roles or lower in lex.person_roles or _compound_role(token, lex):
        return SpeakerRef("descriptor" if definite else "description", start, end, text, lemma, "person", owner,
                          definite=definite)
    if lemma in lex.group_nouns or lower in lex.group_nouns:
        return SpeakerRef("descriptor" if definite else "description", start, end, text, lemma, "group", owner,
                          definite=definite)
    if token.pos_ in ("NOUN", "PROPN"):
        return SpeakerRef("description", start, end, text, lemma, None, owner, definite=definite)
    return None


def _compound_role(token: Token, lex: QuoteLexicon) -> bool:
    return any(part in lex.person_roles for part in token.lower_.split("-"))


def _owner(token: Token, lex: QuoteLexicon, depth: int) -> SpeakerRef | None:
    """The group a phrase belongs to: a possessive ("the group's", "its"), "of/by/from Y", or a name compound."""
    for child in token.children:
        if child.dep_ == "poss":
            return speaker_ref(child, lex, depth + 1)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from", "for"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return speaker_ref(pobj, lex, depth + 1)
    for child in token.lefts:
        if child.dep_ in ("compound", "nmod", "amod"):
            ent = entity_at(child)
            if ent is not None and ent.label_ in ("ORG", "MEDIA", "PERSON"):
                return _mention(ent)
    return None
