"""The fact lexicon from the pack's `facts` rules, as lookups the relation, event and claim extractors share.

Word lists live in packs/data/facts.yaml so that an analyst can teach the extractors a new cue ("bankrolled",
"a cover name for") without touching code; this module only checks their shape and indexes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..errors import PackError
from ..model import EVENT_TYPES, PREDICATES

_QUALIFIERS = ("at least", "about", "more than", "up to")


def _words(raw: Any, where: str) -> frozenset[str]:
    if not isinstance(raw, list):
        raise PackError(f"The pack's 'facts.{where}' must be a list of words; compare with packs/data/facts.yaml.")
    return frozenset(str(w).lower() for w in raw)


def _by_key(raw: Any, where: str, allowed: tuple[str, ...]) -> dict[str, frozenset[str]]:
    if not isinstance(raw, dict):
        raise PackError(f"The pack's 'facts.{where}' must be a mapping; compare with packs/data/facts.yaml.")
    out = {}
    for key, words in raw.items():
        if key not in allowed:
            raise PackError(f"The pack's 'facts.{where}' has '{key}', which is not one of {', '.join(allowed)}.")
        out[str(key)] = _words(words or [], f"{where}.{key}")
    return out


def _inverse(by_key: dict[str, frozenset[str]]) -> dict[str, str]:
    """word -> key; a word listed under two keys keeps the first (the YAML order is the priority)."""
    out: dict[str, str] = {}
    for key, words in by_key.items():
        for w in words:
            out.setdefault(w, key)
    return out


def phrase_pattern(phrases: frozenset[str] | set[str]) -> re.Pattern[str] | None:
    """One case-insensitive regex for a set of phrases, longest first, on word boundaries."""
    if not phrases:
        return None
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class FactLexicon:
    role_predicate: dict[str, str]
    verb_predicates: dict[str, str]
    part_nouns: frozenset[str]
    front_nouns: frozenset[str]
    backing_words: frozenset[str]
    tie_nouns: frozenset[str]
    backer_nouns: frozenset[str]
    command_nouns: frozenset[str]
    place_nouns: frozenset[str]
    enmity_verbs: frozenset[str]
    hostile_nouns: frozenset[str]
    control_verbs: frozenset[str]
    event_verbs: dict[str, str]
    event_nouns: dict[str, str]
    phrasal: dict[tuple[str, str], str]
    object_types: dict[str, str]
    place_targets: frozenset[str]
    irrealis: frozenset[str]
    statement_cues: dict[str, str]
    statement_content: dict[str, re.Pattern[str]]
    claim_cues: frozenset[str]
    party_nouns: frozenset[str]
    threat_verbs: frozenset[str]
    threat_negated: frozenset[str]
    request_verbs: frozenset[str]
    claim_content: re.Pattern[str] | None
    status_cues: dict[str, re.Pattern[str]]
    comment_heads: frozenset[str]
    denial: re.Pattern[str] | None
    accusation: re.Pattern[str] | None
    modes: dict[str, re.Pattern[str]]
    mode_words: dict[str, frozenset[str]]
    killed_words: frozenset[str]
    wounded_words: frozenset[str]
    no_casualties: frozenset[str]
    killing_verbs: frozenset[str]
    qualifiers: dict[str, str]
    vague_counts: dict[str, int]

    @cached_property
    def designation_words(self) -> frozenset[str]:
        """Words that designate: the designated_by verbs and the SANCTION event nouns ("designation", "sanctions")."""
        return frozenset(w for w, p in self.verb_predicates.items() if p == "designated_by") | frozenset(
            w for w, t in self.event_nouns.items() if t == "SANCTION")

    @classmethod
    def from_rules(cls, rules: dict[str, Any]) -> FactLexicon:
        raw = rules.get("facts")
        if not isinstance(raw, dict):
            raise PackError("The pack has no 'facts' rules; restore packs/data/facts.yaml or add the section.")
        try:
            roles = _by_key(raw["roles"], "roles", PREDICATES)
            verbs = _by_key(raw["verbs"], "verbs", PREDICATES)
            event_verbs = _by_key(raw["event_verbs"], "event_verbs", EVENT_TYPES)
            event_nouns = _by_key(raw["event_nouns"], "event_nouns", EVENT_TYPES)
            phrasal_raw = _by_key(raw["phrasal"], "phrasal", EVENT_TYPES)
            object_types = _by_key(raw["object_types"], "object_types", EVENT_TYPES)
            cues = _by_key(raw["statement_cues"], "statement_cues", EVENT_TYPES)
            content = _by_key(raw["statement_content"], "statement_content", EVENT_TYPES)
            status = _by_key(raw["status_cues"], "status_cues",
                             ("confirmed", "unverified", "disputed", "denied", "debunked", "false"))
            modes = _by_key(raw["modes"], "modes", ("drone", "rocket", "missile", "airstrike", "artillery", "ied",
                                                    "gunfire", "suicide", "vehicle", "other"))
            quals = _by_key(raw["qualifiers"], "qualifiers", _QUALIFIERS)
            vague = {str(k).lower(): int(v) for k, v in (raw["vague_counts"] or {}).items()}
        except KeyError as missing:
            raise PackError(f"The pack's 'facts' rules lack {missing}; compare with packs/data/facts.yaml.") from None
        except (TypeError, ValueError):
            raise PackError("The pack's 'facts.vague_counts' must map words to whole numbers.") from None
        phrasal: dict[tuple[str, str], str] = {}
        for etype, phrases in phrasal_raw.items():
            for p in phrases:
                verb, _, rest = p.partition(" ")
                phrasal.setdefault((verb, rest), etype)
        content_patterns = {k: p for k, v in content.items() if (p := phrase_pattern(v)) is not None}
        return cls(
            role_predicate=_inverse(roles), verb_predicates=_inverse(verbs),
            part_nouns=_words(raw["part_nouns"], "part_nouns"), front_nouns=_words(raw["front_nouns"], "front_nouns"),
            backing_words=_words(raw["backing_words"], "backing_words"),
            tie_nouns=_words(raw["tie_nouns"], "tie_nouns"),
            backer_nouns=_words(raw["backer_nouns"], "backer_nouns"),
            command_nouns=_words(raw["command_nouns"], "command_nouns"),
            place_nouns=_words(raw["place_nouns"], "place_nouns"),
            enmity_verbs=_words(raw["enmity_verbs"], "enmity_verbs"),
            hostile_nouns=_words(raw["hostile_nouns"], "hostile_nouns"),
            control_verbs=_words(raw["control_verbs"], "control_verbs"),
            event_verbs=_inverse(event_verbs), event_nouns=_inverse(event_nouns), phrasal=phrasal,
            object_types=_inverse(object_types),
            place_targets=frozenset(str(t) for t in raw.get("place_targets") or []),
            irrealis=_words(raw["irrealis"], "irrealis"), statement_cues=_inverse(cues),
            statement_content=content_patterns, claim_cues=_words(raw["claim_cues"], "claim_cues"),
            threat_verbs=_words(raw["threat_verbs"], "threat_verbs"),
            party_nouns=_words(raw["party_nouns"], "party_nouns"),
            threat_negated=_words(raw["threat_negated"], "threat_negated"),
            request_verbs=_words(raw["request_verbs"], "request_verbs"),
            claim_content=phrase_pattern(_words(raw["claim_content"], "claim_content")),
            status_cues={k: p for k, v in status.items() if (p := phrase_pattern(v)) is not None},
            comment_heads=_words(raw["comment_heads"], "comment_heads"),
            denial=phrase_pattern(_words(raw["denial_words"], "denial_words")),
            accusation=phrase_pattern(_words(raw["accusation_nouns"], "accusation_nouns")),
            modes={k: p for k, v in modes.items() if (p := phrase_pattern(v)) is not None}, mode_words=modes,
            killed_words=_words(raw["killed_words"], "killed_words"),
            wounded_words=_words(raw["wounded_words"], "wounded_words"),
            no_casualties=_words(raw["no_casualties"], "no_casualties"),
            killing_verbs=_words(raw["killing_verbs"], "killing_verbs"),
            qualifiers=_inverse(quals), vague_counts=vague,
        )
