"""The team's annotated article sets and one walk over them, shared by the accuracy and quote benchmarks.

dev = the bundled examples + tests/fixtures/dev; held-out = tests/fixtures/heldout (never tuned on). Each article is
extracted with the gold's publication date, so relative dates resolve as the annotator resolved them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from actorgraph.evaluation import load_gold
from actorgraph.ingest.sources import iter_documents
from actorgraph.model import Document, Extraction
from actorgraph.nlp.extract import Extractor

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"
SETS = {
    "dev": [(ROOT / "src" / "actorgraph" / "examples", FIX / "gold" / "examples"),
            (FIX / "dev" / "articles", FIX / "dev" / "gold")],
    "heldout": [(FIX / "heldout" / "articles", FIX / "heldout" / "gold")],
}


def chosen_sets(name: str, folder: str | None) -> dict[str, list[tuple[Path, Path]]]:
    """The sets a benchmark run scores: `folder` (holding articles/ and gold/, e.g. a new batch not yet filed under
    dev) when given, else dev, held-out or both."""
    if folder:
        root = Path(folder)
        return {root.name: [(root / "articles", root / "gold")]}
    return {n: SETS[n] for n in (["dev", "heldout"] if name == "both" else [name])}


def annotated(extractor: Extractor, folders: list[tuple[Path, Path]], only: str | None = None,
              needs: str = "entities") -> Iterator[tuple[str, dict[str, Any], Extraction]]:
    """(article name, gold, extraction) for each annotated article whose gold has `needs` and whose name matches
    `only` (a regular expression)."""
    for articles, gold_dir in folders:
        if not gold_dir.exists():
            continue
        for stem, gold in load_gold(gold_dir):
            if needs not in gold or (only and not re.match(only, stem)):
                continue
            (doc,) = list(iter_documents([str(articles / gold["file"])], extractor.settings))
            assert isinstance(doc, Document), doc
            if gold.get("published"):
                doc.published = gold["published"]
            yield stem, gold, extractor.extract(doc)
