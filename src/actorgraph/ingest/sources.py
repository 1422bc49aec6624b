"""Walk the paths a user gives (files, folders, corpora, '-' for stdin) and yield Documents or per-input errors.

This is the one entry point the CLI, the web app and batch jobs use to read; it decides by suffix which reader a
file needs and never stops a run for one bad input.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ..model import Document
from ..settings import Settings
from .corpus import iter_corpus_file, iter_jsonl
from .document import build_document
from .files import decode, html_to_text, is_html_suffix, read_html_file, read_text_file, split_front_matter

CORPUS_SUFFIXES = {".jsonl", ".ndjson", ".csv"}
Item = Document | InputError


def iter_documents(
    paths: Iterable[str], settings: Settings, published: str | None = None, stdin: IO[str] | None = None
) -> Iterator[Item]:
    for raw in paths:
        if raw == "-":
            yield from _from_stdin(stdin or sys.stdin, settings, published)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from _from_file(file, settings, published)
        elif path.exists():
            yield from _from_file(path, settings, published)
        else:
            yield InputError(raw, "no such file or folder.")


def _walk(folder: Path) -> Iterator[Path]:
    """Every readable file under `folder`, sorted for repeatable runs; hidden files and sidecars are left out."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))
    stems_with_text = {p.with_suffix("") for p in files if p.suffix.lower() not in {".json"}}
    for p in files:
        if p.suffix.lower() == ".json" and p.with_suffix("") in stems_with_text:
            continue  # sidecar metadata, read with its article
        yield p


def _from_file(path: Path, settings: Settings, published: str | None) -> Iterator[Item]:
    suffix = path.suffix.lower()
    langs = settings.language_set
    if suffix in CORPUS_SUFFIXES or suffix == ".json":
        for row in iter_corpus_file(path, settings.corpus_fields, settings.csv_encoding, settings.max_document_bytes):
            yield row if isinstance(row, InputError) else _row_document(row, langs, published)
        return
    try:
        if is_html_suffix(path):
            text, meta, body_start = read_html_file(path, settings.max_document_bytes)
        else:
            text, meta, body_start = read_text_file(path, settings.max_document_bytes)
    except InputError as err:
        yield err
        return
    yield build_document(
        text, source=str(path), meta=meta, body_start=body_start, languages=langs, published_override=published
    )


def _row_document(row: tuple[str, dict[str, Any], str], langs: frozenset[str], published: str | None) -> Document:
    label, meta, text = row
    return build_document(text, source=label, meta=meta, languages=langs, published_override=published)


def _from_stdin(stream: IO[str], settings: Settings, published: str | None) -> Iterator[Item]:
    """Standard input holds either a JSON Lines corpus (first character '{') or one article."""
    data = stream.read(settings.max_document_bytes + 1)
    if len(data) > settings.max_document_bytes:
        yield InputError("<stdin>", f"over the {settings.max_document_bytes:,}-byte limit; pass a file instead.")
        return
    if not data.strip():
        yield InputError("<stdin>", "empty input; nothing to ingest.")
        return
    langs = settings.language_set
    if data.lstrip().startswith("{"):
        for row in iter_jsonl(io.StringIO(data), "<stdin>", settings.corpus_fields, settings.max_document_bytes):
            yield row if isinstance(row, InputError) else _row_document(row, langs, published)
        return
    if data.lstrip().lower().startswith(("<!doctype html", "<html")):
        try:
            text, meta, body_start = html_to_text(data, "<stdin>")
        except InputError as err:
            yield err
            return
    else:
        try:
            text = decode(data.encode("utf-8", "surrogateescape"), "<stdin>")
            meta, body_start = split_front_matter(text, "<stdin>")
        except InputError as err:
            yield err
            return
    yield build_document(text, source="<stdin>", meta=meta, body_start=body_start, languages=langs,
                         published_override=published)

