"""Resolver rules that need no parse: precision is kept, days are never invented, bad dates give nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.temporal import TemporalFinder, TemporalLexicon, resolve

ANCHOR = dt.date(2018, 2, 23)  # a Friday


@pytest.fixture(scope="module")
def lex(bundled_pack):
    return TemporalLexicon.from_rules(bundled_pack.rules)


def values(lex, text, tense="past", anchor=ANCHOR):
    finder = TemporalFinder(lex)
    out = []
    for found in finder.find(text):
        v = resolve(found, lex, anchor, tense)
        out.append((found.text, v.value if v else None, v.precision if v else None))
    return out


@pytest.mark.parametrize("text,value,precision", [
    ("last March", "2017-03", "month"),
    ("earlier this month", "2018-02", "month"),
    ("late January", "2018-01", "month"),
    ("in 2008", "2008", "year"),
    ("Dec. 1, 2017", "2017-12-01", "day"),
    ("last week", "2018-W07", "week"),
    ("two days ago", "2018-02-21", "day"),
    ("last year", "2017", "year"),
    ("since 2013", "2013", "year"),
])
def test_resolve_keeps_the_texts_precision(lex, text, value, precision):
    (found,) = values(lex, text)
    assert found[1:] == (value, precision)


def test_resolve_bare_month_follows_tense(lex):
    assert values(lex, "on December 1", tense="future")[0][1] == "2018-12-01"
    assert values(lex, "on December 1", tense="past")[0][1] == "2017-12-01"


@pytest.mark.parametrize("text", ["on 32 March", "in 20018", "February 30, 2019", "the 45th of May"])
def test_resolve_never_invents_a_date_from_bad_input(lex, text):
    assert values(lex, text) == []


def test_resolve_without_anchor_keeps_only_absolute_dates(lex):
    finder = TemporalFinder(lex)
    got = {f.text: resolve(f, lex, None, "past") for f in finder.find("On Friday, Dec. 1, 2017, and last March")}
    assert got["Friday, Dec. 1, 2017"].value == "2017-12-01"  # the weekday belongs to the written date
    assert got["last March"] is None


def test_find_does_not_take_counts_for_years(lex):
    assert values(lex, "about 2000 fighters crossed") == []


def test_a_year_modifying_an_event_noun_after_a_determiner_is_a_date(lex):
    assert values(lex, "In a 2019 interview with the channel, he spoke.") == [("2019", "2019", "year")]
    assert values(lex, "his 2016 speech was long") == [("2016", "2016", "year")]
    assert values(lex, "a 2000 km border") == []  # a measure, not a year
