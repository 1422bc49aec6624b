"""Score quotes and dates against gold annotations (tests/fixtures/ANNOTATION.md), for the accuracy figures.

A gold quote is *found* when a predicted quote overlaps it by at least half of the shorter of the two spans (reported
speech has no hard edges, so exact boundaries would measure the annotator, not the system). Found quotes are then
checked for speaker, outlet (`via`, where none is right when the gold says none) and date (exact TIMEX3 value, so
a wrong precision counts as wrong). Names compare through the predicted entity's aliases, so "Kaabi" in gold and
"Akram al-Kaabi" predicted agree.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .model import Entity, Extraction, Quote
from .names import last_name_key, normalize_name

# longest first: "US Central Command X account" is the account of "US Central Command"
_CHANNEL_WORDS = ("telegram channel", "x account", "twitter account", "facebook page", "instagram account",
                  "website", "channel", "account", "site", "page")


def locate(text: str, needle: str, occurrence: int = 1) -> tuple[int, int] | None:
    pos = -1
    for _ in range(max(1, occurrence)):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(needle)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def located(items: list[dict[str, Any]], text: str, counts: Counter[str]
             ) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """Gold items with their spans in the text; an item whose text is not there is counted, not scored."""
    golds, spans = [], []
    for item in items:
        span = locate(text, item["text"], item.get("occurrence", 1))
        if span is None:
            counts["unlocatable"] += 1
            continue
        golds.append(item)
        spans.append(span)
    return golds, spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_spans(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> dict[int, int]:
    """gold index -> predicted index, one to one, largest overlaps first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            ov = _overlap(g, p)
            if ov and ov >= 0.5 * min(g[1] - g[0], p[1] - p[0]):
                pairs.append((ov, gi, pi))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _ov, gi, pi in sorted(pairs, reverse=True):
        if gi not in out and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


def _forms(name: str, entities: dict[str, Entity]) -> set[str]:
    entity = entities.get(name)
    forms = {normalize_name(name)}
    if entity is not None:
        forms |= {normalize_name(a) for a in entity.aliases}
        forms |= {normalize_name(m.text) for m in entity.mentions}
    return forms


def same_name(gold: str | None, predicted: str | None, entities: dict[str, Entity]) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g = normalize_name(gold)
    if g in _forms(predicted, entities):
        return True
    entity = entities.get(predicted)
    if entity is not None and entity.type == "PERSON" and " " in g:
        return last_name_key(gold) == last_name_key(predicted)
    return False


def _split_channel(name: str) -> tuple[str, str | None]:
    lower = name.lower()
    for word in _CHANNEL_WORDS:
        if lower.endswith(" " + word):
            return name[: -len(word) - 1], word.split()[-1]
    return name, None


def same_via(gold: str | None, predicted: str | None, entities: dict[str, Entity]) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if same_name(gold, predicted, entities):
        return True
    g_owner, g_kind = _split_channel(gold)
    p_owner, p_kind = _split_channel(predicted)
    if g_kind and p_kind:
        return same_name(g_owner, p_owner, entities) or normalize_name(g_owner) == normalize_name(p_owner)
    return False


def same_speaker(gold: dict[str, Any], quote: Quote, entities: dict[str, Entity]) -> bool:
    if gold.get("speaker_resolved", True):
        return quote.speaker_resolved and same_name(gold["speaker"], quote.speaker, entities)
    if quote.speaker_resolved or not quote.speaker or not gold.get("speaker"):
        return False
    g, p = normalize_name(gold["speaker"]), normalize_name(quote.speaker)
    return g in p or p in g or g.split()[-1] == p.split()[-1]


@dataclass
class QuoteScore:
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, name: str, gold: dict[str, Any], extraction: Extraction) -> None:
        entities = {e.name: e for e in extraction.entities}
        golds, spans = located(gold.get("quotes", []), extraction.document.text, self.counts)
        predicted = extraction.quotes
        matched = match_spans(spans, [(q.start, q.end) for q in predicted])
        self.counts["gold"] += len(golds)
        self.counts["predicted"] += len(predicted)
        self.counts["found"] += len(matched)
        for gi, g in enumerate(golds):
            self.counts[f"gold_{g['kind']}"] += 1
            if gi not in matched:
                self.errors.append((name, "missed", g["text"][:70], f"{g['speaker']} / {g['cue']}"))
                continue
            self.counts[f"found_{g['kind']}"] += 1
            q = predicted[matched[gi]]
            for aspect, ok, want, got in (
                ("speaker", same_speaker(g, q, entities), g["speaker"], q.speaker),
                ("via", same_via(g.get("via"), q.via, entities), g.get("via"), q.via),
                ("date", g.get("date") == q.date, g.get("date"), q.date),
            ):
                if ok:
                    self.counts[aspect] += 1
                else:
                    self.errors.append((name, aspect, g["text"][:50], f"want {want!r} got {got!r}"))
        for pi, q in enumerate(predicted):
            if pi not in matched.values():
                self.errors.append((name, "spurious", q.text[:70], f"{q.speaker} / {q.cue}"))

    def summary(self) -> dict[str, Any]:
        c = self.counts
        return {
            "gold": c["gold"], "predicted": c["predicted"], "unlocatable_gold": c["unlocatable"],
            "found": _ratio(c["found"], c["gold"]), "precision": _ratio(c["found"], c["predicted"]),
            "speaker_of_found": _ratio(c["speaker"], c["found"]), "via_of_found": _ratio(c["via"], c["found"]),
            "date_of_found": _ratio(c["date"], c["found"]),
            "found_by_kind": {k: f"{c['found_' + k]}/{c['gold_' + k]}" for k in ("direct", "indirect", "mixed")},
        }


@dataclass
class DateScore:
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, name: str, gold: dict[str, Any], extraction: Extraction) -> None:
        golds, spans = located(gold.get("dates", []), extraction.document.text, self.counts)
        predicted = extraction.dates
        matched = match_spans(spans, [(d.start, d.end) for d in predicted])
        self.counts["gold"] += len(golds)
        self.counts["predicted"] += len(predicted)
        self.counts["found"] += len(matched)
        for gi, g in enumerate(golds):
            if gi not in matched:
                self.errors.append((name, "missed", g["text"], str(g["value"])))
                continue
            d = predicted[matched[gi]]
            if d.value == g["value"] and d.kind == g.get("kind", "date"):
                self.counts["value"] += 1
            else:
                self.errors.append((name, "value", g["text"], f"want {g['value']} {g.get('kind')} got {d.value} {d.kind}"))
        for pi, d in enumerate(predicted):
            if pi not in matched.values():
                self.errors.append((name, "spurious", d.text, str(d.value)))

    def summary(self) -> dict[str, Any]:
        c = self.counts
        return {"gold": c["gold"], "predicted": c["predicted"], "unlocatable_gold": c["unlocatable"],
                "found": _ratio(c["found"], c["gold"]), "precision": _ratio(c["found"], c["predicted"]),
                "value_of_found": _ratio(c["value"], c["found"])}
