"""The one Document -> Extraction function, used by the CLI, the knowledge-base loader and batch jobs alike."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from spacy.language import Language

from .. import __version__
from ..model import STATUS_OK, Document, Extraction
from ..packs import Pack, load_packs
from ..settings import Settings
from .chunks import chunk_text
from ..names import normalize_name
from .entities import EntityAssembler, RawMention
from .headline import is_headline_case, keep_in_headline, title_span
from .pipeline import build_pipeline

EXTRACTOR = "actorgraph.nlp"


class Extractor:
    """Holds the loaded pipeline and pack; build one per process and reuse it (loading costs about a second)."""

    def __init__(self, settings: Settings, pack: Pack | None = None, nlp: Language | None = None) -> None:
        self.settings = settings
        if pack is None:
            extra = [p for p in settings.extra_packs.split(",") if p.strip()]
            pack = load_packs(bundled=settings.packs, extra=extra)
        self.pack = pack
        self.nlp = nlp if nlp is not None else build_pipeline(settings.model, pack)
        self.nlp.max_length = max(self.nlp.max_length, settings.chunk_chars * 2)
        self.assembler = EntityAssembler(pack)
        self.version = f"{__version__}+{self.nlp.meta.get('name', 'nlp')}-{self.nlp.meta.get('version', '0')}"

    def extract(self, document: Document) -> Extraction:
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extractions in input order, streaming: only about one batch of documents is held at a time."""
        pending: deque[tuple[Document, int, list[RawMention]]] = deque()
        done: dict[int, int] = {}
        serial = 0

        def feed() -> Iterator[tuple[str, tuple[int, int]]]:
            nonlocal serial
            for doc in documents:
                serial += 1
                chunks = list(self._chunks(doc)) if doc.status == STATUS_OK else []
                pending.append((doc, len(chunks), []))
                done[serial] = 0
                for offset, chunk in chunks:
                    yield chunk, (serial, offset)

        def flush() -> Iterator[Extraction]:
            while pending:
                first_serial = serial - len(pending) + 1
                doc, expected, mentions = pending[0]
                if done[first_serial] < expected:
                    return
                pending.popleft()
                del done[first_serial]
                yield self._finish(doc, mentions)

        for spacy_doc, (doc_serial, offset) in self.nlp.pipe(feed(), as_tuples=True,
                                                             batch_size=self.settings.batch_size):
            index = doc_serial - (serial - len(pending) + 1)
            mentions = pending[index][2]
            for ent in spacy_doc.ents:
                mentions.append(RawMention(offset + ent.start_char, offset + ent.end_char, ent.text, ent.label_,
                                           ent.kb_id_))
            done[doc_serial] += 1
            yield from flush()
        yield from flush()

    def _chunks(self, doc: Document) -> Iterator[tuple[int, str]]:
        for offset, chunk in chunk_text(doc.text[doc.body_start:], self.settings.chunk_chars):
            yield doc.body_start + offset, chunk

    def _finish(self, doc: Document, mentions: list[RawMention]) -> Extraction:
        mentions = _vouched_in_headline(doc, mentions)
        entities = self.assembler.assemble(mentions, doc.text) if mentions else []
        return Extraction(document=doc, entities=entities, extractor=EXTRACTOR, extractor_version=self.version)


def _vouched_in_headline(doc: Document, mentions: list[RawMention]) -> list[RawMention]:
    start, end = title_span(doc.text, doc.body_start)
    if not is_headline_case(doc.text[start:end]):
        return mentions
    body_names = {normalize_name(m.text) for m in mentions if m.start >= end}
    return [m for m in mentions if m.start >= end or keep_in_headline(m.text, m.kb_id, body_names)]
