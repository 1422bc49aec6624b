"""Name normalisation shared by in-document grouping (nlp) and cross-document resolution (kb).

Neither layer may import the other, so the one definition of "these two strings are the same name" lives here.
"""

from __future__ import annotations

import re
import unicodedata

_ARTICLE = re.compile(r"\b(?:al|el|ar|as|ash|ad|an|at|az|adh)[- ](?=\w)", re.I)
_APOS = re.compile(r"['\u2019\u2018`\u02bc]")
_NON_WORD = re.compile(r"[^\w]+")
_THE = re.compile(r"^the\s+", re.I)


def normalize_name(name: str) -> str:
    """Lower-case key with the Arabic article, apostrophes, accents and punctuation removed.

    "Kata'ib Hizballah" and "Kataib Hizballah", "al-Mayadeen" and "Al Mayadeen" give the same key; spelling
    variants that differ in letters (Hizballah / Hezbollah) do not, on purpose: that is entity resolution's job.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _THE.sub("", text.strip())
    text = _APOS.sub("", text)
    text = _ARTICLE.sub("", text)
    text = _NON_WORD.sub(" ", text.lower())
    return " ".join(text.split())


def last_name_key(name: str) -> str:
    """Key of a person's family name ('Akram al-Kaabi' -> 'kaabi'), for short forms later in a text."""
    key = normalize_name(name)
    return key.rsplit(" ", 1)[-1] if key else ""


def head_noun(name: str) -> str:
    """The word a name is built on: the one before a preposition ("Council" in "Council of the European Union",
    "Department" in "Department of Migrant Workers", "Mission" in "... Mission in Somalia"), else the last word.
    Case as written."""
    words = name.split()
    for i, w in enumerate(words[1:], 1):
        if w in ("of", "for", "in", "to", "on"):
            return words[i - 1]
    return words[-1] if words else ""
