"""TIMEX3 values and the calendar arithmetic behind them (ISO weeks, month shifts, seasons)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class TimeValue:
    """A resolved expression: `value` in TIMEX3 form at the precision the text gives, never finer."""

    value: str
    precision: str
    kind: str = "date"
    qualifier: str | None = None


# TIMEX3 codes for a part of a day: "Sunday evening" is 2019-08-25TEV.
PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


def day(d: dt.date) -> str:
    return d.isoformat()


def month(year: int, month_number: int) -> str:
    return f"{year:04d}-{month_number:02d}"


def iso_week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift_month(year: int, month_number: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month_number - 1) + delta
    return index // 12, index % 12 + 1


def valid_date(year: int, month_number: int, day_number: int) -> dt.date | None:
    try:
        return dt.date(year, month_number, day_number)
    except ValueError:
        return None


# A season's first month; winter is named by the year in which it starts (December).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_of(d: dt.date) -> tuple[int, str]:
    """The (year, season) that contains a day: January and February belong to the previous year's winter."""
    if d.month in (12, 1, 2):
        return (d.year if d.month == 12 else d.year - 1), "WI"
    for code, first in (("SP", 3), ("SU", 6), ("FA", 9)):
        if first <= d.month < first + 3:
            return d.year, code
    raise AssertionError("unreachable: every month is in a season")


def season_order(year: int, code: str) -> int:
    return year * 4 + ("SP", "SU", "FA", "WI").index(code)
