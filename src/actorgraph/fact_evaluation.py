"""Score relations, events and claims against gold annotations (tests/fixtures/ANNOTATION.md, "Relations, events and
claims"), for issue 4's figures.

- A relation is right when predicate, subject and object all agree (allied_with in either order).
- An event is found when type, actor and target agree (null only matches null; a meeting, a joint operation or a
  deal in either order); found ASSAULT events are then
  checked for an exact killed and wounded figure with its qualifier.
- A claim is found when its text overlaps a gold claim's by at least half of the shorter (as for quotes); found
  claims are checked for claimant and status.
Names compare as speakers do (through the predicted entity's aliases); a description kept beside a null name
("unidentified gunmen") is compared loosely with the gold description.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .model import Entity, Event, Extraction
from .names import normalize_name
from .quote_evaluation import located, match_spans, same_name

_SYMMETRIC = frozenset({"allied_with"})
_MUTUAL = frozenset({"CONSULT", "COOPERATE", "AGREE"})


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def same_party(gold: str | None, name: str | None, description: str | None, entities: dict[str, Entity]) -> bool:
    if gold is None:
        return name is None and description is None
    if name is not None:
        return same_name(gold, name, entities)
    if description is None:
        return False
    g, p = normalize_name(gold), normalize_name(description)
    return bool(g and p) and (g == p or g in p or p in g or g.split()[-1] == p.split()[-1])


@dataclass
class FactScore:
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, name: str, gold: dict[str, Any], extraction: Extraction) -> None:
        entities = {e.name: e for e in extraction.entities}
        self._relations(name, gold.get("relations", []), extraction, entities)
        self._events(name, gold.get("events", []), extraction, entities)
        self._claims(name, gold.get("claims", []), extraction, entities)

    # -- relations -------------------------------------------------------------------------------------------------
    def _relations(self, name: str, gold: list[dict[str, Any]], ex: Extraction, entities: dict[str, Entity]) -> None:
        c = self.counts
        used: set[int] = set()
        for g in gold:
            c["rel_gold"] += 1
            c[f"rel_gold:{g['predicate']}"] += 1
            hit = next((i for i, r in enumerate(ex.relations) if i not in used and r.predicate == g["predicate"]
                        and self._same_pair(g, r.subject, r.object, entities)), None)
            if hit is None:
                self.errors.append((name, "relation missed", f"{g['subject']} {g['predicate']} {g['object']}"))
                continue
            used.add(hit)
            c["rel_found"] += 1
            c[f"rel_found:{g['predicate']}"] += 1
            r = ex.relations[hit]
            if (g.get("since"), g.get("until")) == (r.since, r.until):
                c["rel_span_right"] += 1
        for i, r in enumerate(ex.relations):
            c["rel_predicted"] += 1
            c[f"rel_predicted:{r.predicate}"] += 1
            if i not in used:
                self.errors.append((name, "relation spurious", f"{r.subject} {r.predicate} {r.object}"))

    @staticmethod
    def _same_pair(g: dict[str, Any], subject: str, obj: str, entities: dict[str, Entity]) -> bool:
        if same_name(g["subject"], subject, entities) and same_name(g["object"], obj, entities):
            return True
        return g["predicate"] in _SYMMETRIC and same_name(g["subject"], obj, entities) and \
            same_name(g["object"], subject, entities)

    # -- events ----------------------------------------------------------------------------------------------------
    def _events(self, name: str, gold: list[dict[str, Any]], ex: Extraction, entities: dict[str, Entity]) -> None:
        c = self.counts
        used: set[int] = set()
        for g in gold:
            c["ev_gold"] += 1
            c[f"ev_gold:{g['type']}"] += 1
            hit = next((i for i, e in enumerate(ex.events) if i not in used and self._same_event(g, e, entities)),
                       None)
            if hit is None:
                loose = any(e.type == g["type"] and same_party(g.get("actor"), e.actor, e.actor_description, entities)
                            for e in ex.events)
                c["ev_type_actor"] += loose
                self.errors.append((name, "event missed", f"{g['type']} {g.get('actor')} -> {g.get('target')}"))
                continue
            used.add(hit)
            c["ev_found"] += 1
            c["ev_type_actor"] += 1
            c[f"ev_found:{g['type']}"] += 1
            e = ex.events[hit]
            if g["type"] == "ASSAULT" and (g.get("killed") is not None or g.get("wounded") is not None):
                c["ev_toll_gold"] += 1
                right = (g.get("killed"), g.get("killed_qualifier"), g.get("wounded"), g.get("wounded_qualifier")) \
                    == (e.killed, e.killed_qualifier, e.wounded, e.wounded_qualifier)
                c["ev_toll_right"] += right
                if not right:
                    self.errors.append((name, "toll wrong", f"gold {g.get('killed')}/{g.get('killed_qualifier')} "
                                        f"{g.get('wounded')}/{g.get('wounded_qualifier')} got {e.killed}/"
                                        f"{e.killed_qualifier} {e.wounded}/{e.wounded_qualifier}"))
        tolls = [g for g in gold if g["type"] == "ASSAULT" and g.get("killed") is not None]
        c["killed_gold"] += len(tolls)
        predicted_killed = [(e.killed, e.killed_qualifier) for e in ex.events if e.killed is not None]
        c["killed_in_output"] += sum((g["killed"], g.get("killed_qualifier")) in predicted_killed for g in tolls)
        for i, e in enumerate(ex.events):
            c["ev_predicted"] += 1
            c[f"ev_predicted:{e.type}"] += 1
            if i not in used:
                self.errors.append((name, "event spurious", f"{e.type} {e.actor or e.actor_description} -> "
                                    f"{e.target or e.target_description}"))

    @staticmethod
    def _same_event(g: dict[str, Any], e: Event, entities: dict[str, Entity]) -> bool:
        if e.type != g["type"]:
            return False
        if same_party(g.get("actor"), e.actor, e.actor_description, entities) and \
                same_party(g.get("target"), e.target, e.target_description, entities):
            return True
        # a meeting, a joint operation or a deal is one act between two parties, whichever the text names first
        return g["type"] in _MUTUAL and same_party(g.get("actor"), e.target, e.target_description, entities) and \
            same_party(g.get("target"), e.actor, e.actor_description, entities)

    # -- claims ----------------------------------------------------------------------------------------------------
    def _claims(self, name: str, gold: list[dict[str, Any]], ex: Extraction, entities: dict[str, Entity]) -> None:
        c = self.counts
        text = ex.document.text
        lost: Counter[str] = Counter()
        golds, gspans = located(gold, text, lost)
        c["claim_unlocatable"] += lost["unlocatable"]
        pspans = []
        for cl in ex.claims:
            at = cl.evidence.text.find(cl.text)
            start = cl.evidence.start + at if at >= 0 else cl.evidence.start
            pspans.append((start, start + len(cl.text)))
        pairs = match_spans(gspans, pspans)
        c["claim_gold"] += len(golds)
        c["claim_predicted"] += len(ex.claims)
        for gi, g in enumerate(golds):
            pi = pairs.get(gi)
            if pi is None:
                self.errors.append((name, "claim missed", f"{g['claimant']}: {g['text'][:80]}"))
                continue
            cl = ex.claims[pi]
            c["claim_found"] += 1
            if same_party(g.get("claimant"), cl.claimant, cl.claimant_description, entities):
                c["claim_claimant_right"] += 1
            if cl.status == g["status"]:
                c["claim_status_right"] += 1
            else:
                self.errors.append((name, "status wrong", f"gold {g['status']} got {cl.status}: {g['text'][:60]}"))
            c[f"claim_status_gold:{g['status']}"] += 1
            c[f"claim_status_right:{g['status']}"] += cl.status == g["status"]
        matched = set(pairs.values())
        for pi, cl in enumerate(ex.claims):
            if pi not in matched:
                self.errors.append((name, "claim spurious", f"{cl.claimant or cl.claimant_description}: "
                                    f"{cl.text[:80]}"))

    def summary(self) -> dict[str, Any]:
        c = self.counts
        preds = sorted({k.split(":", 1)[1] for k in c if k.startswith("rel_gold:") or k.startswith("rel_predicted:")})
        types = sorted({k.split(":", 1)[1] for k in c if k.startswith("ev_gold:") or k.startswith("ev_predicted:")})
        statuses = sorted({k.split(":", 1)[1] for k in c if k.startswith("claim_status_gold:")})
        return {
            "relations": {
                "gold": c["rel_gold"], "predicted": c["rel_predicted"],
                "recall": _ratio(c["rel_found"], c["rel_gold"]),
                "precision": _ratio(c["rel_found"], c["rel_predicted"]),
                "since_until_right": _ratio(c["rel_span_right"], c["rel_found"]),
                "per_predicate": {p: {"gold": c[f"rel_gold:{p}"], "recall": _ratio(c[f"rel_found:{p}"],
                                                                                    c[f"rel_gold:{p}"]),
                                      "predicted": c[f"rel_predicted:{p}"]} for p in preds},
            },
            "events": {
                "gold": c["ev_gold"], "predicted": c["ev_predicted"],
                "recall": _ratio(c["ev_found"], c["ev_gold"]),
                "precision": _ratio(c["ev_found"], c["ev_predicted"]),
                "recall_type_actor": _ratio(c["ev_type_actor"], c["ev_gold"]),
                "toll_exact": _ratio(c["ev_toll_right"], c["ev_toll_gold"]),
                "toll_found": c["ev_toll_gold"],
                "killed_figures_in_output": _ratio(c["killed_in_output"], c["killed_gold"]),
                "per_type": {t: {"gold": c[f"ev_gold:{t}"], "recall": _ratio(c[f"ev_found:{t}"], c[f"ev_gold:{t}"]),
                                 "predicted": c[f"ev_predicted:{t}"]} for t in types},
            },
            "claims": {
                "gold": c["claim_gold"], "predicted": c["claim_predicted"],
                "recall": _ratio(c["claim_found"], c["claim_gold"]),
                "precision": _ratio(c["claim_found"], c["claim_predicted"]),
                "claimant_right": _ratio(c["claim_claimant_right"], c["claim_found"]),
                "status_right": _ratio(c["claim_status_right"], c["claim_found"]),
                "per_status": {s: {"gold_found": c[f"claim_status_gold:{s}"],
                                   "right": _ratio(c[f"claim_status_right:{s}"], c[f"claim_status_gold:{s}"])}
                               for s in statuses},
            },
        }
