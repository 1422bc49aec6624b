"""Find temporal expressions in text with a small grammar of patterns built from the pack's temporal lexicon.

Every pattern runs over the whole text; where candidates overlap the longest wins, so "Dec. 1, 2017" is one date and
not a month plus a year. Impossible dates ("32 March", "February 30, 2019") are still *found*, so that their parts
cannot be picked up as lesser dates, and then dropped: the finder never turns bad input into a value.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from .lexicon import TemporalLexicon

_DETERMINERS = {"a", "an", "his", "her", "its", "their", "this", "that"}
# nouns a year may modify after a determiner ("a 2019 interview"); not measures ("a 2000 km border")
_YEAR_NOUNS = {
    "interview", "speech", "report", "statement", "video", "election", "elections", "war", "attack", "law",
    "agreement", "deal", "ceasefire", "truce", "offensive", "designation", "visit", "decision", "resolution",
    "fatwa", "uprising", "protests", "vote", "campaign", "survey", "study", "book", "letter", "decree", "sermon",
    "meeting", "summit", "raid", "strike", "invasion", "referendum", "accord", "memo", "rally", "broadcast",
}
# Words after which a bare four-digit number reads as a year ("in 2008"), not a count ("2008 fighters").
_YEAR_PRECEDERS = {
    "in", "since", "until", "till", "by", "through", "during", "of", "from", "to", "between", "and", "early", "late",
    "mid", "around", "before", "after", "the", "year", "summer", "spring", "autumn", "winter", "fall", "throughout",
    "circa", "or", "as", "late-", "mid-", "early-", "for", "within",
}
# Words before "that day" / "that night" that make it a time, not the conjunction "that" before a noun.
_ANAPHOR_PRECEDERS = {"on", "by", "of", "until", "till", "since", "from", "at", "during", "later", "earlier", "for",
                      "throughout", "before", "after", "in", "into", "all", "only", "same", "until"}
_CLAUSE_AFTER = r"\s+(?:that|when|as|and|but|he|she|they|it|we|i)\b"
_SPEECH_BEFORE = {"said", "says", "say", "told", "tells", "added", "warned", "claimed", "denied", "stated", "noted",
                  "announced", "insisted", "argued", "reported", "wrote", "believe", "believed", "knew", "know"}
_SEASON_PRECEDERS = {"in", "during", "over", "through", "by", "until", "since", "the", "this", "last", "next", "that"}


@dataclass(frozen=True)
class Found:
    """One expression as written: which pattern found it and the parts it captured, not yet resolved."""

    start: int
    end: int
    text: str
    rule: str
    parts: dict[str, str] = field(default_factory=dict)
    invalid: bool = False


class TemporalFinder:
    def __init__(self, lexicon: TemporalLexicon) -> None:
        self.lex = lexicon
        lx = lexicon
        pre = rf"(?:(?P<span>{lx.span_re})\s+)?(?:(?P<qual>{lx.qualifier_re})(?:\s+|-))?"
        parts = "|".join(lx.day_parts)
        day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
        year = r"(?P<y>\d{4})(?!\d)"
        patterns = {
            "iso": rf"{pre}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?!\d)",
            "mdy": rf"{pre}(?:(?P<wd>{lx.weekday_re})\.?,?\s+)?(?P<mon>{lx.month_re})\.?\s+{day}(?:,?\s+{year})?",
            "dmy": rf"{pre}(?:(?P<wd>{lx.weekday_re})\.?,?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?(?P<mon>{lx.month_re})\b\.?(?:,?\s+{year})?",
            "month_year": rf"{pre}(?P<mon>{lx.month_re})\.?,?\s+(?:of\s+)?{year}",
            "month": rf"{pre}(?:(?P<rel>{lx.relative_re})\s+)?(?P<mon>{lx.month_re})\b",
            "season": rf"{pre}(?:(?P<rel>{lx.relative_re})\s+|the\s+)?(?P<season>{lx.season_re})(?:\s+(?:of\s+)?{year})?",
            "quarter": rf"{pre}(?:the\s+)?(?P<ord>{lx.ordinal_re})\s+quarter(?:\s+of\s+(?:{year}|(?P<rel>{lx.relative_re})\s+year|the\s+year))?",
            "quarter_code": rf"{pre}Q(?P<q>[1-4])\s+{year}",
            "decade": rf"(?:(?P<span>{lx.span_re})\s+)?(?:the\s+)?(?:(?P<qual>early|mid|late)[\s-]+)?(?P<dec>(?:1[89]|20)\d)0s",
            "year": rf"{pre}(?<!\d){year}",
            "rel_unit": rf"{pre}(?P<rel>{lx.relative_re})\s+(?P<unit>week|weekend|month|year|decade)",
            "this_period": rf"{pre}(?P<el>earlier|later)\s+(?P<rel>this|last|next)\s+(?P<unit>week|month|year)",
            "ago": rf"{pre}(?P<num>{lx.number_re})\s+(?P<unit>{lx.unit_re})\s+(?:ago|before\s+now)",
            "deictic": rf"{pre}(?P<deictic>{'|'.join(map(re.escape, lx.deictic_days))})(?:\s+(?P<part>{parts}))?",
            "weekday": rf"{pre}(?:(?P<rel>{lx.relative_re})\s+)?(?P<wd>{lx.full_weekday_re})(?:\s+(?P<part>{parts}))?",
            "duration": rf"(?:(?P<pre>for|over|during|within)\s+)?(?:the\s+)?(?:(?P<rel>past|last|next|coming|previous)\s+)?(?P<num>{lx.number_re})\s+(?P<unit>{lx.unit_re})",
            "anaphoric": rf"{pre}(?:(?P<the>the)\s+)?(?P<ana>{lx.anaphoric_re})\s+(?P<aunit>day|{parts}|week|month|year)",
            "day_before": rf"the\s+(?P<aunit>day|{parts}|week|month|year)\s+(?P<dir>before|after)(?=\s*(?:[,.;:)]|$))",
            "offset": rf"(?P<num>{lx.number_re})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>{lx.offset_re})",
            "reference": rf"(?P<ref>{lx.reference_re})",
            "every": rf"every\s+(?P<every>{lx.full_weekday_re}|day|week|month|year)",
            "set": rf"(?P<setword>{'|'.join(map(re.escape, lx.sets))})",
            # a live page's entry stamp at the start of a line ("07:05 —", "17:45 GMT"): that day's time
            "clock_entry": r"(?:(?<=\n)|^)(?P<hh>[01]?\d|2[0-3])[:.](?P<mm>[0-5]\d)(?:\s?(?P<ampm>[ap]\.m\.|[ap]m))?"
                           r"(?:\s+(?P<tz>GMT|UTC))?(?=[ \t]*(?:[-\u2013\u2014:|]|\n))",
            # a clock time in a sentence, with its a.m./p.m. ("at about 6:40 pm", "by 4 a.m. Tehran time")
            "clock": r"(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mm>[0-5]\d))?\s?(?P<ampm>[ap]\.m\.|[ap]m)"
                     r"(?:\s+(?P<tz>GMT|UTC|local time|[A-Z][a-z]+ time))?",
        }
        self.patterns = {
            name: re.compile(rf"(?<![\w-]){body}(?![\w])", re.IGNORECASE) for name, body in patterns.items()
        }
        # "Tehran time" names a zone with a capital; IGNORECASE would let "the time" in
        self.patterns["clock"] = re.compile(rf"(?<![\w-]){patterns['clock']}(?![\w])")

    def find(self, text: str) -> list[Found]:
        candidates: list[Found] = []
        for rule, pattern in self.patterns.items():
            for match in pattern.finditer(text):
                found = self._check(rule, match, text)
                if found is not None:
                    candidates.append(found)
        candidates.sort(key=lambda f: (f.start - f.end, f.start))
        taken: list[Found] = []
        for cand in candidates:
            if all(cand.end <= t.start or cand.start >= t.end for t in taken):
                taken.append(cand)
        return sorted((f for f in taken if not f.invalid), key=lambda f: f.start)

    def _check(self, rule: str, match: re.Match[str], text: str) -> Found | None:
        parts = {k: v for k, v in match.groupdict().items() if v is not None}
        start, end = match.start(), match.end()
        if match.group(0).endswith(".") and rule in ("mdy", "dmy", "month", "month_year"):
            end -= 1  # a month abbreviation's full stop stays, a sentence's does not
            if parts.get("mon", "").lower() not in self.lex.month_full:
                end += 1
        body = text[start:end]
        if "mon" in parts and not self._month_ok(parts["mon"], rule):
            return None
        if "wd" in parts and rule == "weekday" and not parts["wd"][0].isupper():
            return None
        if "wd" in parts and rule in ("mdy", "dmy") and not parts["wd"][0].isupper():
            return None
        if rule == "year" and not (parts.get("span") or parts.get("qual")) and not self._year_context(text, start, end):
            return None
        if rule == "season" and not self._season_ok(parts, text, start):
            return None
        if rule == "set" and not parts["setword"].islower():
            return None
        if rule == "deictic" and parts["deictic"].lower() == "this" and not parts.get("part"):
            return None  # "this" alone is not a day
        if rule == "duration" and parts["unit"].lower().startswith("decade") and not parts.get("pre"):
            return None
        if rule == "anaphoric" and not self._anaphor_ok(parts, text, start, end):
            return None
        invalid = self._impossible(parts)
        return Found(start, end, body, rule, parts, invalid)

    def _anaphor_ok(self, parts: dict[str, str], text: str, start: int, end: int) -> bool:
        """"the next day", "that night", "the following year"; not "next week" (the anchor's), not "over the next
        year" (a span ahead), and not the "that" of "officials said that night raids ..."."""
        word, unit = parts["ana"].lower(), parts["aunit"].lower()
        if word == "that":
            if parts.get("the"):
                return False
            if parts.get("span"):
                return True
            before = re.findall(r"[\w']+|[^\w\s]", text[max(0, start - 30):start])
            after = text[end:end + 24]
            if before and before[-1].lower() in _ANAPHOR_PRECEDERS or not before or before[-1] in ",;(":
                return True
            if re.match(r"\s*(?:[,.;:)]|$)", after) or re.match(_CLAUSE_AFTER, after, re.IGNORECASE):
                return True
            # "and that month its leader fled"; but after a speech verb "said that night the ..." stays a conjunction
            return bool(before) and before[-1].lower() not in _SPEECH_BEFORE and bool(
                re.match(r"\s+(?:the|a|an|its|his|her|their|our|my)\b", after, re.IGNORECASE))
        if not parts.get("the"):
            return False
        return not (word == "next" and unit in ("week", "month", "year"))

    def _month_ok(self, word: str, rule: str) -> bool:
        if not word[0].isupper():
            return False
        full = word.lower() in self.lex.month_full
        # Abbreviations only next to a day or year ("Dec. 1", "Oct 2021"): alone, "Mar" or "Jun" is too often a name.
        return full or rule in ("mdy", "dmy", "month_year")

    def _year_context(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 24):start]
        words = re.findall(r"[\w-]+", before.lower())
        if words and words[-1] in _YEAR_PRECEDERS:
            return True
        if before.endswith(("(", "-")):
            return True
        after = text[end:end + 2]
        noun = re.match(r" (\w+)", text[end:end + 20])
        if words and words[-1] in _DETERMINERS and noun is not None and noun.group(1) in _YEAR_NOUNS:
            return True  # "a 2019 interview", "his 2016 speech": the year of the event the noun names
        return not after or after[0] in ".,;:)'\"”’" or after.startswith(" (")

    def _season_ok(self, parts: dict[str, str], text: str, start: int) -> bool:
        word = parts["season"]
        if word[0].isupper() and start > 0 and re.search(r"[A-Z]\w*\s+$", text[max(0, start - 20):start]):
            return False  # "Arab Spring", "Operation Winter ..."
        if parts.get("rel") or parts.get("y") or parts.get("qual") or parts.get("span"):
            return True
        if word.lower() == "fall":
            return False  # "the fall of Mosul" is an event, not autumn
        words = re.findall(r"\w+", text[max(0, start - 20):start].lower())
        return bool(words) and words[-1] in _SEASON_PRECEDERS

    def _impossible(self, parts: dict[str, str]) -> bool:
        if "d" not in parts:
            return False
        day_number = int(parts["d"])
        if "mon" in parts:
            month_number = self.lex.months[parts["mon"].lower().rstrip(".")]
        else:
            month_number = int(parts["m"])
            if not 1 <= month_number <= 12:
                return True
        if "y" in parts:
            limit = calendar.monthrange(int(parts["y"]), month_number)[1]
        else:
            limit = 29 if month_number == 2 else calendar.monthrange(2001, month_number)[1]
        return not 1 <= day_number <= limit
