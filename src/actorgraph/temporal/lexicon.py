"""The temporal lexicon from the pack's `temporal` rules, turned into the lookup tables and regex parts the finder uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import PackError


def _alternation(words: list[str]) -> str:
    """Longest first, so 'September' wins over 'Sep' and 'in the coming weeks' over 'in the coming'."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass
class TemporalLexicon:
    months: dict[str, int] = field(default_factory=dict)
    month_full: set[str] = field(default_factory=set)
    weekdays: dict[str, int] = field(default_factory=dict)
    weekday_full: set[str] = field(default_factory=set)
    seasons: dict[str, str] = field(default_factory=dict)
    qualifiers: dict[str, str] = field(default_factory=dict)
    references: dict[str, str] = field(default_factory=dict)
    deictic_days: dict[str, int] = field(default_factory=dict)
    day_parts: list[str] = field(default_factory=list)
    numbers: dict[str, int | None] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    relative: dict[str, int] = field(default_factory=dict)
    since: list[str] = field(default_factory=list)
    until: list[str] = field(default_factory=list)
    sets: dict[str, str] = field(default_factory=dict)
    future_markers: set[str] = field(default_factory=set)
    anaphoric: dict[str, int] = field(default_factory=dict)
    offset_words: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_rules(cls, rules: dict[str, Any]) -> TemporalLexicon:
        raw = rules.get("temporal")
        if not isinstance(raw, dict):
            raise PackError("The pack has no 'temporal' rules; the bundled temporal.yaml is missing or was replaced.")
        lex = cls()
        try:
            for number, names in raw["months"].items():
                lex.month_full.add(names[0].lower())
                for name in names:
                    lex.months[name.lower()] = int(number)
            for number, names in raw["weekdays"].items():
                lex.weekday_full.add(names[0].lower())
                for name in names:
                    lex.weekdays[name.lower()] = int(number)
            lex.seasons = {w.lower(): code for code, words in raw["seasons"].items() for w in words}
            lex.qualifiers = {w.lower(): q for q, words in raw["qualifiers"].items() for w in words}
            lex.references = {w.lower(): ref for ref, words in raw["references"].items() for w in words}
            lex.deictic_days = {str(k).lower(): int(v) for k, v in raw["deictic_days"].items()}
            lex.day_parts = [str(p).lower() for p in raw["day_parts"]]
            lex.numbers = {str(k).lower(): (None if v is None else int(v)) for k, v in raw["numbers"].items()}
            lex.ordinals = {str(k).lower(): int(v) for k, v in raw["ordinals"].items()}
            lex.units = {str(k).lower(): str(v) for k, v in raw["units"].items()}
            lex.relative = {str(k).lower(): int(v) for k, v in raw["relative"].items()}
            lex.since = [str(w).lower() for w in raw["since"]]
            lex.until = [str(w).lower() for w in raw["until"]]
            lex.sets = {str(k).lower(): str(v) for k, v in raw["sets"].items()}
            lex.future_markers = {str(w).lower() for w in raw["future_markers"]}
            lex.anaphoric = {str(k).lower(): int(v) for k, v in raw["anaphoric"].items()}
            lex.offset_words = {str(k).lower(): int(v) for k, v in raw["offset_words"].items()}
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise PackError(f"The pack's 'temporal' rules are malformed ({exc!r}); compare with packs/data/temporal.yaml.") from None
        return lex

    # Regex parts -----------------------------------------------------------------------------------------------
    @property
    def month_re(self) -> str:
        return _alternation(list(self.months))

    @property
    def weekday_re(self) -> str:
        return _alternation(list(self.weekdays))

    @property
    def full_weekday_re(self) -> str:
        return _alternation(sorted(self.weekday_full))

    @property
    def season_re(self) -> str:
        return _alternation(list(self.seasons))

    @property
    def qualifier_re(self) -> str:
        return _alternation(list(self.qualifiers))

    @property
    def reference_re(self) -> str:
        return _alternation(list(self.references))

    @property
    def number_re(self) -> str:
        return _alternation(list(self.numbers)) + r"|\d+"

    @property
    def ordinal_re(self) -> str:
        return _alternation(list(self.ordinals))

    @property
    def unit_re(self) -> str:
        return "(?:" + _alternation(list(self.units)) + ")s?"

    @property
    def relative_re(self) -> str:
        return _alternation(list(self.relative))

    @property
    def anaphoric_re(self) -> str:
        return _alternation(list(self.anaphoric))

    @property
    def offset_re(self) -> str:
        return _alternation(list(self.offset_words))

    @property
    def span_re(self) -> str:
        return _alternation(self.since + self.until)

    def count(self, word: str) -> int | None:
        """"two" -> 2, "12" -> 12; "several" -> None (a count the text does not give)."""
        word = " ".join(word.lower().split())
        return int(word) if word.isdigit() else self.numbers.get(word)

    def unit_code(self, word: str) -> str:
        word = word.lower()
        return self.units.get(word) or self.units[word[:-1]]
