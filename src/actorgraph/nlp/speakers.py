"""Read who is speaking from the parse: a name, a pronoun, a description, or a group behind a collective phrase.

This stays inside one sentence and produces a `SpeakerRef`: what the text says about the speaker, with offsets.
Turning a pronoun or "the militia commander" into an entity needs the whole document and happens in `coref`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

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
    plural: bool = False  # "the brothers said": several people, never a later "he"

    def shifted(self, offset: int) -> SpeakerRef:
        owner = self.owner.shifted(offset) if self.owner else None
        return replace(self, start=self.start + offset, end=self.end + offset, owner=owner)


def promote_speaker_names(doc: Doc, speech_verbs: frozenset[str], org_heads: set[str]) -> None:
    """A proper name that speaks is an entity even when the statistical NER missed it in this context.

    "Turki al-Mahalawi, a tribal leader, said" names a person whatever the model thought of the sentence; the name
    becomes a PERSON (an ORG when one of its words is an organisation head such as "Council").
    """
    new: list[Span] = []
    for token in doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in speech_verbs:
            continue
        for child in token.children:
            if child.dep_ != "nsubj" or child.pos_ != "PROPN":
                continue
            if child.ent_type_:
                # "Vassily Nebenzia described ...": the model took the surname alone for a place; a one-word name
                # the pack does not know, after a capitalised word no entity holds, is the end of a person's name
                ent = entity_at(child)
                before = doc[child.i - 1] if child.i > 0 else None
                if ent is None or ent.kb_id_ or len(ent) != 1 or before is None or before.ent_type_ or \
                        not before.text[:1].isupper() or not before.is_alpha or \
                        not (before.pos_ == "PROPN" or before.dep_ == "compound" and before.head == child):
                    continue
                new.append(Span(doc, before.i, child.i + 1, label="PERSON"))
                continue
            left = child.i
            # The parse does not always chain a name's parts, so take the run of capitalised proper nouns.
            while left > 0 and not doc[left - 1].ent_type_ and not doc[left - 1].is_space and (
                    doc[left - 1].pos_ == "PROPN" or doc[left - 1].text == "-"):
                left -= 1
            span = doc[left:child.i + 1]
            words = [t for t in span if t.text != "-"]
            if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in ("al", "el", "bin", "ibn", "abu")
                                         for t in words):
                continue
            label = "ORG" if any(t.text in org_heads for t in words) else "PERSON"
            new.append(Span(doc, span.start, span.end, label=label))
    given = _given_names(doc)
    if new or given:
        # a given name outranks whatever the model read there ("gave his name only as Taavi", tagged ORG)
        kept = [e for e in doc.ents if not any(e.start < g.end and g.start < e.end and not e.kb_id_ for g in given)]
        doc.set_ents(filter_spans(given + kept + new))


def _given_names(doc: Doc) -> list[Span]:
    """"a waiter who gave his name only as Abdi", "a fighter who asked to be identified only as Karwan": the name
    an unnamed speaker gave is a person's name, whatever the model read."""
    out: list[Span] = []
    for token in doc:
        if token.lower_ != "as" or token.i + 1 >= len(doc):
            continue
        near = {t.lower_ for t in doc[max(0, token.i - 2):token.i]}
        # "gave his name (only) as X", "identified only as X"; not "was identified as Kataib Hezbollah's commander"
        if not _names_before(token) or not near & {"name", "only"}:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 2 and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        if end > token.i + 1 and not any(t.ent_kb_id_ for t in doc[token.i + 1:end]):
            out.append(Span(doc, token.i + 1, end, label="PERSON"))
    return out


def _name_given(token: Token) -> Span | None:
    """The name in "who gave his name only as X" hanging on a description."""
    for sub in token.subtree:
        if sub.i > token.i and sub.lower_ == "as" and sub.i + 1 < len(sub.doc):
            ent = entity_at(sub.doc[sub.i + 1])
            if ent is not None and ent.label_ == "PERSON" and ent.start == sub.i + 1 and _names_before(sub):
                return ent
    return None


def stranded_name(token: Token) -> Span | None:
    """"Abdoulaye Roe, the UN special envoy, told ...", parsed with the envoy as subject and the name left hanging
    as a modifier: the name set off by a comma right before the subject's phrase is who it is."""
    doc = token.doc
    left = token.left_edge.i
    if left < 2 or doc[left - 1].text != "," or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    ent = entity_at(doc[left - 2])
    if ent is None or ent.label_ != "PERSON" or ent.end != left - 1:
        return None
    if ent.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "poss", "attr", "appos"):
        return None  # the name has a part of its own in the sentence
    return ent


def _names_before(as_token: Token) -> bool:
    """Whether "name", "identified" or "named" stands in the few words before this "as"."""
    doc = as_token.doc
    return any(t.lower_ in ("name", "identified", "named") for t in doc[max(0, as_token.i - 4):as_token.i])


def entity_at(token: Token) -> Span | None:
    """The entity span holding a token, found from its IOB tags rather than by scanning every entity."""
    if token.ent_type_ not in _ENTITY_LABELS:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_, kb_id=token.ent_kb_id_)


def mention_ref(ent: Span) -> SpeakerRef:
    """A named speaker; organisations, outlets and places speak as groups."""
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
    while left < right and (doc[left].is_punct or doc[left].pos_ == "ADV" and doc[left].dep_ == "advmod" or
                            _CLOCK.fullmatch(doc[left].text)):
        left += 1  # "Later a channel added": the adverb is the clause's, not the speaker's; "13:55 - ": a live blog's
    for k in range(token.i + 1, right):  # "an official familiar with the talks, who asked not to be named"
        if doc[k].text == "," and doc[k + 1].tag_ in ("WP", "WDT", "WP$"):
            right = k - 1
            break
    span = doc[left:right + 1]
    return span.start_char, span.end_char, span.text


def speaker_ref(token: Token, lex: QuoteLexicon, depth: int = 0) -> SpeakerRef | None:
    """The speaker a subject (or 'according to' object) token names."""
    if depth > 3:
        return None
    if HANDLE.fullmatch(token.text) and not token.ent_kb_id_:  # not "DeirEzzor24", an outlet the pack knows
        # "kurdish_voter_88 wrote:", "@Janoub_Now posted": a screen name, kept as written, not a named actor
        return SpeakerRef("description", token.idx, token.idx + len(token), token.text, token.lower_, "person")
    ent = entity_at(token)
    if ent is not None and ent.label_ != "NORP":
        if ent.root.lemma_.lower() in lex.person_roles or ent.root.lower_ in lex.person_roles:
            # "The UN High Commissioner for Human Rights, Volker Turk, said": the title the model took for a name
            named = _named_by_apposition(token) or _comma_set_name(token)
            if named is not None and named.label_ == "PERSON":
                return mention_ref(named)
        return mention_ref(ent)
    named = _named_by_apposition(token) or _name_given(token) or stranded_name(token) or _titled_name(token, lex)
    if named is not None:
        return mention_ref(named)
    if token.dep_ == "appos" and token.pos_ == "NOUN":
        # "Saraya Awliya al-Dam, a little-known group that said ...": the description is set beside the name
        named = entity_at(token.head)
        if named is not None and named.label_ in ("ORG", "PERSON") and token.head.i < token.i:
            return mention_ref(named)
    lower = token.lower_
    lemma = token.lemma_.lower()
    start, end, text = _phrase(token)
    if lower in _PARTITIVES:  # "one of the residents", "two of the officials": unnamed members of a described set
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is not None and pobj.pos_ == "PRON":
            return None  # "most of them": no speaker here
        if pobj is not None:
            inner = speaker_ref(pobj, lex, depth + 1)
            category = inner.category if inner is not None else None
            if inner is not None and inner.kind == "mention":
                return inner if lower == "one" and category == "group" else SpeakerRef(
                    "description", start, end, text, lemma, category, plural=lower != "one")
            return SpeakerRef("description", start, end, text, inner.head if inner else lemma,
                              "person" if lower == "one" else category, plural=lower != "one")
    if lower in lex.person_pronouns:
        return SpeakerRef("pronoun", token.idx, token.idx + len(token), token.text, lower, "person")
    if lower in lex.group_pronouns:
        return SpeakerRef("pronoun", token.idx, token.idx + len(token), token.text, lower, "group")
    owner = _owner(token, lex, depth)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) or any(
        c.dep_ == "poss" for c in token.children)
    plural = token.tag_ in ("NNS", "NNPS")
    if token.dep_ == "compound" and token.tag_ == "NN" and lemma in lex.state_bodies:
        definite = True  # "health ministry figures": a bare singular body before a noun is one the reader knows
    if lemma in _OUTLET_HEADS:
        # "Hezbollah's Al-Manar television reported": the outlet's name before its head noun is the speaker
        named = _name_before(token)
        if named is not None and named.label_ == "MEDIA" and named.end == token.i:
            return mention_ref(named)
    if lower in lex.statement_nouns:
        lemma = lower  # "health ministry figures" are the ministry's; "a senior figure" is a person
    if lemma in lex.statement_nouns or lower in lex.collective_heads or lemma in lex.channel_nouns:
        if owner is None and lemma in lex.statement_nouns and definite and depth == 0:
            owner = _earlier_statement_owner(token, lex)
        if owner is None and lemma in lex.statement_nouns and token.dep_ == "dobj" and depth < 3:
            # "an account run by X published a short message warning ...": whoever published the message says it
            issuer = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            owner = speaker_ref(issuer, lex, depth + 1) if issuer is not None else None
        if owner is not None and (lemma in lex.statement_nouns or lemma in lex.channel_nouns or plural):
            return SpeakerRef("descriptor", start, end, text, lemma, owner.category, owner, collective=True,
                              definite=definite, plural=plural)
        if lemma in lex.channel_nouns and definite and not plural:
            # "the site said", "according to the channel": the outlet the text just named
            return SpeakerRef("descriptor", start, end, text, lemma, "outlet", None, definite=True)
        if lemma in lex.statement_nouns:
            return SpeakerRef("descriptor" if definite and not plural else "description", start, end, text, lemma,
                              None, None, definite=definite, plural=plural)
    if lemma in _SERVICE_HEADS:
        # "the FSB security service said", "the Tasnim news agency reported", "Israel's Magen David Adom emergency
        # service said": the name before the head is the body, whoever's it is
        named = _name_before(token)
        if named is not None and named.label_ in ("ORG", "MEDIA") and named.end >= token.i - 2:
            return mention_ref(named)
        if owner is not None and owner.kind == "mention" and owner.category != "person" and \
                not any(c.dep_ == "poss" for c in token.children):
            return owner
    if definite and not plural and owner is None and _aged(token):
        # "the 47-year-old said", "the 58-year-old farmer said": an age is only ever given to a person
        return SpeakerRef("descriptor", start, end, text, lemma, "person", None, definite=True)
    if lemma in lex.person_roles or lower in lex.person_roles or _compound_role(token, lex):
        # "the two defence ministers spoke": several people, none of whom a later "he" or "the minister" is alone
        return SpeakerRef("descriptor" if definite and not plural else "description", start, end, text, lemma,
                          "person", owner, definite=definite, plural=plural)
    if lemma in lex.state_bodies and _national(token, lex):
        # "Oman's foreign ministry", "the US embassy", "the prime minister's office": a body of a state, named by
        # its description; not the state itself
        return SpeakerRef("description", start, end, text, lemma, "group", None, definite=definite, plural=plural)
    if lemma in lex.group_nouns or lower in lex.group_nouns:
        if plural and owner is None and definite and lemma in _MEMBERS and not any(
                c.dep_ == "conj" for c in token.children):
            # "the rebels accuse": the members of the one group the story is about, speaking as that group
            return SpeakerRef("descriptor", start, end, text, lemma, "group", None, definite=True)
        if plural and owner is None:  # "the factions said": several groups, none of them alone
            return SpeakerRef("description", start, end, text, lemma, "group", None, definite=definite, plural=plural)
        return SpeakerRef("descriptor" if definite else "description", start, end, text, lemma, "group", owner,
                          definite=definite, plural=plural)
    if lemma in lex.person_nouns or lower in lex.person_nouns:
        # "said the farmer": a person, but no office a later "the commander" could mean
        return SpeakerRef("description", start, end, text, lemma, "person", owner, definite=definite, plural=plural)
    if token.pos_ in ("NOUN", "PROPN"):
        return SpeakerRef("description", start, end, text, lemma, None, owner, definite=definite, plural=plural)
    if token.is_alpha and token.text[:1].isupper() and token.sent.start < token.i < token.head.i and \
            token.dep_ == "nsubj" and token.nbor(1).i == token.head.i:
        # '"...," Amed said' with the surname tagged as a verb: a word the resolver may match to a name given before
        return SpeakerRef("description", token.idx, token.idx + len(token), token.text, lower, None)
    return None


# a body named by the name set before them: "the FSB security service", "the Rewards for Justice program"
_SERVICE_HEADS = {"service", "agency", "program", "programme"}
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")  # a live blog's time stamp before its first words
_OUTLET_HEADS = {"television", "tv", "radio", "network", "agency", "service"}  # "Al-Manar television"
_MEMBERS = {"rebel", "insurgent", "jihadist", "militant", "militiaman"}  # plural: one group's members
_NEWS = {"news", "press", "wire"}  # "the news agency" is an outlet, "the civil defence agency" a state body
_PARTITIVES = {"one", "two", "three", "some", "several", "many", "most", "both", "none", "each", "all"}
_STATEMENT_ACL_SKIP = {"carry", "circulate", "broadcast", "air", "relay", "share", "report", "cite", "quote"}


def _statement_owner(noun: Token, lex: QuoteLexicon, depth: int) -> SpeakerRef | None:
    """Who issued a statement, from the words around it: "a statement published on the group's website",
    "issued in the name of X", "signed by X"; an outlet that only carried it ("circulated by X") is not the owner."""
    for child in noun.children:  # "a statement on the group's website", "a statement from X"
        if child.dep_ != "prep":
            continue
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if child.lower_ in ("on", "in") and pobj.lemma_.lower() in lex.channel_nouns:
            poss = next((c for c in pobj.children if c.dep_ == "poss"), None)
            if poss is not None:
                return speaker_ref(poss, lex, depth + 1)
        if child.lower_ == "from":
            return speaker_ref(pobj, lex, depth + 1)
    if noun.dep_ == "dobj":  # "carried a statement from X": the parse hangs "from X" on the verb
        for child in noun.head.children:
            if child.dep_ == "prep" and child.lower_ == "from" and child.i > noun.i:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return speaker_ref(pobj, lex, depth + 1)
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() in _STATEMENT_ACL_SKIP:
            continue
        for sub in acl.subtree:
            if sub.dep_ == "poss" and sub.head.lemma_.lower() in lex.channel_nouns:
                return speaker_ref(sub, lex, depth + 1)
            if sub.dep_ == "pobj" and sub.head.lower_ == "to" and sub.head.head == acl and acl.lemma_.lower() == "attribute":
                return speaker_ref(sub, lex, depth + 1)  # "a post attributed to the movement's council"
            if sub.dep_ == "pobj" and sub.head.lower_ in ("by", "of") and sub.head.head.lower_ in ("name", acl.lower_):
                ref = speaker_ref(sub, lex, depth + 1)
                if ref is not None and ref.kind != "description":
                    return ref
        for child in acl.children:
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return speaker_ref(pobj, lex, depth + 1)
    return None


def _earlier_statement_owner(noun: Token, lex: QuoteLexicon) -> SpeakerRef | None:
    """"The statement said ..." with no owner of its own: the owner of the statement the text mentioned just
    before, or the subject of the clause that mentioned it ("X praised the strike in a message ...")."""
    doc = noun.doc
    for i in range(noun.i - 1, max(-1, noun.i - 120), -1):
        token = doc[i]
        if token.pos_ == "VERB" and token.lemma_.lower() in lex.speech_verbs and token.sent != noun.sent and any(
                c.dep_ == "nsubj" and c.lemma_.lower() not in lex.statement_nouns and c.pos_ != "PRON"
                for c in token.children):
            return None  # someone spoke since ("X wrote on its page ... the post said"): the post is theirs
        if token.lemma_.lower() not in lex.statement_nouns or token.pos_ != "NOUN":
            continue
        owner = _owner(token, lex, 1) or _statement_owner(token, lex, 1)
        if owner is not None and owner.kind != "pronoun":
            return owner
        node = token
        for _ in range(6):  # "claimed responsibility for the attack in a statement": the parse may hang it low
            if node.head == node:
                break
            node = node.head
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if node.pos_ in ("VERB", "AUX") and subject is not None:
                ref = speaker_ref(subject, lex, 1)
                if ref is not None and ref.kind in ("mention", "descriptor"):
                    # "In a statement on his website, Ali Khamenei said": the clause's subject is whose "his" it is
                    return ref
                return owner
        return owner
    return None


# a screen name: underscores or digits joined to letters, an @, or two words run together ("BaghdadWatcher")
# (each word of four letters or more, so that "MacDonald" stays a name)
HANDLE = re.compile(r"@\w+|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+_?|[A-Za-z]+[0-9]+|[A-Z][a-z]{3,}(?:[A-Z][a-z]{3,})+")


def _titled_name(token: Token, lex: QuoteLexicon) -> Span | None:
    """"Secretary of the Treasury Scott Bessent said": a capitalised title whose office runs on into the holder's
    name, the name closing the phrase right after a capitalised word of the office."""
    titled = token.text[:1].isupper() or not any(c.dep_ == "det" for c in token.children)  # "UN special envoy"
    if not titled or (token.lemma_.lower() not in lex.person_roles and token.lower_ not in lex.person_roles):
        return None
    doc = token.doc
    end = token.right_edge.i + 1
    person = next((e for e in doc.ents if e.label_ == "PERSON" and e.end == end and e.start > token.i + 1), None)
    if person is None:
        return None
    before = doc[person.start - 1]
    return person if before.text[:1].isupper() and before.is_alpha and before.ent_type_ != "PERSON" else None


def _named_by_apposition(token: Token) -> Span | None:
    """The name a description carries: "a doctor at the hospital, Ahmed Fadhil," or "a coalition calling itself X"."""
    for child in token.children:
        if child.dep_ == "appos":
            ent = entity_at(child)
            if ent is not None and ent.label_ in ("PERSON", "ORG", "MEDIA"):
                return ent
        if child.dep_ == "acl" and child.lemma_.lower() in ("call", "name", "know", "dub", "style"):
            for sub in child.subtree:
                ent = entity_at(sub)
                if ent is not None and ent.label_ in ("ORG", "MEDIA", "PERSON"):
                    return ent
    if token.ent_type_:
        return None
    after = entity_at(token.doc[token.i + 1]) if token.i + 1 < len(token.doc) else None
    if token.pos_ == "NOUN" and after is not None and after.start == token.i + 1 and \
            after.label_ in ("PERSON", "ORG", "MEDIA"):
        return after  # "the Italian charity Emergency said", parsed as two subjects
    return _comma_set_name(token)


def _comma_set_name(token: Token) -> Span | None:
    """A comma-set name anywhere in a description: "A doctor at the hospital in Rutba, Ahmed Fadhil, said", or a
    title's "The UN Special Coordinator for Lebanon, Jeanine Roe, said" where the parser hangs the name on Lebanon."""
    doc = token.doc
    for sub in token.subtree:
        if sub.i > token.i and sub.i > 0 and doc[sub.i - 1].text == ",":
            ent = entity_at(sub) or (entity_at(doc[sub.i + 1]) if sub.i + 1 < len(doc) else None)
            if ent is not None and ent.label_ == "PERSON" and ent.start in (sub.i, sub.i + 1):
                return ent  # "..., Sayyed Hassan Nasrallah,": a title may stand before the name
            if ent is not None and ent.label_ == "ORG" and ent.start == sub.i and token.lemma_.lower() in \
                    _NAMED_BODIES and ent.end < len(doc) and doc[ent.end].text == ",":
                return ent  # "The EU's naval mission in the Red Sea, Operation Aspides, said"
    return None


_NAMED_BODIES = {"mission", "force", "coalition", "alliance", "operation", "organisation", "organization", "body",
                 "unit", "centre", "center", "commission", "committee"}


def _name_before(token: Token) -> Span | None:
    """The first name set before a head noun as its compound ("Al-Manar" in "Al-Manar television")."""
    return next((ent for c in token.children if c.dep_ == "compound" and c.i < token.i
                 for ent in (entity_at(c),) if ent is not None), None)


def _national(token: Token, lex: QuoteLexicon) -> bool:
    """Whether a body's phrase names the state or office it belongs to: a country, a nationality, an office."""
    for child in token.children:
        if child.dep_ in ("poss", "compound", "amod", "nmod"):
            if child.ent_type_ in ("GPE", "NORP"):
                return True
            if child.dep_ == "amod" and child.text[:1].isupper():
                return True  # "the Syrian defence ministry", "the Houthi-run health ministry": a proper adjective
            if child.dep_ == "compound" and (token.lemma_.lower() in ("ministry", "department") or
                                             token.lemma_.lower() == "agency" and child.lower_ not in _NEWS):
                return True  # "the health ministry", "the electricity ministry": a portfolio names one body
            if child.dep_ == "poss" and (child.lemma_.lower() in lex.person_roles or child.ent_type_ == "PERSON"):
                return True  # "the prime minister's office", "Kadhimi's office"
            if child.dep_ == "poss" and (child.ent_type_ == "ORG" or child.lemma_.lower() in lex.group_nouns):
                return True  # "the movement's media office": a body of the group, speaking as itself
        if child.dep_ == "prep" and child.lower_ == "of":  # "the office of Prime Minister Adel Abdul Mahdi"
            if any(c.dep_ == "pobj" and c.ent_type_ in ("PERSON", "GPE") for c in child.children):
                return True
    return False


def _aged(token: Token) -> bool:
    """"47-year-old" as the head, or as a modifier of the head ("the 58-year-old farmer")."""
    for node in (token, *[c for c in token.children if c.dep_ == "amod"]):
        if node.lower_ == "old" and any(c.lower_ == "year" for c in node.children):
            return True
    return False


def _compound_role(token: Token, lex: QuoteLexicon) -> bool:
    return any(part in lex.person_roles for part in token.lower_.split("-"))


def _prep_object(token: Token, words: tuple[str, ...]) -> Token | None:
    """The object of the first of these prepositions on the token that has one: "of Y", "for Y"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in words:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _owner(token: Token, lex: QuoteLexicon, depth: int) -> SpeakerRef | None:
    """The group a phrase belongs to: a possessive ("the group's", "its"), "of/by/from Y", or a name compound."""
    for child in token.children:
        if child.dep_ == "poss":
            return speaker_ref(child, lex, depth + 1)
    of = _prep_object(token, ("of", "by", "from"))
    if of is not None:
        return speaker_ref(of, lex, depth + 1)
    for child in token.lefts:
        if child.dep_ in ("compound", "nmod", "amod"):
            ent = entity_at(child)
            if ent is not None and ent.label_ in ("ORG", "MEDIA", "PERSON"):
                return mention_ref(ent)
            if child.dep_ == "compound" and child.lemma_.lower() in lex.state_bodies and \
                    token.lower_ in lex.statement_nouns:
                return speaker_ref(child, lex, depth + 1)  # "health ministry figures": the ministry's
    # "the commission for refugees"; but "the UN envoy for Libya" is the UN's, sent about Libya
    for_ = _prep_object(token, ("for",))
    if for_ is not None:
        return speaker_ref(for_, lex, depth + 1)
    if token.lemma_.lower() in lex.statement_nouns or token.lemma_.lower() in lex.channel_nouns:
        return _statement_owner(token, lex, depth)  # "an account attributed to X" is X's as a post would be
    return None
