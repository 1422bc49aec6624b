"""Who speaks, read from the parse around one cue verb: its subject, or where the parse went wrong, the name
beside it.

The dependency parse of news prose fails in patterns: "X quoted Y as saying" makes X the subject of "saying";
"Reuters, citing a statement, reported" hides the real source in a participle; a wire dateline or a guillemet becomes
the subject; "Name, the group's leader, vowed" loses its subject altogether. Each rule here repairs one such pattern
and leaves the rest to the plain subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .quote_lexicon import QuoteLexicon
from .quote_marks import inside_marks
from .speakers import HANDLE, SpeakerRef, entity_at, mention_ref, speaker_ref


class CueSpeakers:
    def __init__(self, doc: Doc, lex: QuoteLexicon) -> None:
        self.doc = doc
        self.lex = lex

    def of(self, verb: Token) -> SpeakerRef | None:
        """The speaker of a cue verb: its subject, a source it cites, or (when the parse lost the subject) the name
        set right before it or after it."""
        cited = self._cited_source(verb)
        if cited is None and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            # "X, citing a source, described ... and said ...": both verbs are the source's (a cited outlet speaks
            # only for the verb the citing hangs on)
            cited = self._cited_source(verb.head, outlets=False)
        if cited is not None:
            return cited
        own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if own is not None and own.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            # "according to two diplomats, who said ...": the relative pronoun stands for the noun it hangs on
            return speaker_ref(verb.head, self.lex)
        if own is None:
            aside = next((asked_aside(c) for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
            if aside is not None:  # "Blinken, asked about the attack, told X that ..."
                return speaker_ref(aside, self.lex)
            lone = self._lone_name(verb)
            if lone is not None:  # '"...," Bathily said' with the surname parsed as an adverb
                return SpeakerRef("description", lone.idx, lone.idx + len(lone), lone.text, lone.lower_, "person")
            adjacent = self._adjacent_name(verb)
            if adjacent is not None:
                return mention_ref(adjacent)
            described = self._described_before(verb)
            if described is not None:
                return described
            if verb.i > 0 and HANDLE.fullmatch(self.doc[verb.i - 1].text):
                # "MehmetK_61 wrote:" under a comments heading, the screen name parsed as anything but a subject
                return speaker_ref(self.doc[verb.i - 1], self.lex)
        node = verb
        through_as = False
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj"):
            # "X said the announcement showed ..., adding that ...": the one adding is the one saying
            speaking = self._speech_ancestor(verb)
            if verb.lemma_.lower() in self.lex.naming_verbs and verb.dep_ == "advcl" and any(
                    c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in verb.head.children):
                # "Mousavi condemned the strikes, calling them '...,' IRNA reported": the one who condemned calls
                speaking = verb.head
            if speaking is not None:
                node = speaking
            elif verb.i > 0 and self.doc[verb.i - 1].text == "," and verb.sent.root.i != verb.i:
                # "The Houthis began attacking ships weeks after the war broke out, saying ...": when the nearest
                # clause's subject cannot speak, the sentence's subject says it
                nearest = self._climb(verb, verb, False)
                root = verb.sent.root
                if (nearest is None or nearest.kind == "description" and nearest.category is None) and any(
                        c.dep_ == "nsubj" for c in root.children):
                    node = root
        if node is verb and verb.dep_ == "conj" and own is None and _inside_marks(verb.head) and \
                not _inside_marks(verb):
            # 'He called the pledges "a first step that Yemenis have waited for" and thanked ...': the parse hung the
            # verb on one inside the quoted words; their subject did not speak, the sentence's did
            node = verb.sent.root
        elif node is verb and verb.dep_ == "conj" and own is None and any(
                c.dep_ == "nsubj" and _inside_marks(c) for c in verb.head.children):
            # 'wrote that "dialogue, not threats," had settled the matter, and urged ...': quoted words are no
            # subject to share; the one who wrote them urged
            node = self._speech_ancestor(verb) or verb.sent.root
        elif node is verb and verb.dep_ == "conj" and own is None and verb.head.dep_ == "ccomp" and \
                verb.head.lemma_.lower() not in self.lex.speech_verbs and \
                verb.head.head.lemma_.lower() in self.lex.speech_verbs and verb.lemma_.lower() in self.lex.speech_verbs:
            # 'the faction said the reward was "worthless" and accused Washington of ...': a speech verb the parse
            # joined to the reported clause is the reporting verb's partner; the one who said it accused
            node = verb.head.head
        elif node is verb and verb.dep_ == "conj" and own is None and verb.head.dep_ == "advcl" and any(
                c.dep_ == "mark" for c in verb.head.children):
            # '... warned of repercussions if Israel stormed Rafah, and called for a meeting': a cue joined to the
            # verb of a conditional clause belongs to the clause that clause hangs on
            node = verb.head.head
        found = self._climb(verb, node, through_as)
        if found is not None:
            return found
        for child in verb.children:
            if child.dep_ == "nsubjpass":
                return speaker_ref(child, self.lex)
        after = self._name_after(verb)
        return mention_ref(after) if after is not None else None

    def _climb(self, verb: Token, node: Token, through_as: bool) -> SpeakerRef | None:
        """Up the parse from the cue to the first clause with a subject (or a carrier's quoted object)."""
        came_by = ""
        for _ in range(4):
            # "carried a statement from X saying": the statement's owner; "broadcast footage and said": not a
            # participle of the carrier but a verb of its own subject
            if node != verb and came_by != "conj" and node.lemma_.lower() in self.lex.carrier_verbs:
                obj = next((c for c in node.children if c.dep_ in ("dobj", "nsubjpass")), None)
                if obj is not None and (through_as or obj.lemma_.lower() in self.lex.statement_nouns):
                    # "Tasnim quoted X as saying"; "Tasnim carried a statement from X saying"
                    return speaker_ref(obj, self.lex)
            through_as = node.dep_ == "prep" and node.lower_ == "as" or node.dep_ in ("advcl", "xcomp") and \
                node.tag_ == "VBG" and node.head.lemma_.lower() in ("quote", "cite")
            own = [c for c in node.children if c.dep_ == "nsubj" and not c.is_punct]
            # '"... liberation: burning markets full of poor people," Qurashi said': a subject the parse found
            # inside the quoted words is part of them, not the one who said them
            own = [c for c in own if not _inside_marks(c)] or own
            subjects = [speaker_ref(c, self.lex) for c in own]
            if len(subjects) > 1:
                # "UN special envoy for Yemen Hans Grundberg said": the parse split the title from the name it
                # stands before; the name is the speaker
                named = [ref for ref in subjects
                         if ref is not None and ref.kind == "mention" and ref.category == "person"]
                subjects = named[-1:] or subjects
            if subjects:
                return next((ref for ref in subjects if ref is not None), None)
            if node.dep_ in ("conj", "xcomp", "advcl", "pcomp", "prep") and node.head != node:
                came_by = node.dep_
                node = node.head
                continue
            if node.dep_ == "acl" and node.head.lemma_.lower() in self.lex.statement_nouns and \
                    node.head.dep_ in ("dobj", "nsubj"):
                # "published a message warning ...": the message's owner, else whoever published it
                ref = speaker_ref(node.head, self.lex)
                if ref is not None and ref.owner is not None:
                    return ref
                came_by = "acl"
                node = node.head if node.head.dep_ == "nsubj" else node.head.head
                continue
            break
        return None

    def _speech_ancestor(self, verb: Token) -> Token | None:
        node = verb
        for _ in range(4):
            if node.head == node:
                return None
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in self.lex.speech_verbs and any(
                    c.dep_ == "nsubj" for c in node.children):
                return node
        return None

    def _cited_source(self, verb: Token, outlets: bool = True) -> SpeakerRef | None:
        """"Sabereen News, citing sources close to the factions, reported ...": the cited source speaks, the
        outlet carries. A cited outlet ("Reuters, citing Blu Radio, reported that ...") speaks in its own voice and
        the citing one relays it; where the cited outlet carries someone else's words, they win later on."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        around = list(verb.children) + (list(subject.children) if subject is not None else [])
        for clause in (c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i > verb.i):
            # "Fana reported, citing local officials, that ...": the parse hung the participle on the reported clause
            opening = min([c.i for c in clause.children if c.dep_ in ("mark", "nsubj", "nsubjpass")] + [clause.i])
            around += [c for c in clause.children if verb.i < c.i < opening]
        for child in around:  # "Reuters, quoting two security sources, reported": on the verb or its subject
            if child.dep_ in ("advcl", "xcomp", "prep", "acl") and child.lemma_.lower() in ("cite", "quote"):
                obj = next((c for c in child.children if c.dep_ in ("dobj", "pobj")), None)
                if obj is None or not outlets and entity_at(obj) is not None and entity_at(obj).label_ == "MEDIA":
                    return None
                return speaker_ref(obj, self.lex)
        return None

    def _lone_name(self, verb: Token) -> Token | None:
        """A single capitalised word between a closing quote and the cue, which the parse left without a role: the
        speaker's surname, for the resolver to match against the full name given before."""
        doc = self.doc
        i = verb.i - 1
        if i < 1 or i < verb.sent.start or not doc[i].is_alpha or not doc[i].text[:1].isupper() or \
                doc[i].ent_type_ not in ("", "PERSON") or doc[i].dep_ == "nsubj" or \
                doc[i].lower_ in self.lex.person_pronouns:
            return None
        before = doc[i - 1]
        return doc[i] if before.is_quote or before.text == "," and _inside_marks(doc[i - 2]) else None

    def _described_before(self, verb: Token) -> SpeakerRef | None:
        """"..., a young officer who did not give his name said ...": a person described with a relative clause right
        before the verb, which the parse hung elsewhere."""
        if verb.i == verb.sent.start:
            return None
        node = self.doc[verb.i - 1]
        for _ in range(10):
            if node.pos_ == "NOUN" and node.right_edge.i == verb.i - 1 and any(
                    c.dep_ in ("relcl", "acl") for c in node.children):
                ref = speaker_ref(node, self.lex)
                return ref if ref is not None and ref.category in (None, "person") else None
            if node.head == node or node.head.i >= verb.i:
                return None
            node = node.head
        return None

    def _adjacent_name(self, verb: Token) -> Span | None:
        """"X vowed", "..., X, vowed" or "X, the group's leader, vowed" when the parse gave the verb no subject."""
        doc = self.doc
        first = verb.sent.start
        i = verb.i - 1
        while i >= first and doc[i].dep_ in ("aux", "neg", "advmod") and not doc[i].is_punct:
            i -= 1
        if i < first:
            return None
        if doc[i].text == ",":
            named = _speaker_entity(doc[i - 1]) if i - 1 >= first else None
            before = named.start - 1 if named is not None else first
            while named is not None and before > first and doc[before].text[:1].isupper() and \
                    not doc[before].ent_type_ and named.start - before <= 2:
                before -= 1  # a title before the name: ", Sayyed Hassan Nasrallah, said"
            if named is not None and named.end == i and (
                    named.start == first or doc[before].text == "," or doc[before].dep_ == "cc"):
                return named  # ", Akram al-Kaabi, vowed": the comma-set name is the subject
            j = i - 1
            while j > first and doc[j].text != "," and i - j < 25 and doc[j].pos_ not in ("VERB", "AUX"):
                j -= 1
            if doc[j].text != "," or j - 1 < first:
                return None
            i = j - 1
        named = _speaker_entity(doc[i])
        return named if named is not None and named.end == i + 1 else None

    def _name_after(self, verb: Token) -> Span | None:
        """'..., said Under Secretary ... Daniel R. Whitcomb.': an inverted cue whose subject the parse missed."""
        first: Span | None = None
        if verb.i + 1 < verb.sent.end and verb.doc[verb.i + 1].pos_ == "ADP" and verb.doc[verb.i + 1].is_lower:
            return None  # "called on Qais al-Khazali to ...": the name after a preposition is who was addressed
        for token in verb.doc[verb.i + 1:verb.sent.end]:
            if token.pos_ in ("VERB", "AUX") and not token.text[:1].isupper() or token.text in ("that", ":", "“", "\"", "«"):
                break  # not a title's "Acting" in "said Acting Under Secretary ... Bradley T. Smith"
            ent = entity_at(token)
            if ent is not None and (ent.label_ == "MEDIA" or ent.root.head == verb and ent.root.dep_ in ("dobj", "dative")):
                continue  # "..., told Radio Free Asia": the one told is the listener or the outlet, never the speaker
            if ent is not None and ent.label_ == "PERSON":
                return ent  # "said Under Secretary of the Treasury ... Daniel R. Whitcomb": the person, not the office
            if ent is not None and ent.label_ == "ORG" and first is None:
                first = ent
        return first


def _inside_marks(token: Token) -> bool:
    return inside_marks(token.doc.text, token.sent.start_char, token.idx)


def _speaker_entity(token: Token) -> Span | None:
    ent = entity_at(token)
    return ent if ent is not None and ent.label_ in ("PERSON", "ORG", "MEDIA") else None


def asked_aside(clause: Token) -> Token | None:
    """The subject of a set-off participle the parse took for a clause ("Blinken, asked about the attack, told ...":
    "Blinken asked about the attack"), else None."""
    if clause.tag_ not in ("VBN", "VBD", "VBG") or clause.i < 2 or clause.doc[clause.i - 1].text != ",":
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i == clause.i - 2), None)
    doc, edge = clause.doc, clause.right_edge.i
    closed = doc[edge].text == "," or edge + 1 < len(doc) and doc[edge + 1].text == ","
    return subject if subject is not None and closed else None
