"""Claims: what an actor asserts as fact, with the status the article itself gives it.

A claim is a statement that asserts something checkable (responsibility for an attack, blame, a denial, a toll):
a quote whose cue says so ("claimed", "alleged", "denied") or whose words report an act or a figure. Its status is
read from what follows it: another party's denial or contradiction, a confirmation, a fact-checker's verdict, or the
publisher's own comment section ("Comment: ..."), which speaks for the publisher about the claims it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Claim, Entity, Quote
from ..names import normalize_name
from .fact_actors import ActorFinder
from .fact_lexicon import FactLexicon
from .statement_events import Tokens

_WINDOW = 700  # characters after a claim in which an assessment of it is looked for
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z\"“])")
_APPOSED_DENIAL = re.compile(r",\s+(?:an?|the)\s+(?:accusation|charge|claim|allegation)s?\b[^.;]{0,60}?\b"
                             r"(?:denie[sd]|deny|reject(?:s|ed)?|dismiss(?:es|ed)?|refute[sd]?)\b")
_APPOSED_DISPUTE = re.compile(r",\s+(?:an?\s+|the\s+)?(?:accusation|charge|claim|allegation|figure|toll|account)s?\b"
                              r"[^.;]{0,40}?\b(?P<verb>disputed|contradicted|challenged|questioned|denied|rejected)"
                              r"\s+by\b[^.;]{1,80}")
_DENIAL_OPENING = re.compile(r"\s*(?:no truth|baseless|not true|fabricat|lies\b|false)", re.IGNORECASE)
_DISPUTED_BY = re.compile(r"\b(?:disputed|contradicted|challenged|questioned) by\b")
_OWN_VOICE_ORDER = ("debunked", "unverified", "confirmed")
_REPLY_STATUS = {"deny": "denied", "reject": "denied", "dismiss": "denied", "confirm": "confirmed",
                 "acknowledge": "confirmed", "dispute": "disputed", "contradict": "disputed", "counter": "disputed"}


@dataclass(frozen=True)
class _Reply:
    speaker: str
    resolved: bool
    status: str
    start: int
    text: str = ""


_STOP = frozenset({"their", "there", "these", "those", "which", "would", "could", "about", "after", "before", "where",
                   "while", "other", "being", "because", "since", "against", "under", "every", "still", "should"})


def _other_party(finder: ActorFinder, start: int, end: int, claimant: str | None) -> Entity | None:
    """The first party named in [start, end) other than the claimant (and no outlet): who answers the claim."""
    own = normalize_name(claimant or "")
    return next((e for _p, e in finder.within(start, end) if normalize_name(e.name) != own and e.type != "MEDIA"),
                None)


def _shared_words(a: str, b: str) -> int:
    """Content words two statements share: a rejection answers a claim it echoes."""
    def words(t: str) -> set[str]:
        return {w for w in re.findall(r"[a-z][a-z-]{4,}", t.lower()) if w not in _STOP}
    return len(words(a) & words(b))


class ClaimFinder:
    def __init__(self, lex: FactLexicon) -> None:
        self.lex = lex
        heads = "|".join(re.escape(h) for h in sorted(lex.comment_heads, key=len, reverse=True))
        self._comment = re.compile(rf"^\s*(?:{heads})\s*[:—–-]", re.IGNORECASE | re.MULTILINE)

    def find(self, text: str, quotes: list[Quote], tokens: Tokens, entities: list[Entity], finder: ActorFinder,
             publisher: str | None, body_from: int = 0, forced: frozenset[int] | set[int] = frozenset(),
             rejections: list[Quote] | None = None) -> list[Claim]:
        """Claims in text order; `forced` holds (by id) quotes that tell an alleged act, which are claims whatever
        their cue."""
        comment = self._comment_section(text, body_from)
        replies = self._replies(quotes, tokens, rejections or [])
        by_name = {e.name: e for e in entities}
        out: list[Claim] = []
        for q in quotes:
            if q.kind == "event" or not q.speaker or not (id(q) in forced or self._is_claim(q, tokens)):
                continue
            claim = Claim(claimant=q.speaker, text=q.text, evidence=q.evidence, date=q.date)
            self._assess(claim, q, text, replies, comment, by_name, publisher, finder)
            out.append(claim)
        return out

    def _is_claim(self, q: Quote, tokens: Tokens) -> bool:
        found = tokens.cue_token(q)
        lemma = found[0].lemma_.lower() if found is not None else ((q.cue or "").split() or [""])[0].lower()
        if lemma in self.lex.claim_cues:
            return True
        return self.lex.claim_content is not None and self.lex.claim_content.search(q.text) is not None

    def _replies(self, quotes: list[Quote], tokens: Tokens, rejections: list[Quote] = ()) -> list[_Reply]:  # type: ignore[assignment]
        """Statements that answer an earlier one: by their cue ("denied", "confirmed"), their opening words ("no
        truth"), or because they are rejections (`rejections`, the quotes that carry a REJECT act)."""
        out = []
        rejecting = {id(r) for r in rejections}
        for q in quotes:
            found = tokens.cue_token(q)
            lemma = found[0].lemma_.lower() if found is not None else ""
            status = _REPLY_STATUS.get(lemma)
            if status is None and _DENIAL_OPENING.match(q.text):
                status = "denied"
            if status is None and id(q) in rejecting:
                status = "contradicts"
            if status is not None and q.speaker:
                out.append(_Reply(q.speaker, q.speaker_resolved, status, q.start, q.text))
        return out

    def _assess(self, claim: Claim, q: Quote, text: str, replies: list[_Reply], comment: tuple[int, int] | None,
                by_name: dict[str, Entity], publisher: str | None, finder: ActorFinder) -> None:
        # another party answering it
        for r in replies:
            if q.end <= r.start <= q.end + _WINDOW and normalize_name(r.speaker) != normalize_name(q.speaker or ""):
                named = self._names(q.text, r.speaker, by_name)
                if r.status == "contradicts":
                    if not (named or _shared_words(q.text, r.text) >= 2):
                        continue  # a rejection of something else
                    claim.status, claim.assessed_by = ("denied" if named else "disputed"), r.speaker
                    return
                if not named:
                    continue  # an answer by someone the claim does not name is not about it
                claim.status, claim.assessed_by = r.status, r.speaker
                return
        # an answer in apposition: "..., a charge the UN has repeatedly dismissed" (inside or just after the words)
        m = _APPOSED_DISPUTE.search(text, q.start, q.evidence.end)
        if m is not None:  # "..., claims that were quickly disputed by the Israeli military"
            who = _other_party(finder, m.end("verb"), m.end(), q.speaker)
            if who is not None:
                claim.status, claim.assessed_by = "disputed", who.name
                return
        m = _APPOSED_DENIAL.search(text, q.start, q.evidence.end)
        if m is not None:
            who = _other_party(finder, m.start(), m.end(), q.speaker)
            if who is None:
                who = finder.salient_or_last(m.start())
            if who is not None and normalize_name(who.name) != normalize_name(q.speaker or ""):
                claim.status, claim.assessed_by = "denied", who.name
                return
        # another party's answer told in the article's voice: "Hezbollah denied the accusation"
        after = text[q.evidence.end:q.evidence.end + _WINDOW]
        first = _SENTENCE_END.split(after.strip(), maxsplit=2)[:2]
        lead = len(after) - len(after.lstrip())
        at = q.evidence.end + lead
        rest = text[q.end:q.evidence.end]
        for start, sentence in [(q.end, rest)] + [(0, s) for s in first]:
            if start == 0:
                start, at = at, at + len(sentence) + 1
            if _DISPUTED_BY.search(sentence):
                who = _other_party(finder, start, start + len(sentence), q.speaker)
                if who is not None:
                    claim.status, claim.assessed_by = "disputed", who.name
                    return
            if self.lex.denial is None or not self.lex.denial.search(sentence):
                continue
            who = _other_party(finder, start, start + len(sentence), q.speaker)
            if who is None:
                continue
            if self._names(q.text, who.name, by_name) or (
                    self.lex.accusation is not None and self.lex.accusation.search(sentence)):
                claim.status, claim.assessed_by = "denied", who.name
                return
        tail = text[q.end:q.evidence.end] + " " + " ".join(first)
        for status in _OWN_VOICE_ORDER:
            pattern = self.lex.status_cues.get(status)
            if pattern is not None and pattern.search(tail):
                claim.status = status
                return
        # the publisher's comment section, when it speaks of this claimant
        if comment is not None and q.start < comment[0]:
            section = text[comment[0]:comment[1]]
            pattern = self.lex.status_cues.get("false")
            if pattern is not None and pattern.search(section) and self._names(section, q.speaker or "", by_name):
                claim.status, claim.assessed_by = "false", publisher or "publisher"

    @staticmethod
    def _names(passage: str, name: str, by_name: dict[str, Entity]) -> bool:
        """Whether `passage` names the actor `name` by any of its forms."""
        ent = by_name.get(name)
        forms = {name, *(ent.aliases if ent else ()), *(m.text for m in ent.mentions)} if ent else {name}
        low = passage.lower()
        return any(f and len(f) > 2 and f.lower() in low for f in forms)

    def _comment_section(self, text: str, body_from: int) -> tuple[int, int] | None:
        m = None
        for m in self._comment.finditer(text, body_from):
            pass
        if m is None:
            return None
        return m.start(), len(text)
