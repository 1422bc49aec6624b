"""Assemble a Document from raw text and whatever metadata its reader found.

All readers end here, so id, hash, title, byline and language are decided one way for files, corpora and stdin.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..model import STATUS_OK, STATUS_SKIPPED_LANGUAGE, Document
from .byline import parse_date, read_byline
from .hashing import content_hash
from .language import detect_language

_PARTIAL_DATE = re.compile(r"^(?:19|20)\d\d(?:-[01]\d)?$")


def normalise_date(raw: Any) -> str | None:
    """ISO date from a metadata value; keeps a bare year or year-month as given rather than inventing a day."""
    if raw is None:
        return None
    text = str(raw).strip()
    if not text:
        return None
    if _PARTIAL_DATE.match(text):
        return text
    return parse_date(text)


def build_document(
    text: str,
    *,
    source: str,
    meta: Mapping[str, Any] | None = None,
    body_start: int = 0,
    languages: frozenset[str] = frozenset({"en"}),
    published_override: str | None = None,
) -> Document:
    """A Document whose id is the input's own id when it gives one, else the content hash."""
    meta = dict(meta or {})
    chash = content_hash(text[body_start:])
    body = text[body_start:]
    first, _, rest = body.lstrip("\n").partition("\n")
    title = _clean(meta.get("title")) or (first.strip() or None)
    byline = read_byline(rest)
    published = published_override or normalise_date(meta.get("published")) or byline.published
    language = _clean(meta.get("language")) or detect_language(body)
    status = STATUS_OK if language is None or language in languages else STATUS_SKIPPED_LANGUAGE
    doc_id = _clean(meta.get("id")) or chash
    return Document(
        id=doc_id,
        content_hash=chash,
        text=text,
        title=title,
        outlet=_clean(meta.get("outlet")) or byline.outlet,
        author=_clean(meta.get("author")) or byline.author,
        published=published,
        url=_clean(meta.get("url")),
        language=language,
        status=status,
        source=source,
        body_start=body_start,
    )


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
