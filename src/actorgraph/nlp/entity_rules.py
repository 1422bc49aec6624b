"""General corrections to the statistical NER, driven by the head words and cues in the pack's rules.

en_core_web_sm confuses outlets with organisations or people, villages with people, and cannot know that "US
forces" or "the Baghdad government" are actors. These rules fix such confusions by *kind of context*, never by name:
"X TV" is an outlet, "the village of X" is a place, "<demonym> troops" is that state's military.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..names import normalize_name
from ..packs import Pack

KEEP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "EVENT": "EVENT", "FAC": "LOC",
        "MEDIA": "MEDIA"}
_MAYBE_MEDIA = {"WORK_OF_ART", "PRODUCT", "ORG", "PERSON", "GPE", "NORP", "FAC"}
_CONNECTORS = {"-", "'", "\u2019", "of", "al", "el", "bin", "ibn", "abu", "bani", "&"}


@Language.factory("actorgraph_entity_rules")
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp, name)


class EntityRules:
    """Post-NER rule engine; call `set_pack` once after the pipeline is built."""

    def __init__(self, nlp: Language, name: str = "actorgraph_entity_rules") -> None:
        self.nlp = nlp
        self.name = name
        self.pack = Pack()
        self._configure()

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self._configure()

    def _configure(self) -> None:
        rules = self.pack.rules
        self.media_heads = [tuple(h.split()) for h in rules.get("media_heads", [])]
        self.media_heads.sort(key=len, reverse=True)
        self.media_name_words = set(rules.get("media_name_words", []))
        self.non_entities = {normalize_name(n) for n in rules.get("non_entities", [])}
        self.place_cues = [tuple(w.lower() for w in cue) for cue in rules.get("place_cues", [])]
        self.force_heads = [tuple(h.split()) for h in rules.get("force_heads", [])]
        self.force_heads.sort(key=len, reverse=True)
        self.gov_heads = {h.lower() for h in rules.get("government_heads", [])}
        self.mission_heads = {h.lower() for h in rules.get("mission_heads", [])}
        self.office_heads = {h.lower() for h in rules.get("office_heads", [])}
        self.language_services = {str(w) for w in rules.get("language_services", [])}
        self.group_body_heads = sorted((tuple(h.split()) for h in rules.get("group_body_heads", [])), key=len,
                                       reverse=True)
        self.ministry_heads = {h.lower() for h in rules.get("ministry_heads", [])}
        self.portfolios = {h.lower() for h in rules.get("portfolios", [])}
        self.region_heads = {h.lower() for h in rules.get("region_heads", [])}
        self.org_heads = set(rules.get("org_heads", []))
        self.loc_heads = set(rules.get("loc_heads", []))
        self.vessel_nouns = {str(w).lower() for w in rules.get("vessel_nouns", [])}
        self.body_nouns = {str(w).lower() for w in rules.get("body_nouns", [])}
        self.place_names = {normalize_name(n) for e in self.pack.entries.values() if e.type == "GPE" for n in e.names}
        self.person_titles = {t.lower().rstrip(".") for t in rules.get("person_titles", [])}
        self.person_title_seqs = sorted(
            {tuple(w.rstrip(".") for w in t.lower().split()) for t in rules.get("person_titles", [])},
            key=len, reverse=True)
        self.event_openers = [tuple(o.split()) for o in rules.get("event_openers", [])]
        self.event_closers = set(rules.get("event_closers", []))
        self.adj_suffixes = {s.lower() for s in rules.get("adjective_suffixes", [])}
        self.demonyms = self.pack.country_by_demonym()
        self.x_platform = next((e.id for e in self.pack.entries.values() if e.kind == "platform"
                                and any(n.startswith("X (") for n in e.names)), None)
        quotes = rules.get("quotes") if isinstance(rules.get("quotes"), dict) else {}
        self.person_roles = {str(r).lower() for r in quotes.get("person_roles", [])}
        self.given_names = self.pack.given_names
        self.articles = {str(a).lower().strip("-") for a in rules.get("arabic_articles", [])}  # "al-Lami" in a name
        self.capitals = {e.parent: e for e in self.pack.entries.values() if e.capital and e.parent}

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        for ent in (part for e in _split_at_line_breaks(doc.ents) for part in self._split_off_person(e)):
            fixed = self._fix(ent)
            if fixed is not None:
                spans.append(fixed)
        spans.extend(self._media_runs(doc))
        spans.extend(self._event_runs(doc))
        spans = self._place_cue_spans(doc, spans)
        spans.extend(self._collective_actors(doc, spans))
        spans.extend(self._organisation_names(doc, spans))
        spans.extend(self._titled_offices(doc, spans))
        spans.extend(_parenthesised_acronyms(doc, spans))
        spans.extend(_dateline_agencies(doc))
        spans.extend(self._platform_x(doc))
        spans.extend(self._people_by_apposition(doc, spans))
        spans.extend(_outlets_by_apposition(doc, spans))
        spans.extend(self._bodies_named_after_noun(doc, spans))
        spans.extend(self._people_by_given_name(doc, spans))
        spans = _surname_places(doc, spans)
        spans.extend(_bodies_of_an_office(doc, spans))
        spans.extend(_inquiries_into(doc, spans))
        spans = self._same_person_throughout(doc, _joined_over_of(doc, _resolve(spans)))
        doc.ents = _resolve([self._with_language_service(doc, self._with_region_head(doc, span)) for span in spans])
        return doc

    def _with_language_service(self, doc: Doc, span: Span) -> Span:
        """"DW Amharic", "BBC Persian": an outlet's service in a language is that outlet, named as written."""
        if span.label_ == "MEDIA" and span.end < len(doc) and doc[span.end].text in self.language_services:
            return Span(doc, span.start, span.end + 1, label="MEDIA", kb_id=span.kb_id_, span_id=span.id_)
        return span

    def _same_person_throughout(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Thida, 34, was selling fish ... Thida asked": a name the text once marks as a person (an age or a role
        set off beside it) is that person wherever else the model called it an organisation or a place."""
        people = {s.text for s in spans if s.label_ == "PERSON" and not s.kb_id_ and (
            _aged_after(doc, s.end) or self._role_apposition_after(doc, s.start, s.end)
            or self._role_apposition_before(doc, s.start, s.end))}
        if not people:
            return spans
        return [Span(doc, s.start, s.end, label="PERSON") if s.text in people and not s.kb_id_ and
                s.label_ in ("ORG", "GPE", "LOC") else s for s in spans]

    def _organisation_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Beirut Institute for Strategic Studies", "Tigris Policy Forum", "Bayt al-Kawthar for General Trading
        LLC": a capitalised name that ends in an organisation head (with an optional "for/of ..." tail) is one
        organisation, even over a place or person the model or the pack found inside it."""
        out: list[Span] = []
        i = 0
        while i < len(doc):
            if not doc[i].text[:1].isupper() or not doc[i].is_alpha or doc[i].lower_ in ("the", "a", "an"):
                i += 1
                continue
            end = _capitalised_run_after(doc, i) or i + 1
            j = end  # a tail joined by "for"/"of" ("Institute for Strategic Studies", "Kawthar for General Trading")
            headed = any(doc[k].text in self.org_heads for k in range(i, end))
            while j + 1 < len(doc) and doc[j].lower_ in ("for", "of", "and") and (
                    doc[j + 1].text[:1].isupper() or headed and doc[j + 1].lower_ == "the" and j + 2 < len(doc)
                    and doc[j + 2].text[:1].isupper()):
                if doc[j].lower_ == "and" and not any(doc[k].lower_ in ("for", "of") for k in range(i, j)):
                    break  # "and" only inside a tail: "Group for the Support of Islam and Muslims"
                skip = 2 if doc[j + 1].lower_ == "the" else 1
                tail = _capitalised_run_after(doc, j + skip)
                if tail is None:
                    break
                j = tail
            heads = [k for k in range(i, j) if doc[k].text in self.org_heads]
            if heads and (j - i) > 1 and (heads[0] > i or j > end):  # "Committee for the Protection of ..."
                last = heads[-1] + 1
                stop = j if any(doc[k].lower_ in ("for", "of") for k in range(heads[0], j)) or last == j else last
                span = Span(doc, i, stop, label="ORG", span_id=_OVER_PACK)
                inner = [s for s in spans if s.start >= i and s.end <= stop]
                # a pack name ending at the same head already names it; words before it are an owner ("Iraqi")
                if not any(s.end == stop and (s.start == i or s.kb_id_) for s in inner) and not any(
                        s.start < i < s.end or s.start < stop < s.end for s in spans):
                    out.append(span)
            i = max(j, i + 1)
        return out

    def _titled_offices(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"The Prime Minister's Office said": the office of a title is a body that speaks."""
        out: list[Span] = []
        taken = {k for s in spans for k in range(s.start, s.end)}
        for t in doc:
            if t.text not in ("Office", "Secretariat", "Bureau") or t.i < 2 or doc[t.i - 1].lower_ not in (
                    "'s", "\u2019s") or t.i in taken:
                continue
            i = t.i - 1
            while i > 0 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ != "the" \
                    and t.i - i < 5:
                i -= 1
            title = " ".join(w.lower_ for w in doc[i:t.i - 1])
            if title in self.person_titles and not any(k in taken for k in range(i, t.i)):
                out.append(Span(doc, i, t.i + 1, label="ORG"))
        return out

    def _with_region_head(self, doc: Doc, span: Span) -> Span:
        """"Anbar province", "Idlib governorate": the lower-case head is part of the place's name."""
        if span.label_ == "GPE" and span.end < len(doc) and doc[span.end].lower_ in self.region_heads:
            return Span(doc, span.start, span.end + 1, label="GPE", kb_id=span.kb_id_)
        return span

    # -- per-entity fixes ---------------------------------------------------------------------------------------
    def _split_off_person(self, ent: Span) -> list[Span]:
        """"the Treasury Scott Bessent" in "Secretary of the Treasury Scott Bessent": the model ran the body into the
        name of the person holding its office; a known given name followed by a surname ends the span."""
        doc = ent.doc
        if ent.label_ != "ORG" or ent.kb_id_ or len(ent) < 3:
            return [ent]
        for k in range(ent.start + 1, ent.end - 1):
            name = doc[k:ent.end]
            if doc[k].lower_ in self.given_names and 2 <= len(name) <= 3 and all(
                    self._plain_name_word(t) for t in name) and any(
                    t.text[:1].isupper() for t in doc[ent.start:k]):
                return [Span(doc, ent.start, k, label="ORG"), Span(doc, k, ent.end, label="PERSON")]
        return [ent]

    def _fix(self, ent: Span) -> Span | None:
        doc = ent.doc
        start, end = self._trim(ent)
        if start >= end or not any(t.text[:1].isalpha() for t in doc[start:end]):  # "M23" has a letter
            return None
        label, kb = ent.label_, ent.kb_id_
        if not kb and label in ("ORG", "MEDIA") and all(t.text.islower() or not t.is_alpha for t in doc[start:end]):
            return None  # "the state news agency", "the army": a description in lower case, not a name
        if self._is_event_name(doc, start, end) and not (kb and label != "EVENT"):
            return Span(doc, start, end, label="EVENT")  # (but "Operation Aspides" the pack knows as the EU's force)
        if not kb:
            media_end = self._media_head_after(doc, end)
            if label in _MAYBE_MEDIA and (media_end or self._ends_in_media_head(doc, start, end)):
                return Span(doc, start, media_end or end, label="MEDIA")
            if label in {"ORG", "PERSON", "GPE"} and _media_apposition_after(doc, end):
                # "Semana, the news magazine most critical of ...", "La Silla Vacia, a political news site": the
                # model may have tagged only the name's last word
                while start > 0 and ent.start - start < 3 and doc[start - 1].is_alpha and \
                        doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_ and not doc[start - 1].is_stop:
                    start -= 1
                return Span(doc, start, end, label="MEDIA")
            if self._is_adjective(doc, end):
                return None
            if label == "NORP" or normalize_name(doc[start:end].text) in self.non_entities:
                return None
            if end - start == 1 and doc[start].lower_ in self.demonyms:
                return None  # "Emirati" alone is a nationality, whatever label the model gave it
            if end - start == 1 and end < len(doc) and doc[end].text == ":":
                return None  # a section label ("Verdict:", "Analysis:"), not a name
            if label in {"ORG", "GPE", "PERSON"} and end - start > 1 and (
                    doc[end - 1].text in self.media_name_words or doc[start].text in _MEDIA_OPENERS):
                return Span(doc, start, end, label="MEDIA")
            if label in {"ORG", "GPE", "PERSON"} and start > 0 and doc[start - 1].lower_ in _MEDIA_NOUNS and (
                    doc[start - 1].lower_ != "agency" or start > 1 and doc[start - 2].lower_ in ("news", "press")):
                return Span(doc, start, end, label="MEDIA")  # "the state broadcaster ORTM", "news agency WAM"
            while label == "PERSON" and end < len(doc) and end - ent.end < 2 and _joined_surname(doc, end):
                end += 1  # "Omar García" + "Harfuch": the model stopped before the surname the parse joins to it
            while label == "PERSON" and end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper():
                end += 2  # "Clementine Nkweta-Salami": the model stopped at the hyphen of a double surname
            while end < len(doc) and doc[end].text in self.org_heads and label in {"ORG", "PERSON", "GPE", "LOC"}:
                end += 1  # "Tigris Policy" + "Forum": the model stopped one word short of the name's head
                label = "ORG"
            while end < len(doc) and doc[end].text in self.loc_heads and label in {"PERSON", "GPE", "LOC", "FAC"}:
                end += 1  # "Imam Ali" + "Base", "Mosul" + "Dam"
                label = "LOC"
            if label in {"PERSON", "ORG", "GPE"} and start > 0 and doc[start - 1].lower_ in self.vessel_nouns:
                label = "LOC"  # "the car carrier Galaxy Leader": a ship, not a person
            if doc[end - 1].text in self.loc_heads and end - start > 1:
                label = "LOC"  # a named base, dam, square or crossing is a location, whatever the model guessed
                while start > 0 and doc[start - 1].lower_ in self.person_titles and doc[start - 1].text[:1].isupper():
                    start -= 1  # "Imam Ali Base" keeps the title that is part of the name
            words = {t.text for t in doc[start:end]}
            if label != "LOC" and label in {"PERSON", "GPE", "LOC", "FAC"} and words & self.org_heads:
                label = "ORG"
            elif label in {"ORG", "GPE"} and start > 0 and _title_before(doc, start, self.person_titles):
                label = "PERSON"
            elif label == "PERSON" and self._body_apposition_after(doc, end):
                label = "ORG"  # "Pearl Petroleum, the consortium that operates the field": a body by what it is
            elif label in {"ORG", "GPE", "LOC"} and (self._role_apposition_after(doc, start, end)
                                                     or self._role_apposition_before(doc, start, end)
                                                     or _aged_after(doc, end) or self._given_name_opens(doc, start, end)
                                                     or _who_after(doc, start, end)):
                label = "PERSON"  # "Nafissatou Diallo, a researcher who follows the Sahel": a person by her role
            if not any(t.text[:1].isupper() or not t.text[:1].isascii() for t in doc[start:end]
                       if t.text[:1].isalpha()):  # "M23" is a name: a capital opens it
                return None
        elif self._is_adjective(doc, end) and label in {"GPE", "LOC"}:
            return None
        mapped = KEEP.get(label)
        if mapped is None:
            return None
        return Span(doc, start, end, label=mapped, kb_id=kb)

    def _platform_x(self, doc: Doc) -> list[Span]:
        """"wrote on X", "in a post on X", "his X account": the platform once called Twitter. The bare letter is
        read as the platform only where posting words or an account noun frame it."""
        entry = self.pack.get(self.x_platform) if self.x_platform else None
        if entry is None:
            return []
        out: list[Span] = []
        for tok in doc:
            if tok.text != "X":
                continue
            after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            before = [t.lower_ for t in doc[max(0, tok.i - 4):tok.i]]
            posted = bool(before) and before[-1] == "on" and any(w in _POSTING for w in before[:-1])
            if posted or after in ("account", "accounts", "post", "posts", "feed", "page"):
                out.append(Span(doc, tok.i, tok.i + 1, label="MEDIA", kb_id=entry.id))
        return out

    def _people_by_apposition(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Khaing Thukha, the group's spokesman, told ...": a capitalised two- or three-word run the model left
        untagged (names it has not seen, often mis-parsed as verbs) is a person when a role apposition follows."""
        # a one-word name of a group may open a person's name ("Amal Osman, a researcher"): not taken for that
        taken = {i for s in spans if len(s) > 1 or s.label_ == "PERSON" for i in range(s.start, s.end)}
        out: list[Span] = []
        i = 0
        while i < len(doc):
            j = i
            while j < len(doc) and j - i < 3 and doc[j].is_alpha and doc[j].text[:1].isupper() and \
                    not doc[j].text.isupper() and not doc[j].is_stop and j not in taken:
                j += 1
            if j - i == 1 and doc[i].lower_ in self.given_names and (i == 0 or not doc[i - 1].text[:1].isupper()) \
                    and self._described_after(doc, j):
                out.append(Span(doc, i, j, label="PERSON", span_id=_OVER_PACK))  # "Samer, a pharmacist in ..."
            elif j - i >= 2 and (i == 0 or not doc[i - 1].text[:1].isupper()) and not any(
                    t.lower_ in self.person_titles or t.lower_ in self.demonyms for t in doc[i:j]) and \
                    self._role_apposition_after(doc, i, j):
                out.append(Span(doc, i, j, label="PERSON", span_id=_OVER_PACK))
            i = max(j, i + 1)
        return out

    def _people_by_given_name(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Hassan Abdi Elmi remembers ...", "Abdifatah Aden Hassan, who ...": a capitalised run of two to five words
        that opens with a common given name is a person, where the model tagged nothing or only its tail (a longer
        span wins over the model's "Aden Hassan"). Runs holding an organisation or place head are left alone."""
        linked = {i for s in spans if s.kb_id_ or s.label_ != "PERSON" for i in range(s.start, s.end)}
        out: list[Span] = []
        for i, tok in enumerate(doc):
            if tok.lower_ not in self.given_names or not tok.text[:1].isupper() or i in linked:
                continue
            if i > 0 and (doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha or doc[i - 1].text == "'s"
                          or doc[i - 1].text == "-" and not doc[i - 1].whitespace_):
                continue  # inside a longer name, or a possessive's object
            j = i + 1
            while j < len(doc) and j - i < 5 and (j not in linked or self._place_inside_name(doc, j, spans)) and (
                    doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].text.isupper()
                    or doc[j].lower_ in self.articles and j + 1 < len(doc) and doc[j + 1].text[:1] in "-"
                    or doc[j].text == "-" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
                    or doc[j].lower_ in ("bin", "ibn", "abu", "ould", "wa") and j + 1 < len(doc)
                    and doc[j + 1].text[:1].isupper()):
                j += 1
            while j > i and not doc[j - 1].text[:1].isupper():
                j -= 1  # a run ends on a capitalised word
            words = doc[i:j]
            if sum(t.text[:1].isupper() for t in words) < 2 or any(
                    t.text in self.org_heads or t.text in self.loc_heads or t.text in self.media_name_words
                    or t.lower_ in self.demonyms or t.lower_ in self.person_titles for t in words[1:]):
                continue
            over_place = any(k in linked for k in range(i, j))
            out.append(Span(doc, i, j, label="PERSON", span_id=_OVER_PACK if over_place else 0))
        return out

    @staticmethod
    def _place_inside_name(doc: Doc, j: int, spans: list[Span]) -> bool:
        """"Abdifatah Aden Hassan": a one-word place name between two capitalised name words is part of the name."""
        if j + 1 >= len(doc) or not (doc[j + 1].is_alpha and doc[j + 1].text[:1].isupper()):
            return False
        return any(s.start == j and s.end == j + 1 and s.label_ in ("GPE", "LOC") for s in spans) and \
            not any(s.start <= j + 1 < s.end for s in spans if s.kb_id_ or s.label_ != "PERSON")

    def _described_after(self, doc: Doc, end: int) -> bool:
        """", a pharmacist in ...", ", a university student,": a lone given name described by what the person does
        (any common noun that is not a place's or a body's)."""
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
            return False
        for t in doc[end + 2:min(len(doc), end + 6)]:
            if t.pos_ == "NOUN" and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ != "NOUN"):
                return t.lemma_.lower() not in _NOT_PEOPLE and t.text.islower()
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "PROPN"):
                return False
        return False

    def _role_apposition_after(self, doc: Doc, start: int, end: int) -> bool:
        """A two- or three-word capitalised name set off by ", a|an|the ... <person role>" right after it."""
        words = doc[start:end]
        if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
            return False
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
            return False
        for t in doc[end + 2:min(len(doc), end + 6)]:
            if t.lower_ in self.person_roles or t.lemma_.lower() in self.person_roles:
                return True
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
                return False
        return False

    def _given_name_opens(self, doc: Doc, start: int, end: int) -> bool:
        """"Leyla Arslan" tagged as an organisation: two or three capitalised words opening with a common given name
        and holding no organisation or place head are a person's name."""
        words = doc[start:end]
        return 2 <= len(words) <= 3 and words[0].lower_ in self.given_names and all(
            self._plain_name_word(t) and t.lower_ not in self.region_heads for t in words)

    def _plain_name_word(self, t: Token) -> bool:
        """A capitalised word (not an acronym) that is no organisation's or place's head: a word of a person's name."""
        return t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.text not in self.org_heads \
            and t.text not in self.loc_heads

    def _body_apposition_after(self, doc: Doc, end: int) -> bool:
        """", the consortium led by ...", ", an armed group that ...": the apposition's head noun (not a possessor
        such as "the group's" in "the group's leader") names a kind of body."""
        if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
            return False
        for t in doc[end + 2:min(len(doc), end + 7)]:
            if t.pos_ in ("NOUN", "PROPN") and not (t.i + 1 < len(doc) and (
                    doc[t.i + 1].pos_ in ("NOUN", "PROPN") or doc[t.i + 1].tag_ == "POS")):
                return t.pos_ == "NOUN" and t.lemma_.lower() in self.body_nouns
            if t.is_punct and t.text != "-" or t.pos_ in ("VERB", "AUX", "ADP"):
                return False
        return False

    def _bodies_named_after_noun(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"the Italian charity Emergency said": a capitalised run the model left untagged, right after a phrase
        whose head noun names a kind of body, is that body's name (a common word used as a name included)."""
        taken = {i for s in spans for i in range(s.start, s.end)}
        out: list[Span] = []
        for t in doc[1:-1]:
            if t.pos_ != "NOUN" or t.lemma_.lower() not in self.body_nouns or t.i + 1 in taken:
                continue
            k = t.i - 1
            while k >= 0 and t.i - k < 5 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and doc[k].tag_ != "POS":
                k -= 1
            if k < 0 or doc[k].lower_ not in ("the", "a", "an"):
                continue
            j = t.i + 1
            while j < len(doc) and j - t.i <= 4 and j not in taken and doc[j].is_alpha and \
                    doc[j].text[:1].isupper() and not doc[j].is_stop and doc[j].ent_type_ not in _NOT_NAMES:
                j += 1
            if j > t.i + 1 and (j == len(doc) or not doc[j].text[:1].isupper()):
                out.append(Span(doc, t.i + 1, j, label="ORG"))
        return out

    def _role_apposition_before(self, doc: Doc, start: int, end: int) -> bool:
        """"Russia's ambassador, Vassily Nebenzia, said": a two- or three-word capitalised name set off by commas
        right after a person role."""
        words = doc[start:end]
        if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
            return False
        if start < 2 or doc[start - 1].text != "," or end >= len(doc) or doc[end].text != ",":
            return False
        role = doc[start - 2]
        return role.text.islower() and (role.lower_ in self.person_roles or role.lemma_.lower() in self.person_roles)

    def _trim(self, ent: Span) -> tuple[int, int]:
        """The name inside the span: without articles, titles ('Supreme Leader', 'Sheikh') and possessives; for a
        pack name, also without a leading demonym or owner ('Lebanese', "Iran's") or a trailing lower-case
        descriptor ('group', 'garrison') when what remains is itself a known form of the same entry."""
        doc = ent.doc
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        if ent.label_ in ("PERSON", "ORG"):
            s2 = start
            while n := self._title_length(doc, s2, end):
                s2 += n
            # "Brigadier General Ran Kochav", whatever the model called it: the rank is a title, not the name; but
            # "General Staff" or a bare "Major General" is no person
            if ent.label_ == "PERSON" or not ent.kb_id_ and end - s2 >= 2 and not any(
                    t.text in self.org_heads or t.lower_.rstrip(".") in self.person_titles for t in doc[s2:end]):
                start = s2
        while end > start and (doc[end - 1].lower_ in {"'s", "\u2019s", "'"} or doc[end - 1].is_punct):
            end -= 1
        forms = self.pack.forms.get(ent.kb_id_)
        if forms:
            s2, e2 = start, end
            while e2 - 1 > s2 and doc[e2 - 1].is_alpha and doc[e2 - 1].is_lower:
                e2 -= 1
            if e2 < end and normalize_name(doc[s2:e2].text) in forms:
                end = e2
            lead = self._owner_length(doc, start, end)
            # A possessive owner ("Iran's") is never part of the name; a demonym is when the canonical name itself
            # opens with that state ("US Central Command" for United States Central Command, unlike
            # "Kurdish Peshmerga").
            keep_lead = lead == 1 and (self._name_opens_with_state(ent.kb_id_, doc[start].lower_) or
                                       normalize_name(doc[start:end].text) in forms)  # "Israeli Army Radio"
            rest = doc[start + lead:end]
            if lead and not keep_lead and (normalize_name(rest.text) in forms or lead == 2 and len(rest) >= 2 and
                                            normalize_name(doc[start].text) in self.place_names and all(
                    t.text[:1].isupper() for t in rest if t.is_alpha and t.lower_ not in ("of", "for", "and"))):
                # "Pakistan's Foreign Office": the owner says whose; the name as written is "Foreign Office"
                start += lead
        return start, end

    def _name_opens_with_state(self, entry_id: str, demonym: str) -> bool:
        entry = self.pack.get(entry_id)
        state = self.pack.get(self.demonyms.get(demonym))
        if entry is None or state is None:
            return False
        canonical = normalize_name(entry.name)
        return any(canonical.startswith(normalize_name(n) + " ") for n in (*state.names, *state.demonyms))

    def _owner_length(self, doc: Doc, start: int, end: int) -> int:
        """Tokens of a leading demonym ('Lebanese') or possessive owner ("Iran's") before a name."""
        if end - start < 2:
            return 0
        if doc[start].lower_ in self.demonyms:
            return 1
        if doc[start + 1].lower_ in {"'s", "\u2019s"} and end - start > 2:
            return 2
        if doc[start + 1].text in {"'", "\u2019"} and doc[start].lower_.endswith("s") and end - start > 2:
            return 2  # "Philippines' Department of Migrant Workers"
        return 0

    def _title_length(self, doc: Doc, start: int, end: int) -> int:
        for title in self.person_title_seqs:
            n = len(title)
            if end - start > n and tuple(t.lower_.rstrip(".") for t in doc[start:start + n]) == title:
                return n
        return 0

    def _is_event_name(self, doc: Doc, start: int, end: int) -> bool:
        words = [t.text for t in doc[start:end]]
        if len(words) < 2 or not all(w[:1].isupper() or not w.isalpha() or w in {"of", "al"} for w in words):
            return False
        opens = any(tuple(words[:len(o)]) == o and len(words) > len(o) for o in self.event_openers)
        return opens or words[-1] in self.event_closers

    def _event_runs(self, doc: Doc) -> list[Span]:
        """'Operation Prosperity Guardian' even where the model saw no entity."""
        out = []
        for i in range(len(doc)):
            for opener in self.event_openers:
                n = len(opener)
                if _seq_at(doc, i, opener):
                    end = _capitalised_run_after(doc, i + n)
                    if end is not None:
                        out.append(Span(doc, i, end, label="EVENT"))
        return out

    def _is_adjective(self, doc: Doc, end: int) -> bool:
        """'Iran-backed', 'Lebanon-based': the name modifies a noun rather than naming an actor."""
        return (
            end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in self.adj_suffixes
        )

    def _media_head_after(self, doc: Doc, end: int) -> int | None:
        for head in self.media_heads:
            n = len(head)
            if head[0][:1].isupper() and _seq_at(doc, end, head):
                return end + n
        return None

    def _ends_in_media_head(self, doc: Doc, start: int, end: int) -> bool:
        for head in self.media_heads:
            n = len(head)
            if end - start > n and _seq_at(doc, end - n, head):
                return True
        return False

    # -- spans the NER missed -------------------------------------------------------------------------------------
    def _media_runs(self, doc: Doc) -> list[Span]:
        """A capitalised run right before a capitalised media head ('Al-Etejah TV') is an outlet."""
        out = []
        for i, tok in enumerate(doc):
            for head in self.media_heads:
                if not head[0][:1].isupper():
                    continue
                n = len(head)
                if not _seq_at(doc, i, head):
                    continue
                start = _capitalised_run_before(doc, i)
                if start is not None and start < i:
                    out.append(Span(doc, start, i + n, label="MEDIA"))
                break
        return out

    def _place_cue_spans(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'the village of X': X is a place; it replaces whatever overlapping label the model gave."""
        added: list[Span] = []
        for cue in self.place_cues:
            n = len(cue)
            for i in range(len(doc) - n):
                if not _seq_at(doc, i, cue, lower=True):
                    continue
                end = _capitalised_run_after(doc, i + n)
                if end is None:
                    continue
                existing = [s for s in spans if s.start <= i + n < s.end]
                if existing and existing[0].kb_id_:
                    continue
                added.append(Span(doc, i + n, end, label="GPE"))
        if not added:
            return spans
        return [s for s in spans if not any(s.start < a.end and a.start < s.end for a in added)] + added

    def _collective_actors(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'<state or demonym> forces' and '<capital> government' as actors, linked to the pack's body if known."""
        out = []
        by_start = {s.start: s for s in spans}
        for i, tok in enumerate(doc):
            country, first = self._state_at(doc, i, by_start)
            if country is None:
                group = self._group_body_end(doc, i, by_start)
                if group:  # "the Houthi political bureau": a group's body speaks under its own name
                    out.append(Span(doc, i, group, label="ORG", span_id=_OVER_PACK))
                    continue
                place = by_start.get(i)
                if place is not None and place.label_ == "GPE":
                    k = self._ministry_end(doc, place.end)  # "the Gaza health ministry": a territory's ministry
                    if k:
                        out.append(Span(doc, i, k, label="ORG", span_id=_OVER_PACK))
                continue
            j = first
            if j < len(doc) and doc[j].lower_ in self.office_heads:
                out.append(Span(doc, i, j + 1, label="ORG", span_id=_OVER_PACK))
                continue
            for head in self.force_heads:
                if _seq_at(doc, j, head, lower=True):
                    body = self.pack.state_body(country, ["military"])
                    out.append(Span(doc, i, j + len(head), label="ORG", kb_id=body.id if body else ""))
                    break
            else:
                if j < len(doc) and doc[j].lower_ in self.gov_heads:
                    body = self.pack.state_body(country, ["government"])
                    out.append(Span(doc, i, j + 1, label="ORG", kb_id=body.id if body else ""))
                elif j < len(doc) and doc[j].lower_ in self.mission_heads:
                    # "the US embassy", "the US Embassy in Bamako": a mission is named by the city it sits in;
                    # "the US Consulate General in Erbil" is one consulate
                    head_end = j + 2 if j + 1 < len(doc) and doc[j + 1].text == "General" else j + 1
                    city = by_start.get(head_end + 1) if head_end + 1 < len(doc) and doc[head_end].lower_ == "in" \
                        else None
                    end = city.end if city is not None and city.label_ == "GPE" and len(city) <= 3 else head_end
                    out.append(Span(doc, i, end, label="ORG", span_id=_OVER_PACK))
                else:
                    k = self._ministry_end(doc, j)
                    if k:
                        out.append(Span(doc, i, k, label="ORG", span_id=_OVER_PACK))  # "the Emirati foreign ministry"
        return out

    def _group_body_end(self, doc: Doc, i: int, by_start: dict[int, Span]) -> int:
        """End of "<group> political bureau" when token i starts a group's name (not a state body's), else 0."""
        ent = by_start.get(i)
        if ent is None or ent.label_ != "ORG":
            return 0
        entry = self.pack.get(ent.kb_id_) if ent.kb_id_ else None
        if entry is not None and entry.kind in _STATE_BODY_KINDS:
            return 0
        for head in self.group_body_heads:
            if _seq_at(doc, ent.end, head, lower=True):
                return ent.end + len(head)
        return 0

    def _ministry_end(self, doc: Doc, j: int) -> int:
        """End of "<portfolio> ministry" starting at token j ("foreign ministry", "health ministry"), else 0."""
        k = j
        while k < len(doc) and k - j < 2 and doc[k].lower_ in self.portfolios:
            k += 1
        return k + 1 if k > j and k < len(doc) and doc[k].lower_ in self.ministry_heads else 0

    def _state_at(self, doc: Doc, i: int, by_start: dict[int, Span]) -> tuple[str | None, int]:
        """(country id, index after the state word) when token i starts a demonym, a country or its capital."""
        tok = doc[i]
        if tok.text[:1].isupper() and tok.lower_ in self.demonyms:
            return self.demonyms[tok.lower_], i + 1
        ent = by_start.get(i)
        if ent is not None and ent.kb_id_:
            entry = self.pack.get(ent.kb_id_)
            if entry is not None and entry.kind == "country":
                return entry.id, ent.end
            if entry is not None and entry.capital and entry.parent:
                return entry.parent, ent.end
        return None, i


# "BAGHDAD (LPA) — ...", "DUBAI/RIYADH (AWS) — ...": the wire agency a dateline names in brackets.
_DATELINE_AGENCY = re.compile(r"(?:^|\n\n)[A-Z][A-Z'./ -]+(?:,[^\n()]{1,40}?)?\s*\((?P<agency>[A-Z][\w&.' -]{0,38})\)"
                              r"\s*(?:-{1,2}|\u2013|\u2014)")


_MEDIA_NOUNS = {"broadcaster", "television", "channel", "newspaper", "daily", "agency", "station", "radio", "network",
                "outlet", "website", "tabloid", "weekly"}  # "agency" only as "news agency" / "press agency"
_POSTING = {"wrote", "posted", "said", "says", "writes", "tweeted", "post", "posts", "message", "statement", "comments",
            "written", "published", "shared", "announced", "added", "warned"}  # "wrote on X": the platform


def _joined_surname(doc: Doc, i: int) -> bool:
    """An untagged capitalised proper noun right after a name, which the parse makes the head of the name's last
    word: the surname the model left out."""
    t = doc[i]
    return t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.tag_ == "NNP" and not t.ent_type_ \
        and not t.is_stop and doc[i - 1].whitespace_ == " " and doc[i - 1].head.i == i


def _surname_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Hussein Osman Aden, a ... officer": the pack's place "Aden" right after a two-word (or longer) person name,
    ending the run, is the person's last name; the model, shown the place, stopped one word short."""
    places = {s.start: s for s in spans if s.label_ in ("GPE", "LOC") and len(s) == 1}
    out: list[Span] = []
    dropped: set[int] = set()
    for s in spans:
        place = places.get(s.end)
        after = doc[s.end + 1] if place is not None and s.end + 1 < len(doc) else None
        if s.label_ == "PERSON" and not s.kb_id_ and len(s) >= 2 and place is not None and \
                doc[s.end - 1].whitespace_ == " " and after is not None and not after.text[:1].isupper():
            out.append(Span(doc, s.start, place.end, label="PERSON"))
            dropped.add(id(place))
        else:
            out.append(s)
    # "Rojhat Derik, who commands ...": an untagged capitalised word before the pack's one-word place, the two
    # described by a "who" clause, is a person whose family name is also a town's
    taken = {i for s in out for i in range(s.start, s.end)}
    for start, place in places.items():
        given = start - 1
        if given < 1 or given in taken or not doc[given].is_alpha or not doc[given].text[:1].isupper() or \
                doc[given].is_stop or doc[given].text.isupper() or doc[given - 1].text[:1].isupper() and \
                doc[given - 1].is_alpha:
            continue
        if _who_after(doc, given, place.end):
            out.append(Span(doc, given, place.end, label="PERSON"))
            dropped.add(id(place))
    return [s for s in out if id(s) not in dropped]


def _dateline_agencies(doc: Doc) -> list[Span]:
    out = []
    for match in _DATELINE_AGENCY.finditer(doc.text):
        span = doc.char_span(match.start("agency"), match.end("agency"), label="MEDIA", span_id=_OVER_PACK)
        if span is not None:
            out.append(span)
    return out


# Marks a span a rule built around a pack name on purpose ("the US embassy" around "US", "Beirut Institute for
# Strategic Studies" around "Beirut", "(LPA)" in a dateline): it outranks that pack name.
_OVER_PACK = "actorgraph-over-pack"
_STATE_BODY_KINDS = {"government", "military", "ministry", "security_agency", "intergovernmental", "country"}
# nouns that describe a place or a body, not a person: "Aden, a port city", "Hamas, a movement"
_NOT_PEOPLE = {"city", "town", "village", "port", "province", "capital", "district", "region", "country", "state",
               "area", "neighbourhood", "neighborhood", "camp", "river", "mountain", "island", "base", "border",
               "crossing", "square", "market", "street", "group", "movement", "militia", "faction", "party",
               "organisation", "organization", "company", "agency", "ministry", "force", "army", "brigade",
               "channel", "station", "outlet", "newspaper", "website", "site", "coalition", "alliance", "network",
               "operation", "offensive", "attack", "deal", "agreement", "plan", "bill", "law", "resolution"}


_SCOPED_BODIES = {"experts", "inquiry", "commission", "committee", "panel"}  # bodies named with "on <place>"
_REGIONAL_BODIES = {"directorate", "ministry", "office", "department", "agency", "service", "centre", "center"}


_OFFICE_OWNERS = {"minister", "president", "presidency", "premier", "government"}  # "...'s Media Office"


def _bodies_of_an_office(doc: Doc, spans: list[Span]) -> list[Span]:
    """"The Iraqi Prime Minister's Media Office", "the Kurdistan Regional Government's Ministry of Electricity":
    a body named by the office or government it serves; the owner is part of its name as written."""
    out: list[Span] = []
    for span in spans:
        if span.label_ != "ORG" or span.kb_id_ or span.start < 2 or doc[span.start - 1].text not in ("'s", "\u2019s"):
            continue
        owner_end = span.start - 1
        if doc[owner_end - 1].lower_ not in _OFFICE_OWNERS:
            continue
        start = _capitalised_run_before(doc, owner_end)
        if start is not None:
            out.append(Span(doc, start, span.end, label="ORG", span_id=_OVER_PACK))
    return out


def _inquiries_into(doc: Doc, spans: list[Span]) -> list[Span]:
    """"The National Commission of Inquiry into the Coastal Events": what an inquiry looks into is part of its
    name when the text capitalises it."""
    out: list[Span] = []
    for span in spans:
        if span.label_ != "ORG" or span.kb_id_ or doc[span.end - 1].lower_ not in _SCOPED_BODIES:
            continue
        i = span.end
        if i >= len(doc) or doc[i].lower_ != "into":
            continue
        i += 1
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1
        end = i
        while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        if end > i:
            out.append(Span(doc, span.start, end, label="ORG", span_id=_OVER_PACK))
    return out


def _joined_over_of(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Council of the" + "EU": a pack name inside a longer institution's name cut the model's span in two; the
    whole is one organisation. So is a hyphenated pair of organisation names."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        gap_the = prev is not None and span.start == prev.end + 1 and doc[prev.end].lower_ == "the" and \
            doc[prev.end - 1].lower_ == "of"  # "General Command of" + "the" + "Syrian army"
        if prev is not None and (prev.end == span.start or gap_the) and prev.label_ == "ORG" and not prev.kb_id_ \
                and doc[prev.end - 1].lower_ in ("of", "the") and span.label_ in ("ORG", "GPE"):
            out[-1] = Span(doc, prev.start, span.end, label="ORG")
            continue
        if prev is not None and prev.label_ == "ORG" and span.label_ == "ORG" and span.start == prev.end + 1 and \
                doc[prev.end].text == "-" and not doc[prev.end - 1].whitespace_ and not doc[prev.end].whitespace_:
            # "Islamic Revolutionary Guard Corps-Qods Force": the hyphen makes one name of two
            out[-1] = Span(doc, prev.start, span.end, label="ORG")
            continue
        if prev is not None and prev.label_ == "ORG" and span.label_ in ("GPE", "LOC") and \
                span.start == prev.end + 1 and doc[prev.end].lower_ == "on" and \
                doc[prev.end - 1].lower_ in _SCOPED_BODIES:
            # "the UN Panel of Experts on Yemen", "the Commission of Inquiry on Syria": the place is in the name
            out[-1] = Span(doc, prev.start, span.end, label="ORG")
            continue
        if prev is not None and prev.label_ == "ORG" and not prev.kb_id_ and span.label_ in ("GPE", "ORG") and \
                doc[prev.end - 1].lower_ in _REGIONAL_BODIES and _seq_at(doc, prev.end, ("of", "the"), lower=True) \
                and span.start == prev.end + 2:
            # "the Counter-Terrorism Directorate of the Kurdistan Region": whose directorate is part of its name
            out[-1] = Span(doc, prev.start, span.end, label="ORG")
            continue
        out.append(span)
    return out


def _seq_at(doc: Doc, i: int, words: tuple[str, ...], lower: bool = False) -> bool:
    """Whether the tokens from i on read `words` (compared lower-cased when `lower`)."""
    if i < 0 or i + len(words) > len(doc):
        return False
    return all((doc[i + k].lower_ if lower else doc[i + k].text) == w for k, w in enumerate(words))


def _split_at_line_breaks(ents: tuple[Span, ...]) -> list[Span]:
    """A name never runs across a line break (the model sometimes joins a headline to the byline below it) or a
    dateline's dash, nor an organisation's or person's name across a comma."""
    out = []
    for ent in ents:
        breaks = [t.i for t in ent if "\n" in t.text]
        # "UNITED NATIONS - The Security Council": a dateline's spaced dash ends the place before it
        breaks += [t.i for t in ent[1:-1] if t.text in ("-", "--", "\u2013", "\u2014") and t.whitespace_
                   and ent.doc[t.i - 1].whitespace_]
        if ent.label_ in ("ORG", "PERSON", "MEDIA") and not ent.kb_id_:
            # "According to the Council, Sinwar's funds": a comma before a capitalised word ends a name
            # ("Foreign, Commonwealth and Development Office" is one name: a list closed by "and")
            breaks += [t.i for t in ent[1:-1] if t.text == "," and ent.doc[t.i + 1].text[:1].isupper()
                       and not any(u.lower_ == "and" for u in ent.doc[t.i:ent.end])]
            breaks.sort()
        opened = next((t.i for t in ent[1:] if t.text == "(" and not any(u.text == ")" for u in ent.doc[t.i:ent.end])),
                      None)
        if opened is not None:
            # "Office of Financial Sanctions Implementation (OFSI": the bracketed acronym is a mention of its own
            ent = Span(ent.doc, ent.start, opened, label=ent.label_, kb_id=ent.kb_id_)
            breaks = [b for b in breaks if b < opened]
        if not breaks:
            out.append(ent)
            continue
        start = ent.start
        for b in [*breaks, ent.end]:
            if b > start:
                out.append(Span(ent.doc, start, b, label=ent.label_, kb_id=ent.kb_id_))
            start = b + 1
    return out


def _parenthesised_acronyms(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Popular Mobilization Units (PMU)': the acronym names the same entity, with the same label."""
    out = []
    widest: dict[int, Span] = {}
    for s in spans:  # the whole name before the bracket, not a place inside its tail ("... of Azawad (CSP-DPA)")
        if s.end not in widest or s.start < widest[s.end].start:
            widest[s.end] = s
    for s in widest.values():
        i = s.end
        if i + 2 < len(doc) and doc[i].text == "(":
            # "(CSP-DPA)" is one acronym in three tokens: its parts are not other names ("DPA" the news agency)
            close = next((k for k in range(i + 2, min(i + 6, len(doc))) if doc[k].text == ")"), None)
            if close is None:
                continue
            inner = doc[i + 1:close]
            letters = [c for c in inner.text if c.isalpha()]
            if len(letters) >= 2 and all(c.isupper() for c in letters) and all(
                    t.text == "-" or t.is_alpha for t in inner) and " " not in inner.text:
                out.append(Span(doc, i + 1, close, label=s.label_, kb_id=s.kb_id_, span_id=_OVER_PACK))
    return out


def _media_apposition_after(doc: Doc, end: int) -> bool:
    """", a political news site," or ", the news magazine most critical of ...": the name before is an outlet."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    for t in doc[end + 2:min(len(doc), end + 7)]:
        if t.lower_ in _APPOSED_MEDIA_NOUNS and (t.lower_ != "agency" or t.nbor(-1).lower_ in ("news", "press")):
            return True
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
            return False
    return False


def _outlets_by_apposition(doc: Doc, spans: list[Span]) -> list[Span]:
    """"La Silla Vacia, a political news site, ...": a capitalised run the model left untagged is an outlet when an
    apposition says so."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 4 and j not in taken and doc[j].is_alpha and doc[j].text[:1].isupper() \
                and not doc[j].is_stop and doc[j].ent_type_ not in _NOT_NAMES:
            j += 1  # not "On Sunday, the channel said"
        if j > i and (i == 0 or not doc[i - 1].text[:1].isupper()) and _media_apposition_after(doc, j):
            out.append(Span(doc, i, j, label="MEDIA"))
        i = max(j, i + 1)
    return out


# words that open an outlet's name ("Radio Free Asia")
_MEDIA_OPENERS = {"Radio", "Radiodiffusion", "Television", "Télévision", "Rádio", "Radiotelevisione"}
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"}
_APPOSED_MEDIA_NOUNS = _MEDIA_NOUNS | {"magazine", "site", "paper", "broadcaster"}


def _aged_after(doc: Doc, end: int) -> bool:
    """"Thida, 34, was selling fish": only a person is given an age between commas after the name."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and 1 <= int(age) <= 110


def _who_after(doc: Doc, start: int, end: int) -> bool:
    """"Leyla Arslan, who researches ...": a two- or three-word name that a "who" clause describes is a person (a body
    takes "which" or "that")."""
    words = doc[start:end]
    return 2 <= len(words) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in words) and \
        end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"


def _title_before(doc: Doc, start: int, titles: set[str]) -> bool:
    prev = doc[start - 1].lower_.rstrip(".")
    return prev in titles


def _capitalised_run_before(doc: Doc, i: int) -> int | None:
    """Start of the capitalised name ending just before token i ('Al-Etejah' before 'TV'), or None."""
    start = i
    while start > 0:
        prev = doc[start - 1]
        joins = prev.text in {"-", "'", "\u2019"} and start - 2 >= 0 and doc[start - 2].text[:1].isupper()
        if (prev.text[:1].isupper() and prev.is_alpha) or joins:
            start -= 1
        elif prev.lower_ in {"al", "el"} and start < i:
            start -= 1
        else:
            break
    while start < i and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    return start if start < i else None


def _capitalised_run_after(doc: Doc, i: int) -> int | None:
    end = i
    while end < len(doc):
        tok = doc[end]
        if tok.text[:1].isupper():
            end += 1
        elif tok.lower_ in {"al", "el"} and end + 1 < len(doc) and doc[end + 1].text == "-":
            end += 2
        elif tok.text in {"-", "'", "\u2019"} and end > i and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() \
                and not tok.whitespace_:  # not a dateline's spaced dash ("UNITED NATIONS - The Security Council")
            end += 1
        else:
            break
    return end if end > i else None


def _resolve(spans: list[Span]) -> list[Span]:
    """Non-overlapping entities: pack-linked spans and the rule spans built over them first, then the longest."""
    linked = [s for s in spans if s.kb_id_ or s.id_ == _OVER_PACK]
    kept = filter_spans(linked)
    rest = [s for s in spans if not s.kb_id_ and not any(s.start < k.end and k.start < s.end for k in kept)]
    return sorted(filter_spans(kept + filter_spans(rest)), key=lambda s: s.start)
