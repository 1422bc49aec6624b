"""Gazetteer: recognise every pack entry (all aliases, Latin and Arabic script) ahead of the statistical NER.

Running before `ner` matters: spaCy's NER keeps entities that are already set, so pack knowledge wins on the names
we know ("Sot al-Iraq" is an outlet, not a place) and the model fills in only what the packs lack.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..packs import Pack, PackEntry
from .variants import article_pattern, is_acronym, name_variants

# When one surface form names several entries, the more specific wins (a city over its province of the same name).
_KIND_RANK = {"village": 0, "town": 1, "city": 2, "district": 3, "province": 4, "region": 5, "country": 6}
_PLACE_PRECEDERS = {"in", "near", "outside", "at", "around", "from", "to", "into", "toward", "towards", "of"}


@Language.factory("actorgraph_gazetteer", default_config={"overwrite": False})
def make_gazetteer(nlp: Language, name: str, overwrite: bool) -> Gazetteer:
    return Gazetteer(nlp, name, overwrite=overwrite)


class Gazetteer:
    """Phrase matching of pack names; call `set_pack` once after the pipeline is built."""

    def __init__(self, nlp: Language, name: str = "actorgraph_gazetteer", overwrite: bool = False) -> None:
        self.nlp = nlp
        self.name = name
        self.overwrite = overwrite
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.pack: Pack | None = None
        self._keys: dict[str, list[PackEntry]] = {}
        self._acronyms: dict[str, set[str]] = {}
        self._lowercase_ok: set[str] = set()
        self.demonyms: dict[str, str] = {}
        self.given_names: frozenset[str] = frozenset()
        self.name_words: frozenset[str] = frozenset()

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        self.demonyms = pack.country_by_demonym()
        quotes = pack.rules.get("quotes") if isinstance(pack.rules.get("quotes"), dict) else {}
        self.given_names = pack.given_names
        # words that may follow a body's one-word name and still be about the body ("Badr Organization", "Amal
        # leader", "Hamas Politburo")
        self.name_words = frozenset(str(w).lower() for w in (
            *pack.rules.get("org_heads", []), *pack.rules.get("person_titles", []),
            *quotes.get("person_roles", []), *pack.rules.get("loc_heads", [])))
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._keys = {}
        self._acronyms = {}
        self._lowercase_ok = set()
        articles = article_pattern(pack.rules.get("arabic_articles", ["al", "el"]))
        by_form: dict[str, list[PackEntry]] = {}
        originals: dict[str, str] = {}
        for entry in pack.entries.values():
            for name in entry.names:
                for form in name_variants(name, articles):
                    key = form.lower()
                    originals.setdefault(key, form)
                    bucket = by_form.setdefault(key, [])
                    if entry not in bucket:
                        bucket.append(entry)
                    if is_acronym(name):
                        self._acronyms.setdefault(key, set()).add(form)
                    if form == key and " " in form and form[:1].isalpha():
                        self._lowercase_ok.add(key)
        for key, entries in by_form.items():
            entries.sort(key=_rank)
            self._keys[key] = entries
            # Tokenise the form as written: tokenizer exceptions are case-sensitive ("U.S." is one token, "u.s." not).
            self.matcher.add(key, [self.nlp.make_doc(originals[key])])

    def __call__(self, doc: Doc) -> Doc:
        if self.pack is None or not self._keys:
            return doc
        found: list[Span] = []
        for match_id, start, end in self.matcher(doc):
            key = self.nlp.vocab.strings[match_id]
            span = doc[start:end]
            if not self._plausible(span, key):
                continue
            entry = self._choose(span, self._keys[key])
            if entry is None or entry.type == "PERSON" and end - start == 1 and _double_barrelled(span):
                continue
            if entry.type in ("ORG", "MEDIA") and self._opens_a_persons_name(span):
                continue  # "Badr Abdelatty": a group named like a man, the first name of someone else
            if entry.type in ("GPE", "LOC") and end - start == 1 and any(
                    e.label_ == "PERSON" and e.end == end and e.start <= start - 2 for e in doc.ents):
                continue  # "Hussein Osman Aden": a one-word place ending a person's full name is the surname
            if self._another_states(doc, start, entry):
                # "the Somali National News Agency" is not Lebanon's National News Agency: another state's body of
                # the same generic name, which the pack does not know
                found.append(Span(doc, start - 1, end, label=entry.type))
                continue
            found.append(Span(doc, start, end, label=entry.type, kb_id=entry.id))
        if not found:
            return doc
        kept = filter_spans(found)
        if self.overwrite:
            doc.ents = kept
        else:
            doc.ents = filter_spans([*kept, *[e for e in doc.ents if not _overlaps(e, kept)]])
        return doc

    def _opens_a_persons_name(self, span: Span) -> bool:
        """A one-word body's name that is also a common given name, right before a capitalised word that is no part
        of a body's name, a title or a role: the given name of a person ("Badr Abdelatty", "Amal Osman")."""
        doc = span.doc
        words = [t for t in span if not t.is_punct]
        if len(words) == 2 and words[0].lower_ in ("al", "el") and span[1].text == "-":
            words = words[1:]  # "Al-Fateh Qurashi": a given name written with its article
        if len(words) != 1 or words[0].lower_ not in self.given_names or span.end >= len(doc):
            return False
        after = doc[span.end]
        return after.is_alpha and after.text[:1].isupper() and not after.text.isupper() and \
            after.lower_ not in self.name_words and after.lower_ not in self._keys

    def _another_states(self, doc: Doc, start: int, entry: PackEntry) -> bool:
        """A body's name right after the demonym of a state other than the body's own."""
        if start == 0 or entry.type not in ("ORG", "MEDIA") or not entry.country:
            return False
        before = doc[start - 1]
        state = self.demonyms.get(before.lower_) if before.text[:1].isupper() else None
        return state is not None and state != entry.country

    def _plausible(self, span: Span, key: str) -> bool:
        """Reject matches that are ordinary words: a name is capitalised or in a non-Latin script, unless the pack
        deliberately lists a lower-case multi-word form ('axis of resistance')."""
        if key in self._acronyms:
            return span.text in self._acronyms[key]
        if key in self._lowercase_ok:
            return True
        words = key.split()
        if len(words) == 2 and words[0] == "the" and span.end < len(span.doc) and span.doc[span.end].is_title:
            # "the National Defence and Security Council" is not the newspaper "The National": a name made of "the"
            # and one word stops where the capitals stop, or it is the start of another name
            return False
        # a leading article proves nothing: "The national police" opens a sentence, "The National" is a paper
        body = span[1:] if len(span) > 1 and span[0].lower_ in ("the", "a", "an") else span
        return any(t.text[:1].isupper() or (t.text[:1].isalpha() and not t.text[:1].isascii()) for t in body)

    def _choose(self, span: Span, entries: list[PackEntry]) -> PackEntry | None:
        for entry in entries:
            if entry.ambiguous and not _place_context(span):
                continue
            return entry
        return None


def _rank(entry: PackEntry) -> tuple[int, int]:
    type_rank = {"PERSON": 0, "ORG": 0, "MEDIA": 0, "GPE": 1, "LOC": 1, "EVENT": 2}.get(entry.type, 3)
    return type_rank, _KIND_RANK.get(entry.kind or "", 7)


def _place_context(span: Span) -> bool:
    """Evidence that an ambiguous name is meant as a place: 'in X', 'the town of X', 'X in Anbar Province'."""
    doc = span.doc
    before = doc[max(0, span.start - 1)].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before in _PLACE_PRECEDERS:
        return True
    if after in {"in", "district", "subdistrict", "province", "governorate"}:
        return True
    return False


def _double_barrelled(span: Span) -> bool:
    """"Nkweta-Salami": a lone surname the pack knows, joined by a hyphen to another capitalised name, is half of
    someone else's double surname."""
    doc = span.doc
    before = span.start >= 2 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_ and \
        not doc[span.start - 1].whitespace_ and doc[span.start - 2].text[:1].isupper()
    after = span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_ and \
        not doc[span.end].whitespace_ and doc[span.end + 1].text[:1].isupper()
    return before or after


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)
