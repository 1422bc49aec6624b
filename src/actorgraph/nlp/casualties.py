"""Killed and wounded figures in a sentence: "killing at least 156", "three dead and dozens wounded".

A count is the integer best figure plus the contract's qualifier; a vague count ("dozens") takes the least it implies
with "at least". Counts are read from the surface text, not the parse: figures sit in lists, parentheses and
participial tails that the parser attaches in many ways, while the words around them are stable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fact_lexicon import FactLexicon

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
_NUMBER = (r"\d{1,3}(?:,\d{3})+|\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
           r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
           r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"(?:\s+hundred)?")
# Nouns between a figure and its verb: "27 members of the brigade were killed", "three Iraqi soldiers".
_FILLER = r"(?:[\w’'-]+\s+){0,6}?"


@dataclass(frozen=True)
class Count:
    value: int
    qualifier: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Casualties:
    killed: Count | None = None
    wounded: Count | None = None

    def __bool__(self) -> bool:
        return self.killed is not None or self.wounded is not None


def _value(raw: str) -> int | None:
    raw = raw.lower().strip()
    if re.fullmatch(r"[\d,]+", raw):
        return int(raw.replace(",", ""))
    total = 0
    hundred = raw.endswith("hundred")
    raw = raw.replace("hundred", "").strip()
    for part in raw.split("-"):
        if part not in _UNITS:
            return None
        total += _UNITS[part]
    return total * 100 if hundred else total


class CasualtyReader:
    def __init__(self, lex: FactLexicon) -> None:
        self.lex = lex
        vague = "|".join(re.escape(v) for v in sorted(lex.vague_counts, key=len, reverse=True))
        quals = "|".join(re.escape(q) for q in sorted(lex.qualifiers, key=len, reverse=True))
        figure = rf"(?P<qual>(?:{quals})\s+)?(?:(?P<num>{_NUMBER})|(?P<vague>{vague}))"
        killed = "|".join(re.escape(w) for w in sorted(lex.killed_words, key=len, reverse=True))
        wounded = "|".join(re.escape(w) for w in sorted(lex.wounded_words, key=len, reverse=True))
        verb = r"(?:(?:were|was|have been|had been|has been|are|is|being|been|reportedly|also|later)\s+){0,3}"
        # "three were killed", "27 members of X were killed", "156 dead"
        self._before = {
            kind: re.compile(rf"(?<![\w.,-]){figure}\s+(?!(?:of\s+)?(?:{quals})\b){_FILLER}{verb}(?:{words})\b",
                             re.IGNORECASE)
            for kind, words in (("killed", killed), ("wounded", wounded))
        }
        # "killing at least 156", "left three dead" handled by the first; "the death toll rose to 12"
        every = "|".join(re.escape(w) for w in sorted(lex.killed_words | lex.wounded_words, key=len, reverse=True))
        # "killed three soldiers and wounded dozens": three is the object of "killed", not the subject of "wounded"
        self._object_of = re.compile(rf"\b(?:{every})\s+$", re.IGNORECASE)
        self._figure = re.compile(rf"^(?:the\s+)?{figure}(?![\w-])", re.IGNORECASE)
        zero = "|".join(re.escape(w) for w in sorted(lex.no_casualties, key=len, reverse=True))
        self._zero = re.compile(rf"\b(?:{zero})\b", re.IGNORECASE) if zero else None
        self._after = {
            kind: re.compile(rf"\b(?:{words})\s+(?:(?:rose|climbed|reached|stood|stands|to|at|of|up|more|than|the)"
                             rf"\s+){{0,3}}{figure}(?![\w-])", re.IGNORECASE)
            for kind, words in (("killed", killed), ("wounded", wounded))
        }

    def read(self, sentence: str, base: int = 0) -> Casualties:
        found: dict[str, Count] = {}
        for kind in ("killed", "wounded"):
            hits = [m for m in self._before[kind].finditer(sentence)
                    if not self._object_of.search(sentence[max(0, m.start() - 30):m.start()])]
            hits += list(self._after[kind].finditer(sentence))
            for m in sorted(hits, key=lambda m: m.start()):
                count = self._count(m, base)
                if count is not None and not _not_a_toll(sentence, m):
                    found[kind] = count
                    break
        return Casualties(found.get("killed"), found.get("wounded"))

    def figure(self, words: str, base: int = 0) -> Count | None:
        """The count a description of victims opens with: "three American soldiers", "dozens of officers"."""
        m = self._figure.match(words)
        return self._count(m, base) if m is not None else None

    def none_hurt(self, sentence: str) -> bool:
        """"The attack caused no casualties": a toll of zero killed and zero wounded."""
        return self._zero is not None and self._zero.search(sentence) is not None

    def _count(self, m: re.Match[str], base: int) -> Count | None:
        qual_raw = (m.group("qual") or "").strip().lower()
        qualifier = self.lex.qualifiers.get(qual_raw) if qual_raw else None
        if m.group("vague"):
            value = self.lex.vague_counts[m.group("vague").lower()]
            qualifier = "at least"
        else:
            value = _value(m.group("num"))
        if value is None or value > 1_000_000:
            return None
        return Count(value, qualifier, base + m.start(), base + m.end())


def _not_a_toll(sentence: str, m: re.Match[str]) -> bool:
    """A year ("In 2019 ... killed") or a number in a name ("Tower 22 ... killed") is no count of the dead."""
    num = m.group("num") or ""
    at = m.start("num") if num else 0
    if num and num[0].isdigit() and re.search(r"(?<![.!?]\s)\b[A-Z][\w-]*\s+$", sentence[max(0, at - 20):at]) \
            and at > 0 and not re.match(r"\s*[A-Z][\w-]*\s+$", sentence[:at]):
        return True  # "Tower 22", "Brigade 50": a number in a name
    return bool(re.fullmatch(r"(19|20)\d\d", num)) and not sentence[m.end("num"):m.end("num") + 1] == ","
