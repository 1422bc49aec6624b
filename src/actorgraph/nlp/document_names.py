"""Names a whole document vouches for, added to the model's mentions before entities are assembled.

The model reads each chunk on its own; some names are settled by the document: the byline's publication and author,
and a surname once the full name has been given. These passes work on raw mentions in document offsets.
"""

from __future__ import annotations

import bisect
import re

from ..model import Document
from .entities import RawMention


def with_publisher(doc: Document, mentions: list[RawMention]) -> list[RawMention]:
    """The byline's publication is an outlet and its author a person wherever the text names them ("told the
    Baghdad Observer"), even when the model reads "Baghdad" as a place or "Cedar Ledger" as a person."""
    named = [(doc.outlet, "MEDIA")]
    if doc.author and re.fullmatch(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}", doc.author):
        named.append((doc.author, "PERSON"))
    for name, label in named:
        if name and len(name) >= 3:
            mentions = _named_as(doc, mentions, name, label)
    return mentions


def with_surnames(doc: Document, mentions: list[RawMention]) -> list[RawMention]:
    """One sense per discourse: once "Mazloum Abdi" is named, a later bare "Abdi" (or "Al-Kaabi" after "Akram
    al-Kaabi") is that person even where the model missed it."""
    surnames: set[str] = set()
    for m in mentions:
        words = m.text.split()
        if m.label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
            last = words[-1]
            surnames.add(last.split("-", 1)[1] if last.lower().startswith(("al-", "el-")) else last)
    surnames = {w for w in surnames if len(w) >= 3 and w.isalpha()}
    if not surnames:
        return mentions
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    pattern = re.compile(r"(?<![\w-])(?:[Aa]l-|[Ee]l-)?(?:" + "|".join(map(re.escape, sorted(surnames))) + r")(?![\w-])")
    added = []
    for match in pattern.finditer(doc.text, doc.body_start):
        i = bisect.bisect_right(starts, match.start()) - 1
        if i >= 0 and taken[i][1] > match.start() or i + 1 < len(taken) and taken[i + 1][0] < match.end():
            continue
        added.append(RawMention(match.start(), match.end(), match.group(), "PERSON"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _named_as(doc: Document, mentions: list[RawMention], name: str, label: str) -> list[RawMention]:
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    spans = [(m.start(), m.end()) for m in pattern.finditer(doc.text, doc.body_start)]
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(m.start < e and m.end > s for s, e in spans)]
    kb = next((m.kb_id for m in mentions for s, e in spans if (m.start, m.end) == (s, e) and m.label == label), "")
    kept.extend(RawMention(s, e, doc.text[s:e], label, kb) for s, e in spans)
    kept.sort(key=lambda m: m.start)
    return kept
