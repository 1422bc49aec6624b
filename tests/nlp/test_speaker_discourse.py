"""Speakers across a story: ordinary people named once, statements carried on ("He added"), roles a lead gives
before the name, the paragraph a pronoun stands in, and parses the small model gets wrong (an agency's acronym or a
surname read as a verb, a subject found inside the quoted words).

Names are invented or generic so the behaviour shown is the method's, not the pack's knowledge.
"""

from __future__ import annotations

from quote_helpers import one
from quote_helpers import run as extract_text


def run(extractor, text, published="2025-11-18"):
    return extract_text(extractor, text, published)


def test_the_farmer_is_the_farmer_the_story_named(extractor):
    x = run(extractor, "Title line\n\nBakary Tiendrebeogo was sitting outside his compound on the evening of April 14 "
                       "when he heard the motorbikes.\n\n\u201cThey fired at everything, at the houses, at the "
                       "granaries,\u201d said the farmer, who now shelters with relatives in the town.")
    q = one(x, "They fired at everything")
    assert q.speaker == "Bakary Tiendrebeogo" and q.speaker_resolved


def test_the_farmer_brought_on_unnamed_stays_unnamed(extractor):
    x = run(extractor, "Title line\n\nWalid Hamdani, the tribal commander, said the strikes hit two houses. Two "
                       "residents of the district, a farmer and a schoolteacher, told the radio that the buildings had "
                       "been empty. The farmer said fighters had cleared one of the buildings shortly before.")
    q = one(x, "fighters had cleared")
    assert not q.speaker_resolved and q.speaker.lower() == "the farmer"


def test_she_is_the_woman_named_not_the_driver_who_picked_her_up(extractor):
    x = run(extractor, "Title line\n\nFatoumata Keita walked for two days with her four children before a truck "
                       "driver picked them up on the road to the city.\n\n\u201cI carried the youngest on my back "
                       "and the others held on to my dress,\u201d she said.")
    assert one(x, "I carried the youngest").speaker == "Fatoumata Keita"


def test_he_added_is_the_one_who_just_spoke_not_the_man_he_spoke_of(extractor):
    x = run(extractor, "Title line\n\nTwo names come up most often. Karim Zoabi has led the bloc for two decades and "
                       "is trusted by the speaker. Salim Haddadin, the deputy head of the council, is closer to the "
                       "security apparatus. He rarely speaks in public, and when he does, he reads from a text.\n\n"
                       "A Lebanese official who deals regularly with the party, speaking on condition of anonymity, "
                       "said Haddadin had been the late leader's protege. He added that Zoabi would be easier for "
                       "the president to work with, but said the decision would not be made in Beirut.")
    for fragment in ("Zoabi would be easier", "the decision would not be made"):
        q = one(x, fragment)
        assert q.speaker.startswith("A Lebanese official") and not q.speaker_resolved, (fragment, q.speaker)


def test_a_subject_inside_the_quoted_words_is_not_the_speaker(extractor):
    x = run(extractor, "Title line\n\nThe paramilitary's spokesman Yasser Tirawi said the drone had struck the "
                       "market.\n\n\"This is what the Port City authorities call liberation: burning markets full of "
                       "poor people,\" Tirawi said.")
    assert one(x, "burning markets").speaker == "Yasser Tirawi"


def test_a_given_name_with_its_article_opens_a_persons_name(extractor):
    x = run(extractor, "Title line\n\nIn a statement posted on Wednesday night, RSF spokesman Al-Fateh Dorani said "
                       "the drone had struck the market.")
    q = one(x, "the drone had struck")
    assert q.speaker == "Al-Fateh Dorani" and q.speaker_resolved


def test_the_commander_a_lead_introduced_before_his_name(extractor):
    x = run(extractor, "Title line\n\nSUWAYDA, Syria \u2014 The commander receives his visitors in a stone farmhouse "
                       "east of the city. Fadi Abu Nakad leads the Mountain Brigade, a force of about 400 men.\n\n"
                       "His deputy, Wael Hamdan, sits beside him and says little at first.\n\nThe government tells a "
                       "different story. In September, the capitals agreed a roadmap. Nizar al-Hijazi, the local "
                       "cleric, rejected it, saying on his website that the people would decide their own future.\n\n"
                       "The commander is no more enthusiastic. \u201cA roadmap drawn by people who have never drunk "
                       "coffee in this room,\u201d he says.")
    assert one(x, "never drunk coffee").speaker == "Fadi Abu Nakad"


def test_he_in_a_new_paragraph_is_whom_that_paragraph_is_about(extractor):
    x = run(extractor, "Title line\n\nThe minister, Daud Warsame, and the force commander, Lieutenant General Sam "
                       "Obura, joined the programme on Thursday.\n\nThe minister was also asked about the elections. "
                       "Warsame said security forces would protect polling stations. Opposition leaders have accused "
                       "the president of using the war to delay a vote, a charge the minister rejected. \u201cThe "
                       "president's term ends when the constitution says it ends,\u201d he said.\n\nThe general "
                       "ended on a note of caution. \u201cThis group has been waiting out its enemies since 2006,\u201d "
                       "he said.")
    assert one(x, "waiting out its enemies").speaker == "Sam Obura"


def test_a_surname_read_as_a_verb_is_still_the_subject(extractor):
    x = run(extractor, "Title line\n\nThe force commander, Lieutenant General Sam Odiring, joined the programme on "
                       "Thursday.\n\nOdiring, for his part, said AU and Somali forces had repelled two attacks on a "
                       "forward base.")
    q = one(x, "had repelled two attacks")
    assert q.speaker == "Sam Odiring" and q.speaker_resolved


def test_an_agency_acronym_read_as_a_verb_leaves_the_cited_source_speaking(extractor):
    x = run(extractor, "Title line\n\nSyrian state news agency SANA, citing a military source, said that eight "
                       "soldiers were killed in the attack.")
    q = one(x, "eight soldiers were killed")
    assert q.speaker == "a military source" and not q.speaker_resolved
    assert q.via is not None and "News Agency" in q.via


def test_an_outlets_report_holding_another_speakers_fragment_stays_one_report(extractor):
    x = run(extractor, "Title line\n\nThe official news agency SANA, citing a source at the ministry, reported that "
                       "the ministry was \"following up on the attack with the relevant parties\" and that Damascus "
                       "rejected any attempt to turn Syrian territory into \"an arena for settling scores\" between "
                       "foreign powers.")
    q = one(x, "following up on the attack")
    assert q.kind == "mixed" and q.speaker == "a source" and q.text.startswith("the ministry was")
    assert "arena for settling scores" in q.text


def test_a_live_blog_time_stamp_is_not_part_of_the_speaker(extractor):
    x = run(extractor, "Title line\n\n13:55 - A US defense official said initial indications pointed to one of the "
                       "Iraqi factions.")
    assert one(x, "initial indications").speaker == "A US defense official"


def test_an_outlet_named_before_its_kind_speaks_in_its_own_voice(extractor):
    x = run(extractor, "Title line\n\nHezbollah\u2019s Al-Manar television opened its bulletins with footage from the "
                       "village and reported that two of the four people killed were children.")
    q = one(x, "two of the four people killed")
    assert q.speaker_resolved and "Manar" in q.speaker and "television" not in q.speaker


def test_a_body_named_on_a_place_keeps_the_place_in_its_name(extractor):
    x = run(extractor, "Title line\n\nAccording to the latest report of the UN Panel of Experts on Yemen, components "
                       "found in missiles matched parts made abroad.")
    assert "UN Panel of Experts on Yemen" in {e.name for e in x.entities}
    assert one(x, "components found in missiles").speaker == "UN Panel of Experts on Yemen"


def test_a_given_name_alone_is_the_woman_the_story_named_whatever_the_model_tagged(extractor):
    x = run(extractor, "Title line\n\nFatoumata Diarra walked for two days with her four children.\n\nThe army said it "
                       "had driven the attackers back.\n\nFatoumata said her husband, a member of the hunters' "
                       "militia, has not been seen since the attack.")
    assert one(x, "her husband").speaker == "Fatoumata Diarra"
    assert not any(e.name == "Fatoumata" for e in x.entities)


def test_a_surname_the_model_took_for_a_place_is_the_person(extractor):
    x = run(extractor, "Title line\n\nSpeaking at the midday briefing, EU spokesperson for foreign affairs Anitta "
                       "Hipper said the listings were \"not directed at the Iranian people\".\n\nAsked whether the EU "
                       "would follow, Hipper said there was \"no consensus among member states\" on such a step.")
    assert one(x, "no consensus").speaker == "Anitta Hipper"


def test_the_spokesman_is_the_spokesman_named_long_before_not_the_minister_who_spoke_last(extractor):
    filler = " ".join(["The strikes hit three homes in the district, and local elders counted the dead."] * 6)
    x = run(extractor, "Title line\n\nKABUL \u2014 The movement's chief spokesman, Zabihullah Wardak, on Thursday "
                       "accused the neighbouring state of carrying out air strikes. " + filler + "\n\nDefence "
                       "Minister Khawaja Rasheed went further. In an interview on Wednesday night, he said his country "
                       "would strike the militants wherever they are.\n\nOn Thursday, Rasheed repeated the charge. "
                       "\"Those who shelter them cannot hide behind the word sovereignty,\" he wrote.\n\nSpeaking to "
                       "a television channel on Thursday evening, the spokesman struck a more measured tone. He said "
                       "the movement had \"shown patience\" but that such patience had limits.")
    assert one(x, "shown patience").speaker == "Zabihullah Wardak"


def test_a_secretary_general_is_a_leader(extractor):
    x = run(extractor, "Title line\n\nA post attributed to Akram Dulaimi, the secretary-general of the Iraqi militia "
                       "Harakat al-Nujaba, spread on Saturday. Hussein Zubaidi, a spokesman for the group, said the "
                       "image was a fabrication.\n\nThe most recent message on Dulaimi's Telegram channel makes no "
                       "reference to American troops; in it, the militia leader described the ceasefire as \"a "
                       "victory written in the blood of the martyrs.\"")
    assert one(x, "blood of the martyrs").speaker == "Akram Dulaimi"


def test_the_company_is_the_company_just_named(extractor):
    x = run(extractor, "Title line\n\nThe Revolutionary Guards said they had seized the tanker for smuggling fuel.\n\n"
                       "The ship's operator, Athens-based Kestrel Marine Management, said it lost contact with the "
                       "vessel on Tuesday. In an emailed statement, the company denied that the tanker had been "
                       "involved in any collision.")
    assert one(x, "involved in any collision").speaker == "Kestrel Marine Management"


def test_a_directorate_of_a_region_keeps_the_region_in_its_name(extractor):
    x = run(extractor, "Title line\n\nThe Counter-Terrorism Directorate of the Kurdistan Region said in a statement "
                       "on Monday that a single drone had been shot down near the airport.")
    q = one(x, "a single drone had been shot down")
    assert q.speaker == "Counter-Terrorism Directorate of the Kurdistan Region"


def test_a_body_named_by_the_office_it_serves_keeps_the_office(extractor):
    x = run(extractor, "Title line\n\nThe Iraqi Prime Minister's Media Office said in a statement on Monday that the "
                       "two men discussed regional developments. The Kurdistan Regional Government\u2019s Ministry of "
                       "Electricity said the shutdown had cut power to large parts of Erbil.")
    assert one(x, "two men discussed").speaker == "Iraqi Prime Minister's Media Office"
    assert one(x, "the shutdown had cut").speaker == \
        "Kurdistan Regional Government\u2019s Ministry of Electricity"


def test_a_headline_description_is_not_the_lead_speaker(extractor):
    x = run(extractor, "Army arrests four over rocket attack, military spokesman says\n\nDALMA (Wire) \u2014 Security "
                       "forces have arrested four men suspected of firing rockets at the airport, the army's chief "
                       "spokesman said on Tuesday.\n\nSpeaking at the operations command, Brigadier Samir Qudsi, "
                       "spokesman for the commander-in-chief, said the cell had been watched for three weeks.")
    q = one(x, "Security forces have arrested four men")
    assert q.speaker == "Samir Qudsi" and q.speaker_resolved


def test_a_role_given_later_to_someone_of_another_body_is_not_the_leads_speaker(extractor):
    x = run(extractor, "Title line\n\nThe representative of Norland said his country had abstained because the "
                       "text was rushed. Jonas Ekvall, Sudmark's representative, said the force was overdue.")
    assert one(x, "his country had abstained").speaker != "Jonas Ekvall"


def test_a_brief_speaks_for_the_body_that_published_it(extractor):
    x = run(extractor, "Title line\n\nA brief published on Wednesday by the Harbour Policy Institute argues that the "
                       "militia has moved most of its rockets north of the river.")
    assert one(x, "the militia has moved").speaker == "Harbour Policy Institute"


def test_the_update_said_is_the_body_whose_update_it_is(extractor):
    x = run(extractor, "Title line\n\nIn its latest flash update, published on Thursday, the Relief Coordination "
                       "Office said more than 25,000 people had fled the villages. Most have sought shelter in the "
                       "two towns, where the camps are full, the update said.")
    assert one(x, "Most have sought shelter").speaker == "Relief Coordination Office"


def test_ministry_figures_are_the_ministry_named_before(extractor):
    x = run(extractor, "Title line\n\nA drone strike killed two people, the Marland Ministry of Public Health said. "
                       "More than 300 people have been killed since the truce, according to health ministry "
                       "figures released last week.")
    assert one(x, "More than 300 people").speaker == "Marland Ministry of Public Health"


def test_another_occasions_outlet_does_not_carry_to_todays_words(extractor):
    x = run(extractor, "Title line\n\nIn an interview with Al Arabiya last month, Rezan Dilovan had said the force "
                       "would join the army as a bloc. On Monday he would not go further, saying only that the details "
                       "belonged at the negotiating table.", published="2025-10-08")
    assert one(x, "join the army").via == "Al Arabiya"
    q = one(x, "the details belonged")
    assert q.via is None and q.date == "2025-10-06"


def test_a_title_the_parse_split_from_its_name_yields_to_the_name(extractor):
    x = run(extractor, "Title line\n\nUN special envoy for Yemen Jonas Ekvall said he was \u201cdeeply concerned\u201d "
                       "by the attack.")
    assert one(x, "deeply concerned").speaker == "Jonas Ekvall"


def test_a_consulate_general_keeps_its_whole_name(extractor):
    x = run(extractor, "Title line\n\nThe US Consulate General in Erbil condemned the strike as \u201can attack on "
                       "Iraq\u2019s economy\u201d. Hawre Salih, the governor, said the fire was out.")
    assert one(x, "an attack on Iraq").speaker == "US Consulate General in Erbil"


def test_an_inquiry_keeps_what_it_looks_into_in_its_name(extractor):
    x = run(extractor, "Title line\n\nThe National Commission of Inquiry into the Coastal Events said it had "
                       "identified hundreds of suspects.")
    assert one(x, "identified hundreds").speaker == "National Commission of Inquiry into the Coastal Events"


def test_a_mission_described_then_named_between_commas_is_that_body(extractor):
    x = run(extractor, "Title line\n\nThe European Union's naval mission in the Red Sea, Operation Aspides, said on "
                       "Tuesday that a frigate had been sent to escort the ship.")
    q = one(x, "a frigate had been sent")
    assert q.speaker_resolved and "Aspides" in q.speaker


def test_an_according_to_aside_does_not_cut_the_reported_clause_off(extractor):
    x = run(extractor, "Title line\n\nDarvish told the Kurdish leaders on Monday, according to the state news "
                       "agency Kavir Press, that Tehran condemned \u201cany attack on Iraqi soil\u201d and would raise "
                       "the matter with Baghdad.")
    q = one(x, "any attack on Iraqi soil")
    assert q.kind == "mixed" and q.speaker == "Darvish"


def test_they_is_the_unnamed_many_who_just_spoke(extractor):
    x = run(extractor, "Title line\n\nThe Harmony Bloc and the Unity List met on Sunday. In a joint statement, the "
                       "two sides said they had agreed to form a committee. They also said they would expand rail "
                       "links between the two cities.")
    q = one(x, "expand rail links")
    assert q.speaker.lower() == "the two sides" and not q.speaker_resolved


def test_an_unnamed_directorate_is_not_the_armed_group_on_stage(extractor):
    x = run(extractor, "Title line\n\nThe Sword Brigades said four of its fighters were killed in the strike. The "
                       "Anbar health directorate said it had received six bodies.")
    q = one(x, "received six bodies")
    assert q.speaker != "Sword Brigades" and not q.speaker_resolved


def test_called_for_reports_what_was_asked_for(extractor):
    x = run(extractor, "Title line\n\nThe Harbour Rights Office called for an independent investigation into the "
                       "killings. The agreement calls for the fighters to leave the district.")
    assert one(x, "an independent investigation").speaker == "Harbour Rights Office"
    assert not [q for q in x.quotes if "fighters to leave" in q.text]


def test_a_statement_carried_by_an_outlet_carries_the_words_quoted_next(extractor):
    x = run(extractor, "Title line\n\nThe Sword Brigades mourned him in a statement carried by Al-Manar on Sunday "
                       "evening. \u201cOur commander rose as a martyr on the path of defending our people,\u201d the "
                       "statement said.", published="2026-01-20")
    q = one(x, "Our commander rose")
    assert q.via == "Al-Manar" and q.date == "2026-01-18"


def test_a_claim_made_in_an_interview_carries_that_interview_to_the_next_quote(extractor):
    x = run(extractor, "Title line\n\nThe claim was first made by Jalal Husseini, the group's military spokesman, in "
                       "an interview with Al Mayadeen on February 14. \u201cMore soldiers have been flown into the "
                       "base,\u201d he said.", published="2026-02-20")
    q = one(x, "More soldiers have been flown")
    assert q.speaker == "Jalal Husseini" and q.via == "Al Mayadeen" and q.date == "2026-02-14"


def test_a_speech_broadcast_by_an_outlet_carries_the_speakers_next_words(extractor):
    x = run(extractor, "Title line\n\nSalim Haddad said on Sunday evening that his group would not disarm. The speech "
                       "was broadcast live by Al-Manar.\n\n\u201cYou did not achieve with war what you wanted,\u201d "
                       "Haddad said.", published="2025-10-13")
    assert one(x, "You did not achieve").via == "Al-Manar"


def test_a_named_agency_that_reports_citing_remarks_made_to_a_channel_is_the_later_hop(extractor):
    x = run(extractor, "Title line\n\nThe movement's negotiator, Karim Abdulsattar, described the killing as \u201ca "
                       "heinous crime,\u201d the Saba news agency reported, citing remarks he made to Al-Masirah TV.")
    q = one(x, "a heinous crime")
    assert q.via is not None and "Masirah" in q.via and q.relayed_by and "Saba" in q.relayed_by[0]


def test_an_unnamed_lead_speaker_is_the_person_who_made_the_remarks(extractor):
    x = run(extractor, "Title line\n\nBEIRUT \u2014 A senior figure in the movement said on Sunday that the group "
                       "would resume its attacks within hours if the truce collapsed.\n\nKarim Haddadin, a member "
                       "of its political bureau, made the remarks in a long interview broadcast on Sunday night.",
            published="2025-10-27")
    q = one(x, "resume its attacks")
    assert q.speaker == "Karim Haddadin" and q.speaker_resolved


def test_an_unnamed_speaker_stays_unnamed_when_no_one_claims_the_remarks(extractor):
    x = run(extractor, "Title line\n\nA senior official said on Sunday that the talks would resume. Karim Haddadin, "
                       "the envoy, arrived in the capital later that day.")
    q = one(x, "the talks would resume")
    assert not q.speaker_resolved


def test_the_dead_are_not_the_he_who_speaks(extractor):
    x = run(extractor, "Title line\n\nHamid Zaidi\u2019s early statements left little room for nuance. In January "
                       "2020, shortly after the drone strike that killed the commander Karim Haddadin at the airport, "
                       "he told the channel that \u201cthe era of foreign presence has ended\u201d.")
    assert one(x, "the era of foreign presence").speaker == "Hamid Zaidi"


def test_a_named_service_with_an_owner_is_the_service(extractor):
    x = run(extractor, "Title line\n\nNorland's Magen David Adom emergency service said it had received no reports "
                       "of injuries linked to the launch.")
    q = one(x, "no reports of injuries")
    assert q.speaker_resolved and "Magen David Adom" in q.speaker


def test_a_relative_clauses_subject_is_not_the_body_the_story_is_about(extractor):
    x = run(extractor, "Title line\n\nUNIFIL, whose mandate the UN Security Council extended in August, has tried to "
                       "stay out of the argument.\n\nIn a separate statement on Tuesday, the mission said gunfire "
                       "had landed twice near its positions.")
    assert one(x, "gunfire had landed").speaker != "United Nations Security Council"
