"""PLOVER event typing on open labelled data: the PLOVER gold records and UniversalPetrarch's validation sentences.

usage: python benchmarks/plover.py [--data DIR] [--out FILE]
DIR is the shared data folder (default ../shared/data beside the project); the data is read there, never copied.
FILE keeps the PLOVER predictions as JSON Lines (one extraction a line; by default they go to a temporary file).

Each sentence is extracted as a document of its own. A sentence "has type T" when any event extracted from it is T.

PLOVER gold (plover/PLOVER_GSR_CAMEO.json, 322 sentences edited from the CAMEO manual, one gold type each; the
record names are PLOVER 0.5b1 and are renamed: DEMAND -> REQUEST, FIGHT -> ASSAULT, DISAPPROVE and INVESTIGATE ->
ACCUSE):
- the shared scorer's output (tools/plover_score.py): per-type precision / recall / F1, then its summary line;
- macro-F1: the mean over the gold types of each type's F1 (same definition as the shared scorer);
- accuracy: share of sentences whose gold type is among the predicted types;
- no event: share of sentences where nothing at all was extracted;
- actor / target overlap: of the sentences typed right, the share where an event of the gold type names an actor
  (its entity or its description) that shares a word (case-insensitive, stopwords left out) with the gold source
  actor text; the same for the target. Sentences whose gold has no source (no target) are not counted;
- dead exact: of the sentences with a gold death toll, the share where an ASSAULT event has exactly that `killed`;
- confusion: for each gold type, the three types predicted most often on its sentences ("none" = no event).
One record id is carried by two different sentences: the shared scorer keys by id and scores only the last of them
(321 sentences), the figures here score all 322 by position, so the two can differ in the third decimal.

PETRARCH validation (petrarch/UniversalPetrarch_PETR2_GSR_validation.jsonl, 78 AFP sentences with gold CAMEO codes):
each gold code becomes a PLOVER type through plover/CAMEO2PLOVER-2021.txt (the full code first, then ever shorter
prefixes down to the two-digit root; CAMEO 01 and 02 have no PLOVER type, so such sentences are listed apart).
- agreement: of the event sentences with a mapped type, the share where some gold type is among the predicted types;
- per type: the same, counted for each mapped gold type;
- noevents: of the sentences the gold says hold no event, the share where nothing is extracted.

Then the event types never predicted on either set, the extraction time and sentences per second over both sets
(model loading and scoring apart), and the elapsed time of the whole run.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from actorgraph.ingest.hashing import content_hash
from actorgraph.model import EVENT_TYPES, Document
from actorgraph.nlp.extract import Extractor
from actorgraph.settings import Settings

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
GSR = Path("plover") / "PLOVER_GSR_CAMEO.json"
CAMEO_TABLE = Path("plover") / "CAMEO2PLOVER-2021.txt"
PETRARCH = Path("petrarch") / "UniversalPetrarch_PETR2_GSR_validation.jsonl"
SCORER = Path("tools") / "plover_score.py"  # beside the data folder: ../shared/tools

RENAME = {"DEMAND": "REQUEST", "FIGHT": "ASSAULT", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}  # 0.5b1 -> today
STOPWORDS = frozenset({"the", "of", "a", "an", "and", "in", "on", "at", "to", "for", "by", "with", "from", "s",
                       "its", "their", "his", "her", "some", "two", "three"})
NONE = "none"

Events = list[dict[str, Any]]


@dataclass
class PloverRecord:
    """One PLOVER gold sentence, with its type renamed to today's PLOVER."""

    id: str
    text: str
    type: str
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    dead: int | None = None


@dataclass
class PetrarchRecord:
    """One validation sentence: its gold CAMEO codes, their PLOVER types, and whether the gold says "no event"."""

    id: str
    text: str
    codes: list[str]
    types: set[str]
    noevents: bool


# --- reading the data -------------------------------------------------------------------------------------------


def plover_type(name: str) -> str:
    """Today's PLOVER name for a 0.5b1 record name."""
    return RENAME.get(name, name)


def actor_texts(value: Any) -> list[str]:
    """The actor texts of a gold `source` or `target` field (a list of {actorText, code, ...}, or "" / absent)."""
    if not isinstance(value, list):
        return []
    return [str(a["actorText"]) for a in value if isinstance(a, dict) and a.get("actorText")]


def dead_count(value: Any) -> int | None:
    """The gold death toll as a number (first word, as the shared scorer reads it); None when not given."""
    words = str(value or "").split()
    return int(words[0]) if words and words[0].isdigit() else None


def load_plover(path: Path) -> list[PloverRecord]:
    """The gold sentences of the PLOVER records (the DOCUMENT record, which has no sentence, is left out)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    return [PloverRecord(id=str(r["id"]), text=r["text"], type=plover_type(r["event"]),
                         sources=actor_texts(r.get("source")), targets=actor_texts(r.get("target")),
                         dead=dead_count(r.get("dead")))
            for r in records if "event" in r and "text" in r and r["event"] != "DOCUMENT"]


def load_cameo_table(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type from lines `CODE: TYPE, MODE, CONTEXT # description`. A code listed twice keeps
    its first type (root 08 is listed as CONCEDE and again as RETREAT; its three-digit codes say which)."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(\d{2,4})\s*:\s*([A-Z]+)", line)
        if m:
            table.setdefault(m.group(1), m.group(2))
    return table


def cameo_to_plover(code: str, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code: the full code if listed, else its longest listed prefix of 2+ digits."""
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def load_petrarch(path: Path, table: dict[str, str]) -> list[PetrarchRecord]:
    """The validation sentences with their gold codes mapped to PLOVER types (unmapped codes give no type)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        codes = [str(e["eventcode"]) for e in r["events"] if "eventcode" in e]
        types = {t for t in (cameo_to_plover(c, table) for c in codes) if t}
        noevents = any(str(e.get("noevents", "")).lower() == "true" for e in r["events"])
        out.append(PetrarchRecord(id=str(r["id"]), text=r["text"], codes=codes, types=types, noevents=noevents))
    return out


# --- running actorgraph -----------------------------------------------------------------------------------------


def documents(items: Iterable[tuple[str, str]]) -> Iterator[Document]:
    """One English document per (id, sentence)."""
    for rid, text in items:
        yield Document(id=rid, content_hash=content_hash(text), text=text, language="en")


def extract_events(extractor: Extractor, items: list[tuple[str, str]], out: TextIO | None = None) -> list[Events]:
    """Each item's extracted events, in input order (not keyed by id: the PLOVER gold has one id twice); each whole
    extraction is also written to `out` as a JSON line."""
    events: list[Events] = []
    for extraction in extractor.extract_many(documents(items)):
        d = extraction.to_dict()
        events.append(d["events"])
        if out is not None:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    return events


def types_of(events: Events) -> set[str]:
    return {str(e.get("type", "")).upper() for e in events}


def run_scorer(scorer: Path, gsr: Path, predictions: Path) -> str:
    """The shared scorer's printed output, or a line saying why it did not run."""
    if not scorer.exists():
        return f"(shared scorer {scorer} not found; skipped)"
    done = subprocess.run([sys.executable, str(scorer), str(gsr), str(predictions)], capture_output=True, text=True)
    return (done.stdout + done.stderr).rstrip()


# --- PLOVER figures ---------------------------------------------------------------------------------------------


def share(hits: int, total: int) -> str:
    return f"{hits}/{total} ({hits / total:.1%})" if total else f"{hits}/0 (-)"


def macro_f1_accuracy(gold: list[PloverRecord], pred: list[Events]) -> tuple[float, float]:
    """Macro-F1 over the gold types and accuracy (gold type among the predicted types), as plover_score.py."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    correct = 0
    for g, evs in zip(gold, pred, strict=True):
        pts = types_of(evs)
        correct += g.type in pts
        tp.update(pts & {g.type})
        fp.update(pts - {g.type})
        fn.update({g.type} - pts)
    f1s = []
    for t in sorted({g.type for g in gold}):
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(f1s) / len(f1s), correct / len(gold)


def words(text: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (text or "").lower()) if w not in STOPWORDS}


def party_overlap(gold: list[PloverRecord], pred: list[Events], side: str) -> tuple[int, int]:
    """(hits, counted) for `side` "actor" or "target": of the sentences typed right whose gold names that party, how
    many have an event of the gold type whose party (name or description) shares a word with the gold text."""
    hits = counted = 0
    for g, predicted in zip(gold, pred, strict=True):
        evs = [e for e in predicted if str(e.get("type", "")).upper() == g.type]
        gold_words = set().union(*map(words, g.sources if side == "actor" else g.targets))
        if not evs or not gold_words:
            continue
        counted += 1
        hits += any(gold_words & (words(e.get(side)) | words(e.get(f"{side}_description"))) for e in evs)
    return hits, counted


def dead_exact(gold: list[PloverRecord], pred: list[Events]) -> tuple[int, int]:
    """(exact, counted): sentences with a gold death toll where an ASSAULT event has exactly that `killed`."""
    with_toll = [(g, evs) for g, evs in zip(gold, pred, strict=True) if g.dead is not None]
    exact = sum(any(e.get("killed") == g.dead for e in evs if str(e.get("type", "")).upper() == "ASSAULT")
                for g, evs in with_toll)
    return exact, len(with_toll)


def confusion(gold: list[PloverRecord], pred: list[Events]) -> dict[str, Counter[str]]:
    """Gold type -> how often each type (or "none") was predicted on its sentences, each type once a sentence."""
    table: dict[str, Counter[str]] = {}
    for g, evs in zip(gold, pred, strict=True):
        table.setdefault(g.type, Counter()).update(types_of(evs) or {NONE})
    return table


def repeated_ids(gold: list[PloverRecord]) -> list[str]:
    """Record ids that more than one sentence carries (the shared scorer keeps only the last of each)."""
    return sorted(i for i, n in Counter(g.id for g in gold).items() if n > 1)


def print_plover(gold: list[PloverRecord], pred: list[Events]) -> None:
    for rid in repeated_ids(gold):
        print(f"note: {rid} is the id of {sum(g.id == rid for g in gold)} different sentences; the shared scorer "
              "keeps the last, the figures below count each")
    macro, accuracy = macro_f1_accuracy(gold, pred)
    empty = sum(not evs for evs in pred)
    print(f"macro-F1 {macro:.3f}  accuracy {accuracy:.3f}  no event {share(empty, len(gold))}")
    print("actor overlap ", share(*party_overlap(gold, pred, "actor")))
    print("target overlap", share(*party_overlap(gold, pred, "target")))
    print("dead exact    ", share(*dead_exact(gold, pred)))
    print("confusion (gold type (n): top 3 predicted)")
    for t, counts in sorted(confusion(gold, pred).items()):
        n = sum(g.type == t for g in gold)
        top = ", ".join(f"{p} {c}" for p, c in counts.most_common(3))
        print(f"  {t:10s} ({n:2d}): {top}")


# --- PETRARCH figures -------------------------------------------------------------------------------------------


def petrarch_agreement(gold: list[PetrarchRecord], pred: list[Events]
                       ) -> tuple[tuple[int, int], dict[str, tuple[int, int]]]:
    """((agreeing, counted), type -> (agreeing, counted)) over the event sentences that have a mapped type."""
    hits = counted = 0
    per_type: dict[str, list[int]] = {}
    for g, evs in zip(gold, pred, strict=True):
        if not g.types:
            continue
        pts = types_of(evs)
        counted += 1
        hits += bool(g.types & pts)
        for t in g.types:
            row = per_type.setdefault(t, [0, 0])
            row[0] += t in pts
            row[1] += 1
    return (hits, counted), {t: (h, n) for t, (h, n) in per_type.items()}


def print_petrarch(gold: list[PetrarchRecord], pred: list[Events]) -> None:
    overall, per_type = petrarch_agreement(gold, pred)
    quiet = [evs for g, evs in zip(gold, pred, strict=True) if g.noevents]
    unmapped = [g for g in gold if g.codes and not g.types]
    print("agreement", share(*overall))
    print("noevents ", share(sum(not evs for evs in quiet), len(quiet)))
    print(f"unmapped (CAMEO codes with no PLOVER type): {len(unmapped)} sentences, codes "
          f"{sorted({c for g in unmapped for c in g.codes})}")
    print("per type (agreeing/sentences):", ", ".join(f"{t} {h}/{n}" for t, (h, n) in sorted(per_type.items())))


# --- main -------------------------------------------------------------------------------------------------------


@dataclass
class Run:
    """One set's predictions, its size and the seconds its extraction took."""

    pred: list[Events]
    sentences: int
    seconds: float


def timed_extract(extractor: Extractor, items: list[tuple[str, str]], out: TextIO | None = None) -> Run:
    t = time.perf_counter()
    pred = extract_events(extractor, items, out)
    return Run(pred, len(items), time.perf_counter() - t)


def plover_part(extractor: Extractor, data: Path, out: Path | None) -> Run:
    """Extract the PLOVER gold sentences, run the shared scorer on them and print the in-script figures."""
    gold = load_plover(data / GSR)
    with tempfile.TemporaryDirectory() as tmp:
        path = out or Path(tmp) / "plover_predictions.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            run = timed_extract(extractor, [(g.id, g.text) for g in gold], fh)
        print(f"== PLOVER gold: {len(gold)} sentences (predictions: {path if out else 'a temporary file'})")
        print("-- shared scorer")
        print(run_scorer(data.parent / SCORER, data / GSR, path))
    print("-- in-script")
    print_plover(gold, run.pred)
    return run


def petrarch_part(extractor: Extractor, data: Path) -> Run:
    """Extract the PETRARCH validation sentences and print their agreement with the mapped gold."""
    gold = load_petrarch(data / PETRARCH, load_cameo_table(data / CAMEO_TABLE))
    run = timed_extract(extractor, [(g.id, g.text) for g in gold])
    print(f"== PETRARCH validation: {len(gold)} sentences "
          f"({sum(bool(g.codes) for g in gold)} with events, {sum(g.noevents for g in gold)} noevents)")
    print_petrarch(gold, run.pred)
    return run


def print_totals(runs: list[Run]) -> None:
    seen = set().union(*(types_of(evs) for r in runs for evs in r.pred))
    print(f"== event types never predicted: {', '.join(t for t in EVENT_TYPES if t not in seen) or '-'}")
    sentences, seconds = sum(r.sentences for r in runs), sum(r.seconds for r in runs)
    rate = sentences / seconds if seconds else 0.0
    print(f"== {sentences} sentences extracted in {seconds:.1f}s ({rate:.1f} sentences/s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="shared data folder (default: %(default)s)")
    ap.add_argument("--out", help="keep the PLOVER predictions (JSON Lines) in this file")
    args = ap.parse_args()
    data = Path(args.data)
    if not data.is_dir():
        print(f"{data} not found; nothing to measure")
        return
    t = time.perf_counter()
    extractor = Extractor(Settings())
    print(f"model loaded in {time.perf_counter() - t:.1f}s")
    runs = []
    if (data / GSR).exists():
        runs.append(plover_part(extractor, data, Path(args.out) if args.out else None))
    if (data / PETRARCH).exists() and (data / CAMEO_TABLE).exists():
        runs.append(petrarch_part(extractor, data))
    print_totals(runs)
    print(f"== elapsed {time.perf_counter() - t:.1f}s in all (model loading and scoring included)")


if __name__ == "__main__":
    main()
