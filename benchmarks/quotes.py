"""Quote and date accuracy on the team's annotated articles: dev (bundled examples + tests/fixtures/dev) and held-out.

usage: python benchmarks/quotes.py [--set dev|heldout|both | --folder DIR] [--errors] [--only REGEX]
Prints, per set: share of gold quotes found, precision, and of the found ones the share with the right speaker, outlet
and date; then date-expression recall and value accuracy. --errors lists every miss and wrong field.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from fixture_sets import annotated, chosen_sets

from actorgraph.nlp.extract import Extractor
from actorgraph.quote_evaluation import DateScore, QuoteScore
from actorgraph.settings import Settings


def score(extractor: Extractor, folders: list[tuple[Path, Path]], only: str | None = None
          ) -> tuple[QuoteScore, DateScore]:
    quotes, dates = QuoteScore(), DateScore()
    for stem, gold, extraction in annotated(extractor, folders, only, needs="quotes"):
        quotes.add(stem, gold, extraction)
        dates.add(stem, gold, extraction)
    return quotes, dates


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
        q, d = score(extractor, folders, args.only)
        print(f"== {name} ({time.perf_counter() - t:.1f}s)")
        print("quotes", json.dumps(q.summary()))
        print("dates ", json.dumps(d.summary()))
        if args.errors:
            for err in q.errors + d.errors:
                print(*err, sep=" | ")


if __name__ == "__main__":
    main()
