"""Temporal expressions: find them in text, then resolve them against a document's publication date.

Finding needs only the text (and the pack's temporal lexicon); resolving needs the anchor date and the tense of the
clause, which the spaCy component supplies. Keeping the two apart lets the same resolver serve the pipeline, tests
that build no `Doc`, and later the claim and event extractors.
"""

from .anaphora import measure
from .find import Found, TemporalFinder
from .lexicon import TemporalLexicon
from .resolve import resolve
from .values import TimeValue

__all__ = ["Found", "TemporalFinder", "TemporalLexicon", "TimeValue", "measure", "resolve"]
