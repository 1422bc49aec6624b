"""Events performed by words: a threat, an accusation, a rejection, a demand or praise made in a quote.

The act is the statement itself, so its actor is the speaker, its date the quote's date and its evidence the quote's.
The type comes from the cue ("accused", "urged", "vowed") and, for neutral cues such as "said", from what the words
do ("will pay a heavy price" threatens, "we reject" rejects). One quote can carry several acts.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import Event, Quote
from .events import FoundEvent
from .fact_actors import ActorFinder, Party
from .fact_lexicon import FactLexicon

# Content types, strongest first; a neutral cue takes at most this many from its words.
_CONTENT_ORDER = ("THREATEN", "REJECT", "REQUEST", "ACCUSE", "SUPPORT")
_MAX_FROM_CONTENT = 2
_TARGET_PREPS = {"REQUEST": ("on", "upon"), "ACCUSE": ("against",), "THREATEN": ("against",)}


@dataclass(frozen=True)
class Tokens:
    """The documents' tokens by character offset, so a quote's cue word can be found in the parse."""

    docs: list[tuple[int, Doc]]

    def at(self, pos: int) -> tuple[Token, int] | None:
        """The token at document offset `pos`, with its chunk's offset."""
        starts = [o for o, _d in self.docs]
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return None
        offset, doc = self.docs[i]
        span = doc.char_span(pos - offset, pos - offset + 1, alignment_mode="expand")
        return (span[0], offset) if span is not None and len(span) else None

    def cue_token(self, quote: Quote) -> tuple[Token, int] | None:
        """The cue verb of `quote`: its first word, in the evidence but outside the quoted words."""
        if not quote.cue:
            return None
        if not quote.cue.split():
            return None
        word = quote.cue.split()[0].lower()
        ev = quote.evidence
        pos = ev.text.lower().find(word)
        while pos >= 0:
            at = ev.start + pos
            if not (quote.start <= at < quote.end):
                found = self.at(at)
                if found is not None and found[0].lower_ == word:
                    return found
            pos = ev.text.lower().find(word, pos + 1)
        return None


class StatementEvents:
    def __init__(self, lex: FactLexicon) -> None:
        self.lex = lex

    def find(self, quotes: list[Quote], tokens: Tokens, finder: ActorFinder) -> list[FoundEvent]:
        out: list[FoundEvent] = []
        for q in quotes:
            if q.kind == "event" or not q.speaker:
                continue
            found = tokens.cue_token(q)
            cue, shift = found if found is not None else (None, 0)
            types = self._types(q, cue)
            if not types:
                continue
            speaker = finder.party_named(q.speaker) if q.speaker_resolved else Party(q.speaker, None)
            for etype in types:
                target = self._target(q, cue, shift, etype, speaker, finder)
                ev = Event(type=etype, evidence=q.evidence, actor=q.speaker, target=target.name if target else None,
                           date=q.date if q.date and len(q.date) <= 10 else None)
                out.append(FoundEvent(ev, speaker, target, q))
        return out

    def _types(self, q: Quote, cue: Token | None) -> list[str]:
        lemma = cue.lemma_.lower() if cue is not None else ((q.cue or "").split() or [""])[0].lower()
        nxt = ""
        if cue is not None:
            nxt = next((c.lower_ for c in cue.children if c.dep_ in ("prep", "prt")), "")
        from_cue = self.lex.statement_cues.get(f"{lemma} {nxt}".strip()) or self.lex.statement_cues.get(lemma)
        types = [from_cue] if from_cue else []
        if from_cue in ("ACCUSE", "REJECT", "REQUEST"):
            return types  # the cue says what the words do
        found = [t for t in _CONTENT_ORDER if t != from_cue and (p := self.lex.statement_content.get(t)) is not None
                 and p.search(q.text)]
        return types + found[:_MAX_FROM_CONTENT - len(types) + 1 if types else _MAX_FROM_CONTENT]

    def _target(self, q: Quote, cue: Token | None, shift: int, etype: str, speaker: Party, finder: ActorFinder
                ) -> Party | None:
        if cue is not None:
            for c in cue.children:
                if c.dep_ == "dobj" and etype in ("ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT"):
                    p = finder.party(c, shift)
                    if p is not None and p.name != speaker.name and c.lower_ not in ("it", "this", "that"):
                        return p
                if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS.get(etype, ()):
                    pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                    if pobj is not None:
                        p = finder.party(pobj, shift)
                        if p is not None and p.name != speaker.name:
                            return p
        for _pos, ent in finder.within(q.start, q.end):
            if ent.name != speaker.name and ent.type != "MEDIA":
                return Party(ent.name, ent)
        return None
