"""Resolve a found expression against the anchor (publication date) and the tense of its clause.

The rule everywhere is to keep the text's precision: a month stays a month, a year a year. Where the year of a bare
month or day is not written it comes from the anchor and the tense ("will vote on December 1" looks forward, "met on
December 1" back); with no anchor, only expressions that carry their own year resolve.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .anaphora import ANAPHORIC_RULES, resolve_anaphoric
from .find import Found
from .lexicon import TemporalLexicon
from .values import (PART_CODES, TimeValue, day, iso_week, month, season_of, season_order, shift_month,
                     valid_date)



def resolve(found: Found, lex: TemporalLexicon, anchor: dt.date | None, tense: str | None = None,
            earlier: Sequence[TimeValue] = ()) -> TimeValue | None:
    """`earlier`: the expressions already resolved before this one, which "the next day" counts from."""
    if found.rule in ANAPHORIC_RULES:
        value = resolve_anaphoric(found.parts, lex, earlier)
    else:
        value = _HANDLERS[found.rule](found.parts, lex, anchor, tense or "past")
    if value is None:
        return None
    kind = value.kind
    span_word = " ".join(found.parts.get("span", "").lower().split())
    if span_word:
        kind = "since" if span_word in lex.since else "until"
    qualifier = value.qualifier
    if found.parts.get("qual"):
        qualifier = lex.qualifiers.get(" ".join(found.parts["qual"].lower().split()), found.parts["qual"].lower())
    return TimeValue(value.value, value.precision, kind, qualifier)


def _month_number(parts: dict[str, str], lex: TemporalLexicon) -> int:
    return lex.months[parts["mon"].lower().rstrip(".")]


def _year_for(target: tuple[int, int], anchor: dt.date, tense: str, inclusive: bool = True) -> int:
    """The year of (month, day) nearest the anchor in the tense's direction; day 0 means 'the whole month'."""
    here = (anchor.month, anchor.day if target[1] else 0)
    if tense == "future":
        return anchor.year if (target >= here if inclusive else target > here) else anchor.year + 1
    if tense == "present":
        back = anchor.year if target <= here else anchor.year - 1
        ahead = anchor.year if target >= here else anchor.year + 1
        distance_back = _months_between((back, *target), anchor)
        distance_ahead = _months_between((ahead, *target), anchor)
        return back if distance_back <= distance_ahead else ahead
    return anchor.year if (target <= here if inclusive else target < here) else anchor.year - 1


def _months_between(target: tuple[int, int, int], anchor: dt.date) -> int:
    return abs((target[0] * 12 + target[1]) - (anchor.year * 12 + anchor.month))


def _full_date(parts, lex, anchor, tense) -> TimeValue | None:
    month_number = int(parts["m"]) if "m" in parts else _month_number(parts, lex)
    day_number = int(parts["d"])
    if "y" in parts:
        year = int(parts["y"])
    elif anchor is not None:
        year = _year_for((month_number, day_number), anchor, tense)
    else:
        return None
    d = valid_date(year, month_number, day_number)
    return TimeValue(day(d), "day") if d else None


def _month_year(parts, lex, anchor, tense) -> TimeValue | None:
    return TimeValue(month(int(parts["y"]), _month_number(parts, lex)), "month")


def _month(parts, lex, anchor, tense) -> TimeValue | None:
    if anchor is None:
        return None
    month_number = _month_number(parts, lex)
    rel = lex.relative.get(parts.get("rel", "").lower())
    if rel is None:
        year = _year_for((month_number, 0), anchor, tense)
    elif rel < 0:
        year = anchor.year if month_number < anchor.month else anchor.year - 1
    elif rel > 0:
        year = anchor.year if month_number > anchor.month else anchor.year + 1
    else:
        year = anchor.year
    return TimeValue(month(year, month_number), "month")


def _season(parts, lex, anchor, tense) -> TimeValue | None:
    code = lex.seasons[parts["season"].lower()]
    if "y" in parts:
        return TimeValue(f"{int(parts['y']):04d}-{code}", "season")
    if anchor is None:
        return None
    current_year, current = season_of(anchor)
    now = season_order(current_year, current)
    rel = lex.relative.get(parts.get("rel", "").lower())
    same_year = anchor.year if code != "WI" or anchor.month == 12 else anchor.year - 1
    if rel == 0:
        year = same_year if code != "WI" else (current_year if current == "WI" else anchor.year)
    elif rel is not None and rel > 0 or (rel is None and tense == "future"):
        year = anchor.year
        while season_order(year, code) <= now:
            year += 1
    else:
        year = anchor.year
        # "last summer": the latest one already over; a bare past-tense season may be the current one.
        limit = now if rel is None else now - 1
        while season_order(year, code) > limit:
            year -= 1
    return TimeValue(f"{year:04d}-{code}", "season")


def _quarter(parts, lex, anchor, tense) -> TimeValue | None:
    q = int(parts["q"]) if "q" in parts else lex.ordinals[parts["ord"].lower()]
    if not 1 <= q <= 4:
        return None
    if "y" in parts:
        year = int(parts["y"])
    elif anchor is None:
        return None
    else:
        rel = lex.relative.get(parts.get("rel", "").lower())
        current = (anchor.month - 1) // 3 + 1
        if rel is not None:
            year = anchor.year + rel
        elif tense == "future":
            year = anchor.year if q >= current else anchor.year + 1
        else:
            year = anchor.year if q <= current else anchor.year - 1
    return TimeValue(f"{year:04d}-Q{q}", "quarter")


def _decade(parts, lex, anchor, tense) -> TimeValue | None:
    return TimeValue(parts["dec"], "decade")


def _year(parts, lex, anchor, tense) -> TimeValue | None:
    return TimeValue(f"{int(parts['y']):04d}", "year")


def _rel_unit(parts, lex, anchor, tense) -> TimeValue | None:
    if anchor is None:
        return None
    rel = lex.relative[parts["rel"].lower()]
    return _shifted(parts["unit"].lower(), rel, anchor)


def _shifted(unit: str, delta: int, anchor: dt.date) -> TimeValue | None:
    if unit == "week":
        return TimeValue(iso_week(anchor + dt.timedelta(weeks=delta)), "week")
    if unit == "weekend":
        return TimeValue(iso_week(anchor + dt.timedelta(weeks=delta)) + "-WE", "week")
    if unit == "month":
        return TimeValue(month(*shift_month(anchor.year, anchor.month, delta)), "month")
    if unit == "year":
        return TimeValue(f"{anchor.year + delta:04d}", "year")
    if unit == "decade":
        return TimeValue(f"{anchor.year // 10 + delta:03d}", "decade")
    return None


def _this_period(parts, lex, anchor, tense) -> TimeValue | None:
    if anchor is None:
        return None
    return _shifted(parts["unit"].lower(), lex.relative[parts["rel"].lower()], anchor)


def _ago(parts, lex, anchor, tense) -> TimeValue | None:
    if anchor is None:
        return None
    n = lex.count(parts["num"])
    if n is None:
        return TimeValue("PAST_REF", "ref")
    unit = lex.unit_code(parts["unit"])
    if unit in ("MIN", "H", "D"):
        days = {"MIN": n // 1440, "H": n // 24, "D": n}[unit]
        return TimeValue(day(anchor - dt.timedelta(days=days)), "day")
    if unit == "W":
        return TimeValue(iso_week(anchor - dt.timedelta(weeks=n)), "week")
    if unit == "M":
        return TimeValue(month(*shift_month(anchor.year, anchor.month, -n)), "month")
    if unit == "Y":
        return TimeValue(f"{anchor.year - n:04d}", "year")
    return TimeValue(f"{(anchor.year - 10 * n) // 10:03d}", "decade")


def _deictic(parts, lex, anchor, tense) -> TimeValue | None:
    if anchor is None:
        return None
    word = parts["deictic"].lower()
    d = anchor + dt.timedelta(days=lex.deictic_days[word])
    part = parts.get("part", "").lower() or ("night" if word == "tonight" else "")
    if part:
        return TimeValue(f"{day(d)}T{PART_CODES[part]}", "time")
    return TimeValue(day(d), "day")


def _weekday(parts, lex, anchor, tense) -> TimeValue | None:
    if anchor is None:
        return None
    target = lex.weekdays[parts["wd"].lower()]
    today = anchor.isoweekday()
    rel = lex.relative.get(parts.get("rel", "").lower())
    if rel == 0:
        d = anchor + dt.timedelta(days=target - today)
    elif (rel is not None and rel > 0) or (rel is None and tense == "future"):
        d = anchor + dt.timedelta(days=(target - today - 1) % 7 + 1)
    elif rel is not None and rel < 0:
        d = anchor - dt.timedelta(days=(today - target - 1) % 7 + 1)
    else:
        d = anchor - dt.timedelta(days=(today - target) % 7)
    part = parts.get("part", "").lower()
    if part:
        return TimeValue(f"{day(d)}T{PART_CODES[part]}", "time")
    return TimeValue(day(d), "day")


def _duration(parts, lex, anchor, tense) -> TimeValue | None:
    n = lex.count(parts["num"])
    unit = lex.unit_code(parts["unit"])
    amount = "X" if n is None else str(n)
    if unit in ("H", "MIN"):
        return TimeValue(f"PT{amount}{unit[0]}", "duration", "duration")
    if unit == "DE":
        return TimeValue(f"P{amount if n is None else n * 10}Y", "duration", "duration")
    return TimeValue(f"P{amount}{unit}", "duration", "duration")


def _reference(parts, lex, anchor, tense) -> TimeValue | None:
    return TimeValue(lex.references[" ".join(parts["ref"].lower().split())], "ref")


def _every(parts, lex, anchor, tense) -> TimeValue | None:
    word = parts["every"].lower()
    if word in lex.weekdays:
        return TimeValue(f"XXXX-WXX-{lex.weekdays[word]}", "set", "set")
    return TimeValue(f"P1{lex.units[word]}", "set", "set")


def _set(parts, lex, anchor, tense) -> TimeValue | None:
    return TimeValue(lex.sets[parts["setword"].lower()], "set", "set")


def _clock(parts, lex, anchor, tense) -> TimeValue | None:
    """`anchor` here is the day the time belongs to (its entry's heading, or a day named beside it)."""
    if anchor is None:
        return None
    hour = int(parts["hh"])
    ampm = parts.get("ampm", "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return TimeValue(f"{day(anchor)}T{hour:02d}:{parts.get('mm', '00')}", "time")


CLOCK_RULES = frozenset({"clock", "clock_entry"})

_HANDLERS = {
    "iso": _full_date, "mdy": _full_date, "dmy": _full_date, "month_year": _month_year, "month": _month,
    "season": _season, "quarter": _quarter, "quarter_code": _quarter, "decade": _decade, "year": _year,
    "rel_unit": _rel_unit, "this_period": _this_period, "ago": _ago, "deictic": _deictic, "weekday": _weekday,
    "duration": _duration, "reference": _reference, "every": _every, "set": _set, "clock": _clock,
    "clock_entry": _clock,
}
