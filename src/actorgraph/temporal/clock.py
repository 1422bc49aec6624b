"""The day a clock time belongs to. "07:05 —" opening a live page's entry happened on the day of the heading above it
(or, with none, the day the page is dated); "at about 6:40 pm" in a sentence happened on the day the sentence names
beside it. A time never gets a day the text does not give: without one, it stays unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ..model import TimeExpression
from .find import Found
from .lexicon import TemporalLexicon
from .resolve import resolve

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WEEKDAY_LINE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)?", re.IGNORECASE)
_NEAR = 80  # how far (characters, same paragraph and sentence) a day named beside a time may stand


def day_of(value: str | None) -> dt.date | None:
    if value is None or not _DAY.match(value):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def heading_day(text: str, expression: TimeExpression) -> dt.date | None:
    """The day of an expression that fills its line alone ("Sunday, March 16"): a live page's day heading."""
    if expression.precision != "day" or expression.kind != "date":
        return None
    line_start = text.rfind("\n", 0, expression.start) + 1
    line_end = text.find("\n", expression.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    rest = (line[:expression.start - line_start] + line[expression.end - line_start:]).strip(" ,.:-\u2013\u2014")
    return day_of(expression.value) if _WEEKDAY_LINE.fullmatch(rest) else None


def _beside(text: str, found: Found, expressions: Sequence[TimeExpression]) -> dt.date | None:
    """The nearest day named in the same sentence as the time ("On Monday evening, at about 6:40 pm")."""
    best: tuple[int, dt.date] | None = None
    for e in expressions:
        d = day_of(e.value)
        if d is None or e.precision not in ("day", "time") or e.start == found.start:
            continue
        lo, hi = (e.end, found.start) if e.end <= found.start else (found.end, e.start)
        if hi - lo > _NEAR or "\n" in text[lo:hi] or ". " in text[lo:hi]:
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, d)
    return best[1] if best else None


def resolve_clocks(text: str, clocks: Sequence[tuple[int, Found]], out: list[TimeExpression],
                   lex: TemporalLexicon, anchor: dt.date | None) -> None:
    """Fill in place the values of the clock times at positions `clocks` of `out` (in text order)."""
    for index, found in clocks:
        if found.rule == "clock_entry":
            headings = [d for e in out[:index] if (d := heading_day(text, e)) is not None]
            day = headings[-1] if headings else anchor
        else:
            day = _beside(text, found, out)
        value = resolve(found, lex, day) if day is not None else None
        if value is not None:
            out[index].value, out[index].precision = value.value, value.precision
