"""Score entity extraction against gold annotations, for the accuracy figures and the held-out regression test.

Gold is one JSON file per article: {"file": NAME, "entities": [{"text": surface, "type": TYPE}, ...]} listing each
distinct surface form of a named entity. A gold item is *found* when some mention has exactly that text, and *typed*
when that mention also has the gold type; precision counts predicted (text, type) pairs that are in the gold.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Extraction


@dataclass
class Score:
    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    typed: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, str, str, str | None]] = field(default_factory=list)
    spurious: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, name: str, gold: list[dict[str, str]], extraction: Extraction) -> None:
        predicted: dict[str, set[str]] = {}
        for ent in extraction.entities:
            for m in ent.mentions:
                predicted.setdefault(m.text, set()).add(ent.type)
        gold_pairs = {(g["text"], g["type"]) for g in gold}
        for text, gtype in gold_pairs:
            self.gold[gtype] += 1
            types = predicted.get(text)
            if types:
                self.found[gtype] += 1
            if types and gtype in types:
                self.typed[gtype] += 1
            else:
                self.misses.append((name, text, gtype, ",".join(sorted(types)) if types else None))
        for text, types in predicted.items():
            for ptype in types:
                self.predicted[ptype] += 1
                if (text, ptype) in gold_pairs:
                    self.correct[ptype] += 1
                else:
                    self.spurious.append((name, text, ptype))

    def summary(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        types = sorted(set(self.gold) | set(self.predicted))
        return {
            "recall_found": ratio(sum(self.found.values()), sum(self.gold.values())),
            "recall_typed": ratio(sum(self.typed.values()), sum(self.gold.values())),
            "precision_typed": ratio(sum(self.correct.values()), sum(self.predicted.values())),
            "gold": sum(self.gold.values()),
            "per_type": {t: {"gold": self.gold[t], "recall_typed": ratio(self.typed[t], self.gold[t]),
                             "precision": ratio(self.correct[t], self.predicted[t])} for t in types},
        }


def load_gold(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    return [(p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("*.json"))]
