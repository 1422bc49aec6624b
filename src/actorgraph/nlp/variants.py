"""Spelling variants of a name that English reporting uses interchangeably.

Transliterated Arabic names wander between "al-Mayadeen", "al Mayadeen" and "Al-Mayadeen", and between straight
and curly apostrophes ("Kata'ib", "Kata’ib"); a pack lists one form and the matcher must find all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_APOSTROPHES = "'\u2019\u2018`\u02bc"
# "US Treasury" / "U.S. Treasury": two-letter state abbreviations are written with and without dots.
_US_DOTTED = re.compile(r"\b(US|UK|UN|EU)\b(?!\.)")
_US_DOTS = re.compile(r"\b([A-Z])\.([A-Z])\.(?=\s|$)")


def article_pattern(articles: Iterable[str]) -> re.Pattern[str]:
    words = sorted({a.rstrip("-").lower() for a in articles if a.strip("-")}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")([- ])(?=\w)", re.I)


def name_variants(name: str, articles: re.Pattern[str]) -> set[str]:
    """The name plus its hyphen/space article forms and apostrophe forms (case is handled by the matcher)."""
    out = {name}
    out.add(articles.sub(lambda m: m.group(1) + ("-" if m.group(2) == " " else " "), name))
    out.add(articles.sub(lambda m: m.group(1) + "-", name))
    out.add(articles.sub(lambda m: m.group(1) + " ", name))
    for form in list(out):
        out.add(_US_DOTTED.sub(lambda m: m.group(1)[0] + "." + m.group(1)[1] + ".", form))
        out.add(_US_DOTS.sub(lambda m: m.group(1) + m.group(2), form))
    for form in list(out):
        if any(ch in form for ch in _APOSTROPHES):
            for ap in ("'", "\u2019"):
                out.add(re.sub(f"[{_APOSTROPHES}]", ap, form))
    return {v for v in out if v.strip()}


def is_acronym(name: str) -> bool:
    """Short all-capital names (KH, AAH, IRGC-QF) must match in capitals only, or 'kh' in any word would match."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(name) <= 8 and all(c.isupper() for c in letters)
