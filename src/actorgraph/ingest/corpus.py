"""Streaming readers for corpora: JSON Lines and CSV, one document per row.

Rows are yielded one at a time so a corpus of any size is read in bounded memory; a broken row costs that row only.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from ..errors import InputError



def _row_to_meta(
    raw: Mapping[str, Any], fields: Mapping[str, str], label: str
) -> tuple[dict[str, Any], str]:
    text = raw.get(fields["text"])
    if not isinstance(text, str) or not text.strip():
        raise InputError(label, f"no text in field '{fields['text']}' (set ACTORGRAPH_FIELD_TEXT if it has another name).")
    meta = {key: raw.get(col) for key, col in fields.items() if key != "text" and raw.get(col) not in (None, "")}
    return meta, text


def iter_jsonl(
    stream: IO[str], name: str, fields: Mapping[str, str], max_bytes: int
) -> Iterator[tuple[str, dict[str, Any], str] | InputError]:
    for lineno, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        label = f"{name} line {lineno}"
        if len(line) > max_bytes:
            yield InputError(label, f"row of {len(line):,} characters is over the {max_bytes:,}-byte limit.")
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(label, f"invalid JSON ({exc.msg} at column {exc.colno}); fix or remove this line.")
            continue
        if not isinstance(raw, dict):
            yield InputError(label, "a JSON Lines row must be an object with a text field.")
            continue
        try:
            meta, text = _row_to_meta(raw, fields, label)
        except InputError as err:
            yield err
            continue
        yield label, meta, text


def iter_csv(
    stream: IO[str], name: str, fields: Mapping[str, str], max_bytes: int
) -> Iterator[tuple[str, dict[str, Any], str] | InputError]:
    csv.field_size_limit(max(max_bytes, 131072))
    reader = csv.DictReader(stream)
    if reader.fieldnames is None:
        yield InputError(name, "empty CSV file; nothing to ingest.")
        return
    if fields["text"] not in reader.fieldnames:
        yield InputError(
            name,
            f"CSV has no '{fields['text']}' column (columns: {', '.join(reader.fieldnames)}); "
            "set ACTORGRAPH_FIELD_TEXT to the column that holds the text.",
        )
        return
    rowno = 1
    while True:
        rowno += 1
        label = f"{name} row {rowno}"
        try:
            raw = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(label, f"malformed CSV ({exc}).")
            return
        if None in raw:
            yield InputError(label, "row has more cells than the header; check its quoting.")
            continue
        try:
            meta, text = _row_to_meta(raw, fields, label)
        except InputError as err:
            yield err
            continue
        yield label, meta, text


def iter_json(
    stream: IO[str], name: str, fields: Mapping[str, str], max_bytes: int
) -> Iterator[tuple[str, dict[str, Any], str] | InputError]:
    """A .json file: one document object, or an array of them (small exports; large corpora should be JSONL)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield InputError(name, f"over the {max_bytes:,}-byte limit; convert it to JSON Lines, which is streamed.")
        return
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as exc:
        yield InputError(name, f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}).")
        return
    rows = raw if isinstance(raw, list) else [raw]
    for index, item in enumerate(rows):
        label = f"{name} item {index}" if isinstance(raw, list) else name
        if not isinstance(item, dict):
            yield InputError(label, "each document must be a JSON object with a text field.")
            continue
        try:
            meta, text = _row_to_meta(item, fields, label)
        except InputError as err:
            yield err
            continue
        yield label, meta, text


def open_corpus(path: Path, encoding: str) -> IO[str]:
    """Open for streaming; undecodable bytes surface as an InputError naming the file, not a traceback."""
    return io.open(path, "r", encoding=encoding, errors="strict", newline="")


def iter_corpus_file(
    path: Path, fields: Mapping[str, str], encoding: str, max_bytes: int
) -> Iterator[tuple[str, dict[str, Any], str] | InputError]:
    suffix = path.suffix.lower()
    reader = iter_csv if suffix == ".csv" else iter_json if suffix == ".json" else iter_jsonl
    try:
        with open_corpus(path, encoding) as fh:
            yield from reader(fh, str(path), fields, max_bytes)
    except UnicodeDecodeError as exc:
        yield InputError(
            str(path),
            f"not valid {encoding} (byte {exc.start} of a block); set ACTORGRAPH_CSV_ENCODING (e.g. latin-1).",
        )
    except OSError as exc:
        yield InputError(str(path), f"cannot read ({exc.strerror}).")
