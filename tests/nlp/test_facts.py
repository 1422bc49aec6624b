"""Relations, events and claims through the real pipeline, on sentences written for these tests."""

from __future__ import annotations

import pytest

from actorgraph.errors import PackError
from actorgraph.nlp.casualties import CasualtyReader
from actorgraph.nlp.fact_lexicon import FactLexicon
from tests.quote_helpers import run


def relations(extraction):
    return {(r.subject, r.predicate, r.object) for r in extraction.relations}


def events(extraction, etype):
    return [e for e in extraction.events if e.type == etype]


@pytest.fixture(scope="module")
def lexicon(bundled_pack):
    return FactLexicon.from_rules(bundled_pack.rules)


# -- casualty figures -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, killed, wounded", [
    ("The blast killed at least 156 people in the market.", (156, "at least"), None),
    ("Gunmen killed three soldiers and wounded dozens of civilians.", (3, None), (24, "at least")),
    ("Twenty-seven members of the brigade were killed in the ambush.", (27, None), None),
    ("More than 40 people were wounded, officials said.", None, (40, "more than")),
    ("The death toll rose to 12 on Monday.", (12, None), None),
    ("In 2019 the group seized the town.", None, None),
])
def test_casualty_figures_keep_their_qualifier(lexicon, sentence, killed, wounded):
    toll = CasualtyReader(lexicon).read(sentence)
    got_killed = (toll.killed.value, toll.killed.qualifier) if toll.killed else None
    got_wounded = (toll.wounded.value, toll.wounded.qualifier) if toll.wounded else None
    assert (got_killed, got_wounded) == (killed, wounded)


def test_a_casualty_figure_points_into_its_sentence(lexicon):
    sentence = "The strike killed about 30 fighters."
    toll = CasualtyReader(lexicon).read(sentence, base=100)
    assert sentence[toll.killed.start - 100:toll.killed.end - 100].startswith("killed about 30")


def test_the_lexicon_names_a_bad_key(bundled_pack):
    rules = dict(bundled_pack.rules)
    facts = dict(rules["facts"])
    facts["roles"] = {"heads": ["leader"]}
    rules["facts"] = facts
    with pytest.raises(PackError, match="facts.roles.*'heads'"):
        FactLexicon.from_rules(rules)


def test_a_pack_without_fact_rules_is_refused():
    with pytest.raises(PackError, match="facts"):
        FactLexicon.from_rules({})


# -- relations --------------------------------------------------------------------------------------------------
def test_apposition_and_title_give_leaders_and_members(extractor):
    text = ("Akram al-Kaabi, the secretary-general of Harakat Hezbollah al-Nujaba, spoke on Monday.\n\n"
            "Hezbollah leader Naim Qassem answered him on Tuesday.\n\n"
            "Nasr al-Shammari, a spokesman for Harakat Hezbollah al-Nujaba, declined to comment.\n")
    got = relations(run(extractor, text, "2024-02-01"))
    assert ("Akram al-Kaabi", "leads", "Harakat Hezbollah al-Nujaba") in got
    assert ("Naim Qassem", "leads", "Hezbollah") in got
    assert ("Nasr al-Shammari", "member_of", "Harakat Hezbollah al-Nujaba") in got


def test_backing_designation_and_area_of_operation(extractor):
    text = ("Kataib Hezbollah, an Iran-backed militia, was designated by the US State Department in 2009.\n\n"
            "Kataib Hezbollah operates in Iraq and Syria.\n")
    ex = run(extractor, text, "2024-02-01")
    got = relations(ex)
    assert ("Kataib Hezbollah", "backed_by", "Iran") in got
    assert ("Kataib Hezbollah", "operates_in", "Iraq") in got
    assert ("Kataib Hezbollah", "operates_in", "Syria") in got
    designated = [r for r in ex.relations if r.predicate == "designated_by"]
    assert designated and designated[0].since == "2009"


def test_a_village_in_a_province_is_located_in_it(extractor):
    text = "Fighters attacked the village of Tal Ghazal in Kirkuk province overnight.\n"
    got = relations(run(extractor, text, "2024-02-01"))
    assert any(s == "Tal Ghazal" and p == "located_in" and "Kirkuk" in o for s, p, o in got)


def test_iran_aligned_is_not_backing(extractor):
    text = "Asaib Ahl al-Haq, an Iran-aligned party, won seats in the vote.\n"
    got = relations(run(extractor, text, "2024-02-01"))
    assert not any(p == "backed_by" for _s, p, _o in got)


# -- events -----------------------------------------------------------------------------------------------------
def test_an_attack_with_its_toll_and_mode(extractor):
    text = ("Islamic State militants killed 27 members of the Popular Mobilization Forces in a drone attack "
            "on Sunday.\n")
    ex = run(extractor, text, "2024-01-02")
    assaults = events(ex, "ASSAULT")
    assert assaults, ex.events
    hit = assaults[0]
    assert (hit.actor, hit.target, hit.killed, hit.mode) == ("Islamic State", "Popular Mobilization Forces", 27,
                                                              "drone")
    assert hit.date == "2023-12-31"
    assert ex.document.text[hit.evidence.start:hit.evidence.end] == hit.evidence.text


def test_a_conditional_act_is_not_an_event(extractor):
    text = "Kataib Hezbollah would attack American bases if the talks failed.\n"
    ex = run(extractor, text, "2024-01-02")
    assert not events(ex, "ASSAULT")


def test_a_threat_in_a_quote_is_a_threaten_event_of_its_speaker(extractor):
    text = ('Akram al-Kaabi said on Monday that the resistance "will respond with force" to any attack on '
            "Harakat Hezbollah al-Nujaba.\n")
    ex = run(extractor, text, "2024-01-03")
    threats = events(ex, "THREATEN")
    assert threats and threats[0].actor == "Akram al-Kaabi"
    assert threats[0].quote and "will respond" in threats[0].quote


def test_an_accusation_names_the_accused(extractor):
    text = "Qais al-Khazali accused the United States of violating Iraqi sovereignty, Reuters reported.\n"
    ex = run(extractor, text, "2024-01-03")
    accusations = events(ex, "ACCUSE")
    assert accusations and (accusations[0].actor, accusations[0].target) == ("Qais al-Khazali", "United States")


def test_an_attack_told_only_by_its_claimant_is_alleged_and_a_claim(extractor):
    text = ('The Islamic Resistance in Iraq said in a statement that it had targeted Ain al-Asad air base with '
            "two drones.\n")
    ex = run(extractor, text, "2024-01-03")
    assaults = events(ex, "ASSAULT")
    assert assaults and all(a.alleged for a in assaults)
    assert any("targeted" in c.text for c in ex.claims)


# -- claims -----------------------------------------------------------------------------------------------------
def test_a_denied_accusation_is_marked_denied_by_the_accused(extractor):
    text = ("Israel accused Hezbollah of storing rockets in the village, the army said.\n\n"
            "Hezbollah denied the accusation, saying it had no weapons there.\n")
    ex = run(extractor, text, "2024-01-03")
    claim = next(c for c in ex.claims if "storing rockets" in c.text)
    assert claim.status == "denied"
    assert claim.assessed_by == "Hezbollah"


def test_a_claim_shown_false_by_a_fact_checker_is_debunked(extractor):
    text = ('Sabereen News claimed that the drone had destroyed a radar at the base.\n\n'
            "The footage was debunked by fact-checkers, who found it dated from 2019.\n")
    ex = run(extractor, text, "2024-01-03")
    claim = next(c for c in ex.claims if "radar" in c.text)
    assert claim.status == "debunked"


def test_an_unassessed_claim_stays_unverified(extractor):
    text = "Kataib Hezbollah claimed responsibility for the rocket attack on the airport.\n"
    ex = run(extractor, text, "2024-01-03")
    assert ex.claims and all(c.status == "unverified" and c.assessed_by is None for c in ex.claims)


def test_fact_names_are_entity_names_or_descriptions_kept_aside(extractor):
    text = ("Unidentified gunmen killed two policemen near Baquba on Friday, police said.\n\n"
            "Hezbollah leader Naim Qassem warned Israel that it would pay a heavy price.\n")
    ex = run(extractor, text, "2024-01-03")
    names = {e.name for e in ex.entities}
    for e in ex.events:
        assert e.actor is None or e.actor in names
        assert e.target is None or e.target in names
        assert e.location is None or e.location in names
    for r in ex.relations:
        assert r.subject in names and r.object in names
    for c in ex.claims:
        assert c.claimant is None or c.claimant in names
    assert any(e.actor_description and "gunmen" in e.actor_description for e in ex.events)


def test_an_attack_is_placed_with_the_places_that_hold_it(extractor):
    text = ("Islamic State militants killed 27 members of the Popular Mobilization Forces in an ambush near Hawija "
            "on Sunday.\n\nA drone struck a house in the village of Tal Ghazal in Kirkuk province.\n")
    ex = run(extractor, text, "2024-01-03")
    assaults = events(ex, "ASSAULT")
    placed = {(e.location, tuple(e.location_within)) for e in assaults}
    assert ("Hawija", ("Kirkuk Province", "Iraq")) in placed
    assert ("Tal Ghazal", ("Kirkuk Province", "Iraq")) in placed  # the text's "in Kirkuk province", then the pack
    assert len(assaults) == 2  # the ambush and the killing are one act


def test_a_killing_lists_each_victim_with_its_own_count(extractor):
    text = ("Israeli strikes killed the IRGC's commander-in-chief, Hossein Salami, the head of its aerospace force, "
            "Amir Ali Hajizadeh, and dozens of other senior officers.\n")
    ex = run(extractor, text, "2025-06-14")
    got = {(e.target or e.target_description, e.killed, e.killed_qualifier) for e in events(ex, "ASSAULT")}
    assert ("Hossein Salami", 1, None) in got and ("Amir Ali Hajizadeh", 1, None) in got
    assert ("dozens of other senior officers", 24, "at least") in got


def test_the_groups_outlet_goes_to_the_group_the_pack_knows_owns_it(extractor):
    text = ("Islamic State militants attacked a checkpoint near Hawija on Sunday.\n\n"
            "The dead included a commander of Kataib Sayyid al-Shuhada.\n\n"
            "The group's Amaq news agency later carried a statement boasting of the attack.\n")
    got = relations(run(extractor, text, "2024-01-03"))
    owned = {(s, o) for s, p, o in got if p == "part_of"}
    assert any("Amaq" in s and o == "Islamic State" for s, o in owned), got
    assert not any("Amaq" in s and o == "Kataib Sayyid al-Shuhada" for s, o in owned)


def test_an_umbrella_that_includes_groups_has_them_as_parts(extractor):
    text = ("The Coordination Framework, which includes the Badr Organization and Asaib Ahl al-Haq, met on "
            "Monday.\n")
    got = relations(run(extractor, text, "2024-01-03"))
    parts = {s for s, p, o in got if p == "part_of" and o == "Coordination Framework"}
    assert parts == {"Badr Organization", "Asaib Ahl al-Haq"}, got


def test_an_accusation_answered_in_apposition_is_denied(extractor):
    text = ("The Houthis said the detained aid workers belonged to an American-Israeli spy network, a charge the "
            "United Nations has repeatedly dismissed.\n")
    ex = run(extractor, text, "2024-01-03")
    claim = next(c for c in ex.claims if "spy network" in c.text)
    assert (claim.status, claim.assessed_by) == ("denied", "United Nations")


def test_the_head_of_a_groups_bloc_is_a_member_of_the_group(extractor):
    text = ("Mohammad Raad, the head of Hezbollah's parliamentary bloc, met the president on Monday.\n\n"
            "Qais al-Khazali, the leader of the Asaib Ahl al-Haq movement, spoke later.\n")
    got = relations(run(extractor, text, "2024-01-03"))
    assert ("Mohammad Raad", "member_of", "Hezbollah") in got and ("Mohammad Raad", "leads", "Hezbollah") not in got
    assert ("Qais al-Khazali", "leads", "Asaib Ahl al-Haq") in got


def test_only_a_designation_makes_a_designated_by(extractor):
    text = ("The United States designated Kataib Hezbollah a terrorist organisation in 2009.\n\n"
            "Hezbollah relied on one overland route. The fall of Bashar al-Assad cut it almost overnight.\n")
    got = relations(run(extractor, text, "2024-01-03"))
    designated = {(s, o) for s, p, o in got if p == "designated_by"}
    assert ("Kataib Hezbollah", "United States") in designated
    assert not any(o == "Bashar al-Assad" for _s, o in designated)
