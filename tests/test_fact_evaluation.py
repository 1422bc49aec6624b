"""The fact scorer: what counts as a found relation, event and claim."""

from __future__ import annotations

from actorgraph.fact_evaluation import FactScore, same_party
from actorgraph.model import Claim, Document, Entity, Event, Extraction, Mention, Relation, Span

TEXT = "Rupert al-Hentzau, who leads the Black Elk Brigades, said the brigades struck Zenda and killed 3."


def _extraction(relations=(), events=(), claims=()):
    doc = Document(id="a", content_hash="a", text=TEXT)
    ents = [Entity("p", "Rupert al-Hentzau", "PERSON", ["Hentzau"], [Mention(0, 17, "Rupert al-Hentzau")]),
            Entity("o", "Black Elk Brigades", "ORG", [], [Mention(33, 51, "Black Elk Brigades")]),
            Entity("g", "Zenda", "GPE", [], [Mention(78, 83, "Zenda")])]
    return Extraction(document=doc, entities=ents, relations=list(relations), events=list(events),
                      claims=list(claims))


EV = Span(0, len(TEXT), TEXT)


def test_a_relation_counts_only_with_its_predicate_and_both_names():
    gold = {"relations": [{"subject": "Hentzau", "predicate": "leads", "object": "Black Elk Brigades"}]}
    right = FactScore()
    right.add("a", gold, _extraction([Relation("Rupert al-Hentzau", "leads", "Black Elk Brigades", EV)]))
    wrong = FactScore()
    wrong.add("a", gold, _extraction([Relation("Rupert al-Hentzau", "member_of", "Black Elk Brigades", EV)]))
    assert right.summary()["relations"]["recall"] == 1.0 and right.summary()["relations"]["precision"] == 1.0
    assert wrong.summary()["relations"]["recall"] == 0.0 and wrong.summary()["relations"]["precision"] == 0.0


def test_an_event_needs_type_actor_and_target_and_its_toll_is_checked():
    gold = {"events": [{"type": "ASSAULT", "actor": "Black Elk Brigades", "target": "Zenda", "killed": 3,
                        "killed_qualifier": None, "wounded": None, "wounded_qualifier": None}]}
    score = FactScore()
    score.add("a", gold, _extraction(events=[Event("ASSAULT", EV, actor="Black Elk Brigades", target="Zenda",
                                                   killed=3)]))
    assert score.summary()["events"]["recall"] == 1.0 and score.summary()["events"]["toll_exact"] == 1.0
    miss = FactScore()
    miss.add("a", gold, _extraction(events=[Event("ASSAULT", EV, actor="Black Elk Brigades", target=None)]))
    assert miss.summary()["events"]["recall"] == 0.0


def test_a_meeting_counts_in_either_order_but_an_attack_does_not():
    consult = {"events": [{"type": "CONSULT", "actor": "Zenda", "target": "Black Elk Brigades"}]}
    flipped = [Event("CONSULT", EV, actor="Black Elk Brigades", target="Zenda")]
    score = FactScore()
    score.add("a", consult, _extraction(events=flipped))
    assert score.summary()["events"]["recall"] == 1.0
    assault = {"events": [{"type": "ASSAULT", "actor": "Zenda", "target": "Black Elk Brigades"}]}
    score = FactScore()
    score.add("a", assault, _extraction(events=[Event("ASSAULT", EV, actor="Black Elk Brigades", target="Zenda")]))
    assert score.summary()["events"]["recall"] == 0.0


def test_a_claim_is_found_by_overlap_and_its_status_compared():
    gold = {"claims": [{"claimant": "Rupert al-Hentzau", "text": "the brigades struck Zenda and killed 3",
                        "status": "denied"}]}
    score = FactScore()
    score.add("a", gold, _extraction(claims=[Claim("Rupert al-Hentzau", "the brigades struck Zenda", EV)]))
    summary = score.summary()["claims"]
    assert summary["recall"] == 1.0 and summary["claimant_right"] == 1.0 and summary["status_right"] == 0.0


def test_descriptions_compare_loosely_and_null_only_matches_null():
    assert same_party("unidentified gunmen", None, "gunmen", {})
    assert not same_party(None, None, "gunmen", {})
    assert same_party(None, None, None, {})
