"""Dates for statements made at an occasion many people speak at: a Security Council session, a news conference, a
rally. Reporters date the occasion once ("X told the Security Council on Friday") and then let the other speakers
follow with a bare "said"; those statements were made that day, not on no day at all. The occasion lasts until a
statement from another day, a paragraph that leaves the scene ("Outside the chamber, ..."; "In Washington, ..."), or
a frame that moves the words in time ("said later that").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from ..model import Entity, Quote, TimeExpression
from .paragraphs import DATELINE
from .quote_lexicon import QuoteLexicon
from .quote_marks import inside_marks, paragraphs
from .quotes import QuoteCandidate


class Said(Protocol):
    quote: Quote
    candidate: QuoteCandidate

    @property
    def entity(self) -> Entity | None: ...


_PLACE_OPENER = re.compile(r"In [A-Z][\w-]+(?: [A-Z][\w-]+)?,")  # "In Washington, ..." moves the story elsewhere


class Occasions:
    def __init__(self, lex: QuoteLexicon) -> None:
        nouns = "|".join(re.escape(n) for n in sorted(lex.occasion_nouns, key=len, reverse=True))
        # the noun ends the phrase: "told the Security Council on Friday", not "at the National Security Council"
        self.occasion = re.compile(r"\b(?:told|addressed|addressing|at|during|before)\s+(?:the|a|an)\s+"
                                   r"(?:[\w-]+\s+){0,3}?(?i:" + nouns + r")\b(?!\s+[A-Z])")
        openers = "|".join(re.escape(w) for w in sorted(lex.scene_openers, key=len, reverse=True))
        self.scene_change = re.compile(r"(?:" + openers + r")\b", re.IGNORECASE)
        # the body that holds the occasion as the subject a paragraph opens with
        bodies = "|".join(re.escape(n) for n in sorted(lex.session_bodies, key=len, reverse=True))
        self.body_first = re.compile(r"(?:The\s+|[A-Z][\w-]+(?:'s|\u2019s)\s+)?(?:[A-Z][\w-]*\s+){0,3}(?i:" + bodies +
                                     r")\b(?!\s*[-,(])")
        self.another_time = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lex.other_time_words))) + r")\b",
                                       re.IGNORECASE)

    def openings(self, text: str, dates: Iterable[TimeExpression], body_from: int = 0,
                 published: str | None = None) -> list[tuple[int, str]]:
        """Paragraphs that open with the occasion's body acting on a day: "The Security Council on Friday authorised
        ...", "Lebanon's parliament elected ... on Thursday". (position, day) for each; a session still to come
        ("Parliament is expected to meet on December 29") is no occasion anyone spoke at."""
        days = [d for d in dates if d.value and d.precision in ("day", "time") and d.kind == "date"
                and d.start >= body_from and not (published and d.value[:10] > published[:10])]
        out: list[tuple[int, str]] = []
        for p_start, p_end in paragraphs(text):
            if p_start < body_from:
                continue
            dateline = DATELINE.match(text, p_start, p_end)
            start = dateline.end() if dateline else p_start
            stop = text.find(". ", start, p_end)
            stop = p_end if stop < 0 else stop
            if not self.body_first.match(text, start, stop):
                continue
            day = next((d for d in days if start <= d.start < stop and not inside_marks(text, start, d.start)), None)
            if day is not None:
                out.append((start, day.value[:10]))
        return out

    def at_another_time(self, text: str, cand: QuoteCandidate) -> bool:
        return bool(self.another_time.search(frame(text, cand)))

    def date(self, text: str, said: Iterable[Said], openings: Iterable[tuple[int, str]] = ()) -> None:
        """Give undated statements by people at a dated occasion its date, in place."""
        date: str | None = None
        opened = -1  # the paragraph the occasion opened in
        pending = sorted(openings)
        for item in said:
            cand, quote = item.candidate, item.quote
            while pending and pending[0][0] <= cand.evidence[0]:
                at, date = pending.pop(0)
                opened = text.rfind("\n", 0, at) + 1
            if cand.kind == "event" and not quote.date:
                continue
            opening = text[cand.paragraph:cand.paragraph + 40]
            if self.scene_change.match(opening) or _PLACE_OPENER.match(opening):
                date = None
            if quote.date:
                if cand.paragraph == opened:
                    continue  # "The Council met on Thursday after the committee confirmed on August 1 that ...": the
                    # opening paragraph's own background does not end the occasion it opens
                if quote.date != date:  # another day's statement ends the occasion, unless it opens one itself
                    date = quote.date if self.occasion.search(frame(text, cand)) else None
                continue
            entity = item.entity
            ref = cand.speaker
            # a person speaking there: named, or unnamed ("Britain's representative")
            person = entity.type == "PERSON" if entity is not None else (
                ref is not None and ref.category == "person" and not ref.plural and quote.speaker is not None)
            if date is not None and person and \
                    (cand.cue or "").lower() != "according to" and not self.at_another_time(text, cand):
                quote.date = date


def date_headings(text: str, dates: Iterable[TimeExpression], said: Iterable[Said], body_from: int = 0) -> None:
    """A live page or digest dates its entries by headings that are nothing but a day ("Sunday, March 16"): an
    undated statement under such a heading was made that day. In place."""
    headings: list[tuple[int, str]] = []
    for d in dates:
        if d.value is None or d.precision != "day" or d.kind != "date" or d.start < body_from:
            continue
        line_start = text.rfind("\n", 0, d.start) + 1
        line_end = text.find("\n", d.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        rest = (line[:d.start - line_start] + line[d.end - line_start:]).strip(" ,.:-\u2013\u2014")
        if not rest or _WEEKDAY.fullmatch(rest):
            headings.append((d.start, d.value[:10]))
    if len(headings) < 2:
        return  # one date alone on a line is a byline or a signature; a page dated by headings has several
    for item in said:
        quote, cand = item.quote, item.candidate
        if quote.date is not None:
            continue
        before = [value for start, value in headings if start < cand.start]
        if before:
            quote.date = before[-1]


_WEEKDAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.IGNORECASE)


def frame(text: str, cand: QuoteCandidate) -> str:
    """The sentence around the quoted words, without them: the words that frame the statement."""
    return text[cand.evidence[0]:cand.start] + " " + text[cand.end:cand.evidence[1]]

