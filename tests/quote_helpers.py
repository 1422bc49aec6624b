"""Helpers for quote tests that run written text through the real pipeline."""

from __future__ import annotations

from actorgraph.ingest.document import build_document


def run(extractor, text, published):
    return extractor.extract(build_document(text, source="test.txt", published_override=published))


def one(extraction, fragment):
    """The first quote whose text holds `fragment`; fails listing the quotes found when there is none."""
    found = [q for q in extraction.quotes if fragment in q.text]
    assert found, f"no quote with {fragment!r}: {[q.text for q in extraction.quotes]}"
    return found[0]
