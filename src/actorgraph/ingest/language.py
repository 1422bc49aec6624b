"""Offline language identification (py3langid ships its model inside the package; nothing is downloaded)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _classify() -> Any:
    import py3langid

    return py3langid.classify


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell.

    Only a sample from the start is classified: the language of a news article does not change half way, and long
    documents must not cost more here than a few milliseconds.
    """
    sample = text[:_SAMPLE_CHARS]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 20:
        return None
    lang, _score = _classify()(sample)
    return str(lang)
