"""The one Document -> Extraction function, used by the CLI, the knowledge-base loader and batch jobs alike."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from .. import __version__
from ..model import STATUS_OK, Document, Extraction, TimeExpression
from ..names import normalize_name
from ..packs import Pack, load_packs
from ..settings import Settings
from ..temporal import Found, TemporalLexicon, TimeValue, measure, resolve
from ..temporal.clock import resolve_clocks
from ..temporal.resolve import CLOCK_RULES
from .attribution import Attributor
from .chunks import chunk_text
from .dates import TemporalMention
from .discourse import DiscourseCues
from .document_names import with_publisher, with_surnames
from .entities import EntityAssembler, RawMention
from .facts import FactExtractor
from .headline import is_headline_case, keep_in_headline, title_span
from .pipeline import build_pipeline
from .quotes import QuoteCandidate

EXTRACTOR = "actorgraph.nlp"


@dataclass
class _Collected:
    """What the pipeline found in one document's chunks, in document offsets, waiting for the document-level pass."""

    mentions: list[RawMention] = field(default_factory=list)
    temporal: list[TemporalMention] = field(default_factory=list)
    quotes: list[QuoteCandidate] = field(default_factory=list)
    cues: DiscourseCues = field(default_factory=DiscourseCues)
    # the parsed chunks themselves, kept until the document is finished: facts read the parse with the
    # document's final entities and quotes
    docs: list[tuple[int, Doc]] = field(default_factory=list)

    def add(self, spacy_doc, offset: int) -> None:  # type: ignore[no-untyped-def]
        self.docs.append((offset, spacy_doc))
        for ent in spacy_doc.ents:
            self.mentions.append(RawMention(offset + ent.start_char, offset + ent.end_char, ent.text, ent.label_,
                                            ent.kb_id_))
        for t in spacy_doc._.temporal or []:
            self.temporal.append(t.shifted(offset))
        self.quotes.extend(q.shifted(offset) for q in spacy_doc._.quote_candidates or [])
        if spacy_doc._.speaker_cues is not None:
            self.cues.extend(spacy_doc._.speaker_cues, offset)


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
        self.attributor = Attributor(pack)
        self.facts = FactExtractor(pack, self.attributor.lex)
        self.temporal_lexicon = TemporalLexicon.from_rules(pack.rules)
        self.version = f"{__version__}+{self.nlp.meta.get('name', 'nlp')}-{self.nlp.meta.get('version', '0')}"

    def extract(self, document: Document) -> Extraction:
        return next(self.extract_many([document]))

    def extract_many(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Extractions in input order, streaming: only about one batch of documents is held at a time."""
        pending: deque[tuple[Document, int, _Collected]] = deque()
        done: dict[int, int] = {}
        serial = 0

        def feed() -> Iterator[tuple[str, tuple[int, int]]]:
            nonlocal serial
            for doc in documents:
                serial += 1
                chunks = list(self._chunks(doc)) if doc.status == STATUS_OK else []
                pending.append((doc, len(chunks), _Collected()))
                done[serial] = 0
                for offset, chunk in chunks:
                    yield chunk, (serial, offset)

        def flush() -> Iterator[Extraction]:
            while pending:
                first_serial = serial - len(pending) + 1
                doc, expected, collected = pending[0]
                if done[first_serial] < expected:
                    return
                pending.popleft()
                del done[first_serial]
                yield self._finish(doc, collected)

        for spacy_doc, (doc_serial, offset) in self.nlp.pipe(feed(), as_tuples=True,
                                                             batch_size=self.settings.batch_size):
            index = doc_serial - (serial - len(pending) + 1)
            pending[index][2].add(spacy_doc, offset)
            done[doc_serial] += 1
            yield from flush()
        yield from flush()

    def _chunks(self, doc: Document) -> Iterator[tuple[int, str]]:
        for offset, chunk in chunk_text(doc.text[doc.body_start:], self.settings.chunk_chars):
            yield doc.body_start + offset, chunk

    def _finish(self, doc: Document, found: _Collected) -> Extraction:
        mentions = with_surnames(doc, with_publisher(doc, _vouched_in_headline(doc, found.mentions)))
        entities = self.assembler.assemble(mentions, doc.text) if mentions else []
        dates = self._dates(doc, found.temporal)
        title_start, title_end = title_span(doc.text, doc.body_start)
        title = doc.text[title_start:title_end].strip()
        if len(title) > 160 or title.rstrip('"”\'’').endswith("."):
            # the first line is prose, not a headline; 'Abdi: "Integration is not surrender"' is a headline
            title_end = doc.body_start
        quotes = self.attributor.attribute(doc.text, doc.outlet, entities, found.quotes, dates, found.cues,
                                           body_from=title_end, author=doc.author, published=doc.published)
        found.docs.sort(key=lambda pair: pair[0])
        facts = self.facts.extract(doc.text, found.docs, entities, quotes, dates, doc.outlet, body_from=title_end)
        return Extraction(document=doc, entities=entities, relations=facts.relations, quotes=quotes,
                          events=facts.events, claims=facts.claims, dates=dates, extractor=EXTRACTOR,
                          extractor_version=self.version)

    def _dates(self, doc: Document, temporal: list[TemporalMention]) -> list[TimeExpression]:
        """Every expression found, resolved against the publication date (unresolved ones keep a null value)."""
        anchor = _anchor(doc.published)
        out: list[TimeExpression] = []
        earlier: list[TimeValue] = []
        clocks: list[tuple[int, Found]] = []
        for t in temporal:
            if t.found.rule in CLOCK_RULES:  # its day comes from the expressions around it, resolved below
                clocks.append((len(out), t.found))
                out.append(TimeExpression(t.found.text, t.found.start, t.found.end, None, None))
                continue
            value = resolve(t.found, self.temporal_lexicon, anchor, t.tense, earlier)
            if value is not None:
                earlier.append(value)
            if t.found.rule == "offset":
                # "two days later": TIMEX3 marks the measure ("two days", P2D); the day it reaches is `anchored`
                span = measure(t.found)
                duration = resolve(span, self.temporal_lexicon, anchor)
                if duration is not None:
                    out.append(TimeExpression(span.text, span.start, span.end, duration.value, duration.precision,
                                              duration.kind, anchored=value.value if value is not None else None))
                    continue
            if value is None:
                kind = "since" if t.found.parts.get("span", "").lower() in self.temporal_lexicon.since else "date"
                out.append(TimeExpression(t.found.text, t.found.start, t.found.end, None, None, kind))
                continue
            out.append(TimeExpression(t.found.text, t.found.start, t.found.end, value.value, value.precision,
                                      value.kind, value.qualifier))
        resolve_clocks(doc.text, clocks, out, self.temporal_lexicon, anchor)
        return out


def _anchor(published: str | None) -> dt.date | None:
    if not published or len(published) < 10:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _vouched_in_headline(doc: Document, mentions: list[RawMention]) -> list[RawMention]:
    start, end = title_span(doc.text, doc.body_start)
    if not is_headline_case(doc.text[start:end]):
        return mentions
    body_names = {normalize_name(m.text) for m in mentions if m.start >= end}
    return [m for m in mentions if m.start >= end or keep_in_headline(m.text, m.kb_id, body_names)]
