"""Clock times: a live page's entry stamps take the day of the heading above them (or the page's date), a time in a
sentence the day named beside it; a statement under a stamp is dated by that day. Invented names."""

from __future__ import annotations

from quote_helpers import one, run


def _dates(extraction):
    return {d.text: d for d in extraction.dates}


def test_entry_stamps_without_headings_take_the_pages_day(extractor):
    text = ("Live: shelling of the port\n\n07:05 \u2014 Explosions were heard across the port city.\n\n"
            "07:40 \u2014 Mayor Karl Wendt said two people had been killed in the harbour district.\n\n"
            "17:45 GMT\nWe are closing this page for today.\n")
    x = run(extractor, text, "2025-08-14")
    dates = _dates(x)
    assert (dates["07:05"].value, dates["07:05"].precision) == ("2025-08-14T07:05", "time")
    assert dates["17:45 GMT"].value == "2025-08-14T17:45"
    assert one(x, "two people had been killed").date == "2025-08-14"  # the day, not the minute


def test_entry_stamps_take_the_day_of_the_heading_above(extractor):
    text = ("Live: border clashes\n\nSunday, October 12\n\n18:20 - Crossing stays shut\nThe crossing remained "
            "closed.\n\nSaturday, October 11\n\n23:50 - Heavy fire at the border\nKarl Wendt said the shelling had "
            "lasted for hours.\n")
    x = run(extractor, text, "2025-10-12")
    dates = _dates(x)
    assert dates["18:20"].value == "2025-10-12T18:20"
    assert dates["23:50"].value == "2025-10-11T23:50"


def test_a_time_in_a_sentence_takes_the_day_beside_it_or_none(extractor):
    text = ("Title line\n\nOn Monday evening, at about 6:40 pm, a bomb exploded outside a school. The ceasefire was "
            "due to start at 4 a.m. Tehran time. Shops closed at 10:30 pm as usual.\n")
    x = run(extractor, text, "2025-04-17")
    dates = _dates(x)
    assert dates["6:40 pm"].value == "2025-04-14T18:40"
    assert dates["10:30 pm"].value is None  # no day named with it: never invented from the publication date
    assert dates["4 a.m. Tehran time"].value is None


def test_numbers_are_not_clock_times(extractor):
    text = "Title line\n\nThe score was 3.5 out of 10, and 12 am not sure is a typo.\n"
    x = run(extractor, text, "2025-04-17")
    assert not [d for d in x.dates if d.precision == "time"]


def test_a_stamp_on_its_own_line_is_neither_speaker_nor_part_of_the_sentence(extractor):
    text = "Live: the convoy\n\n08:10 GMT\nLocal officials in Strelsau said the convoy was ambushed on the road.\n"
    x = run(extractor, text, "2025-10-21")
    q = one(x, "the convoy was ambushed")
    assert (q.speaker, q.speaker_resolved, q.date) == ("Local officials", False, "2025-10-21")
