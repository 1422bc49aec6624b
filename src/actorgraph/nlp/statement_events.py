"""Events performed by words: a threat, an accusation, a rejection, a demand or praise made in a quote.

The act is the statement itself, so its actor is the speaker, its date the quote's date and its evidence the quote's.
The type comes from the cue ("accused", "urged", "vowed") and, for neutral cues such as "said", from what the words
do ("will pay a heavy price" threatens, "we reject" rejects). One quote can carry several acts.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from ..model import Event, Quote
from .dependents import child
from .events import FoundEvent
from .fact_actors import ActorFinder, Party
from .fact_lexicon import FactLexicon

# Content types, strongest first; a neutral cue takes at most this many from its words.
_CONTENT_ORDER = ("THREATEN", "REJECT", "REQUEST", "ACCUSE", "SUPPORT")
_MAX_FROM_CONTENT = 2
# Cues whose object is who heard the words ("told reporters", "told Al-Mayadeen"), not whom they aim at.
_AUDIENCE_CUES = frozenset({"tell", "say", "inform", "brief", "write", "add", "explain", "note"})
_FUTURE = frozenset({"will", "would", "'ll", "’ll", "wo", "shall"})
# Acts that, told in someone's words about another party, accuse it: violence and coercion.
_BLAMED = frozenset({"ASSAULT", "COERCE"})
_TARGET_PREPS = {"REQUEST": ("on", "upon"), "ACCUSE": ("against",), "THREATEN": ("against",)}


class Tokens:
    """The documents' tokens by character offset, so a quote's cue word can be found in the parse.

    Built once per document; a quote's cue is looked up by events, claims and replies alike, so it is kept."""

    def __init__(self, docs: list[tuple[int, Doc]]) -> None:
        self.docs = docs
        self._starts = [offset for offset, _doc in docs]
        self._cues: dict[int, tuple[Token, int] | None] = {}

    def at(self, pos: int) -> tuple[Token, int] | None:
        """The token at document offset `pos`, with its chunk's offset."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        offset, doc = self.docs[i]
        span = doc.char_span(pos - offset, pos - offset + 1, alignment_mode="expand")
        return (span[0], offset) if span is not None and len(span) else None

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens inside [start, end) of the document, in order."""
        out: list[Token] = []
        for offset, doc in self.docs:
            span = doc.char_span(max(0, start - offset), max(0, end - offset), alignment_mode="contract")
            if span is not None:
                out.extend(span)
        return out

    def cue_token(self, quote: Quote) -> tuple[Token, int] | None:
        """The cue verb of `quote`: its first word, in the evidence but outside the quoted words."""
        if id(quote) not in self._cues:
            self._cues[id(quote)] = self._find_cue(quote)
        return self._cues[id(quote)]

    def _find_cue(self, quote: Quote) -> tuple[Token, int] | None:
        words = (quote.cue or "").split()
        if not words:
            return None
        word = words[0].lower()
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

    def find(self, quotes: list[Quote], tokens: Tokens, finder: ActorFinder, acts: list[FoundEvent]
             ) -> list[FoundEvent]:
        """`acts` are the events told inside quotes: asserting that another party did something is accusing it."""
        out: list[FoundEvent] = []
        for q in quotes:
            if q.kind == "event" or not q.speaker:
                continue
            found = tokens.cue_token(q)
            cue, shift = found if found is not None else (None, 0)
            speaker = finder.party_named(q.speaker) if q.speaker_resolved else Party(q.speaker, None)
            words = tokens.between(q.start, q.end)
            types = self._types(q, cue, words)
            accused = [a.actor for a in acts if a.quote is q and a.actor is not None and a.actor.resolved
                       and a.actor.name != speaker.name and a.event.type in _BLAMED]
            if accused and "ACCUSE" not in types:
                types.append("ACCUSE")
            if not types:
                continue
            for etype in types:
                target = accused[0] if etype == "ACCUSE" and accused else None
                target = target or self._target(q, cue, shift, etype, speaker, finder, words)
                if target is None and etype == "REJECT":
                    target = _respondent(q, speaker, finder, acts + out)
                ev = Event(type=etype, evidence=q.evidence, actor=q.speaker, target=target.name if target else None,
                           date=q.date if q.date and len(q.date) <= 10 else None)
                out.append(FoundEvent(ev, speaker, target, q))
        return out

    def _types(self, q: Quote, cue: Token | None, words: list[Token]) -> list[str]:
        lemma = cue.lemma_.lower() if cue is not None else ((q.cue or "").split() or [""])[0].lower()
        nxt = ""
        if cue is not None:
            nxt = next((c.lower_ for c in cue.children if c.dep_ in ("prep", "prt")), "")
        from_cue = self.lex.statement_cues.get(f"{lemma} {nxt}".strip()) or self.lex.statement_cues.get(lemma)
        types = [from_cue] if from_cue else []
        if from_cue in ("ACCUSE", "REJECT", "REQUEST"):
            return types  # the cue says what the words do
        read = [t for t in self._performed(words) if t != from_cue]
        read += [t for t in _CONTENT_ORDER if t != from_cue and t not in read and
                 (p := self.lex.statement_content.get(t)) is not None and p.search(q.text)]
        return types + read[:_MAX_FROM_CONTENT - len(types)]

    def _performed(self, words: list[Token]) -> list[str]:
        """What the words do, from their grammar: "would act" threatens, "expects X to" asks, "does not" rejects."""
        inside = {t.i for t in words}
        found: list[str] = []
        for t in words:
            lemma = t.lemma_.lower()
            if t.pos_ not in ("VERB", "AUX"):
                continue
            modal = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in t.children)
            negated = any(c.dep_ == "neg" for c in t.children)
            if modal and (lemma in self.lex.threat_verbs and not negated or negated and
                          lemma in self.lex.threat_negated):
                found.append("THREATEN")
            elif lemma in self.lex.request_verbs and not negated and any(
                    c.dep_ in ("xcomp", "ccomp", "dobj") for c in t.children):
                found.append("REQUEST")
            elif negated and (t.head.i not in inside or t.head is t or t.dep_ in ("ccomp", "ROOT")):
                found.append("REJECT")
        return [t for t in _CONTENT_ORDER if t in found]

    def _target(self, q: Quote, cue: Token | None, shift: int, etype: str, speaker: Party, finder: ActorFinder,
                words: list[Token]) -> Party | None:
        """Who the act is aimed at: the cue's object ("urged Baghdad"), else the words' own party for that act."""
        cue_lemma = cue.lemma_.lower() if cue is not None else ""
        own = self.lex.statement_cues.get(cue_lemma) == etype or any(
            self.lex.statement_cues.get(f"{cue_lemma} {c.lower_}") == etype for c in cue.children) \
            if cue is not None else False
        if cue is not None and own:  # "urged Baghdad to", "accused Washington of": the cue's object
            audience = cue_lemma in _AUDIENCE_CUES
            for c in cue.children:
                if c.dep_ in ("xcomp", "ccomp") and etype == "REQUEST":
                    subj = child(c, "nsubj")
                    p = finder.party(subj, shift) if subj is not None else None
                    if p is not None and p.name != speaker.name:
                        return p
                if c.dep_ == "dobj" and not audience:
                    p = finder.party(c, shift)
                    if p is not None and p.name != speaker.name and c.lower_ not in ("it", "this", "that") and (
                            p.resolved or etype != "REJECT") and (p.entity is None or p.entity.type != "MEDIA"):
                        return p
                if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS.get(etype, ()):
                    pobj = child(c, "pobj")
                    if pobj is not None:
                        p = finder.party(pobj, shift)
                        if p is not None and p.name != speaker.name:
                            return p
        if etype == "REJECT":
            return None  # what is rejected is seldom named in the words themselves
        for t in self._aimed_at(etype, words):
            p = finder.party(t, shift) if t.pos_ in ("PROPN", "NOUN", "PRON") else None
            if p is not None and p.name != speaker.name and not _same_side(p, speaker, finder) and (
                    p.entity is None or p.entity.type != "MEDIA"):
                return p
        for _pos, ent in finder.within(q.start, q.end):
            p = Party(ent.name, ent)
            if ent.name != speaker.name and ent.type != "MEDIA" and not finder.is_place(ent) and \
                    not _same_side(p, speaker, finder):
                return p
        return None


    def _aimed_at(self, etype: str, words: list[Token]) -> list[Token]:
        """The nouns the words' own grammar aims the act at, best first: the addressee of "expects X to" or
        "urging X", the object of "would not allow X" or "against X", the subject blamed in an accusation, the
        party of "solidarity with X"."""
        inside = {t.i for t in words}
        found: list[Token] = []
        for t in words:
            lemma = t.lemma_.lower()
            if etype == "REQUEST" and lemma in self.lex.request_verbs:
                for c in t.children:
                    if c.dep_ in ("dobj", "dative"):
                        found.append(c)
                    elif c.dep_ in ("xcomp", "ccomp"):
                        found += [x for x in c.children if x.dep_ == "nsubj"]
                    elif c.dep_ == "prep" and c.lower_ in ("on", "upon", "for", "from"):
                        found += [x for x in c.children if x.dep_ == "pobj"]
            elif etype == "REQUEST" and t.dep_ == "nsubj" and any(
                    c.dep_ == "aux" and c.lower_ in ("must", "should") for c in t.head.children):
                found.append(t)  # "the Houthis must stop"
            elif etype == "THREATEN" and (t.dep_ == "pobj" and t.head.lower_ in ("against", "on", "at") or
                                          t.dep_ == "dobj" and (t.head.lemma_.lower() in self.lex.threat_verbs or
                                                                t.head.lemma_.lower() in self.lex.threat_negated
                                                                or t.head.lemma_.lower() == "warn")):
                found.append(t)
            elif etype == "ACCUSE" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside and \
                    t.lower_ not in ("we", "i", "it", "this", "that", "which", "who"):
                found.append(t)
            elif etype == "SUPPORT" and (t.dep_ == "pobj" and t.head.lower_ in ("with", "for", "to") or
                                         t.dep_ == "dobj"):
                found.append(t)
        return found


def _respondent(q: Quote, speaker: Party, finder: ActorFinder, earlier: list[FoundEvent]) -> Party | None:
    """Whom a rejection answers: the last party before it that acted against the speaker or its side (a sanction,
    an accusation, an attack)."""
    for found in sorted(earlier, key=lambda f: f.event.evidence.start, reverse=True):
        if found.event.evidence.start >= q.start or found.event.type == "REJECT":
            continue
        if q.start - found.event.evidence.end > 2500:
            break
        actor, target = found.actor, found.target
        if actor is None or not actor.resolved or target is None or actor.name == speaker.name:
            continue
        if target.name == speaker.name or _same_side(target, speaker, finder):
            return actor
    return None


def _same_side(party: Party, speaker: Party, finder: ActorFinder) -> bool:
    """A speaker's own group named in its words ("Hezbollah will not ...", said by its leader) is not its target."""
    return party.entity is not None and speaker.entity is not None and (
        finder.leads_or_member(speaker.entity, party.entity))
