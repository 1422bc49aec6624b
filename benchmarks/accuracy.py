"""Entity accuracy on the team's annotated articles: the bundled examples (dev) and the held-out set (never tuned on).

usage: python benchmarks/accuracy.py [--misses] [--set dev|heldout|both] [--only REGEX]
Prints recall (found / typed) and precision per set and per type; --misses lists what was missed and what was spurious.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from actorgraph.evaluation import Score, load_gold
from actorgraph.ingest.sources import iter_documents
from actorgraph.model import Document
from actorgraph.nlp.extract import Extractor
from actorgraph.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"
SETS = {
    "dev": [(ROOT / "src" / "actorgraph" / "examples", FIX / "gold" / "examples"),
            (FIX / "dev" / "articles", FIX / "dev" / "gold")],
    "heldout": [(FIX / "heldout" / "articles", FIX / "heldout" / "gold")],
}


def score_set(extractor: Extractor, folders: list[tuple[Path, Path]], only: str | None = None) -> Score:
    score = Score()
    for articles, gold_dir in folders:
        for stem, gold in load_gold(gold_dir):
            if only and not re.match(only, stem):
                continue
            path = articles / gold["file"]
            (doc,) = list(iter_documents([str(path)], extractor.settings))
            assert isinstance(doc, Document), doc
            if gold.get("published"):
                doc.published = gold["published"]
            score.add(stem, gold["entities"], extractor.extract(doc))
    return score


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", choices=["dev", "heldout", "both"], default="both")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--only", help="score only the articles whose name matches this regular expression")
    args = ap.parse_args()
    extractor = Extractor(Settings())
    for name in (["dev", "heldout"] if args.set == "both" else [args.set]):
        t = time.perf_counter()
        score = score_set(extractor, SETS[name], args.only)
        print(f"== {name} ({time.perf_counter() - t:.1f}s)")
        print(json.dumps(score.summary(), indent=1))
        if args.misses:
            for miss in score.misses:
                print("MISS", miss)
            for spur in score.spurious:
                print("SPURIOUS", spur)


if __name__ == "__main__":
    main()
