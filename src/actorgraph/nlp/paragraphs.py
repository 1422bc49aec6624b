"""spaCy component: a blank line always ends a sentence, and so do a dateline and a one-word label.

Headings, datelines and digest items often lack a full stop, and the parser then runs them into the next paragraph's
first sentence ("1. Khazali: no attacks\n\nQais al-Khazali told ..."), which hands a quote the heading as its speaker.
A wire dateline ("BAGHDAD, Jan 31 (Reuters) - Kataib Hezbollah said") and a label ("Claim: A graphic quotes ...")
do the same inside a paragraph: the parser makes "BAGHDAD" or "Claim" the subject of the verb. Setting the
boundaries before the parser runs keeps every later reading inside the real sentence.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

# "BAGHDAD, Jan 31 (Levant Wire) - ", "BEIRUT (AP) — ", "ADEN, Feb 20 - ": a capitalised place, optional date and
# agency, then a dash.
DATELINE = re.compile(r"[A-Z][A-Z'.]+(?:[ /-][A-Z][A-Z'.]+)*(?:,[^\n()\-–—]{1,40}?)?\s*(?:\([^()\n]{1,40}\)\s*)?"
                       r"(?:-{1,2}|–|—)\s+(?=\S)")
# "Claim: ", "Verdict: ", "Update: ": a short label before the sentence it introduces.
_LABEL = re.compile(r"[A-Z][a-z]+(?: [A-Za-z]+)?:\s+(?=[A-Z“\"«])")


@Language.component("actorgraph_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    starts = [0]
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2 or (token.whitespace_ == "" and "\n\n" in token.text):
            doc[token.i + 1].is_sent_start = True
            starts.append(token.i + 1)
        elif "\n\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
            starts.append(token.i + 1)
        elif (token.is_space and "\n" in token.text or "\n" in token.whitespace_) and _heading_line(doc.text, token):
            doc[token.i + 1].is_sent_start = True  # "17:45 GMT" or "Sunday, March 16" on a line of its own
    for i in starts:
        if i >= len(doc):
            continue
        offset = doc[i].idx
        match = DATELINE.match(doc.text, offset) or _LABEL.match(doc.text, offset)
        if match is None:
            continue
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span.start > i:
            doc[span.start].is_sent_start = True
    return doc


def _heading_line(text: str, token: Token) -> bool:
    """A short line with no closing punctuation before a single line break: a heading or an entry stamp, not a
    sentence that a hard-wrapped text broke in the middle (those lines are long)."""
    end = token.idx if token.is_space else token.idx + len(token.text)
    line = text[text.rfind("\n", 0, end) + 1:end].strip()
    return bool(line) and len(line.split()) <= 6 and line[-1] not in ".,;:!?\"'\u201d\u2019)"
