"""spaCy component: mend the parse where the small English model reads an agency's acronym as a verb.

"State news agency SANA, citing a source, said ..." comes out of the parser with "SANA" a past-tense verb whose
subject is "agency", hung under "said" as a clause: "said" is left without a subject and the statement without a
speaker. Once the entities are known the acronym is a name, so the tree is mended to the one a reader sees: the
acronym in apposition to its head noun, that noun the subject of the verb, and what hung on the acronym ("citing a
source") back on the verb.

So too for a surname the tagger reads as a verb ("Okiding, for his part, said ..." with "Okiding" a gerund): where
the text names that person in full, the lone word is the subject of the verb it precedes.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

PARSE_REPAIRS = "actorgraph_parse_repairs"


@Language.component(PARSE_REPAIRS)
def repair_parse(doc: Doc) -> Doc:
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].text[:1].isupper()}
    for token in doc:
        if _acronym_read_as_verb(token):
            _mend(token)
        elif token.text in surnames and _surname_read_as_verb(token):
            _make_subject(token)
    return doc


def _surname_read_as_verb(token: Token) -> bool:
    head = token.head
    return token.tag_.startswith("VB") and head.i > token.i and head.pos_ in ("VERB", "AUX") and \
        token.dep_ in ("advcl", "ccomp", "xcomp", "csubj", "dep", "npadvmod") and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _make_subject(name: Token) -> None:
    verb = name.head
    _hang_children_on(name, verb)  # "for his part", the commas: the verb's, not the name's
    name.dep_ = "nsubj"
    _read_as_name(name)


def _acronym_read_as_verb(token: Token) -> bool:
    return token.tag_.startswith("VB") and token.text.isupper() and token.text.isalpha() and len(token.text) >= 2 \
        and token.ent_type_ in ("ORG", "MEDIA") and token.head.i != token.i and token.i > 0 and \
        token.doc[token.i - 1].head.i == token.i and token.doc[token.i - 1].dep_ == "nsubj" and \
        token.doc[token.i - 1].pos_ in ("NOUN", "PROPN")


def _mend(acronym: Token) -> None:
    governor = acronym.head
    noun = acronym.doc[acronym.i - 1]
    dep = acronym.dep_
    _hang_children_on(acronym, governor, keep=noun.i)  # "citing a source": the verb's
    noun.head = governor
    noun.dep_ = "nsubj" if dep in ("ccomp", "advcl", "conj", "parataxis") else dep
    acronym.head = noun
    acronym.dep_ = "appos"
    _read_as_name(acronym)


def _hang_children_on(word: Token, verb: Token, keep: int = -1) -> None:
    for child in [c for c in word.children if c.i != keep]:
        child.head = verb


def _read_as_name(word: Token) -> None:
    word.tag_ = "NNP"
    word.pos_ = "PROPN"
    word.lemma_ = word.text
