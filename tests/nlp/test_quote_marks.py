"""Quote-mark pairing: one bad mark costs at most one quote, never the document."""

from __future__ import annotations

from actorgraph.nlp.quote_marks import find_marked_quotes


def texts(text):
    return [text[q.start:q.end] for q in find_marked_quotes(text)]


def test_quote_marks_pair_straight_and_curly():
    assert texts('He said "we will win" and “they will lose”.') == ["we will win", "they will lose"]


def test_quote_marks_keep_quotes_inside_quotes():
    assert texts("“He told us ‘never again’ and left,” she said.") == ["He told us ‘never again’ and left,"]


def test_quote_marks_read_guillemets():
    assert texts("The statement called it «a crime» twice.") == ["a crime"]


def test_quote_marks_unpaired_mark_costs_one_quote():
    text = 'An unclosed “quote starts here and never ends.\n\nLater he said “this one is fine” and left.'
    assert texts(text) == ["this one is fine"]


def test_quote_marks_second_opening_mark_restarts():
    assert texts("“lost opener then “real quote” here.") == ["real quote"]


def test_quote_marks_join_paragraphs_of_one_statement():
    text = "He said: “First part.\n\n“Second part.\n\n“Last part,” he added."
    quotes = find_marked_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["First part.", "Second part.", "Last part,"]
    assert [q.continues for q in quotes] == [True, True, False]
    assert [q.continued for q in quotes] == [False, True, True]


def test_quote_marks_lone_straight_mark_is_ignored():
    assert texts('Prices rose 5 " overnight, "they said" later.') == ["they said"]


def test_quote_marks_survive_a_huge_single_paragraph():
    text = ("word " * 5000) + '"closing never comes'
    assert texts(text) == []
