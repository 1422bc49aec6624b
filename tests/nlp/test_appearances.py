"""A speaker's dated appearance ("went further on Friday", "was asked at Thursday's briefing") dates the words that
follow from it; through the real pipeline, with invented names."""

from __future__ import annotations

from quote_helpers import one, run


def test_a_dated_appearance_dates_the_same_speakers_next_words(extractor):
    text = ("Title line\n\nOn Friday, Karl Wendt went further. Speaking at a ceremony in the capital, the premier "
            "said his government would set a date for the withdrawal.\n")
    x = run(extractor, text, "2024-01-08")
    assert one(x, "set a date for the withdrawal").date == "2024-01-05"


def test_the_one_asked_at_a_dated_briefing_answers_on_that_day(extractor):
    text = ("Title line\n\nKarl Wendt was asked at the end of Thursday's briefing whether the operation would stop. "
            "\"When the threat ends, the operation ends,\" he said.\n")
    x = run(extractor, text, "2024-07-13")
    assert one(x, "the operation ends").date == "2024-07-11"


def test_an_appearance_beside_the_speaker_dates_the_statement(extractor):
    text = ("Title line\n\nKarl Wendt, speaking at a summit in Vienna on Monday, said the strike was a response "
            "to the blockade.\n")
    x = run(extractor, text, "2019-09-18")
    assert one(x, "response to the blockade").date == "2019-09-16"


def test_another_speakers_appearance_dates_nothing(extractor):
    text = ("Title line\n\nOn Friday, Karl Wendt went further.\n\n"
            "Marta Kovac, a researcher in Vienna, said the dispute would outlast the season.\n")
    x = run(extractor, text, "2024-01-08")
    assert one(x, "outlast the season").date is None


def test_a_meeting_inside_an_outlets_report_keeps_the_report(extractor):
    text = ("Title line\n\nThe Ruritan Herald reported that Karl Wendt received the army chief and the militia "
            "commander at his office on Sunday.\n")
    x = run(extractor, text, "2024-01-08")
    quote = one(x, "received the army chief")
    assert quote.speaker == "Ruritan Herald"


def test_a_dated_lead_sentence_dates_the_answer_after_it(extractor):
    text = ("Title line\n\nRuritania's response came on Friday. Karl Wendt, the foreign ministry's spokesman, said "
            "the accusation was baseless.\n\n"
            "Elbonia hit back on Monday. Its ministry said the claims were \"short-sighted\".\n")
    x = run(extractor, text, "2025-03-18")
    assert one(x, "accusation was baseless").date == "2025-03-14"
    assert one(x, "short-sighted").date == "2025-03-17"


def test_a_dated_event_sentence_is_no_lead(extractor):
    text = ("Title line\n\nThe convoy was attacked on Friday. Karl Wendt, the foreign ministry's spokesman, said "
            "the accusation was baseless.\n")
    x = run(extractor, text, "2025-03-18")
    assert one(x, "accusation was baseless").date is None
