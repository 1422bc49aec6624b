"""Relation, event and claim accuracy on the team's annotated articles (issue 4): dev and held-out.

usage: python benchmarks/facts.py [--set dev|heldout|both | --folder DIR] [--errors] [--only REGEX]
Prints, per set: relations recall / precision (subject, predicate, object), events recall / precision on (type,
actor, target) with casualty figures exact, claims recall / precision with claimant and status right. Only articles
whose gold has fact lists are scored. --errors lists every miss and spurious fact (never use it on held-out).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from fixture_sets import annotated, chosen_sets

from actorgraph.fact_evaluation import FactScore
from actorgraph.nlp.extract import Extractor
from actorgraph.settings import Settings


def score(extractor: Extractor, folders: list[tuple[Path, Path]], only: str | None = None) -> tuple[FactScore, int]:
    """The fact score over the annotated articles whose gold has fact lists, with how many there were."""
    result = FactScore()
    articles = 0
    for stem, gold, extraction in annotated(extractor, folders, only, needs="relations"):
        result.add(stem, gold, extraction)
        articles += 1
    return result, articles


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=["dev", "heldout", "both"], default="both")
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--folder", help="score this folder (with articles/ and gold/) instead of a named set")
    ap.add_argument("--only", help="score only the articles whose name matches this regular expression")
    args = ap.parse_args()
    extractor = Extractor(Settings())
    for name, folders in chosen_sets(args.set, args.folder).items():
        t = time.perf_counter()
        result, articles = score(extractor, folders, args.only)
        print(f"== {name}: {articles} articles ({time.perf_counter() - t:.1f}s)")
        summary = result.summary()
        for part in ("relations", "events", "claims"):
            print(part, json.dumps(summary[part]))
        if args.errors:
            for err in result.errors:
                print(*err, sep=" | ")


if __name__ == "__main__":
    main()
