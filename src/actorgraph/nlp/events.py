"""Acts told in the article's sentences, typed with PLOVER: who did what to whom, where, when, with what toll.

A trigger is a verb or an event noun from the pack's `facts` lexicon; its parties come from the parse (subject and
object, the passive's agent, "an attack on X", "Israel's strike") and are named through `ActorFinder`. Acts that
are only intended or conditional ("would retaliate", "vowed to strike") are left out: the statement that announces
them is an event of its own, built from the quote (`statement_events`). Acts told inside someone's words are kept
with `alleged` set, because the article has only that party's word for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan, Token

from ..model import Event, Quote
from ..packs import Pack
from .casualties import CasualtyReader, Count
from .dependents import child
from .fact_actors import ActorFinder, Party
from .fact_lexicon import FactLexicon
from .fact_sentences import FactSentence

_MODAL = frozenset({"will", "would", "could", "might", "may", "shall", "should", "must", "can", "'ll", "’ll", "wo"})
_LIGHT_VERBS = frozenset({"launch", "carry", "conduct", "stage", "mount", "hold", "claim", "perform", "execute",
                          "unleash", "begin", "continue", "resume", "step", "intensify", "escalate", "renew", "open",
                          "enter", "start", "undertake", "make", "pay", "attend", "reach", "announce", "declare",
                          # the lemmatiser reads "staged" as "stag": its forms are listed as words
                          "staged", "stages", "staging"})
_TARGET_PREPS = {
    "ASSAULT": ("on", "against", "at"), "CONSULT": ("with",), "COOPERATE": ("with",), "AGREE": ("with",),
    "AID": ("to",), "REQUEST": ("from",), "SANCTION": ("on", "against"), "COERCE": (), "PROTEST": ("against",),
    "THREATEN": ("against",), "ACCUSE": (), "REJECT": (), "SUPPORT": ("for",), "RETREAT": (), "MOBILIZE": (),
    "CONCEDE": ("to",),
}
_NOUN_TARGET_PREPS = ("on", "against", "with", "targeting", "at", "of")
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "from"})
_DAY_VALUE = re.compile(r"^\d{4}(-\d\d(-\d\d)?)?$")
_FACILITY_KINDS = frozenset({"base", "crossing", "airport", "port", "facility", "field", "dam", "bridge"})
# "sent fighters" (AID -> MOBILIZE), "suspended attacks" (SANCTION -> CONCEDE), "deployed" stays MOBILIZE
_OBJECT_SHIFTS = frozenset({("AID", "MOBILIZE"), ("SANCTION", "CONCEDE"), ("COERCE", "SANCTION"),
                            ("SANCTION", "COERCE")})  # "expelled the residents" coerces; "expelled diplomats" sanctions
_OBJECT_SENSITIVE = frozenset(a for a, _b in _OBJECT_SHIFTS)
_MUTUAL = frozenset({"CONSULT", "COOPERATE", "AGREE"})
_COOPERATIVE = frozenset({"CONSULT", "AID", "SUPPORT", "COOPERATE", "RETREAT", "CONCEDE", "AGREE", "MOBILIZE"})
_INTENT_HEADS = frozenset({"ready", "willing", "prepared", "offer", "agree", "commit", "committed", "promise", "pledge",
                           "decide", "plan"})
_NOT_TYPED_HERE = frozenset({"THREATEN", "ACCUSE", "REJECT", "REQUEST", "SUPPORT"})


@dataclass
class FoundEvent:
    """An event with the parties behind its names, for the relations and claims built on it."""

    event: Event
    actor: Party | None
    target: Party | None
    quote: Quote | None = None
    trigger: str | None = None  # the lemma that named the act ("designate", "cut"), when a word did


class EventFinder:
    def __init__(self, pack: Pack, lex: FactLexicon) -> None:
        self.pack = pack
        self.lex = lex
        self.casualties = CasualtyReader(lex)

    def find(self, sentences: list[FactSentence], finder: ActorFinder, quotes: list[Quote]) -> list[FoundEvent]:
        cue_zones = [(q.evidence.start, q.evidence.end, q.start, q.end) for q in quotes]
        out: list[FoundEvent] = []
        for sentence in sentences:
            out.extend(self._sentence(sentence, finder, cue_zones))
        return out

    # -- one sentence ---------------------------------------------------------------------------------------------
    def _sentence(self, sentence: FactSentence, finder: ActorFinder, cue_zones: list[tuple[int, int, int, int]]
                  ) -> Iterator[FoundEvent]:
        sent, offset, evidence = sentence.sent, sentence.offset, sentence.evidence
        s_start = evidence.start
        date = next((d.value for d in sentence.dates if d.kind == "date" and d.value and _DAY_VALUE.match(d.value)),
                    None)
        toll = self.casualties.read(sent.text, s_start)
        none_hurt = not toll and self.casualties.none_hurt(sent.text)
        mode = next((m for m, p in self.lex.modes.items() if p.search(sent.text)), None)
        seen: set[tuple[str, str | None, str | None]] = set()
        toll_used = False
        awaiting: list[tuple[int, Event]] = []  # attacks that may own the sentence's toll, by trigger offset
        placed: Event | None = None  # an attack known only by its place: kept when the sentence has no other
        for tok in sent:
            etype = self._trigger(tok)
            if etype is None:
                continue
            pos = tok.idx + offset
            if etype in _NOT_TYPED_HERE and any(es <= pos < ee and not (qs <= pos < qe)
                                                for es, ee, qs, qe in cue_zones):
                continue  # the statement's own cue: `statement_events` builds it from the quote
            if self._irrealis(tok) and not self._purpose(tok, etype):
                if etype not in _COOPERATIVE or not self._intent(tok):
                    continue
                etype = "AGREE"  # "will send troops", "is ready to host talks": PLOVER's intent to cooperate
            actor, targets, location = self._parties(tok, etype, offset, finder)
            if location is None:
                location = self._place_in(tok, sent, offset, finder)
            if actor is None and not targets:  # a toll without parties is told once, below, with its victims
                if etype == "ASSAULT" and location is not None and placed is None:
                    placed = Event(type=etype, evidence=evidence, location=location, date=date, mode=mode,
                                   alleged=finder.quote_at(pos) is not None)
                continue
            quote = finder.quote_at(pos)
            alleged = quote is not None or self._claimed(tok)
            co_actors: list[Party | None] = []
            subj = child(tok, ("nsubj",)) if tok.pos_ in ("VERB", "AUX") and etype not in _MUTUAL else None
            if subj is not None and actor is not None:  # "Iraqi forces and Shiite militias drove ...": each acts
                co_actors = [p for t in subj.conjuncts if (p := self._party(t, offset, finder)) is not None]
            for actor, target in [(a, t) for a in [actor, *co_actors] for t in targets or [None]]:
                key = (etype, actor.name if actor else None, target.name if target else None)
                if key in seen:
                    continue
                seen.add(key)
                ev = Event(type=etype, evidence=evidence, actor=actor.name if actor else None,
                           target=target.name if target else None, location=location, date=date,
                           alleged=alleged)
                if etype == "ASSAULT":
                    ev.mode = mode
                    own = self._own_toll(tok, target, len(targets), offset)
                    if own is not None:
                        ev.killed, ev.killed_qualifier = own.value, own.qualifier
                        toll_used = toll_used or len(targets) > 1
                    elif toll:
                        awaiting.append((pos, ev))
                    elif none_hurt:
                        ev.killed = ev.wounded = 0
                yield FoundEvent(ev, actor, target, quote, tok.lemma_.lower())
        if toll and awaiting and not toll_used:
            # the figure belongs to the attack told nearest before it ("after a drone strike killed three")
            count = toll.killed or toll.wounded
            before = [(pos, ev) for pos, ev in awaiting if count is not None and pos <= count.start]
            _pos, ev = max(before, key=lambda p: p[0]) if before else awaiting[0]
            self._set_toll(ev, toll)
            toll_used = True
        if placed is not None and not toll and not any(k[0] == "ASSAULT" for k in seen):
            yield FoundEvent(placed, None, None)
        if toll and not toll_used:
            victim = self._victims(sent, toll, offset, finder)
            count = toll.killed or toll.wounded
            ev = Event(type="ASSAULT", evidence=evidence, target=victim.name if victim else None, date=date,
                       mode=mode, alleged=count is not None and finder.quote_at(count.start) is not None,
                       location=placed.location if placed is not None else None)
            self._set_toll(ev, toll)
            yield FoundEvent(ev, None, victim)

    def _own_toll(self, verb: Token, target: Party | None, targets: int, offset: int):  # type: ignore[no-untyped-def]
        """The dead one target of a killing stands for: a named person is one, "dozens of officers" at least 24."""
        if target is None or verb.lemma_.lower() not in self.lex.killing_verbs:
            return None
        if target.entity is not None:
            if target.entity.type == "PERSON":
                return Count(1, None, 0, 0)
            return None
        return self.casualties.figure(target.name) if targets > 1 else None

    @staticmethod
    def _set_toll(ev: Event, toll) -> None:  # type: ignore[no-untyped-def]
        if toll.killed is not None:
            ev.killed, ev.killed_qualifier = toll.killed.value, toll.killed.qualifier
        if toll.wounded is not None:
            ev.wounded, ev.wounded_qualifier = toll.wounded.value, toll.wounded.qualifier

    # -- triggers -------------------------------------------------------------------------------------------------
    def _trigger(self, tok: Token) -> str | None:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX") or (tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and tok.tag_.startswith("VB")):
            for c in tok.children:
                if c.dep_ in ("prt", "prep", "dobj") and (lemma, c.lower_) in self.lex.phrasal:
                    return self.lex.phrasal[(lemma, c.lower_)]
            if lemma in _LIGHT_VERBS or tok.lower_ in _LIGHT_VERBS:
                return None  # "launched an attack": the noun is the trigger
            etype = self.lex.event_verbs.get(lemma) or self.lex.event_verbs.get(tok.lower_)
            if etype in _OBJECT_SENSITIVE:
                obj = child(tok, "dobj")
                shifted = self.lex.object_types.get(obj.lower_) if obj is not None else None
                if shifted is not None and (etype, shifted) in _OBJECT_SHIFTS:
                    return shifted
            return etype
        if tok.pos_ == "NOUN":
            for c in tok.children:
                if c.i < tok.i and (c.lower_, lemma) in self.lex.phrasal:
                    return self.lex.phrasal[(c.lower_, lemma)]  # "hunger strike"
            etype = self.lex.event_nouns.get(lemma) or self.lex.event_nouns.get(tok.lower_)
            if etype is None:
                return None
            # a noun names an act when something gives it parties or it is the object of a light verb
            if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "ROOT", "appos", "conj", "attr"):
                return etype
        return None

    def _irrealis(self, tok: Token) -> bool:
        if tok.pos_ == "NOUN":
            head = tok.head
            return head.lemma_.lower() in self.lex.irrealis and head.lemma_.lower() not in ("claim",) \
                or any(c.dep_ == "neg" for c in head.children) and head.pos_ == "VERB"
        for c in tok.children:
            if c.dep_ == "neg":
                return True
            if c.dep_ in ("aux", "auxpass") and (c.lower_ in _MODAL or c.lower_ == "to"):
                return True
            if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                return True
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.irrealis:
            return True
        node = tok
        while node.dep_ in ("conj", "xcomp", "advcl", "ccomp") and node.head is not node:
            node = node.head
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODAL for c in node.children):
                return True
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
                return True
        return False

    @staticmethod
    def _purpose(tok: Token, etype: str) -> bool:
        """"staged demonstrations to demand reforms", "blocked roads to protest": a protest or demand named as the
        purpose of an act already done is made by doing it."""
        if etype not in ("PROTEST", "REQUEST") or tok.dep_ != "advcl":
            return False
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False
        head = tok.head
        return head.pos_ in ("VERB", "AUX") and head.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG") and not any(
            c.dep_ in ("aux", "neg") and c.lower_ in _MODAL | {"not", "n't"} for c in head.children)

    def _intent(self, tok: Token) -> bool:
        """A cooperative act promised, not conditioned or refused: "will visit", "ready to send", "offered to"."""
        if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" or c.dep_ == "mark" and c.lower_ in ("if", "unless")
                                                  for c in tok.children):
            return False
        if any(c.dep_ == "aux" and c.lower_ in _MODAL - {"could", "might", "may", "should", "must", "can"}
               for c in tok.children):
            return True
        head = tok.head
        return tok.dep_ in ("xcomp", "acomp") and (head.lemma_.lower() in _INTENT_HEADS or
                                                   head.head.lemma_.lower() in _INTENT_HEADS)

    def _claimed(self, tok: Token) -> bool:
        """"claimed responsibility for the attack": the act rests on the claimant's word."""
        node = tok
        for _ in range(4):
            node = node.head
            if node.lemma_.lower() in ("claim", "allege") or node.lower_ in ("responsibility", "alleged", "reported",
                                                                           "purported", "claimed"):
                return True
            if node.head is node:
                break
        return any(c.lower_ in ("alleged", "purported", "claimed", "reported") for c in tok.children)

    # -- parties --------------------------------------------------------------------------------------------------
    def _parties(self, tok: Token, etype: str, offset: int, finder: ActorFinder
                 ) -> tuple[Party | None, list[Party], str | None]:
        if tok.pos_ == "NOUN":
            return self._noun_parties(tok, etype, offset, finder)
        actor: Party | None = None
        targets: list[Party] = []
        places: list[Party] = []
        subj = child(tok, ("nsubj",))
        subjpass = child(tok, ("nsubjpass",))
        if subj is None and subjpass is None:
            subj, subjpass = _inherited_subject(tok)
        if subj is not None:
            actor = self._party(subj, offset, finder)
            if etype in _MUTUAL and subj.conjuncts and actor is not None:
                # "X and Y discussed": one party acts, the other is met
                targets.extend(p for t in subj.conjuncts if (p := self._party(t, offset, finder)) is not None)
        if subjpass is not None:
            targets.extend(self._conj_parties(subjpass, offset, finder))
            agent = child(tok, ("agent",))
            pobj = child(agent, ("pobj",)) if agent is not None else None
            if pobj is not None:
                actor = self._party(pobj, offset, finder)
            else:
                actor = self._means_actor(tok, offset, finder)  # "was killed in an Israeli airstrike"
        obj = child(tok, ("dobj",))
        small = next((c for c in tok.children if c.dep_ in ("xcomp", "oprd") and c.pos_ == "PROPN"), None)
        if small is not None:  # "designated Asaib Ahl al-Haq a terrorist organisation": the parser's small clause
            obj = small
        if obj is not None and tok.dep_ == "relcl" and obj.lower_ in ("which", "whom", "that", "who"):
            obj = tok.head  # "X, which Washington designated": the relative pronoun stands for X
        if obj is not None and etype in _MUTUAL:  # "discussed the transition with Rubio"
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS.get(etype, ()):
                    targets.extend(p for o in prep.children if o.dep_ == "pobj"
                                   for p in self._conj_parties(o, offset, finder))
        if obj is not None and subjpass is None:
            if self.lex.event_nouns.get(obj.lemma_.lower()) and etype != "ASSAULT" or obj.lemma_.lower() in (
                    "responsibility", "role"):
                pass
            else:
                targets.extend(self._conj_parties(obj, offset, finder))
        for prep in tok.children:
            if prep.dep_ not in ("prep", "dative"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                if prep.lower_ in _TARGET_PREPS.get(etype, ()):
                    targets.extend(self._conj_parties(pobj, offset, finder))
                elif prep.lower_ in _PLACE_PREPS:
                    place = finder.party(pobj, offset, places=True)
                    if place is not None:
                        places.append(place)
        targets, moved = self._split_places(targets, etype, finder)
        places = moved + places
        return actor, _unique(p for p in targets if actor is None or p.name != actor.name), \
            places[0].name if places else None

    def _place_in(self, tok: Token, sent: SpacySpan, offset: int, finder: ActorFinder) -> str | None:
        """Where the act happened when no preposition of the trigger says so: a place named inside the trigger's
        phrase ("in an ambush near Hawija"), else the first town, region or site of the sentence."""
        sub = list(tok.subtree)
        if sub:
            for _pos, ent in finder.within(sub[0].idx + offset, sub[-1].idx + len(sub[-1].text) + offset,
                                           frozenset({"GPE", "LOC"})):
                if finder.is_place(ent):
                    return ent.name
        start = sent.start_char + offset
        for _pos, ent in finder.within(start, sent.end_char + offset, frozenset({"GPE", "LOC"})):
            if finder.is_place(ent):
                return ent.name
        return None

    def _means_actor(self, verb: Token, offset: int, finder: ActorFinder) -> Party | None:
        """Who is behind the means named after a passive verb: "in an Israeli airstrike", "by a US drone"."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "by", "during"):
                continue
            for means in prep.children:
                if means.dep_ != "pobj" or not (self.lex.event_nouns.get(means.lemma_.lower()) or
                                                 means.lemma_.lower() in finder.instrument_words):
                    continue
                for c in means.children:
                    if c.i < means.i and c.dep_ in ("amod", "compound", "poss", "nmod"):
                        p = finder.party(c, offset)
                        if p is not None and p.resolved:
                            return p
        return None

    def _noun_parties(self, tok: Token, etype: str, offset: int, finder: ActorFinder
                      ) -> tuple[Party | None, list[Party], str | None]:
        actor: Party | None = None
        targets: list[Party] = []
        places: list[Party] = []
        for c in tok.children:
            if c.i < tok.i and c.dep_ in ("poss", "compound", "amod", "nmod"):
                p = finder.party(c, offset)
                if p is not None and p.resolved and actor is None:
                    actor = p
            elif c.dep_ == "prep" and c.lower_ == "between" and etype in _MUTUAL:
                # "the truce between Israel and Hezbollah": the first party and the second
                sides = [p for o in c.children if o.dep_ == "pobj"
                         for p in self._conj_parties(o, offset, finder)]
                if len(sides) >= 2 and actor is None:
                    actor, targets = sides[0], targets + sides[1:]
            elif c.dep_ == "prep":
                for pobj in c.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if c.lower_ == "by":
                        actor = self._party(pobj, offset, finder)
                    elif c.lower_ in _NOUN_TARGET_PREPS and not (c.lower_ == "of" and etype == "ASSAULT" and
                                                                  actor is not None):
                        targets.extend(self._conj_parties(pobj, offset, finder))
                    elif c.lower_ in _PLACE_PREPS:
                        place = finder.party(pobj, offset, places=True)
                        if place is not None:
                            places.append(place)
            elif c.dep_ == "acl":
                agent = child(c, ("agent",))
                pobj = child(agent, ("pobj",)) if agent is not None else None
                if pobj is not None:
                    actor = self._party(pobj, offset, finder)
        head = tok.head
        if tok.dep_ in ("dobj", "pobj") and (head.lemma_.lower() in _LIGHT_VERBS or head.lower_ in _LIGHT_VERBS
                                              or head.lower_ == "for"):
            verb = head if head.pos_ in ("VERB", "AUX") else head.head
            if actor is None:
                subj = child(verb, ("nsubj",)) or (_inherited_subject(verb)[0])
                if subj is not None:
                    actor = self._party(subj, offset, finder)
            if not targets and tok.dep_ == "dobj":
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ in _NOUN_TARGET_PREPS[:3]:
                        targets.extend(p for o in prep.children if o.dep_ == "pobj"
                                       for p in self._conj_parties(o, offset, finder))
        targets, moved = self._split_places(targets, etype, finder)
        places = moved + places
        if actor is None and not targets:
            return None, [], None
        return actor, _unique(p for p in targets if actor is None or p.name != actor.name), \
            places[0].name if places else None

    def _party(self, tok: Token, offset: int, finder: ActorFinder) -> Party | None:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
            tok = tok.head.head
        return finder.party(tok, offset)

    def _conj_parties(self, tok: Token, offset: int, finder: ActorFinder) -> list[Party]:
        out = []
        for t in _named_in_apposition(tok, offset, finder):
            p = finder.party(t, offset) or finder.party(t, offset, places=True)
            if p is not None:
                out.append(p)
        return out

    def _split_places(self, parties: list[Party], etype: str, finder: ActorFinder
                      ) -> tuple[list[Party], list[Party]]:
        """Towns, bases and regions hit or visited are where the act happened, not a party to it."""
        if etype not in self.lex.place_targets:
            return parties, []
        keep, places = [], []
        for p in parties:
            entry = self.pack.get(p.entity.pack_id) if p.entity is not None else None
            is_place = p.entity is not None and finder.is_place(p.entity)
            if is_place and etype == "ASSAULT" and entry is not None and entry.kind in _FACILITY_KINDS:
                is_place = False  # a base or a crossing struck is what the attack aimed at
            (places if is_place else keep).append(p)
        return keep, places

    def _victims(self, sent: SpacySpan, toll, offset: int, finder: ActorFinder) -> Party | None:  # type: ignore[no-untyped-def]
        """Whose dead these are: "27 members of X were killed" gives X."""
        count = toll.killed or toll.wounded
        after = [t for t in sent if t.idx + offset >= count.start][:8]
        for t in after:
            if t.pos_ in ("NOUN", "PROPN"):
                p = finder.party(t, offset)
                if p is not None and p.resolved:
                    return p
                if t.pos_ == "NOUN" and t.head.pos_ in ("VERB", "AUX"):
                    break
        return None


def _named_in_apposition(tok: Token, offset: int, finder: ActorFinder) -> list[Token]:
    """The parties a phrase lists: "the IRGC's commander-in-chief, Hossein Salami, ..., and dozens of officers"
    names Salami (not the IRGC), the people in apposition after him, and the dozens."""
    heads = [tok, *tok.conjuncts]
    out: list[Token] = []
    for t in heads:
        people = [a for a in t.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        if people and t.ent_type_ != "PERSON":
            for a in people:
                out.append(a)
                out += [x for x in a.children if x.dep_ == "appos" and x.ent_type_ == "PERSON"]
                out += [x for x in a.conjuncts if x not in out]
        else:
            out.append(t)
            out += [x for x in t.children if x.dep_ == "appos" and x.ent_type_ == "PERSON" and t.ent_type_ == "PERSON"]
    seen: set[int] = set()
    return [t for t in out if not (t.i in seen or seen.add(t.i))]  # type: ignore[func-returns-value]


def _inherited_subject(tok: Token) -> tuple[Token | None, Token | None]:
    """A verb without its own subject shares its head's: "X attacked A and killed B", "killing 3"."""
    node = tok
    for _ in range(3):
        if node.dep_ not in ("conj", "advcl", "xcomp", "acl", "relcl") or node.head is node:
            return None, None
        if node.dep_ in ("acl", "relcl"):
            return None, None
        node = node.head
        subj = child(node, ("nsubj",))
        subjpass = child(node, ("nsubjpass",))
        if subj is not None:
            return subj, None
        if subjpass is not None:
            return None, None
    return None, None


def _unique(parties: Iterator[Party] | list[Party]) -> list[Party]:
    out: list[Party] = []
    for p in parties:
        if all(p.name != q.name for q in out):
            out.append(p)
    return out
