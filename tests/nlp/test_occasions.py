"""Statement dates from the occasion they were made at, through the real pipeline (invented names)."""

from __future__ import annotations

from quote_helpers import one, run

SESSION = (
    "Council hears charges\n\n"
    "UNITED NATIONS - The UN's rights chief told the Security Council on Friday that the blasts broke the law.\n\n"
    "Ruritania's foreign minister, Karl Wendt, spoke next. The attack had turned phones into weapons, he said.\n\n"
    "Elbonia's ambassador, Ivo Brandt, said his country had \"no part\" in the blasts.\n\n"
    "Outside the chamber, Marta Kovac, a Ruritanian general, said the commanders had been planning an attack.\n"
)


def test_speakers_at_a_dated_session_speak_on_its_day(extractor):
    x = run(extractor, SESSION, "2024-09-21")
    assert one(x, "broke the law").date == "2024-09-20"
    assert one(x, "turned phones into weapons").date == "2024-09-20"
    assert one(x, "no part").date == "2024-09-20"


def test_a_paragraph_that_leaves_the_scene_ends_the_occasion(extractor):
    x = run(extractor, SESSION, "2024-09-21")
    assert one(x, "planning an attack").date is None


def test_without_an_occasion_other_speakers_keep_no_date(extractor):
    text = ("Title line\n\nThe Ruritanian army said on Friday that its units had left the town.\n\n"
            "Karl Wendt, a local farmer, said the shelling had stopped.\n")
    x = run(extractor, text, "2024-09-21")
    assert one(x, "units had left").date == "2024-09-20"
    assert one(x, "shelling had stopped").date is None


def test_a_bodys_spokesperson_speaks_at_its_dated_briefing(extractor):
    text = ("Title line\n\nThe Ruritanian Defence Ministry said on Monday that the drone came from the east.\n\n"
            "Ruritanian Defence Ministry press secretary Karl Wendt told reporters that 40 soldiers had been "
            "wounded. He said most had minor injuries.\n")
    x = run(extractor, text, "2024-01-30")
    assert one(x, "40 soldiers").date == "2024-01-29"


def test_said_later_is_not_the_briefing(extractor):
    text = ("Title line\n\nThe Ruritanian Defence Ministry said on Monday that the drone came from the east. "
            "Its spokesman, Karl Wendt, said later that calm had returned.\n")
    x = run(extractor, text, "2024-01-30")
    assert one(x, "calm had returned").date is None


LIVE = (
    "Live: strikes on the coast - latest\n\n"
    "Coast Desk | Live page | March 16, 2025\n\n"
    "Sunday, March 16\n\n"
    "19:30 - Toll rises\n\n"
    "The health ministry says 53 people have been killed. \"Most were in homes,\" spokesman Karl Wendt wrote.\n\n"
    "Saturday, March 15\n\n"
    "22:10 - Brigades vow response\n\n"
    "Ivo Brandt, the Black Elk Brigades' leader, said the attack \"will not pass without a response.\"\n"
)


def test_a_live_page_dates_its_entries_by_their_day_headings(extractor):
    x = run(extractor, LIVE, "2025-03-16")
    assert one(x, "Most were in homes").date == "2025-03-16"
    assert one(x, "will not pass").date == "2025-03-15"


def test_a_date_alone_on_one_line_is_no_heading(extractor):
    text = ("Title line\n\nMarch 16, 2025\n\nKarl Wendt said the attack \"will not pass without a response.\"\n")
    x = run(extractor, text, "2025-03-16")
    assert one(x, "will not pass").date is None


def test_an_unnamed_representative_at_the_session_speaks_on_its_day_as_himself(extractor):
    text = ("Council votes on mission\n\n"
            "UNITED NATIONS - Karl Wendt, Ruritania's ambassador, told the Security Council on Friday that the "
            "mission needed money.\n\n"
            "Elbonia's representative said the troops had \"paid in blood\" for the country.\n")
    x = run(extractor, text, "2024-12-28")
    q = one(x, "paid in blood")
    # no one on stage is said to be Elbonian: the speaker stays the description, not the last person named
    assert (q.speaker, q.speaker_resolved) == ("Elbonia's representative", False)
    assert q.date == "2024-12-27"


def test_a_lead_with_the_session_body_acting_on_a_day_opens_the_session(extractor):
    text = ("Council backs mission\n\n"
            "UNITED NATIONS - The Security Council on Friday authorised a new mission for Ruritania.\n\n"
            "Speaking after the vote, Karl Wendt, Elbonia's deputy ambassador, said the mandate was fair.\n")
    x = run(extractor, text, "2024-12-28")
    assert one(x, "the mandate was fair").date == "2024-12-27"


def test_a_body_deciding_on_a_day_is_no_session(extractor):
    text = ("Sanctions\n\n"
            "The Ruritanian Cabinet decided on Tuesday to freeze the group's funds.\n\n"
            "Karl Wendt, a lawyer in Strelsau, said the listing was largely symbolic.\n")
    x = run(extractor, text, "2024-01-17")
    assert one(x, "largely symbolic").date is None


def test_background_in_the_sessions_opening_paragraph_does_not_end_it(extractor):
    text = ("Council hears warning\n\n"
            "NEW YORK - The UN Security Council met on Thursday to discuss Ruritania after a monitoring committee "
            "confirmed on August 1 that famine had reached the camps.\n\n"
            "Karl Wendt, the UN's aid chief, told the council that the famine was man-made.\n")
    x = run(extractor, text, "2024-08-09")
    assert one(x, "famine had reached the camps").date == "2024-08-01"
    assert one(x, "the famine was man-made").date == "2024-08-08"
