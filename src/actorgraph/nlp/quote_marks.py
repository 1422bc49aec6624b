"""Pair quotation marks paragraph by paragraph, so one unpaired mark costs at most one quote.

Curly, straight and angle marks are read with their context: a straight mark after a space and before a letter opens,
one after a letter closes. A quote still open at the end of its paragraph is kept only when the next paragraph opens
with a mark (the press convention for a statement quoted over several paragraphs); otherwise that one opening mark is
dropped and reading resumes after it. Marks inside an open quote of another family are content (quotes in quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = {"“": "curly", "«": "angle", "„": "curly", '"': "straight"}
_CLOSE = {"”": ("curly", "straight"), "»": ("angle",), '"': ("straight", "curly"), "“": ()}
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SPACE_BEFORE = set(" \t\n([{—–-/") | {""}


@dataclass(frozen=True)
class MarkedQuote:
    """Text between a pair of marks (marks excluded); `continues` / `continued` link paragraphs of one statement."""

    start: int
    end: int
    paragraph: int
    continues: bool = False
    continued: bool = False


def paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for match in _PARAGRAPH.finditer(text):
        out.append((pos, match.start()))
        pos = match.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def inside_marks(text: str, start: int, at: int) -> bool:
    """Whether `at` stands inside quote marks opened since `start` (a sentence or paragraph start): a cheap reading
    for the rules that only need to know which side of the marks a word is on."""
    depth = 0
    for ch in text[start:at]:
        if ch == '"':
            depth = 1 - depth
        elif ch in "\u201c\u00ab":
            depth += 1
        elif ch in "\u201d\u00bb":
            depth = max(0, depth - 1)
    return depth > 0


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "“«„":
        return True
    if ch != '"':
        return False
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return (before in _SPACE_BEFORE or before in "“‘'") and after not in ("", " ", "\n", "\t")


def _closes(text: str, i: int, family: str) -> bool:
    ch = text[i]
    if ch in ("”", "»"):
        return family in _CLOSE[ch]
    if ch != '"':
        return False
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if before in (" ", "\n", "\t") and after not in ("", " ", "\n", "\t", ".", ",", ";", ":", "?", "!", ")"):
        return False  # looks like an opening mark: the earlier one was unpaired
    return family in ("straight", "curly")


def find_marked_quotes(text: str) -> list[MarkedQuote]:
    quotes: list[MarkedQuote] = []
    paras = paragraphs(text)
    carry = False  # the previous paragraph ended inside a quote that this one continues
    for index, (p_start, p_end) in enumerate(paras):
        open_at: int | None = None
        family = ""
        continued_here = False
        i = p_start
        while i < p_end:
            ch = text[i]
            if open_at is None:
                if _opens(text, i):
                    open_at, family = i, _OPEN[ch]
                    continued_here = carry and not text[p_start:i].strip()
            elif _closes(text, i, family):
                quotes.append(_make(text, open_at + 1, i, index, continued=continued_here))
                open_at, continued_here = None, False
            elif ch in "“«" and family != "straight" and _OPEN[ch] == family:
                open_at = i  # a second opening mark of the same family: the first was never closed
                continued_here = False
            i += 1
        carry = False
        if open_at is not None:
            next_opens = index + 1 < len(paras) and text[paras[index + 1][0]] in _OPEN
            if next_opens:
                quotes.append(_make(text, open_at + 1, p_end, index, continues=True, continued=continued_here))
                carry = True
    return [q for q in quotes if q.end > q.start]


def _make(text: str, start: int, end: int, paragraph: int, continues: bool = False,
          continued: bool = False) -> MarkedQuote:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return MarkedQuote(start, end, paragraph, continues, continued)
