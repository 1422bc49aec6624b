"""Ingest -> extract -> store, in one place, so the CLI, the web app and batch jobs do not each re-implement it."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from .errors import ActorGraphError, InputError
from .ingest.sources import iter_documents
from .kb import Store
from .model import STATUS_OK, Document
from .settings import Settings


@dataclass
class IngestReport:
    new: int = 0
    present: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)
    mentions: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents_new": self.new, "documents_present": self.present, "documents_skipped": len(self.skipped),
            "documents_failed": len(self.failed), "entities": len(self.entities), "mentions": self.mentions,
            "failures": [{"source": s, "reason": r} for s, r in self.failed],
            "skipped": [{"source": s, "reason": r} for s, r in self.skipped],
        }


ExtractorFactory = Callable[[], Any]


def ingest(
    paths: Iterable[str],
    store: Store,
    settings: Settings,
    make_extractor: ExtractorFactory,
    published: str | None = None,
    stdin: IO[str] | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Store every new document with its extraction; already-stored content is not extracted again.

    The extractor is created only when a first new document needs it, so re-ingesting a folder that is already in
    the knowledge base costs reading and hashing, not loading a model.
    """
    report = IngestReport()

    def new_documents() -> Iterator[Document]:
        for item in iter_documents(paths, settings, published=published, stdin=stdin):
            if on_progress:
                on_progress(getattr(item, "source", None) or str(item))
            if isinstance(item, InputError):
                report.failed.append((item.source, item.reason))
            elif store.has_content(item.content_hash):
                report.present += 1
            else:
                yield item

    docs = new_documents()
    first = next(docs, None)
    if first is None:
        return report
    extractor = make_extractor()
    for extraction in extractor.extract_many(itertools.chain([first], docs)):
        doc = extraction.document
        try:
            result = store.add_extraction(extraction)
        except ActorGraphError as err:
            report.failed.append((doc.source or doc.id, str(err)))
            continue
        if result.outcome == "present":
            report.present += 1
        elif result.outcome == "skipped" or doc.status != STATUS_OK:
            report.skipped.append((doc.source or doc.id, skip_reason(doc)))
        else:
            report.new += 1
            report.entities.update(e.id for e in extraction.entities)
            report.mentions += result.mentions
    return report


def skip_reason(doc: Document) -> str:
    return (
        f"language '{doc.language}' is not extracted yet (set ACTORGRAPH_LANGUAGES to include it); "
        "recorded as skipped so it is not read again."
    )
