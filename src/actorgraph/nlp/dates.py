"""spaCy component: find temporal expressions and read the tense of the clause each one sits in.

Resolution needs the publication date, which belongs to the document rather than to the spaCy pipeline, so the
component stops at what the parse knows (where each expression is, and whether its clause looks back or forward);
`Extractor` resolves against the anchor afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..packs import Pack
from ..temporal import Found, TemporalFinder, TemporalLexicon

if not Doc.has_extension("temporal"):
    Doc.set_extension("temporal", default=None)

_PAST_TAGS = {"VBD"}
_PRESENT_TAGS = {"VBZ", "VBP"}


@dataclass(frozen=True)
class TemporalMention:
    """A found expression plus its clause's tense and the verb that governs it (for quote dating)."""

    found: Found
    tense: str | None
    governor: int | None  # token index of the governing verb, or None

    def shifted(self, offset: int) -> TemporalMention:
        found = replace(self.found, start=self.found.start + offset, end=self.found.end + offset)
        return replace(self, found=found)


@Language.factory("actorgraph_dates", default_config={})
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder(nlp, name)


class DateFinder:
    def __init__(self, nlp: Language, name: str = "actorgraph_dates") -> None:
        self.name = name
        self.finder: TemporalFinder | None = None
        self.lexicon: TemporalLexicon | None = None

    def set_pack(self, pack: Pack) -> None:
        self.lexicon = TemporalLexicon.from_rules(pack.rules)
        self.finder = TemporalFinder(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        if self.finder is None or self.lexicon is None:
            return doc
        found_all = self.finder.find(doc.text)
        out: list[TemporalMention] = []
        for found in found_all:
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            verb = governing_verb(span) if span is not None else None
            tense = clause_tense(verb, self.lexicon.future_markers) if verb is not None else None
            out.append(TemporalMention(found, tense, verb.i if verb is not None else None))
        doc._.temporal = out
        return doc


def governing_verb(span: Span) -> Token | None:
    """The nearest verb above the expression: the clause whose time it sets."""
    token: Token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token not in span:
            return token
        if token.head == token:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def clause_tense(verb: Token, future_markers: set[str]) -> str:
    """'future' when an auxiliary or a governing plan/expectation verb points forward, else the verb's own tense."""
    node: Token | None = verb
    for _ in range(3):
        if node is None:
            break
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in future_markers:
                if child.lower_ == "would" and node.dep_ == "ROOT" and node == verb:
                    # "On Monday he would not go further": a narrative's "would" is a past refusal or habit; only
                    # reported words ("said he would travel on Friday") look forward
                    return "past"
                return "future"
        if node.lower_ in future_markers or node.lemma_.lower() in future_markers:
            if node != verb or node.tag_ != "VBD":
                return "future"
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.tag_ in _PAST_TAGS:
                return "past"
            if child.dep_ == "aux" and child.lemma_ == "have":
                return "past"
        if node.tag_ in _PAST_TAGS:
            return "past"
        if node.tag_ in _PRESENT_TAGS:
            return "present"
        if node.dep_ in ("xcomp", "ccomp", "advcl", "conj") or node.tag_ in ("VB", "VBG", "VBN"):
            node = node.head if node.head != node else None
            continue
        break
    return "past"
