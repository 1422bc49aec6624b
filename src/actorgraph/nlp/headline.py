"""Headline case: In A Title Like This One, capitals no longer mark names, so the statistical NER guesses wildly.

Within such a title only names we can vouch for are kept: those the packs know, and those the body of the same
article also names.
"""

from __future__ import annotations

import re

from ..names import normalize_name

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "is"}


def title_span(text: str, body_start: int) -> tuple[int, int]:
    """Character range of the title line (the first non-blank line of the body)."""
    start = body_start
    while start < len(text) and text[start] in "\r\n":
        start += 1
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


def is_headline_case(line: str) -> bool:
    words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL]
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.8


def keep_in_headline(mention_text: str, kb_id: str, body_names: set[str]) -> bool:
    return bool(kb_id) or normalize_name(mention_text) in body_names
