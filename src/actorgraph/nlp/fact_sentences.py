"""The document's body sentences as the fact finders read them: the parsed sentence, its evidence span in document
offsets and the time expressions inside it.

Relations and events both walk every sentence and both need its dates; building the walk once per document keeps the
two from repeating it (and from each scanning every date of the document for every sentence).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span as SpacySpan

from ..model import Span, TimeExpression


@dataclass(frozen=True)
class FactSentence:
    sent: SpacySpan
    offset: int  # the offset of the chunk the sentence was parsed in
    evidence: Span  # the sentence in document offsets
    dates: list[TimeExpression]  # the time expressions that start inside it, in text order


def fact_sentences(text: str, docs: list[tuple[int, Doc]], dates: list[TimeExpression], body_from: int
                   ) -> list[FactSentence]:
    """The sentences from `body_from` on (a headline is a summary, not a statement of facts)."""
    ordered = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    out = []
    for offset, doc in docs:
        for sent in doc.sents:
            start, end = sent.start_char + offset, sent.end_char + offset
            if start < body_from:
                continue
            inside = ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
            out.append(FactSentence(sent, offset, Span(start, end, text[start:end]), inside))
    return out
