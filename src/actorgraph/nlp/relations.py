"""Affiliations stated in the text: who leads, belongs to, backs, commands, allies with or fights whom, and where.

Each rule reads one shape of English from the parse ("X, the leader of Y", "Y leader X", "an Iran-backed militia",
"close ties with Z", "under the command of C", "the village of V in P") with its cue words from the pack's `facts`
lexicon, and names both sides through `ActorFinder`. Only resolved parties make a relation: a tie between a
description and an entity ("a local group" allied with Y) is not something an analyst can put on a map.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan, Token

from ..model import Entity, Relation, Span, TimeExpression
from ..names import normalize_name
from ..packs import Pack
from .events import FoundEvent
from .dependents import child, prep_objects
from .fact_actors import ActorFinder, Party
from .fact_lexicon import FactLexicon
from .fact_sentences import FactSentence

_STATE_KINDS = frozenset({"country", "government", "military", "security_agency", "ministry", "agency"})
_ORGS = frozenset({"ORG", "MEDIA"})
_PLATFORM_KINDS = frozenset({"platform", "website"})
# Nouns that name a body by its kind ("the X party", "the Y movement"), not a part of it.
_BODY_WORDS = frozenset({"party", "movement", "group", "organisation", "organization", "militia", "faction",
                         "coalition", "alliance", "army", "government", "ministry", "council", "agency"})
_GATHERING_VERBS = frozenset({"include", "comprise", "encompass", "unite"})
_ADVERSARIAL = frozenset({"THREATEN", "ASSAULT"})
# Enmity is recorded between groups and states; a person's threat speaks for the group named as its actor.
_BELLIGERENTS = frozenset({"ORG", "GPE"})
# between a place and the place that holds it: "V in P", "V, in P province", "Ain al-Asad air base in western
# Iraq" (lower-case words only before "in", so no other name sits between them)
_PLACE_GAP = re.compile(r"^,?\s+(?:[a-z][a-z-]*\s+){0,3}(?:in|inside)\s+(?:the\s+)?(?:(?:northern|southern|eastern|"
                        r"western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|"
                        r"north-eastern|north-western|south-eastern|south-western)\s+)?(?:(?:\w+\s+)?(?:province|"
                        r"governorate|district|region|area|city|town)\s+of\s+)?$")
_POSSESSIVE_GAP = re.compile(r"^\s*['’]s\s+(?:\w+\s+){0,2}$")
# what stands between an owner and what it owns: "'s", "’ ", "-run", or "its" / "the group's" before the name
_OWNER_GAP = re.compile(r"(?:(?P<pron>\b[Ii]ts|\b[Tt]heir)|\b[Tt]he\s+(?P<noun>group|movement|militia|organisation|"
                        r"organization|party|faction)['’]s|['’]s?|-(?:run|owned|controlled|affiliated))"
                        r"\s+(?:(?:own|official|elite|main|political|armed|military|media|news)\s+){0,2}$")
# between a group and a person: "'s" or nothing, one to four title words, an optional comma
_TITLE_GAP = re.compile(r"^(?:['’]s)?\s+(?P<role>(?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*),?\s+"
                        r"(?:(?:Brig|Gen|Maj|Col|Lt|Capt|Sheikh|Dr|Mr|Ms|Mrs)\.?\s+)*$")


class RelationFinder:
    def __init__(self, pack: Pack, lex: FactLexicon) -> None:
        self.pack = pack
        self.lex = lex

    def find(self, text: str, sentences: list[FactSentence], finder: ActorFinder) -> list[Relation]:
        out: list[Relation] = []
        seen: set[tuple[str, str, str]] = set()

        def add(rel: Relation | None) -> None:
            if rel is None or rel.subject == rel.object:
                return
            key = (rel.subject, rel.predicate, rel.object)
            if key not in seen:
                seen.add(key)
                out.append(rel)

        for sentence in sentences:
            evidence, in_sent = sentence.evidence, sentence.dates
            s_start, s_end = evidence.start, evidence.end
            for subj, pred, obj in self._sentence(sentence.sent, sentence.offset, finder):
                add(self._relation(subj, pred, obj, evidence, in_sent))
            for subj, obj in self._places(text, s_start, s_end, finder):
                add(Relation(subj.name, "located_in", obj.name, evidence))
            for subj, obj in self._owned(text, s_start, s_end, finder):
                add(Relation(subj.name, "part_of", obj.name, evidence))
            for subj, pred, obj in self._titles(text, s_start, s_end, finder):
                add(self._relation(subj, pred, obj, evidence, in_sent))
        return out

    def designations(self, events: list[FoundEvent], known: list[Relation]) -> list[Relation]:
        """A designation told as an act ("designated", "sanctioned", "the designation of") makes its target
        designated_by its author, since its date. Other SANCTION acts (cutting ties, expelling) designate no one."""
        seen = {(r.subject, r.predicate, r.object) for r in known}
        out = []
        for found in events:
            ev = found.event
            if ev.type != "SANCTION" or found.trigger not in self.lex.designation_words or ev.quote is not None or \
                    ev.alleged or found.actor is None or \
                    found.target is None or found.actor.entity is None or found.target.entity is None:
                continue
            key = (found.target.name, "designated_by", found.actor.name)
            if key not in seen and key[0] != key[2] and found.target.entity.type in ("ORG", "PERSON"):
                seen.add(key)
                out.append(Relation(*key, ev.evidence, since=ev.date))
        return out

    @staticmethod
    def adversaries(events: list[FoundEvent], known: list[Relation], finder: ActorFinder) -> list[Relation]:
        """Stated enmity: a threat against a party, or an attack on it, makes its author that party's adversary;
        a leader's or spokesman's threat speaks for his group."""
        seen = {(r.subject, r.predicate, r.object) for r in known}
        out = []
        for found in events:
            ev = found.event
            actor = found.actor.entity if found.actor is not None else None
            if actor is not None and actor.type == "PERSON":
                actor = finder.group_of(actor)
            if ev.type in _ADVERSARIAL and actor is not None and found.target is not None and \
                    found.target.entity is not None and \
                    actor.type in _BELLIGERENTS and found.target.entity.type in _BELLIGERENTS and \
                    (ev.type == "ASSAULT" or ev.quote is not None and not ev.alleged):
                key = (actor.name, "adversary_of", found.target.name)
                if key not in seen and key[0] != key[2]:
                    seen.add(key)
                    out.append(Relation(*key, ev.evidence, confidence=0.6))
        return out

    def _relation(self, subj: Party, pred: str, obj: Party, evidence: Span, dates: list[TimeExpression]
                  ) -> Relation | None:
        if not (subj.resolved and obj.resolved) or not (_well_named(subj.entity) and _well_named(obj.entity)):
            return None
        since = until = None
        if pred in ("operates_in", "designated_by", "leads", "member_of", "part_of", "allied_with", "backed_by"):
            for d in dates:
                if d.kind == "since" and d.value:
                    since = d.value
                elif d.kind == "until" and d.value:
                    until = d.value
                elif pred == "designated_by" and d.kind == "date" and d.value and since is None:
                    since = d.value
        return Relation(subj.name, pred, obj.name, evidence, since=since, until=until)

    # -- the parse rules ------------------------------------------------------------------------------------------
    def _sentence(self, sent: SpacySpan, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("NOUN", "PROPN"):
                role = self._role(tok)
                if role is not None:
                    yield from self._roles(tok, role, offset, finder)
                if lemma in self.lex.part_nouns or lemma in self.lex.front_nouns:
                    yield from self._parts(tok, offset, finder)
                if lemma in self.lex.backer_nouns and tok.dep_ == "appos":
                    yield from self._backer(tok, offset, finder)
                if lemma in self.lex.tie_nouns:
                    yield from self._ties(tok, offset, finder)
                if tok.lower_ in self.lex.hostile_nouns or lemma in self.lex.hostile_nouns:
                    yield from self._hostilities(tok, offset, finder)
                if lemma in self.lex.command_nouns and tok.head.lower_ == "under":
                    yield from self._command(tok, offset, finder)
            if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and tok.head is not tok:
                yield from self._person_of(tok, offset, finder)
            if tok.lower_ in self.lex.backing_words and _hyphen_before(tok):
                yield from self._backed_compound(tok, offset, finder)
            if tok.pos_ == "VERB" and lemma in _GATHERING_VERBS:
                yield from self._members_of(tok, offset, finder)
            if tok.pos_ in ("VERB", "ADJ") and lemma in self.lex.verb_predicates:
                yield from self._verb(tok, self.lex.verb_predicates[lemma], offset, finder)
            if tok.ent_type_ and tok.i == tok.sent.start or tok.lower_ in ("its", "their"):
                yield from self._own_outlet(tok, offset, finder)

    def _members_of(self, verb: Token, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        """"the Coordination Framework, which includes Badr and Asaib Ahl al-Haq": each named member is part of it."""
        subj = child(verb, "nsubj")
        if subj is not None and verb.dep_ == "relcl" and subj.lower_ in ("which", "that", "who"):
            subj = verb.head
        whole = finder.party(subj, offset) if subj is not None else None
        if whole is None or whole.entity is None or whole.entity.type != "ORG" or self._is_state(whole.entity):
            return
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for t in [obj, *obj.conjuncts]:
                part = finder.party(t, offset)
                if part is not None and part.entity is not None and part.entity.type == "ORG" and \
                        part.name != whole.name:
                    yield part, "part_of", whole

    def _person_of(self, tok: Token, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        """"Karim al-Dulaimi of the Taqaddum party": a person named with the body he belongs to."""
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if prep is None:
            return
        person = finder.party(tok, offset)
        if person is None or person.entity is None or person.entity.type != "PERSON":
            return
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                org = finder.party(pobj, offset)
                if org is not None and org.entity is not None and org.entity.type == "ORG":
                    yield person, "member_of", org

    def _role(self, tok: Token) -> str | None:
        """The predicate a role noun gives ("secretary-general" leads, "spokesman" member_of)."""
        # "secretary-general" is three tokens; read the hyphenated word from the tokens, not from Doc.text (which
        # spaCy rebuilds on every access)
        word = tok.lower_
        j = tok.i
        while j + 2 < len(tok.doc) and tok.doc[j + 1].text == "-" and not tok.doc[j].whitespace_ and \
                not tok.doc[j + 1].whitespace_:
            word += "-" + tok.doc[j + 2].lower_
            j += 2
        if tok.i > 1 and tok.nbor(-1).text == "-" and tok.doc[tok.i - 2].lower_ + "-" + tok.lower_ in \
                self.lex.role_predicate:
            return None  # "general" of "secretary-general": the first piece carries the relation
        for w in (word, tok.lemma_.lower()):
            if w in self.lex.role_predicate:
                return self.lex.role_predicate[w]
        return None

    def _roles(self, role: Token, pred: str, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        person = None
        for piece in _pieces(role):  # "secretary-general": the parser may hang the name on either piece
            person = self._holder(piece, offset, finder)
            if person is not None:
                break
        if person is None or person.entity is None or person.entity.type != "PERSON":
            return
        dets = [c.lower_ for c in role.children if c.dep_ == "det"]
        if pred == "leads" and dets and dets[0] in ("a", "an"):
            pred = "member_of"  # "a commander of Y" is one of several
        if pred == "leads" and any(c.dep_ in ("amod", "compound", "nmod") and c.i < role.i and not c.ent_type_ and
                                   c.pos_ in ("ADJ", "NOUN") for c in role.children):
            pred = "member_of"  # "the UN's humanitarian chief", "deputy director": heads a part, not the whole
        for org, whole in self._role_orgs(role, offset, finder):
            if org.entity is not None and org.entity.type in _ORGS:
                # "the head of Hezbollah's parliamentary bloc" leads a part of Hezbollah: a member of the whole
                yield person, pred if whole else "member_of", org

    def _holder(self, role: Token, offset: int, finder: ActorFinder) -> Party | None:
        head = role.head
        if role.dep_ == "appos" or role.dep_ in ("compound", "nmod") and head.i > role.i:
            p = finder.party(head, offset)
            if p is not None and p.entity is not None and p.entity.type == "PERSON":
                return p
        if role.dep_ == "attr" and head.lemma_ == "be":
            subj = child(head, "nsubj")
            if subj is not None:
                return finder.party(subj, offset)
        for c in role.children:
            if c.dep_ in ("appos", "compound") and c.i > role.i:
                p = finder.party(c, offset)
                if p is not None and p.entity is not None and p.entity.type == "PERSON":
                    return p
            if c.dep_ == "prep" and c.lower_ == "of":
                # "The commander of the Y, X, said": the parser often hangs X on Y
                for pobj in c.children:
                    for x in pobj.children:
                        if x.dep_ == "appos":
                            p = finder.party(x, offset)
                            if p is not None and p.entity is not None and p.entity.type == "PERSON":
                                return p
        # "Hezbollah leader Naim Qassem": the role sits just before the name
        nxt = role.i + 1
        if nxt < len(role.doc) and role.doc[nxt].ent_type_ == "PERSON" or nxt < len(role.doc) and \
                role.doc[nxt].pos_ == "PROPN":
            start = role.doc[nxt].idx + offset
            ent = finder.entity_at(start, start + len(role.doc[nxt].text))
            if ent is not None and ent.type == "PERSON":
                return Party(ent.name, ent)
        return None

    def _role_orgs(self, role: Token, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, bool]]:
        """The bodies a role is held in, each with whether the role is over the whole body (False for "the head of
        Hezbollah's parliamentary bloc", where the body is reached through a part of it)."""
        for c in (c for piece in _pieces(role) for c in piece.children):  # "of" may hang on "general"
            if c.dep_ == "prep" and c.lower_ in ("of", "in", "at", "for", "within", "from"):
                for pobj in c.children:
                    if pobj.dep_ == "pobj":
                        for t in [pobj, *pobj.conjuncts]:
                            p = finder.party(t, offset)
                            if p is not None:
                                yield p, not _through_a_part(t, offset, finder)
            elif c.i < role.i and c.dep_ in ("poss", "compound", "nmod", "amod"):
                p = finder.party(c, offset)
                if p is not None:
                    yield p, True

    def _parts(self, unit: Token, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        """"Y, an umbrella group of Z", "Y is part of Z", "Y, a front for Z"."""
        front = unit.lemma_.lower() in self.lex.front_nouns
        preps = ("for",) if front else ("of", "within", "in")
        wholes = [p for t in prep_objects(unit, preps)
                  if (p := finder.party(t, offset)) is not None and p.entity is not None and p.entity.type in _ORGS]
        if not wholes and not front:  # "the Huquq Movement, the group's political wing"
            wholes = [p for c in unit.children if c.dep_ == "poss"
                      if (p := finder.party(c, offset)) is not None and p.entity is not None
                      and p.entity.type == "ORG"]
        if not wholes:
            return
        member = None
        if unit.dep_ == "appos":
            member = finder.party(unit.head, offset)
        elif unit.dep_ == "attr" and unit.head.lemma_ == "be":
            subj = child(unit.head, "nsubj")
            member = finder.party(subj, offset) if subj is not None else None
        elif unit.dep_ == "pobj" and unit.head.lower_ == "of" and unit.head.head.lower_ == "one":
            one = unit.head.head
            if one.dep_ == "appos":
                member = finder.party(one.head, offset)
        if member is None or member.entity is None or member.entity.type not in _ORGS:
            return
        for whole in wholes:
            yield member, "front_for" if front else "part_of", whole

    def _hostilities(self, noun: Token, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        """"suspended attacks on US forces", "the war against the Islamic State group": the author of the
        hostilities is the adversary of their object."""
        enemies = [p for t in prep_objects(noun, ("against", "on"))
                   if (p := finder.party(t, offset)) is not None and p.entity is not None
                   and p.entity.type in _BELLIGERENTS and not finder.is_place(p.entity)]
        if not enemies:
            return
        author = None
        for c in noun.children:
            if c.i < noun.i and c.dep_ in ("poss", "compound", "amod", "nmod"):
                author = finder.party(c, offset)
                if author is not None and author.resolved:
                    break
                author = None
        if author is None:
            verb = noun.head
            while verb.dep_ in ("prep", "pobj", "dobj", "conj", "xcomp") and verb.head is not verb and \
                    verb.pos_ not in ("VERB", "AUX"):
                verb = verb.head
            subj = child(verb, ("nsubj", "nsubjpass")) if verb.pos_ in ("VERB", "AUX") else None
            author = finder.party(subj, offset) if subj is not None else None
        if author is None or author.entity is None:
            return
        if author.entity.type == "PERSON":
            group = finder.group_of(author.entity)
            author = Party(group.name, group) if group is not None else None
        if author is None or author.entity is None or author.entity.type not in _BELLIGERENTS:
            return
        for enemy in enemies:
            yield author, "adversary_of", enemy

    def _backer(self, noun: Token, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        """"Iran, the Houthis' principal backer": the group named as owner is backed by the head."""
        backer = finder.party(noun.head, offset)
        if backer is None or backer.entity is None or not self._is_state(backer.entity):
            return
        for c in noun.children:
            if c.dep_ == "poss":
                group = finder.party(c, offset)
                if group is not None and group.entity is not None and group.entity.type == "ORG":
                    yield group, "backed_by", backer

    def _ties(self, ties: Token, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        """"maintains close ties with the IRGC": backed_by a state or its organ, else allied_with."""
        holders = [ties, ties.head] if ties.dep_ == "dobj" else [ties]
        others = [p for h in holders for t in prep_objects(h, ("with", "to"))
                  if (p := finder.party(t, offset)) is not None and p.resolved]
        subj = None
        if ties.dep_ == "dobj":
            s = child(ties.head, "nsubj")
            if s is None and ties.head.dep_ == "conj":
                s = child(ties.head.head, ("nsubj", "nsubjpass"))
            subj = finder.party(s, offset) if s is not None else None
        if subj is None or subj.entity is None or subj.entity.type not in _ORGS:
            return
        for other in others:
            yield subj, "backed_by" if self._is_state(other.entity) else "allied_with", other

    def _command(self, noun: Token, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        under = noun.head
        commanders = [p for o in prep_objects(noun, ("of",), conjuncts=False)
                      if (p := finder.party(o, offset)) is not None]
        verb = under.head
        subj = child(verb, ("nsubj", "nsubjpass"))
        unit = finder.party(subj, offset) if subj is not None else finder.party(verb, offset)
        if unit is None or unit.entity is None or unit.entity.type not in _ORGS:
            return
        for c in commanders:
            yield unit, "commanded_by", c

    def _backed_compound(self, word: Token, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        """"Iran-backed militias such as X", "Y, an Iranian-sponsored group"."""
        backer_tok = word.doc[word.i - 2]
        backer = finder.party(backer_tok, offset)
        if backer is None or not backer.resolved:
            backer = finder.state_of(backer_tok.text, forces=False)
        if backer is None:
            entry = self.pack.get(self.pack.name_index.get(normalize_name(backer_tok.text)))
            if entry is not None and entry.type in ("GPE", "ORG"):
                ent = finder.name_in_text(entry.id, entry.name, entry.type, backer_tok.idx + offset, backer_tok.text)
                backer = Party(ent.name, ent)
        if backer is None:
            return
        noun = word.head
        groups: list[Party] = []
        own = finder.entity_at(noun.idx + offset, noun.idx + offset + len(noun.text))
        if own is not None and own.type in _ORGS:
            groups.append(Party(own.name, own))
        if noun.dep_ == "appos":
            p = finder.party(noun.head, offset)
            if p is not None:
                groups.append(p)
        for c in noun.children:
            if c.dep_ == "appos":
                groups += [p for t in [c, *c.conjuncts] if (p := finder.party(t, offset)) is not None]
            if c.dep_ == "prep" and c.lower_ in ("as", "like", "including"):
                groups += [p for o in c.children if o.dep_ == "pobj" for t in [o, *o.conjuncts]
                           if (p := finder.party(t, offset)) is not None]
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            subj = child(noun.head, "nsubj")
            if subj is not None and (p := finder.party(subj, offset)) is not None:
                groups.append(p)
        for g in groups:
            if g.entity is not None and g.entity.type in _ORGS:
                yield g, "backed_by", backer

    def _verb(self, verb: Token, pred: str, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        subj = child(verb, "nsubj")
        subjpass = child(verb, "nsubjpass")
        if verb.dep_ == "relcl" and subj is not None and subj.lower_ in ("who", "which", "that"):
            subj = verb.head  # "X, who heads Y"
        if verb.dep_ == "relcl" and subjpass is not None and subjpass.lower_ in ("who", "which", "that"):
            subjpass = verb.head
        if verb.dep_ == "acl" and subj is None and subjpass is None:
            subjpass = verb.head  # "a group designated by the Treasury"
        if subj is None and subjpass is None and verb.dep_ in ("conj", "xcomp"):
            subj = child(verb.head, "nsubj")
        agent = child(child(verb, "agent"), "pobj")
        objs = [t for c in verb.children if c.dep_ == "dobj" or c.dep_ in ("xcomp", "oprd") and c.pos_ == "PROPN"
                for t in [c, *c.conjuncts]]
        if verb.dep_ == "relcl":  # "X, which Washington designated ...": the relative pronoun stands for X
            objs = [verb.head if t.lower_ in ("which", "whom", "that", "who") else t for t in objs]
        pobjs = {c.lower_: [t for o in c.children if o.dep_ == "pobj" for t in [o, *o.conjuncts]]
                 for c in verb.children if c.dep_ == "prep"}
        lemma = verb.lemma_.lower()
        if pred == "operates_in":
            group = finder.party(subj or subjpass, offset) if (subj or subjpass) is not None else None
            if group is not None and group.entity is not None and group.entity.type == "ORG":
                places = pobjs.get("in", []) + (objs if lemma in self.lex.control_verbs else [])
                for t in places:
                    place = finder.party(t, offset, places=True)
                    if place is not None:
                        yield group, "operates_in", place
            return
        if pred == "leads" and subj is not None and lemma != "found":
            person = finder.party(subj, offset)
            if person is not None and person.entity is not None and person.entity.type == "PERSON":
                for t in objs:
                    org = finder.party(t, offset)
                    if org is not None and org.entity is not None and org.entity.type in _ORGS:
                        yield person, "leads", org
            return
        if pred == "part_of":
            who = finder.party(subj, offset) if subj is not None else None
            wholes = pobjs.get("to", []) if lemma == "belong" else objs
            if who is not None and who.entity is not None:
                p = "member_of" if who.entity.type == "PERSON" else "part_of"
                for t in wholes:
                    org = finder.party(t, offset)
                    if org is not None and org.entity is not None and org.entity.type in _ORGS:
                        yield who, p, org
            return
        if pred == "pledged_allegiance_to":
            if subj is None or not any(o.lower_ in ("allegiance", "loyalty", "fealty") for o in objs):
                return
            who = finder.party(subj, offset)
            tos = [t for o in objs for t in prep_objects(o, ("to",))] + pobjs.get("to", [])
            for t in tos:
                lord = finder.party(t, offset)
                if who is not None and lord is not None:
                    yield who, "pledged_allegiance_to", lord
            return
        if pred == "allied_with":
            who = finder.party(subj or verb.head, offset) if (subj or verb.dep_ == "amod") else None
            for t in pobjs.get("with", []):
                other = finder.party(t, offset)
                if who is not None and other is not None:
                    yield who, "allied_with", other
            return
        if pred in ("backed_by", "designated_by"):
            if subjpass is not None and agent is not None:
                group, by = finder.party(subjpass, offset), finder.party(agent, offset)
                groups = [group] + [finder.party(t, offset) for t in subjpass.conjuncts]
            elif subj is not None and objs:
                by = finder.party(subj, offset)
                groups = [finder.party(t, offset) for t in objs]
            else:
                return
            if by is None or by.entity is None or pred == "backed_by" and not self._is_state(by.entity):
                return
            for g in groups:
                if g is not None and g.entity is not None and g.entity.type in ("ORG", "PERSON"):
                    yield g, pred, by

    def _own_outlet(self, tok: Token, offset: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        """"its Al-Manar television": the group's own outlet is part of it."""
        if tok.lower_ not in ("its", "their"):
            return
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is None:
            return
        start = nxt.idx + offset
        outlet = finder.entity_at(start, start + len(nxt.text))
        if outlet is None or outlet.type != "MEDIA":
            return
        owner = finder.party(tok, offset)
        if owner is not None and owner.entity is not None and owner.entity.type == "ORG":
            yield Party(outlet.name, outlet), "part_of", owner

    # -- ownership before a name ------------------------------------------------------------------------------------
    def _owned(self, text: str, start: int, end: int, finder: ActorFinder) -> Iterator[tuple[Party, Party]]:
        """"the IRGC's Quds Force", "its Al-Manar television", "the Houthi-run Saba news agency": a unit or an
        outlet named with its owner."""
        named = finder.within(start, end, frozenset({"ORG", "MEDIA", "GPE"}))
        for i, (u_start, unit) in enumerate(named):
            if unit.type not in _ORGS:
                continue
            before = text[max(start, u_start - 40):u_start]
            m = _OWNER_GAP.search(before)
            if m is None:
                continue
            if unit.pack_id and self.pack.get(unit.pack_id) is not None and \
                    self.pack.get(unit.pack_id).kind in _PLATFORM_KINDS:  # type: ignore[union-attr]
                continue  # "its Telegram channel": the platform is nobody's
            owner: Entity | None = None
            if m.group("pron") or m.group("noun"):
                owner = finder.last_before(u_start - len(m.group(0)), frozenset({"ORG"}), floor=u_start - 1500)
                known = self.pack.get(unit.pack_id)
                if known is not None and known.owner:
                    # "the group's Amaq": of the groups the text has named, the one the pack knows owns the outlet
                    named_owner = finder.by_pack_id(known.owner)
                    if named_owner is not None and any(mm.start < u_start for mm in named_owner.mentions):
                        owner = named_owner
                if owner is not None and self._is_state(owner):
                    owner = None  # "its" after a state body rarely owns a named outlet; unsure, so nothing
            elif i > 0:
                o_start, o = named[i - 1]
                o_end = o_start + len(next(mm.text for mm in o.mentions if mm.start == o_start))
                if u_start - len(m.group(0)) <= o_end <= u_start and o.type in ("ORG",):
                    owner = o
            if owner is None and m.group(0).startswith("-"):
                # "the Houthi-run Saba": the word before "-run" names a group the recognisers took for an adjective
                word = re.search(r"([A-Z][\w]+)$", text[max(start, u_start - len(m.group(0)) - 30):
                                                       u_start - len(m.group(0))])
                entry = None
                if word is not None:  # "Houthi" names the group the pack calls "the Houthis"
                    index = self.pack.name_index
                    key = index.get(normalize_name(word.group(1))) or index.get(normalize_name(word.group(1) + "s"))
                    entry = self.pack.get(key)
                if entry is not None and entry.type == "ORG" and word is not None:
                    at = u_start - len(m.group(0)) - len(word.group(1))
                    owner = finder.name_in_text(entry.id, entry.name, entry.type, at, word.group(1))
            if owner is not None and owner is not unit:
                yield Party(unit.name, unit), Party(owner.name, owner)

    # -- titles before a name ---------------------------------------------------------------------------------------
    def _titles(self, text: str, start: int, end: int, finder: ActorFinder) -> Iterator[tuple[Party, str, Party]]:
        """"Hezbollah official Mahmoud Qmati", "the IRGC's spokesman, Ali Naini": a group, a role, then the name.

        Read from the surface, because the parser splits such titles in many ways ("Secretary-General" is three
        tokens, and the title often ends up inside the person's name)."""
        named = finder.within(start, end, frozenset({"PERSON", "ORG", "MEDIA", "GPE"}))
        for i, (p_start, person) in enumerate(named):
            if person.type != "PERSON":
                continue
            for o_start, org in reversed(named[:i]):
                if org.type not in _ORGS or p_start - o_start > 80:
                    continue
                o_end = o_start + len(next(m.text for m in org.mentions if m.start == o_start))
                m = _TITLE_GAP.match(text[o_end:p_start])
                if m is None:
                    break
                words = m.group("role").lower().split()
                role = next((" ".join(words[k:]) for k in range(len(words))
                             if " ".join(words[k:]) in self.lex.role_predicate), None)
                if role is not None:
                    yield Party(person.name, person), self.lex.role_predicate[role], Party(org.name, org)
                break

    # -- places ---------------------------------------------------------------------------------------------------
    def _places(self, text: str, start: int, end: int, finder: ActorFinder) -> Iterator[tuple[Party, Party]]:
        places = finder.within(start, end, frozenset({"GPE", "LOC"}))
        spans = [(s, s + len(next(m.text for m in e.mentions if m.start == s)), e) for s, e in places]
        for (s1, e1, a), (s2, _e2, b) in zip(spans, spans[1:]):
            gap = text[e1:s2]
            if a is b:
                continue
            if _PLACE_GAP.match(gap) and self._smaller(a, b):
                yield Party(a.name, a), Party(b.name, b)
            elif _POSSESSIVE_GAP.match(gap) and self._smaller(b, a):
                yield Party(b.name, b), Party(a.name, a)

    def _smaller(self, inner: Entity, outer: Entity) -> bool:
        """A country is never inside a town; otherwise trust the text's "V in P"."""
        entry = self.pack.get(inner.pack_id)
        return entry is None or entry.kind != "country"

    # -- helpers --------------------------------------------------------------------------------------------------
    def _is_state(self, entity: Entity | None) -> bool:
        if entity is None:
            return False
        entry = self.pack.get(entity.pack_id)
        if entry is not None:
            return entry.kind in _STATE_KINDS
        return entity.type == "GPE"


def _well_named(entity: Entity | None) -> bool:
    """A name worth a tie: known to the pack, several words, or an acronym. A lone common word ("Defence",
    "Interior", "Brig") is usually a recogniser's fragment of a longer name."""
    if entity is None:
        return False
    if entity.pack_id or " " in entity.name.strip() or entity.name.isupper():
        return True
    return entity.type in ("GPE", "LOC") or any(m.text != m.text.lower() and " " in m.text for m in entity.mentions)


def _through_a_part(noun: Token, offset: int, finder: ActorFinder) -> bool:
    """A common noun owned by a named body ("Hezbollah's parliamentary bloc", "the IRGC's aerospace force"): a part
    of that body, not the body itself."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _BODY_WORDS or \
            finder.entity_at(noun.idx + offset, noun.idx + offset + len(noun.text)) is not None:
        return False  # "the Lebanese Forces party" is the party itself
    return any(c.i < noun.i and c.dep_ in ("poss", "compound", "nmod") and c.lower_ not in ("its", "their")
               for c in noun.children)


def _pieces(role: Token) -> list[Token]:
    """The tokens of a hyphenated role word ("secretary", "general"), first to last."""
    pieces = [role]
    j = role.i
    while j + 2 < len(role.doc) and role.doc[j + 1].text == "-":
        pieces.append(role.doc[j + 2])
        j += 2
    return pieces


def _hyphen_before(tok: Token) -> bool:
    return tok.i >= 2 and tok.nbor(-1).text == "-"
