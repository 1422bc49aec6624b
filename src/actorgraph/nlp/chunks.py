"""Split long texts into paragraph-aligned chunks so spaCy's memory stays bounded whatever the document's size."""

from __future__ import annotations

from collections.abc import Iterator


def chunk_text(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """(offset, chunk) pairs covering `text`; cuts at a blank line, else a line end, else a sentence end or a space.

    Entities never straddle a paragraph break, so cutting there loses nothing; the fallbacks only matter for
    a pathological single line megabytes long.
    """
    n = len(text)
    pos = 0
    while pos < n:
        if n - pos <= limit:
            yield pos, text[pos:]
            return
        window_end = pos + limit
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            found = text.rfind(sep, pos + limit // 2, window_end)
            if found >= 0:
                cut = found + len(sep)
                break
        if cut <= pos:
            cut = window_end
        yield pos, text[pos:cut]
        pos = cut
