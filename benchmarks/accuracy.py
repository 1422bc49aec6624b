"""Entity accuracy on the team's annotated articles: the bundled examples (dev) and the held-out set (never tuned on).

usage: python benchmarks/accuracy.py [--misses] [--set dev|heldout|both | --folder DIR] [--only REGEX]
Prints recall (found / typed) and precision per set and per type; --misses lists what was missed and what was spurious.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from fixture_sets import annotated, chosen_sets

from actorgraph.evaluation import Score
from actorgraph.nlp.extract import Extractor
from actorgraph.settings import Settings


def score_set(extractor: Extractor, folders: list[tuple[Path, Path]], only: str | None = None) -> Score:
    score = Score()
    for stem, gold, extraction in annotated(extractor, folders, only):
        score.add(stem, gold["entities"], extraction)
    return score


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=["dev", "heldout", "both"], default="both")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--folder", help="score this folder (with articles/ and gold/) instead of a named set")
    ap.add_argument("--only", help="score only the articles whose name matches this regular expression")
    args = ap.parse_args()
    extractor = Extractor(Settings())
    for name, folders in chosen_sets(args.set, args.folder).items():
        t = time.perf_counter()
        score = score_set(extractor, folders, args.only)
        print(f"== {name} ({time.perf_counter() - t:.1f}s)")
        print(json.dumps(score.summary(), indent=1))
        if args.misses:
            for miss in score.misses:
                print("MISS", miss)
            for spur in score.spurious:
                print("SPURIOUS", spur)


if __name__ == "__main__":
    main()
