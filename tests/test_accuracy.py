"""Entity, quote, date and fact accuracy on the team's annotated articles. The held-out set is never used for tuning;
its floors guard against regressions on unseen text (figures: benchmarks/accuracy.py, quotes.py and facts.py)."""

from __future__ import annotations

import sys

import pytest

from conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from accuracy import score_set  # noqa: E402
from facts import score as score_facts  # noqa: E402
from fixture_sets import SETS  # noqa: E402
from quotes import score as score_quotes  # noqa: E402


@pytest.mark.parametrize(("name", "floor_found", "floor_typed", "floor_precision"),
                         [("dev", 0.945, 0.92, 0.855), ("heldout", 0.945, 0.915, 0.855)])
def test_accuracy_entities_on_annotated_articles(extractor, name, floor_found, floor_typed, floor_precision):
    if not any(gold.glob("*.json") for _articles, gold in SETS[name]):
        pytest.skip(f"no gold for {name}")
    summary = score_set(extractor, SETS[name]).summary()
    assert summary["recall_found"] >= floor_found, summary
    assert summary["recall_typed"] >= floor_typed, summary
    assert summary["precision_typed"] >= floor_precision, summary


# Floors sit a little under the measured figures (benchmarks/README.md): they catch regressions, not noise.
@pytest.mark.parametrize(("name", "floors"), [
    # dev grew by 20 fresh articles in session 15 (d299-d318, scored unseen first), which pulled speaker and date
    # down a little; the floors moved with it
    ("dev", {"found": 0.935, "speaker_of_found": 0.96, "via_of_found": 0.93, "date_of_found": 0.845}),
    ("heldout", {"found": 0.88, "speaker_of_found": 0.895, "via_of_found": 0.905, "date_of_found": 0.86}),
])
def test_accuracy_quotes_on_annotated_articles(extractor, name, floors):
    quotes, dates = score_quotes(extractor, SETS[name])
    summary = quotes.summary()
    if not summary["gold"]:
        pytest.skip(f"no quote gold for {name}")
    for key, floor in floors.items():
        assert summary[key] >= floor, (key, summary)
    assert summary["unlocatable_gold"] == 0
    assert dates.summary()["value_of_found"] >= 0.88, dates.summary()


# Issue 4's facts: floors under the figures measured at the end of session 15 (benchmarks/README.md). The issue's
# own bars (relations 0.7, events 0.6, claims 0.6 with status 0.8) are not met yet; these only stop regressions.
@pytest.mark.parametrize(("name", "floors"), [
    ("dev", {"relations.recall": 0.37, "relations.precision": 0.69, "events.recall": 0.29, "claims.recall": 0.68,
             "claims.status_right": 0.73}),
    ("heldout", {"relations.recall": 0.30, "relations.precision": 0.68, "events.recall": 0.26,
                 "claims.recall": 0.63, "claims.status_right": 0.69}),
])
def test_accuracy_facts_on_annotated_articles(extractor, name, floors):
    result, articles = score_facts(extractor, SETS[name])
    if not articles:
        pytest.skip(f"no fact gold for {name}")
    summary = result.summary()
    for key, floor in floors.items():
        part, measure = key.split(".")
        assert summary[part][measure] >= floor, (key, summary[part])


def test_accuracy_gold_strings_occur_in_their_articles():
    import json

    for folder, articles in [(FIXTURES / "gold" / "examples", ROOT / "src" / "actorgraph" / "examples"),
                             (FIXTURES / "dev" / "gold", FIXTURES / "dev" / "articles"),
                             (FIXTURES / "heldout" / "gold", FIXTURES / "heldout" / "articles")]:
        for path in folder.glob("*.json"):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = (articles / gold["file"]).read_text(encoding="utf-8")
            for item in gold["entities"]:
                assert item["text"] in text, (path.name, item)


def test_fact_gold_follows_the_guide():
    """Relations, events and claims in gold files (tests/fixtures/ANNOTATION.md) use the closed sets and quote the
    article exactly, so that a scorer can trust them."""
    import json

    from actorgraph.model import CLAIM_STATUSES, EVENT_TYPES, PREDICATES

    qualifiers = {None, "at least", "about", "more than", "up to"}
    modes = {None, "drone", "rocket", "missile", "airstrike", "artillery", "ied", "gunfire", "suicide", "vehicle",
             "other"}
    for folder, articles in [(FIXTURES / "dev" / "gold", FIXTURES / "dev" / "articles"),
                             (FIXTURES / "heldout" / "gold", FIXTURES / "heldout" / "articles")]:
        for path in folder.glob("*.json"):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = (articles / gold["file"]).read_text(encoding="utf-8")
            quotes = {q["text"] for q in gold.get("quotes", [])}
            for rel in gold.get("relations", []):
                assert rel["predicate"] in PREDICATES and rel["evidence"] in text, (path.name, rel)
            for event in gold.get("events", []):
                assert event["type"] in EVENT_TYPES and event["evidence"] in text, (path.name, event)
                assert event["killed_qualifier"] in qualifiers and event["wounded_qualifier"] in qualifiers, event
                assert event["mode"] in modes and isinstance(event["alleged"], bool), (path.name, event)
                for count in (event["killed"], event["wounded"]):
                    assert count is None or isinstance(count, int) and count >= 0, (path.name, event)
                assert event.get("quote") is None or event["quote"] in quotes, (path.name, event)
            for claim in gold.get("claims", []):
                assert claim["status"] in CLAIM_STATUSES and claim["text"] in text, (path.name, claim)
                assert claim["evidence"] in text, (path.name, claim)
