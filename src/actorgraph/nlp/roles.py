"""Who the text says holds which role, and which names stand in subject position: the cues coreference reads.

"Qais al-Khazali, the leader of Asaib Ahl al-Haq," and "Hezbollah Leader Hassan Nasrallah" tell us that a later
"the group's leader" or "the militia leader" means that person. Collected per parsed chunk, in character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .quote_lexicon import QuoteLexicon
from .speakers import entity_at, stranded_name


@dataclass(frozen=True)
class RoleFact:
    """`person` is the holder's span: a person ("the commander") or, for group nouns, an organisation."""

    person: tuple[int, int]
    role: str
    owner: tuple[int, int] | None = None
    title: str = ""  # the whole title as written ("the UN High Commissioner for Human Rights"): what it is about

    def shifted(self, offset: int) -> RoleFact:
        owner = (self.owner[0] + offset, self.owner[1] + offset) if self.owner else None
        return replace(self, person=(self.person[0] + offset, self.person[1] + offset), owner=owner)


def _role_word(token: Token, lex: QuoteLexicon) -> str | None:
    lower = token.lower_
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ and \
            not doc[token.i + 1].whitespace_ and f"{lower}-{doc[token.i + 2].lower_}" in lex.person_roles:
        return f"{lower}-{doc[token.i + 2].lower_}"  # "secretary" "-" "general": the secretary-general
    if lower in lex.person_roles or token.lemma_.lower() in lex.person_roles:
        return token.lemma_.lower() if token.lemma_.lower() in lex.person_roles else lower
    for part in lower.split("-"):
        if part in lex.person_roles:
            return lower
    return None


def _owner_of(role: Token) -> tuple[int, int] | None:
    for child in role.children:
        if child.dep_ == "poss" or child.dep_ in ("compound", "nmod"):
            ent = entity_at(child)
            if ent is not None and ent.label_ in ("ORG", "GPE", "MEDIA"):
                return ent.start_char, ent.end_char
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "in"):
            for pobj in child.children:
                ent = entity_at(pobj)
                if ent is not None and ent.label_ in ("ORG", "GPE", "MEDIA"):
                    return ent.start_char, ent.end_char
    return None


def read_roles(doc: Doc, lex: QuoteLexicon) -> list[RoleFact]:
    facts: list[RoleFact] = []
    for ent in doc.ents:
        if ent.label_ == "ORG":  # "the Islamic Resistance in Iraq, an umbrella of factions,": a later "the umbrella"
            for child in ent.root.children:
                if child.dep_ == "appos" and child.lemma_.lower() in lex.group_nouns:
                    facts.append(RoleFact((ent.start_char, ent.end_char), child.lemma_.lower(), _owner_of(child)))
            continue
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        span = (ent.start_char, ent.end_char)
        for child in root.children:  # "Kaabi, the head of Nujaba,"; "Jean-Pierre X, a 46-year-old bean farmer,"
            if child.dep_ == "appos":
                role = _role_word(child, lex) or _described_as(child)
                if role:
                    facts.append(RoleFact(span, role, _owner_of(child), _subtree_text(child)))
        if root.dep_ == "appos":  # "the group's leader, Abu Fadak,"
            role = _role_word(root.head, lex)
            if role:
                head = root.head
                facts.append(RoleFact(span, role, _owner_of(head), doc[head.left_edge.i:ent.start].text))
        facts.extend(_titles(doc, ent, lex))
    for token in doc:  # "Jane Roe, the UN special envoy, told ...", parsed with the envoy as the subject
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "NOUN":
            role = _role_word(token, lex)
            named = stranded_name(token) if role else None
            if role and named is not None:
                facts.append(RoleFact((named.start_char, named.end_char), role, _owner_of(token),
                                      doc[token.left_edge.i:token.i + 1].text))
    return facts


def _described_as(noun: Token) -> str | None:
    """The head noun of an apposition with an article ("a bean farmer", "the nurse"): what a later "the farmer"
    names, though it is no role of office."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children):
        return None
    return noun.lemma_.lower()


def _subtree_text(token: Token) -> str:
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text


def _titles(doc: Doc, ent: Span, lex: QuoteLexicon) -> list[RoleFact]:
    """Role words just before a name: "Kataib Hezbollah commander Abu Fadak", "Secretary-General Naim Qassem"."""
    out: list[RoleFact] = []
    i = ent.start - 1
    while i >= 0 and i >= ent.start - 3:
        role = _role_word(doc[i], lex)
        if role is None:
            break
        owner = None
        j = i - 1
        while j >= 0 and _role_word(doc[j], lex):
            j -= 1
        k = j
        while k >= 0 and j - k < 2 and doc[k].is_lower and doc[k].is_alpha and entity_at(doc[k]) is None:
            k -= 1  # "Pentagon press secretary", "Hamas media official": a lower-case word between owner and role
        across = entity_at(doc[k]) if 0 <= k != j else None
        if across is not None and across.label_ in ("ORG", "GPE", "MEDIA"):
            j = k
        if j >= 0:
            before = entity_at(doc[j])
            if before is not None and before.label_ in ("ORG", "GPE", "MEDIA") and before.end == j + 1:
                owner = (before.start_char, before.end_char)
            elif doc[j].tag_ == "POS" and j > 0:
                before = entity_at(doc[j - 1])
                if before is not None and before.label_ in ("ORG", "GPE", "MEDIA"):
                    owner = (before.start_char, before.end_char)
        out.append(RoleFact((ent.start_char, ent.end_char), role, owner, doc[i:ent.start].text))
        i -= 1
    return out


def subject_spans(doc: Doc) -> list[tuple[int, int]]:
    """Entity mentions that are grammatical subjects: the likeliest antecedents of a later pronoun. The agent of a
    passive ("was followed on stage by X") is its clause's logical subject and counts as one."""
    out: list[tuple[int, int]] = []
    for token in doc:
        agent = token.dep_ == "pobj" and token.head.dep_ == "agent"
        # "Lebanon's foreign minister, Abdallah Bou Habib, spoke next": the name set beside the subject is it
        beside = token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass")
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "relcl":
            continue  # "UNIFIL, whose mandate the Council renewed, said": the relative clause's subject is aside
        if token.dep_ in ("nsubj", "nsubjpass") or agent or beside:
            ent = entity_at(token)
            if ent is not None:
                out.append((ent.start_char, ent.end_char))
    return out


def subject_pronouns(doc: Doc) -> list[tuple[int, int, str]]:
    """"He" and "she" as the subject of a main clause: each carries its antecedent's salience into its sentence, so
    that three sentences about a man under "he" still leave him the likeliest "he" of the fourth."""
    out: list[tuple[int, int, str]] = []
    for token in doc:
        if token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass") and \
                token.head.dep_ in ("ROOT", "conj"):
            out.append((token.idx, token.idx + len(token), token.lower_))
    return out


def possessive_spans(doc: Doc) -> list[tuple[int, int]]:
    """Entity mentions that only modify another noun ("Soleimani's successor", "Soleimani's death"): the sentence is
    about the noun they modify, so they weigh less as antecedents."""
    out: list[tuple[int, int]] = []
    for token in doc:
        if token.dep_ == "poss" and token.head.dep_ not in ("nsubj", "nsubjpass"):
            # "Abu Fadak's public statements are rare": the owner of the subject is what the sentence is about
            ent = entity_at(token)
            if ent is not None:
                out.append((ent.start_char, ent.end_char))
    return out
