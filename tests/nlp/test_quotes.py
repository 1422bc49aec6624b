"""Quotes end to end through the real pipeline: written sentences in, speaker, outlet, date and kind out.

Actors here are invented or generic so the behaviour shown is the method's, not the pack's knowledge.
"""

from __future__ import annotations

from quote_helpers import one
from quote_helpers import run as extract_text


def run(extractor, text, published="2018-02-23"):
    return extract_text(extractor, text, published)


def test_quotes_direct_with_speaker_after(extractor):
    x = run(extractor, 'Title line\n\n"We will respond at a time of our choosing," said Marcus Delacroix on Friday.')
    q = one(x, "We will respond")
    assert (q.kind, q.speaker, q.speaker_resolved, q.cue, q.date) == ("direct", "Marcus Delacroix", True, "said",
                                                                    "2018-02-23")


def test_quotes_indirect_with_told_outlet(extractor):
    x = run(extractor, "Title line\n\nJonas Whitby told Lebanon-based al-Mayadeen TV last March that the fighters "
                       "would stay in the valley until the end of the year.")
    q = one(x, "the fighters would stay")
    assert q.kind == "indirect" and q.speaker == "Jonas Whitby"
    assert q.via is not None and "Mayadeen" in q.via
    assert q.date == "2017-03"


def test_quotes_mixed_clause_holds_fragment(extractor):
    x = run(extractor, 'Title line\n\nHelena Marsh said the raids were "a cleansing operation" aimed at '
                       "the border villages.")
    q = one(x, "the raids were")
    assert q.kind == "mixed"
    assert len([p for p in x.quotes if "cleansing" in p.text]) == 1


def test_quotes_pronoun_resolves_across_paragraphs(extractor):
    x = run(extractor, "Title line\n\nViktor Halloran said on Monday that the convoy had been hit twice.\n\n"
                       "The road was closed afterwards. He added that three drivers were missing.")
    q = one(x, "three drivers were missing")
    assert q.speaker == "Viktor Halloran" and q.speaker_resolved


def test_quotes_unnamed_speaker_stays_a_description(extractor):
    x = run(extractor, "Title line\n\nA senior defense official said the base had been put on alert overnight.")
    q = one(x, "the base had been put on alert")
    assert q.speaker_resolved is False
    assert "official" in q.speaker


def test_quotes_continuing_paragraph_inherits_speaker_and_outlet(extractor):
    text = ("Title line\n\nIn an interview with Zenith News on Tuesday, Omar Castellan said: “The first stage is over."
            "\n\n“The second stage begins when we decide.”")
    x = run(extractor, text)
    first, second = one(x, "first stage"), one(x, "second stage")
    assert second.speaker == first.speaker == "Omar Castellan"
    assert second.via == first.via and second.date == first.date == "2018-02-20"


def test_quotes_relay_chain_gives_via_and_relayed_by(extractor):
    text = ("Title line\n\nReuters, citing Al Mayadeen, reported that Idris Varga said the talks had collapsed "
            "over the prisoner list.")
    x = run(extractor, text)
    q = one(x, "the talks had collapsed")
    assert q.speaker == "Idris Varga"
    assert q.via == "Al Mayadeen" and q.relayed_by == ["Reuters"]


def test_quotes_scare_quotes_without_speaker_are_not_quotes(extractor):
    x = run(extractor, 'Title line\n\nThe so-called "liberation front" controls three villages near the river.')
    assert x.quotes == []


def test_quotes_unclosed_mark_does_not_lose_the_document(extractor):
    text = ('Title line\n\nLeila Amari said "this never closes and goes on.\n\n'
            'Later, Tomas Brandt said "the second quote is fine."')
    x = run(extractor, text)
    assert one(x, "the second quote is fine").speaker == "Tomas Brandt"


def test_quotes_no_date_when_text_gives_none(extractor):
    x = run(extractor, "Title line\n\nMarta Ilves said the ceasefire was holding along the whole front line.")
    assert one(x, "the ceasefire was holding").date is None


def test_quotes_output_slices_the_text(extractor):
    text = ('Title line\n\n"We are ready," said Ada Korvin. Pavel Nakamura warned that the bridge would be '
            "closed until March.")
    x = run(extractor, text)
    for q in x.quotes:
        assert text[q.start:q.end] == q.text
        assert text[q.evidence.start:q.evidence.end] == q.evidence.text
    for d in x.dates:
        assert text[d.start:d.end] == d.text
