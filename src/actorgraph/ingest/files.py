"""Readers for single files: plain text (with optional front matter or sidecar JSON) and HTML pages.

Each reader checks the size before reading, refuses binary or undecodable content with a reason the user can act
on, and never raises for one bad file in a way that stops a run: callers get an InputError per bad document.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_SNIFF = 8192


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refused past `max_bytes` before anything is read into memory."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror}).") from None
    if size == 0:
        raise InputError(str(path), "empty file; nothing to ingest.")
    if size > max_bytes:
        raise InputError(
            str(path),
            f"{size:,} bytes is over the {max_bytes:,}-byte limit; split the file or raise "
            "ACTORGRAPH_MAX_DOCUMENT_BYTES.",
        )
    with path.open("rb") as fh:
        data = fh.read()
    if b"\x00" in data[:_SNIFF]:
        raise InputError(str(path), "binary file (contains NUL bytes), not text; remove it or convert it to text.")
    return data


def decode(data: bytes, source: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            source, f"not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); re-save it as UTF-8."
        ) from None
    if not text.strip():
        raise InputError(source, "contains only whitespace; nothing to ingest.")
    return text


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], int]:
    """YAML front matter between '---' lines at the very top, and where the article itself starts."""
    if not text.startswith("---"):
        return {}, 0
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].strip() != "---":
        return {}, 0
    end = text.find("\n---", first_nl)
    if end < 0:
        raise InputError(source, "front matter opened with '---' is never closed; add a closing '---' line.")
    block = text[first_nl + 1:end]
    after = text.find("\n", end + 1)
    body_start = len(text) if after < 0 else after + 1
    try:
        meta = yaml.safe_load(block) or {}
    except yaml.YAMLError as exc:
        raise InputError(source, f"front matter is not valid YAML ({exc.__class__.__name__}); fix or remove it.")
    if not isinstance(meta, dict):
        raise InputError(source, "front matter must be key: value lines.")
    while body_start < len(text) and text[body_start] in "\r\n":
        body_start += 1
    return meta, body_start


def sidecar_metadata(path: Path) -> dict[str, Any]:
    """Metadata from `NAME.json` beside `NAME.txt`, the usual way scrapers store it."""
    side = path.with_suffix(".json")
    if side == path or not side.is_file():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(side), f"sidecar metadata is not valid JSON ({exc}); fix it or remove it.") from None
    if not isinstance(meta, dict):
        raise InputError(str(side), "sidecar metadata must be a JSON object.")
    return meta


def read_text_file(path: Path, max_bytes: int) -> tuple[str, dict[str, Any], int]:
    """(text, metadata, body_start) for a plain-text article."""
    text = decode(read_bytes(path, max_bytes), str(path))
    meta, body_start = split_front_matter(text, str(path))
    if not text[body_start:].strip():
        raise InputError(str(path), "has front matter but no article text.")
    merged = {**sidecar_metadata(path), **meta}
    return text, merged, body_start


def read_html_file(path: Path, max_bytes: int) -> tuple[str, dict[str, Any], int]:
    return html_to_text(decode(read_bytes(path, max_bytes), str(path)), str(path))


def html_to_text(html: str, source: str) -> tuple[str, dict[str, Any], int]:
    """Main text and meta-tag metadata of a web page; the title becomes the first line so offsets match files."""
    import trafilatura

    try:
        body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        meta_doc = trafilatura.extract_metadata(html)
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(source, f"HTML could not be parsed ({exc.__class__.__name__}: {exc}).") from None
    if not body or not re.search(r"[^\W\d_]{2,}", body):
        raise InputError(source, "no article text found in this HTML page (empty, broken or not an article).")
    meta: dict[str, Any] = {}
    if meta_doc is not None:
        meta = {
            "title": meta_doc.title, "author": meta_doc.author, "published": meta_doc.date,
            "url": meta_doc.url, "outlet": meta_doc.sitename,
        }
    title = (meta.get("title") or "").strip()
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if title and paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    # Title line, blank line, paragraphs separated by blank lines: the same layout as a text file.
    text = "\n\n".join(([title] if title else []) + paragraphs) + "\n"
    return text, {k: v for k, v in meta.items() if v}, 0



def is_html_suffix(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES

