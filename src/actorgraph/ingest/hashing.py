"""Content hashing: the key that de-duplication uses, so the same article read twice is stored once."""

from __future__ import annotations

import hashlib
import unicodedata


def content_hash(text: str) -> str:
    """Hash of the text with layout noise removed (line endings, trailing space, Unicode composition).

    Two copies of one article saved by different tools (CRLF vs LF, NFD vs NFC) must hash alike, or re-ingest would
    duplicate them; anything that changes the words changes the hash.
    """
    norm = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    norm = "\n".join(line.rstrip() for line in norm.strip().split("\n"))
    return "sha256:" + hashlib.sha256(norm.encode("utf-8")).hexdigest()
