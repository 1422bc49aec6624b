"""spaCy component: a blank line always ends a sentence.

Headings, datelines and digest items often lack a full stop, and the parser then runs them into the next paragraph's
first sentence ("1. Khazali: no attacks\n\nQais al-Khazali told ..."), which hands a quote the heading as its speaker.
Setting the boundary before the parser runs keeps every later reading inside one paragraph.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("actorgraph_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2 or (token.whitespace_ == "" and "\n\n" in token.text):
            doc[token.i + 1].is_sent_start = True
        elif "\n\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc
