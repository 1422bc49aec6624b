"""The temporal resolver against the team's table of expressions with fixed anchors (tests/fixtures/dates/table.yaml).

The sentence goes through the real pipeline, so the tense that decides "on Friday" or "December 1" comes from the
parse, as it does in `extract`.
"""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from actorgraph.temporal import resolve
from conftest import FIXTURES

ROWS = yaml.safe_load((FIXTURES / "dates" / "table.yaml").read_text(encoding="utf-8"))


def test_table_has_enough_rows():
    assert len(ROWS) >= 80


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['anchor']}-{r['expr']}" for r in ROWS])
def test_temporal_table(row, extractor):
    doc = extractor.nlp(row["sentence"])
    start = row["sentence"].index(row["expr"])
    end = start + len(row["expr"])
    anchor = row["anchor"] if isinstance(row["anchor"], dt.date) else dt.date.fromisoformat(row["anchor"])
    hits = [t for t in doc._.temporal if t.found.start < end and t.found.end > start]
    if row["value"] is None:
        resolved = [resolve(t.found, extractor.temporal_lexicon, anchor, t.tense) for t in hits]
        assert all(v is None for v in resolved), f"invented a value for {row['expr']!r}: {resolved}"
        return
    assert hits, f"{row['expr']!r} not found in {row['sentence']!r}"
    value = resolve(hits[0].found, extractor.temporal_lexicon, anchor, hits[0].tense)
    assert value is not None
    assert (value.value, value.precision, value.kind, value.qualifier) == (
        str(row["value"]), row["precision"], row["kind"], row.get("qualifier"))
