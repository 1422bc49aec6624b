"""Dates counted from the date the text named last ("the next day", "that night", "two days later"), through the
real pipeline, with invented names."""

from __future__ import annotations

from quote_helpers import one, run


def _dates(extraction):
    return {d.text: d for d in extraction.dates}


def test_next_day_and_that_day_count_from_the_last_named_day(extractor):
    text = ("Title line\n\nThe clash began on the morning of July 27. Police sources said that day that gunmen had "
            "fired first.\n\nIn a statement on its website the next day, the Ruritanian Front called the clash "
            "\"regrettable\".\n")
    x = run(extractor, text, "2025-08-10")
    dates = _dates(x)
    assert dates["that day"].value == "2025-07-27"
    assert dates["the next day"].value == "2025-07-28"
    assert one(x, "gunmen had fired first").date == "2025-07-27"
    assert one(x, "regrettable").date == "2025-07-28"


def test_part_of_day_and_the_following_day(extractor):
    text = ("Title line\n\nThe talks ended on Tuesday. Karl Wendt said the following day that the deal held. "
            "Fighting resumed the next morning and went on into that night.\n")
    x = run(extractor, text, "2025-03-14")
    dates = _dates(x)
    assert dates["the following day"].value == "2025-03-12"
    # each counts from the day named just before it, itself counted: a chain
    assert (dates["the next morning"].value, dates["the next morning"].precision) == ("2025-03-13TMO", "time")
    assert dates["that night"].value == "2025-03-13TNI"


def test_a_measure_later_stays_a_duration_but_dates_the_statement(extractor):
    text = ("Title line\n\nThe leader called for disarmament on February 27. Two days later the Ruritanian Front's "
            "council said it would comply.\n")
    x = run(extractor, text, "2025-03-05")
    measure = _dates(x)["Two days"]
    assert (measure.value, measure.kind, measure.anchored) == ("P2D", "duration", "2025-03-01")
    assert one(x, "would comply").date == "2025-03-01"


def test_without_an_earlier_day_nothing_is_invented(extractor):
    text = "Title line\n\nKarl Wendt said the next day that the deal held. Two days later the border reopened.\n"
    x = run(extractor, text, "2025-03-14")
    dates = _dates(x)
    assert dates["the next day"].value is None
    assert dates["Two days"].value == "P2D" and dates["Two days"].anchored is None
    assert one(x, "the deal held").date is None


def test_that_before_a_noun_is_not_a_date(extractor):
    text = "Title line\n\nOn Monday officials said that night raids had stopped and that day labourers went home.\n"
    x = run(extractor, text, "2025-03-14")
    assert "that night" not in _dates(x) and "that day" not in _dates(x)


def test_a_period_counts_from_a_date_precise_enough_for_it(extractor):
    text = ("Title line\n\nThe group was founded in 1982. The following year it bombed the barracks. It was "
            "banned in March 2019, and that month its leader fled.\n")
    x = run(extractor, text, "2025-03-14")
    dates = _dates(x)
    assert dates["The following year"].value == "1983"
    assert dates["that month"].value == "2019-03"
