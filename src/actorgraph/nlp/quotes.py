"""spaCy component: direct, reported and mixed quotes, each with its cue, speaker phrase, outlets and date.

Works one parsed chunk at a time and stays with what the sentence says: speakers are `SpeakerRef`s (a name, a
pronoun, "the militia commander") and outlets are `ViaRef`s; `attribution` turns them into entity names once the
whole document's entities are known. Direct quotes come from paired marks (`quote_marks`), reported speech from the
dependency parse around the pack's speech verbs; a marked fragment inside a reported clause makes it one mixed quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..names import normalize_name
from ..packs import Pack
from .cue_speakers import CueSpeakers, asked_aside
from .dates import TemporalMention
from .discourse import DiscourseCues
from .quote_lexicon import QuoteLexicon
from .quote_marks import MarkedQuote, find_marked_quotes, paragraphs
from .roles import possessive_spans, read_roles, subject_pronouns, subject_spans
from .speakers import SpeakerRef, entity_at, mention_ref, promote_speaker_names, speaker_ref

if not Doc.has_extension("quote_candidates"):
    Doc.set_extension("quote_candidates", default=None)
if not Doc.has_extension("speaker_cues"):
    Doc.set_extension("speaker_cues", default=None)

# "Name[, when]: text" on one line, the shape of a comment section or a transcript.
_COMMENT = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})(?:,\s*(?P<when>[^:\n]{3,40}))?:\s+"
                      r"(?P<body>[^\n]{12,})")


# "A: We support the government's position." — an answer in a question-and-answer interview.
_ANSWER = re.compile(r"(?P<label>A|Answer)\s*[:.]\s+(?P<body>\S)")
# "MUYAYA: ...", "MR. KANAANI: ..." in a transcript
_SURNAME_LABEL = re.compile(r"(?:(?:MR|MS|MRS|DR)\.?\s+)?(?P<label>[A-Z][A-Z'’-]{2,})\s*:\s+(?P<body>\S)")
# "Beltr\u00e1n: ...", "Andes Report: ..." in a transcript whose labels are written as names
_NAME_LABEL = re.compile(r"(?P<label>[A-Z][\w'\u2019.-]+(?: [A-Z][\w'\u2019.-]+){0,3})\s*:\s+(?P<body>\S)")
_QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+\S")


@dataclass(frozen=True)
class ViaRef:
    """An outlet phrase: a named outlet (`outlet`) or a channel a speaker or group owns (`owned`, with its owner)."""

    kind: str
    start: int
    end: int
    text: str
    owner: SpeakerRef | None = None
    channel: str | None = None
    relay: bool = False

    def shifted(self, offset: int) -> ViaRef:
        owner = self.owner.shifted(offset) if self.owner else None
        return replace(self, start=self.start + offset, end=self.end + offset, owner=owner)


@dataclass(frozen=True)
class QuoteCandidate:
    start: int
    end: int
    kind: str
    cue: str | None
    speaker: SpeakerRef | None
    evidence: tuple[int, int]
    paragraph: int  # character offset where the paragraph starts: an id that survives chunking
    vias: tuple[ViaRef, ...] = ()
    inherit: bool = False
    date_at: tuple[int, str] | None = None  # (start of a temporal expression, level it was found at)

    def shifted(self, offset: int) -> QuoteCandidate:
        return replace(
            self, start=self.start + offset, end=self.end + offset,
            speaker=self.speaker.shifted(offset) if self.speaker else None,
            evidence=(self.evidence[0] + offset, self.evidence[1] + offset), paragraph=self.paragraph + offset,
            vias=tuple(v.shifted(offset) for v in self.vias),
            date_at=(self.date_at[0] + offset, self.date_at[1]) if self.date_at else None,
        )


# what "calls for" something without speaking: "the agreement calls for the PKK to leave"
_DOCUMENTS = frozenset({"agreement", "text", "plan", "resolution", "deal", "law", "bill", "draft", "proposal",
                        "situation", "constitution", "accord", "roadmap", "framework"})
# head nouns of an outlet's phrase: "the agency added", "the Saba news agency reported"
_OUTLET_NOUNS = frozenset({"agency", "channel", "broadcaster", "television", "network", "newspaper", "daily",
                           "website"})


@dataclass
class _Reported:
    verb: Token
    start: int
    end: int
    speaker: SpeakerRef | None
    phrase: str | None = None  # the source phrase ("according to") when no verb attributes the clause


@Language.factory("actorgraph_quotes", default_config={})
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(nlp, name)


_MET = {"meet", "interview", "visit", "reach", "find", "join"}  # "We met her on Thursday", "I reached him"
_FIRST_PERSON = {"i", "we"}
_QUESTIONERS = {"reporter", "correspondent", "journalist"}
_APPEARANCES = {"visit", "appearance", "talk", "talks", "meeting", "call", "trip", "tour"}  # "Monday's visit"
_SPOKE_TO = {"speak", "talk"}  # "We spoke to her on Thursday", "I talked with him"
_NAMING = {"call", "name"}  # "an account called X", "a channel named X"


class QuoteFinder:
    def __init__(self, nlp: Language, name: str = "actorgraph_quotes") -> None:
        self.name = name
        self.lex: QuoteLexicon | None = None
        self.org_heads: set[str] = set()
        self.platforms: frozenset[str] = frozenset()
        self.platform_ids: frozenset[str] = frozenset()

    def set_pack(self, pack: Pack) -> None:
        self.lex = QuoteLexicon.from_rules(pack.rules)
        self.org_heads = {str(w) for w in pack.rules.get("org_heads", [])}
        self.platforms = frozenset(normalize_name(n) for e in pack.entries.values() if e.kind == "platform"
                                   for n in e.names)
        self.platform_ids = frozenset(e.id for e in pack.entries.values() if e.kind == "platform")

    def __call__(self, doc: Doc) -> Doc:
        if self.lex is None:
            return doc
        promote_speaker_names(doc, self.lex.speech_verbs, self.org_heads)
        reader = _Reader(doc, self.lex, self.platforms, self.platform_ids)
        doc._.quote_candidates = reader.read()
        doc._.speaker_cues = DiscourseCues(read_roles(doc, self.lex), subject_spans(doc), reader.sent_starts,
                                           sorted([(m.start, m.end) for m in reader.marks] + reader.asides),
                                           reader.described_subjects(),
                                           possessive_spans(doc), reader.described_others(), reader.contents,
                                           reader.accounts(), subject_pronouns(doc))
        return doc


class _Reader:
    """One pass over one parsed chunk."""

    def __init__(self, doc: Doc, lex: QuoteLexicon, platforms: frozenset[str] = frozenset(),
                 platform_ids: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.lex = lex
        self.platforms = platforms
        self.platform_ids = platform_ids
        self.marks = find_marked_quotes(doc.text)
        self.mark_starts = [m.start for m in self.marks]
        self.paras = paragraphs(doc.text)
        self.para_starts = [p for p, _ in self.paras]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.temporal: list[TemporalMention] = list(doc._.temporal or [])
        # nouns for saying something or an occasion to say it: a date on one of them dates a statement
        self.said_nouns = lex.occasion_nouns | lex.statement_nouns | lex.channel_nouns | _APPEARANCES
        self.noun_dated: dict[int, bool] = {}  # _dates_a_noun by where the expression starts
        self.speakers = CueSpeakers(doc, lex)
        self.contents: list[tuple[int, int]] = []
        self.interviewer_lines: list[int] = []
        self.asides: list[tuple[int, int]] = []  # "Sinwar, he said, had ...": the reported subject before the aside

    # ---- top level ---------------------------------------------------------------------------------------------
    def read(self) -> list[QuoteCandidate]:
        reported = self._reported()
        self.contents = [(r.start, r.end) for r in reported]
        out: list[QuoteCandidate] = []
        used_marks: set[int] = set()
        for rep in reported:
            touching = [i for i, m in enumerate(self.marks) if m.start < rep.end and m.end > rep.start]
            covered = sum(min(self.marks[i].end, rep.end) - max(self.marks[i].start, rep.start) for i in touching)
            if touching and covered >= 0.8 * max(1, rep.end - rep.start) and self._words_outside(
                    rep, [self.marks[i] for i in touching]) < 2:
                continue  # the clause is the quote itself: the direct reading below attributes it
            if (rep.verb.lemma_.lower() in self.lex.carrier_verbs or rep.phrase is not None) and touching and all(
                    self._inner_speaker(self.marks[i], rep.verb) for i in touching):
                # "AFP reported that X called the killing 'a cowardly act'" (or "X dismissed them as 'worthless',
                # according to Y"): X's words, which the outlet carried; the direct reading below gives them to X (not
                # when the outlet's own clause holds words in marks too: "reported that the ministry was '...' and
                # that Damascus rejected '...'" is all the outlet's report)
                continue
            used_marks.update(touching)
            start = min([rep.start] + [self.marks[i].start for i in touching])
            end = max([rep.end] + [self.marks[i].end for i in touching])
            kind = "mixed" if touching else "indirect"
            out.append(self._candidate(start, end, kind, rep.verb, rep.speaker, phrase=rep.phrase))
        for index, mark in enumerate(self.marks):
            if index in used_marks:
                continue
            cand = self._direct(mark)
            if cand is not None:
                out.append(cand)
        out.extend(self._comments(out))
        answers = self._answers(out)
        # "A: ... We said this would dissolve the force.": what the interviewee says they said is the answer itself;
        # what the answer reports of another ("he told us clearly that ...") is that one's statement as well
        out = [c for c in out if not (c.speaker is not None and c.speaker.text.lower() in _FIRST_PERSON and any(
            a.start <= c.start < a.end for a in answers))] + answers
        labelled = self._labelled_lines()
        # the speech a labelled answer reports ("They can say what they like") is part of the answer; what an
        # interviewer's question says others said ("Q: The rebels say they will not withdraw.") is the question's
        asked = [(p, e) for p, e in self.paras if _QUESTION.match(self.doc.text, p, e) or p in self.interviewer_lines]
        out = [c for c in out if not any(a.start <= c.start < a.end for a in labelled)
               and not any(p <= c.start < e for p, e in asked)] + labelled
        out.extend(self._speech_events(out))
        out.sort(key=lambda c: c.start)
        return out

    def _words_outside(self, rep: _Reported, marks: list[MarkedQuote]) -> int:
        """Words of a reported clause outside its quote marks ("Iran was" in 'said Iran was "rebuilding ..."'):
        two or more make it a mixed quote, however long the quoted part."""
        span = self.doc.char_span(rep.start, rep.end, alignment_mode="expand")
        if span is None:
            return 0
        first, last = min(m.start for m in marks), max(m.end for m in marks)
        # (the cue between two marks, '"...," Nasrallah said, "..."', is not the clause's own words)
        return sum(1 for t in span if t.is_alpha and t.lower_ != "that" and (t.idx < first or t.idx >= last))

    def _inner_speaker(self, mark: MarkedQuote, outer: Token) -> bool:
        """Whether a speech or naming verb with a named subject of its own, under `outer`, governs the mark."""
        span = self.doc.char_span(mark.start, mark.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        node = span.root
        for _ in range(8):
            if node == outer or node.head == node:
                return False
            node = node.head
            if node == outer:  # the outer verb itself is no inner speaker
                return False
            lemma = node.lemma_.lower()
            if node.pos_ == "VERB" and (lemma in self.lex.speech_verbs or lemma in self.lex.naming_verbs) and any(
                    c.dep_ == "nsubj" and _names_a_speaker(c) for c in node.children):
                return True
        return False

    def _answers(self, found: list[QuoteCandidate]) -> list[QuoteCandidate]:
        """A question-and-answer interview: each "A: ..." paragraph is the interviewee's words. The speaker is left
        to coreference as a person pronoun would be: the interviewee is who the introduction was about."""
        out: list[QuoteCandidate] = []
        asked_from: int | None = None  # where the first question starts: the interviewee is who came before
        for index, (p_start, p_end) in enumerate(self.paras):
            if _QUESTION.match(self.doc.text, p_start, p_end) and asked_from is None:
                asked_from = p_start
            match = _ANSWER.match(self.doc.text, p_start, p_end)
            if match is None:
                continue
            start, end = match.start("body"), p_end
            while end > start and self.doc.text[end - 1].isspace():
                end -= 1
            if any(c.start <= start + 1 and c.end >= end - 2 for c in found):
                continue  # the answer is already one quote ('A: "We support it."')
            at = asked_from if asked_from is not None else p_start
            speaker = SpeakerRef("pronoun", at, at + 1, match.group("label"), "interviewee", "person")
            out.append(QuoteCandidate(start, end, "direct", None, speaker, (p_start, end), p_start))
        return out

    def _labelled_lines(self) -> list[QuoteCandidate]:
        """A transcript line under a speaker's surname in capitals ("MUYAYA: They can say what they like"): that
        person's words, where the surname is that of a person the text names."""
        full: dict[str, str] = {}  # a label's normalised form -> the full name as the text gives it
        for e in self.doc.ents:
            if e.label_ == "PERSON" and " " in e.text.strip():
                name = normalize_name(e.text)
                full.setdefault(name, e.text)
                full.setdefault(name.rsplit(" ", 1)[-1], e.text)
        surnames = {normalize_name(e.text) for e in self.doc.ents if e.label_ == "PERSON"} | set(full)
        out: list[QuoteCandidate] = []
        others: list[int] = []  # lines under a label that is no one's name: the interviewer's
        for p_start, p_end in self.paras:
            match = _SURNAME_LABEL.match(self.doc.text, p_start, p_end) or \
                _NAME_LABEL.match(self.doc.text, p_start, p_end)
            if match is None:
                continue
            label = match.group("label")
            label = label.title() if label.isupper() else label
            if normalize_name(label) not in surnames:
                if match.re is _NAME_LABEL:
                    others.append(p_start)
                continue
            start, end = match.start("body"), p_end
            while end > start and self.doc.text[end - 1].isspace():
                end -= 1
            named = full.get(normalize_name(label), label)  # "Tu:" after "Col. Naw Tu": Naw Tu
            speaker = SpeakerRef("description", p_start, match.end("label"), named, label.lower(), "person")
            out.append(QuoteCandidate(start, end, "direct", None, speaker, (p_start, end), p_start,
                                      date_at=self._occasion_day(p_start)))
        # "Andes Report: Why did the ELN refuse?": in a transcript of named answers, another label asks
        self.interviewer_lines = others if len(out) >= 2 else []
        return out

    def _occasion_day(self, before: int) -> tuple[int, str] | None:
        """The day of the briefing or interview a transcript comes from, as its introduction gives it ("excerpts from
        Friday's briefing with ..."): the nearest dated sentence before the line that names such an occasion."""
        nouns = self.lex.occasion_nouns | {"interview", "excerpts", "transcript"}
        for sent in reversed([s for s in self.doc.sents if s.end_char <= before][-8:]):
            if not any(t.lower_ in nouns or t.lemma_.lower() in nouns for t in sent):
                continue
            for t in self.temporal:
                if sent.start_char <= t.found.start < sent.end_char and t.found.rule not in (
                        "duration", "every", "set", "reference"):
                    return t.found.start, "clause"
        return None

    def _speech_events(self, found: list[QuoteCandidate]) -> list[QuoteCandidate]:
        """"Mahmoud Qmati spoke to The Cedar Ledger on Monday": no words reported, but the speaker, outlet and date
        of the interview the next quotes come from. Kind "event"; the attributor uses it and never outputs it."""
        out: list[QuoteCandidate] = []
        for token in self.doc:
            if token.pos_ != "VERB" or self._in_marks(token.idx):
                continue
            aired = self._aired(token)
            if aired is not None:
                ref = speaker_ref(aired, self.lex)
                cand = self._candidate(token.idx, token.idx + len(token), "event", token, ref) if ref else None
                if cand is not None and cand.vias:
                    out.append(cand)
                continue
            if token.lemma_.lower() not in self.lex.event_verbs and not (
                    _in_a_statement(token) and not any(c.evidence[0] <= token.idx < c.evidence[1] for c in found)):
                continue
            # "Aktürk was asked at Thursday's briefing": the one asked is the one who answers
            subject_deps = ("nsubj", "nsubjpass") if token.lemma_.lower() in ("ask", "question", "interview") \
                else ("nsubj",)
            speaker = next((c for c in token.children if c.dep_ in subject_deps), None)
            if speaker is None or speaker.dep_ == "nsubj" and any(c.dep_ == "auxpass" for c in token.children):
                # "The claim was first made by X in an interview with Y": the agent is the one who spoke
                agent = next((g for c in token.children if c.dep_ == "agent" for g in c.children
                              if g.dep_ == "pobj"), None)
                speaker = agent or speaker
            if speaker is not None and speaker.lower_ in _FIRST_PERSON and token.lemma_.lower() in _MET:
                # "We met her on Thursday": the reporter's meeting dates the words of the one met
                speaker = next((c for c in token.children if c.dep_ == "dobj"), None)
            elif speaker is not None and speaker.lower_ in _FIRST_PERSON and token.lemma_.lower() in _SPOKE_TO:
                # "We spoke to Abdi on Tuesday": the reporter's conversation dates the words of the one spoken to
                speaker = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                                for g in c.children if g.dep_ == "pobj"), None)
            if speaker is None:
                continue
            ref = speaker_ref(speaker, self.lex)
            if ref is None or ref.kind == "description":
                continue
            cand = self._candidate(token.idx, token.idx + len(token), "event", token, ref)
            if cand.vias or cand.date_at:
                out.append(cand)
        return out

    def _aired(self, verb: Token) -> Token | None:
        """"The speech, which lasted 50 minutes, was broadcast live by Al-Manar": the statement noun a passive
        carrier verb has as its subject (its owner is who spoke; the agent is the outlet)."""
        if verb.lemma_.lower() not in self.lex.carrier_verbs or not any(c.dep_ == "auxpass" for c in verb.children) \
                or not any(c.dep_ == "agent" for c in verb.children):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None or subject.lemma_.lower() not in _SETTINGS or \
                not any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in subject.children):
            return None
        return subject

    def _comments(self, found: list[QuoteCandidate]) -> list[QuoteCandidate]:
        """Reader comments and transcript lines: "Karim Saadi, Feb 23, 2018: Useful piece, but ..."."""
        out: list[QuoteCandidate] = []
        for p_start, p_end in self.paras:
            match = _COMMENT.match(self.doc.text, p_start, p_end)
            if match is None or any(p_start <= c.start < p_end for c in found):
                continue
            name = self.doc.char_span(match.start("name"), match.end("name"))
            if name is None:
                continue
            date_at = None
            if match.group("when"):
                for t in self.temporal:
                    if match.start("when") <= t.found.start < match.end("when"):
                        date_at = (t.found.start, "clause")
                        break
            if not any(e.label_ == "PERSON" and e.start == name.start and e.end == name.end for e in self.doc.ents):
                if date_at is None:
                    continue
                # "Karim Saadi, Feb 23, 2018: ..." is a dated signature: the name is a person whatever the model read
                self.doc.set_ents(filter_spans(list(self.doc.ents) + [Span(self.doc, name.start, name.end,
                                                                             label="PERSON")]))
            start, end = match.start("body"), match.end("body")
            while end > start and self.doc.text[end - 1] in " .\n":
                end -= 1
            speaker = SpeakerRef("mention", name.start_char, name.end_char, name.text, name.text, "person")
            out.append(QuoteCandidate(start, end, "direct", None, speaker, (p_start, p_end), p_start,
                                      date_at=date_at))
        return out

    def described_others(self) -> list[SpeakerRef]:
        """Definite role phrases elsewhere ("For the sheikh, the argument misses the point."): weaker antecedents."""
        out: list[SpeakerRef] = []
        for token in self.doc:
            if token.dep_ not in ("pobj", "dobj", "poss") or token.pos_ != "NOUN" or self._in_marks(token.idx):
                continue
            ref = speaker_ref(token, self.lex)
            # "shook his head", "his first interview": a pronoun's possession is no one new on stage
            if ref is not None and ref.kind == "descriptor" and ref.category == "person" and (
                    ref.owner is None or ref.owner.kind != "pronoun"):
                out.append(ref)
        return out

    def accounts(self) -> list[SpeakerRef]:
        """Accounts on a platform the text brings on stage ("posted by an X account with 40,000 followers"), for a
        later "the account wrote"."""
        out: list[SpeakerRef] = []
        for token in self.doc:
            if token.lemma_.lower() not in self.lex.account_nouns or token.pos_ != "NOUN" or \
                    self._in_marks(token.idx):
                continue
            if not any(c.dep_ in ("compound", "nmod", "amod") and (
                    c.ent_kb_id_ in self.platform_ids or normalize_name(c.text) in self.platforms)
                    for c in token.lefts):
                continue
            named = next((entity_at(o) for c in token.children if c.dep_ == "acl" and c.lemma_ in _NAMING
                          for o in c.children if o.dep_ in ("oprd", "attr", "dobj")), None)
            if named is not None:  # "an X account called Caucasus Insider"
                out.append(mention_ref(named))
                continue
            ref = speaker_ref(token, self.lex)
            if ref is not None and ref.collective:
                out.append(ref)
        return out

    def described_subjects(self) -> list[SpeakerRef]:
        """Role phrases in subject position ("The spokesman spent the hour on Washington"; "A senior official ...
        defended the choice")."""
        out: list[SpeakerRef] = []
        for token in self.doc:
            if token.dep_ != "nsubj" or token.pos_ != "NOUN" or self._in_marks(token.idx):
                continue
            ref = speaker_ref(token, self.lex)
            if ref is not None and ref.kind in ("descriptor", "description") and ref.category == "person":
                out.append(ref)
        return out

    # ---- reported speech ---------------------------------------------------------------------------------------
    def _reported(self) -> list[_Reported]:
        found = self._reported_all()
        # "X said ..., according to a statement": the speech verb carries the quote; "according to" is its source.
        verb_sents = {r.verb.sent.start for r in found if r.phrase is None}
        kept = [r for r in found if r.phrase is None or r.verb.sent.start not in verb_sents]
        for rep in kept:
            for other in kept:
                if other is not rep and rep.start < other.verb.idx < rep.end and _shares_subject(other.verb):
                    rep.end = min(rep.end, self._clause_cut(other.verb))
                    head = other.verb.head
                    if head.i != rep.verb.i and head.lemma_.lower() not in self.lex.speech_verbs:
                        # "said the faction would go on ... and told its fighters": the parse hung the cue inside
                        # the reported clause, on a verb that reports nothing; it carries the outer speaker's words
                        other.speaker = rep.speaker
        # "told a news conference that the brothers who were with him said a missile hit the room": speech the
        # speaker reports is part of what the speaker said, not a statement of its own
        # (but "He said Iran valued ..., the agency added": an outlet's frame carries his statement, as "reported" does)
        nested = {id(other) for rep in kept for other in kept if other is not rep and other.phrase is None
                  and rep.phrase is None and rep.verb.lemma_.lower() not in self.lex.carrier_verbs
                  and not self._outlet_voice(rep.speaker)
                  and rep.start <= other.verb.idx < rep.end and _complement_of(other.verb, rep.verb)}
        # "X urged Y to ..., the state-run news agency reported": the outlet carried X's statement; X speaks
        carried = {id(rep) for rep in kept if rep.phrase is None and rep.verb.lemma_.lower() in self.lex.carrier_verbs
                   and any(self._opens_with_speaker(rep, other) for other in kept)}
        return [r for r in kept if id(r) not in nested and id(r) not in carried]

    def _outlet_voice(self, ref: SpeakerRef | None) -> bool:
        """Whether a cue's subject is a news outlet: one the model tagged, or "the agency", "the channel"."""
        if ref is None:
            return False
        if ref.kind == "mention":
            span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
            return span is not None and any(t.ent_type_ == "MEDIA" for t in span)
        return ref.category == "outlet" or ref.definite and not ref.plural and ref.head in _OUTLET_NOUNS

    def _opens_with_speaker(self, carrier: _Reported, other: _Reported) -> bool:
        """Whether the carrier's reported words are another statement whose named subject opens them."""
        if other is carrier or other.phrase is not None or not carrier.start <= other.verb.idx < carrier.end:
            return False
        subject = next((c for c in other.verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and _names_a_speaker(subject) and \
            subject.left_edge.idx <= carrier.start + 1 and other.verb.head.i == carrier.verb.i

    def _clause_cut(self, verb: Token) -> int:
        """Where a reported clause ends when the same speaker goes on with another verb: "..., adding that",
        "... and told its fighters"."""
        i = verb.i - 1
        while i > 0 and (self.doc[i].is_punct and self.doc[i].text not in "\"”»'’" or self.doc[i].dep_ in ("cc",)
                         or self.doc[i].dep_ == "advmod" and self.doc[i].i + 1 == verb.i):
            i -= 1
        return self.doc[i].idx + len(self.doc[i])

    def _reported_all(self) -> list[_Reported]:
        found: list[_Reported] = []
        for token in self.doc:
            if self._in_marks(token.idx):
                continue
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in self.lex.speech_verbs and not _negated(token) and not _modifier(token):
                if _told_nobody_says(token):
                    continue
                content = self._content(token, lemma)
                if content is None:
                    continue
                start, end = content
                found.append(_Reported(token, start, end, self.speakers.of(token)))
            else:
                phrase = self._source_phrase_at(token)
                rep = self._according(token, phrase) if phrase else None
                if rep is not None:
                    found.append(rep)
        return found

    def _content(self, verb: Token, lemma: str) -> tuple[int, int] | None:
        parts: list[Token] = []
        for child in verb.children:
            if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and lemma not in self.lex.naming_verbs):
                parts.append(child)
            elif child.dep_ == "advcl" and child.i > verb.i and _cited_before_that(child):
                parts.append(child)  # "reported, citing officials, that ...": parsed as an adverbial clause
        # "Blinken, asked about the attack, told X that ...": the parse made the set-off participle a clause of its
        # own; it frames the speaker and reports nothing
        parts = [p for p in parts if p.i > verb.i or asked_aside(p) is None]
        # "told the news agency SONNA on Tuesday that ...": a name the tagger took for a verb reports nothing
        parts = [p for p in parts if not (p.dep_ == "xcomp" and p.ent_type_)]
        # "... read on state broadcaster ORTM that troops had ...": the name parsed as the verb of the clause; the
        # clause it heads is the one reported
        parts = [c for p in parts for c in ([p] if not (p.dep_ == "ccomp" and p.ent_type_) else
                                            [c for c in p.children if c.dep_ in ("ccomp", "advcl")])]
        # "A strike killed two men; the military said both were fighters": the clause before the semicolon is the
        # reporter's, what the military said follows its verb
        later = [p for p in parts if p.i > verb.i]
        if later:
            parts = [p for p in parts if p.i > verb.i or not any(
                t.text == ";" for t in self.doc[p.right_edge.i + 1:verb.i])]
        calls_on = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" and c.i > verb.i]
        if lemma == "call" and calls_on and any(c.dep_ == "xcomp" for c in verb.children):
            # "called on the federal government to raise the matter": the appeal is who is asked and to do what
            parts = [*calls_on, *(c for c in verb.children if c.dep_ == "xcomp")]
        elif lemma == "call" and not parts and not any(
                c.dep_ == "nsubj" and c.lemma_.lower() in _DOCUMENTS for c in verb.children):
            # "called for an independent investigation", "called on all sides to return to dialogue": what is asked
            # for, or who is asked and to do what, when the parse hung the "to" clause on them
            parts = [p for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in ("for", "on")
                     for p in c.children if p.dep_ == "pobj"]
        if lemma in _APPEAL_VERBS and any(p.dep_ == "xcomp" for p in parts):
            # "urged Washington and Paris, the guarantors, to act": who is urged belongs to the appeal, also when the
            # parse made it the verb's object rather than the subject of "to act"
            parts += [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if not parts and lemma in self.lex.object_content_verbs:
            parts = [c for c in verb.children if c.dep_ in ("dobj", "prep") and c.lower_ not in ("in", "on", "at", "during", "after", "before", "since")]
            if not any(c.dep_ == "dobj" for c in parts) and lemma != "warn":
                parts = []
        if not parts and lemma == "warn":
            parts = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "against")]
        if not parts:
            return self._around_aside(verb) or self._that_clause(verb)
        left = min(p.left_edge.i for p in parts)
        right = max(p.right_edge.i for p in parts)
        left = self._from_that(verb, left)
        tokens = self.doc[left:right + 1]
        # (also one hung a step lower, on the participle the parse took for the clause: "said in a statement read
        # out on Al-Manar that it had ...")
        that = next((t for t in tokens if t.dep_ == "mark" and t.lower_ == "that" and (
            t.head in parts or t.head.head in parts and _statement_participle(t.head.head, self.lex) and
            t.head.head.i < t.i)), None)
        if that is not None and that.i > tokens.start and \
                not any(self._in_marks(t.idx) for t in tokens[:that.i - left]):
            # "said in a statement read on state broadcaster ORTM that troops had ...": what was said follows "that"
            tokens = self.doc[that.i:right + 1]
        if len(tokens) and tokens[0].tag_ == "VBG" and tokens[0].lemma_.lower() in ("cite", "quote"):
            # "reported, citing local officials, that ...": the citing is attribution, hung on the clause
            tokens = self.doc[tokens[0].right_edge.i + 1:right + 1]
        while len(tokens):
            first = tokens[0]
            if first.dep_ == "mark" or first.is_punct and first.text not in "\"“«" or \
                    first.dep_ == "prep" and first.head.i == verb.i and first.lower_ == "on":
                tokens = tokens[1:]
            elif first.i == verb.i + 1 and first.dep_ in ("prep", "npadvmod") and first.head.i > first.right_edge.i \
                    and any(first.idx <= t.found.start < first.right_edge.idx + len(first.right_edge)
                            for t in self.temporal):
                # "said on Thursday it had completed ...": the day right after the verb is when it was said, though
                # the parse hung it on the reported clause
                tokens = self.doc[first.right_edge.i + 1:tokens.end]
            else:
                break
        tokens = self._without_trailing_source(_without_end_punct(tokens))
        if _words(tokens) < 3:
            return None
        return tokens.start_char, tokens.end_char

    def _from_that(self, verb: Token, left: int) -> int:
        """"said in a statement on Sunday that two drones launched from X had targeted ...": the parse hung the
        subject on the statement; what was said starts after "that", not at the verb of the clause."""
        for i in range(left - 1, verb.i, -1):
            t = self.doc[i]
            if t.lower_ == "that" and t.dep_ == "mark":
                return i
            if t.is_punct and t.tag_ != "HYPH" or self._in_marks(t.idx) or t.pos_ in ("VERB", "AUX") and \
                    t.dep_ not in ("acl", "amod"):
                break
        return left

    def _aside(self, verb: Token) -> tuple[int, int, Token] | None:
        """A cue set off by commas inside the clause it reports, parsed as parataxis or as a relative clause on the
        clause's subject ("Each of them, the envoy told the Council, had set conditions"): the aside's first and
        last tokens and the verb of the reported clause."""
        if verb.dep_ not in ("parataxis", "relcl"):
            return None
        subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT")), None)
        if subject is None:
            return None  # "the men, who told ...": a relative clause proper
        left = subject.left_edge.i
        if any(t.tag_ in ("WP", "WP$", "WDT") for t in self.doc[left:verb.i]):
            return None  # "X, whose government has little say over ..., said": a relative clause, no aside
        rights = [c.right_edge.i for c in verb.rights if not c.is_punct]
        right = max(rights, default=verb.i)
        doc = self.doc
        if left == 0 or right + 1 >= len(doc) or doc[left - 1].text != "," or doc[right + 1].text != ",":
            return None
        clause = _clause_of(verb)
        if clause is None or clause.i <= right:
            return None
        return left, right, clause

    def _around_aside(self, verb: Token) -> tuple[int, int] | None:
        """The reported words are the rest of the clause after the aside (one span, as the annotation guide has it);
        the words before it are reported too and are remembered as such."""
        found = self._aside(verb)
        if found is None:
            return None
        left, aside_end, clause = found
        if any(t.text in "\"“”«»" for t in self.doc[clause.left_edge.i:aside_end + 1]):
            return None
        tokens = self.doc[aside_end + 1:clause.right_edge.i + 1]
        while len(tokens) and tokens[0].is_punct:
            tokens = tokens[1:]
        tokens = _without_end_punct(tokens)
        if _words(tokens) < 3:
            return None
        subject = self.doc[min(clause.left_edge.i, left):left - 1]
        if len(subject):  # part of the reported words: never the "he" of the aside
            self.asides.append((subject.start_char, subject.end_char))
        return tokens.start_char, tokens.end_char

    def _that_clause(self, verb: Token) -> tuple[int, int] | None:
        """"said in a written response that ...", "told reporters at the scene that ...": the parse hangs the clause
        on the noun in between; the words after "that" are still what was said."""
        stop = min(verb.sent.end, verb.i + 30)
        i = verb.i + 1
        while i < stop:
            token = self.doc[i]
            i += 1
            aside = self._source_aside(token)
            if aside is not None:  # "told the leaders on Monday, according to IRNA, that ...": the source aside
                i = aside
                continue
            # "said in a televised statement carried by X on Thursday evening that ...": a participle describing
            # the statement is no clause of its own
            participle = token.dep_ == "acl" and token.tag_ == "VBN"
            if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound") and not token.ent_type_ \
                    and not participle or token.is_punct and token.tag_ != "HYPH" or self._in_marks(token.idx):
                return None  # (a name the tagger took for a verb, "told the agency SONNA that", is no clause)
            if token.lower_ != "that" or _relative_that(token) or verb not in token.ancestors:
                continue  # (not "an account that shares ...": a relative clause says nothing)
            clause = token.head
            end = clause.right_edge.i
            tokens = _without_end_punct(self.doc[token.i + 1:end + 1])
            if _words(tokens) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in tokens):
                return None
            return tokens.start_char, tokens.end_char
        return None

    def _source_aside(self, token: Token) -> int | None:
        """Where a comma-set ", according to X," that starts at `token` ends (the token after its closing comma)."""
        doc = self.doc
        at = token.i + 1 if token.text == "," else token.i
        if at + 1 >= len(doc) or doc[at].lower_ != "according" or doc[at + 1].lower_ != "to":
            return None
        # (the parse may hang the reported clause on the source's name, so its subtree says nothing of the end)
        end = next((k for k in range(at + 2, min(len(doc), at + 14)) if doc[k].text == ","), None)
        return end + 1 if end is not None else None

    def _without_trailing_source(self, tokens: Span) -> Span:
        """"..., in an interview with Al-Mayadeen TV broadcast on Friday": the parse often hangs the source of the
        words inside the reported clause; it is attribution, not content. So is a closing ", the state-run Iraqi
        News Agency (INA) reported" that the parse hung inside it."""
        for verb in tokens:  # (", Al Jazeera reported, citing an interview he gave to Al-Masirah TV" as well)
            if verb.lemma_.lower() not in self.lex.carrier_verbs or verb.right_edge.i < tokens.end - 1:
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            ent = entity_at(subject) if subject is not None else None
            if ent is not None and ent.label_ == "MEDIA" and subject.left_edge.i > tokens.start and \
                    self.doc[subject.left_edge.i - 1].text == ",":
                cut = self.doc[tokens.start:subject.left_edge.i - 1]
                if _words(cut) >= 3:
                    return cut
        for token in tokens:
            after_comma = token.i > tokens.start and self.doc[token.i - 1].text == ","
            if token.dep_ != "prep" or token.lower_ not in ("in", "on", "during", "via", "through") or \
                    token.right_edge.i < tokens.end - 1 and not after_comma:
                continue
            pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            ent = entity_at(pobj)
            words = {pobj.lemma_.lower(), pobj.lower_}  # "in remarks that were carried live by ..."
            if words & self.lex.statement_nouns or words & self.lex.channel_nouns or \
                    ent is not None and ent.label_ == "MEDIA":
                cut = self.doc[tokens.start:token.i]
                while len(cut) and cut[-1].is_punct:
                    cut = cut[:-1]
                return cut if len(cut) else tokens
        return tokens

    def _source_phrase_at(self, token: Token) -> tuple[str, ...] | None:
        for phrase in self.lex.source_phrases:
            end = token.i + len(phrase)
            if end <= len(self.doc) and tuple(t.lower_ for t in self.doc[token.i:end]) == phrase:
                return phrase
        return None

    def _according(self, token: Token, phrase: tuple[str, ...]) -> _Reported | None:
        """'according to X, ...' and the pack's other source phrases: X is the speaker, the rest the content."""
        to = self.doc[token.i + len(phrase) - 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        sent = token.sent
        phrase_start = token.i
        phrase_end = max(pobj.right_edge.i, to.i)
        before = self.doc[sent.start:phrase_start]
        after = self.doc[phrase_end + 1:sent.end]
        body = after if len(after) > len(before) else before
        while len(body) and body[0].is_punct:
            body = body[1:]
        while len(body) and body[-1].is_punct:
            body = body[:-1]
        if len([t for t in body if not t.is_punct]) < 3:
            return None
        speaker = speaker_ref(pobj, self.lex)
        verb = token.head
        # (or before it: '"...," Barrack said, according to the agency')
        own = [c for c in verb.children if c.dep_ == "nsubj" and _names_a_speaker(c) and (
            c.i > phrase_end or verb.i < phrase_start)]
        if verb.pos_ == "VERB" and (verb.lemma_.lower() in self.lex.speech_verbs or verb.lemma_.lower() in
                                    self.lex.naming_verbs) and body.start <= verb.i < body.end and own:
            # "According to ISNA, the news agency that ..., Sharif described the operation as ...": the clause
            # names its own speaker (the subject nearest the verb: an apposition may pass for another); the source
            # phrase only says where the words appeared
            speaker = speaker_ref(own[-1], self.lex)
            if verb.i + 1 < body.end:
                body = self.doc[verb.i + 1:body.end]
        return _Reported(token, body.start_char, body.end_char, speaker, " ".join(phrase))

    # ---- direct quotes -----------------------------------------------------------------------------------------
    def _direct(self, mark: MarkedQuote) -> QuoteCandidate | None:
        verb = self._cue_for_mark(mark)
        if verb is None:
            inherit = mark.continued or self._opens_paragraph(mark) or self._follows_quote(mark)
            if not inherit:
                return None
            return self._candidate(mark.start, mark.end, "direct", None, None, inherit=True)
        return self._candidate(mark.start, mark.end, "direct", verb, self.speakers.of(verb))

    def _cue_for_mark(self, mark: MarkedQuote) -> Token | None:
        governing = self._governing_cue(mark)
        if governing is not None:
            return governing
        sents = self._sents_over(mark.start, mark.end)
        verb = self._nearest_speech_verb(sents, mark)
        if verb is None and sents:
            head_text = self.doc.text[sents[0].start_char:mark.start].rstrip(" \"“«")
            prev = sents[0].start - 1
            if head_text == "" and prev >= 0 and self.doc.text[:mark.start].rstrip(" \"“«\n").endswith(":"):
                verb = self._nearest_speech_verb([self.doc[prev].sent], mark)
        return verb

    def _governing_cue(self, mark: MarkedQuote) -> Token | None:
        """"AFP reported that the group described the dead as 'martyrs'": the naming verb the fragment hangs on is
        its cue, with its own subject, though another speech verb stands nearer."""
        span = self.doc.char_span(mark.start, mark.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        node = span.root
        for _ in range(4):
            if node.head == node:
                return None
            node = node.head
            if mark.start <= node.idx < mark.end or self._in_marks(node.idx):
                return None
            lemma = node.lemma_.lower()
            if node.pos_ == "VERB" and lemma in self.lex.naming_verbs and not _negated(node) and (
                    _has_speaking_subject(node) or node.tag_ == "VBG" and node.dep_ in ("advcl", "xcomp")
                    and _has_speaking_subject(node.head)):
                return node  # "..., calling them 'X,' IRNA reported": the participle's subject is its verb's
            if node.pos_ in ("VERB", "AUX") and lemma in self.lex.speech_verbs:
                return None
        return None

    def _nearest_speech_verb(self, sents: list[Span], mark: MarkedQuote) -> Token | None:
        best: tuple[int, Token] | None = None
        for sent in sents:
            for token in sent:
                if mark.start <= token.idx < mark.end or self._in_marks(token.idx):
                    continue
                if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in self.lex.speech_verbs:
                    continue
                if _negated(token) or _modifier(token):
                    continue
                distance = mark.start - token.idx if token.idx < mark.start else token.idx - mark.end
                if best is None or distance < best[0]:
                    best = (distance, token)
        return best[1] if best else None

    def _opens_paragraph(self, mark: MarkedQuote) -> bool:
        para_start = self._para_start(mark.start)
        return not self.doc.text[para_start:mark.start].strip(" \"“«\n\t")

    def _follows_quote(self, mark: MarkedQuote) -> bool:
        para_start = self._para_start(mark.start)
        return any(m.end <= mark.start and m.start >= para_start for m in self.marks if m is not mark)

    # ---- shared ------------------------------------------------------------------------------------------------
    def _candidate(self, start: int, end: int, kind: str, verb: Token | None, speaker: SpeakerRef | None,
                   inherit: bool = False, phrase: str | None = None) -> QuoteCandidate:
        sents = self._sents_over(start, end)
        if verb is not None and verb.sent not in sents:
            sents.append(verb.sent)
        ev_start = min(s.start_char for s in sents) if sents else start
        ev_end = max(s.end_char for s in sents) if sents else end
        cue = None
        if verb is not None:
            cue = phrase or verb.text
        vias = self._vias(sents, start, end, speaker)
        date_at = self._date_for(None if phrase else verb, sents, start, end)
        return QuoteCandidate(start, end, kind, cue, speaker, (ev_start, ev_end), self._para_start(start),
                              tuple(vias), inherit, date_at)

    def _vias(self, sents: list[Span], start: int, end: int, speaker: SpeakerRef | None) -> list[ViaRef]:
        """Outlets named in the attribution (outside the quoted content), nearest the source first."""
        cited: list[ViaRef] = []
        carriers: list[ViaRef] = []
        relays: list[ViaRef] = []
        seen: set[tuple[int, int]] = set()
        described = self._speaker_description(speaker)
        for sent in sents:
            for token in sent:
                if start <= token.idx < end or self._in_marks(token.idx) or token.i in described:
                    continue  # ("Sabereen News, a Telegram channel close to the factions, reported": what it is)
                ent = entity_at(token)
                if ent is not None and ent.label_ == "MEDIA":
                    key = (ent.start_char, ent.end_char)
                    if key in seen or (speaker is not None and (speaker.start <= ent.start_char < speaker.end or (
                            speaker.owner is not None and speaker.owner.start <= ent.start_char < speaker.owner.end))):
                        continue  # "an administrator of a Facebook page told us": who speaks, not a carrier
                    seen.add(key)
                    if _asker(ent.root):
                        continue  # "Asked by a Tasnim reporter, X said": a question at a briefing, not a carrier
                    ref = ViaRef("outlet", ent.start_char, ent.end_char, ent.text)
                    if self._is_channel_platform(ent):
                        owned = self._owned_channel(ent.root)
                        if owned is not None:
                            ref = owned
                    if self._is_citing_subject(ent):
                        relays.append(replace(ref, relay=True))
                        continue
                    (carriers if self._is_carrier_subject(ent) else cited).append(ref)
                elif token.lemma_.lower() in self.lex.channel_nouns and token.pos_ == "NOUN" and not (
                        token.lemma_.lower() == "account" and token.head.lower_ not in ("on", "via", "through")
                        and not any(c.dep_ == "compound" or c.lower_ in ("official", "verified")
                                    for c in token.children)):
                    # "gave his own account in a speech": a version of events, not an account on a platform
                    owned = self._owned_channel(token)
                    if owned is not None and (owned.start, owned.end) not in seen:
                        seen.add((owned.start, owned.end))
                        cited.append(owned)
                    elif owned is None and token.tag_ == "NN" and any(
                            c.dep_ == "det" and c.lower_ == "the" for c in token.children) and (
                            token.dep_ == "nsubj" or token.dep_ in ("dobj", "dative") and
                            token.head.lemma_.lower() in ("tell", "say")) and not self._named_after_noun(token):
                        # "the site said", carrying words it cites; "told the channel that ...": the outlet named
                        # before
                        cited.append(ViaRef("recent", token.idx, token.idx + len(token), token.text))
        return (cited + [replace(c, relay=True) for c in carriers] if cited else carriers) + relays

    def _speaker_description(self, speaker: SpeakerRef | None) -> set[int]:
        """Token indices of an apposition describing a named speaker: what the speaker is, not who carried it."""
        if speaker is None or speaker.kind != "mention":
            return set()
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or not len(span):
            return set()
        return {t.i for c in span.root.children if c.dep_ == "appos" for t in c.subtree}

    def _named_after_noun(self, noun: Token) -> bool:
        """"told the Iraqi channel Al-Sharqiya": the noun introduces the outlet named right after it."""
        after = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
        return after is not None and after.ent_type_ in ("MEDIA", "ORG") or any(
            c.dep_ == "appos" for c in noun.children)

    def _is_channel_platform(self, ent: Span) -> bool:
        """"its Telegram channel": a platform before a channel noun is someone's own channel; a named outlet
        before one ("the group's Al-Masirah channel") is that outlet."""
        head = ent.root.head
        return head.lemma_.lower() in self.lex.channel_nouns and head.i >= ent.end and \
            normalize_name(ent.text) in self.platforms

    def _owned_channel(self, token: Token) -> ViaRef | None:
        """'its Telegram channel', "the group's website", "Nujaba's website": a channel with an owner."""
        noun = token if token.lemma_.lower() in self.lex.channel_nouns else token.head
        if noun.lemma_.lower() not in self.lex.channel_nouns or noun.tag_ != "NN":
            return None  # "Iran's nuclear sites" are not a channel
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None and noun.lemma_.lower() in _OWNED_NOUNS:  # "the Hamas Telegram channel": owner as modifier
            poss = next((t for t in self.doc[noun.left_edge.i:noun.i] if t.dep_ == "compound"
                         and t.ent_type_ in ("ORG", "PERSON") and t.ent_iob_ == "B"), None)
        if poss is None:
            return None
        owner = speaker_ref(poss, self.lex)
        if owner is None:
            return None
        span = self.doc[noun.left_edge.i:noun.i + 1]
        named = entity_at(poss)  # "the Hamas Telegram channel": the platform starts after the owner's whole name
        owner_end = max(poss.right_edge.i, named.end - 1 if named is not None else poss.i)
        platform = [t.text for t in span if t.i > owner_end and t.i < noun.i]
        channel = " ".join([*platform, noun.lower_])
        return ViaRef("owned", span.start_char, span.end_char, span.text, owner, channel)

    def _is_carrier_subject(self, ent: Span) -> bool:
        root = ent.root
        if root.dep_ in ("compound", "nmod") and root.head.dep_ == "nsubj" and \
                root.head.lemma_.lower() in _OUTLET_NOUNS:
            root = root.head  # "the Saba news agency reported": the agency its name stands before
        return root.dep_ == "nsubj" and root.head.lemma_.lower() in self.lex.carrier_verbs

    @staticmethod
    def _is_citing_subject(ent: Span) -> bool:
        """"Reuters, citing Blu Radio, reported": the outlet that cites another relays it, always a later hop."""
        root = ent.root
        return root.dep_ == "nsubj" and any(c.lemma_.lower() in ("cite", "quote") and c.dep_ in (
            "advcl", "xcomp", "prep", "acl") for c in (*root.head.children, *root.children))

    def _date_for(self, verb: Token | None, sents: list[Span], start: int, end: int) -> tuple[int, str] | None:
        # a date inside anyone's reported words ("accused Turkey of using the October 1 bombing") dates what
        # they spoke about, not when they spoke
        candidates = [t for t in self.temporal if t.found.rule not in ("duration", "every", "set", "reference")
                      and not (start <= t.found.start < end) and not self._in_marks(t.found.start)
                      and not any(s <= t.found.start < e for s, e in self.contents)]
        # "asked about Sunday's strike", "after the November 11 election": the day of another event
        candidates = [t for t in candidates if not self._dates_a_noun(t)]
        if verb is not None:
            for t in candidates:
                if t.governor == verb.i:
                    return (t.found.start, "clause")
        for sent in sents:
            for t in candidates:
                if sent.start_char <= t.found.start < sent.end_char and not self._other_event(t, verb):
                    return (t.found.start, "sentence")
        if sents:
            # "07:40 — The mayor said ...": a live page's entry stamp dates everything in its entry
            para = self._para_start(min(s.start_char for s in sents))
            stamp = next((t for t in self.temporal if t.found.rule == "clock_entry" and t.found.start == para), None)
            if stamp is not None:
                return (stamp.found.start, "entry")
        return self._lead_date(sents, candidates) if sents else None

    def _lead_date(self, sents: list[Span], candidates: list[TemporalMention]) -> tuple[int, str] | None:
        """"India's response came on Friday. Randhir Jaiswal, the ministry's spokesman, said ...": a short dated
        sentence announcing an answer dates the words in the sentence right after it, in the same paragraph."""
        first = min(sents, key=lambda s: s.start_char)
        i = bisect.bisect_left(self.sent_starts, first.start_char) - 1
        if i < 0 or self._para_start(self.sents[i].start_char) != self._para_start(first.start_char):
            return None
        lead = self.sents[i]
        if not self._announces(lead.root):
            return None
        for t in candidates:
            if lead.start_char <= t.found.start < lead.end_char and t.governor == lead.root.i:
                return (t.found.start, "lead")
        return None

    def _announces(self, root: Token) -> bool:
        lemma = root.lemma_.lower()
        words = {lemma} | {f"{lemma} {c.lower_}" for c in root.children if c.dep_ in ("prt", "advmod", "dobj")} | \
            {f"{lemma} {c.lemma_.lower()}" for c in root.children if c.dep_ in ("prt", "advmod", "dobj")}
        if words & self.lex.lead_verbs:
            return True
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.lead_nouns for c in root.children)

    def _dates_a_noun(self, t: TemporalMention) -> bool:
        """Whether the expression modifies a noun naming another event ("Sunday's strike", "the November 11
        election") rather than a statement or an occasion to speak ("Thursday's briefing", "a 2021 interview")."""
        if t.found.start not in self.noun_dated:
            self.noun_dated[t.found.start] = self._modifies_other_event(t)
        return self.noun_dated[t.found.start]

    def _modifies_other_event(self, t: TemporalMention) -> bool:
        span = self.doc.char_span(t.found.start, t.found.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        node = span.root
        if node.dep_ not in ("poss", "compound", "nmod", "amod", "npadvmod", "nummod"):
            return False
        head = node.head
        if head.pos_ != "NOUN" or head in span:
            return False
        for _ in range(5):  # "a statement released with today's action": the day the statement came with
            if head.lemma_.lower() in self.said_nouns:
                return False
            if head.head == head or head.pos_ == "VERB" and head.lemma_.lower() in self.lex.speech_verbs:
                break
            head = head.head
        return True

    def _other_event(self, t: TemporalMention, verb: Token | None) -> bool:
        """A date inside a relative clause ("supporters who attacked a convoy on Friday") or a clause on some other
        noun dates that event, not the statement; one on the statement itself ("a speech broadcast on Sunday") is
        the statement's date."""
        if verb is None or t.governor is None:
            return False
        governor = self.doc[t.governor]
        if governor.sent != verb.sent or governor.i == verb.i:
            return False
        node = governor
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        if node.dep_ == "relcl":
            return True
        lo, hi = sorted((governor.i, verb.i))
        if any(t.text == ";" for t in self.doc[lo:hi]) and node.head == verb and node.i < verb.i:
            return True  # "A strike on Wednesday killed two men; the military said ...": the strike's day
        if node.dep_ == "acl":
            if node.lemma_.lower() in self.lex.event_verbs:
                return False  # "Rouhani, speaking at a summit in Ankara on Monday, said": the speaker's appearance
            noun = node.head.lemma_.lower()
            return noun not in self.lex.statement_nouns and noun not in self.lex.channel_nouns
        return False

    def _sents_over(self, start: int, end: int) -> list[Span]:
        first = max(0, bisect.bisect_right(self.sent_starts, start) - 1)
        last = bisect.bisect_left(self.sent_starts, end)
        return [s for s in self.sents[first:last] if s.end_char > start and s.start_char < end]

    def _para_start(self, offset: int) -> int:
        i = bisect.bisect_right(self.para_starts, offset) - 1
        if i >= 0 and offset < self.paras[i][1]:
            return self.paras[i][0]
        return 0

    def _in_marks(self, offset: int) -> bool:
        """Marks never overlap, so only the last one opening at or before the offset can hold it."""
        i = bisect.bisect_right(self.mark_starts, offset) - 1
        return i >= 0 and offset < self.marks[i].end


def _asker(token: Token) -> bool:
    """Whether an outlet's name stands in the one who asked: "asked by a Tasnim reporter", "asked by a reporter from
    Al-Sumaria", "in answer to a question from Al Jazeera"."""
    node = token
    questioner = False  # the outlet's reporter or question, not its interview or broadcast
    for _ in range(5):
        if node.head == node:
            return False
        node = node.head
        lemma = node.lemma_.lower()
        questioner = questioner or lemma in _QUESTIONERS
        if lemma in ("ask", "question") and node.pos_ in ("VERB", "NOUN"):
            return questioner or lemma == "question"
        if node.pos_ == "VERB":
            return False
    return False


# what a statement is made in: "mourned him in a statement carried by Al-Manar", "made the claim in an interview"
_SETTINGS = frozenset({"interview", "speech", "address", "statement", "message", "sermon", "broadcast", "video",
                       "briefing", "communique", "communiqué"})


def _in_a_statement(verb: Token) -> bool:
    """"In a 2019 interview with Syria TV, X dismissed the accusations": whatever X did, X did it in an interview,
    which dates and carries the words quoted next. A verb reporting words of its own ("urged parliament in a
    speech to ...") is a statement, not a set-up."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _SETTINGS for g in c.children)
        for c in verb.children) and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _told_nobody_says(verb: Token) -> bool:
    """"residents had been warned to stay indoors", "it was announced that": a passive speech verb with no agent
    names only those addressed, not who spoke ("X was quoted as saying" names the speaker)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children) \
        and verb.lemma_.lower() not in ("quote", "cite") and verb.dep_ in ("ccomp", "conj", "relcl", "advcl")


def _has_speaking_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and _names_a_speaker(c) for c in verb.children)


def _without_end_punct(tokens: Span) -> Span:
    """A reported span without its closing full stop or comma; a closing quote mark stays with its words."""
    while len(tokens) and tokens[-1].is_punct and tokens[-1].text not in "\"”»'’":
        tokens = tokens[:-1]
    return tokens


def _words(tokens: Span) -> int:
    return sum(not t.is_punct for t in tokens)


_OWNED_NOUNS = {"channel", "website", "account", "page", "feed"}  # what a group runs itself, unlike a station


def _clause_of(verb: Token) -> Token | None:
    """The verb of the clause an aside sits in: its head, or the verb of the subject it hangs on."""
    node = verb.head
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def _complement_of(inner: Token, outer: Token) -> bool:
    """Whether `inner` sits in `outer`'s reported clause through complements only ("told X that the men said ..."),
    not joined to it ("and Y said") or set beside it ("as Y accused ...")."""
    doc = inner.doc
    left = inner.left_edge.i
    if left > 0 and (doc[left - 1].dep_ == "cc" or doc[left - 1].lower_ in ("and", "but")):
        return False  # "..., and a security firm said ...": the parse hung a second statement inside the first
    node = inner
    for _ in range(6):
        if node.dep_ not in ("ccomp", "xcomp") or node.head == node:
            return False
        node = node.head
        if node == outer:
            return True
    return False


def _statement_participle(token: Token, lex: QuoteLexicon) -> bool:
    """"read out on Al-Manar", "carried by SANA": a participle of its own, with no subject, saying how a statement
    went out."""
    return token.tag_ == "VBN" and (token.lemma_.lower() in lex.carrier_verbs or token.lemma_.lower() in (
        "read", "release", "issue", "televise")) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


_APPEAL_VERBS = {"urge", "ask", "press", "encourage", "implore", "instruct", "order"}


def _relative_that(token: Token) -> bool:
    """"an account that shares ...", "the weapons that the group bought": "that" fills a place its clause leaves
    empty. "told reporters that families had spent the night" is parsed the same way, but there the clause has its
    own subject and object, and "that" only introduces it."""
    clause = token.head
    if token.dep_ in ("nsubj", "nsubjpass"):  # a reported clause has a subject of its own
        return not any(c.i != token.i and c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
    return token.dep_ in ("dobj", "pobj") and not any(c.i != token.i and c.dep_ == "dobj" for c in clause.children)


def _cited_before_that(clause: Token) -> bool:
    """A clause opening with "citing X, that ..." (the participle hung on the clause): reported content."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
    return bool(marks) and any(c.tag_ == "VBG" and c.lemma_.lower() in ("cite", "quote") and c.i < marks[0].i
                               for c in clause.children)


def _names_a_speaker(subject: Token) -> bool:
    """A subject that can be the source an outlet relays: a person or body, named ("Hezbollah") or described ("the
    Lebanese group"); not a pronoun, which may be the outlet itself, and not another outlet."""
    if subject.ent_type_ == "MEDIA" or subject.pos_ == "PRON":
        return False
    return subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subject.pos_ in ("NOUN", "PROPN")


def _shares_subject(verb: Token) -> bool:
    """A cue verb that carries on its neighbour's subject: "and told ...", ", adding that ..."."""
    return verb.dep_ in ("conj", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _modifier(token: Token) -> bool:
    """'so-called', 'the much-cited report': a speech verb used as an adjective attributes nothing."""
    return token.dep_ == "amod" or (token.i > 0 and token.doc[token.i - 1].text == "-")


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)
