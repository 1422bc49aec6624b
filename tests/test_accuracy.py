"""Entity accuracy on the team's annotated articles. The held-out set is never used for tuning; its floor guards
against regressions on unseen text (figures are printed by benchmarks/accuracy.py)."""

from __future__ import annotations

import sys

import pytest

from conftest import FIXTURES, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from accuracy import SETS, score_set  # noqa: E402


@pytest.mark.parametrize(("name", "floor_found", "floor_typed", "floor_precision"),
                         [("dev", 0.92, 0.89, 0.86), ("heldout", 0.92, 0.87, 0.85)])
def test_accuracy_entities_on_annotated_articles(extractor, name, floor_found, floor_typed, floor_precision):
    articles, gold = SETS[name]
    if not any(gold.glob("*.json")):
        pytest.skip(f"no gold for {name}")
    summary = score_set(extractor, articles, gold).summary()
    assert summary["recall_found"] >= floor_found, summary
    assert summary["recall_typed"] >= floor_typed, summary
    assert summary["precision_typed"] >= floor_precision, summary


def test_accuracy_gold_strings_occur_in_their_articles():
    import json

    for folder, articles in [(FIXTURES / "gold" / "examples", ROOT / "src" / "actorgraph" / "examples"),
                             (FIXTURES / "heldout" / "gold", FIXTURES / "heldout" / "articles")]:
        for path in folder.glob("*.json"):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = (articles / gold["file"]).read_text(encoding="utf-8")
            for item in gold["entities"]:
                assert item["text"] in text, (path.name, item)
