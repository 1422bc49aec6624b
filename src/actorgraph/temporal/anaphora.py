"""Dates that count from the date the text named last ("the next day", "that night", "two days later").

Reporters chain events: "the clash began on July 27 ... in a statement the next day". The publication date is the
wrong anchor for these, so they resolve against the nearest earlier expression that is at least as precise as the
unit they count in (a day for "the next day", a month for "that month"); with none, they stay unresolved rather than
falling back to the publication date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from .find import Found
from .lexicon import TemporalLexicon
from .values import PART_CODES, TimeValue, day, iso_week, month, shift_month

ANAPHORIC_RULES = frozenset({"anaphoric", "day_before", "offset"})

# Which earlier precisions can anchor a unit: a day needs a day, a year can come from any dated expression.
_BASES = {
    "day": ("day", "time"),
    "week": ("day", "time", "week"),
    "month": ("day", "time", "month"),
    "year": ("day", "time", "week", "month", "season", "quarter", "year"),
}


def resolve_anaphoric(parts: dict[str, str], lex: TemporalLexicon, earlier: Sequence[TimeValue]) -> TimeValue | None:
    """`earlier`: the resolved expressions before this one, in text order."""
    if "ana" in parts:
        unit, delta = parts["aunit"].lower(), lex.anaphoric[parts["ana"].lower()]
    elif "num" in parts:
        count = lex.count(parts["num"])
        if count is None:
            return None
        unit, delta = parts["unit"].lower(), count * lex.offset_words[parts["dir"].lower()]
    else:
        unit, delta = parts["aunit"].lower(), (-1 if parts["dir"].lower() == "before" else 1)
    part = unit if unit in PART_CODES else None
    base_unit = "day" if part else unit
    base = _base(earlier, base_unit)
    if base is None:
        return None
    if base_unit == "day":
        d = _as_date(base.value) + dt.timedelta(days=delta)
        return TimeValue(f"{day(d)}T{PART_CODES[part]}", "time") if part else TimeValue(day(d), "day")
    if base_unit == "week":
        if base.precision == "week":
            year, week = int(base.value[:4]), int(base.value[6:8])
            start = dt.date.fromisocalendar(year, week, 1)
        else:
            start = _as_date(base.value)
        return TimeValue(iso_week(start + dt.timedelta(weeks=delta)), "week")
    if base_unit == "month":
        return TimeValue(month(*shift_month(int(base.value[:4]), int(base.value[5:7]), delta)), "month")
    return TimeValue(f"{int(base.value[:4]) + delta:04d}", "year")


def _base(earlier: Sequence[TimeValue], unit: str) -> TimeValue | None:
    allowed = _BASES[unit]
    for value in reversed(earlier):
        if value.kind in ("date", "since", "until") and value.precision in allowed and value.value[:4].isdigit():
            return value
    return None


def _as_date(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def measure(found: Found) -> Found:
    """"two days later" as TIMEX3 marks it: the measure "two days" alone, to resolve as a duration."""
    text = found.text[: found.text.lower().rindex(found.parts["dir"].lower())].rstrip()
    return replace(found, rule="duration", text=text, end=found.start + len(text))
